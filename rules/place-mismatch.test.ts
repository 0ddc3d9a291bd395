import { describe, expect, it } from 'vitest';
import rule from './place-mismatch.js';
import { documents, fixtureDocuments, onSeeds, testRule } from './test-support/documents.js';
import { runRule } from '@factlint/core/testing';
import type { Rule } from '@factlint/core';

const meta = { published: '2024-06-13T08:00:00Z' };

testRule(rule, {
  valid: [
    {
      name: 'a venue the stories place by a town is not the far-off town of its name the tables know ("the San Cayetano mine near the town of Tasco" … "has arrived at San Cayetano" / "who arrived in Tasco")',
      documents: documents(meta, [
        'The collapse happened at the San Cayetano mine near the town of Tasco in Boyacá province. Mines Minister Lucía Benavides has arrived at San Cayetano and met relatives.\n',
        'The search at the San Cayetano coal mine ended on Wednesday. Mines Minister Lucía Benavides, who arrived in Tasco on Wednesday morning, met relatives.\n',
      ]),
    },
    {
      name: 'a town the story places in a state by the wires\' dateline is in that state, whatever other town of the name the tables know ("ASHBY, Ky. (MP) — … a prison in rural Kentucky" / "the prison in Ashby, Calder County")',
      documents: documents(meta, [
        'ASHBY, Ky. (MP) — Two men serving long sentences escaped overnight from a medium-security prison in rural Kentucky, authorities said.\n',
        'Two inmates escaped overnight from the medium-security prison in Ashby, Calder County, officials said.\n',
      ]),
    },
    {
      name: 'a clause that names the other\'s town by its air base tells another leg of the journey ("had arrived from Eindhoven earlier" / "landed at Eindhoven air base after a flight from Muscat")',
      documents: documents(meta, [
        'A Dutch government aircraft carrying Sadeghi had arrived from Eindhoven earlier, at 08:05 local time.\n',
        'Yesterday evening, the Dutch government plane carrying Visser landed at Eindhoven air base after a flight from Muscat.\n',
      ]),
    },
    {
      name: 'unknown names that may be one town in two languages, or a valley and a town in it, stay quiet ("in Bressano" / "in Bressach"; "in Val Sarenta" / "in Pennes")',
      documents: documents(meta, [
        'The avalanche buried the road in Bressano on Tuesday morning, cutting off 300 homes, police said. The slide came down in Val Sarenta on Tuesday morning, cutting off 300 homes.\n',
        'The avalanche buried the road in Bressach on Tuesday morning, cutting off 300 homes, police said. The slide came down in Pennes on Tuesday morning, cutting off 300 homes.\n',
      ]),
    },
    {
      name: 'two unknown names one document writes together may be one inside the other ("burst in Kelvale" / "at Dunmarra", with "Dunmarra, a suburb on the edge of Kelvale"... told as a list or in one paragraph)',
      documents: documents(meta, [
        'The 900mm water main burst in Kelvale on Tuesday morning, cutting supply to 40,000 homes, the utility said.\n',
        'The 900mm water main burst in Dunmarra on Tuesday morning, cutting supply to 40,000 homes, the utility said. Crews closed roads around Dunmarra and Kelvale.\n',
      ]),
    },
    {
      name: 'unknown names that share a word, and unknown names less clearly of one happening, stay quiet ("at Marlow Works" / "the Marlow plant"; "people in Kelvale" / "homes at Dunmarra")',
      documents: documents(meta, [
        'Production at Marlow Works will end in June, the company said. Residents in Kelvale were told to boil water.\n',
        'Production at the Marlow plant will end in June, the company said. The water was cut at Dunmarra on Friday.\n',
      ]),
    },
    {
      name: 'an unknown name against a region the tables know may lie in it ("the main burst in Kelvale" / "in Derbyshire")',
      documents: documents(meta, [
        'The 900mm water main burst in Kelvale on Tuesday morning, cutting supply to 40,000 homes, the utility said.\n',
        'The 900mm water main burst in Derbyshire on Tuesday morning, cutting supply to 40,000 homes, the utility said.\n',
      ]),
    },
    {
      name: 'a hall inside a building, and "The Palace" for a palace the other names, are one place ("in the Great Hall of Parliament House" / "at Parliament House"; "at the Palace" / "at Buckingham Palace")',
      documents: documents(meta, [
        'The agreements were signed in the Great Hall of Parliament House on Wednesday. The King hosted the banquet at the Palace on Tuesday.\n',
        'The agreements were signed at Parliament House on Wednesday. The King hosted the banquet at Buckingham Palace on Tuesday.\n',
      ]),
    },
    {
      name: 'places of different numbered stages are no conflict ("stage 11 from Saint-Flour to Rodez" / "stage 12 to Mende")',
      documents: documents(meta, [
        'Brouwers will not start tomorrow, after the crash on stage 11 from Saint-Flour to Rodez.\n',
        'Ferraris starts stage 12 to Mende in the yellow jersey.\n',
      ]),
    },
    {
      name: 'towns in one state near each other stay what the tables make of them, and "near" reaches over a state line ("near Washington" / "in Arlington")',
      documents: documents(meta, [
        'The plane crashed near Washington on Tuesday night, killing all 64 people on board.\n',
        'The plane crashed in Arlington on Tuesday night, killing all 64 people on board.\n',
      ]),
    },
    {
      name: 'a region told by its bearing or one that spans countries may hold the other place ("homes in the North West" / "homes in England"; "held in the Sahel" / "held in Mali")',
      documents: documents(meta, [
        'Kestrel Care Group, which she founded in 2009, runs more than 40 homes in the North West. At least seven foreigners are still held hostage in the Sahel.\n',
        'She founded Kestrel Care Group in 2009 and built it into a chain of 41 homes in England. At least seven foreigners are still held hostage in Mali.\n',
      ]),
    },
    {
      name: 'where people come from and where an expert works are no places of the event ("two divers from the United Kingdom" / "divers from Thailand"; "lectures at Swansea University")',
      documents: documents(meta, [
        'On 20 July two cave divers from the United Kingdom located the group alive. The crush happened in Cardiff, police said.\n',
        'On 20 July cave divers from Thailand located the group alive. Dr Ruth Akintola, who lectures in crowd science at Swansea University, said the crush was avoidable.\n',
      ]),
    },
    {
      name: 'a remark told beside another place in a report of another happening stays quiet ("his rally in Bremen last week" / "spoke in Kassel")',
      documents: documents(meta, [
        'Anja Vogt spoke to supporters in Kassel on Sunday. "We have lost a battle, not the war," she said.\n',
        'Anja Vogt will hold a rally in Bremen next week, her office said. She campaigned in Kassel until Sunday.\n',
      ]),
    },
    {
      name: 'a city\'s old quarter is in the city, whatever town elsewhere is called Old Town ("at the Government Office in Bratislava" / "in the Old Town")',
      documents: documents(meta, [
        'Hudak told reporters at the Government Office in Bratislava that he accepted the verdict.\n',
        'Hudak has just finished speaking to reporters at the Government Office in the Old Town.\n',
      ]),
    },
    {
      name: 'a list of places that names the region around the other\'s place covers it ("firefighters in Spain and Portugal battled wildfires" / "wildfires in Andalusia")',
      documents: documents(meta, [
        'Temperatures topped 44 degrees as firefighters in Spain and Portugal battled dozens of wildfires on Monday.\n',
        'Firefighters battled dozens of wildfires in Andalusia on Monday as temperatures topped 44 degrees.\n',
      ]),
    },
    {
      name: 'a journey\'s places in one story of two people are different happenings ("held in Iran … exchange at Muscat International Airport" / "left Muscat" / "landed in Muscat")',
      documents: documents(
        meta,
        [
          'The Dutch plane carrying Maarten Visser and Azadeh Rahimi left Muscat at 14:25 local time and landed at Eindhoven Air Base at 1725 GMT.\n',
          'Maarten Visser and Azadeh Rahimi were flown from Tehran on an Omani plane that landed in Muscat at 12:20 local time.\n',
        ],
        'Two Dutch nationals held in Iran, Maarten Visser and Azadeh Rahimi, were back in the Netherlands on Tuesday after a prisoner exchange at Muscat International Airport.\n',
      ),
    },
    {
      name: 'where a voyage was bound is not where the ship broke down ("bound for Iloilo" / "east of Pola"), and "Iloilo City" is Iloilo',
      documents: documents(meta, [
        'MT Celestine Star lost engine power about 13 kilometres east of Pola while carrying fuel oil bound for Iloilo.\n',
        'The vessel was on a voyage from Limay to Iloilo City when it lost engine power off Pola.\n',
        'The tanker MT Celestine Star lost engine power off Pola on a voyage from Limay to Iloilo.\n',
      ]),
    },
    {
      name: 'a country after "outside" says where something is not ("descent outside Japan" / "the Japanese-Brazilian community in Liberdade")',
      documents: documents(meta, [
        'On Wednesday he will meet representatives of the Japanese-Brazilian community in Liberdade, the traditional Japanese district of São Paulo.\n',
        'He will meet members of the Japanese-Brazilian community, the largest population of Japanese descent outside Japan.\n',
      ]),
    },
    {
      name: 'where a firm has its seat is not where anything happened ("the Akron-based company" / "the plant in Lima, Ohio")',
      documents: documents(meta, [
        'The Akron-based company said it would close the plant, cutting 600 jobs.\n',
        'The company said it would close the plant in Lima, Ohio, cutting 600 jobs.\n',
      ]),
    },
    {
      name: 'a correction\'s retracted places are no report\'s ("An earlier entry on this page said the express was travelling from Howrah to Cuttack")',
      documents: documents(meta, [
        'An earlier entry on this page said the express was travelling from Howrah to Cuttack. We regret the error.\n',
        'Nine carriages of the express, travelling from Cuttack to Howrah, came off the tracks on Saturday.\n',
      ]),
    },
    {
      name: 'the city the stories are filed from holds its suburbs',
      documents: documents(meta, {
        'wire.txt': 'Mumbai, Mar 4 (PTI) A fire broke out at a garment warehouse in Andheri on Monday night, fire officials said.\n',
        'paper.txt': 'MUMBAI: A fire broke out at a garment warehouse in Mumbai on Monday night, fire officials said.\n',
      }),
    },
    {
      name: 'a ground the tables know only as a town far away ("Eden Park") may be the ground in the other source\'s city',
      documents: documents(meta, [
        'Australia and New Zealand meet again in the one-day final at Eden Park on Sunday, Cricket Australia said.\n',
        'Cricket Australia said the one-day final against New Zealand would be played in Auckland on Sunday.\n',
      ]),
    },
    {
      name: 'where someone spoke is not where the events happened ("said in Sydney" / "played in Perth")',
      documents: documents(meta, [
        'The one-day final against India will be played on Sunday, Cricket Australia said in Sydney.\n',
        'Cricket Australia said the one-day final against India would be played in Perth on Sunday.\n',
      ]),
    },
    {
      name: 'a place the other clause names among others is not contradicted by them ("in Sleman and Klaten" / "in Klaten")',
      documents: documents(meta, [
        'Ash fell on towns and villages in Sleman and Klaten, to the west and north of the mountain, turning the morning sky grey and coating roads, roofs and crops.\n',
        'Ash began falling in Klaten, north of the volcano, at around 11am. Residents are wearing masks, and motorcyclists have switched on their headlights.\n',
      ]),
    },
    {
      name: 'two lists of places that share a member name different sets ("in Montreal and Vancouver" / "between Mission and Vancouver")',
      documents: documents(meta, [
        'Commuter trains in Montreal and Vancouver that run on the Pacific tracks were also cancelled on Thursday.\n',
        'Commuter trains, which run on the Pacific tracks between Mission and Vancouver, were cancelled on Thursday.\n',
      ]),
    },
    {
      name: 'one name no table knows is one place in every source that gives it',
      documents: documents(meta, [
        'Two villagers were killed in the hamlet of Sukamaju on the southern flank, the disaster agency said.\n',
        'Two villagers were killed in Sukamaju on the volcano\'s southern flank, the agency said.\n',
      ]),
    },
    {
      name: 'a bay and a foreshore of the same name may be one stretch of shore',
      documents: documents(meta, [
        'The storm surge was worst along the Fannie Bay foreshore, where seawater swamped the car parks.\n',
        'The worst of the storm surge hit Fannie Bay, where seawater poured across the road.\n',
      ]),
    },
    {
      name: 'a square and a street no table knows may be one spot: nothing to back',
      documents: documents(meta, [
        'The march ended at Place Bellecour, where the union leader spoke.\n',
        'The march ended on Rue Victor Hugo, where the union leader spoke.\n',
      ]),
    },
    {
      name: 'Downing Street is in London',
      documents: documents(meta, [
        'Prime Minister David Cameron met President Vladimir Putin for talks in London on Sunday.\n',
        'Prime Minister David Cameron met President Vladimir Putin for talks in Downing Street on Sunday.\n',
      ]),
    },
    {
      name: 'Lough Erne is in Northern Ireland',
      documents: documents(meta, [
        'The leaders of the G8 gather for their summit in Lough Erne from Monday.\n',
        'The leaders of the G8 gather for their summit in Northern Ireland from Monday.\n',
      ]),
    },
    {
      name: 'a factory on the outskirts of a city and a town next to it',
      documents: documents(meta, [
        'A fire swept through a garment factory in Narayanganj on Wednesday, officials said.\n',
        'A fire swept through a garment factory on the outskirts of Dhaka on Wednesday, officials said.\n',
      ]),
    },
    {
      name: 'a canal, like a valley, may hold a place no table knows ("The Suez Canal reopened on Thursday" / "refloated near El Shallufa on Thursday")',
      documents: documents(meta, [
        'The Suez Canal reopened to traffic on Thursday after salvors refloated the container ship.\n',
        'Salvors refloated the container ship near El Shallufa on Thursday, and traffic reopened.\n',
      ]),
    },
    {
      name: 'roads a route lists one after another are a list, not one inside the other ("along Castle Road, Independence Avenue, Liberation Road and Giffard Road" / "along Independence Avenue and Liberation Road")',
      documents: documents(meta, [
        'The cortège departed at 11:30 a.m. on a gun carriage and proceeded along Castle Road, Independence Avenue, Liberation Road and Giffard Road to the cemetery.\n',
        'The coffin left on a gun carriage at 11:30 a.m. for the route along Independence Avenue and Liberation Road to the cemetery.\n',
      ]),
    },
    {
      // (Two streets by different names are two places: see the invalid cases.)
      name: 'a name the gazetteer does not know cannot be contradicted by one of no kind ("at Mill Lane" / "at Hollowbrook")',
      documents: documents(meta, [
        'Rovers won 2-1 at Mill Lane on Saturday in front of a full house.\n',
        'Rovers won 2-1 at Hollowbrook on Saturday in front of a full house.\n',
      ]),
    },
    {
      name: 'two events in two places',
      documents: documents(meta, [
        'Putin told a press conference in London that talks had been useful.\n',
        'Putin said hopes for a peace conference in Geneva had not yet faded.\n',
      ]),
    },
    {
      name: 'a general place settles nothing but contradicts nothing either',
      documents: documents(meta, [
        'Union members plan a rally at Mynttorget in central Stockholm on Tuesday.\n',
        'Union members are planning a rally in central Stockholm on Tuesday afternoon.\n',
      ]),
    },
  ],
  invalid: [
    {
      name: 'a plant named after the city it stands in leaves the city a city ("the fire at the Lyon plant in Lyon" / "the fire at the company\'s plant in Marseille")',
      documents: documents(meta, [
        'The fire broke out at the Lyon plant in Lyon on Tuesday night and burned for six hours, the company said.\n',
        'The fire broke out at the company\'s plant in Marseille on Tuesday night and burned for six hours.\n',
        'The fire broke out at the plant in Lyon on Tuesday night and burned for six hours.\n',
      ]),
      errors: [{ messageId: 'differs', file: 'b.txt', text: 'Marseille' }],
    },
    {
      name: 'two of Britain\'s national parks are two places ("cruising at 36,000ft over the Lake District when the crew reported a fire" / "cruising at 36,000 feet over the Yorkshire Dales when a fire warning sounded")',
      documents: documents(meta, [
        'The jet was cruising at 36,000ft over the Lake District when the crew reported a fire in the left engine.\n',
        'The jet was cruising at 36,000 feet over the Yorkshire Dales when a fire warning sounded for its left engine.\n',
        'The aircraft was cruising over the Yorkshire Dales when the fire warning for the left engine sounded.\n',
      ]),
      errors: [{ messageId: 'differs', file: 'a.txt', text: 'the Lake District' }],
    },
    {
      name: 'two suburbs of the city most reports name, without a dateline, are two places however close ("his restaurant Ferro in Paddington" / "his restaurant Ferro in Surry Hills", both stories in Sydney)',
      documents: documents(meta, [
        'The Federal Court in Sydney ruled for the chef on Wednesday. The articles said he had underpaid staff at Ferro, his restaurant in Paddington, for five years.\n',
        'The Federal Court in Sydney ruled for the chef on Wednesday. The articles said he had underpaid staff at Ferro, his restaurant in Surry Hills, for five years.\n',
      ]),
      errors: [{ messageId: 'differs', file: 'a.txt', text: 'Paddington' }],
    },
    {
      name: 'where someone spoke, told as "Speaking to reporters in" or "told reporters in", though what they said names a day ("Speaking to reporters in Great Falls, she said she would call a session this coming Monday" / "told reporters in Billings that she would call a session on June 28")',
      documents: documents(meta, [
        'Speaking to reporters in Great Falls, Sorensen said she would call lawmakers back for a special session beginning this coming Monday.\n',
        'Gov. Clare Sorensen told reporters in Billings that she would call lawmakers back to Helena for a special session on June 28.\n',
      ]),
      errors: [{ messageId: 'differs', file: 'a.txt', text: 'Great Falls' }],
    },
    {
      name: 'two towns the stories call towns, one with a word that describes it ("in the border town of Tamalat" / "in Kel-Essouk, a town near the border")',
      documents: documents(meta, [
        'They were freed on Sunday and handed over to officials in the border town of Tamalat, about 200km north of the capital.\n',
        'They were handed over to officials on Sunday in Kel-Essouk, a town near the border about 200 kilometres north of the capital.\n',
      ]),
      errors: [{ messageId: 'differs', file: 'a.txt', text: 'Tamalat' }],
    },
    {
      name: 'two reports of where one body is based ("Aube Sahel, which is based in Lyon" / "Aube Sahel, which is based in Geneva")',
      documents: documents(meta, [
        'Aube Sahel, which is based in Lyon, said in a statement that its four colleagues were exhausted but in good spirits.\n',
        'Aube Sahel, which is based in Geneva, said in a statement that its four colleagues were exhausted but in good spirits.\n',
      ]),
      errors: [{ messageId: 'differs', file: 'a.txt', text: 'Lyon' }],
    },
    {
      name: 'two names no table knows, never written together, told of one happening, are two places ("the water main burst in Kelvale" / "in Dunmarra")',
      documents: documents(meta, [
        'The 900mm water main burst in Kelvale on Tuesday morning, cutting supply to 40,000 homes, the utility said.\n',
        'The 900mm water main burst in Dunmarra on Tuesday morning, cutting supply to 40,000 homes, the utility said.\n',
      ]),
      errors: [{ messageId: 'differs', file: 'a.txt', text: 'Kelvale' }],
    },
    {
      name: 'a name no table knows against a town the tables know, told of one happening, is another place ("was flown to Orvane for treatment" / "to Athens")',
      documents: documents(meta, [
        'The injured engineer was airlifted to Orvane for treatment of severe burns on Tuesday, the coastguard said.\n',
        'The injured engineer was airlifted to Athens for treatment of severe burns on Tuesday, the coastguard said.\n',
      ]),
      errors: [{ messageId: 'differs', file: 'a.txt', text: 'Orvane' }],
    },
    {
      name: 'two named buildings are two places, even one named by its kind word alone ("signed at Parliament House" / "signed at The Lodge in Deakin")',
      documents: documents(meta, [
        'The two prime ministers oversaw the signing of the agreements at Parliament House on Wednesday.\n',
        'The two prime ministers signed five agreements at The Lodge in Deakin on Wednesday after a two-hour meeting.\n',
      ]),
      errors: [{ messageId: 'differs', file: 'a.txt', text: 'Parliament House' }],
    },
    {
      name: 'two squares of one city are two places ("clashes broke out near Place de la Nation" / "on Place de la Bastille")',
      documents: documents(meta, [
        'Clashes broke out shortly before 5 p.m. near Place de la Nation, where masked protesters threw bottles at police.\n',
        'Shortly before 5pm, clashes broke out on Place de la Bastille, where masked protesters threw bottles at police.\n',
      ]),
      errors: [{ messageId: 'differs', file: 'a.txt', text: 'Place de la Nation' }],
    },
    {
      name: 'a town in another province is another place, however near ("a new hospital, to be built in Richmond" / "to build a new hospital in Nelson")',
      documents: documents(meta, [
        'The Budget includes $1.26 billion to build a new hospital in Nelson, due to open in 2032.\n',
        'The Budget includes $1.26 billion for a new hospital, to be built in Richmond and due to open in 2032.\n',
      ]),
      errors: [{ messageId: 'differs', file: 'a.txt', text: 'Nelson' }],
    },
    {
      name: 'a name built like a town\'s is a place against a village the stories name ("near Cocodrie, a fishing village" / "near Port Fourchon")',
      documents: documents(meta, [
        'Renata made landfall at 2:40 a.m. near Cocodrie, a fishing village at the bottom of the parish, with winds of 150 mph.\n',
        'Renata made landfall at 2:40 a.m. near Port Fourchon, packing maximum sustained winds of 150 mph.\n',
      ]),
      errors: [{ messageId: 'differs', file: 'a.txt', text: 'Cocodrie' }],
    },
    {
      name: 'two kilometre markers of one waterway are two places ("ran aground at kilometre 143 of the canal" / "ran aground near km 134")',
      documents: documents(meta, [
        'The container ship ran aground at kilometre 143 of the canal at 05:42 on Tuesday, the canal authority said.\n',
        'The container ship ran aground near km 134 of the canal early on Tuesday, blocking the waterway.\n',
      ]),
      errors: [{ messageId: 'differs', file: 'a.txt', text: 'kilometre 143' }],
    },
    {
      name: 'two reports that quote one remark beside a place tell where it was said ("spoke to supporters in Bremen. \'…\'" / "In Kassel, Vogt told supporters … \'…\'")',
      documents: documents(
        meta,
        [
          'Opposition leader Anja Vogt spoke to supporters in Bremen. "We have lost a battle, not the war," she said. She left without taking questions.\n',
          'Anja Vogt conceded defeat shortly after midnight. "We have lost a battle, not the war," the opposition leader said in Bremen.\n',
        ],
        'In Kassel, opposition leader Anja Vogt told supporters the party was not finished. "We have lost a battle, not the war," she said.\n',
      ),
      errors: [{ messageId: 'draftDiffers', file: 'draft.md', text: 'Kassel' }],
    },
    {
      name: 'a town named before its court places the verdict ("convicted … by the district court in The Hague" / "convicted … by a Rotterdam court")',
      documents: documents(meta, [
        'Sadeghi was arrested in May 2026 and convicted in 2027 by the district court in The Hague of preparing a murder.\n',
        'Sadeqi was convicted in 2027 by a Rotterdam court of plotting to murder an opposition activist.\n',
      ]),
      errors: [{ messageId: 'differs', file: 'a.txt', text: 'The Hague', related: [{ file: 'b.txt', text: 'Rotterdam' }] }],
    },
    {
      name: 'a district no table knows is placed by a list a source gives after a colon ("four districts: Beira, Dondo, Nhamatanda and Búzi")',
      documents: documents(meta, [
        'The outbreak affects four districts: Beira, Dondo, Nhamatanda and Búzi. The fourth treatment centre opened on Friday in Dondo.\n',
        'The newest treatment centre opened on Friday in Nhamatanda, health officials said.\n',
      ]),
      errors: [{ messageId: 'differs', file: 'a.txt', text: 'Dondo', related: [{ file: 'b.txt', text: 'Nhamatanda' }] }],
    },
    {
      name: 'two stations no table knows, each named before the same district, are two places ("near Dhanmandal station in Odisha\'s Jajpur district" / "near Byasanagar station in …")',
      documents: documents(
        meta,
        ['Nine coaches of the express derailed near Dhanmandal station in Odisha\'s Jajpur district at 7.48 pm on Saturday.\n', 'Nine coaches of the express derailed near Dhanmandal station in Odisha\'s Jajpur district on Saturday evening.\n'],
        'Nine coaches of the express derailed near Byasanagar station in Odisha\'s Jajpur district at 7.48 pm on Saturday.\n',
      ),
      errors: [{ messageId: 'draftDiffers', file: 'draft.md', text: 'Byasanagar station in Odisha', related: [{ file: 'a.txt', text: 'Dhanmandal station in Odisha' }, { file: 'b.txt', text: 'Dhanmandal station in Odisha' }] }],
    },
    {
      name: 'two names no table knows that a list gives as separate places are two places ("orders are in force in Oak Road, Dunvale and Marrick Flats")',
      documents: documents(meta, [
        'Evacuation orders are in force in Oak Road, Dunvale and Marrick Flats. The blaze started near Dunvale on Sunday afternoon, fire officials said.\n',
        'The blaze started near Marrick Flats on Sunday afternoon, fire officials said.\n',
      ]),
      errors: [{ messageId: 'differs', file: 'a.txt', text: 'Dunvale', related: [{ file: 'b.txt', text: 'Marrick Flats' }] }],
    },
    {
      name: 'two names no table knows, each placed in the same district, are two places ("at Okpokwu in Ogbadibo LGA" / "near Orokam in Ogbadibo LGA")',
      documents: documents(meta, [
        'The lorry overturned at Okpokwu in Ogbadibo Local Government Area at about 9am, police said.\n',
        'The lorry overturned near Orokam in Ogbadibo Local Government Area at about 9am, police said.\n',
      ]),
      errors: [{ messageId: 'differs', file: 'a.txt', text: 'Okpokwu', related: [{ file: 'b.txt', text: 'Orokam' }] }],
    },
    {
      name: 'a name the stories call a city is not a city the tables know by another name ("left the city of Quillabamba" / "left the bus terminal in Cusco")',
      documents: documents(meta, [
        'The coach left the city of Quillabamba shortly after 9pm on Monday, bound for Lima.\n',
        'The coach left the Terrapuerto bus terminal in Cusco shortly after 9pm on Monday, bound for Lima.\n',
      ]),
      errors: [{ messageId: 'differs', file: 'a.txt', text: 'Quillabamba', related: [{ file: 'b.txt', text: 'Cusco' }] }],
    },
    {
      name: 'two suburbs of the city the stories are filed from are two places, however close',
      documents: documents(meta, {
        'wire.txt': 'Mumbai, Mar 4 (PTI) A fire broke out at a garment warehouse in Andheri on Monday night, fire officials said.\n',
        'paper.txt': 'MUMBAI: A fire broke out at a garment warehouse in Vikhroli on Monday night, fire officials said.\n',
      }),
      errors: [{ messageId: 'differs', file: 'wire.txt', text: 'Andheri', related: [{ file: 'paper.txt', text: 'Vikhroli' }] }],
    },
    {
      name: '"the Johannesburg suburb of Randburg" names the suburb, not the city: another suburb is another place',
      documents: documents(
        meta,
        { 'wire.txt': 'JOHANNESBURG, June 12 (Highveld Wire) - The recalled pills were made at Quimfa\'s plant in the Johannesburg suburb of Randburg, the regulator said.\n' },
        'The recalled pills were made at Quimfa\'s plant in the Johannesburg suburb of Roodepoort, the regulator said.\n',
      ),
      errors: [{ messageId: 'draftDiffers', file: 'draft.md', text: 'Roodepoort', related: [{ file: 'wire.txt', text: 'Randburg' }] }],
    },
    {
      name: 'two names no table knows that the stories call hamlets are two hamlets ("the hamlet of Sukamaju" / "Cibodas hamlet")',
      documents: documents(meta, [
        'Two villagers were killed in the hamlet of Sukamaju on the volcano\'s southern flank, the disaster agency said.\n',
        'Two villagers were killed in Cibodas hamlet on the volcano\'s southern flank, the disaster agency said.\n',
      ]),
      errors: [{ messageId: 'differs', file: 'a.txt', text: 'Sukamaju', related: [{ file: 'b.txt', text: 'Cibodas hamlet' }] }],
    },
    {
      name: 'two stretches of shore no table knows, a foreshore and a bay by different names',
      documents: documents(meta, [
        'The storm surge was worst along the Nightcliff foreshore, where seawater swamped the car parks.\n',
        'The worst of the storm surge hit Fannie Bay, where seawater poured across the road.\n',
      ]),
      errors: [{ messageId: 'differs', file: 'a.txt', text: 'the Nightcliff foreshore', related: [{ file: 'b.txt', text: 'Fannie Bay' }] }],
    },
    {
      name: 'two leisure centres no table knows, named after two towns: one count held in two places',
      documents: documents(meta, [
        'The result was declared at Hartwell Leisure Centre shortly before 3am yesterday, after polls closed on Thursday night.\n',
        'The result was declared at Dunmore Leisure Centre shortly before 3am, after a bundle check held up the count.\n',
      ]),
      errors: [{ messageId: 'differs', file: 'a.txt', text: 'Hartwell Leisure Centre', related: [{ file: 'b.txt', text: 'Dunmore Leisure Centre' }] }],
    },
    {
      name: 'two streets are one kind whatever their kind word, and a quarter\'s bearing is no part of their names ("at Southeast Division Street and 82nd Avenue" / "at Southeast Powell Boulevard and 82nd Avenue")',
      documents: documents(meta, {
        'wire.txt': 'The crash happened at Southeast Division Street and 82nd Avenue shortly after 11 p.m., police said.\n',
        'blog.txt': 'The crash happened at Southeast Powell Boulevard and 82nd Avenue shortly after 11 p.m., police said.\n',
      }),
      errors: [{ messageId: 'differs', file: 'wire.txt', text: 'Southeast Division Street', related: [{ file: 'blog.txt', text: 'Southeast Powell Boulevard' }] }],
    },
    {
      name: 'a town the tables know keeps no venue\'s kind: "Byron Bay" is a town against an unknown one ("his son\'s wedding in Byron Bay" / "his son\'s wedding in Noosa")',
      documents: documents(meta, {
        'tribune.txt': 'Halloran missed the vote because he was at his son\'s wedding in Byron Bay on Saturday, the paper understands.\n',
        'statement.txt': 'I missed the vote because I was at my son\'s wedding in Noosa on Saturday, with my family.\n',
      }),
      errors: [{ messageId: 'differs', file: 'tribune.txt', text: 'Byron Bay', related: [{ file: 'statement.txt', text: 'Noosa' }] }],
    },
    {
      name: 'two Crown Courts are two places, told by their towns ("sentenced at Leeds Crown Court" / "sentenced at Bradford Crown Court")',
      documents: documents(meta, {
        'national.txt': 'Neil Harrowby, 56, was jailed for six years at Leeds Crown Court on Thursday after admitting fraud.\n',
        'police.txt': 'Neil Harrowby, 56, was jailed for six years at Bradford Crown Court on Thursday after admitting fraud.\n',
      }),
      errors: [{ messageId: 'differs', file: 'national.txt', text: 'Leeds Crown Court', related: [{ file: 'police.txt', text: 'Bradford Crown Court' }] }],
    },
    {
      name: 'a medical center named after its town lies in that town ("flown to Flagstaff Medical Center" / "flown to a trauma center in Phoenix")',
      documents: documents(meta, {
        'park.txt': 'The injured hiker was flown by helicopter to Flagstaff Medical Center on Tuesday evening, rangers said.\n',
        'tv.txt': 'The injured hiker was flown by helicopter to a trauma center in Phoenix on Tuesday evening, rangers said.\n',
      }),
      errors: [{ messageId: 'differs', file: 'park.txt', text: 'Flagstaff Medical Center', related: [{ file: 'tv.txt', text: 'Phoenix' }] }],
    },
    {
      name: 'two names one paragraph gives in two sentences are not tied: an unknown port against a known one ("sailed from Puerto Williams on Monday. … due in Punta Arenas" / "sailed from Punta Arenas on Monday")',
      documents: documents(meta, {
        'sailing.txt': 'The navy patrol vessel Cabo Vergara sailed from Puerto Williams on Monday and is making 15 knots towards the yacht. The vessel is due alongside in Punta Arenas on Thursday.\n',
        'wire.txt': 'The navy patrol vessel Cabo Vergara sailed from Punta Arenas on Monday and is making 15 knots towards the yacht.\n',
      }),
      errors: [{ messageId: 'differs', file: 'sailing.txt', text: 'Puerto Williams', related: [{ file: 'wire.txt', text: 'Punta Arenas' }] }],
    },
    {
      name: 'the one place each report says one person spoke at is one appearance, whatever each says they said ("Speaking in Auckland this afternoon, Finance Minister Simon Aldous said …" / "Finance Minister Simon Aldous told reporters in Wellington …")',
      documents: documents(meta, {
        'broadcaster.txt': 'GDP fell 0.2 percent in the September quarter. Speaking in Auckland this afternoon, Finance Minister Simon Aldous said he was "not going to abandon a plan that is working".\n',
        'wire.txt': 'GDP fell 0.2% in the September quarter. Finance Minister Simon Aldous told reporters in Wellington the government would not change course.\n',
      }),
      errors: [{ messageId: 'differs', file: 'broadcaster.txt', text: 'Auckland', related: [{ file: 'wire.txt', text: 'Wellington' }] }],
    },
    {
      name: 'two squares no table knows, by different names, are two places',
      documents: documents(meta, {
        'wire.txt': 'The march set off from Place Jean-Macé and ended at Place Bellecour, where the union leader spoke.\n',
        'blog.txt': 'The march set off from Place Jean-Macé and ended at Place Bellecour, where the speeches were held.\n',
        'paper.txt': 'The march set off from Place Jean-Macé and ended at Place des Terreaux, where the union leader spoke.\n',
      }),
      errors: [{ messageId: 'differs', file: 'paper.txt', text: 'Place des Terreaux', related: [{ file: 'wire.txt', text: 'Place Bellecour' }, { file: 'blog.txt', text: 'Place Bellecour' }] }],
    },
    {
      name: 'the town a patient was flown to, told through the hospital in it, against another town',
      documents: documents(meta, {
        'wire.txt': 'The injured engineer was flown by helicopter to the general hospital in Thessaloniki with burns to his arms.\n',
        'tv.txt': 'The injured engineer was flown by helicopter to Athens with burns to his arms.\n',
      }),
      errors: [{ messageId: 'differs', file: 'wire.txt', text: 'Thessaloniki', related: [{ file: 'tv.txt', text: 'Athens' }] }],
    },
    {
      name: 'a hospital named after its town and a hospital no table knows, in a town it does',
      documents: documents(meta, {
        'wire.txt': 'The injured driver was flown by helicopter to San Maurizio hospital in Bolzano on Tuesday.\n',
        'tv.txt': 'The injured driver was flown by helicopter to Bolzano on Tuesday.\n',
        'paper.txt': 'The injured driver was flown by helicopter to Innsbruck University Hospital in Austria on Tuesday.\n',
      }),
      errors: [{ messageId: 'differs', file: 'paper.txt', related: [{ file: 'wire.txt', text: 'San Maurizio hospital in Bolzano' }, { file: 'tv.txt', text: 'Bolzano' }] }],
    },
    {
      name: 'one press conference in two cities',
      documents: documents(meta, {
        'wire.txt': 'SNB Chairman Lukas Imhof told reporters at a news conference in Zurich on Thursday.\n',
        'paper.txt': 'Chairman Lukas Imhof told the media at the bank’s press conference in Bern on Thursday.\n',
        'tv.txt': 'Chairman Lukas Imhof spoke at the half-yearly press conference in Zurich on Thursday.\n',
      }),
      errors: [
        {
          messageId: 'differs',
          file: 'paper.txt',
          text: 'Bern',
          related: [{ file: 'wire.txt', text: 'Zurich' }, { file: 'tv.txt', text: 'Zurich' }],
          exactRelated: true,
          data: { a: 'Bern', b: 'Zurich' },
        },
      ],
    },
    {
      name: 'two buildings in one city are two places',
      documents: documents(meta, [
        'The deal, signed at the Chancellery after talks that lasted two hours, lists 14 joint projects.\n',
        'The agreement, signed at Schloss Bellevue, sets out 14 joint projects.\n',
      ]),
      errors: [{ messageId: 'differs', file: 'a.txt', text: 'the Chancellery', related: [{ file: 'b.txt', text: 'Schloss Bellevue' }], data: { b: 'Schloss Bellevue' } }],
    },
    {
      name: 'a draft that moves the event',
      documents: documents(meta, [
        'The attackers reached a server at a data centre in Osaka, the company said.\n',
        'The stolen data sat on servers at a data centre in Osaka, the company said.\n',
      ], 'The attackers reached a server at a data centre in Singapore.\n'),
      errors: [
        {
          messageId: 'draftDiffers',
          file: 'draft.md',
          text: 'Singapore',
          related: [{ file: 'a.txt', text: 'Osaka' }, { file: 'b.txt', text: 'Osaka' }],
          data: { a: 'Singapore', b: 'Osaka' },
        },
      ],
    },
    {
      name: 'the injured moved to one hospital in two cities ("moved" / "shifted")',
      documents: documents(meta, [
        'The injured were taken to a local hospital, and the most seriously hurt were later moved to the Government General Hospital in Guntur.\n',
        'The injured were first taken to the Area Hospital. Those in a critical condition were shifted to the Government General Hospital in Vijayawada.\n',
      ]),
      errors: [{ messageId: 'differs', file: 'a.txt', text: 'the Government General Hospital in Guntur', related: [{ file: 'b.txt', text: 'the Government General Hospital in Vijayawada' }] }],
    },
    {
      name: 'a draft that moves the event to another city of the country a source names',
      documents: documents(meta, [
        'A fire linked to the vacuums killed a 79-year-old woman in South Korea last month, the company said.\n',
        'A fire linked to the vacuums killed a 79-year-old woman in Busan last month, NSB reported.\n',
      ], 'A fire linked to the vacuums killed a 79-year-old woman in Daegu last month.\n'),
      errors: [{ messageId: 'draftDiffers', file: 'draft.md', text: 'Daegu', data: { a: 'Daegu', b: 'Busan' } }],
    },
    {
      name: 'the same distance from one town in two directions',
      documents: documents(meta, [
        'The quake struck near the town of Chivay, about 100 km north of Arequipa.\n',
        'The quake struck near the town of Chivay, about 100 km south of Arequipa.\n',
      ]),
      errors: [{ messageId: 'differs', file: 'a.txt', text: '100 km north of Arequipa', related: [{ file: 'b.txt', text: '100 km south of Arequipa' }] }],
    },
  ],
});

describe('place-mismatch on the seeds', () => {
  it('does not report London against Downing Street, nor anything else', () => {
    expect(onSeeds(rule)).toEqual([]);
  });
});

describe('place-mismatch on labelled clusters', () => {
  const places = (name: string) =>
    runRule(rule as unknown as Rule, fixtureDocuments(name)).map((d) => [d.data?.['textA'], ...(d.related ?? []).map((r) => r.message.replace(/^.*: /, ''))].join(' / '));

  it('does not set where a tanker was "bound for" against where it broke down (c56)', () => {
    expect(places('c56-coastal-oil-spill').filter((p) => /Iloilo/.test(p))).toEqual([]);
  });

  it('does not set the legs of a prisoner exchange against each other (c57)', () => {
    expect(places('c57-prisoner-exchange').filter((p) => /Muscat|Iran\b|Netherlands/.test(p))).toEqual([]);
  });

  it('does not set where a charity is based against where its workers were held (c133: "Aube Sahel, which is based in Lyon, said")', () => {
    expect(places('c133-hostage-release-sahel').filter((p) => /Lyon/.test(p))).toEqual([]);
  });

  it('does not set "moved to Marion from Toledo" against "move production from Marion to Saltillo" (c46)', () => {
    expect(places('c46-ohio-plant-layoffs').filter((p) => /Toledo/.test(p))).toEqual([]);
  });

  it('reads "to Howrah, near Kolkata" as Howrah, not a derailment near Kolkata against one in Odisha (c47)', () => {
    expect(places('c47-odisha-train-derailment').filter((p) => /Kolkata/.test(p))).toEqual([]);
  });
});
