import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Block, ParsedDocument, SourceDocument } from '../model/index.js';
import { classifyBlock, datelineLength, datelinePlace, findDirectives, parseDocument } from './index.js';

const SEEDS = new URL('../../../../seeds/', import.meta.url);

/** A seed article by its number prefix ("001"), read exactly as stored. */
function seed(prefix: string): { path: string; text: string } {
  const name = readdirSync(SEEDS).find((f) => f.startsWith(`${prefix}_`) && f.endsWith('.txt'));
  if (!name) throw new Error(`no seed ${prefix}`);
  return { path: `seeds/${name}`, text: readFileSync(new URL(name, SEEDS), 'utf8') };
}

function doc(path: string, text: string, bodyStart = 0): SourceDocument {
  return { path, role: 'source', text, meta: {}, bodyStart };
}

function parse(path: string, text: string, bodyStart = 0): ParsedDocument {
  return parseDocument(doc(path, text, bodyStart));
}

/** [start, end) of 1-based line `n` (without its terminator) in `text`, which uses \n. */
function lineSpan(text: string, n: number): { start: number; end: number } {
  const lines = text.split('\n');
  let start = 0;
  for (let i = 0; i < n - 1; i++) start += lines[i]!.length + 1;
  return { start, end: start + lines[n - 1]!.length };
}

function blockAtLine(parsed: ParsedDocument, n: number): Block {
  const { start } = lineSpan(parsed.doc.text, n);
  const block = parsed.blocks.find((b) => b.span.start <= start && start < b.span.end);
  if (!block) throw new Error(`no block on line ${n}`);
  return block;
}

/**
 * The parser's offset contract: block.text is exactly as long as the span, and
 * every character it keeps (everything but the blanks it puts over markup) is
 * the original character at the same offset. Returns the offending offsets.
 */
function unfaithful(text: string, block: Block): string[] {
  const problems: string[] = [];
  if (block.text.length !== block.span.end - block.span.start) {
    problems.push(`block ${block.index}: text length ${block.text.length} != span length ${block.span.end - block.span.start}`);
  }
  const original = text.slice(block.span.start, block.span.end);
  for (let i = 0; i < block.text.length; i++) {
    const c = block.text[i]!;
    if (/\s/.test(c)) continue;
    if (c !== original[i]) problems.push(`block ${block.index} offset ${block.span.start + i}: ${JSON.stringify(c)} != ${JSON.stringify(original[i])}`);
  }
  return problems;
}

/** Block text with the blanks collapsed, for comparing prose. */
const prose = (b: Block) => b.text.replace(/\s+/g, ' ').trim();

describe('plain text paragraphs', () => {
  it('splits paragraphs at blank lines and keeps the text verbatim', () => {
    const text = 'Russia and Britain can overcome their differences, Cameron said.\n\nPutin defended arms sales to Syria.\n\n\nThe talks lasted an hour.\n';
    const parsed = parse('story.txt', text);
    expect(parsed.blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'paragraph']);
    expect(parsed.blocks.map((b) => b.text)).toEqual([
      'Russia and Britain can overcome their differences, Cameron said.',
      'Putin defended arms sales to Syria.',
      'The talks lasted an hour.',
    ]);
    for (const b of parsed.blocks) expect(text.slice(b.span.start, b.span.end)).toBe(b.text);
    expect(parsed.blocks.map((b) => b.index)).toEqual([0, 1, 2]);
  });

  it('treats \\r\\n and lone \\r as line breaks, and trims the terminators out of the spans', () => {
    const crlf = 'Putin arrived in London on Sunday.\r\n\r\nThe talks followed a decision to arm\r\nrebels fighting the regime.\r\n';
    const a = parse('crlf.txt', crlf);
    expect(a.blocks.map((b) => b.text)).toEqual([
      'Putin arrived in London on Sunday.',
      'The talks followed a decision to arm\r\nrebels fighting the regime.',
    ]);
    const cr = 'Putin arrived in London on Sunday.\r\rCameron hosted the talks.\r';
    const b = parse('cr.txt', cr);
    expect(b.blocks.map((x) => x.text)).toEqual(['Putin arrived in London on Sunday.', 'Cameron hosted the talks.']);
    expect(b.blocks[1]!.span).toEqual({ start: 36, end: 61 });
  });

  it('joins a hard-wrapped line to the next, but keeps one-paragraph-per-line text apart', () => {
    const text = [
      'The Russian leader said he wanted to help broker a peace deal for Syria and he',
      'hoped that the summit could help advance that process.',
      'Cameron said big differences remained.',
      'Putin said both sides had blood on their hands.',
    ].join('\n');
    const parsed = parse('blog.txt', text);
    expect(parsed.blocks.map((b) => b.text)).toEqual([
      'The Russian leader said he wanted to help broker a peace deal for Syria and he\nhoped that the summit could help advance that process.',
      'Cameron said big differences remained.',
      'Putin said both sides had blood on their hands.',
    ]);
  });

  it('joins a long unfinished line even when the next line starts with a capital', () => {
    const text = 'The talks followed a decision by the administration to arm rebels trying to overthrow President\nBashar al-Assad after it said it had proof.';
    const parsed = parse('wrapped.txt', text);
    expect(parsed.blocks).toHaveLength(1);
    expect(parsed.blocks[0]!.span).toEqual({ start: 0, end: text.length });
  });

  it('starts reading a .txt file after its front matter', () => {
    const text = '---\npublished: 2013-06-16\n---\nPutin met Cameron in London.\n\nThey disagreed on Syria.';
    const bodyStart = text.indexOf('Putin');
    const parsed = parse('story.txt', text, bodyStart);
    expect(parsed.blocks.map((b) => b.text)).toEqual(['Putin met Cameron in London.', 'They disagreed on Syria.']);
    expect(parsed.blocks.every((b) => b.span.start >= bodyStart)).toBe(true);
  });

  it('computes line starts for the whole file and finds no directives in plain prose', () => {
    const parsed = parse('story.txt', 'One line.\nTwo lines.\r\nThree.');
    expect(parsed.lineStarts).toEqual([0, 10, 22]);
    expect(parsed.directives).toEqual([]);
  });
});

describe('block classification', () => {
  it('takes a release\'s header with its update or number for furniture ("MEDIA STATEMENT: UPDATE 4")', () => {
    expect(classifyBlock('MEDIA STATEMENT: UPDATE 4').kind).toBe('boilerplate');
    expect(classifyBlock('PRESS RELEASE No. 112-2032').kind).toBe('boilerplate');
  });

  it('takes a memo\'s or a decision\'s header of fields for furniture ("From: The Stewards / To: … / Document: 47 / Time: 17:48"), and a fact sheet\'s time alone for a row', () => {
    expect(classifyBlock('From: The Stewards\nTo: The Team Manager, Halden Racing\nDocument: 47\nDate: 12 June 2033\nTime: 17:48').kind).toBe('boilerplate');
    expect(classifyBlock('Time: 16:04\nSession: Race').kind).not.toBe('boilerplate');
  });

  it('takes a byline\'s parts with the page\'s stamp among them for furniture ("June 18, 2031 | Updated 6:00 a.m.", "… · CPB News · Posted: Mar 20, 2031 5:02 PM EDT"), not a sentence with bars', () => {
    expect(classifyBlock('June 18, 2031 | Updated 6:00 a.m.').kind).toBe('boilerplate');
    expect(classifyBlock('Julien Marchessault · CPB News · Posted: Mar 20, 2031 5:02 PM EDT | Last Updated: Mar 20, 2031 9:48 PM EDT').kind).toBe('boilerplate');
    expect(classifyBlock('The plant was updated in 2019 | a new line opened in 2024, the company said.').kind).toBe('paragraph');
  });

  it('recognises bylines, boilerplate, captions, signatures and headlines', () => {
    const text = [
      'Putin and Cameron agree to differ on Syria',
      'By Jane Doe, Political Correspondent',
      'Vladimir Putin at Downing Street Photo: Jane Doe/PA Wire',
      'The Prime Minister said the talks had been constructive.',
      '– prime minister david cameron',
      'Share this article',
    ].join('\n\n');
    const parsed = parse('story.txt', text);
    expect(parsed.blocks.map((b) => b.kind)).toEqual(['heading', 'byline', 'caption', 'paragraph', 'signature', 'boilerplate']);
    expect(parsed.blocks[4]!.signature).toBe('prime minister david cameron');
    expect(parsed.blocks.filter((b) => b.signature !== undefined)).toHaveLength(1);
  });

  it("takes a transcript's question for no claim, and its answer for prose", () => {
    const text = 'Q: How good was Josh today?\n\nBen Kereama: "He was magnificent."';
    expect(parse('club.txt', text).blocks.map((b) => b.kind)).toEqual(['boilerplate', 'paragraph']);
  });

  it('takes a plain-text bullet point for a list item, which carries claims however short', () => {
    const text = 'Key points\n\n• Between 40 and 50 devotees injured\n• Twelve dead\n\nThe crush happened at dawn.';
    expect(parse('live.txt', text).blocks.map((b) => b.kind)).toEqual(['heading', 'list-item', 'list-item', 'paragraph']);
  });

  it('takes dashed lines for list items, the last of a run too, but a lone dashed name under a paragraph for a signature', () => {
    const text = 'Key points\n- Parliament voted at 11:47 to bring down the government\n- Hudák vows to take Domov\'s case to the voters\n\nWe will not be silenced.\n\n– prime minister david cameron';
    const blocks = parse('live.txt', text).blocks;
    expect(blocks.map((b) => b.kind)).toEqual(['heading', 'list-item', 'list-item', 'paragraph', 'signature']);
    expect(blocks.at(-1)!.signature).toBe('prime minister david cameron');
  });

  it('takes the rows of a results table for list items, but not a headline that ends in a number or a date', () => {
    const text = 'Full result\n\nNadia Fairclough (Labour) 12,842\n\nRejected ballots: 143\n\nTurnout 42.2%\n\nTop 10\n\nPublished 14 March 2025';
    expect(parse('result.txt', text).blocks.map((b) => b.kind)).toEqual(['heading', 'list-item', 'list-item', 'list-item', 'heading', 'boilerplate']);
  });

  it('takes a line with a credit line under it for a caption, even when it ends a sentence', () => {
    const text = 'A sign at the west end of the bridge on Tuesday morning.\nPhoto: Sam Okafor/KRVR\n\nThe bridge is closed.';
    expect(parse('tv.txt', text).blocks.map((b) => b.kind)).toEqual(['caption', 'paragraph']);
  });

  it('classifyBlock keeps a finished sentence as prose and a dash-led sentence is not a signature', () => {
    expect(classifyBlock('Britain has yet to decide whether it will arm the rebels.').kind).toBe('paragraph');
    expect(classifyBlock('Courts | Leipzig | Friday, 17 November 2028, updated 7:40 p.m.').kind).toBe('boilerplate');
    // A long headline opening on a quote is still a headline: no sentence ends in it.
    expect(classifyBlock("'I went down the slide like a kid': harbour families wait for passengers stranded on the island").kind).toBe('heading');
    expect(classifyBlock('- and then he said it was over.').kind).not.toBe('signature');
    expect(classifyBlock('   ').kind).toBe('boilerplate');
    expect(classifyBlock('<!-- factlint-disable -->').kind).toBe('boilerplate');
    expect(classifyBlock('No comments:').kind).toBe('boilerplate');
    expect(classifyBlock('Media enquiries: NSU press office, 020 7946 0311 (24 hours) or press@nsu.example').kind).toBe('boilerplate');
    // A social page's rows after an emoji state their figures.
    expect(classifyBlock('✅ Rescued: 131').kind).toBe('list-item');
    expect(classifyBlock('🚢 On board per manifest: 142 passengers, 18 crew').kind).toBe('list-item');
    // A paywall's notice, with the figures it counts.
    expect(classifyBlock("This article is available to subscribers only. You've read 3 of 3 free articles this month. Subscribe from $4 a week to keep reading The Ledger.").kind).toBe('boilerplate');
    expect(classifyBlock('This article is available to readers in Kent, who were told on Monday of the change.').kind).not.toBe('boilerplate');
    expect(classifyBlock('Russian President Vladimir Putin waves Credit: Anthony Devlin/PA Wire').kind).toBe('caption');
  });
});

describe('stats lines', () => {
  it('takes a match\'s stats line for a row that states its figures ("Aces: Hensall 23, Castellani 11"), not a headline', () => {
    const text = ['Aces: Hensall 23, Castellani 11', 'Break points saved: Hensall 9 of 12', 'First-serve points won: Hensall 81%, Castellani 74%', 'Wimbledon: Hensall stuns Castellani'].join('\n\n');
    expect(parse('stats.txt', text).blocks.map((b) => b.kind)).toEqual(['list-item', 'list-item', 'list-item', 'heading']);
  });
});

describe('datelines', () => {
  it('measures agency datelines and rejects names', () => {
    expect(datelineLength('LONDON - Russian President Vladimir Putin')).toBe('LONDON - '.length);
    expect(datelineLength('LISBON (Reuters) - The government')).toBe('LISBON (Reuters) - '.length);
    // South Asian wires and papers: no dash after the agency; a capitalised town and a colon.
    expect(datelineLength('Chennai, Oct 3 (PTI) The state government')).toBe('Chennai, Oct 3 (PTI) '.length);
    expect(datelineLength('CHENNAI: The state government')).toBe('CHENNAI: '.length);
    expect(datelineLength('PARIS, 15 May 2030 – The launch of')).toBe('PARIS, 15 May 2030 – '.length);
    expect(datelineLength('NOTE: The state government')).toBe(0);
    // The town it names, in ordinary case, which the parser keeps on the block for the rules.
    expect(datelinePlace('CHENNAI: ')).toBe('Chennai');
    expect(datelinePlace('Chennai, Oct 3 (PTI) ')).toBe('Chennai');
    expect(datelinePlace('NEW DELHI, India, June 17 (Agency) - ')).toBe('New Delhi');
    expect(parse('a.txt', 'CHENNAI: The state government said so.\n').blocks[0]!.dateline).toBe('Chennai');
    expect(datelineLength('TOKYO (AP) — Officials said')).toBe('TOKYO (AP) — '.length);
    expect(datelineLength('WASHINGTON, D.C. – The White House')).toBe('WASHINGTON, D.C. – '.length);
    expect(datelineLength('BOLZANO, Italy, June 17 (Transalpine Press) - A regional train')).toBe('BOLZANO, Italy, June 17 (Transalpine Press) - '.length);
    expect(datelineLength('Ehrenburg – It was 6.48am yesterday')).toBe('Ehrenburg – '.length);
    expect(datelineLength('Robbed - and now the gaffer is in the dock')).toBe(0);
    expect(datelineLength('Mr Putin - who arrived late - said')).toBe(0);
    expect(datelineLength('Russia and Britain can overcome their differences')).toBe(0);
  });

  it('blanks the dateline of the first prose paragraph only, keeping offsets', () => {
    const text = 'Putin in London\n\nLONDON - Putin met Cameron on Sunday.\n\nPARIS - France said it had not decided.';
    const parsed = parse('wire.txt', text);
    const [headline, first, second] = parsed.blocks;
    expect(headline!.kind).toBe('heading');
    expect(first!.skip).toEqual([{ start: first!.span.start, end: first!.span.start + 'LONDON - '.length }]);
    expect(first!.text).toBe(' '.repeat('LONDON - '.length) + 'Putin met Cameron on Sunday.');
    expect(first!.text.length).toBe(first!.span.end - first!.span.start);
    expect(second!.skip).toBeUndefined();
    expect(second!.text).toBe('PARIS - France said it had not decided.');
  });
});

describe('fact sheets', () => {
  it('reads a label and a short figure after it as a row that states the figure, but not a headline, a stamp or a contact line', () => {
    const text = 'Estimated Peak Wind:    170 mph\n\nStart Time:             10:52 PM CDT\n\nStart Date:             Apr 25 2028\n\nRating:                 EF4\n\nUpdated: 11:25 AM CDT Apr. 26, 2028\n\nTel: +260 212 555 018\n\nLIVE: Fuel levy protests, 46 arrested\n\nKotappakonda stampede: toll rises to 12';
    expect(parse('nws.txt', text).blocks.map((b) => b.kind)).toEqual(['list-item', 'list-item', 'list-item', 'list-item', 'boilerplate', 'boilerplate', 'heading', 'heading']);
  });

  it("splits a post's stamp from the post it closes, whatever the post ends on", () => {
    const text = 'Bay Rescue Network\n@BayRescueNet\n\n1/ A wooden boat carrying Rohingya refugees has landed on Kuala Meuraksa beach in Pidie at dawn. Villagers are helping people off the boat. 🧵\n4:55 AM · Dec 9, 2031 · 2,318 reposts';
    expect(parse('thread.txt', text).blocks.map((b) => b.kind)).toEqual(['heading', 'heading', 'paragraph', 'boilerplate']);
  });

  it('reads a field whose figure is hedged or a sum, and a ranked row ending on its sum, as rows that state them', () => {
    const text = 'Estimated Assets: between $1 billion and $10 billion\n\nTime: 1:00 p.m. (ET)\n\n1. Tidewater Apparel Group, Inc. (trade payable) - $18.4 million\n\n2. Keystone Mall Properties LP (lease obligations) - $7.9 million';
    expect(parse('court.txt', text).blocks.map((b) => b.kind)).toEqual(['list-item', 'list-item', 'list-item', 'list-item']);
  });

  it("takes a page's stamp line and a copyright line for furniture", () => {
    const text = 'Published Feb. 5, 2031, 5:30 a.m. | Updated 6:10 a.m.\n\nThe store employs 90 people, the manager said on Tuesday.\n\n(c) 2031 CaseWatch Bankruptcy Reports. Summary prepared from publicly filed documents.';
    expect(parse('paper.txt', text).blocks.map((b) => b.kind)).toEqual(['boilerplate', 'paragraph', 'boilerplate']);
  });

  it("takes a report's own labelled lines for furniture however long their values, and keeps its figures", () => {
    const text = 'Reporting period: 0600 hrs 18 Aug 2031 to 0600 hrs 19 Aug 2031\nIssued: 0800 hrs PKT, Tuesday 19 Aug 2031\n\nDeaths: 214 (+17)\n\nNext SITREP: 0800 hrs PKT, 20 Aug 2031.';
    expect(parse('sitrep.txt', text).blocks.map((b) => b.kind)).toEqual(['boilerplate', 'list-item', 'boilerplate']);
    expect(parse('recall.txt', 'Reference number: 18842\n\nRecall date: March 7, 2031').blocks.map((b) => b.kind)).toEqual(['boilerplate', 'list-item']);
    // A release's own "Comment" section is no readers' comments: the chief's words after it stay claims.
    expect(parse('asx.txt', 'The mine reopened on Monday after the rescue.\n\nComment\n\nManaging Director Catherine Strelley said:\n\n"This has been the most difficult 38 hours in our history."').blocks.map((b) => b.kind)).toEqual(['paragraph', 'heading', 'paragraph', 'paragraph']);
  });
});

describe('pages saved whole', () => {
  it("takes consent banners, embedded posts, video links and readers' comments for furniture, and keeps the story", () => {
    const text = [
      'Home | News | Seville | Province | Property | Contact\nWe value your privacy. We and our 214 partners use cookies to store information on your device. [Accept] [Reject]',
      'By Marta Gil | Published 21/10/2031 13:40 | Last updated 18:05\nShare this article: f | X | WhatsApp',
      'The mayor was arrested this morning at his home, and 14 properties were searched.',
      'Sergio Montaño @smontano_IS',
      'Hoy es un día negro para Sevilla.\n9:12 AM · Oct 21, 2031 · 1,284 reposts',
      '[VIDEO] Who is the mayor? The rise and fall of a city boss 3:41',
      'His lawyer said the arrest was a show for the cameras.',
      'Comments (112)',
      'Rafa D.: Ten years waiting for a flat. TEN. And they were taking money the whole time.',
      'Antonio M.: “Darkest day”? His party did the same thing in 2015.',
    ].join('\n\n');
    const kinds = parse('local.txt', text).blocks.map((b) => `${b.kind} ${b.text.slice(0, 12)}`);
    expect(kinds.filter((k) => !k.startsWith('boilerplate') && !k.startsWith('heading'))).toEqual(['paragraph The mayor wa', 'paragraph His lawyer s']);
    expect(kinds.filter((k) => /Hoy es|9:12 AM|\[VIDEO\]|We value|By Marta|Rafa|Antonio/.test(k)).every((k) => k.startsWith('boilerplate'))).toBe(true);
    expect(kinds.filter((k) => /Hoy es|9:12 AM|\[VIDEO\]|We value|By Marta|Rafa|Antonio/.test(k))).toHaveLength(7);
  });

  it('opens no comment section at a comment count above the story, nor takes a hard-wrapped paragraph for furniture', () => {
    const text = ['12 comments', 'The mayor was arrested this morning\nat his home in the old town, police said.', 'Four others were detained.'].join('\n\n');
    expect(parse('page.txt', text).blocks.map((b) => b.kind)).toEqual(['boilerplate', 'paragraph', 'paragraph']);
  });
});

describe('live pages', () => {
  it('blanks an update stamp in any paragraph, and takes the "ORIGINAL STORY" line for furniture', () => {
    const text = 'UPDATE 4:15 p.m.: A firefighter was injured.\n\nORIGINAL STORY, 7:10 a.m.:\n\nThe fire grew overnight.\n\nUpdated, 11:40 a.m. PDT – Crews held the line.';
    const [update, original, prose, later] = parse('station.txt', text).blocks;
    expect(update!.text).toBe(' '.repeat('UPDATE 4:15 p.m.: '.length) + 'A firefighter was injured.');
    expect(original!.kind).toBe('boilerplate');
    expect(prose!.skip).toBeUndefined();
    expect(later!.text.trimStart()).toBe('Crews held the line.');
  });

  it('blanks an update stamp on a line of its own, or with its time in brackets ("UPDATE 7:45 a.m.", "UPDATE (12:40 p.m. Wednesday):")', () => {
    const [alone, bracketed, prose] = parse('tv.txt', 'UPDATE 7:45 a.m.\n\nUPDATE (12:40 p.m. Wednesday): The health district said 21 cases were confirmed.\n\nUpdated figures came in at 9 a.m.').blocks;
    expect(alone!.text.trim()).toBe('');
    expect(bracketed!.text.trimStart()).toBe('The health district said 21 cases were confirmed.');
    expect(prose!.skip).toBeUndefined();
  });

  it('blanks a live blog\'s entry stamp ("21:40 GMT – …")', () => {
    const [entry, prose] = parse('live.txt', '21:40 GMT – A recap of where things stand: at least 19 people have died.\n\n9:30 was the hour the fire began, officials said.').blocks;
    expect(entry!.text.trimStart()).toBe('A recap of where things stand: at least 19 people have died.');
    expect(prose!.skip).toBeUndefined();
  });

  it('blanks a stamp closed by a colon ("5.20pm: That\'s where we\'ll leave it", "10:30 GMT: Markets opened"), but not a time inside a sentence', () => {
    const blocks = parse('live.txt', '5.20pm: That is where we leave it.\n\n10:30 GMT: Markets opened.\n\nThe vote is at 10:30: everyone expects it.').blocks;
    expect(blocks.map((b) => b.text.trimStart())).toEqual(['That is where we leave it.', 'Markets opened.', 'The vote is at 10:30: everyone expects it.']);
  });

  it('keeps a paragraph that only opens with "Earlier" or "Updated figures"', () => {
    const [a, b] = parse('wire.txt', 'Earlier, police said 3 died.\n\nUpdated figures show 40 homes were lost.').blocks;
    expect(a!.kind).toBe('paragraph');
    expect(b!.text).toBe('Updated figures show 40 homes were lost.');
  });
});

describe('seed 000 (wire copy)', () => {
  const { path, text } = seed('000');
  const parsed = parse(path, text);

  it('puts the LONDON dateline in skip and blanks it out of the first paragraph', () => {
    const first = parsed.blocks[0]!;
    expect(first.kind).toBe('paragraph');
    expect(text.slice(0, 9)).toBe('LONDON - ');
    expect(first.skip).toEqual([{ start: 0, end: 9 }]);
    expect(first.text.startsWith(' '.repeat(9) + 'Russian President Vladimir Putin on Sunday')).toBe(true);
    expect(first.text).not.toContain('LONDON');
    expect(parsed.blocks.slice(1).every((b) => b.skip === undefined)).toBe(true);
  });

  it('is fifteen prose paragraphs separated by blank lines', () => {
    expect(parsed.blocks).toHaveLength(15);
    expect(parsed.blocks.every((b) => b.kind === 'paragraph')).toBe(true);
    // Every odd line is a paragraph of its own.
    for (let line = 1; line <= 29; line += 2) {
      expect(blockAtLine(parsed, line).span.end).toBe(lineSpan(text, line).end);
    }
  });
});

describe('seed 001 (blog, one paragraph per line)', () => {
  const { path, text } = seed('001');
  const parsed = parse(path, text);

  it('joins the hard-wrapped lines 11–12 and 13–14 into one paragraph each', () => {
    for (const [a, b] of [
      [11, 12],
      [13, 14],
    ] as const) {
      const block = blockAtLine(parsed, a);
      expect(block.kind).toBe('paragraph');
      expect(block.span).toEqual({ start: lineSpan(text, a).start, end: lineSpan(text, b).end });
      expect(blockAtLine(parsed, b)).toBe(block);
    }
    expect(blockAtLine(parsed, 11).text).toContain('overthrow President\nBashar al-Assad');
    expect(blockAtLine(parsed, 13).text).toContain('Syria and he\nhoped that the G8 summit');
  });

  it('keeps every other line a block of its own', () => {
    expect(parsed.blocks).toHaveLength(18);
    for (const line of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 15, 16, 17, 18, 19, 20]) {
      expect(blockAtLine(parsed, line).span).toEqual(lineSpan(text, line));
    }
  });

  it("reads 'Humanitarian values' as a heading and the comment widget as boilerplate", () => {
    expect(text.split('\n')[7]).toBe("'Humanitarian values'");
    expect(blockAtLine(parsed, 8).kind).toBe('heading');
    expect(blockAtLine(parsed, 19)).toMatchObject({ kind: 'boilerplate', text: 'No comments:' });
    expect(blockAtLine(parsed, 20)).toMatchObject({ kind: 'boilerplate', text: 'Post a Comment' });
    const kinds = parsed.blocks.map((b) => b.kind);
    expect(kinds.filter((k) => k === 'paragraph')).toHaveLength(15);
  });
});

describe('seed 002 (broadcaster web page)', () => {
  const { path, text } = seed('002');
  const parsed = parse(path, text);
  const claimBearing = new Set(['paragraph', 'blockquote', 'list-item']);

  it('does not take the page furniture or the headline for paragraphs', () => {
    expect(blockAtLine(parsed, 1).text).toBe('1. ITV Report');
    expect(claimBearing.has(blockAtLine(parsed, 1).kind)).toBe(false);
    expect(blockAtLine(parsed, 3)).toMatchObject({ kind: 'heading', text: "Anglo-Russian differences over Syria 'can be overcome'" });
  });

  it('marks the Photo: and Credit: lines as captions', () => {
    for (const line of [5, 15, 25]) {
      const block = blockAtLine(parsed, line);
      expect(block.kind, `line ${line}`).toBe('caption');
      expect(block.text).toMatch(/(?:Photo|Credit): .*\/PA Wire$/);
    }
    expect(parsed.blocks.filter((b) => b.kind === 'caption')).toHaveLength(3);
  });

  it('reads line 37 as the signature of the pull quote above it', () => {
    const sig = blockAtLine(parsed, 37);
    expect(sig.kind).toBe('signature');
    expect(sig.text).toBe('– prime minister david cameron');
    expect(sig.signature).toBe('prime minister david cameron');
    expect(blockAtLine(parsed, 35).kind).toBe('paragraph');
  });

  it('keeps the reporting as paragraphs', () => {
    for (const line of [7, 9, 11, 13, 17, 19, 21, 23, 27, 29, 31, 33, 35, 39, 41]) {
      expect(blockAtLine(parsed, line).kind, `line ${line}`).toBe('paragraph');
    }
  });
});

describe('every block of every seed', () => {
  it.each(['000', '001', '002'])('seed %s: block text agrees with the original text at every non-space character', (prefix) => {
    const { path, text } = seed(prefix);
    const parsed = parse(path, text);
    expect(parsed.blocks.length).toBeGreaterThan(0);
    expect(parsed.blocks.flatMap((b) => unfaithful(text, b))).toEqual([]);
    // Blocks are in document order, do not overlap, and are indexed by position.
    parsed.blocks.forEach((b, i) => {
      expect(b.index).toBe(i);
      expect(b.span.start).toBeLessThan(b.span.end);
      if (i > 0) expect(b.span.start).toBeGreaterThanOrEqual(parsed.blocks[i - 1]!.span.end);
    });
  });
});

describe('Markdown', () => {
  const md = [
    '---',
    'title: Putin and Cameron meet in London',
    'published: 2013-06-16',
    '---',
    '# Putin and Cameron agree to differ on Syria',
    '',
    'LONDON - Russian President **Vladimir Putin** met [David Cameron](https://example.com/cameron "profile")',
    'in *London* on Sunday, the G8 host said.',
    '',
    '> "We are not breaching any rules and norms," Putin said.',
    '',
    '## Reaction',
    '',
    '- Britain has yet to decide whether to arm the rebels.',
    '- Russia was _dismissive_ of the US claims.',
    '',
    '<!-- factlint-disable-next-line quote-mismatch -- the wire misquoted him -->',
    'Cameron said the talks were "a good start".',
    '',
    'Photo: Anthony Devlin/PA Wire',
    '',
  ].join('\n');
  const bodyStart = md.indexOf('# Putin');
  const parsed = parse('draft.md', md, bodyStart);

  it('gives each block its kind from the Markdown structure', () => {
    expect(parsed.blocks.map((b) => b.kind)).toEqual([
      'frontmatter',
      'heading',
      'paragraph',
      'blockquote',
      'heading',
      'list-item',
      'list-item',
      'paragraph',
      'caption',
    ]);
    const front = parsed.blocks[0]!;
    expect(front.span).toEqual({ start: 0, end: bodyStart - 1 });
    expect(parsed.blocks.slice(1).every((b) => b.span.start >= bodyStart)).toBe(true);
  });

  it('blanks heading markers, emphasis and link targets but keeps the prose at its offsets', () => {
    const [, h1, para, quote, h2, li1, li2, last] = parsed.blocks;
    expect(prose(h1!)).toBe('Putin and Cameron agree to differ on Syria');
    expect(h1!.text.startsWith('# ')).toBe(false);
    expect(prose(h2!)).toBe('Reaction');
    expect(prose(para!)).toBe('Russian President Vladimir Putin met David Cameron in London on Sunday, the G8 host said.');
    expect(para!.text).not.toMatch(/[*[\]()]|https|profile/);
    expect(para!.text).toContain('\n'); // the hard wrap stays a line break
    expect(prose(quote!)).toBe('"We are not breaching any rules and norms," Putin said.');
    expect(quote!.text).not.toContain('>');
    expect(prose(li1!)).toBe('Britain has yet to decide whether to arm the rebels.');
    expect(prose(li2!)).toBe('Russia was dismissive of the US claims.');
    expect(li2!.text).not.toContain('_');
    expect(prose(last!)).toBe('Cameron said the talks were "a good start".');
    expect(last!.text).not.toContain('factlint');
    for (const b of parsed.blocks) {
      expect(b.text.length).toBe(b.span.end - b.span.start);
      expect(unfaithful(md, b)).toEqual([]);
    }
    // Offsets map straight back to the file.
    const i = para!.text.indexOf('Vladimir');
    expect(md.slice(para!.span.start + i, para!.span.start + i + 'Vladimir Putin'.length)).toBe('Vladimir Putin');
  });

  it('applies the dateline rule to the first Markdown paragraph', () => {
    const para = parsed.blocks[2]!;
    expect(para.skip).toEqual([{ start: para.span.start, end: para.span.start + 'LONDON - '.length }]);
    expect(para.text).not.toContain('LONDON');
  });

  it('finds the directive comment with its rule and reason', () => {
    const comment = '<!-- factlint-disable-next-line quote-mismatch -- the wire misquoted him -->';
    const start = md.indexOf(comment);
    expect(parsed.directives).toEqual([
      { kind: 'disable-next-line', rules: ['quote-mismatch'], reason: 'the wire misquoted him', span: { start, end: start + comment.length } },
    ]);
  });

  it('keeps a signature inside a block quote and does not split the quote from it', () => {
    const text = '> "We will not back down," he said.\n>\n> — prime minister david cameron\n';
    const blocks = parse('pull.md', text).blocks;
    expect(blocks.map((b) => b.kind)).toEqual(['blockquote', 'signature']);
    expect(blocks[1]!.signature).toBe('prime minister david cameron');
  });

  it('masks list markers of a wrapped list item and setext underlines', () => {
    const text = 'Talks in London\n===============\n\n* Putin arrived an hour late\n  for the talks.\n';
    const [heading, item] = parse('notes.md', text).blocks;
    expect(heading!.kind).toBe('heading');
    expect(heading!.text).not.toContain('=');
    expect(item!.kind).toBe('list-item');
    expect(prose(item!)).toBe('Putin arrived an hour late for the talks.');
  });

  it('blanks the > markers of every line of a multi-line block quote', () => {
    const text = '> "We are not breaching any rules and norms," Putin said.\n> "We call on all our partners to act in the same fashion."\n';
    const [quote] = parse('quote.md', text).blocks;
    expect(quote!.kind).toBe('blockquote');
    expect(quote!.text).not.toContain('>');
    expect(prose(quote!)).toBe('"We are not breaching any rules and norms," Putin said. "We call on all our partners to act in the same fashion."');
  });

  it('blanks the backticks around inline code', () => {
    const [para] = parse('code.md', 'The `G8` summit opens tomorrow.\n').blocks;
    expect(para!.text).not.toContain('`');
    expect(prose(para!)).toBe('The G8 summit opens tomorrow.');
  });
});

describe('findDirectives', () => {
  it('reads every directive kind, comma- or space-separated rules and an optional reason', () => {
    const text = [
      '<!-- factlint-disable -->',
      'Some text.',
      '<!-- factlint-enable quote-mismatch, number-mismatch -->',
      'Cameron said so. <!--factlint-disable-line date-mismatch-->',
      '<!-- factlint-disable-next-line quote-mismatch speaker-mismatch -- the source misquoted him -->',
      '<!-- eslint-disable no-console -->',
      '<!-- factlint-disabled quote-mismatch -->',
    ].join('\n');
    const found = findDirectives(text);
    expect(found.map(({ span: _span, ...d }) => d)).toEqual([
      { kind: 'disable', rules: [] },
      { kind: 'enable', rules: ['quote-mismatch', 'number-mismatch'] },
      { kind: 'disable-line', rules: ['date-mismatch'] },
      { kind: 'disable-next-line', rules: ['quote-mismatch', 'speaker-mismatch'], reason: 'the source misquoted him' },
    ]);
    for (const d of found) {
      const raw = text.slice(d.span.start, d.span.end);
      expect(raw.startsWith('<!--')).toBe(true);
      expect(raw.endsWith('-->')).toBe(true);
    }
    expect(found[3]!.span.start).toBe(text.indexOf('<!-- factlint-disable-next-line'));
  });

  it('reads a directive that spans lines and one with an empty reason', () => {
    const text = 'x <!--\n  factlint-disable quote-mismatch\n  -- \n-->';
    expect(findDirectives(text)).toEqual([{ kind: 'disable', rules: ['quote-mismatch'], span: { start: 2, end: text.length } }]);
  });

  it('returns nothing for text without directives', () => {
    expect(findDirectives('Putin met Cameron. <!-- an ordinary comment -->')).toEqual([]);
  });
});
