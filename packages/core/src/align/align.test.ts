import { describe, expect, it } from 'vitest';
import { doc, graphOf, seedDocuments } from '../test-support/documents.js';
import { compareWordings } from './wording.js';
import { nearlySameName } from './entities.js';
import { normaliseWording, wordsOf } from './normalise.js';
import { sameSense } from './senses.js';

describe('normalising wordings', () => {
  it('ignores case, quote characters, dashes and whitespace', () => {
    expect(normaliseWording('We did our best — and we “will”   do better')).toBe(normaliseWording('we did our best - and we "WILL" do better'));
  });

  it('drops editorial insertions and ellipses from the words', () => {
    expect(wordsOf('The owners [of the factory] must ... answer (for it)')).toEqual(['the', 'owners', 'must', 'answer']);
  });
});

describe('comparing wordings', () => {
  it('grades content, function-word and no difference', () => {
    expect(compareWordings('The water barely reached the town', 'The water hardly reached the town').difference).toBe('content');
    expect(compareWordings('We opened all of the shelters', 'We opened all the shelters').difference).toBe('function-words');
    expect(compareWordings("We can't stop now", 'We cannot stop now').difference).toBe('function-words');
    expect(compareWordings('We did our best — and more', 'we did our best - and MORE').difference).toBe('same');
    // An outlet's house spelling is not a change of words.
    expect(compareWordings('We have begun analysing the data from the centre', 'We have begun analyzing the data from the center').difference).toBe('same');
    expect(compareWordings('Crews travelled through the night', 'Crews traveled through the night').difference).toBe('same');
    expect(compareWordings('Four crews worked', 'For crews worked').difference).toBe('content');
  });

  it('compares an excerpt with the stretch it was cut from', () => {
    const c = compareWordings('eat the organs', 'people who kill their enemies and eat their internal organs in front of the cameras');
    expect(c.textB).toBe('eat their internal organs');
    expect(c.onlyB).toEqual(['their', 'internal']);
    expect(c.difference).toBe('content');
    expect(compareWordings('opened every shelter', 'We opened every shelter within two hours').difference).toBe('same');
  });

  it('compares two whole wordings that share only a phrase at opposite ends as wholes, in either order', () => {
    const a = 'In 2032, nobody should still be dying of cholera,';
    const b = 'No one should die of cholera in 2032.';
    expect(compareWordings(a, b).difference).toBe('content');
    expect(compareWordings(b, a).difference).toBe('content');
    expect(compareWordings(a, b).onlyA).toEqual(['in', '2032', 'nobody', 'still', 'be', 'dying']);
    // Two excerpts of one remark that overlap in a run of its words differ only where they overlap.
    const c = 'There are very big differences between us and who is to blame but where there is common ground is that we both see a humanitarian catastrophe';
    const d = 'Where there is common ground is we both see a humanitarian catastrophe, we both see the dangers of instability';
    expect(compareWordings(c, d).difference).toBe('function-words');
  });
});

describe('the news lexicon', () => {
  it('reads the words reporters swap for one happening as one sense', () => {
    expect(sameSense('blast', 'explosion')).toBe(true);
    expect(sameSense('jet', 'fly')).toBe(true);
    expect(sameSense('blast', 'fire')).toBe(false);
  });
});

describe('aligning documents', () => {
  it('merges one person across documents but not a namesake', () => {
    const g = graphOf(
      doc('a.txt', 'Finance Minister Ana Duarte spoke first.'),
      doc('b.txt', 'Ana Duarte, the minister, spoke. Her brother Rui Duarte listened.'),
    );
    const duartes = g.entities.filter((e) => e.canonical.endsWith('Duarte'));
    expect(duartes.map((e) => [e.canonical, e.members.length]).sort()).toEqual([
      ['Ana Duarte', 2],
      ['Rui Duarte', 1],
    ]);
  });

  it('merges a name a wire prints without its diacritics, and keeps a name one letter off apart from it', () => {
    const g = graphOf(
      doc('a.txt', 'Prime Minister Rastislav Hudák conceded defeat. Władysław Kołodziej, the speaker, read the result.'),
      doc('b.txt', 'Rastislav Hudak, the prime minister, conceded defeat. Wladyslaw Kolodziej read the result. Rastislav Hudek was absent.'),
    );
    const people = g.entities.filter((e) => e.type === 'person').map((e) => [e.canonical, e.members.length]);
    expect(people).toEqual(expect.arrayContaining([['Rastislav Hudák', 2], ['Władysław Kołodziej', 2], ['Rastislav Hudek', 1]]));
  });

  it('merges a Spanish name told without its second surname, but not two people who share a first name and a surname', () => {
    const g = graphOf(
      doc('a.txt', 'The Minister of Health, Carmen Lozano Ibarra, spoke first. Luis Ortega Ruiz, her deputy, followed.'),
      doc('b.txt', 'Health Minister Carmen Lozano spoke in Madrid. Luis Ortega Sanz, a doctor, listened.'),
    );
    const people = g.entities.filter((e) => e.type === 'person').map((e) => [e.canonical, e.members.length]);
    expect(people).toEqual(expect.arrayContaining([['Carmen Lozano Ibarra', 2], ['Luis Ortega Ruiz', 1], ['Luis Ortega Sanz', 1]]));
  });

  it('reads a name transliterated two ways or with its particle joined as one spelling slip, but not a hyphen for a space', () => {
    expect(nearlySameName('Rajeev Kumar Saxena', 'Rajiv Kumar Saxena')).toBe(true);
    expect(nearlySameName('Mahbub Chowdhury', 'Mahbub Choudhury')).toBe(true);
    expect(nearlySameName('Marta Etxeberria', 'Marta Echeverría')).toBe(true);
    expect(nearlySameName('Jan De Wulf', 'Jan Dewulf')).toBe(true);
    // English spellings of one sound: a vowel pair for a silent e.
    expect(nearlySameName('Kirsten Vail', 'Kirsten Vale')).toBe(true);
    expect(nearlySameName('Ross Blaine', 'Ross Blain')).toBe(true);
    expect(nearlySameName('Peter Stein', 'Peter Stan')).toBe(false);
    expect(nearlySameName('Place Jean-Macé', 'Place Jean Macé')).toBe(false);
    expect(nearlySameName('Rajiv Saxena', 'Ravi Saxena')).toBe(false);
    // An abbreviation's full stop is house style, not spelling.
    expect(nearlySameName('Corvane Motor Co', 'Corvane Motor Co.')).toBe(false);
    expect(nearlySameName('J. Smith Carter', 'J Smith Carter')).toBe(false);
    // A long surname's ending misheard, its first syllables alike; not two surnames that share a stem.
    expect(nearlySameName('Dan Hebblethwaite', 'Dan Hebblewhite')).toBe(true);
    expect(nearlySameName('Anna Hollingsworth', 'Anna Hollingshead')).toBe(false);
    // Romanised words do not count against the one slip; one word at least must be written alike.
    expect(nearlySameName('Mohammed Lamine Ould Dahy', 'Mohamed Lemine Ould Dahi')).toBe(true);
    expect(nearlySameName('Mohamed Ali', 'Muhammad Aly')).toBe(false);
    // A long given name with other vowels is a slip; shorter names that differ so are other names.
    expect(nearlySameName('Katherine Ashdown', 'Kathryn Ashdown')).toBe(true);
    expect(nearlySameName('Ali Hassan', 'Ali Hussein')).toBe(false);
  });

  it('gives one document its entities and no cross-document groups', () => {
    const g = graphOf(doc('a.txt', 'Finance Minister Ana Duarte spoke first. "We will cut the deficit," Duarte said. Duarte said the deficit fell to 3%.'));
    expect(g.entities.map((e) => [e.canonical, e.members.length])).toEqual([['Ana Duarte', 1]]);
    expect(g.entityOf.get('0:' + g.documents[0]!.entities[0]!.id)).toBe(g.entities[0]!.id);
    expect([g.quoteGroups, g.utterances, g.factGroups]).toEqual([[], [], []]);
  });

  it('groups reworded translations of one remark, and not two remarks on one topic', () => {
    const g = graphOf(
      doc('a.txt', '"We will rebuild every school before the winter," Minister Sofia Ramos said. "The budget is ready," she added.'),
      doc('b.txt', 'Minister Sofia Ramos said: "All the schools will be rebuilt before winter comes."'),
    );
    expect(g.quoteGroups.map((q) => q.members.map((m) => m.doc))).toEqual([[0, 1]]);
  });

  it('groups two translations in the same sentence shape when the speaker is the same', () => {
    const g = graphOf(
      doc('a.txt', '"The priority now is to reach the communities that are still cut off," Governor Rosa Quintana said.'),
      doc('b.txt', '"Our priority right now is reaching the villages that remain isolated," Governor Rosa Quintana told reporters.'),
      doc('c.txt', '"Our priority right now is reaching the villages that remain isolated," said Mayor Jorge Salas.'),
    );
    // The same shape from another speaker is not the same remark: that is for the attribution check.
    expect(g.quoteGroups.map((q) => q.members.map((m) => m.doc))).toEqual([[0, 1]]);
  });

  it('groups two translations of a remark in one sentence and in two (verdict / decision, "better served" / "serves … better")', () => {
    const g = graphOf(
      doc('wire.txt', '"I accept the verdict of the council, but I will not pretend that this region is better served by inaction," Governor Ivan Kral told reporters.'),
      doc('blog.txt', 'Governor Ivan Kral spoke after the vote. "I respect the decision of the council. But nobody will convince me that inaction serves Moravia better."'),
    );
    expect(g.quoteGroups.map((q) => q.members.map((m) => m.doc))).toEqual([[0, 1, 1]]);
  });

  it('groups two free translations of one remark by one speaker that share two senses, but not a draft\'s rewording', () => {
    const g = graphOf(
      doc('wire.txt', '"It is a small miracle that nobody was killed," provincial governor Martin Gasser told reporters.'),
      doc('paper.txt', 'Governor Martin Gasser went to the scene. "It borders on a miracle that no one lost their life," the governor said.'),
    );
    expect(g.quoteGroups.map((q) => q.members.map((m) => m.doc))).toEqual([[0, 1]]);
    const withDraft = graphOf(
      doc('wire.txt', '"It is a small miracle that nobody was killed," provincial governor Martin Gasser told reporters.'),
      doc('draft.md', 'Governor Martin Gasser said: "It borders on a miracle that no one lost their life."', {}, 'draft'),
    );
    expect(withDraft.quoteGroups).toEqual([]);
  });

  it('takes no short remark for a translation of a long transcript paragraph that happens to hold its few words', () => {
    const g = graphOf(
      doc(
        'transcript.txt',
        'GOVERNOR TATE: As of 10 o\'clock this morning we had 612,000 customers without power across the state. We have 41 shelters open with about 3,800 people in them. I have ordered a dusk-to-dawn curfew in Terrebonne and Lafourche parishes. And I want to thank the parish president and his people, who have not slept.',
      ),
      doc('tv.txt', 'Governor Lorraine Tate spoke to CNX. "We are going to have people in Terrebonne and Lafourche without power into October," Tate told the network.'),
    );
    expect(g.quoteGroups).toEqual([]);
  });

  it('counts a hyphenated name two remarks share as one word, not a run of three ("Pointe-aux-Chênes")', () => {
    const g = graphOf(
      doc('transcript.txt', 'GOVERNOR TATE: I flew over Terrebonne and Lafourche at first light, and there are communities down there, Dulac, Chauvin, Pointe-aux-Chênes, where I could not find a roof that was whole.'),
      doc('paper.txt', 'Governor Lorraine Tate acknowledged that "the water came over the levee at Pointe-aux-Chênes before daylight," but said the pumps had been running.'),
    );
    expect(g.quoteGroups).toEqual([]);
  });

  it('groups two translations of a remark that differ in a translator\'s synonyms (load / burden, common / ordinary)', () => {
    const g = graphOf(
      doc('wire.txt', 'Opposition MP Brian Onyango spoke in Swahili.\n\n"We will not accept this load. The common man cannot afford to pay any more," he said.'),
      doc('paper.txt', 'MP Brian Onyango addressed the crowd.\n\n‘We will not carry this burden. The ordinary mwananchi [citizen] cannot pay any more,’ he told them in Swahili.'),
    );
    // Sentence by sentence: each of the two sentences finds its counterpart.
    expect(g.quoteGroups.map((q) => q.members.map((m) => m.doc))).toEqual([[0, 1], [0, 1]]);
  });

  it('groups two translations of a minister\'s warning (strict / stern action, hide / hidden)', () => {
    const g = graphOf(
      doc('wire.txt', '"Whoever is found responsible for this negligence will face strict action. We will not hide anything," Endowments Minister V. Durga Prasad told reporters.'),
      doc('paper.txt', 'Endowments Minister V. Durga Prasad visited the injured. ‘Stern action will be taken against anyone found negligent. Nothing will be hidden from the people,’ the Minister said.'),
    );
    expect(g.quoteGroups.length).toBeGreaterThan(0);
    expect(g.quoteGroups.every((q) => q.members.map((m) => m.doc).join() === '0,1')).toBe(true);
  });

  it('does not cut a short excerpt from a remark that has its words out of order ("section by section")', () => {
    const g = graphOf(
      doc('a.txt', '"We will not restart them until every section of track has been checked," spokesperson Yuki Tanabe said.'),
      doc('b.txt', 'Spokesperson Yuki Tanabe said crews were checking the lines "section by section".', {}, 'draft'),
    );
    expect(g.quoteGroups).toEqual([]);
    const cut = graphOf(
      doc('a.txt', '"We will not restart them until every section of track has been checked," spokesperson Yuki Tanabe said.'),
      doc('b.txt', 'Spokesperson Yuki Tanabe said "every section of track" would be checked.', {}, 'draft'),
    );
    expect(cut.quoteGroups.map((q) => q.members.map((m) => m.doc))).toEqual([[0, 1]]);
  });

  it('gives no two speakers one utterance on a single shared word', () => {
    const g = graphOf(
      doc('a.txt', '"The driver shouted \'hold on\' just before we hit it," student Matteo Rinaldi said.'),
      doc('b.txt', '"No protective net in the world holds back a mudflow of that size," geologist Franziska Mair said. "There is nothing left," a farmer said.'),
      doc('c.txt', '"There is nothing left," said Ana Ruiz.'),
    );
    expect(g.utterances.map((u) => u.members.map((m) => `${m.doc}:${m.text}`))).toEqual([['1:There is nothing left,', '2:There is nothing left,']]);
  });

  it('groups a reworded excerpt with the sentence it was cut from', () => {
    const g = graphOf(
      doc('a.txt', 'Labour Minister Farid Hossain said the owners "must answer for each life lost".'),
      doc('b.txt', '"The owners must answer for every life," Labour Minister Farid Hossain said.'),
    );
    expect(g.quoteGroups.map((q) => q.members.map((m) => m.doc))).toEqual([[0, 1]]);
  });

  it('keeps apart two sentences of one speaker that share their shape but few content words', () => {
    const g = graphOf(
      doc('a.txt', '"We are not ready to discuss this budget today," Minister Sofia Ramos said.'),
      doc('b.txt', '"We are not going to accept this budget now," Minister Sofia Ramos said.'),
    );
    expect(g.quoteGroups).toEqual([]);
  });

  it('keeps apart two sentences of one speaker that merely open alike', () => {
    const g = graphOf(
      doc('a.txt', '"Every time, workers pay with their lives," union leader Nazma Begum said.'),
      doc('b.txt', '"Every time, we hear promises," union leader Nazma Begum said.'),
    );
    expect(g.quoteGroups).toEqual([]);
  });

  it('groups statements of one fact told in different words by sense', () => {
    const g = graphOf(
      doc('a.txt', 'At least 12 people were killed in the blaze.'),
      doc('b.txt', 'The death toll stood at 12, officials said.'),
    );
    expect(g.factGroups.map((f) => f.members.map((m) => m.doc).sort())).toEqual([[0, 1]]);
  });

  it('finds the four quote groups of the seeds', () => {
    const g = graphOf(...seedDocuments());
    const groups = g.quoteGroups.map((q) => [...new Set(q.members.map((m) => m.doc))].sort().join(''));
    const organs = g.quoteGroups.find((q) => q.members.some((m) => /organs/.test(m.text)));
    expect(new Set(organs?.members.map((m) => m.doc))).toEqual(new Set([0, 1, 2]));
    expect(g.quoteGroups.some((q) => q.members.some((m) => /humanitarian values/.test(m.text)) && q.members.some((m) => m.doc === 1))).toBe(true);
    expect(g.quoteGroups.some((q) => q.members.some((m) => /blood on their hands/.test(m.text)) && q.members.some((m) => m.doc === 2))).toBe(true);
    expect(g.quoteGroups.some((q) => q.members.some((m) => m.doc === 1 && /common ground/.test(m.text)) && q.members.some((m) => m.doc === 2 && /common ground/.test(m.text)))).toBe(true);
    expect(groups.length).toBeGreaterThanOrEqual(4);
  });
});
