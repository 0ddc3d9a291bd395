import { isKnownPlace } from '../gazetteer/index.js';
import type { BlockKind } from '../model/index.js';

/** Photo captions and picture credits, as agencies and broadcasters print them. */
const CREDIT = /\b(?:Photo|Picture|Image|Photograph|Credit|Pictured|Source)\s*:\s*\S|\/\s*(?:PA(?: Wire| Images)?|AP|AFP|Reuters|Getty(?: Images)?|EPA|Bloomberg|Shutterstock|Alamy)\s*\)?\s*$/i;

/** Site furniture that is not the article: comment widgets, share bars, page furniture. */
/**
 * A page's own stamp, its time or date after the verb: "Updated 6:00 a.m.", "Last updated 19:05",
 * "Posted: Mar 20, 2031", "Published Feb. 5, 2031". A source, case-insensitive; the parse's
 * furniture lines and the facts' page notes read the one pattern.
 */
export const PAGE_STAMP = String.raw`(?:(?:first|last)\s+)?(?:published|updated|posted|modified|amended|edited)\b:?\s*(?:on\s+|at\s+)?(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s)`;

const BOILERPLATE = new RegExp(
  '^(?:' +
    [
      'no comments?:?',
      'post a comment',
      '\\d+ comments?:?',
      'leave a (?:comment|reply)',
      'share (?:this|on|via)\\b.*',
      'read more\\b.*',
      'related(?: articles| stories| content)?:?.*',
      'advertisement',
      'subscribe\\b.*',
      // A paywall's notice: "This article is available to subscribers only. You've read 3 of 3 free articles this month."
      "(?:this (?:article|story|content) is (?:available|for|only available) (?:to|for) (?:subscribers|members)\\b.*|you['’]ve read \\d+ of \\d+ free (?:articles|stories)\\b.*|already a (?:subscriber|member)\\b.*)",
      'sign up\\b.*',
      'follow us\\b.*',
      'click here\\b.*',
      'copyright\\b.*',
      '©.*',
      // "(c) 2031 CaseWatch Bankruptcy Reports. Summary prepared from …": a copyright line.
      '\\(c\\)\\s+(?:19|20)\\d\\d\\b.*',
      // "Published Feb. 5, 2031, 5:30 a.m. | Updated 6:10 a.m.": a page's own stamp line.
      `${PAGE_STAMP}[^\\n]{0,60}`,
      'all rights reserved\\.?',
      'newer post|older post|home',
      'posted by\\b.*',
      'labels?:.*',
      'tags?:.*',
      'email|print|tweet|whatsapp|facebook',
    ].join('|') +
    ')$',
  'i',
);

const BYLINE = /^(?:By|From)\s+[A-Z][\p{L}.'’-]+(?:\s+(?:[A-Z][\p{L}.'’-]+|de|van|von|al|bin|da|di|la|le)){0,4}(?:\s*(?:,|and|in|for)\s.*)?$/u;

/** `– prime minister david cameron`: a dash, then a short name or description, nothing else. */
const EMBED_SIGNATURE = /^[–—―-]\s*([\p{L}][\p{L}\s.,'’-]{2,80}?)\s*\(@\w{1,30}\)(?:\s+[\p{L}\d ,.:]{0,40})?$/u;
const SIGNATURE = /^[–—―-]\s*([\p{L}][\p{L}\s.,'’-]{2,80})$/u;
/**
 * The mark that closes a release or a transcript's excerpt: "-ENDS-", "— END —", "[END OF
 * EXCERPTS]". No one's signature, and the end of a speaker's turn.
 */
export const END_MARK = /^[[–—―#*-]*\s*(?:ENDS?|END\s+OF\s+(?:THE\s+)?(?:RELEASE|STATEMENT|EXCERPTS?|TRANSCRIPT|REMARKS|SPEECH))\s*[\]–—―#*-]*\.?$/i;

/** A cookie or consent banner: "We use cookies to personalise content… Accept all | Manage preferences". */
const CONSENT = /\bcookies?\b[^\n]*\b(?:accept|agree|consent|privacy|partners|preferences|settings|personali[sz]e|continuing to browse|improve your experience)\b|\b(?:accept|agree|consent|privacy|partners|preferences)\b[^\n]*\bcookies?\b/i;
/** An embedded post's author line: "Sergio Montaño @smontano_IS", "ABN Europe (@ABNEurope)". */
export const POST_AUTHOR = /^[\p{L}][\p{L}\d .,'’-]{1,60}\s+\(?@\w{1,30}\)?$/u;
/** An embedded post's closing stamp: "9:12 AM · Oct 21, 2031 · 1,284 reposts". */
export const POST_STAMP = /(?:^|\n)\s*\d{1,2}:\d{2}\s?[AaPp]\.?[Mm]\.?\s*·\s*[\p{L}\d ,.]{4,20}\d{4}(?:\s*·[^\n]{0,60})?\s*$/u;
/** A link to a video or a gallery with its running time: "[VIDEO] Who is Ignacio Bermejo? 3:41". */
const MEDIA_LINK = /^(?:\[(?:VIDEO|Video|AUDIO|Audio|GALLERY|Gallery|WATCH|Watch|LISTEN|Listen)\]|▶|►)/;

const TERMINAL = /[.!?…:;]$/;
/** What may close a sentence after its stop: spaces, quote marks, brackets. */
const CLOSER = /[\s"'“”‘’»«)\]]/;

/** The text without its trailing closers (a scan from the end, not a pattern tried at every position). */
function withoutTrailingClosers(t: string): string {
  let end = t.length;
  while (end > 0 && CLOSER.test(t[end - 1]!)) end--;
  return t.slice(0, end);
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

export interface Classification {
  kind: BlockKind;
  signature?: string;
}

/** A transcript's speaker label: "MARTA KOWALCZYK:", "WHITLOCK:" (capitals, one to four words). */
export const SPEAKER_LABEL = /^\s*((?:(?:Mr|Mrs|Ms|Dr|Prof|Senator|Sen\.|Cr|Councillor|Hon|Sir|Dame|Judge)\s+)?(?:Mc|Mac)?\p{Lu}[\p{Lu}.'’-]+(?:\s+(?:Mc|Mac)?\p{Lu}[\p{Lu}.'’-]+){0,3})(?:\s+\((?!via\b|through\b|in\b|translated\b|speaking\b|interpreted\b)(?=[^()\n]*\p{L})[^()\n]{1,40}\))?(?:\s+\((?:via|through|in|translated|speaking|interpreted)\b[^()\n]{0,30}\))?:\s+(?=\S)/u;

/**
 * A live page's stamp opening a paragraph, or standing on a line of its own: "UPDATE 4:15 p.m.:",
 * "UPDATED, 11:40 a.m. PDT —", "UPDATE (12:40 p.m. Wednesday):", "UPDATE 7:45 a.m.".
 */
export const UPDATE_STAMP = /^\s*(?:UPDATED?|Updated?|CORRECTION|Correction)\b,?(?:\s*\(?(?:at\s+)?\d{1,2}(?:[:.]\d{2})?\s?(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?(?:,?\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)?\)?)?\s*(?:[:–—-]\s+|$)/;

/** A live blog's entry stamp: "21:40 GMT – A recap of where things stand", "9.05am - Police say", "5.20pm: That's where we'll leave it". */
export const ENTRY_STAMP = /^\s*(?:[01]?\d|2[0-3])[:.][0-5]\d(?:(?:\s?[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?\s+[–—-]\s+|\s?[ap]\.?m\.?(?:\s+[A-Z]{2,5})?:\s+|(?:\s+[A-Z]{2,5})?:\s+(?=\p{Lu}))/u;

/** The line a live page sets above its first version: "ORIGINAL STORY, 7:10 a.m.:". */
const ORIGINAL_STORY = /^(?:original (?:story|report|post)|previous updates?)\b[^\n]{0,30}$/i;

/** "1. Tidewater Apparel Group, Inc. (trade payable) - $18.4 million": a ranked row with its sum or count. */
const RANKED_FIGURE_ROW = /^\d{1,3}\.\s+\p{Lu}[^\n]{0,100}?\s[-–—:]\s(?:[$€£¥₹]\s?|[A-Z]{3}\s)?\d[\d,.]*(?:\s?(?:million|billion|bn|m|k))?%?$/u;
const RESULT_ROW = /^\d{1,3}\.\s+\p{Lu}[^\n]{0,80}?\s(?:\+\s?)?(?:\d{1,3}h\s?\d{1,2}['’′](?:\s?\d{1,2}(?:"|”|″|''))?|\d{1,2}(?::\d{2}){1,2}(?:\.\d+)?|s\.t\.)$/u;
/**
 * A name or label, then a figure closing the line: after a bracketed party or team, or a
 * colon, any figure; otherwise one written as a tally (1,702; 42.2%), so that "Top 10" and
 * "Chapter 3" stay headings.
 */
const TABLE_ROW = /^\p{Lu}[^.!?:\n]{0,60}?(?:(?:\s\([^()\n]{1,30}\)|:)\s+\d[\d,]*(?:\.\d+)?%?|\s\d{1,3}(?:,\d{3})+(?:\.\d+)?|\s\d+\.\d+%?|\s\d+%)$/u;
/**
 * A label of up to five words (not a headline's capitals, "LIVE:"), a colon, and a short value
 * that opens with a figure, a date or a rating ("170 mph", "Apr 25 2028", "EF4"), on one line.
 */
const FIELD_ROW = /^(\p{Lu}\p{Ll}[\p{L}'’]*(?:[ /()-]+[\p{L}'’()/]+){0,4}):\s+((?:(?:between|about|approximately|around|up to|more than|at least|nearly|over|under)\s)?(?:\d|[$€£¥₹]\s?\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{L}*\.?\s\d|[A-Z]{1,3}-?\d)[^\s]*(?:\s[^\s]+){0,5})$/u;
/** A match's stats line: "Aces: Hensall 23, Castellani 11", "Break points saved: Hensall 9 of 12". */
const PICTOGRAPHS_FIRST = /^(?:[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\uFE0F\u200D]+\s*)+(?=\p{L})/u;
const STAT_ROW = /^\p{Lu}[\p{L}'’ /()-]{1,40}:\s+\p{Lu}[\p{L}'’.-]+\s+\d[\d,.]*%?(?:\s+of\s+\d[\d,]*)?(?:,\s+\p{Lu}[\p{L}'’.-]+\s+\d[\d,.]*%?(?:\s+of\s+\d[\d,]*)?)*$/u;
/** A day, a date or a time slot, a colon, and what it applies to in capitals, on one line. */
const SCHEDULE_ROW = /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+(?:\d{1,2}\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+\s+\d{1,2})|\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}|\d{1,2}[:.]\d{2}\s*[–-]\s*\d{1,2}[:.]\d{2})\s*:\s+\p{Lu}[^\n]{0,150}$/u;
/** A release's header line: what it is, and its number or update ("MEDIA STATEMENT: UPDATE 4"). */
const RELEASE_HEADER = /^(?:JOINT\s+|MEDIA\s+|PRESS\s+|NEWS\s+)?(?:STATEMENT|RELEASE|ADVISORY|BULLETIN|COMMUNIQU[EÉ])(?:\s*[:–—-]\s*|\s+)(?:UPDATE|NO\.?|NUMBER|#)\s*[\dA-Z/-]+$/i;

/** Labels of page furniture and contact lines, not of facts. */
const FURNITURE_LABEL = /^(?:published|updated|last updated|posted|filed|issued|reporting period|period covered|next (?:sitrep|situation report|update|report|briefing|bulletin)|date|dateline|by|photo|picture|image|credit|source|contact|media contact|press contact|(?:media|press|news) (?:enquiries|inquiries)|enquiries|inquiries|tel|telephone|phone|mobile|fax|hotline|helpline|help line|emergency (?:line|number|hotline)|information line|public information line|e-?mail|web|website|copyright|ref|reference|isbn|doi|page|chapter|part|section|episode|season|volume|vol|issue|no)\b/i;
/** A line that opens on a page's own label and a colon ("Issued: …", "Next SITREP: …"). */
const FURNITURE_LINE = new RegExp(`(?:${FURNITURE_LABEL.source}(?:\\s+(?:number|no\\.?|id|code))?|^(?:end|ends))\\s*:\\s`, 'i');
/** A page's stamp set among a byline's parts: "Updated 6:00 a.m.", "Posted: Mar 20, 2031 5:02 PM EDT". */
const STAMP_PART = new RegExp(`^\\s*${PAGE_STAMP}`, 'i');
/** A line of a memo's or a decision's header: "From: The Stewards", "To: The Team Manager", "Document: 47". */
const MEMO_FIELD = /^(?:from|to|cc|bcc|subject|re|date|time|document|doc|ref|reference|memo|no)\s*:\s*\S/i;
const MONTH = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;

const FURNITURE_KINDS: ReadonlySet<BlockKind> = new Set(['boilerplate', 'byline', 'caption']);

/** The heading over readers' comments: "Comments (112)", "Have your say (27 comments)", "3 Comments". */
// A release's own "Comment" section (the chief's words) is no readers' comments: the singular
// counts only with a number or "reader" before it.
export const COMMENTS_HEADING = /^\s*(?:(?:\d+\s+)?(?:reader\s+)?comments:?|(?:\d+|reader)\s+comment:?|comments?\s*\(\d+\)|have your say(?:\s*\(\d+\s+comments?\))?|join the (?:conversation|discussion)(?:\s*\(\d+\))?|no comments:?|post a comment|leave a (?:comment|reply))\s*$/i;

/**
 * Decides what a paragraph-level block is. Only 'paragraph', 'blockquote' and
 * 'list-item' blocks carry claims; the rest is furniture that later stages skip.
 */
export function classifyBlock(text: string, defaultKind: BlockKind = 'paragraph'): Classification {
  const t = text.trim();
  if (!t) return { kind: 'boilerplate' };
  if (/^<!--[\s\S]*-->$/.test(t)) return { kind: 'boilerplate' };
  // "MEDIA STATEMENT: UPDATE 4", "PRESS RELEASE No. 112-2032": a release's own header.
  if (RELEASE_HEADER.test(t)) return { kind: 'boilerplate' };
  let words = -1;
  const count = () => (words < 0 ? (words = wordCount(t)) : words);
  // An embedded post signs off with its author's handle and date: "— Sen. Wade Ellery
  // (@SenWadeEllery) September 16, 2031"; the name before the handle is the signature.
  const embed = EMBED_SIGNATURE.exec(t);
  if (embed) return { kind: 'signature', signature: embed[1]!.trim() };
  // "-ENDS-", "— END —": a release's closing mark, no one's signature.
  if (END_MARK.test(t)) return { kind: 'boilerplate' };
  const sig = SIGNATURE.exec(t);
  if (sig && count() <= 10 && !TERMINAL.test(t)) return { kind: 'signature', signature: sig[1]!.trim() };
  if (BOILERPLATE.test(t) || ORIGINAL_STORY.test(t)) return { kind: 'boilerplate' };
  // A page saved whole: consent banners, embedded posts, links to videos are the site's, not the story's.
  if (CONSENT.test(t) && count() <= 80) return { kind: 'boilerplate' };
  if (POST_AUTHOR.test(t) || (POST_STAMP.test(t) && count() <= 80) || MEDIA_LINK.test(t)) return { kind: 'boilerplate' };
  // Lines set one under another with no blank line between ("Home | News | Seville" over a
  // consent banner; a byline over a share bar): furniture when every line is.
  if (/\n/.test(t)) {
    const lines = t.split(/\n/).filter((l) => l.trim());
    if (lines.length > 1 && lines.every((l) => FURNITURE_KINDS.has(classifyBlock(l).kind) || (l.match(/\s\|\s/g)?.length ?? 0) >= 1 && wordCount(l) <= 20)) return { kind: 'boilerplate' };
  }
  if (CREDIT.test(t) && count() <= 40) return { kind: 'caption' };
  if (BYLINE.test(t) && count() <= 14) return { kind: 'byline' };
  // "Q: How good was Josh today?": a reporter's question in a transcript states nothing.
  if (/^(?:Q|Question)\s*[:.–—-]\s+\S/.test(t) && /\?["”’']?$/.test(t)) return { kind: 'boilerplate' };
  // "DANA WHITLOCK: Marta, thanks for being here. How bad was Tuesday?": a host's question in a
  // transcript with speaker labels asks; it states nothing.
  if (SPEAKER_LABEL.test(t) && /\?["”’']?$/.test(t)) return { kind: 'boilerplate' };
  // "• Between 40 and 50 devotees injured": a bullet point in plain text is a list item, and
  // key points carry claims however short.
  if (/^(?:[•●▪◦*]|[-–](?!-))\s+\S/.test(t)) return { kind: 'list-item' };
  // "Reporting period: 0600 hrs 18 Aug …" / "Issued: 0800 hrs PKT, Tuesday 19 Aug 2031": lines that
  // each open on a page's own label are its furniture, however long their values.
  if (t.split('\n').every((line) => FURNITURE_LINE.test(line.trim()))) return { kind: 'boilerplate' };
  // "From: The Stewards / To: The Team Manager / Document: 47 / Time: 17:48": a memo's header.
  if (/\n/.test(t)) {
    const lines = t.split('\n').map((line) => line.trim());
    if (lines.every((line) => MEMO_FIELD.test(line)) && lines.some((line) => /^from\b/i.test(line)) && lines.some((line) => /^to\b/i.test(line))) return { kind: 'boilerplate' };
  }
  // "Nadia Fairclough (Lab) 12,842", "Rejected ballots: 143": a row of a results table states a figure.
  // "✅ Rescued: 131", "🚢 On board: 142 passengers": a social page sets its rows after an emoji.
  const row = PICTOGRAPHS_FIRST.test(t) ? t.replace(PICTOGRAPHS_FIRST, '') : t;
  if (TABLE_ROW.test(row) && !MONTH.test(row)) return { kind: 'list-item' };
  // "Estimated Peak Wind:    170 mph", "Start Time: 10:52 PM CDT": a field of a fact sheet, a
  // label and its figure, states it; a page's own stamps ("Updated: 11:25 AM") do not.
  const field = FIELD_ROW.exec(row);
  if (field && !FURNITURE_LABEL.test(field[1]!)) return { kind: 'list-item' };
  if (STAT_ROW.test(row)) return { kind: 'list-item' };
  // "1. Baptiste Lemarchand (Solène–Atlantique) 4h 32' 10\"", "5. Tiago Nunes (Lusitânia Pro) +0:04":
  // a ranked row of race results states a time or a gap.
  if (RESULT_ROW.test(t) || RANKED_FIGURE_ROW.test(t)) return { kind: 'list-item' };
  // "Thursday 8 March: Usaquén and Chapinero", "06:00–10:00: Zone 4": a schedule's row.
  if (SCHEDULE_ROW.test(t)) return { kind: 'list-item' };
  // "Courts | Leipzig | Friday, 17 November 2028, updated 7:40 p.m.": a section path and a stamp
  // set between bars is page furniture.
  if ((t.match(/\s\|\s/g)?.length ?? 0) >= 2 && count() <= 20 && !/\n/.test(t)) return { kind: 'boilerplate' };
  // "June 18, 2031 | Updated 6:00 a.m.", "Julien Marchessault · CPB News · Posted: Mar 20, 2031 5:02 PM
  // EDT": short parts between bars or dots, one of them the page's stamp.
  if (!/\n/.test(t) && count() <= 30) {
    const parts = t.split(/\s[|·•]\s/);
    if (parts.length >= 2 && parts.some((p) => STAMP_PART.test(p)) && parts.every((p) => wordCount(p) <= 10)) return { kind: 'boilerplate' };
  }
  const bare = withoutTrailingClosers(t);
  // Headlines, subheadings and page furniture: short and without a sentence end.
  if (!TERMINAL.test(bare) && count() <= 20 && !/\n/.test(t)) return { kind: 'heading' };
  return { kind: defaultKind };
}

/**
 * A dateline opening a story ("LONDON -", "LISBON (Reuters) -", "TOKYO (AP) —"):
 * returns its length so the parser can blank it out of the prose.
 */
export function datelineLength(text: string): number {
  // Up to two comma parts: "BOLZANO, Italy, June 17 (Transalpine Press) -", "PARIS, 15 May 2030 –".
  const m = /^\s*[A-Z][A-Z.'’ -]{1,30}?(?:,\s*(?:[A-Z][A-Za-z.]+(?:\s+\d{1,2})?|\d{1,2}\s+[A-Z][a-z]+\.?)(?:,?\s+\d{4})?){0,2}(?:\s*\([^)]{1,40}\))?\s*[-–—]+\s+/.exec(text);
  if (!m) return agencyDatelineLength(text) || placeDatelineLength(text);
  // "UN - " is a dateline only when the head is all capitals, not a name like "Mr Putin -".
  const head = m[0].split(/[,(]/)[0]!;
  return /[a-z]/.test(head) ? placeDatelineLength(text) : m[0].length;
}

/**
 * Datelines of South Asian wires and papers: "Mumbai, Jul 15 (PTI)" with no dash after the
 * agency, and "MUMBAI:" in capitals with a colon.
 */
function agencyDatelineLength(text: string): number {
  const agency = /^\s*\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s+\([A-Z][A-Za-z&-]{1,15}\)\s+/u.exec(text);
  if (agency) return agency[0].length;
  const colon = /^\s*([A-Z][A-Z'’ -]{2,30}):\s+(?=\p{Lu})/u.exec(text);
  return colon && isKnownPlace(titleCase(colon[1]!)) ? colon[0].length : 0;
}

/** "MUMBAI" → "Mumbai", "NEW DELHI" → "New Delhi". */
const titleCase = (name: string) => name.toLowerCase().replace(/(?:^|[\s-])\p{Ll}/gu, (c) => c.toUpperCase());

/** The town a dateline (as `datelineLength` measured it) is filed from, in ordinary case: "MUMBAI:" → "Mumbai". */
export function datelinePlace(dateline: string): string | undefined {
  const head = /^\s*(\p{L}[\p{L}.'’ -]*?)\s*[,:(–—-]/u.exec(dateline)?.[1];
  return head ? titleCase(head) : undefined;
}

/** A newspaper's dateline in ordinary case ("Ehrenburg – It was …"): only a place the gazetteer knows. */
function placeDatelineLength(text: string): number {
  const m = /^\s*(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,2})\s[–—-]\s+/u.exec(text);
  return m && isKnownPlace(m[1]!) ? m[0].length : 0;
}
