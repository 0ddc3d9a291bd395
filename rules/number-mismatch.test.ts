import { describe, expect, it } from 'vitest';
import rule from './number-mismatch.js';
import { documents, draft, onSeeds, source, testRule } from './test-support/documents.js';

const morning = { published: '2024-09-14T18:40:00Z' };
const evening = { published: '2024-09-14T23:30:00Z' };
const same = { published: '2024-03-06T09:00:00Z' };

testRule(rule, {
  valid: [
    {
      name: 'a gust is the wind\'s peak, not its speed ("in winds of nearly 50 knots" / "with gusts of 55 knots")',
      documents: documents(same, [
        'The mast broke at 03:15 UTC as Maclennan sailed through a deep low with gusts of 55 knots and seas of 8 metres.\n',
        'The mast broke at 03:15 UTC, when Maclennan was sailing in winds of nearly 50 knots and seas of 8 metres.\n',
      ]),
    },
    {
      name: 'a round figure "about" another may stand 5% off it, and a decimal counts in its last written place ("About 150 firefighters" / "156 firefighters"; "dipped about 0.3 percent" / "fell 0.27%")',
      documents: documents(same, [
        'About 150 firefighters were working on the ruins on Tuesday morning. The New Zealand dollar fell 0.27% to US$0.5812 after the data.\n',
        'In all, 156 firefighters were working on the ruins on Tuesday morning. The New Zealand dollar dipped about 0.3 percent to 58.12 US cents after the data.\n',
      ]),
    },
    {
      name: 'a whole number of minutes rounds a length told in seconds ("broke apart 127 seconds after liftoff" / "two minutes into the flight" / "about two minutes after lift-off")',
      documents: documents(same, [
        'The rocket broke apart 127 seconds after liftoff, destroying its payload.\n',
        'The rocket broke apart two minutes into the flight, destroying its payload.\n',
        'The rocket broke apart about two minutes after lift-off, destroying its payload.\n',
      ]),
    },
    {
      name: 'a count of a noun a capitalised compound qualifies is a count of that noun, not of the customers another report counts ("four Earth-imaging satellites for Kotuku Imaging" / "satellites for three customers")',
      documents: documents(same, [
        'The manifest comprised four Earth-imaging satellites for Kotuku Imaging and one technology demonstrator for a Tokyo firm.\n',
        'The rocket was carrying satellites for three customers, Kotuku Imaging and a Tokyo firm among them, when it broke apart.\n',
      ]),
    },
    {
      name: 'a rate is no count of one happening ("Mining accidents kill more than 100 people a year" / "More than 90 rescuers from the ANM … took part"), and two rates compare ("about 20,000 tonnes of sulphur dioxide a day" agrees with "about 20,000 tonnes per day")',
      documents: documents(same, [
        'Mining accidents kill more than 100 people a year in the country, according to ANM figures. The volcano was releasing about 20,000 tonnes of sulphur dioxide a day.\n',
        'More than 90 rescuers from the ANM and the army took part in the effort, according to ANM figures. Emissions were about 20,000 tonnes per day.\n',
      ]),
    },
    {
      name: 'a world total is not a count a clause places ("recalling 1.31 million Alta crossovers and Sorrel sedans worldwide" / "The recall covers about 912,000 Alta crossovers and Sorrel sedans in the United States"), nor a part told after "including about"',
      documents: documents(same, [
        'Corvane Motor Co. is recalling 1.31 million Alta crossovers and Sorrel sedans worldwide because the airbag inflator can rupture.\n',
        'The recall covers about 912,000 Alta crossovers and Sorrel sedans in the United States, the company said.\n',
        'The automaker is recalling more than 1.3 million Alta crossovers and Sorrel sedans worldwide, including about 912,000 in the United States.\n',
      ]),
    },
    {
      name: 'the end of a stretch of time is not the moment it began ("kept residents shut inside until 4:30 p.m., when the county lifted its shelter-in-place order" / "issued a shelter-in-place order at 7:05 a.m.")',
      documents: documents(same, [
        'The blast kept about 4,200 residents of the Linnwood and Cotton Flats neighborhoods shut inside their homes until 4:30 p.m., when the county lifted its shelter-in-place order.\n',
        'County Judge Teresa Ybarra issued a shelter-in-place order at 7:05 a.m. for about 4,200 residents, including the Linnwood and Cotton Flats neighborhoods.\n',
      ]),
    },
    {
      name: 'North America\'s zones keep summer time ("made landfall at 2:40 a.m. CDT (0740 GMT)" / "made landfall at 3:40 a.m. ET" in August)',
      documents: documents({ published: '2031-08-28T17:40:00Z' }, [
        'Hurricane Delphine made landfall near Cocodrie at 2:40 a.m. CDT (0740 GMT) on Thursday, forecasters said.\n',
        'Hurricane Delphine made landfall near Cocodrie at 3:40 a.m. ET on Thursday, forecasters said.\n',
      ]),
    },
    {
      name: 'tallies of different sizes are different tallies ("fast bowler Arjun Kesavan taking 5-37" / "India have taken a 1-0 lead")',
      documents: documents(same, [
        'India bowled Australia out for 244 to win the second Test by 42 runs on Monday, fast bowler Arjun Kesavan taking 5-37 as the hosts lost their last seven wickets for 41.\n',
        'India have taken a 1-0 lead in the series after Australia lost seven wickets for 41 runs after lunch on day five, falling 42 runs short.\n',
      ]),
    },
    {
      name: 'a bare "$" in an Australian report is the Australian dollar, and a report that does not say where it is from may mean any dollar ("$6.40 a share" in Perth / "A$6.40"; "$2.1 billion" / "A$2.1 billion"); "US$4.16" is another figure',
      documents: documents(same, [
        'Perth-based Coralline Copper said the offer of $6.40 a share, worth $2.1 billion in all, undervalued its mines in Western Australia.\n',
        'Brisbane miner Tallowood offered A$6.40 (US$4.16) a share for Coralline Copper, valuing it at A$2.1 billion.\n',
        'Tallowood bid $6.40 a share for Coralline, a deal worth $2.1 billion.\n',
      ]),
    },
    {
      name: 'a share price at two moments of one session ("sending its shares down 14% in early trading" / "The stock closed down 12.6% at $99.10")',
      documents: documents(same, [
        'Brantwood cut its forecast on Tuesday, sending its shares down 14% in early trading.\n',
        'Brantwood shares closed down 12.6% at $99.10 on Tuesday after the company cut its forecast.\n',
      ]),
    },
    {
      name: 'a score told from either side is one score, and running scores are moments, not results ("won 4-3 on penalties" / "lost 3-4 on penalties"; "at 4-5 in the fifth" / "at 5-5")',
      documents: documents(same, [
        'Ashbury won 4-3 on penalties. The 24-year-old from Leeds fired 23 aces and broke the Italian in the 11th game of the deciding set, at 5-5, when a Castellani backhand clipped the net cord.\n',
        'Kelmouth lost 3-4 on penalties to Ashbury. The 24-year-old, who grew up in Leeds, saved two match points at 4-5 in the fifth set, broke the Italian top seed in the next game and served out the match.\n',
      ]),
    },
    {
      name: 'an age an indefinite article brings in is no age of the subject before ("a 19-year-old kid from the academy" / "the 36-year-old goalkeeper")',
      documents: documents(same, [
        "Then pens. Marek Novotný saves Akande's, Vasconcelos hammers the bar, and then a 19-year-old kid from the academy walks up and rolls it into the corner.\n",
        'The 36-year-old goalkeeper Marek Novotný saved the first kick of the shoot-out.\n',
      ]),
    },
    {
      name: 'match minutes of two different happenings ("51\' – Brandão and Albright clash heads" / "Brandão scored in the 58th minute")',
      documents: documents(same, [
        "51' – Brandão and Kelmouth's Ray Albright clash heads. Albright is taken off on a stretcher.\n",
        'Ashbury went ahead when Brandão headed in from a corner in the 58th minute.\n',
      ]),
    },
    {
      name: 'five significant digits the same are one figure, whatever noun counts it ("412,377 voters cast their ballots" / "Of the 412,377 ballots cast"), and no other count of voters conflicts with it',
      documents: documents(same, [
        'Turnout was 61.2 per cent of the 673,804 registered voters. Of the 412,377 ballots cast, 407,275 were valid.\n',
        'A total of 412,377 voters cast their ballots at 1,204 polling stations, a turnout of 61.2 per cent.\n',
      ]),
    },
    {
      name: 'a speed converted is the same speed ("150 mph (240 km/h)" / "150-mph winds" / "winds of 241 km/h")',
      documents: documents(same, [
        'The hurricane made landfall near Cocodrie with maximum sustained winds of 150 mph (240 km/h), forecasters said.\n',
        'The hurricane made landfall near Cocodrie with 150-mph winds, forecasters said.\n',
        'The hurricane made landfall near Cocodrie with maximum sustained winds of 241 km/h, forecasters said.\n',
      ]),
    },
    {
      name: 'an increment is no total ("two more workers died in hospital" / "the toll rose to 14 workers")',
      documents: documents(same, [
        'Two more workers died in hospital on Sunday, the factory owner said.\n',
        'The death toll rose to 14 workers on Sunday after deaths in hospital, the factory owner said.\n',
      ]),
    },
    {
      name: 'two round figures one digit apart are no shuffled digits ("about 3,000 people have been evacuated" / "about 4,000 people spent the night in shelters")',
      documents: documents(same, [
        'She says about 3,000 people have been evacuated, many to shelters in schools.\n',
        'About 4,000 people spent Sunday night in shelters, the presidential delegate said.\n',
      ]),
    },
    {
      name: 'a score in brackets after a surname is no age ("Matenga (87) is caught" / "Matenga, who made 78, said")',
      documents: documents(same, [
        '2.47pm – Matenga (87) is caught by Bright at second slip off Dunstan.\n',
        'Josh Matenga, 29, was caught at second slip on Sunday.\n',
      ]),
    },
    {
      name: 'a bare figure coordinated after a counted one counts the same thing ("32 wildfires were burning in Spain and 14 in Portugal" is no "44 degrees")',
      documents: documents(same, [
        'On Monday, 32 wildfires were burning in Spain and 14 in Portugal, as temperatures topped 44 degrees.\n',
        'Temperatures topped 44 degrees across the south on Monday, and 32 wildfires were burning in Spain.\n',
      ]),
    },
    {
      name: '"shortly before 11pm" is a bound some minutes before the hour: 22:52 fits it',
      documents: documents(same, [
        'The result was published by the returns officer at 20:52 GMT (22:52 CEST), officials said.\n',
        'The result was published by the returns officer shortly before 11pm CEST last night.\n',
      ]),
    },
    {
      name: 'a part is not the whole another report names alone ("Nine of the party\'s 14 deputies voted against" / "Without the party\'s 14 deputies"; "1,450 of its 1,600 pilots" / "most of its 1,600 pilots")',
      documents: documents(same, [
        'Nine of Civic Alliance\'s 14 deputies voted against the government. The union represents about 1,450 of the airline\'s 1,600 pilots.\n',
        'Without Civic Alliance\'s 14 deputies the coalition was a minority government. The union represents most of the airline\'s 1,600 pilots.\n',
      ]),
    },
    {
      name: '"more than 40" and "at least 41" name one bound of whole things',
      documents: documents(same, [
        'At least 41 patients in nine hospitals have been infected with the bacterium, the ministry said.\n',
        'Five patients have died and more than 40 have been infected in nine hospitals.\n',
      ]),
    },
    {
      name: 'a hedged clock time rounds the exact one ("around 7.50 pm" / "at 7.48 pm"), within five minutes',
      documents: documents(same, [
        'The express derailed near Korai station at around 7.50 pm on Saturday, officials said.\n',
        'The express derailed near Korai station at 7.48 pm on Saturday, officials said.\n',
      ]),
    },
    {
      name: 'a draft may give the figure a source states beneath another\'s "at least": "at least 40 lorries" / "46 lorries" / the draft\'s "46 lorries"',
      documents: documents(
        same,
        ['At least 40 lorries were stuck in queues at the Dover border crossing on Monday evening, the haulage group said.\n', 'Some 46 lorries were stuck in queues at the Dover border crossing on Monday evening.\n'],
        '46 lorries were stuck in queues at the Dover border crossing on Monday evening.\n',
      ),
    },
    {
      name: 'two times of two happenings in one place: "declared … before 3am, after polls closed" and "arrived at the leisure centre at 10.38pm"',
      documents: documents(same, [
        'The result was declared at Hartwell Leisure Centre shortly before 3am yesterday, after polls closed on Thursday night.\n',
        'Polls closed at 10pm on Thursday and the first ballot boxes arrived at the leisure centre at 10.38pm.\n',
      ]),
    },
    {
      name: 'a figure the other clause also gives is not contradicted by that clause\'s other figure ("climbs to 4,800 feet before dropping 2,000 feet" / "drops 2,000 feet")',
      documents: documents(same, [
        'The mountain railway climbs to about 4,800 feet at the summit station before dropping 2,000 feet to the lake.\n',
        'The new mountain railway drops 2,000 feet in under six miles as it descends to the lake.\n',
      ]),
    },
    {
      name: 'one quantity in two units: "6,000 metres" and "6 km", "640 meters" and "2,100 feet"',
      documents: documents(same, [
        'The volcano sent a column of ash 6,000 metres into the sky, and the mine shaft collapsed 640 meters below ground.\n',
        'The volcano sent an ash column 6 km into the sky, and the mine shaft collapsed 2,100 feet below ground.\n',
      ]),
    },
    {
      name: 'lengths of two things in two units are no conflict ("the 3,190-metre volcano" / "flows reaching 5 kilometres from the summit")',
      documents: documents(same, [
        'Part of the lava dome near the summit of the 3,190-metre volcano collapsed, the survey said.\n',
        'The survey said the collapse sent hot clouds down the river, with the flows reaching 5 kilometres from the summit.\n',
      ]),
    },
    {
      name: 'a figure the other report also gives is not contradicted by its other figures of the same noun ("carrying around 220 passengers" / "some 220 passengers on board … About 170 passengers swam ashore")',
      documents: documents(same, [
        'The Dhaka-bound launch MV Rupsha-3, carrying around 220 passengers, capsized near Haimchar at around 4:30pm after it was hit by the storm, officials said.\n',
        'The launch left the Chandpur terminal at 3:15pm on Tuesday with some 220 passengers on board, though it was permitted to carry only 85, an official said. About 170 passengers either swam ashore or were picked up by fishing boats after it capsized at around 4:30pm.\n',
      ]),
    },
    {
      name: '"three others" counts what the clause counted before it ("two divers … three others")',
      documents: documents(same, [
        'Rescuers recovered the bodies of two divers from the cave and were racing to reach three others still trapped inside.\n',
        'Rescuers reached the last three trapped divers inside the cave before dawn.\n',
      ]),
    },
    {
      name: 'a later exact count inside the rounding of an earlier bound ("more than 40" / 41)',
      documents: [
        source('a.txt', morning, 'More than 40 patients were infected in nine hospitals, the ministry said.\n'),
        source('b.txt', evening, 'The ministry said 41 patients were infected in nine hospitals.\n'),
      ],
    },
    {
      name: 'a figure inside the range another source gives',
      documents: [
        source('a.txt', morning, 'Between 40 and 50 devotees were injured in the crush at the temple on Sunday.\n'),
        source('b.txt', morning, 'As many as 46 devotees were injured in the crush at the temple on Sunday.\n'),
      ],
    },
    {
      name: 'a value within the other hedge: "more than 30" and 34',
      documents: documents(same, [
        'The quake was followed by more than 30 aftershocks, the institute said.\n',
        'The institute said 34 aftershocks had been recorded since the quake.\n',
      ]),
    },
    {
      name: 'a rounded figure: "about 4,000 nurses" and "3,850 nurses"',
      documents: documents(same, [
        'About 4,000 nurses walked out at seven hospitals in the region on Monday.\n',
        'A total of 3,850 nurses walked out at hospitals across the region on Monday.\n',
      ]),
    },
    {
      name: '"nearly 600" and 590',
      documents: documents(same, [
        'Nearly 600 planned operations have been postponed, the region said.\n',
        'The region said 590 planned operations have been postponed.\n',
      ]),
    },
    {
      name: 'a figure rounded by one outlet: "3%" and "3.1%", "1.2 million" and "1,213,000"',
      documents: documents(same, [
        'Average hourly earnings rose 3% from a year earlier. Hackers stole the data of 1.2 million users.\n',
        'Average hourly earnings rose 3.1% from a year earlier. Hackers stole the data of 1,213,000 users.\n',
      ]),
    },
    {
      name: 'a rate cut "to 1.25% from 1.5%" against "to 1.25%": the old rate is another figure',
      documents: documents(same, [
        'The Swiss National Bank lowered its policy rate to 1.25% from 1.5% on Thursday.\n',
        'The Swiss National Bank cut its key interest rate to 1.25 percent on Thursday.\n',
      ]),
    },
    {
      name: 'the killed and the injured are different counts',
      documents: documents(same, [
        'The fire killed 12 workers and injured 50 people, officials said.\n',
        'Twelve workers died in the fire and 50 people were injured, officials said.\n',
      ]),
    },
    {
      name: 'two people with different ages',
      documents: documents(same, [
        'Rina Akter, 23, a sewing operator, said she smelled smoke.\n',
        'Her sister, Shathi Akter, 27, escaped from the second floor.\n',
      ]),
    },
    {
      name: 'figures for different years are different facts',
      documents: documents(same, [
        'The bank sees inflation averaging 1.3% this year and 1.1% in 2025.\n',
        'The bank expects inflation of 1.3% this year and 1.0% in 2026.\n',
      ]),
    },
    {
      name: 'an earlier disaster is another event',
      documents: documents(same, [
        'A train derailed near Ludwigshafen on Monday, killing three people.\n',
        'In 2019, four people were killed when a train derailed in Bavaria.\n',
      ]),
    },
    {
      name: 'tolerance 0.06 lets 1,900 and 2,000 workers agree',
      options: { tolerance: 0.06 },
      documents: documents(same, [
        'The plant, which employs 2,000 workers, makes knitwear for European retailers.\n',
        'The plant, which employs 1,900 workers, makes knitwear for retailers in Europe.\n',
      ]),
    },
  ],
  invalid: [
    {
      name: 'hikers, visitors and skiers are people, counted against "people" ("Seven hikers remain unaccounted for in the canyon" / "Four people remain unaccounted for in the canyon")',
      documents: documents(same, {
        'sheriff.md': 'Seven hikers remain unaccounted for in the canyon after the flash flood, the sheriff said.\n',
        'park.txt': 'Four people remain unaccounted for in the canyon after the flash flood, the sheriff said.\n',
      }),
      errors: [{ messageId: 'differs', file: 'sheriff.md', text: 'Seven hikers', related: [{ file: 'park.txt', text: 'Four people' }] }],
    },
    {
      name: 'a bulleted row counts what its label names, by the label\'s verb ("- Residents evacuated from ul. Jarzębinowa 12: 118" / "About 60 residents were evacuated from the block")',
      documents: documents(same, {
        'city.md': '## Situation as of 13:00\n\n- Confirmed dead: 2\n- Residents evacuated from ul. Jarzębinowa 12 and the neighbouring block: 118\n',
        'agency.txt': 'About 60 residents were evacuated from the block and the neighbouring building overnight, the city said.\n',
      }),
      errors: [{ messageId: 'differs', file: 'city.md', text: '118', related: [{ file: 'agency.txt', text: 'About 60 residents' }] }],
    },
    {
      name: 'a whole number of hours rounds only what lies within 7% of it ("the talks lasted five hours" / "the talks lasted five and a half hours")',
      documents: documents(same, [
        'The talks lasted five hours before the two sides signed the deal.\n',
        'The talks lasted five and a half hours before the two sides signed the deal.\n',
      ]),
      errors: [{ messageId: 'differs', file: 'a.txt', text: 'five hours' }],
    },
    {
      name: 'a length set before its noun is the length of that noun, not of a participle the tagger took for one ("a 14-hour debate spread over two days" / "more than 16 hours of debate")',
      documents: documents(same, [
        'The vote was held at 4.47 pm, at the end of a 14-hour debate spread over two days.\n',
        'The vote, at 16:47, followed more than 16 hours of debate over two days in which 97 MPs spoke.\n',
      ]),
      errors: [{ messageId: 'differs', file: 'a.txt', text: '14-hour' }],
    },
    {
      name: 'height lost told by different verbs of falling and in feet written two ways ("plunged 30,000ft" / "dropping about 26,000 feet")',
      documents: documents(same, [
        'Their jet plunged 30,000ft in just four minutes after an engine fire.\n',
        'The pilots put the jet into an emergency descent, dropping about 26,000 feet in roughly four minutes.\n',
        'The crew made an emergency descent of 26,000 feet after the fire warning.\n',
      ]),
      errors: [{ messageId: 'differs', file: 'a.txt', text: '30,000ft' }],
    },
    {
      name: 'a share of a group the clause describes is a figure like any other ("against 2.9% of those given a placebo" / "and 1.9% of patients on placebo")',
      documents: documents(same, [
        'Brain swelling showed up on scans in 12.6% of patients who received the drug, against 2.9% of those given a placebo.\n',
        'Brain swelling occurred in 12.6% of patients treated with the drug and 1.9% of patients on placebo.\n',
        'Swelling was seen in 12.6% of treated patients and in 1.9% of those given a placebo, the company said.\n',
      ]),
      errors: [{ messageId: 'differs', file: 'a.txt', text: '2.9%' }],
    },
    {
      name: 'a one-digit round figure rounds only what lies within 4% of it ("take $500 million out of the trust" / "drawing $480 million from the trust")',
      documents: documents(same, [
        "The court blocked the Legislature's attempt to take $500 million out of the Coal Severance Tax Permanent Trust Fund.\n",
        'The court struck down the law, which would have funded rebates by drawing $480 million from the Coal Severance Tax Permanent Trust Fund.\n',
      ]),
      errors: [{ messageId: 'differs', file: 'a.txt', text: '$500 million' }],
    },
    {
      name: 'a count told in its parts is the whole ("carrying 47 people" / "carrying 45 passengers and two drivers"), and the conversions after two sums add no conflict of their own ("8,000 soles ($2,160)" / "5,000 soles (about 1,350 dollars)" report once)',
      documents: documents(same, [
        'The coach, carrying 47 people from Huari to Lima, left the road at about 07:20 local time. The company said it would pay 8,000 soles ($2,160; £1,710) to the family of each person who died.\n',
        'The bus was carrying 45 passengers and two drivers from Huari to Lima when it left the road. The company said it would pay 5,000 soles (about 1,350 dollars) to the family of each person who died.\n',
      ]),
      errors: [{ messageId: 'differs', file: 'a.txt', text: '8,000 soles' }],
    },
    {
      name: 'one term told by two words for its parts ("a 5.5% increase in three steps over 30 months" / "5.5% in three stages over 27 months")',
      documents: documents(same, [
        "The union is demanding 8% more pay over a term of 12 months. The employers' association has offered a 5.5% increase in three steps over 30 months.\n",
        'It is demanding a pay rise of 8% over a 12-month term. Employers have offered 5.5% in three stages over 27 months.\n',
      ]),
      errors: [{ messageId: 'differs', file: 'a.txt', text: '30 months' }],
    },
    {
      name: 'one price, each report giving it once, with a shared word or two beside the unit ("Day tickets for the festival cost £98" / "Day tickets for Saturday cost £89")',
      documents: documents(same, [
        'Organisers said 62,000 people were on site on Saturday. Day tickets for the festival cost £98.\n',
        'The final day went ahead yesterday with the pit split into smaller pens. Day tickets for Saturday cost £89.\n',
      ]),
      errors: [{ messageId: 'differs', file: 'a.txt', text: '£98' }],
    },
    {
      name: 'one count of one noun whose verb one report makes a noun ("The budget still eliminates 64 positions" / "Elimination of 71 City positions, compared with 92 positions in the proposal")',
      documents: documents(same, [
        'The budget still eliminates 64 positions, 38 of them filled, as the city closes its shortfall. The mayor\'s proposal in August would have cut 92 positions.\n',
        'Highlights of the adopted budget:\n\n• Elimination of 71 City positions, compared with 92 positions in the Mayor\'s proposal\n',
      ]),
      errors: [{ messageId: 'differs', file: 'a.txt', text: '64 positions' }],
    },
    {
      name: 'one party\'s share with a digit slipped ("The SD, which slipped to 21.7%" / "the SD on 20.7%")',
      documents: documents(same, [
        'The preliminary result put the SD on 20.7%, behind the FE on 28.9%.\n',
        'The SD, which slipped to 21.7%, has drawn one red line.\n',
      ]),
      errors: [{ messageId: 'differs', file: 'a.txt', text: '20.7%' }],
    },
    {
      name: 'a count of a party\'s members or of a people is a count of them ("five Republicans voted yes" / "Four Republicans joined most Democrats")',
      documents: documents(same, [
        'The final tally was 52-47, and five Republicans, led by Maine\'s Ann Vale, voted yes.\n',
        'Four Republicans joined most Democrats in supporting the measure, including Ann Vale of Maine.\n',
      ]),
      errors: [{ messageId: 'differs', file: 'a.txt', text: 'five' }],
    },
    {
      name: 'a length after "for" and a hedge belongs to what lasted before "for" ("the band were off stage for three-quarters of an hour" / "Fans said the band were off stage for around 25 minutes")',
      documents: documents(same, [
        'The band were off stage for three-quarters of an hour while stewards cleared the pit.\n',
        'Fans said the band were off stage for around 25 minutes before coming back to finish the show.\n',
      ]),
      errors: [{ messageId: 'differs', file: 'a.txt', text: 'three-quarters of an hour' }],
    },
    {
      name: 'a bare "$" against a named dollar is compared as one currency ("Tallowood bid $5.80 a share" / "A$6.40 a share")',
      documents: documents(same, [
        'Brisbane miner Tallowood offered A$6.40 a share for Coralline Copper on Monday.\n',
        'Tallowood offered $5.80 a share for Coralline Copper on Monday.\n',
      ]),
      errors: [{ messageId: 'differs', file: 'a.txt', text: 'A$6.40' }],
    },
    {
      name: 'two sums told as parts of one award are one part ("of which £45,000 was aggravated damages" / "including £35,000 in aggravated damages")',
      documents: documents(
        same,
        [
          'The judge awarded Ms Chandrasekar £185,000 in damages, including £35,000 in aggravated damages.\n',
          'Pellew J awarded £185,000 in all, including £35,000 in aggravated damages.\n',
        ],
        'The judge awarded her £185,000 in damages, of which £45,000 was aggravated damages.\n',
      ),
      errors: [{ messageId: 'draftDiffers', file: 'draft.md', text: '£45,000' }],
    },
    {
      name: 'two tallies of one vote ("Jurors voted 9-3 on punitive damages" / "approved by a 10-2 vote")',
      documents: documents(same, [
        'Jurors voted 9-3 on punitive damages after about 11 hours of deliberations.\n',
        'The punitive damages, which jurors approved by a 10-2 vote, came after 11 hours of deliberations.\n',
      ]),
      errors: [{ messageId: 'differs', file: 'a.txt', text: '9-3' }],
    },
    {
      name: 'households and homeowners count the same homes ("About 1.1 million households on tracker mortgages" / "Around 1.4 million homeowners are on tracker mortgages")',
      documents: documents(same, [
        'About 1.1 million households on tracker and variable rate mortgages will see their payments rise, according to the trade body.\n',
        'Around 1.4 million homeowners are on tracker or variable rate mortgages, according to the trade body.\n',
      ]),
      errors: [{ messageId: 'differs', file: 'a.txt', text: 'About 1.1 million households' }],
    },
    {
      name: 'the one length each report gives of one happening, past its object and "an average of" ("followed 96,220 adults for an average of 9 years" / "were followed for 10 years")',
      documents: documents(same, [
        'The researchers followed 96,220 adults for an average of 9 years, the university said.\n',
        'More than 96,000 adults were followed for 10 years, the researchers said.\n',
      ]),
      errors: [{ messageId: 'differs', file: 'a.txt', text: '9 years' }],
    },
    {
      name: 'a halt and a pause are one stoppage ("halted production for at least 10 days" / "paused production for at least two weeks")',
      documents: documents(same, [
        'The company said it had halted production at the plant for at least 10 days.\n',
        'Production at the plant has been paused for at least two weeks, the company said.\n',
      ]),
      errors: [{ messageId: 'differs', file: 'a.txt', text: 'at least 10 days' }],
    },
    {
      name: 'a round bound whose leading digits are the other figure\'s shuffled is a mistyped figure ("more than 148,000 adults" / "184,312 adults")',
      documents: documents(same, [
        'The researchers tracked 184,312 adults in the study, the university said.\n',
        'Researchers tracked more than 148,000 adults in the study, the university said.\n',
      ]),
      errors: [{ messageId: 'differs', file: 'a.txt', text: '184,312 adults' }],
    },
    {
      name: 'a bare count after a fronted whole counts what the whole counts ("Of the 98,412 ballots counted, 1,275 were spoiled" / "1,725 ballots were spoiled")',
      documents: documents(same, [
        'Of the 98,412 ballots counted, 96,011 were valid and 1,275 were spoiled, the commission said.\n',
        'The commission said 1,725 ballots were spoiled in the count.\n',
      ]),
      errors: [{ messageId: 'differs', file: 'a.txt', text: '1,275' }],
    },
    {
      name: 'a length of time told as what it is of ("after about 11 hours of deliberations" / "after more than 13 hours of deliberations")',
      documents: documents(same, [
        'Jurors voted on punitive damages after about 11 hours of deliberations, the court said.\n',
        'The verdict came after more than 13 hours of deliberations.\n',
      ]),
      errors: [{ messageId: 'differs', file: 'a.txt', text: 'about 11 hours' }],
    },
    {
      name: 'a speed in km/h against one in mph is one quantity in two units ("winds of 240 km/h" / "175-mph winds")',
      documents: documents(same, [
        'The hurricane made landfall near Cocodrie with maximum sustained winds of 240 km/h, forecasters said.\n',
        'The hurricane made landfall near Cocodrie with 175-mph winds, forecasters said.\n',
      ]),
      errors: [{ messageId: 'differs', file: 'a.txt', text: '240 km/h' }],
    },
    {
      name: 'a rank with its digits swapped is one figure mistyped ("ranked No 87 in the world" / "world No 78")',
      documents: documents(same, [
        'Hensall, who is ranked No 87 in the world, beat the world No 1 in five sets on Sunday.\n',
        'Hensall, ranked No 78 in the world, beat the world No 1 in five sets on Sunday.\n',
      ]),
      errors: [{ messageId: 'differs', file: 'a.txt', text: 'No 87' }],
    },
    {
      name: 'two increments of one thing are one figure told the same way ("funding for 1,000 extra nurses" / "1,200 more nurses")',
      documents: documents(same, [
        'Kerridge announces an extra $3.6b over four years, funding for 1,000 extra nurses and a new hospital.\n',
        'The Budget puts $3.6 billion over four years into health, with funding for 1,200 additional nurses.\n',
      ]),
      errors: [{ messageId: 'differs', file: 'a.txt', text: '1,000 extra nurses' }],
    },
    {
      name: 'a leak noticed is a leak detected ("detected at 11.40 pm" / "noticed at around 11.15 pm")',
      documents: documents(same, [
        'The leak was detected at 11.40 pm and sealed two and a half hours later, the company said.\n',
        'The leak was noticed at around 11.15 pm and took nearly four hours to plug.\n',
      ]),
      errors: [{ messageId: 'differs', file: 'a.txt', text: '11.40 pm' }],
    },
    {
      name: 'two parties\' estimates of one measured quantity may differ more than counts do ("about 350 kg of chlorine was released" / "nearly 900 kg of chlorine was released")',
      documents: documents(same, [
        'The company estimated that about 350 kg of chlorine had been released from the tonner.\n',
        'The district collector said nearly 900 kg of chlorine had been released from the tonner.\n',
      ]),
      errors: [{ messageId: 'differs', file: 'a.txt', text: 'about 350 kg' }],
    },
    {
      name: 'the same amount in another currency is a currency one outlet got wrong ("a $100,000 prize" / "a €100,000 prize"), while a sum converted is no conflict',
      documents: documents(same, [
        'Mekonnen collected the winner\'s prize of $100,000 and a course-record bonus of $50,000.\n',
        'Mekonnen collected the winner\'s prize of €100,000 and a course-record bonus of $50,000 (about €46,000).\n',
      ]),
      errors: [{ messageId: 'differs', file: 'a.txt', text: '$100,000' }],
    },
    {
      name: 'a signed figure is a change, and two changes of one event compare ("Employment rose by 71,000 in September" / "Headline employment came in at +74,000")',
      documents: documents(same, [
        'Employment rose by 71,000 in September, the largest monthly increase since January.\n',
        'Headline employment came in at +74,000 against a consensus of +25,000.\n',
      ]),
      errors: [{ messageId: 'differs', file: 'a.txt', text: '71,000' }],
    },
    {
      name: 'a race time is a length of time ("needed 2:04:27" / "won in 2:04:21"), not a clock reading at four minutes past two',
      documents: documents(same, [
        'Yohannes Mekonnen won the marathon in a course-record time of 2:04:21 on Sunday.\n',
        'Yohannes Mekonnen needed 2:04:27 to win the marathon on Sunday, a course record.\n',
      ]),
      errors: [{ messageId: 'differs', file: 'a.txt', text: '2:04:21' }],
    },
    {
      name: 'a plane that touched down and one that landed is one arrival ("landed at Orly at 11:20 a.m." / "the jet had touched down at Orly at 11.50am")',
      documents: documents(same, [
        'The president\'s plane landed at Orly airport at 11:20 a.m. on Monday.\n',
        'The presidential jet had touched down at Orly at 11.50am, and the welcome ceremony began at noon.\n',
      ]),
      errors: [{ messageId: 'differs', file: 'a.txt', text: '11:20 a.m.' }],
    },
    {
      name: 'a count of one thing with three digits shuffled ("196 countries" / the draft\'s "169 countries"), but not two round figures one digit apart',
      documents: documents(
        same,
        ['Delegates from 196 countries took part in the conference.\n', 'All 196 countries at the talks signed off on the text.\n'],
        'Negotiators from 169 countries agreed a new climate finance goal.\n',
      ),
      errors: [{ messageId: 'draftDiffers', file: 'draft.md', text: '169 countries' }],
    },
    {
      name: 'months counted against months have no slack of days, and "in office" is what lasted ("after 40 months in office" / "after 41 months in office")',
      documents: documents(same, [
        'Parliament brought down the coalition on Wednesday after 40 months in office.\n',
        'The prime minister, after 41 months in office, conceded defeat on Wednesday.\n',
      ]),
      errors: [{ messageId: 'differs', file: 'a.txt', text: '40 months', related: [{ file: 'b.txt', text: '41 months' }] }],
    },
    {
      name: 'a museum\'s works and its paintings are one count ("escaped with six paintings" / "escaped with seven works")',
      documents: documents(same, [
        'Masked thieves escaped from the museum with six paintings early on Monday, the director said.\n',
        'The thieves escaped from the museum with seven works early on Monday, prosecutors said.\n',
      ]),
      errors: [{ messageId: 'differs', file: 'a.txt', related: [{ file: 'b.txt', text: 'seven works' }] }],
    },
    {
      name: 'an age before a name or in brackets after a full name is that person\'s ("68-year-old Sukhram Pal" / "Sukhram Pal (68)" / "Sukhram Pal, 65,")',
      documents: documents(same, [
        'Six-year-old Anshika and 68-year-old Sukhram Pal, a neighbour, died on Monday.\n',
        'Sukhram Pal, 65, a neighbour of the family, died at the district hospital on Monday.\n',
      ]),
      errors: [{ messageId: 'differs', file: 'a.txt', related: [{ file: 'b.txt', text: '65' }] }],
    },
    {
      name: 'a part counts what its clause\'s verb counts, and the whole it is part of is another figure ("cancelled 318 of the 421 flights" / "has cancelled 280 of its 421 flights")',
      documents: documents(same, [
        'The airline said it had cancelled 318 of the 421 flights scheduled for Thursday.\n',
        'The airline has cancelled 280 of its 421 flights today, it said on Thursday.\n',
      ]),
      errors: [{ messageId: 'differs', file: 'a.txt', text: '318', related: [{ file: 'b.txt', text: '280' }] }],
    },
    {
      name: 'finds counted as objects, artefacts or relics are one count; a dig is an excavation ("37 objects" / "47 relics"; "the five-week dig" / "the six-week excavation")',
      documents: documents(same, [
        'Divers recovered 37 objects from the wreck during the six-week excavation, the museum said.\n',
        'The five-week dig brought up 47 relics from the wreck, the museum said.\n',
      ]),
      errors: [
        { messageId: 'differs', file: 'a.txt', text: '37 objects', related: [{ file: 'b.txt', text: '47 relics' }] },
        { messageId: 'differs', file: 'a.txt', text: 'six-week', related: [{ file: 'b.txt', text: 'five-week' }] },
      ],
    },
    {
      name: 'what an ending verb came after lasted that long: "the hearing closed, after some 11 hours" / "the hearing lasted a total of 14 hours"',
      documents: documents(same, [
        'Counting both days, the hearing lasted a total of 14 hours.\n',
        'The hearing has now closed, after some 11 hours in all.\n',
      ]),
      errors: [{ messageId: 'differs', file: 'a.txt', text: '14 hours', related: [{ file: 'b.txt', text: 'some 11 hours' }] }],
    },
    {
      name: 'what lasted is the subject of "lasted": "a meeting between the leaders that lasted an hour and a half" / "the leaders met for about an hour"',
      documents: documents(same, [
        'The accords were signed at noon, after a closed-door meeting between the two presidents that lasted an hour and a half.\n',
        'The two presidents met for about an hour before the news conference and then oversaw the signing.\n',
      ]),
      errors: [{ messageId: 'differs', file: 'a.txt', text: 'an hour and a half', related: [{ file: 'b.txt', text: 'about an hour' }] }],
    },
    {
      name: 'a length told as an adjective: "the week-long vaccination campaign" / "the campaign will run for five days"',
      documents: documents(same, [
        'The doses land in Beira tomorrow, and the week-long vaccination campaign begins next Monday.\n',
        'The vaccination campaign will run for five days, starting next Monday, in the worst-hit neighbourhoods.\n',
      ]),
      errors: [{ messageId: 'differs', file: 'a.txt', text: 'week-long', related: [{ file: 'b.txt', text: 'five days' }] }],
    },
    {
      name: 'a verb governs its object past asides of date and place ("signed this Tuesday (11), at the Planalto Palace, in Brasília, 11 agreements" / "signed 12 agreements")',
      documents: documents({ published: '2031-03-11T19:40:00-03:00' }, [
        'The President of the Republic, Renato Souza, and the Prime Minister of Japan, Kenji Takamura, signed this Tuesday (11), at the Planalto Palace, in Brasília, 11 agreements and memoranda of understanding in the areas of trade, investment and energy.\n',
        'The two governments signed 12 agreements.\n',
      ]),
      errors: [{ messageId: 'differs', file: 'a.txt', related: [{ file: 'b.txt', text: '12 agreements' }] }],
    },
    {
      name: '"over five years" after a sum is the span it is paid across, not "more than five years": six years is another figure',
      documents: documents(
        same,
        ['Japan pledged $150 million over five years to the Amazon Fund, the environment ministry said.\n', 'Tokyo put $150m over five years into the Amazon Fund, becoming its first Asian donor.\n'],
        'Japan pledged $150 million over six years to the Amazon Fund.\n',
      ),
      errors: [{ messageId: 'draftDiffers', file: 'draft.md', text: 'six years' }],
    },
    {
      name: 'a sum in one currency with its digits swapped ("released 45 million meticais" / "set aside 54 million meticais")',
      documents: documents(same, [
        'The government has released 45 million meticais for the response, the minister said.\n',
        'The government has set aside 54 million meticais to fight the disease.\n',
      ]),
      errors: [{ messageId: 'differs', file: 'a.txt', text: '45 million meticais', related: [{ file: 'b.txt', text: '54 million meticais' }] }],
    },
    {
      name: 'one sum in one currency in each report, "of the financial resources" naming what it is ("1.6 billion euros of the financial resources" / "about 1.1 billion euros in Iranian funds")',
      documents: documents(same, [
        'Pursuant to the understanding reached, 1.6 billion euros of the financial resources of the Islamic Republic of Iran will be transferred to accounts at the central bank.\n',
        'As part of the arrangement, about 1.1 billion euros in Iranian funds frozen under sanctions will be transferred to central bank accounts.\n',
      ]),
      errors: [{ messageId: 'differs', file: 'a.txt', text: '1.6 billion euros', related: [{ file: 'b.txt', text: 'about 1.1 billion euros' }] }],
    },
    {
      name: 'people on board a boat are its passengers, one count in each report ("58 people had been on board" / "64 people were on board")',
      documents: documents(same, [
        'Survivors told our teams that 58 people had been on board the metal boat, which left Sfax on Sunday night.\n',
        'According to prosecutors, 64 people were on board when the boat set off from Mahdia.\n',
      ]),
      errors: [{ messageId: 'differs', file: 'a.txt', text: '58 people', related: [{ file: 'b.txt', text: '64 people' }] }],
    },
    {
      name: 'two counts of the missing ("at least 30 people were missing" / "At least 35 people are still missing"): "are missing" is the missing, whatever the tagger calls the verb',
      documents: documents(same, [
        'According to the first accounts gathered from the survivors, at least 30 people were missing after the boat capsized.\n',
        'At least 35 people are still missing after the boat capsized, and hope of finding them alive is fading.\n',
      ]),
      errors: [{ messageId: 'differs', file: 'a.txt', text: 'at least 30 people', related: [{ file: 'b.txt', text: 'At least 35 people' }] }],
    },
    {
      name: 'two verbs, one happening the nouns name alike ("held a press briefing this morning at 10:00 CAT" / "Speaking at a press conference in Maputo at 11:00")',
      documents: documents(same, [
        'The Minister of Health, Helena Macuácua, held a press briefing this morning at 10:00 CAT in Maputo on the cholera outbreak.\n',
        'Speaking at a press conference in Maputo at 11:00, the Minister of Health, Helena Macuácua, described the situation as serious.\n',
      ]),
      errors: [{ messageId: 'differs', file: 'a.txt', related: [{ file: 'b.txt', text: '11:00' }] }],
    },
    {
      name: 'an unzoned time takes the one zone the other reports use ("at about 6:40 a.m. CDT" / "around 6:20 a.m.")',
      documents: documents(same, [
        'The blast happened at about 6:40 a.m. CDT in a distillation unit at the plant, the fire marshal said.\n',
        'Dispatchers say the blast happened around 6:20 a.m. in a distillation unit at the plant.\n',
      ]),
      errors: [{ messageId: 'differs', file: 'a.txt', related: [{ file: 'b.txt', text: 'around 6:20 a.m.' }] }],
    },
    {
      name: 'a hedge does not stretch a clock time twenty minutes ("about 6:20 a.m." / "6:40 a.m.")',
      documents: documents(same, [
        'The blast at the chemical plant happened at about 6:20 a.m., dispatchers said.\n',
        'The blast at the chemical plant happened at 6:40 a.m., officials said.\n',
      ]),
      errors: [{ messageId: 'differs', file: 'a.txt', text: 'about 6:20 a.m.', related: [{ file: 'b.txt', text: '6:40 a.m.' }] }],
    },
    {
      name: 'a draft that drops a source\'s "at least" and gives another figure: "at least 40 lorries" against the draft\'s "55 lorries"',
      documents: documents(
        same,
        ['At least 40 lorries were stuck in queues at the Dover border crossing on Monday evening, the haulage group said.\n'],
        '55 lorries were stuck in queues at the Dover border crossing on Monday evening.\n',
      ),
      errors: [{ messageId: 'draftDiffers', file: 'draft.md', text: '55 lorries', related: [{ file: 'a.txt', text: 'At least 40 lorries' }] }],
    },
    {
      name: "a draft's tally against a results table's row: 12,482 for 12,842 (two digits swapped)",
      documents: documents(
        same,
        ['Labour candidate Nadia Fairclough won the seat.\n\nNadia Fairclough (Lab) 12,842\n\nOliver Stanhope (Con) 9,407\n', 'Nadia Fairclough won for Labour.\n\nNadia Fairclough (Labour) 12,842\n\nOliver Stanhope (Conservative) 9,407\n'],
        'Labour candidate Nadia Fairclough won the seat. Fairclough took 12,482 votes, to 9,407 for the Conservative candidate, Oliver Stanhope.\n',
      ),
      errors: [{ messageId: 'draftDiffers', file: 'draft.md', text: '12,482 votes', related: [{ file: 'a.txt', text: '12,842' }, { file: 'b.txt', text: '12,842' }] }],
    },
    {
      name: 'one quantity in two units that do not convert into each other: "6 km" against "8,000 metres"',
      documents: documents(same, [
        'The volcano sent a column of ash 8,000 metres into the sky on Monday, the survey said.\n',
        'The volcano sent an ash column 6 km into the sky on Monday, the survey said.\n',
      ]),
      errors: [{ messageId: 'differs', file: 'a.txt', text: '8,000 metres', related: [{ file: 'b.txt', text: '6 km' }] }],
    },
    {
      name: 'two prison terms three months apart: only the months of "three years and six months" vary with a month\'s length',
      documents: documents(same, [
        'The court sentenced the former finance director to three years and six months in prison for embezzling public money.\n',
        'The former finance director has been sentenced to three years and nine months in prison for embezzling public money.\n',
      ]),
      errors: [{ messageId: 'differs', file: 'a.txt', text: 'three years and six months', related: [{ file: 'b.txt', text: 'three years and nine months' }] }],
    },
    {
      name: 'a measured thing given two heights: "the 68-metre dam" against "the 86-metre-high dam" (metres are the unit, the dam what is measured)',
      documents: documents(
        same,
        ['The 86-metre-high dam was built in 1987 using the upstream method.\n', 'Mud from the 86-metre dam, built in 1987, reached the river on Saturday.\n'],
        'The 68-metre Fundo dam, owned by the mining company, gave way at about 2:20 p.m.\n',
      ),
      errors: [{ messageId: 'draftDiffers', file: 'draft.md', text: '68-metre', related: [{ file: 'a.txt', text: '86-metre' }, { file: 'b.txt', text: '86-metre' }] }],
    },
    {
      name: 'two maxima differ even where a figure of another fact fits inside one ("gusts of up to 230/250 km/h")',
      documents: documents(
        same,
        ['The typhoon made landfall packing maximum sustained winds of 185 km/h and gusts of up to 230 km/h.\n', 'It brought maximum sustained winds of 185 km/h and gusts of up to 230 km/h.\n'],
        'The typhoon made landfall with maximum sustained winds of 185 km/h and gusts of up to 250 km/h.\n',
      ),
      errors: [{ messageId: 'draftDiffers', file: 'draft.md', text: 'up to 250 km/h', related: [{ file: 'a.txt', text: 'up to 230 km/h' }, { file: 'b.txt', text: 'up to 230 km/h' }], exactRelated: true }],
    },
    {
      name: 'two digits swapped in a relative clause told with the same main clause ("who made 87" / "who made 78")',
      documents: documents(
        same,
        ['Matenga, who made 87, walked off shaking his head, and the tail folded soon after.\n', 'Matenga, who made 87, walked off.\n'],
        'Bright claimed the catch. Matenga, who made 78, walked off shaking his head.\n',
      ),
      errors: [{ messageId: 'draftDiffers', file: 'draft.md', text: '78' }],
    },
    {
      name: 'a lower bound in one source does not vouch for a draft figure another source contradicts',
      documents: documents(
        same,
        ['Approximately 1,100 residences are under Level 3 notices.\n', 'The sheriff says more than 1,100 homes are under Level 3 notices.\n'],
        'About 1,400 homes are under Level 3 evacuation notices.\n',
      ),
      errors: [{ messageId: 'draftDiffers', file: 'draft.md', text: 'About 1,400 homes' }],
    },
    {
      name: 'one event at two clock times; a time in GMT is not compared with a local one',
      documents: [
        source('a.txt', morning, 'The fire started in the engine room at 10:40 a.m. local time (0740 GMT), the coast guard said.\n'),
        source('b.txt', morning, 'The fire started in the engine room at 10.15am, when the ship was off Andros.\n'),
      ],
      errors: [{ messageId: 'differs', file: 'a.txt', text: '10:40 a.m. local time', related: [{ file: 'b.txt', text: '10.15am' }], exactRelated: true }],
    },
    {
      name: 'the first teargas fired at one time and lobbed at another',
      documents: [
        source('a.txt', morning, 'Police first fired teargas at about 10:30 a.m. on Kenyatta Avenue as marchers tried to leave the park.\n'),
        source('b.txt', morning, 'The first teargas canisters were lobbed at about 11.30am on Kenyatta Avenue, as marchers streamed out of the park.\n'),
      ],
      errors: [{ messageId: 'differs', file: 'a.txt', text: 'about 10:30 a.m.', related: [{ file: 'b.txt', text: 'about 11.30am' }] }],
    },
    {
      name: 'an early "at least nine killed" against a later toll of 12: the count has risen',
      documents: [
        source('a.txt', morning, 'At least nine people were killed in the stampede at the temple on Sunday, officials said.\n'),
        source('b.txt', evening, 'Three more devotees died on Sunday evening, taking the toll in the stampede at the temple to 12, officials said.\n'),
      ],
      errors: [{ messageId: 'differsOverTime', file: 'a.txt', related: [{ file: 'b.txt' }] }],
    },
    {
      name: 'one happening at two clock times, told in other words',
      documents: [
        source('a.txt', morning, 'The crush happened at around 5:40 a.m. at the temple on the hill, when a metal barricade along the queue gave way as devotees pushed forward after the inner shrine reopened.\n'),
        source('b.txt', morning, 'The tragedy occurred around 6.15 a.m. when a barricade near the main sanctum collapsed under the weight of devotees who rushed forward as the temple doors reopened.\n'),
      ],
      errors: [{ messageId: 'differs', file: 'a.txt', text: 'around 5:40 a.m.', related: [{ file: 'b.txt', text: 'around 6.15 a.m.' }], exactRelated: true }],
    },
    {
      name: 'a bound that fits both figures does not hide their conflict',
      documents: [
        source(
          'a.txt',
          morning,
          'A fire broke out in the engine room of a Greek ferry carrying 1,146 passengers and 94 crew in the Aegean Sea on Tuesday, forcing the captain to order everyone into lifeboats. The Thalassa Star, which can carry up to 1,800 passengers and crew, was built in 1994.\n',
        ),
        source('c.txt', morning, 'Fire broke out aboard the ferry Thalassa Star on Tuesday morning, forcing 1,416 passengers and 94 crew into lifeboats and life rafts.\n'),
      ],
      errors: [{ messageId: 'differs', file: 'a.txt', text: '1,146 passengers', related: [{ file: 'c.txt', text: '1,416 passengers' }] }],
    },
    {
      name: 'a draft that follows the latest source is not reported, though the sources still differ',
      documents: [
        source('a.txt', morning, 'An earthquake struck southern Peru on Saturday, killing 12 people, officials said.\n'),
        source('b.txt', evening, 'The earthquake that struck southern Peru on Saturday killed 15 people, officials said.\n'),
        draft(evening, 'An earthquake killed 15 people in southern Peru on Saturday.\n'),
      ],
      errors: [
        {
          messageId: 'differsOverTime',
          file: 'a.txt',
          text: '12 people',
          related: [{ file: 'b.txt', text: '15 people' }],
          exactRelated: true,
          data: { a: 12, b: 15, timeDependent: true },
        },
      ],
    },
    {
      name: 'a developing count published at the same hour is a plain disagreement',
      documents: documents(same, [
        'The fire killed at least 12 workers, officials said.\n',
        'At least 15 people died in the fire, officials said.\n',
      ]),
      errors: [{ messageId: 'differs', file: 'a.txt', text: 'at least 12 workers', related: [{ file: 'b.txt', text: 'At least 15 people' }], data: { a: 12, b: 15, timeDependent: false } }],
    },
    {
      name: 'a rising toll: still reported, flagged as time-dependent',
      documents: [
        source('wire.txt', morning, 'A powerful earthquake struck southern Peru on Saturday, killing at least 12 people, officials said.\n'),
        source('tv.txt', evening, 'At least 15 people have been killed after an earthquake struck southern Peru on Saturday.\n'),
      ],
      errors: [
        {
          messageId: 'differsOverTime',
          file: 'wire.txt',
          text: 'at least 12 people',
          related: [{ file: 'tv.txt', text: 'At least 15 people' }],
          exactRelated: true,
          data: { a: 12, b: 15, unit: 'people', timeDependent: true, publishedApart: true },
        },
      ],
    },
    {
      name: 'a workforce given two sizes at the same hour',
      documents: documents(same, [
        'The Lumina Apparels plant, which employs some 2,500 workers, makes knitwear.\n',
        'The factory, which employs about 1,800 workers, had failed a safety inspection.\n',
      ]),
      errors: [
        {
          messageId: 'differs',
          file: 'a.txt',
          text: 'some 2,500 workers',
          related: [{ file: 'b.txt', text: 'about 1,800 workers' }],
          data: { a: 2500, b: 1800, unit: 'worker', timeDependent: false, publishedApart: false },
        },
      ],
    },
    {
      name: 'the odd one out is the primary location, the agreeing outlets are related',
      documents: documents(same, [
        'The deal lists 14 joint projects and includes €2.5 billion in loans.\n',
        'The agreement sets out 12 joint projects backed by €2.5 billion in loans.\n',
        'The new agreement lists 14 joint projects and is backed by loans worth €2.5 billion.\n',
      ]),
      errors: [
        {
          messageId: 'differs',
          file: 'b.txt',
          text: '12 joint projects',
          related: [{ file: 'a.txt', text: '14 joint projects' }, { file: 'c.txt', text: '14 joint projects' }],
          exactRelated: true,
          data: { a: 12, b: 14, unit: 'project' },
        },
      ],
    },
    {
      name: 'a draft sum that no source gives, with the sources\' figure as the fix',
      documents: documents(same, [
        'The deal includes €2.5 billion in German development loans for hydrogen plants.\n',
        'The agreement is backed by €2.5 billion in German development loans.\n',
      ], 'The agreement is backed by €4.5 billion in German development loans.\n'),
      errors: [
        {
          messageId: 'draftDiffers',
          file: 'draft.md',
          text: '€4.5 billion',
          related: [{ file: 'a.txt', text: '€2.5 billion' }, { file: 'b.txt', text: '€2.5 billion' }],
          data: { a: 4500000000, b: 2500000000, kind: 'money', unit: 'EUR' },
          suggestions: ['€2.5 billion'],
        },
      ],
    },
    {
      name: 'transposed digits, even where one outlet leaves out the noun',
      documents: documents(same, [
        'Rovers won 2-1 yesterday in front of 27,412 fans at Mill Lane.\n',
        'There were 24,712 inside Mill Lane and plenty of the home fans knew it.\n',
      ]),
      errors: [
        {
          messageId: 'differs',
          file: 'a.txt',
          text: '27,412 fans',
          related: [{ file: 'b.txt', text: '24,712' }],
          data: { a: 27412, b: 24712 },
        },
      ],
    },
    {
      name: 'one person, two ages',
      documents: documents(same, [
        'Frank Dressler, 56, was given a suspended sentence by the court.\n',
        'The court sentenced Frank Dressler, 58, to 18 months.\n',
      ]),
      errors: [{ messageId: 'differs', file: 'a.txt', text: '56', related: [{ file: 'b.txt', text: '58' }], data: { a: 56, b: 58 } }],
    },
  ],
});

describe('number-mismatch on the seeds', () => {
  it('reports nothing: the seeds agree on every figure', () => {
    expect(onSeeds(rule)).toEqual([]);
  });
});
