import { describe, expect, it } from 'vitest';
import { RuleTester } from '@factlint/core/testing';
import rule, { officeOf, sameOffice } from './name-mismatch.js';
import type { Rule } from '@factlint/core';

const tester = new RuleTester({ describe, it });

const wire = { path: 'wire.txt', text: 'Health Minister Tomas Lind refused to intervene in the strike on Monday.\n' };
const radio = { path: 'radio.txt', text: 'Health Minister Tomas Lind said talks would resume.\n' };

tester.run(rule as unknown as Rule, {
  valid: [
    {
      name: 'two people of one surname with given names alike at their start, who say different things, are two people',
      documents: [
        { path: 'a.txt', text: '"The water came in the night," Graham Whitcombe said.\n' },
        { path: 'b.txt', text: '"We lost the barn and the sheep," Graeme Whitcombe said on Wednesday.\n' },
      ],
    },
    {
      name: 'a wire that drops diacritics spells no name wrong ("Rastislav Hudák" / "Rastislav Hudak")',
      documents: [
        { path: 'a.txt', text: 'Prime Minister Rastislav Hudák conceded defeat on Wednesday.\n' },
        { path: 'b.txt', text: 'Prime Minister Rastislav Hudak conceded defeat after the vote.\n' },
      ],
    },
    {
      name: 'a thing named in the singular and the plural is no misspelt person ("every Medicaid Benefit Notice" / "their Medicaid Benefit Notices")',
      documents: [
        { path: 'a.txt', text: 'Medicaid recommends that patients read every Medicaid Benefit Notice they receive.\n' },
        { path: 'b.txt', text: 'Medicaid says patients should check their Medicaid Benefit Notices for charges.\n' },
      ],
    },
    {
      name: 'one spelling and one office everywhere',
      documents: [wire, radio, { path: 'paper.txt', text: 'Mr Lind, the health minister, left early.\n' }],
    },
    {
      name: '"chief executive officer" and "chief executive" are one office',
      documents: [
        { path: 'a.txt', text: 'The company\'s chief executive officer, Natalia Mbewe, visited the shaft.\n' },
        { path: 'b.txt', text: 'Chief executive Natalia Mbewe visited the shaft on Monday.\n' },
      ],
    },
    {
      name: 'two different people with close names who meet in one document stay two people',
      documents: [
        { path: 'a.txt', text: 'Union leader Anna Berg spoke first. Her sister Anne Berg, a nurse, spoke after her.\n' },
        { path: 'b.txt', text: 'Union leader Anna Berg addressed the march.\n' },
      ],
    },
    {
      name: 'an office told by its owner or more generally is the same office, and a former one is no office',
      documents: [
        { path: 'a.txt', text: 'NZC chief executive Anna Brightwell spoke. Former city councillor Claire Beaudoin won.\n' },
        { path: 'b.txt', text: 'Chief executive Anna Brightwell said the review would start. Mayor Claire Beaudoin thanked voters.\n' },
        { path: 'c.txt', text: 'Cricket boss Anna Brightwell was unhappy.\n' },
      ],
    },
    {
      name: 'a portfolio told in full ("Minister of Infrastructure and Water Management") or short ("Infrastructure Minister") is one office',
      documents: [
        { path: 'a.txt', text: 'Infrastructure Minister Sanne de Vries told reporters in The Hague on Monday.\n' },
        { path: 'b.txt', text: 'Minister of Infrastructure and Water Management Sanne de Vries spoke after the meeting.\n' },
      ],
    },
    {
      name: 'a qualified office is the same office ("presiding judge" / "judge")',
      documents: [
        { path: 'a.txt', text: 'Presiding Judge Katrin Vollmer read the verdict.\n' },
        { path: 'b.txt', text: 'Judge Katrin Vollmer read the verdict.\n' },
        { path: 'c.txt', text: 'Judge Katrin Vollmer spoke for an hour.\n' },
      ],
    },
  ],
  invalid: [
    {
      name: 'a name one report spells otherwise is found through the office the others give it ("Chairman of the Quang Ngai provincial People\'s Committee Dang Van Thuan" … "the chairman said" / "Dang Van Tuan, chairman of the provincial People\'s Committee")',
      documents: [
        { path: 'a.txt', text: 'Chairman of the Quang Ngai provincial People\'s Committee Dang Van Thuan said floodwater had risen quickly.\n\n"The water rose faster than in the historic flood of 1999," the chairman said.\n' },
        { path: 'b.txt', text: '"The water rose faster than in the historic flood of 1999," Dang Van Tuan, chairman of the provincial People\'s Committee, told reporters.\n' },
        { path: 'c.txt', text: 'Chairman of the Quang Ngai provincial People\'s Committee Dang Van Thuan said about 1,200 homes were flooded.\n' },
      ],
      errors: [{ messageId: 'spelling', file: 'b.txt', data: { actual: 'Dang Van Tuan', expected: 'Dang Van Thuan' } }],
    },
    {
      name: 'one surname and one office, the given name alike at its start, in reports that never name both: a given name misheard ("The acting returning officer, Janet Kershaw," / "Acting returning officer Janice Kershaw")',
      documents: [
        { path: 'a.txt', text: 'The acting returning officer, Janet Kershaw, declared the result at 3.12am.\n' },
        { path: 'b.txt', text: 'Acting returning officer Janice Kershaw declared the result at 3.12am in the sports hall.\n' },
        { path: 'c.txt', text: 'The result was declared by the acting returning officer, Janet Kershaw, shortly after 3am.\n' },
      ],
      errors: [{ messageId: 'spelling', file: 'b.txt', data: { actual: 'Janice Kershaw', expected: 'Janet Kershaw' } }],
    },
    {
      name: 'one surname and the same words, the given name alike at its start, no office beyond "head": a given name misheard ("Graham Whitcombe" / "Graeme Whitcombe")',
      documents: [
        { path: 'a.txt', text: 'Graham Whitcombe, who leads the agency, spoke in Masterton. "Our first priority is public safety, and nobody was hurt," Whitcombe said.\n' },
        { path: 'b.txt', text: '"Our first priority is public safety, and nobody was hurt," Graeme Whitcombe said on Wednesday.\n' },
        { path: 'c.txt', text: 'Graeme Whitcombe said the agency would oversee the investigation. "Our first priority is public safety," he said.\n' },
      ],
      errors: [{ messageId: 'spelling', file: 'a.txt', data: { actual: 'Graham Whitcombe', expected: 'Graeme Whitcombe' } }],
    },
    {
      name: 'an office with its lower-case complement set before a name is that office ("The president\'s chief of staff, Petra Marušić," / "presidential spokeswoman Petra Marušić")',
      documents: [
        { path: 'a.txt', text: 'The president\'s chief of staff, Petra Marušić, said talks would begin on Monday.\n' },
        { path: 'b.txt', text: 'Presidential spokeswoman Petra Marušić said talks would begin on Tuesday.\n' },
        { path: 'c.txt', text: '"The President will act quickly," presidential spokeswoman Petra Marušić said.\n' },
      ],
      errors: [{ messageId: 'title', file: 'a.txt', data: { actual: 'chief of staff', expected: 'presidential spokesperson' } }],
    },
    {
      name: 'one source against one on a spelling: a draft that follows either source has nothing to fix',
      documents: [
        { path: 'a.txt', text: 'External member Kirsten Vail voted to hold rates on Thursday.\n' },
        { path: 'b.txt', text: 'External member Kirsten Vale voted to hold rates at the meeting.\n' },
        { path: 'draft.md', role: 'draft', text: 'External member Kirsten Vale voted to hold rates.\n' },
      ],
      // The later source's spelling is reported at info level; the draft is not.
      errors: [{ messageId: 'spelling', file: 'b.txt', severity: 'info', data: { actual: 'Kirsten Vale', expected: 'Kirsten Vail' } }],
    },
    {
      name: 'an office set after the name counts like one before it, owned or not ("Trigg County\'s emergency management director" / "the county\'s emergency management coordinator")',
      documents: [
        { path: 'a.txt', text: 'Dale Hollis, Trigg County\'s emergency management director, said crews were still searching.\n' },
        { path: 'b.txt', text: 'Dale Hollis, the county\'s emergency management director, said 180 homes were destroyed.\n' },
        { path: 'c.txt', text: 'Dale Hollis, Trigg County\'s emergency management coordinator, said the search went on.\n' },
      ],
      errors: [{ messageId: 'title', file: 'c.txt', data: { actual: 'emergency management coordinator', expected: 'emergency management director' } }],
    },
    {
      name: 'a curator is not the director, and a spokesman for a unit is not its head; titles one document learns from the others do not vote',
      documents: [
        { path: 'a.txt', text: '"They knew what they wanted," said the museum\'s director, Hélène Marchal. Ruud Kloos, head of the cybercrime team, said the attack was contained.\n' },
        { path: 'b.txt', text: 'Museum director Hélène Marchal said the thieves knew what they wanted. Ruud Kloos, head of the cybercrime team, spoke in Rotterdam.\n' },
        { path: 'c.txt', text: '"They went straight for the Pissarro," said the museum\'s curator, Hélène Marchal. Ruud Kloos, a spokesman for the unit, said the attack was contained. Hélène Marchal wept.\n' },
      ],
      // The wrong office is part of what is flagged: "the museum's curator, Hélène Marchal".
      errors: [
        { messageId: 'title', file: 'c.txt', text: 'curator, Hélène Marchal', data: { actual: 'curator', expected: 'museum director' } },
        { messageId: 'title', file: 'c.txt', text: 'Ruud Kloos', data: { actual: 'spokesperson', expected: 'head' } },
      ],
    },
    {
      name: 'a name romanised two ways with one slip besides, and a long given name written with other vowels, are misspellings ("Mohammed Lamine Ould Dahy", "Katherine Ashdown")',
      documents: [
        { path: 'a.txt', text: 'General Mohamed Lemine Ould Dahi led the talks. AIU head Kathryn Ashdown said the ban stood.\n' },
        { path: 'b.txt', text: 'General Mohamed Lemine Ould Dahi said the hostages were well. AIU head Kathryn Ashdown welcomed the ruling.\n' },
        { path: 'c.txt', text: 'General Mohammed Lamine Ould Dahy met the families. AIU head Katherine Ashdown said the ruling was clear.\n' },
      ],
      errors: [
        { messageId: 'spelling', file: 'c.txt', data: { actual: 'Mohammed Lamine Ould Dahy', expected: 'Mohamed Lemine Ould Dahi' } },
        { messageId: 'spelling', file: 'c.txt', data: { actual: 'Katherine Ashdown', expected: 'Kathryn Ashdown' } },
      ],
    },
    {
      name: 'a court\'s level is part of a judge\'s office ("U.S. Magistrate Judge" / "U.S. District Judge"), though "District Judge" is still a judge',
      documents: [
        { path: 'a.txt', text: 'U.S. District Judge Helen Marsh sentenced Ortiz on Tuesday.\n' },
        { path: 'b.txt', text: 'U.S. District Judge Helen Marsh imposed the sentence. Judge Marsh spoke for 20 minutes.\n' },
        { path: 'draft.md', role: 'draft', text: 'U.S. Magistrate Judge Helen Marsh sentenced Ortiz on Tuesday.\n' },
      ],
      errors: [{ messageId: 'title', file: 'draft.md', data: { actual: 'magistrate judge', expected: 'district judge' } }],
    },
    {
      name: 'a rank word makes another office: "deputy regent of Sleman" is not the Sleman regent, an additional commissioner not the commissioner',
      documents: [
        { path: 'a.txt', text: '"We have opened the schools," said Dewi Lestari, deputy regent of Bantul, on Monday. Municipal commissioner Arjun Mehta said the drains had failed.\n' },
        { path: 'b.txt', text: 'Bantul regent Dewi Lestari opened the schools on Monday. Municipal commissioner Arjun Mehta said the drains had failed.\n' },
        { path: 'c.txt', text: 'Bantul regent Dewi Lestari said the schools were open. Additional municipal commissioner Arjun Mehta said the drains had failed.\n' },
      ],
      errors: [
        { messageId: 'title', file: 'a.txt', text: 'Dewi Lestari', data: { actual: 'deputy regent', expected: 'regent' } },
        { messageId: 'title', file: 'c.txt', text: 'Additional municipal commissioner Arjun Mehta', data: { actual: 'additional municipal commissioner', expected: 'municipal commissioner' } },
      ],
    },
    {
      name: 'a misspelled surname, with the majority spelling as the fix',
      documents: [wire, radio, { path: 'paper.txt', text: 'Health Minister Tomas Lindt said the strike was regrettable.\n' }],
      errors: [
        {
          messageId: 'spelling',
          file: 'paper.txt',
          text: 'Lindt',
          related: [{ file: 'wire.txt' }, { file: 'radio.txt' }],
          suggestions: ['Lind'],
          data: { actual: 'Tomas Lindt', expected: 'Tomas Lind' },
        },
      ],
    },
    {
      name: 'a short surname two letters off when both other name parts agree ("Prakash Chandra Naik" / "Prakash Chandra Nayak")',
      documents: [
        { path: 'wire.txt', text: 'Chief Minister Prakash Chandra Nayak visited the site on Sunday.\n' },
        { path: 'radio.txt', text: 'Chief Minister Prakash Chandra Nayak announced compensation.\n' },
        { path: 'draft.md', role: 'draft', text: 'Chief Minister Prakash Chandra Naik visited the site on Sunday.\n' },
      ],
      errors: [{ messageId: 'spelling', file: 'draft.md', text: 'Naik', suggestions: ['Nayak'] }],
    },
    {
      name: 'a transliteration that hyphenates one part and spells the other two letters off ("Gholam-Reza Sadeqi" / "Gholamreza Sadeghi")',
      documents: [
        { path: 'wire.txt', text: 'The Netherlands released Gholamreza Sadeghi, who had served three years of an 18-year sentence.\n' },
        { path: 'tv.txt', text: 'Gholamreza Sadeghi landed in Tehran at 12:00 GMT.\n' },
        { path: 'paper.txt', text: 'In return the Netherlands freed Gholam-Reza Sadeqi, who had served three years.\n' },
      ],
      errors: [{ messageId: 'spelling', file: 'paper.txt', text: 'Sadeqi', suggestions: ['Sadeghi'] }],
    },
    {
      name: 'a misspelled surname against sources that give the name with and without a middle name',
      documents: [
        { path: 'wire.txt', text: 'Treasury Cabinet Secretary Joseph Ronoh told a news conference the levy would stay.\n' },
        { path: 'paper.txt', text: 'Cabinet Secretary for the National Treasury Joseph Kiprotich Rono said the levy would stay.\n' },
        { path: 'radio.txt', text: 'Treasury CS Joseph Rono says the levy will not be withdrawn.\n' },
      ],
      errors: [{ messageId: 'spelling', file: 'wire.txt', text: 'Ronoh', suggestions: ['Rono'], data: { actual: 'Joseph Ronoh', expected: 'Joseph Rono' } }],
    },
    {
      name: 'a name set between commas after its title, spelled differently elsewhere',
      documents: [
        { path: 'wire.txt', text: "Brazil's foreign minister, Marina Lopes, described the agreement as a new chapter.\n" },
        { path: 'paper.txt', text: "Brazil's foreign minister Marina Lopez spoke of a new chapter.\n" },
      ],
      // One source against one: no majority, so a note on one side, with the other as evidence.
      errors: [{ messageId: 'spelling', severity: 'info', file: 'paper.txt', text: 'Lopez', related: [{ file: 'wire.txt' }] }],
    },
    {
      name: 'a misspelled surname where the other sources add a second one, named in apposition to an office',
      documents: [
        { path: 'wire.txt', text: 'Undersecretary Ignacio Fuenzalida Ortúzar takes over as acting health minister.\n' },
        { path: 'paper.txt', text: 'Undersecretary Ignacio Fuenzalida Ortúzar was sworn in on Wednesday.\n' },
        { path: 'tv.txt', text: 'The undersecretary of public health, Ignacio Fuensalida, takes over as acting minister.\n' },
      ],
      errors: [{ messageId: 'spelling', file: 'tv.txt', text: 'Fuensalida', related: [{ file: 'wire.txt' }, { file: 'paper.txt' }] }],
    },
    {
      name: 'a deputy is not the director, and a sporting director is not the technical director',
      documents: [
        { path: 'a.txt', text: 'ISP director Macarena Troncoso closed the plant. Sporting director Mark Ellery signed the forms.\n' },
        { path: 'b.txt', text: 'Macarena Troncoso, the ISP director, spoke on Monday, while sporting director Mark Ellery watched.\n' },
        { path: 'c.txt', text: 'ISP deputy director Macarena Troncoso said the plant was shut. Technical director Mark Ellery was there.\n' },
      ],
      errors: [
        { messageId: 'title', file: 'c.txt', data: { actual: 'deputy director', expected: 'director' } },
        { messageId: 'title', file: 'c.txt', data: { actual: 'technical director', expected: 'sporting director' } },
      ],
    },
    {
      name: 'a participle belongs to the office: "Deputy returning officer" is not "the returning officer"',
      documents: [
        { path: 'a.txt', text: 'The result was declared by the returning officer, Margaret Ellison, shortly before 3am on Friday.\n' },
        { path: 'b.txt', text: 'Deputy returning officer Margaret Ellison declared the result just before 3am.\n' },
      ],
      errors: [{ messageId: 'title', file: 'b.txt', data: { actual: 'deputy returning officer', expected: 'returning officer' } }],
    },
    {
      name: 'one source against one: the later document\'s office, at info level',
      documents: [
        { path: 'a.txt', text: 'City Budget Director Karen Mikkelsen warned of a gap.\n' },
        { path: 'b.txt', text: 'Chief Financial Officer Karen Mikkelsen will prepare options.\n' },
      ],
      errors: [{ messageId: 'title', severity: 'info', file: 'b.txt', data: { actual: 'chief financial officer', expected: 'city budget director' } }],
    },
    {
      name: 'another portfolio is another office ("Justice Minister" for the infrastructure minister)',
      documents: [
        { path: 'a.txt', text: 'Infrastructure Minister Sanne de Vries told reporters in The Hague on Monday.\n' },
        { path: 'b.txt', text: 'Minister of Infrastructure and Water Management Sanne de Vries spoke after the meeting.\n' },
        { path: 'c.txt', text: 'Justice Minister Sanne de Vries told reporters that the attack struck at the heart of the economy.\n' },
      ],
      errors: [{ messageId: 'title', file: 'c.txt', data: { actual: 'justice minister' } }],
    },
    {
      name: 'a different office than the other sources give',
      documents: [
        { path: 'a.txt', text: 'City Clerk Anne Lalonde released the results.\n' },
        { path: 'b.txt', text: 'City Clerk Anne Lalonde said turnout was low.\n' },
        { path: 'c.txt', text: 'City Manager Anne Lalonde certified the count.\n' },
      ],
      errors: [{ messageId: 'title', severity: 'warning', file: 'c.txt', data: { actual: 'city manager', expected: 'city clerk' } }],
    },
    {
      name: 'an office set after the name: the deputy head is not the head',
      documents: [
        { path: 'a.txt', text: '"Stay alert for aftershocks," Kenji Morikawa, head of the agency\'s monitoring division, told reporters.\n' },
        { path: 'b.txt', text: 'Kenji Morikawa, head of the JMA monitoring division, urged residents to stay alert.\n' },
        { path: 'c.txt', text: 'Morikawa Kenji, deputy head of the agency\'s monitoring division, told reporters the quake was deep.\n' },
      ],
      errors: [{ messageId: 'title', file: 'c.txt', data: { actual: 'deputy head', expected: 'head' } }],
    },
    {
      name: "an office after a name with its owner's possessive (', Egoli Water's chief operations officer,')",
      documents: [
        { path: 'a.txt', text: "Pieter van der Merwe, Egoli Water's chief operations officer, said residents should use water sparingly.\n" },
        { path: 'b.txt', text: 'Samir Adams and Pieter van der Merwe, chief operations officer of Egoli Water, spoke.\n' },
        { path: 'c.txt', text: 'Egoli Water managing director Pieter van der Merwe said repairs were on schedule.\n' },
      ],
      errors: [{ messageId: 'title', file: 'c.txt', data: { actual: 'managing director', expected: 'chief operations officer' } }],
    },
    {
      name: 'a misspelled surname against a name written with the councillor\'s abbreviation ("Cllr")',
      documents: [
        { path: 'release.txt', text: 'Cllr Thandeka Mokoena said teams were working around the clock.\n' },
        { path: 'wire.txt', text: 'Councillor Thandeka Mokoena said the city was doing all it could.\n' },
        { path: 'draft.md', role: 'draft', text: 'Thandeka Mokwena said the city was doing all it could.\n' },
      ],
      errors: [{ messageId: 'spelling', file: 'draft.md', text: 'Mokwena', suggestions: ['Mokoena'] }],
    },
    {
      name: 'a hyphenated office told in full or short is one office; a cabinet post is another',
      documents: [
        { path: 'a.txt', text: 'Inspector-General of Police Hassan Abdi Noor defended the police response.\n' },
        { path: 'b.txt', text: 'Inspector-General Hassan Abdi Noor defended the police.\n' },
        { path: 'c.txt', text: 'Interior Cabinet Secretary Hassan Abdi Noor defended the police.\n' },
      ],
      errors: [{ messageId: 'title', file: 'c.txt', data: { actual: 'interior cabinet secretary', expected: 'police inspector-general' } }],
    },
    {
      name: 'a portfolio the lists lack still tells one minister from another ("Resources Minister" / "Trade Minister")',
      documents: [
        { path: 'a.txt', text: 'Australian Resources Minister Claire Whitford signed the deal in Tokyo.\n' },
        { path: 'b.txt', text: 'Resources Minister Claire Whitford said the terms were fair.\n' },
        { path: 'c.txt', text: 'Trade Minister Claire Whitford said the arrangement was bankable.\n' },
      ],
      errors: [{ messageId: 'title', file: 'c.txt', data: { actual: 'trade minister', expected: 'resources minister' } }],
    },
    {
      name: 'a vague "leader" settles no office, and the head is not the deputy',
      documents: [
        { path: 'a.txt', text: 'General Secretary Nadège Kervella led the march.\n' },
        { path: 'b.txt', text: 'CFUT president Nadège Kervella addressed the crowd.\n' },
        { path: 'c.txt', text: 'CFUT leader Nadège Kervella was cheered.\n' },
      ],
      // One source against one: the later is reported, at info level.
      errors: [{ messageId: 'title', file: 'b.txt', severity: 'info', data: { actual: 'president', expected: 'general secretary' } }],
    },
  ],
});

describe('officeOf', () => {
  it('drops the owner after "of" or "for", and keeps a portfolio there', () => {
    expect(officeOf('chief executive of KNH')).toBe('chief executive');
    expect(officeOf('spokesman for Team High Tech Crime')).toBe('spokesperson');
    expect(officeOf('Minister of Infrastructure and Water Management')).toBe('infrastructure and water management minister');
    expect(officeOf('deputy regent of Sleman')).toBe('deputy regent');
  });
  it('reads an office with a word of no office in it as the same post, and "head" after a qualifier as "chief" ("Varundi Superintendent of Police" / "Superintendent of Police"; "Nobo Lewa District Head" / "district chief"), but not a rank', () => {
    const same = (a: string, b: string) => sameOffice(officeOf(a)!, officeOf(b)!);
    expect(same('Varundi Superintendent of Police', 'Superintendent of Police')).toBe(true);
    expect(same('Nobo Lewa District Head', 'district chief')).toBe(true);
    expect(same('deputy police superintendent', 'police superintendent')).toBe(false);
    expect(same('Resources Minister', 'Energy Minister')).toBe(false);
  });

  it('reads a generic office as fitting any post but a deputy\'s', () => {
    expect(sameOffice('head', 'anti-corruption prosecutor')).toBe(true);
    expect(sameOffice('head', 'deputy anti-corruption prosecutor')).toBe(false);
    expect(sameOffice('whitcombe boss', 'whitcombe manager')).toBe(true);
    expect(sameOffice('police chief', 'fire chief')).toBe(false);
  });
  it('keeps a portfolio no list names, and drops nations, places and bodies written short', () => {
    expect(officeOf('Resources Minister')).toBe('resources minister');
    expect(officeOf('Australian Resources Minister')).toBe('resources minister');
    expect(officeOf('Anti-Corruption Prosecutor')).toBe('anti-corruption prosecutor');
    expect(officeOf('CFUT president')).toBe('president');
    expect(officeOf('Russian President')).toBe('president');
    // A club's coach or a firm's chairman is named by whose it is, never by a portfolio.
    expect(officeOf('Ironclads coach')).toBe('coach');
    expect(officeOf('Staufer chairman')).toBe('chair');
  });
});
