import { describe, expect, it } from 'vitest';
import { doc, graphOf, quotesOf } from '../test-support/documents.js';
import { namesCompatible } from './entities.js';

const entities = (text: string) => graphOf(doc('a.txt', text)).documents[0]!.entities;
/** Each quote's first 24 characters and its speaker, in a document of the given paragraphs. */
const speakers = (lines: string[]) => quotesOf(graphOf(doc('a.txt', lines.join('\n\n') + '\n'))).map(([text, speaker]) => [text.slice(0, 24), speaker]);

describe('names', () => {
  it('takes a firm\'s name without its trade word for the firm ("Primeview said" after "Primeview Bank"), not for another body that shares the word ("the Primeview Customers Forum")', () => {
    expect(speakers(['Primeview Bank froze the accounts on Monday. The Primeview Customers Forum said members were angry.', '"We are studying it with our lawyers," Primeview said.'])).toEqual([['We are studying it with ', 'Primeview Bank']]);
  });

  it('gives a bare surname two people share to the one the other outlets name too, not to the relative only this story names ("Peggy Adeyemi" / "Folasade Adeyemi")', () => {
    const g = graphOf(
      doc('local.txt', [
        'Peggy Adeyemi barely moved from her seat as senators questioned her daughter, Folasade Adeyemi, the nominee.',
        '',
        '"She was the kid who came home with a blue ribbon," Peggy Adeyemi said.',
        '',
        '"Public lands belong to every American, not to whoever shouts the loudest," Adeyemi said.',
      ].join('\n')),
      doc('wire.txt', 'Folasade Adeyemi, the nominee for Interior secretary, faced five hours of questions.\n'),
      doc('release.md', 'Senator Whitcomb questioned Folasade Adeyemi on the leases.\n'),
    );
    expect(quotesOf(g).map(([, speaker]) => speaker)).toEqual(['Peggy Adeyemi', 'Folasade Adeyemi']);
  });

  it('matches an Arabic name cut after a father\'s name to the full one ("Khalid bin Mansour" / "Khalid bin Mansour bin Abdulaziz Al Saud"), not to another father\'s son', () => {
    expect(namesCompatible('Khalid bin Mansour', 'Khalid bin Mansour bin Abdulaziz Al Saud')).toBe(true);
    expect(namesCompatible('Khalid bin Salman', 'Khalid bin Mansour bin Abdulaziz Al Saud')).toBe(false);
  });

  it('matches short forms, initials and acronyms, but not other people who share a surname', () => {
    expect(namesCompatible('Vladimir Putin', 'Putin')).toBe(true);
    expect(namesCompatible('Vladimir Putin', 'V. Putin')).toBe(true);
    expect(namesCompatible('Swiss National Bank', 'SNB')).toBe(true);
    expect(namesCompatible('Ana Duarte', 'Rui Duarte')).toBe(false);
    // Korean order: family name first, hyphenated given name.
    expect(namesCompatible('Kim Seo-yeon', 'Kim')).toBe(true);
    expect(namesCompatible('Kim Seo-yeon', 'Kim Dong-hyun')).toBe(false);
    expect(namesCompatible('Kim Seo-yeon', 'Seo-yeon')).toBe(false);
    // A name with a leading initial or a surname before it, written without them.
    expect(namesCompatible('V. Durga Prasad', 'Durga Prasad')).toBe(true);
    expect(namesCompatible('Gali Venkata Rao', 'Venkata Rao')).toBe(true);
    expect(namesCompatible('Gali Venkata Rao', 'Suresh Rao')).toBe(false);
    // A Spanish name: given name, father's surname, mother's surname.
    expect(namesCompatible('Verónica Saavedra Lagos', 'Saavedra')).toBe(true);
    expect(namesCompatible('Verónica Saavedra Lagos', 'Lagos')).toBe(true);
    expect(namesCompatible('Verónica Saavedra Lagos', 'Verónica')).toBe(false);
    // Japanese order in one paper, Western in another.
    expect(namesCompatible('Hayashi Noboru', 'Noboru Hayashi')).toBe(true);
    expect(namesCompatible('Hayashi Noboru', 'Noboru Tanaka')).toBe(false);
    // A company with or without its corporate tail; another body that extends the name is another.
    expect(namesCompatible('Hokkaido Electric', 'Hokkaido Electric Power Co.')).toBe(true);
    expect(namesCompatible('Manchester United', 'Manchester United Supporters Trust')).toBe(false);
  });
});

describe('entities in one document', () => {
  it('gathers the name, its titles and nationality from an appositive title', () => {
    const [putin] = entities('Russian President Vladimir Putin arrived late. Mr Putin said little.');
    expect(putin).toMatchObject({ canonical: 'Vladimir Putin', type: 'person', nationality: 'Russia' });
    expect(putin!.titles).toEqual(expect.arrayContaining(['President', 'Mr']));
    expect(putin!.aliases).toEqual(expect.arrayContaining(['Vladimir Putin', 'Putin']));
    expect(putin!.mentions).toHaveLength(2);
  });

  it('gives a title set beside a name between commas to that person, not to a guess from other outlets', () => {
    const [other, brazil] = graphOf(
      doc('a.txt', "Brazil's foreign minister Marina Lopez spoke of a new chapter.\n"),
      doc('b.txt', "Brazil's foreign minister, Marina Lopes, described the agreement as a new chapter.\n"),
    ).documents;
    const people = brazil!.entities.filter((e) => e.type === 'person');
    expect(people.map((e) => [e.canonical, e.titles])).toEqual([['Marina Lopes', ['foreign minister']]]);
    expect(other!.entities.filter((e) => e.type === 'person').map((e) => e.canonical)).toEqual(['Marina Lopez']);
  });

  it('keeps two people with one surname apart', () => {
    const es = entities('Finance Minister Ana Duarte met her brother Rui Duarte. Ana Duarte later left.');
    expect(es.filter((e) => e.canonical.endsWith('Duarte')).map((e) => e.canonical).sort()).toEqual(['Ana Duarte', 'Rui Duarte']);
  });

  it('reads sports titles before a name ("Skipper Tom Larkins", "third umpire")', () => {
    const [e] = entities('Skipper Tom Larkins defended his player. Larkins said little else.');
    expect(e).toMatchObject({ canonical: 'Tom Larkins', titles: ['Skipper'] });
  });

  it('learns titles it has no list for from their head word', () => {
    const [e] = entities('Labour Minister Nasreen Jahan visited the site.');
    expect(e).toMatchObject({ canonical: 'Nasreen Jahan', titles: ['Labour Minister'] });
  });

  it('types countries and landmarks as places, even when they speak', () => {
    const es = entities('Washington said on Monday that Downing Street had been told.');
    expect(es.map((e) => [e.canonical, e.type])).toEqual(
      expect.arrayContaining([
        ['Washington', 'place'],
        ['Downing Street', 'place'],
      ]),
    );
  });
});

describe('speakers', () => {
  const speakerOf = (text: string) => {
    const d = graphOf(doc('a.txt', text)).documents[0]!;
    const names = new Map(d.entities.map((e) => [e.id, e.canonical]));
    return d.quotes.map((q) => (q.speaker ? names.get(q.speaker) : null));
  };

  it('reads the sources by what the sources say: a draft\'s wrong title ("Deputy Health Minister") does not make "the Minister" someone else', () => {
    const source = doc(
      'ministry.txt',
      'Health Minister Helena Macuácua was accompanied by the National Director of Public Health, Lourenço Nhantumbo.\n\n"We have enough beds for the moment," said Nhantumbo.\n\n"The situation is serious but under control," said the Minister.\n',
    );
    const draft = doc('draft.md', 'Deputy Health Minister Lourenço Nhantumbo said the beds were enough.\n', {}, 'draft');
    const d = graphOf(source, draft).documents[0]!;
    const names = new Map(d.entities.map((e) => [e.id, e.canonical]));
    expect(d.quotes.map((q) => (q.speaker ? names.get(q.speaker) : null))).toEqual(['Lourenço Nhantumbo', 'Helena Macuácua']);
  });

  it('reads a trade before a name ("Singer Kieran Mulhall", "Taoiseach Eamon Cullinane") as no part of it, and lends no trade to another outlet\'s "the singer"', () => {
    const g = graphOf(
      doc('tabloid.txt', 'Singer Kieran Mulhall posted: "She took a chance on a young lad from Dundalk." Taoiseach Eamon Cullinane said she was "a national treasure".\n'),
      doc('family.txt', 'It is with great sadness that we announce the death of the singer and songwriter Orla Devane. She died at home.\n'),
    );
    const names = (d: number) => g.documents[d]!.entities.filter((e) => e.type === 'person').map((e) => e.canonical);
    expect(names(0)).toEqual(expect.arrayContaining(['Kieran Mulhall', 'Eamon Cullinane']));
    expect(names(1)).not.toContain('Kieran Mulhall');
  });

  it('resolves "the Russian leader" by nationality, not recency', () => {
    expect(
      speakerOf(
        'President Vladimir Putin met Russian officials. Later he met US President Barack Obama. "We disagree," the Russian leader said.',
      ),
    ).toEqual(['Vladimir Putin']);
  });

  it('resolves she and he by the first name', () => {
    expect(speakerOf('Agnieszka Nowak met her cousin Tomasz Nowak at the court. "I cannot forgive them," she said.')).toEqual(['Agnieszka Nowak']);
  });

  it('gives a subheading-free quote paragraph to the person the narrative just named', () => {
    expect(
      speakerOf(['"The vote was fair," said Lisa Park.', '', 'At the count, Mayor Claire Beaudoin thanked her staff.', '', '"I will be everyone\'s mayor."'].join('\n')),
    ).toEqual(['Lisa Park', 'Claire Beaudoin']);
  });

  it('gives "she said" to the person an inverted "was" brings in with her age, not to the last subject', () => {
    const text = [
      'Nadia Fairclough won the seat. "I know what it means," she said.',
      '',
      'Among the residents who stayed up at the count was Pauline Briggs, 67, a retired school cook.',
      '',
      '"I\'ve voted Conservative all my life," she said.',
    ].join('\n');
    expect(speakerOf(text)).toEqual(['Nadia Fairclough', 'Pauline Briggs']);
  });

  it('gives "she said" to the person a closing reporting clause names ("…, X told Kilele FM.")', () => {
    const text = [
      'Commander Caroline Atieno said most of them would be charged.',
      '',
      'The hospital has received 38 injured people, hospital spokesperson Faith Mwende told Kilele FM. She said most of them had "breathing difficulties from teargas".',
    ].join('\n');
    expect(speakerOf(text)).toEqual(['Faith Mwende']);
  });

  it('reads an abbreviated office before a given name, and the office\'s initials as its holder', () => {
    expect(speakerOf('Treasury CS Joseph Rono defended the levy. He called it "painful but necessary".')).toEqual(['Joseph Rono']);
    expect(
      speakerOf('Inspector-General of Police Hassan Abdi Noor spoke at the scene. The IG also said officers who used force "will be investigated".'),
    ).toEqual(['Hassan Abdi Noor']);
  });

  it('finds the subject after an opening place ("In Sophiatown, Bongani Nkosi, 52, said") and after a role in a phrase ("leader in council Riaan Pretorius")', () => {
    const text = [
      'Minister Sizwe Dlamini said the city must own it.',
      '',
      'In Sophiatown, Bongani Nkosi, 52, said he had been queuing since dawn.',
      '',
      '‘We wake up before the sun,’ he said.',
      '',
      'Opposition leader in council Riaan Pretorius accused the coalition of ignoring warnings.',
      '',
      '‘This council was warned again and again,’ he said.',
    ].join('\n');
    expect(speakerOf(text)).toEqual(['Bongani Nkosi', 'Riaan Pretorius']);
  });

  it('reads a portfolio after "for" as part of the office ("MMC for Environment and Infrastructure Services Thandeka Mokoena")', () => {
    expect(speakerOf('Cllr Thandeka Mokoena arrived late.\n\nMMC for Environment and Infrastructure Services Thandeka Mokoena told the sitting that the city would ‘not stand down until every tap is running again’.')).toEqual(['Thandeka Mokoena']);
  });

  it('reads a plural office before the first of a list of names', () => {
    expect(speakerOf('Council Members Gabriela Ortiz, Anh Tran and Curtis Hollins voted yes. "I have never once voted to raise taxes," Ortiz said.')).toEqual(['Gabriela Ortiz']);
  });

  it('separates a body\'s name from its officer\'s run into it', () => {
    expect(speakerOf('Cabinet Secretary for the National Treasury Joseph Kiprotich Rono said the levy stays. "It is painful but necessary," Mr Rono said.')).toEqual(['Joseph Kiprotich Rono']);
  });

  it('reads a one-word name given an age as someone, and learns their gender from their own sentence', () => {
    const text = [
      'Vulcanological Survey head Rina Kusumawardhani said the dome had collapsed.',
      '',
      'At a school in Wukirsari, families sit on mats. Ngatinem, 64, fled with her grandchildren as the ash came down.',
      '',
      '"I heard a roar like a train," she said.',
    ].join('\n');
    expect(speakerOf(text)).toEqual(['Ngatinem']);
  });

  it('reads an office\'s head word between a body and a name ("BNPB head Hartanto"), and a mountain as no one', () => {
    const text = 'Mount Merapi erupted again.\n\nBNPB head Hartanto says two people have died. He said the agency "will not hesitate to widen the danger zone".';
    expect(speakerOf(text)).toEqual(['Hartanto']);
  });

  it('reads "the Northern Irishman" as a description of the man in focus', () => {
    const text = 'Aidan Corrigan told reporters the deal was done.\n\nAsked how close it came to collapsing, the Northern Irishman smiled. "I won\'t pretend I slept much," he said.';
    expect(speakerOf(text)).toEqual(['Aidan Corrigan']);
  });

  it('reads "the Swede" in a cue after a quote as a description of the man in focus', () => {
    const text = 'Caldermoor manager Stefan Lindqvist praised his players.\n\n"I have not seen it again, so I will not say more than that," the Swede said.';
    expect(speakerOf(text)).toEqual(['Stefan Lindqvist']);
  });

  it('keeps a portfolio joined by "and" before the office ("Water and Sanitation Minister")', () => {
    const [e] = entities('Water and Sanitation Minister Sizwe Dlamini was scathing.');
    expect(e).toMatchObject({ canonical: 'Sizwe Dlamini', titles: ['Water and Sanitation Minister'] });
  });

  it('lets a paragraph\'s one person outweigh a gender guessed from a given name', () => {
    const text = [
      'Noboru Hayashi, 71, a retired fisherman, described the climb: "We walked up the hill."',
      '',
      'Rail spokesperson Yuki Tanabe said trains would stay halted. He said crews were checking the lines "section by section".',
    ].join('\n');
    expect(speakerOf(text)).toEqual(['Noboru Hayashi', 'Yuki Tanabe']);
  });

  it('gives an unnamed spokesperson\'s words to the body, and an indefinite description to no one before', () => {
    expect(speakerOf('Shinkansen services resumed at 9:20 a.m.\n\nA JR Hokkaido spokesperson said crews were walking the tracks "section by section".')).toEqual(['JR Hokkaido']);
    expect(speakerOf('Mayor Jon Ek spoke first.\n\n"We are ready for the next one," a Swedish official said.')).toEqual([null]);
  });

  it('does not give a party that opens "Conservative leader Helen Carr" the leader\'s quote', () => {
    const text = 'Conservative MPs were stunned. The Conservative majority was gone.\n\nConservative leader Helen Carr called the outcome a "disappointing result".';
    expect(speakerOf(text)).toEqual(['Helen Carr']);
  });

  it('uses other documents to resolve a title the document never ties to a name', () => {
    const g = graphOf(
      doc('a.txt', 'British Prime Minister David Cameron met the press.'),
      doc('b.txt', 'The Prime Minister insisted the talks "went well".'),
    );
    const d = g.documents[1]!;
    expect(d.entities.find((e) => e.id === d.quotes[0]!.speaker)?.canonical).toBe('David Cameron');
  });
});

describe('nicknames', () => {
  it('reads a tabloid\'s epithet with an age ("The Granada Greyhound, 27,") as the person the story opened on, and "Big Sam" as Samuel Okafor-Reid', () => {
    const g = graphOf(
      doc(
        'a.txt',
        [
          'DRUGS cheat Ruben Castillo\'s bid to blame a dodgy burger was thrown out yesterday, handing Brit star Samuel Okafor-Reid the medal.',
          '',
          'The Granada Greyhound, 27, tested positive at a camp in Spain.',
          '',
          'But the Granada Greyhound refused to go quietly, vowing: “This is not the end.”',
          '',
          'For Big Sam, who finished fourth, the news came by phone. “I found out in a car park,” he said.',
        ].join('\n'),
      ),
    );
    expect(quotesOf(g).map(([text, speaker]) => [text, speaker])).toEqual([
      ['This is not the end.', 'Ruben Castillo'],
      ['I found out in a car park,', 'Samuel Okafor-Reid'],
    ]);
    const names = g.documents[0]!.entities.map((e) => e.canonical);
    expect(names).not.toContain('Granada Greyhound');
    expect(names).not.toContain('Big Sam');
  });

  it('leaves a band and a name with an article alone ("the Rolling Stones, 60,")', () => {
    const g = graphOf(doc('a.txt', 'Mick Jagger arrived first. The Rolling Stones, 60, played for two hours. “It was loud,” said fan Ana Ruiz.\n'));
    expect(g.documents[0]!.entities.find((e) => e.canonical === 'Mick Jagger')!.aliases).not.toContain('Rolling Stones');
  });
});

describe('offices in translated official releases', () => {
  it('gives an office "of" a body, set beside a name, to that name; "the Executive Secretary" is the office, not a person called Secretary', () => {
    expect(
      speakers([
        'The President of the Republic, Ana Lucía Ferreyra Salas, signed the decree on Monday.',
        'The Executive Secretary of the National Disaster Coordinator (CONADE), Tomás Ibarra Quiroga, reported 12 deaths.',
        '"The next 48 hours are decisive," stated the Executive Secretary.',
        '"Our crews are digging by hand," he added.',
      ]),
    ).toEqual([
      ['The next 48 hours are de', 'Tomás Ibarra Quiroga'],
      ['Our crews are digging by', 'Tomás Ibarra Quiroga'],
    ]);
  });

  it('reads a portfolio joined by "and" to its end when a name stands beside it ("the Minister of Public Health and Social Assistance, …")', () => {
    expect(
      speakers([
        'Tomás Ibarra Quiroga reported 12 deaths.',
        'For his part, the Minister of Public Health and Social Assistance, Gerardo Villatoro Paz, said the hospital was full.',
        '"No patient will be left without care," the Minister declared.',
      ]),
    ).toEqual([['No patient will be left ', 'Gerardo Villatoro Paz']]);
    // A portfolio word no list holds ("Wellbeing") ends the office all the same.
    expect(
      speakers([
        'Tomás Ibarra Quiroga reported 12 deaths.',
        'The Minister of Labour and Rural Wellbeing, Gerardo Villatoro Paz, said the roads were shut.',
        '"No road will stay closed," the Minister declared.',
      ]),
    ).toEqual([['No road will stay closed', 'Gerardo Villatoro Paz']]);
  });

  it('takes the subject of a sentence ending in a colon, with its office\'s "of" phrase, as who speaks next; "the Head of State" is the president', () => {
    expect(
      speakers([
        'The President of the Republic, Ana Lucía Ferreyra Salas, signed the decree on Monday.',
        '"Our crews are digging by hand," said Tomás Ibarra Quiroga.',
        'After flying over the zone, the President of the Republic addressed the nation from the palace:',
        '"We will not rest until the last family is safe."',
        '"This country has risen before," affirmed the Head of State.',
      ]),
    ).toEqual([
      ['Our crews are digging by', 'Tomás Ibarra Quiroga'],
      ['We will not rest until t', 'Ana Lucía Ferreyra Salas'],
      ['This country has risen b', 'Ana Lucía Ferreyra Salas'],
    ]);
  });

  it('reads "the rescue chief" as the head of something, not the head of state', () => {
    expect(
      speakers([
        'President Ana Ferreyra told reporters the town was gone.',
        'Tomás Ibarra, who heads the disaster agency, said 1,200 rescuers had been sent.',
        '"The next 72 hours are critical," the rescue chief added.',
        '"We will rise again," the Guatemalan leader said.',
      ]),
    ).toEqual([
      ['The next 72 hours are cr', 'Tomás Ibarra'],
      ['We will rise again,', 'Ana Ferreyra'],
    ]);
  });

  it('gives no "he" to a club or a service ("Kelmouth Town", "Municipal Firefighters")', () => {
    expect(
      speakers([
        'Manager Dougie Renwick watched Kelmouth Town lose on penalties.',
        'The Scot said he had no complaints. "Penalties are a lottery," he said.',
        'Crews from the Municipal Firefighters joined the search.',
        '"We found two more," he said.',
      ]),
    ).toEqual([
      ['Penalties are a lottery,', 'Dougie Renwick'],
      ['We found two more,', 'Dougie Renwick'],
    ]);
  });

  it('finds a Spanish name of two given names and two surnames by its first surname ("Castaño" for Hernán Darío Castaño Ruiz)', () => {
    expect(namesCompatible('Hernán Darío Castaño Ruiz', 'Castaño')).toBe(true);
    expect(namesCompatible('Hernán Darío Castaño Ruiz', 'Ruiz')).toBe(true);
    expect(namesCompatible('Hernán Darío Castaño Ruiz', 'Darío')).toBe(false);
  });
});

describe('offices and names in a row', () => {
  it('ends a mention at "and" after an office\'s holder ("Industry Minister Junichiro Ohashi and Resources Minister Claire Whitford")', () => {
    const names = entities('The deal was signed by Economy, Trade and Industry Minister Junichiro Ohashi and Australian Resources Minister Claire Whitford.\n').map((e) => [e.canonical, e.titles]);
    expect(names).toEqual(expect.arrayContaining([['Junichiro Ohashi', ['Trade and Industry Minister']], ['Claire Whitford', ['Resources Minister']]]));
  });

  it('reads a name in apposition inside a ", who …," clause as the clause\'s, not the speaker', () => {
    expect(speakers(['Claire Whitford, who signed alongside Japan’s Economy, Trade and Industry Minister, Junichiro Ohashi, said the deal was bankable: “This gives refiners certainty.”'])).toEqual([['This gives refiners cert', 'Claire Whitford']]);
  });
});

describe('places and transcripts', () => {
  it('gives no "he" to a name the document reads as a place ("Pine Hollow, he said, “…”")', () => {
    expect(
      speakers([
        'Sheriff Raymond Tolliver said about 4,800 residents remain under evacuation orders in Pine Hollow, eastern Cedar Flat and along Dutchman Creek.',
        'Pine Hollow, he said, "took the worst of it," and nobody will be let back in "until it is safe to go back in."',
      ]),
    ).toEqual([
      ['took the worst of it,', 'Raymond Tolliver'],
      ['until it is safe to go b', 'Raymond Tolliver'],
    ]);
  });

  it('runs a turn on over its unlabelled paragraphs in a document that calls itself a transcript', () => {
    expect(
      speakers([
        'DUTCHMAN FIRE NEWS CONFERENCE',
        'Partial Transcript',
        'Editor\'s note: Speakers were Sheriff Raymond Tolliver, Fire Chief Lena Marchetti and Supervisor Alicia Brandt.',
        'SHERIFF TOLLIVER: Good morning. I am Raymond Tolliver, sheriff of Alder County.',
        'Our deputies were knocking on doors in Pine Hollow at two in the morning.',
        'Pine Hollow took the worst of it. We are not letting anybody back in yet.',
        'Highway 88 is closed and will stay closed. Chief.',
        'FIRE CHIEF MARCHETTI: Thank you, Sheriff. The fire was reported at 2:14 yesterday.',
        'We have confirmed 31 structures destroyed, most of them homes in Pine Hollow.',
        'The wind is running this fire, not us.',
        'SUPERVISOR BRANDT: Thank you, Chief. The board met at 8 this morning.',
      ]),
    ).toEqual([
      ['Good morning. I am Raymo', 'Raymond Tolliver'],
      ['Our deputies were knocki', 'Raymond Tolliver'],
      ['Pine Hollow took the wor', 'Raymond Tolliver'],
      ['Highway 88 is closed and', 'Raymond Tolliver'],
      ['Thank you, Sheriff. The ', 'Lena Marchetti'],
      ['We have confirmed 31 str', 'Lena Marchetti'],
      ['The wind is running this', 'Lena Marchetti'],
      ['Thank you, Chief. The bo', 'Alicia Brandt'],
    ]);
  });
});

describe('cues that name the speaker by a colon or by two offices', () => {
  it('reads "WHO\'s representative in Guinea, Hélène Mbaye, told" as Mbaye\'s cue, and "the supply of arms to the \'legitimate\' government of President Assad, insisting" as none', () => {
    expect(
      speakers([
        'The World Health Organization released $2.5 million from its fund.',
        '"The speed of this response is encouraging," WHO\'s representative in Guinea, Hélène Mbaye, told the briefing.',
        'Vladimir Putin also defended the supply of arms to the "legitimate" government of President Assad, insisting Russia acted within the law.',
      ]),
    ).toEqual([
      ['The speed of this respon', 'Hélène Mbaye'],
      ['legitimate', 'Vladimir Putin'],
    ]);
  });

  it('reads "Chair and CEO Harriet Lindqvist said" as one person with both offices', () => {
    expect(speakers(['"The second quarter was more difficult than we expected," Chair and CEO Harriet Lindqvist said in a statement.'])).toEqual([['The second quarter was m', 'Harriet Lindqvist']]);
  });

  it('gives a quote after "he was emphatic:" to him, but not one after "Videos … appeared to show … to tell the crowd:" to the videos', () => {
    expect(
      speakers([
        'Lindqvist spoke first. CFO Anand Raghunathan made the point. Asked about prices, he was emphatic: "Pricing held up. Volume is the problem."',
        'Videos shared on social media appeared to show the band\'s singer, Maddie Keane, stopping to tell the crowd: "Everybody take a step back."',
      ]),
    ).toEqual([
      ['Pricing held up. Volume ', 'Anand Raghunathan'],
      ['Everybody take a step ba', 'Maddie Keane'],
    ]);
    // The colon's clause is the cue, not the speaker in focus before it.
    const q = graphOf(doc('a.txt', 'Asked about prices, he was emphatic: "Pricing held up. Volume is the problem."\n')).documents[0]!.quotes[0]!;
    expect(q.cue?.kind).toBe('before');
    expect(q.speakerMention?.pronoun).toBe('he');
  });
});

describe('interviews set out as questions and answers', () => {
  it('gives an answer labelled with initials ("NH:") to the one person named with them, and reads a team sheet as no one\'s words', () => {
    const g = graphOf(
      doc(
        'a.txt',
        [
          'Niall Hennessy spoke to AthleticTV after lifting the trophy.',
          '',
          'Q: How does it feel?',
          '',
          'NH: It\'s the best day of my life in football, and I\'ve had some good ones.',
          '',
          'ATHLETIC: Novotný; Ferrier, Colquhoun (c), Achterberg, Lowther; Banks, Pacheco, Mulvey; Brandão, Sinclair, Okonjo.',
        ].join('\n'),
      ),
    );
    expect(quotesOf(g).map(([text, speaker]) => [text.slice(0, 28), speaker])).toEqual([['It\'s the best day of my life', 'Niall Hennessy']]);
  });
});

describe('who speaks a quote with no cue of its own', () => {
  it('gives a quote paragraph to the one a paragraph just before reports in indirect speech, not to the speaker before that', () => {
    expect(
      speakers([
        'Judge Marian Holloway told him: “You were trusted with other people’s savings.”',
        'In mitigation, Owen Pryce said his client had been “drowning in debts” by 2024.',
        '“He knows nothing he says can undo the harm,” Mr Pryce said.',
        'Passing sentence, the judge said the guilty pleas could not outweigh the breach of trust.',
        '“This was not a moment of madness. It was a cynical fraud.',
        '“You covered your tracks at every turn,” she said.',
      ]),
    ).toEqual([
      ['You were trusted with ot', 'Marian Holloway'],
      ['drowning in debts', 'Owen Pryce'],
      ['He knows nothing he says', 'Owen Pryce'],
      ['This was not a moment of', 'Marian Holloway'],
      ['You covered your tracks ', 'Marian Holloway'],
    ]);
  });

  it('gives the fragments of one sentence to the speaker the first found ("said he had been “…” and had “…”")', () => {
    expect(speakers(['His barrister, Owen Pryce, said he had been “drowning in gambling debts” and had “lost his career, his marriage and his good name”.'])).toEqual([
      ['drowning in gambling deb', 'Owen Pryce'],
      ['lost his career, his mar', 'Owen Pryce'],
    ]);
  });

  it('gives "A spokesperson said" right after a body\'s statement to the body', () => {
    expect(
      speakers([
        'Professor Graham Ashdown said doctors had long worried about the drugs.',
        'The Medicines Safety Agency said it would examine the study. A spokesperson said: "Patients should not stop taking any prescribed medicine."',
      ]),
    ).toEqual([['Patients should not stop', 'Medicines Safety Agency']]);
  });

  it('gives the opening paragraphs of a quote run over paragraphs to the one its closing cue names', () => {
    expect(
      speakers([
        'Daniel Ferrand, the Bank\'s chief economist, said growth would slow next year.',
        'Not everyone is persuaded that one rise will be the last.',
        '“The question now is not whether the Bank goes again, but when.',
        '“What the Bank has bought is some credibility,” said Priya Natarajan, chief economist at Harcourt Lane Capital.',
      ]),
    ).toEqual([
      ['The question now is not ', 'Priya Natarajan'],
      ['What the Bank has bought', 'Priya Natarajan'],
    ]);
  });

  it('reads a US lawmaker\'s party and state after the name ("Dana Whitfield, D-N.Y., said") as no name, and "the Ohio Republican" as the lawmaker so labelled', () => {
    expect(
      speakers([
        '"We kept the lights on," Senate Majority Leader Dana Whitfield, D-N.Y., said after the vote.',
        'Sen. Ruth Ames, D-St. Louis, told colleagues the bill "gets worse every time I read it."',
        'Sen. Curtis Albrecht (R-Ohio) voted yes. Sen. Lena Ortiz, D-Ariz., voted no.',
        '"My state needed the money," the Ohio Republican said. "This bill is a mess," the Arizona Democrat said.',
      ]),
    ).toEqual([
      ['We kept the lights on,', 'Dana Whitfield'],
      ['gets worse every time I ', 'Ruth Ames'],
      ['My state needed the mone', 'Curtis Albrecht'],
      ['This bill is a mess,', 'Lena Ortiz'],
    ]);
  });

  it('gives "she said" to the woman just named, not to a counted group ("Six Democrats") her clause names', () => {
    expect(
      speakers([
        'Six Democrats joined the majority in the vote.',
        'Minority Leader Ruth Ashby, R-Kan., who voted no, said Democrats would regret it. "This was written in the dark," she said.',
      ]),
    ).toEqual([['This was written in the ', 'Ruth Ashby']]);
  });

  it('reads a live page\'s bold lead-in ("**Ashby:** “…”", "**Ashby, on the delay:**") as the speaker when the page names her in full', () => {
    expect(
      speakers([
        'Minority Leader Ruth Ashby spoke after the roll call.',
        '**Ashby:** "We lost tonight, and we will be back."',
        'Majority Leader Dana Whitfield closed the debate.',
        '**Whitfield, on the delay:** "Stalling is not a strategy."',
        '**Inflation:** "It is too high."',
      ]),
    ).toEqual([
      ['We lost tonight, and we ', 'Ruth Ashby'],
      ['Stalling is not a strate', 'Dana Whitfield'],
      ['It is too high.', 'Dana Whitfield'],
    ]);
  });

  it('reads capitalised words ending in an office after a name ("Supt Ann Marsh, Wakefield District Commander, said") as the office, not a second name', () => {
    expect(speakers(['Superintendent Ann Marsh, Wakefield District Commander, said: "Nobody should have been hurt."'])).toEqual([['Nobody should have been ', 'Ann Marsh']]);
  });

  it('gives a partial quote to the subject of the reporting verb nearest it, also across "and" ("She said singer X … told the crowd to “…”")', () => {
    expect(
      speakers([
        'Emma Lowry, 19, was at the barrier. She said drummer Kit Salas eventually saw the crush, stopped playing and told the crowd to "move back slowly".',
        'The gates opened late, according to police, but the band played on until 21:40, when singer Rosa Imrie stopped the show and asked fans to "look after each other".',
        'Harold Penn, who told Joan Ferris on Monday about the plan, said it was "a total shambles".',
      ]),
    ).toEqual([
      ['move back slowly', 'Kit Salas'],
      ['look after each other', 'Rosa Imrie'],
      ['a total shambles', 'Harold Penn'],
    ]);
  });

  it('reads a firm\'s name before an office as whose office it is, and joins it by "and" to the office beside the name ("Coralline Managing Director and Chief Executive Officer, Mr Ivo Brandt, said")', () => {
    const g = graphOf(doc('a.txt', 'Coralline Managing Director and Chief Executive Officer, Mr Ivo Brandt, said: "We are not for sale."\n\nManaging Director and CEO Jane Ro said: "Nor are we."\n'));
    expect(quotesOf(g).map(([text, speaker]) => [text.slice(0, 12), speaker])).toEqual([
      ['We are not f', 'Ivo Brandt'],
      ['Nor are we.', 'Jane Ro'],
    ]);
    expect(g.documents[0]!.entities.find((e) => e.canonical === 'Ivo Brandt')?.titles).toEqual(expect.arrayContaining(['Managing Director', 'Chief Executive Officer']));
  });

  it('reads a firm\'s name before a one-word office joined by "and" to the office beside the name ("Tri-Coast Polymers President and CEO Martin Sorensen", "Tri-Coast President and CEO …")', () => {
    for (const firm of ['Tri-Coast Polymers', 'Tri-Coast']) {
      const g = graphOf(doc('a.txt', `In a statement, ${firm} President and CEO Martin Sorensen said the company was working with responders.\n`));
      const e = g.documents[0]!.entities.find((x) => x.canonical === 'Martin Sorensen');
      expect(e?.titles).toEqual(expect.arrayContaining(['President', 'CEO']));
      expect(g.documents[0]!.entities.some((x) => /President$/.test(x.canonical))).toBe(false);
    }
  });

  it('reads a party\'s label before a name as no part of it, a party\'s name alone as nobody, and "the new MP" as not the MP the story named before ("Conservative Giles Ormerod"; "the area\'s Conservative MP"; "No 10")', () => {
    const g = graphOf(doc('a.txt', [
      'The by-election was triggered when Sir Malcolm Drury, the area\'s Conservative MP for 18 years, stood down in January.',
      'Dr Adeyemi won 16,842 votes to the 12,417 of Conservative Giles Ormerod, who had been the favourite. The swing from Conservative to Liberal Democrat was 11.8 per cent.',
      'Speaking from the stage, the new MP told the two big parties to "stop taking us for granted".',
      'A No 10 spokeswoman said by-elections were "always difficult for governments".',
    ].join('\n\n') + '\n'));
    expect(quotesOf(g).map(([text, speaker]) => [text.slice(0, 12), speaker])).toEqual([
      ['stop taking ', 'Adeyemi'],
      ['always diffi', 'No 10'],
    ]);
    expect(g.documents[0]!.entities.some((e) => e.canonical === 'Giles Ormerod')).toBe(true);
  });

  it('reads a body\'s name less its last word as the body, and a name right after a verb as no subject ("Copper State" for "Copper State Electric"; "The mayor also warned Copper State against …" then a quote with no cue is the mayor\'s)', () => {
    const g = graphOf(doc('a.txt', [
      'Copper State Electric said 412,000 customers lost power.',
      'Mayor Adriana Belmonte urged residents to use the cooling centers.',
      '"Go to a cooling center," she said at City Hall.',
      'The mayor also warned Copper State against disconnecting customers who are behind on their bills. "Nobody in this city should have to choose between paying their power bill and staying alive in July."',
    ].join('\n\n') + '\n'));
    expect(quotesOf(g).map(([text, speaker]) => [text.slice(0, 12), speaker])).toEqual([
      ['Go to a cool', 'Adriana Belmonte'],
      ['Nobody in th', 'Adriana Belmonte'],
    ]);
    expect(g.documents[0]!.entities.find((e) => e.canonical === 'Copper State Electric')?.aliases).toContain('Copper State');
  });

  it('finds the subject after an aside that opens the sentence ("In Binh Son, near where the storm came ashore, Nguyen Thi Hoa said"), and no one by an age the story gave someone else ("the 24-year-old" is not "the 31-year-old")', () => {
    expect(speakers([
      'Pham Duc Loc, the provincial chairman, toured the coast.',
      'In Binh Son, near where the storm came ashore, Nguyen Thi Hoa, 52, said she had spent the night on the roof of her house.',
      '"The wind screamed all night," she told PWS by phone.',
    ])).toEqual([['The wind screamed all ni', 'Nguyen Thi Hoa']]);
    expect(speakers([
      'Yohannes Desta won in 2:05:48. The 24-year-old took 43 seconds off the course record.',
      'Behind them, Clodagh Fennelly ran the race of her life to finish third in 2:24:55. "To be on the podium in Dublin is something I will never forget," said the 31-year-old from Kilkenny.',
    ])).toEqual([['To be on the podium in D', 'Clodagh Fennelly']]);
  });

  it('gives a quote to the subject of the verb after "In the club\'s announcement,", not to the body whose announcement it was', () => {
    expect(speakers([
      'Brackwell City have confirmed the signing of Leandro Faria.',
      'In the club\'s announcement, Doig said: "This is a statement of intent."',
    ])).toEqual([['This is a statement of i', 'Doig']]);
  });

  it('lets a pronoun that fits no one fall to the person just named, whose gender the name lists only guessed ("Andi" is listed as a woman\'s name; "he said")', () => {
    expect(speakers([
      'The eruption was the strongest in decades, said Andi Rachmat Pratama, head of the volcanology centre.',
      '"This was the strongest eruption of Ili Watan since 1987," he said.',
    ])).toEqual([['This was the strongest e', 'Andi Rachmat Pratama']]);
  });

  it('reads an officer\'s service after the name as a post-nominal ("Commodore Ana Reyes PCG, Commander, …:")', () => {
    expect(speakers(['Commodore Ana Reyes PCG, Commander, Coast Guard District Eastern Visayas, said: "Our search continues."'])).toEqual([['Our search continues.', 'Ana Reyes']]);
  });

  it('gives the focus to the person before an "of the foundation X" phrase, not to the body it names', () => {
    expect(speakers(['The regulator said it had opened an inquiry.', 'Anna Verhoef of the foundation Privacy Eerst said parents had picked the app for safety. "That makes this especially painful."'])).toEqual([['That makes this especial', 'Anna Verhoef']]);
  });
});


describe('speakers named by long subjects, signed block quotes and the sentence they stand in', () => {
  it('gives a split quote to the person a run of offices and a body ends in, right before the reporting verb', () => {
    expect(speakers([
      '"We knew," Tasman Orbital co-founder and Chief Executive Mereana Tawhiri told reporters on a call, "that flying a new stage carried risk."',
      '"It was close," Harbourline managing director Declan Shiels told the paper, "but we held the line in the end."',
      'Prime Minister Ellen Marsh said the list was "falling because of the decisions we took", as Labour leader Sir Tom Avery accused her of hiding.',
    ])).toEqual([
      ['We knew,', 'Mereana Tawhiri'],
      ['that flying a new stage ', 'Mereana Tawhiri'],
      ['It was close,', 'Declan Shiels'],
      ['but we held the line in ', 'Declan Shiels'],
      ['falling because of the d', 'Ellen Marsh'],
    ]);
  });

  it('reads an office with its portfolio after "of" up to the given name ("Principal Inspector of Air Accidents Gareth Lowry", "Director of Public Prosecutions Max Hill")', () => {
    expect(speakers([
      'Principal Inspector of Air Accidents Gareth Lowry, who is leading the investigation, said: "Our inspectors will establish exactly what happened."',
      'Director of Public Prosecutions Max Hill said: "The evidence in this case was overwhelming."',
    ])).toEqual([
      ['Our inspectors will esta', 'Gareth Lowry'],
      ['The evidence in this cas', 'Max Hill'],
    ]);
  });

  it('gives every paragraph of a Markdown block quote to the signature that closes it, however many and whatever they name', () => {
    const text = [
      'Maritime New Zealand has issued a navigational warning.',
      '> Today did not go the way we wanted. We lost the vehicle.',
      '> Nobody was hurt. To everyone in mission control in Petone: you did your jobs.',
      '> We knew that flying an upgraded stage carried risk.',
      '> To our customers: I am sorry.',
      '> We will find out what went wrong.',
      '> — Mereana Tawhiri, co-founder and CEO',
    ].join('\n>\n').replace('warning.\n>\n', 'warning.\n\n') + '\n';
    const g = graphOf(doc('post.md', text));
    expect(quotesOf(g).map(([t, s]) => [t.slice(0, 12), s])).toEqual([
      ['Today did no', 'Mereana Tawhiri'],
      ['Nobody was h', 'Mereana Tawhiri'],
      ['We knew that', 'Mereana Tawhiri'],
      ['To our custo', 'Mereana Tawhiri'],
      ['We will find', 'Mereana Tawhiri'],
    ]);
  });

  it('reads a firm named by its trade ("Kōtuku Imaging") as no one "she" may mean', () => {
    expect(speakers([
      'In a statement, chief executive Mereana Tawhiri wrote that the company would learn from the loss.',
      'Four of the satellites belonged to Auckland-based Kōtuku Imaging. She apologised to them. "You trusted us with satellites," she wrote.',
    ])).toEqual([['You trusted us with sate', 'Mereana Tawhiri']]);
  });

  it('takes no cue from the end of the sentence after a quote that ends its own ("… the company said.")', () => {
    expect(speakers([
      'In a statement, Tri-Coast President and CEO Martin Sorensen said the company\'s "first concern is for our employees." The unit had been restarted on Sunday, the company said.',
      'Tempers flared. "Shame on you!" Domov\'s parliamentary leader Juraj Sloboda shouted towards the benches.',
    ])).toEqual([
      ['first concern is for our', 'Martin Sorensen'],
      ['Shame on you!', 'Juraj Sloboda'],
    ]);
  });

  it('keeps a role that opens its sentence as the one "it" means, not a firm named later in the sentence', () => {
    expect(speakers([
      'The Cyber Security Centre said it was aware of the incident.',
      'The agency also issued an alert about equipment made by Calder Networks, without saying whether it was linked. "Organisations should patch immediately," it said.',
    ])).toEqual([['Organisations should pat', 'Cyber Security Centre']]);
  });
});
