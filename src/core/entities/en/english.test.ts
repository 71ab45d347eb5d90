import { describe, expect, it } from 'vitest';
import type { Entity, KnownEntity, Span } from '../../types';
import { segmentSentences } from '../../text/segment';
import { englishRecognizer } from './index';

const recognize = (text: string, options: { published?: string; known?: KnownEntity[]; excluded?: Span[] } = {}) =>
  englishRecognizer.recognize({
    text,
    sentences: segmentSentences(text),
    excluded: options.excluded ?? [],
    known: options.known ?? [],
    published: options.published,
  });
const summary = (entities: Entity[]) => entities.map((e) => `${e.type}:${e.name}`);
const find = (entities: Entity[], name: string) => entities.find((e) => e.name === name);

describe('English people', () => {
  it('reads a lone name opening a sentence as a person when it acts as one (Ferrow enrolled … he)', () => {
    expect(summary(recognize('Ferrow enrolled at the academy in 1990, where he studied law.'))).toContain('person:Ferrow');
  });

  it('reads a city’s name that a named person bears as that person’s surname (Leona Davis … Davis said)', () => {
    const entities = recognize('Forward Leona Davis scored 20 points on Sunday. “We kept going,” Davis said after the win in Sacramento.');
    expect(entities.filter((e) => e.type === 'place').map((e) => e.name)).toEqual(['Sacramento']);
    expect(find(entities, 'Leona Davis')).toMatchObject({ type: 'person' });
  });

  it('does not let a lone unknown word mid-sentence confirm the same word opening a sentence (Zentrova … tried Zentrova)', () => {
    expect(summary(recognize('Zentrova expanded fast last year. Shoppers who tried Zentrova liked it.'))).toEqual([]);
    // A known surname confirms it still.
    expect(summary(recognize('Johnson spoke first. Reporters then asked Johnson about it.'))).toEqual(['person:Johnson']);
  });

  it('keeps a lone given name with a place’s ending a person (Gloria, Clifford), not a place read from -ia or -ford', () => {
    const text = 'Their daughter, Gloria, was nine months old. Gloria was later taken to hospital. The court then heard Clifford describe the night.';
    expect(summary(recognize(text)).filter((name) => !name.startsWith('date:'))).toEqual(['person:Gloria', 'person:Clifford']);
    // A place whose name is no given name still ends like one.
    expect(summary(recognize('The convoy reached Zelenodolsk by night.'))).toContain('place:Zelenodolsk');
  });

  it('reads two initials after said as a person, not a body’s initials (said A.J.)', () => {
    expect(find(recognize('“We will keep fighting,” said A.J., a shift worker at the plant.'), 'A.J.')).toMatchObject({ type: 'person' });
  });

  it('reads a team position before a name as the person’s role (Browns DL Sheldon Richardson, QB Baker Mayfield)', () => {
    const entities = recognize('Browns DL Sheldon Richardson defended him, and QB Baker Mayfield agreed.');
    expect(find(entities, 'Sheldon Richardson')).toMatchObject({ type: 'person', role: 'DL' });
    expect(find(entities, 'Baker Mayfield')).toMatchObject({ type: 'person', role: 'QB' });
  });

  it('reads a quotation opened after a comma as a sentence start, where capitals say nothing (said, "Stock markets …")', () => {
    expect(summary(recognize('The investor had said, "Stock market bubbles do not grow out of thin air."'))).toEqual([]);
  });

  it('drops a line’s opening verb in -ing that the text also writes in lower case (Questioning Vindman’s judgment)', () => {
    const names = summary(recognize('Morrison kept questioning the plan.\n4. Questioning Alexander Vindman’s judgment'));
    expect(names).toContain('person:Alexander Vindman');
    expect(names.some((name) => name.includes('Questioning'))).toBe(false);
  });

  it('keeps a title that opens a sentence as the role of the person after it (Director Lena Marsh welcomed …)', () => {
    const person = recognize('Director Lena Marsh welcomed the first visitors back on Saturday.').find((e) => e.type === 'person');
    expect(person).toMatchObject({ name: 'Lena Marsh', role: 'Director' });
    // A given name after the title makes a person of a name that ends like a venue (… Park).
    const mayor = recognize('Mayor Helen Park said the vote in the city was a win for readers.').find((e) => e.name.includes('Park'));
    expect(mayor).toMatchObject({ type: 'person', name: 'Helen Park', role: 'Mayor' });
  });

  it('drops an everyday word that opens a sentence or heading from the name after it (Former …, A: Watching …)', () => {
    const names = summary(recognize('Former Federal Reserve Board economist Lena Marsh warned on Monday that rates would rise.\nA: Watching Premier League Pass with my kids.'));
    expect(names).toContain('organization:Federal Reserve Board');
    expect(names).toContain('person:Lena Marsh');
    expect(names.some((name) => /Former|Watching/.test(name))).toBe(false);
    // … but not a word that opens the whole name: Civic Party, Cyclone Idai.
    expect(summary(recognize('Civic Party leaders met on Monday. Cyclone Idai struck the coast.'))).toContain('organization:Civic Party');
  });

  it('does not take a label ending in a lone letter for a person (Path A, Group D.), nor a missed sentence start', () => {
    const names = summary(recognize('Winners of Path C advance. Wales topped Group E. The draw is on Friday. Malcolm X spoke.'));
    expect(names).toContain('person:Malcolm X');
    expect(names.filter((name) => /Path|Group|The/.test(name))).toEqual([]);
  });

  it('keeps a given name and surname a person after `via` or as a modifier after `the` (via Karen Lindqvist, the Tom Brady era)', () => {
    const names = summary(recognize('The quote came via Karen Lindqvist of the Herald. Fans miss the Tom Brady era.'));
    expect(names).toContain('person:Karen Lindqvist');
    expect(names).toContain('person:Tom Brady');
  });

  it('does not take `CEO of` into the organisation’s name', () => {
    expect(summary(recognize('Dana Park, the CEO of Halden Investment Group, resigned.'))).toEqual(['person:Dana Park', 'organization:Halden Investment Group']);
  });

  it('splits a name written twice in a row (a link’s text after its hover card) from its copy and what follows', () => {
    const names = summary(recognize('The senator praised Rep. Dana Whitcombe Dana Whitcombe Capitol Notes on Friday.'));
    expect(names).toContain('person:Dana Whitcombe');
    expect(names.filter((name) => name.includes('Whitcombe Dana'))).toEqual([]);
  });

  it('reads a production company by its ending (Dick Clark Productions)', () => {
    expect(summary(recognize('Dick Clark Productions said it would air the show.'))).toEqual(['organization:Dick Clark Productions']);
  });

  it('does not read a name with a model number in it as a person (50 Kestrel K350-900 jets)', () => {
    expect(summary(recognize('Emirates signed for 50 Kestrel K350-900 jets on Monday.')).filter((name) => name.startsWith('person:'))).toEqual([]);
  });

  it('reads a country’s initials before a title as the country, other initials as the organisation (U.S. Attorney, FBI Director)', () => {
    const entities = recognize('U.S. Attorney James Kennedy said FBI Director Christopher Wray agreed.');
    expect(find(entities, 'U.S.')).toMatchObject({ type: 'place' });
    expect(find(entities, 'FBI')).toMatchObject({ type: 'organization' });
    expect(find(entities, 'Christopher Wray')).toMatchObject({ type: 'person', role: 'Director', affiliation: 'FBI' });
  });

  it('takes the title before a name as the role', () => {
    const entities = recognize('President Joe Biden met Prime Minister Rishi Sunak.');
    expect(find(entities, 'Joe Biden')).toMatchObject({ type: 'person', role: 'President' });
    expect(find(entities, 'Rishi Sunak')).toMatchObject({ type: 'person', role: 'Prime Minister' });
  });

  it('does not make an honorific the role', () => {
    const [person] = recognize('The award went to Dr. Jane Goodall.');
    expect(person).toMatchObject({ type: 'person', name: 'Jane Goodall' });
    expect(person.role).toBeUndefined();
  });

  it('reads `X, chief executive of Y` as role and affiliation', () => {
    const entities = recognize('“We are ready,” said Erlan Bekov, chief executive of Damu Holdings.');
    expect(find(entities, 'Erlan Bekov')).toMatchObject({ role: 'chief executive', affiliation: 'Damu Holdings' });
    expect(find(entities, 'Damu Holdings')).toMatchObject({ type: 'organization' });
  });

  it('splits an organisation and a person around a title: Apple CEO Tim Cook', () => {
    const entities = recognize('On stage, Apple CEO Tim Cook spoke first.');
    expect(find(entities, 'Tim Cook')).toMatchObject({ type: 'person', role: 'CEO', affiliation: 'Apple' });
    expect(find(entities, 'Apple')).toMatchObject({ type: 'organization' });
  });

  it('finds people by what they say', () => {
    expect(summary(recognize('The deal is fair, according to Maria Lopez.'))).toEqual(['person:Maria Lopez']);
    expect(summary(recognize('Kowalski said the plan would work.'))).toEqual(['person:Kowalski']);
  });

  it('splits `Name Surname of <place or organisation>` into the person and where they are from', () => {
    expect(summary(recognize('Greta Holm of Norway said the talks would resume.'))).toEqual(['person:Greta Holm', 'place:Norway']);
    expect(summary(recognize('Tomas Brandt of the Harbour Workers Union told the meeting.'))).toEqual(['person:Tomas Brandt', 'organization:Harbour Workers Union']);
    expect(summary(recognize('They beat Ivo Kral of Austria and Lena Sato of Japan.'))).toEqual(['person:Ivo Kral', 'place:Austria', 'person:Lena Sato', 'place:Japan']);
    // Not a person: an organisation's own `of` (Royal Bank of Scotland), an office (Prime Minister of …).
    expect(summary(recognize('Shares in the Royal Bank of Scotland fell.'))).toEqual(['organization:Royal Bank of Scotland']);
    expect(summary(recognize('He met the Prime Minister of Norway.'))).toEqual(['place:Norway']);
  });

  it('does not take a headline or label in capitals for a person, but keeps a byline', () => {
    const text = 'HARBOUR CRANES STALL AGAIN\nThe cranes stall when the wind picks up again.\nREAD MORE\nBy ANNA BERG\nShe read the report.';
    expect(summary(recognize(text))).toEqual(['person:ANNA BERG']);
  });

  it('does not let a word the text writes in lower case confirm itself at a sentence start', () => {
    const text = 'Lantern sales rose. Shops sold Lantern kits, and one lantern sold twice.';
    expect(summary(recognize(text))).toEqual([]);
  });

  it('does not take a single word after a small count for a person', () => {
    expect(summary(recognize('Stir in 2 Tbsp oil, then add 1 Yellow and 1 Green from the kit.'))).toEqual([]);
    expect(summary(recognize('The airline grounded its 737 Max fleet.'))).toEqual([]);
  });

  it('merges a surname with the full name mentioned before', () => {
    const text = 'Joe Biden arrived late. Later Biden spoke.';
    const [biden] = recognize(text);
    expect(biden).toEqual({
      type: 'person',
      name: 'Joe Biden',
      aliases: ['Biden'],
      mentions: [
        { start: 0, end: 9 },
        { start: 30, end: 35 },
      ],
    });
  });

  it('does not take a capitalised word that starts a sentence for a name', () => {
    expect(recognize('Rather than wait, the council acted.')).toEqual([]);
  });

  it('needs more than capitals to list one word or a thing-like name as a person', () => {
    // One capitalised word with no cue, no full name and no name list behind it: a brand or a thing.
    expect(summary(recognize('Shoppers moved to Postmates during the storm.'))).toEqual([]);
    // … but a name people are known by stays, as does one introduced in full.
    expect(summary(recognize('Reporters met Obama on Monday.'))).toEqual(['person:Obama', 'date:Monday']);
    expect(summary(recognize('The report quoted Ada Brennick. Later, Brennick left.'))).toEqual(['person:Ada Brennick']);
    // Capitals around an everyday word name a thing, unless a given name opens them.
    expect(summary(recognize('Readers found Total Endorsement on the page.'))).toEqual([]);
    expect(summary(recognize('A lawsuit by Jim Hood was filed.'))).toEqual(['person:Jim Hood']);
  });

  it('reads a given name before a place-like or short family name as a person', () => {
    expect(summary(recognize('Reporters spoke with Christopher Hill, the envoy.'))).toEqual(['person:Christopher Hill']);
    expect(summary(recognize('The seat went to the lawyer Junius Ho on Monday.'))).toContain('person:Junius Ho');
  });

  it('reads NAME of ACRONYM and GIVEN-NAME NAME of ANYTHING as a person of an organisation', () => {
    expect(summary(recognize('Votes went to Michael Tien of NPP and others.'))).toEqual(['person:Michael Tien', 'organization:NPP']);
  });

  it('reads a qualified plural of people as a group, not a person (House Democrats), but keeps Metropolitan Police a name', () => {
    expect(summary(recognize('The bill passed after House Democrats voted for it.'))).toEqual([]);
    expect(summary(recognize('The Metropolitan Police said the road was closed.'))).toContain('organization:Metropolitan Police');
  });

  it('reads Attorney as a title before a name (U.S. Attorney Nealy Cox)', () => {
    const entities = recognize('The charge was brought by U.S. Attorney Nealy Cox on Monday.');
    expect(entities.find((e) => e.type === 'person')).toMatchObject({ name: 'Nealy Cox', role: 'Attorney' });
  });

  it('never takes the pronoun I into a name, nor a named storm for a person', () => {
    expect(summary(recognize('As a cadet in Air Force ROTC I was chosen to fly.'))).not.toContain('person:Air Force ROTC I');
    expect(summary(recognize('The coast braced as Cyclone Phailin neared.')).filter((s) => s.startsWith('person:'))).toEqual([]);
  });

  it('reads a model code as no organisation (A350), a group of countries as one (G20)', () => {
    expect(summary(recognize('The airline ordered the A350 after the G20 meeting.'))).toEqual(['organization:G20']);
  });

  it('does not take a quoted title of a work for a person', () => {
    expect(recognize('The band played “Shaky Ground Again” twice.')).toEqual([]);
  });

  it('reads one written form the same way across the text', () => {
    const entities = recognize('WeWork said it would cut jobs. Staff in WeWork offices were told.');
    expect(summary(entities)).toEqual(['organization:WeWork']);
    expect(entities[0].mentions).toHaveLength(2);
  });

  it('does not take nationalities, events or titles of works for people', () => {
    // A known place inside a title is still marked (Versailles, a town of the gazetteer).
    expect(summary(recognize('The American and Chinese delegates discussed the Second World War and the Treaty of Versailles.'))).toEqual(['place:Versailles']);
  });
});

describe('English places', () => {
  it('reads no place in a code of letters and digits after in (in CBR600F4 trim, in G20 talks)', () => {
    const found = summary(recognize('The review covers the bike in CBR600F4 trim, and ministers met in G20 talks in Osaka.'));
    expect(found.filter((n) => n.startsWith('place:'))).toEqual(['place:Osaka']);
  });

  it('reads a place under its formal name as that place (the State of Texas, the Kingdom of Bahrain), not a body', () => {
    const names = summary(recognize('Officials of the State of Texas met envoys from the Kingdom of Bahrain on Monday.'));
    expect(names).toContain('place:State of Texas');
    expect(names).toContain('place:Kingdom of Bahrain');
  });

  it('reads a people’s name as no place or body (the Rohingya, Yazidi families, a Hazara elder)', () => {
    expect(summary(recognize('Aid groups said the Rohingya and Yazidi families met a Hazara elder at the camp.'))).toEqual([]);
  });

  it('reads a feast or a pilgrimage as no place (the Hajj, during Ramadan and Diwali)', () => {
    expect(summary(recognize('Pilgrims gathered for the Hajj, and during Ramadan and Diwali the markets close early.'))).toEqual([]);
  });

  it('reads a known place before -based as a place (a Sacramento-based chain, Sugar Land-based), not an unknown word', () => {
    const names = summary(recognize('The Sacramento-based chain bought a Sugar Land-based rival and a Zorvix-based startup.'));
    expect(names).toEqual(['place:Sacramento', 'place:Sugar Land']);
  });

  it('reads a name described as a village after a comma as a place, and one southwest of another (Brenlow, a village southwest of Carvath)', () => {
    const names = summary(recognize('The man, 61, of Brenlow, a village southwest of Carvath, was charged on Friday.'));
    expect(names).toContain('place:Brenlow');
    expect(names).toContain('place:Carvath');
  });

  it('reads a country’s letters before a dollar sign as a currency, no place (US$ 4 billion, HK$ 20)', () => {
    expect(summary(recognize('Damage could reach US$ 4 billion, while a ferry ticket costs HK$ 20.'))).toEqual([]);
  });

  it('reads a name after a place’s noun and of as a place (the mayor of Vescara, the district of Mirelo Tolva)', () => {
    const names = summary(recognize('The mayor of Vescara met farmers from the district of Mirelo Tolva on Tuesday.'));
    expect(names).toContain('place:Vescara');
    expect(names).toContain('place:Mirelo Tolva');
  });

  it('reads an everyday word after the, capitalised for weight, as that word (the Oath, the Presidency), unless listed among names with the', () => {
    expect(summary(recognize('Every new officer swears the Oath before taking up the Presidency of the board.'))).toEqual([]);
    expect(summary(recognize('The barges carried salt down the Danube, the Drift and the Morava.'))).toContain('place:Drift');
    // A capital The opening a sentence may be a paper's title (The Onion has …), read by its other mentions.
    expect(summary(recognize('The Lantern has a new editor. Her essays ran in The Lantern for years.'))).toContain('organization:Lantern');
  });

  it('reads two unknown name words after in or near as a place (in Castel Voltano), not a person; a given name or a plural after in is none', () => {
    const names = summary(recognize('The sculptor now lives in Castel Voltano with her family, and her savings sit in Premium Bonds.'));
    expect(names).toContain('place:Castel Voltano');
    expect(names.filter((n) => n.includes('Premium'))).toEqual([]);
    expect(summary(recognize('Little changed in Anna Berg’s view of the case.'))).toContain('person:Anna Berg');
  });

  it('reads Washington, D.C. as one place, not a city and a district, and keeps a town and its state two places', () => {
    const entities = recognize('The senator flew back to Washington, D.C., on Monday after a stop in Plano, Texas, where she met voters.');
    expect(summary(entities).filter((n) => n.startsWith('place:'))).toEqual(['place:Washington, D.C.', 'place:Plano', 'place:Texas']);
  });
});

describe('English organisations', () => {
  it('lists no body for letters in brackets after a lower-case term, a place or a signed paragraph (… b-spline (FBS), Boise (BOI), (JT))', () => {
    const text =
      'Engineers at the Valmont Institute wrote a smoothed b-spline (SBQ) method for printers.\n' +
      'The carrier adds flights from Boise (BOI) next spring.\n' +
      'The club hopes to play well in the cup. (JT)\n' +
      'Shares of Corvane Holdings (CVH) rose, and Corvane Holdings said CVH would grow.';
    const organizations = recognize(text)
      .filter((e) => e.type === 'organization')
      .map((e) => e.name);
    expect(organizations).not.toContain('SBQ');
    expect(organizations).not.toContain('BOI');
    expect(organizations).not.toContain('JT');
    // After a body's own name the letters are that body's.
    expect(organizations).toContain('Corvane Holdings');
  });

  it('reads no organisation in a day of its own name (Black Friday, Cyber Monday)', () => {
    expect(summary(recognize('Retailers expect record sales over Black Friday and Cyber Monday, Walmart said.'))).toEqual(['organization:Walmart']);
  });

  it('reads a lone word that opens the one organisation named in full before it as that organisation (Harrow Orbital Systems … Harrow)', () => {
    const text = 'The probe was built by Harrow Orbital Systems in Ohio. The team thanked Harrow for its work.';
    expect(summary(recognize(text))).toEqual(['organization:Harrow Orbital Systems', 'place:Ohio']);
    expect(recognize(text).find((e) => e.type === 'organization')?.aliases).toEqual(['Harrow']);
  });

  it('reads a platform named as the medium of a post as no body (angry Facebook posts), but as one where it acts', () => {
    expect(summary(recognize('The mayor deleted several angry Facebook posts from the weekend.'))).toEqual([]);
    expect(summary(recognize('Facebook said it removed the posts.'))).toEqual(['organization:Facebook']);
  });

  it('reads a ship’s or a shuttle’s name after its prefix as a vessel, no person or place (HMS Dauntlow, Space Shuttle Columbia)', () => {
    const text = 'Sailors from HMS Dauntlow watched old footage of Space Shuttle Columbia lifting off.';
    expect(summary(recognize(text))).toEqual([]);
  });

  it('reads a word the text also writes as a counted plural as a thing (40 Vextors … the Vextor camera), no person', () => {
    const text = 'The museum bought 40 Vextors last year. Each visitor could try the Vextor camera at the door.';
    expect(summary(recognize(text)).filter((n) => n.includes('Vextor'))).toEqual([]);
  });

  it('reads lone unknown words in a list with an organisation as organisations (Uber, Zorvix, Plumo and Quantrel), not everyday words', () => {
    const entities = recognize('Drivers now work for Uber, Zorvix, Plumo and Quantrel across the city.');
    for (const name of ['Zorvix', 'Plumo', 'Quantrel']) expect(find(entities, name)).toMatchObject({ type: 'organization' });
    const shelf = recognize('Its brands sit beside Google, Harvest and Zorvix on the shelf.');
    expect(find(shelf, 'Zorvix')).toMatchObject({ type: 'organization' });
    expect(find(shelf, 'Harvest')).toBeUndefined();
  });

  it('reads what comes in a size as a product (the 14-inch Orvix), and the same word after in as that product, no place', () => {
    const text = 'Reviewers liked the new 14-inch Orvix, which ships in June. Buyers in Orvix forums still complained about the hinge.';
    expect(summary(recognize(text)).filter((n) => n.includes('Orvix'))).toEqual([]);
  });

  it('reads a known company’s name and one more word as its product (Spotify Wrapped, Tesla Autopilot), no body or person; initials stay', () => {
    const entities = recognize('Listeners shared Spotify Wrapped in March, while drivers blamed Tesla Autopilot for the crash.');
    expect(summary(entities).filter((n) => !n.startsWith('date:'))).toEqual([]);
    expect(find(recognize('Anchors at CBS DFW said the storm had passed.'), 'CBS DFW')).toMatchObject({ type: 'organization' });
  });

  it('reads the initials of trade measures and parts as no body (CPM, CTR, RPM, PV, MPV, V8)', () => {
    const text = 'Publishers watch CPM and CTR closely, the report said. The new MPV has a V8, and rooftop PV panels cut bills.';
    expect(summary(recognize(text))).toEqual([]);
  });

  it('reads a major-league team’s plural nickname alone as the team (the Clippers, Ravens vs. Bengals), and a surname beside it stays a person’s', () => {
    const text = 'A: Ravens vs. Bengals last fall. The Clippers lost again, and team great Magic Johnson and Clippers fans booed.';
    const entities = recognize(text);
    for (const team of ['Ravens', 'Bengals', 'Clippers']) expect(find(entities, team)).toMatchObject({ type: 'organization' });
    expect(find(entities, 'Magic Johnson')).toMatchObject({ type: 'person' });
  });

  it('reads a name before a craft’s noun as the craft, no person (the Halcyon Voyager probe, its Skyreach reusable launch vehicle)', () => {
    const text = 'The agency said the Halcyon Voyager probe reached orbit, while Orbex hopes to fly its Skyreach reusable launch vehicle in May.';
    const names = summary(recognize(text));
    expect(names.filter((n) => /Halcyon|Skyreach/.test(n))).toEqual([]);
  });

  it('reads a place’s team by its last word alone too (Denver Harriers … the Harriers, who …), and a statehouse as a venue', () => {
    const text = 'The Denver Harriers beat Portland on Sunday. The Harriers, who lost twice last month, now lead the table. Fans gathered at the Ohio Statehouse.';
    const entities = recognize(text);
    expect(find(entities, 'Denver Harriers')).toMatchObject({ type: 'organization' });
    expect(entities.filter((e) => e.name === 'Harriers' && e.type !== 'organization')).toEqual([]);
    expect(find(entities, 'Ohio Statehouse')).toMatchObject({ type: 'place' });
  });

  it('reads a centre named for research, policy or flight as an organisation, a plain centre as a venue (Delvin Tax Policy Center, Harbor Center)', () => {
    const text = 'Engineers at the Marlow Space Flight Center in Ohio tested the probe, and the Delvin Tax Policy Center said costs would rise.';
    expect(summary(recognize(text))).toEqual(['organization:Marlow Space Flight Center', 'place:Ohio', 'organization:Delvin Tax Policy Center']);
    expect(summary(recognize('Analysts at the Brenner Research Centre disagreed.'))).toEqual(['organization:Brenner Research Centre']);
    expect(summary(recognize('The rally moved to the Harbor Center downtown.'))).toEqual(['place:Harbor Center']);
  });

  it('reads a capitalised name written as a web address as one organisation (Carvista.com, Tallgrove.Net), not a person and a word', () => {
    const text = 'Prices of used pickups rose 4 percent, according to Carvista.com, which tracks listings. The news site Tallgrove.Net first reported it.';
    expect(summary(recognize(text))).toEqual(['organization:Carvista.com', 'organization:Tallgrove.Net']);
    // An address in lower case is no name.
    expect(summary(recognize('Read the full report at www.tallgrove.com on Monday.'))).toEqual(['date:Monday']);
  });

  it('reads a name after a capitalised The mid-sentence as a paper, band or firm, and its other mentions with it (The Onion)', () => {
    const entities = recognize('The Onion ran the story first. Her column now appears in The Onion, which mocks the news.');
    expect(summary(entities)).toEqual(['organization:Onion']);
    // A place so named is known first; a plural after the article is a show or a group, not a firm.
    expect(summary(recognize('The ministers flew to The Hague for the talks.'))).toEqual(['place:The Hague']);
    expect(summary(recognize('Tickets for The Muppets sold out within an hour.'))).toEqual([]);
  });

  it('reads the organisation after a plural for people and of at a sentence start (Members of the Screen Writers Guild …)', () => {
    const names = summary(recognize('Members of the Harbour Pilots Guild of Ireland voted to strike. Supporters of Kestrel Holdings protested.'));
    expect(names).toEqual(['organization:Harbour Pilots Guild of Ireland', 'organization:Kestrel Holdings']);
  });

  it('reads a known company before a country as its unit there, not a place (Samsung India)', () => {
    expect(summary(recognize('Engineers at Samsung India shipped the update last week.'))).toEqual(['organization:Samsung India']);
  });

  it('reads a two-word name opening a sentence that ends in an everyday word or a nationality and acts as a company (Kaiyo Steel’s bid, Harlow American said)', () => {
    const names = summary(recognize('Kaiyo Steel’s offer was rejected on Friday. Harlow American said it would appeal.'));
    expect(names).toEqual(['organization:Kaiyo Steel', 'date:Friday', 'organization:Harlow American']);
  });

  it('reads two names joined by an ampersand as one company (Ben & Jerry’s, Procter & Gamble)', () => {
    const names = summary(recognize('Shares of Procter & Gamble rose after Ben & Jerry’s agreed to a new supply deal.'));
    expect(names).toEqual(['organization:Procter & Gamble', 'organization:Ben & Jerry']);
  });

  it('keeps a company named by a head such as Solution, Guild, Stores, Mining or Towers whole', () => {
    const names = summary(recognize('Battery maker Korea Cell Solution and Halden Mining signed the deal, while the Screen Actors Guild of Canada objected.'));
    expect(names).toEqual(['organization:Korea Cell Solution', 'organization:Halden Mining', 'organization:Screen Actors Guild of Canada']);
  });

  it('knows widely known organisations and their aliases', () => {
    const entities = recognize('The EU and NATO disagreed; the European Union later agreed.');
    expect(find(entities, 'European Union')).toMatchObject({ type: 'organization', aliases: ['EU'] });
    expect(find(entities, 'NATO')).toMatchObject({ type: 'organization' });
  });

  it('recognises organisations by how their names end or begin', () => {
    expect(summary(recognize('He joined Northwind Holdings Ltd after the Ministry of Foreign Affairs hired Acme Corp.'))).toEqual([
      'organization:Northwind Holdings Ltd',
      'organization:Ministry of Foreign Affairs',
      'organization:Acme Corp.',
    ]);
  });

  it('reads a name that speaks of itself as `its` for an organisation (X said its profit fell)', () => {
    const entities = summary(recognize('Harlowe said its quarterly profit fell by a third. Dana Olsen said her team would stay.'));
    expect(entities).toContain('organization:Harlowe');
    expect(entities).toContain('person:Dana Olsen');
  });

  it('takes a name before `spokesman` or `shares` for an organisation', () => {
    expect(summary(recognize('A Brightwell spokesman declined to comment.'))).toEqual(['organization:Brightwell']);
  });

  it('takes business context around an unknown name for an organisation', () => {
    const org = (text: string, name: string) => expect(find(recognize(text), name)).toMatchObject({ type: 'organization' });
    org('Investors sold shares of Quorvel after the report.', 'Quorvel');
    org('The fund took a stake in Tarnwick Foods last spring.', 'Tarnwick Foods');
    org('“Demand is soft,” said Ana Ruiz, an analyst at Pellham Brisco.', 'Pellham Brisco');
    org('The plant is owned by Veltrane.', 'Veltrane');
    // … and in `an analyst at X said`, the analyst speaks.
    org('A senior analyst at Pellham Brisco said prices would rise.', 'Pellham Brisco');
    org('A Denver-based Ostrava opened its doors.', 'Ostrava');
    org('Losses mounted and Quorvel’s shares fell by a third.', 'Quorvel');
    org('Analysts praised Harlow Vine’s chief executive for the plan.', 'Harlow Vine');
    org('Staff at Mintaro, the Ohio-based retailer, were told on Monday.', 'Mintaro');
    org('Orders rose at Brennick, which makes valves for ships.', 'Brennick');
    // … but not a person's role in apposition, nor a person's verb.
    expect(find(recognize('They called Dana Whitfield, a film producer from Leeds.'), 'Dana Whitfield')).toMatchObject({ type: 'person' });
    expect(find(recognize('They called Dana Whitfield, the company’s founder.'), 'Dana Whitfield')).toMatchObject({ type: 'person' });
    expect(find(recognize('They called Dana Whitfield, a former bank official.'), 'Dana Whitfield')).toMatchObject({ type: 'person' });
  });

  it('keeps an office holder’s possessive inside the office’s name (U.S. Attorney’s Office, Sheriff’s Department)', () => {
    expect(summary(recognize('The U.S. Attorney’s Office for the Western District of New York declined to comment.'))).toEqual([
      'organization:U.S. Attorney’s Office for the Western District of New York',
    ]);
    expect(summary(recognize("A spokesman for the Harris County Sheriff's Department said the road was closed."))).toEqual(["organization:Harris County Sheriff's Department"]);
  });

  it('reads football clubs by their shape (Manchester United, Tottenham Hotspur, Real Madrid, Inter Milan)', () => {
    const names = summary(recognize('Manchester United lost to Real Madrid, and Inter Milan beat Tottenham Hotspur.'));
    expect(names).toEqual(['organization:Manchester United', 'organization:Real Madrid', 'organization:Inter Milan', 'organization:Tottenham Hotspur']);
  });

  it('reads a place and one more word as the place’s paper, team or company, not the place and a person', () => {
    const names = summary(recognize('The group also owns the Denver Chronicle and the Jersey City Chronicle, and sponsors Phoenix Suns games.'));
    expect(names).toEqual(['organization:Denver Chronicle', 'organization:Jersey City Chronicle', 'organization:Phoenix Suns']);
    // … but a place before a surname or a title is not one: Regina Ip, U.S. Ambassador Ann Roe.
    expect(summary(recognize('Lawmaker Regina Ip met U.S. Ambassador Ann Roe.'))).toEqual(['person:Regina Ip', 'place:U.S.', 'person:Ann Roe']);
  });

  it('reads a final as an event, not an organisation (the Madrid Finals)', () => {
    expect(summary(recognize('Tickets for the Lisbon Finals sold out on Friday.')).filter((name) => name.startsWith('organization:'))).toEqual([]);
  });

  it('reads one unknown word between `the` and a noun as a body, not a place (the Halvorsen deal), but a place before a place’s noun', () => {
    expect(summary(recognize('Shareholders backed the Halvorsen deal on Tuesday.'))).toContain('organization:Halvorsen');
    expect(summary(recognize('Farmers in the Vellmar region lost their crops.'))).toContain('place:Vellmar');
    expect(summary(recognize('Boats sailed up the Vellmar and the Oste.'))).toEqual(['place:Vellmar', 'place:Oste']);
  });

  it('reads initials of three letters or more before other words as a body’s outlet or unit (KTVB Sports, HSBC Holdings)', () => {
    expect(summary(recognize('Viewers told KTVB Sports that the game ran late.'))).toEqual(['organization:KTVB Sports']);
    // … not a byline in capitals, nor two letters that may be a person’s initials.
    expect(summary(recognize('Fans cheered when TJ Okafor scored.'))).toEqual(['person:TJ Okafor']);
  });

  it('reads an observatory or a laboratory as an organisation', () => {
    expect(summary(recognize('Astronomers at the Mauna Loa Observatory saw it first.'))).toEqual(['organization:Mauna Loa Observatory']);
  });

  it('links an acronym in brackets to its expansion', () => {
    const text = 'The Small and Medium Enterprise Development Fund (DAMU) signed. DAMU will pay.';
    const [fund] = recognize(text);
    expect(fund).toMatchObject({ type: 'organization', name: 'Small and Medium Enterprise Development Fund', aliases: ['DAMU'] });
    expect(fund.mentions).toHaveLength(3);
  });

  it('reads `and the` after a name as the start of a second name, unless the first holds `of` (Ministry of Culture and the Arts)', () => {
    expect(summary(recognize('Reporters from the Valley Courier and the Harbor Chronicle attended.'))).toEqual(['organization:Valley Courier', 'organization:Harbor Chronicle']);
    expect(summary(recognize('He thanked the Ministry of Culture and the Arts on Friday.'))).toContain('organization:Ministry of Culture and the Arts');
  });

  it('splits `A and B Media` into two companies when the text also names A on its own', () => {
    const names = summary(recognize('The merger of Northwind and Bluestone Media closed Tuesday. Northwind shares rose.'));
    expect(names).toContain('organization:Northwind');
    expect(names).toContain('organization:Bluestone Media');
    expect(summary(recognize('Harbor and Lake Media reported sales.'))).toEqual(['organization:Harbor and Lake Media']);
  });

  it('does not take common acronyms for organisations', () => {
    expect(recognize('The GDP figure and the DNA test were on TV.')).toEqual([]);
    // Box scores and earnings notes: positions, statistics and periods, not bodies.
    expect(recognize('The LB had 2 TFL, a PBU and an INT. Q2 EBITDA rose 4% YoY.')).toEqual([]);
    // An everyday word set in capitals is a label.
    expect(recognize('VOTE early. WATCH the debate.')).toEqual([]);
  });
});

describe('English names in a list or after an office', () => {
  it('keeps a nationality that opens a known name before a person (ambassador to the European Union Carla Mendes)', () => {
    expect(summary(recognize('He met the ambassador to the European Union Carla Mendes in Brussels.'))).toEqual([
      'organization:European Union',
      'person:Carla Mendes',
      'place:Brussels',
    ]);
  });

  it('reads no organisation into the one word before a title (Energy Secretary, Health Minister)', () => {
    expect(summary(recognize('The plan was backed by Energy Secretary Dana Holt and Health Minister Omar Reyes.'))).toEqual(['person:Dana Holt', 'person:Omar Reyes']);
  });

  it('splits `A and B` where the parts are names by their look (initials before `and`, papers led by their towns)', () => {
    expect(summary(recognize('Analysts at HDFC and Kotak Bank expect a cut.'))).toEqual(['organization:HDFC', 'organization:Kotak Bank']);
    expect(summary(recognize('The chain sold the Tulsa Ledger and Boise Courier last year.'))).toEqual(['organization:Tulsa Ledger', 'organization:Boise Courier']);
  });
});

describe('English people by what they do', () => {
  it('keeps a lone surname no list knows when it acts as a subject and a pronoun for a person follows (Brackley enrolled … she)', () => {
    expect(summary(recognize('After school, Brackley enrolled at a drama college in Leeds, where she met her first agent.'))).toContain('person:Brackley');
    // … and so is every other mention of that name in the text.
    const [person] = recognize('Brackley enrolled at a drama college, where she met her agent. Years later, critics praised Brackley for the role.');
    expect(person).toMatchObject({ type: 'person', name: 'Brackley' });
    expect(person.mentions).toHaveLength(2);
    // Without the pronoun, a lone unknown word before `is` or `has` stays out: things take them too (a brand, a ship).
    expect(summary(recognize('After the refit, Brackley has returned to the harbour.'))).not.toContain('person:Brackley');
  });

  it('keeps a lone surname no list knows, with no pronoun, when a past-tense verb of people follows it mid-sentence (but Tallander was)', () => {
    const [person] = recognize('The single reached the charts in May, but Tallander was already touring Europe. In 1985, Tallander returned to Perth.');
    expect(person).toMatchObject({ type: 'person', name: 'Tallander' });
    expect(person.mentions).toHaveLength(2);
    // The present tense says nothing of a person: places and things are and have too.
    expect(summary(recognize('Many visitors think Kovarra is too far away.'))).not.toContain('person:Kovarra');
  });
});

describe('English names after initials', () => {
  it('reads a name across the stop the sentence splitter puts after initials (coach R.J. Dunmore), not into the next sentence', () => {
    const text = 'Head coach R.J. Dunmore praised the W.K. Harlan Institute. He left early.';
    expect(summary(recognize(text))).toEqual(['person:R.J. Dunmore', 'organization:W.K. Harlan Institute']);
  });
});

describe('English names after a stop the splitter kept', () => {
  it('ends a name at a stop followed by a word that opens no name (to the U.S. The talks …), not inside one (U.S. Army)', () => {
    expect(summary(recognize('Later the envoy flew to the U.S. The talks resumed.'))).toEqual(['place:U.S.']);
    expect(summary(recognize('He served in the U.S. Army for ten years.'))).toEqual(['organization:U.S. Army']);
  });
});

describe('English people after by and with', () => {
  it('reads `by X` as a person only when X is shaped like a person’s name (by Ana Ruiz; not published by Quillary)', () => {
    expect(summary(recognize('The study was first published by Quillary.'))).toEqual([]);
    expect(summary(recognize('The film was directed by Ana Ruiz.'))).toEqual(['person:Ana Ruiz']);
  });

  it('reads a bare With opening a sentence as the same weak cue (With Kelvara, shoppers …; With Anna Berg, the team …)', () => {
    expect(summary(recognize('With Kelvara, shoppers can split a bill in seconds.'))).toEqual([]);
    expect(summary(recognize('With Anna Berg in goal, the team won again.'))).toEqual(['person:Anna Berg']);
  });
});

describe('English organisations named by the word before them', () => {
  it('reads a kind of body in lower case before a name as that body (energy company Velmora, financial firm Castell Reed)', () => {
    expect(summary(recognize('Auditors looked at energy company Velmora and financial firm Castell Reed.'))).toEqual(['organization:Velmora', 'organization:Castell Reed']);
  });

  it('reads Air before a country or city as an airline (Air Malta)', () => {
    expect(summary(recognize('The pilot had flown for Air Malta since spring.'))).toEqual(['organization:Air Malta']);
  });
});

describe('English region adjectives', () => {
  it('reads a region’s name that is also its adjective before a noun as the adjective (Caribbean waters), alone as the place', () => {
    expect(summary(recognize('The storm churned through Caribbean waters as Mediterranean ports reopened.'))).toEqual([]);
    expect(summary(recognize('Tourists return to the Caribbean each winter.'))).toEqual(['place:Caribbean']);
  });

  it('keeps a region’s name a place before an adverb (the Caribbean overnight, the Pacific alone, the Atlantic quickly)', () => {
    expect(summary(recognize('Heavy storms battered the Caribbean overnight.'))).toEqual(['place:Caribbean']);
    expect(summary(recognize('She sailed the Pacific alone in a small boat.'))).toEqual(['place:Pacific']);
    expect(summary(recognize('The front moved across the Atlantic quickly.'))).toEqual(['place:Atlantic']);
  });
});

describe('English airports', () => {
  it('reads a place and a word before an airport’s code in brackets as the airport, and the code alone as that place', () => {
    const names = summary(recognize('The carrier will fly from Rome Fiumicino (FCO) and Denver (DEN) next year. Flights from DEN start in May.'));
    expect(names).toContain('place:Rome Fiumicino');
    expect(names).not.toContain('organization:Rome Fiumicino');
    expect(names).not.toContain('organization:DEN');
    expect(names.filter((n) => n === 'place:Denver')).toHaveLength(1);
  });
  it('reads a place and a word before its place’s first three letters in brackets as a team, not an airport (Seattle Kraken (SEA))', () => {
    const names = summary(recognize('The Tacoma Otters (TAC) beat the Boise Ridge (BOI) on Sunday.'));
    expect(names).not.toContain('place:Tacoma Otters');
    expect(names).not.toContain('place:Boise Ridge');
  });
  it('reads three capitals in brackets after a dateline’s place as the news agency, not an airport (MANILA (PNA) --)', () => {
    const names = summary(recognize('MANILA (PNA) -- Flooding closed two highways on Monday, the PNA reported.\nFlights from Manila (MNL) - Cebu resume in May.'));
    expect(names).toContain('organization:PNA');
    expect(names).not.toContain('organization:MNL');
    expect(names.filter((n) => n === 'place:MANILA')).toHaveLength(1);
  });
});

describe('English titles with no name after them', () => {
  it('reads the body or place before a title that ends the name as that body or place (the UNHCR Director, the Ohio Governor)', () => {
    expect(summary(recognize('Camps must be kept open, the UNHCR Director also said on Monday.'))).toEqual(['organization:UNHCR', 'date:Monday']);
    expect(summary(recognize('The Ohio Governor signed the bill.'))).toEqual(['place:Ohio']);
  });
  it('keeps two initials before a surname that is also a title a person’s name (B.B. King, AQ Khan)', () => {
    expect(summary(recognize('The blues singer RL King and the physicist A.Q. Khan spoke at the event.'))).toEqual(['person:RL King', 'person:A.Q. Khan']);
  });
});

describe('English teams', () => {
  it('reads no team before a captain, a rank of ships, planes and the forces as much as of a team (a Marine captain, the Titanic captain)', () => {
    expect(summary(recognize('A Marine captain told the inquiry that the Titanic captain had ignored the warnings.'))).not.toContain('organization:Marine');
    expect(summary(recognize('Survivors said the Titanic captain stayed on the bridge.'))).not.toContain('organization:Titanic');
  });
  it('reads a name right before a player’s position or a coach as the team’s (Norwood Prep quarterback, Real Ostrava keeper)', () => {
    const names = summary(recognize('Norwood Prep quarterback Tyler Marsh threw two touchdowns, said Real Ostrava keeper Ondrej Kral.'));
    expect(names).toContain('organization:Norwood Prep');
    expect(names).toContain('organization:Real Ostrava');
    expect(names).toContain('person:Tyler Marsh');
    // A given name and a surname stay a person’s; a known city stays a place.
    expect(summary(recognize('Officials in Denver praised Tom Brady quarterback play on Sunday.'))).toEqual(['place:Denver', 'person:Tom Brady', 'date:Sunday']);
  });
});

describe('English results listings', () => {
  it('reads a name with a win-loss record in brackets after it as a team (Oak Ridge (2-1):), a person’s name as the person', () => {
    const names = summary(recognize('Oak Ridge (2-1): Marlow 12 points. Denver (0-3): Ames 9 points. Gerrit Cole (12-5) allowed two runs.'));
    expect(names).toContain('organization:Oak Ridge');
    expect(names).toContain('organization:Denver');
    expect(names).toContain('person:Gerrit Cole');
  });
});

describe('English products, events and shows', () => {
  it('reads a common word capitalised mid-sentence and one more word as a product’s name, not a person (Web Explorer)', () => {
    expect(summary(recognize('Most users still read pages with Web Explorer, the survey found.'))).toEqual([]);
    // A title is read before: President Lind is a person.
    expect(summary(recognize('The plan was backed by President Lind.'))).toEqual(['person:Lind']);
  });

  it('reads a brand written with inner capitals after an article or a possessive as the thing sold (the new iPad, my PlayStation)', () => {
    expect(summary(recognize('Shoppers lined up for the new iPad on Friday, and Mira Lind sold my PlayStation to a neighbour.'))).toEqual(['date:Friday', 'person:Mira Lind']);
    // Before a noun of its own, or with no article, the brand is the company.
    expect(summary(recognize('The iFixit teardown was published on Monday. SoFi said deposits grew.'))).toEqual(['organization:iFixit', 'date:Monday', 'organization:SoFi']);
  });

  it('reads a brand with a model number after it, or a maker’s possessive and `latest` before it, as the thing sold at every mention', () => {
    const sold = summary(recognize('Retailers said EchoBuds sold out within hours. Stores now stock EchoBuds 2 with a charging case, and Vantix’s latest SmartHub is on sale.'));
    expect(sold).not.toContain('organization:EchoBuds');
    expect(sold).not.toContain('organization:SmartHub');
    // A conjunction `that` is no determiner: the company acts.
    expect(summary(recognize('The union said that BrightDesk had agreed to new terms.'))).toEqual(['organization:BrightDesk']);
  });

  it('reads a name after `the` with a model’s number in it or after it as a product (the Corvan GT 400, the RX200 Touring)', () => {
    expect(summary(recognize('Dealers expect the Corvan GT 400 Spider to arrive in spring, and the RX200 Touring too.'))).toEqual([]);
  });

  it('reads a name ending in a car’s body style or Concept as a model, and the body style alone after `the` as no name', () => {
    expect(summary(recognize('Visitors saw the Corvan Velo Concept, and dealers prefer the Coupe.'))).toEqual([]);
  });

  it('reads a name of everyday words after `the` as a product or event (the Silver Lens)', () => {
    expect(summary(recognize('Reviewers liked the Silver Lens.'))).toEqual([]);
    // A body's own word keeps it a name.
    expect(summary(recognize('She spoke to the Orange County Register on Tuesday.'))).toEqual(['organization:Orange County Register', 'date:Tuesday']);
  });
});

describe('English places', () => {
  it('reads a name ending in Amphitheatre or Pavilion as a venue (Lakeside Amphitheatre, Harbour Bank Pavilion)', () => {
    const names = summary(recognize('The band plays Lakeside Amphitheatre first and the Harbour Bank Pavilion a week later.'));
    expect(names).toContain('place:Lakeside Amphitheatre');
    expect(names).toContain('place:Harbour Bank Pavilion');
  });

  it('reads a US postal state code right after a town and a comma as the state (Dayton, OH; Austin, TX 78701)', () => {
    const names = summary(recognize('The tour stops in Dayton, OH — tickets from $40.\nThe shop is at 12 Main Street, Austin, TX 78701.'));
    expect(names).toContain('place:OH');
    expect(names).toContain('place:TX');
    // The town before it is a place too, even one named like a person, when a ZIP code or a dash closes the pair.
    expect(names).toContain('place:Austin');
    // Not after a person's name (a rank: Tom Reyes, SC, said).
    expect(summary(recognize('For the defence, Tom Reyes, SC, said the charge was wrong.'))).not.toContain('place:SC');
  });

  it('reads a place opener that is also a given name as the place after a preposition of place (in Monte Verano)', () => {
    expect(summary(recognize('The cycling tour ended in Monte Verano after five days of rain.'))).toEqual(['place:Monte Verano']);
  });

  it('reads a saint’s title and a word that is no given name before the place it lies in as a place (St. Vincentia in the Caribbean)', () => {
    const names = summary(recognize('She was raised on St. Vincentia in the Caribbean and later prayed to St. Francis.'));
    expect(names).toEqual(['place:St. Vincentia', 'place:Caribbean', 'person:Francis']);
  });

  it('keeps a common word or a saint’s title that opens a place’s name after a preposition (at Old Trafford, in St. Croix)', () => {
    const names = summary(recognize('The midfielder trained at Old Trafford before flying to a resort in St. Croix.'));
    expect(names).toEqual(['place:Old Trafford', 'place:St. Croix']);
  });

  it('finds countries, regions, cities and venues', () => {
    const entities = recognize('Leaders met at the Grand Hyatt Hotel in Astana, Kazakhstan, to talk about Central Asia.');
    expect(entities.map((e) => [e.name, e.placeKind])).toEqual([
      ['Grand Hyatt Hotel', 'venue'],
      ['Astana', 'city'],
      ['Kazakhstan', 'country'],
      ['Central Asia', 'region'],
    ]);
  });

  it('reads a dateline in capitals as a place', () => {
    expect(recognize('SEOUL, South Korea (AP) — Talks resumed.').map((e) => [e.type, e.name, e.placeKind])).toEqual([
      ['place', 'SEOUL', 'city'],
      ['place', 'South Korea', 'country'],
      ['organization', 'AP', undefined],
    ]);
  });

  it('merges short and long country names into one entity', () => {
    const [us] = recognize('The United States and the U.S. Senate disagree; the U.S. waits.');
    expect(us).toMatchObject({ type: 'place', name: 'United States', aliases: ['U.S.'] });
  });

  it('splits two places joined by a hyphen (a China-US trade deal) but not a hyphenated company', () => {
    expect(summary(recognize('Markets rose on hopes of a China-US trade deal.'))).toEqual(['place:China', 'place:US']);
    expect(summary(recognize('Coca-Cola shares rose.'))).toEqual(['organization:Coca-Cola']);
  });

  it('reads a venue by its head (Heinz Field, Speedway, Terminal) but not a person whose family name is one (Sally Field)', () => {
    expect(summary(recognize('Fans packed Heinz Field on Sunday before the race at Daytona Speedway.'))).toEqual(['place:Heinz Field', 'date:Sunday', 'place:Daytona Speedway']);
    expect(summary(recognize('The actress Sally Field won an Oscar.'))).toEqual(['person:Sally Field']);
  });

  it('keeps a country whose name holds `and` whole (Bosnia and Herzegovina)', () => {
    expect(summary(recognize('Bosnia and Herzegovina will face Trinidad and Tobago.'))).toEqual(['place:Bosnia and Herzegovina', 'place:Trinidad and Tobago']);
  });

  it('splits lists of places: Dorset and Somerset', () => {
    expect(summary(recognize('Floods hit Wessex and Scotland.'))).toEqual(['place:Wessex', 'place:Scotland']);
  });

  it('knows towns that no time zone is named after (GeoNames: Bellingham, Plano, Castelfranco Veneto)', () => {
    expect(summary(recognize('The tour moved on to Bellingham after a week in Plano.'))).toEqual(['place:Bellingham', 'place:Plano']);
    expect(summary(recognize('The painter grew up in Castelfranco Veneto.'))).toEqual(['place:Castelfranco Veneto']);
  });

  it('reads a town’s name as a person’s where the text names that person in full (Marcus Richardson … Richardson said)', () => {
    expect(summary(recognize('Point guard Marcus Richardson scored twice. After the game, Richardson thanked the fans.'))).toEqual(['person:Marcus Richardson']);
  });

  it('keeps a given name and surname a person beside a place in a list (Dana Whitfield and Pittsburgh center …)', () => {
    const names = summary(recognize('The league fined linebacker Dana Whitfield and Pittsburgh center Alan Brock on Friday.'));
    expect(names).toContain('person:Dana Whitfield');
    expect(names).toContain('place:Pittsburgh');
  });
});

describe('English dates', () => {
  const published = '2024-03-06'; // a Wednesday

  it('resolves weekdays to the most recent one', () => {
    const [monday] = recognize('The talks ended on Monday.', { published });
    expect(monday).toMatchObject({ type: 'date', name: 'Monday', value: '2024-03-04' });
  });

  it('resolves month-day forms with and without a year', () => {
    const entities = recognize('It was signed on March 3, 2023 and renewed on March 5.', { published });
    expect(entities.map((e) => [e.name, e.value])).toEqual([
      ['March 3, 2023', '2023-03-03'],
      ['March 5', '2024-03-05'],
    ]);
  });

  it('resolves yesterday and day-month forms', () => {
    const entities = recognize('He left yesterday and returns 12 April.', { published });
    expect(entities.map((e) => [e.name, e.value])).toEqual([
      ['yesterday', '2024-03-05'],
      ['12 April', '2024-04-12'],
    ]);
  });

  it('does not take the verb may for a month', () => {
    expect(recognize('Prices may rise in May if they rise at all.', { published })).toEqual([]);
  });
});

describe('English recogniser input handling', () => {
  it('merges entities the user knows wherever their names occur', () => {
    const known: KnownEntity[] = [{ name: 'Qazaq Finance Group', type: 'organization', aliases: ['QFG'] }];
    const entities = recognize('Officials from QFG met investors. Qazaq Finance Group grew.', { known });
    expect(entities).toEqual([
      {
        type: 'organization',
        name: 'Qazaq Finance Group',
        aliases: ['QFG'],
        mentions: [
          { start: 15, end: 18 },
          { start: 34, end: 53 },
        ],
      },
    ]);
  });

  it('lists no mention inside an excluded span', () => {
    const text = 'Joe Biden spoke. Joe Biden spoke.';
    const [biden] = recognize(text, { excluded: [{ start: 17, end: 33 }] });
    expect(biden.mentions).toEqual([{ start: 0, end: 9 }]);
  });

  it('keeps mentions sorted and gives the same result twice', () => {
    const text = 'In Paris, Emmanuel Macron met Olaf Scholz. Macron later flew to Berlin.';
    const first = recognize(text);
    expect(recognize(text)).toEqual(first);
    for (const e of first) expect(e.mentions).toEqual([...e.mentions].sort((a, b) => a.start - b.start));
  });
});

describe('English names in news style', () => {
  it('keeps a group noun’s possessive inside the name it starts', () => {
    expect(summary(recognize('An editorial in the Farmers’ Weekly praised the Women’s Institute.'))).toEqual(['organization:Farmers’ Weekly', 'organization:Women’s Institute']);
    expect(summary(recognize('She spoke to the People’s Liberation Army Navy.'))).toEqual(['organization:People’s Liberation Army Navy']);
  });

  it('keeps a place’s possessive apart from the name after it', () => {
    expect(summary(recognize('Later, France’s Marine Lemaire met Japan’s Liberal Democratic Party.'))).toEqual([
      'place:France',
      'person:Marine Lemaire',
      'place:Japan',
      'organization:Liberal Democratic Party',
    ]);
  });

  it('reads a name before a lower-case organisation head as an organisation', () => {
    expect(summary(recognize('Later, Anna Berg of the Green Futures party resigned from the Valdor government.'))).toEqual([
      'person:Anna Berg',
      'organization:Green Futures',
      'organization:Valdor',
    ]);
    expect(summary(recognize('Later, the Danish government answered.'))).toEqual([]);
  });

  it('does not take a counted capitalised plural for a person', () => {
    expect(summary(recognize('The camps hold a million or more Karakalpaks, and hundreds of Dolgans fled.'))).toEqual([]);
    expect(summary(recognize('Since then 4,000 Yoruks have left.'))).toEqual([]);
  });

  it('reads `X and Y Act` as one title of a law, not a list of names', () => {
    expect(summary(recognize('Lawmakers passed the Ghana Clean Water and Rivers Act on time.'))).toEqual([]);
    expect(summary(recognize('Later, Hiro Tanaka and the Rivers Act were attacked.'))).toEqual(['person:Hiro Tanaka']);
    // A head word alone after `and` is a name of its own (Charter the company, not a charter).
    expect(summary(recognize('The deal between Nintendo and Charter fell apart on Monday.'))).toContain('organization:Charter');
  });

  it('reads what a credit or message comes via as an organisation', () => {
    expect(summary(recognize('Photograph: Lena Ortiz/Pexa via Stillframe'))).toContain('organization:Stillframe');
    expect(summary(recognize('The minister replied via Chirper on Sunday.'))).toEqual(['organization:Chirper', 'date:Sunday']);
  });

  it('keeps a hyphenated given name with its surname', () => {
    expect(summary(recognize('Later, President Lee Su-jin met Chen Mei-ling of the Harbour Unity party.'))).toEqual([
      'person:Lee Su-jin',
      'person:Chen Mei-ling',
      'organization:Harbour Unity',
    ]);
    expect(summary(recognize('The Pratt-led council met.'))).toEqual([]);
  });

  it('reads a plural seen as a group once as that group throughout the text', () => {
    expect(summary(recognize('Later, the Rivercats lost, and Rivercats fans were angry.'))).toEqual([]);
    expect(summary(recognize('A million Tavgis fled, and many people wrote about Tavgis abroad.'))).toEqual([]);
    expect(summary(recognize('Police questioned the Rivercats and Yusuf Okafor.'))).toEqual(['person:Yusuf Okafor']);
  });

  it('does not take a capitalised plural for people that says something for a person', () => {
    expect(summary(recognize('The pier was closed. Officials said the storm had damaged it.'))).toEqual([]);
    expect(summary(recognize('Turnout fell. Residents told Anna Reyes the polls opened late.'))).toEqual(['person:Anna Reyes']);
    expect(summary(recognize('Critics argued the fee was too high, but few critics came.'))).toEqual([]);
    expect(summary(recognize('Williams said the plan would work.'))).toEqual(['person:Williams']);
  });

  it('reads a photo credit with slashes as names, not a link', () => {
    expect(summary(recognize('Photo: Dana Whitfield/Pexa Photos'))).toEqual(['person:Dana Whitfield', 'organization:Pexa Photos']);
    expect(summary(recognize('Photo by Omar Hadid/AFP/Getty Images'))).toEqual(['person:Omar Hadid', 'organization:AFP', 'organization:Getty Images']);
    expect(summary(recognize('Watch it at t.co/QxLmPer today.'))).toEqual(['date:today']);
  });

  it('reads abbreviated US states and party tags as places, not people', () => {
    expect(summary(recognize('The mill in Tempe, Ariz., closed, and one in Flint, Mich., opened.'))).toEqual(['place:Tempe', 'place:Ariz', 'place:Flint', 'place:Mich']);
    expect(summary(recognize('Sen. Dana Holt, R-Texas, and Rep. Omar Reyes (D-Calif.) disagreed.'))).toEqual([
      'person:Dana Holt',
      'place:Texas',
      'person:Omar Reyes',
      'place:Calif',
    ]);
  });

  it('does not take page furniture words for people', () => {
    expect(summary(recognize('Back to Gallery\nImage copyright Pexa\nLast Updated : noon'))).not.toContain('person:Gallery');
    expect(summary(recognize('Back to Gallery\nImage copyright Pexa\nLast Updated : noon'))).not.toContain('person:Image');
    expect(summary(recognize('Save $20 on the kettle. Upgrade to the larger model.'))).toEqual([]);
  });
});

describe('English names after an office (issue 12)', () => {
  it('reads a person named after an office and its complement as the office-holder (Minister of Finance Peter Walsh)', () => {
    const entities = recognize('The plan was welcomed by Minister of Finance Helen Morley, who spoke in Dublin on Monday.');
    expect(find(entities, 'Helen Morley')).toMatchObject({ type: 'person', role: 'Minister of Finance' });
    expect(summary(recognize('Minister of Foreign Affairs Marta Kowalska said the talks would go on.'))).toEqual(['person:Marta Kowalska']);
    // An office with no one named after it is still no person.
    expect(summary(recognize('The Minister for Trade will visit the Mayor of Leeds.'))).toEqual(['place:Leeds']);
  });

  it('reads two-word and hyphenated offices as titles (Surgeon General X, the Home Secretary), not as names', () => {
    expect(find(recognize('Surgeon General Dana Whitlow warned about vaping on Friday.'), 'Dana Whitlow')).toMatchObject({ type: 'person', role: 'Surgeon General' });
    expect(summary(recognize('The Home Secretary and I are working on it, the minister said.'))).toEqual([]);
    expect(summary(recognize('He was appointed Governor-General of Punjab and Bengal in 1830.')).filter((name) => !name.startsWith('date:'))).toEqual([
      'place:Punjab',
      'place:Bengal',
    ]);
  });

  it('knows the provinces and states of large countries as places wherever they stand (Hunan Governor, Zhejiang and Fujian)', () => {
    expect(summary(recognize('Floods hit Zhejiang and Fujian, and Hunan officials ordered evacuations.'))).toEqual(['place:Zhejiang', 'place:Fujian', 'place:Hunan']);
    expect(summary(recognize('Voters in Uttar Pradesh and Tamil Nadu went to the polls.'))).toEqual(['place:Uttar Pradesh', 'place:Tamil Nadu']);
  });

  it('reads adjectives of faiths, creeds and dynasties before a noun as no name (the Anglican vicar, the Abbasid court)', () => {
    expect(summary(recognize('The Anglican vicar and the Methodist preacher met at the Abbasid court exhibition in Leeds.'))).toEqual(['place:Leeds']);
    expect(summary(recognize('Maoist rebels ambushed a convoy, the Islamist group said.'))).toEqual([]);
  });

  it('splits a body named by its shape from the given name and surname written right after it (the Housing Trust Peter Grant)', () => {
    expect(summary(recognize('The director of the Oakridge Housing Trust Peter Grant said rents would rise.'))).toEqual([
      'organization:Oakridge Housing Trust',
      'person:Peter Grant',
    ]);
  });

  it('reads a lone name before an age or a relation in apposition as a person (Rosane, an 18-year-old; Okafor, his lawyer)', () => {
    expect(summary(recognize('The dinghy was spotted by Rosane, an 18-year-old lifeguard from the village.'))).toEqual(['person:Rosane']);
    expect(summary(recognize('Okafor, his lawyer, declined to comment on the ruling.'))).toEqual(['person:Okafor']);
    // A place described by someone's relation to it stays a place.
    expect(summary(recognize('He moved back to Leeds, his home town, after the season.'))).toEqual(['place:Leeds']);
    // A place a relation has, after the name, describes a place; a relation's son is still a person.
    expect(summary(recognize('He moved back to Tarnowo, his mother’s home town, after the war.'))).not.toContain('person:Tarnowo');
    expect(summary(recognize('Okafor, his mother’s only son, declined to comment.'))).toEqual(['person:Okafor']);
  });

  it('reads the body an office belongs to as an organisation, without the office (Director of the Halden Research Institute)', () => {
    expect(summary(recognize('Marek Nowak, Director of the Halden Research Institute, said the data were clear.'))).toEqual([
      'person:Marek Nowak',
      'organization:Halden Research Institute',
    ]);
    expect(summary(recognize('The pledge came from the Governor of the Bank of England.'))).toEqual(['organization:Bank of England']);
  });

  it('reads the one name after a title over places and `of` as that place (Countess of Kettlewick, Bishop of Whitby)', () => {
    expect(summary(recognize('In 1540 she married Henry Scrope, later Earl of Kettlewick, at the abbey.'))).toContain('place:Kettlewick');
    // Not after an office that names no place, nor an everyday word.
    expect(summary(recognize('He was named Director of Marketing, and she is the King of Pop.'))).toEqual([]);
  });

  it('reads a name opened by a body’s word in another European language as an organisation (Fondazione Lenti, Banco Ribeira)', () => {
    expect(summary(recognize('Last week the Fondazione Lenti lent two paintings, and Banco Ribeira paid for the show.'))).toEqual([
      'organization:Fondazione Lenti',
      'organization:Banco Ribeira',
    ]);
  });

  it('reads an office named alone as no name, though it ends in a place’s head (the Secretary of State)', () => {
    expect(summary(recognize('Dana Holt, the Secretary of State, called the minister in Bangkok.'))).toEqual(['person:Dana Holt', 'place:Bangkok']);
  });

  it('keeps a given name and a surname with a town’s ending a person (Mary Ashford), not a place read from -ford', () => {
    expect(summary(recognize('After the storm, Mary Ashford sighted the coast three days before the ship arrived.'))).toEqual(['person:Mary Ashford']);
    expect(summary(recognize('They drove from Abbotsford to Hillsborough in the rain.'))).toEqual(['place:Abbotsford', 'place:Hillsborough']);
  });
});
