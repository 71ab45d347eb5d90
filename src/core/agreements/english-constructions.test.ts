// More English constructions of issue 13, one test each, in sentences written for these tests
// in the style of business and political news (none taken from the labelled set or the
// fixtures). Names the recognisers would not know are given no entity: the reader must find
// them by their shape.
import { describe, expect, it } from 'vitest';
import type { Agreement } from '../types';
import { findAgreements } from './index';
import { date, entitiesOf, org, person, place, sentencesOf, type Given } from './test-support';

function agreementsIn(text: string, given: Given[] = []): Agreement[] {
  return findAgreements(text, sentencesOf(text), entitiesOf(text, given), { language: 'en', excluded: [] });
}

/** The one agreement found, parties sorted, evidence left out. */
function only(text: string, given: Given[] = []) {
  const agreements = agreementsIn(text, given);
  expect(agreements).toHaveLength(1);
  const { parties, what, status } = agreements[0];
  return { parties: [...parties].sort(), what, status };
}

describe('English: parties by position when no recogniser knew them', () => {
  it('keeps an unknown subject beside a known partner that shares a word with it (Norvik Steel … with Tata Steel)', () => {
    expect(only('Norvik Steel signed a supply deal with Tata Steel on Wednesday.', [org('Tata Steel')]).parties).toEqual(['Norvik Steel', 'Tata Steel']);
  });

  it('reads a one-word company that opens the sentence (Walgreens signed …)', () => {
    expect(only('Walgreens signed a deal with VillageMD to open 600 clinics.', [org('VillageMD')]).parties).toEqual(['VillageMD', 'Walgreens']);
  });

  it('reads a subject after a dateline or an opening phrase (LONDON (Reuters) -, On Monday,, Last week)', () => {
    const given = [org('Marlow Stores')];
    expect(only('LONDON (Reuters) - Kestrel Foods agreed to buy Marlow Stores for $3 billion.', given).parties).toEqual(['Kestrel Foods', 'Marlow Stores']);
    expect(only('On Monday, Kestrel Foods signed a supply deal with Marlow Stores.', given).parties).toEqual(['Kestrel Foods', 'Marlow Stores']);
    expect(only('Last week Kestrel Foods completed its merger with Marlow Stores.', given).parties).toEqual(['Kestrel Foods', 'Marlow Stores']);
  });

  it('reads the subject of a reported clause (The union announced on Friday that Harbor Freightways had reached …)', () => {
    const text = 'The union announced on Friday that Harbor Freightways had reached an agreement with Castell Logistics to share 400 depot workers.';
    expect(only(text, [org('Castell Logistics')]).parties).toEqual(['Castell Logistics', 'Harbor Freightways']);
    expect(only('Kestrel Foods said that Marlow Stores had signed a supply deal with Tata Steel.', [org('Kestrel Foods'), org('Tata Steel')]).parties).toEqual([
      'Marlow Stores',
      'Tata Steel',
    ]);
  });

  it('reads a counted group named between dashes as the side that signed (the two Gulf states … – Bahrain and the UAE –)', () => {
    const text = 'The two Gulf states that signed normalisation accords with Israel – Bahrain and the UAE – issued a cautious joint statement.';
    expect(only(text, [place('Israel', 'country')]).parties).toEqual(['Bahrain', 'Israel', 'UAE']);
  });

  it('reads a subject with its apposition (Ayrton Metals, a Chilean copper producer, agreed …)', () => {
    expect(only('Ayrton Metals, a Chilean copper producer, agreed to be acquired by Glencore.', [org('Glencore')]).parties).toEqual(['Ayrton Metals', 'Glencore']);
  });

  it('reads a subject written with "The" (The Writers Guild of America reached …)', () => {
    expect(only('The Writers Guild of America reached a tentative agreement with Pinewood Studios on Sunday.').parties).toEqual(['Pinewood Studios', 'Writers Guild of America']);
  });

  it('reads a subject whose verb is several words before the agreement word (walked away from its planned merger)', () => {
    expect(only('Kestrel Foods walked away from its planned merger with Marlow Stores on Friday.')).toEqual({
      parties: ['Kestrel Foods', 'Marlow Stores'],
      what: 'merger',
      status: 'failed',
    });
  });

  it('reads both unknown names of "the merger of X and Y"', () => {
    expect(only('The merger of Kestrel Foods and Marlow Stores was approved by regulators.').parties).toEqual(['Kestrel Foods', 'Marlow Stores']);
  });

  it('reads the owner of the agreement word (Nippon Steel’s takeover), not the one who blocked it', () => {
    const found = only('Hokuto Steel’s $14.9 billion takeover of Ridge Steel has been blocked by President Dana Holt.', [person('Dana Holt', 'President')]);
    expect(found).toEqual({ parties: ['Hokuto Steel', 'Ridge Steel'], what: '$14.9 billion acquisition', status: 'failed' });
  });

  it('reads the one a deal is for, and a stake bought in a company', () => {
    expect(only('Glencore’s $6 billion deal for Ayrton Metals fell apart on Thursday.', [org('Glencore')])).toMatchObject({
      parties: ['Ayrton Metals', 'Glencore'],
      status: 'failed',
    });
    expect(only('Toyota will acquire a 20% stake in Suzuki Motor.', [org('Toyota')]).parties).toEqual(['Suzuki Motor', 'Toyota']);
  });

  it('takes a name read as a venue that opens the sentence before its verb for the organisation it is', () => {
    const given = [place('Harbour Towers', 'venue'), org('Orange')];
    expect(only('Harbour Towers said it would partner with Orange to build a fibre network.', given).parties).toEqual(['Harbour Towers', 'Orange']);
    expect(only('Orange signed the deal with Acme at Harbour Towers.', [...given, org('Acme')]).parties).toEqual(['Acme', 'Orange']);
  });

  it('reads people signing by their titles (signed by Prime Minister A and President B)', () => {
    const given = [person('Lena Moro', 'Prime Minister'), person('Jonas Veld', 'President')];
    expect(only('The agreement was signed by Prime Minister Lena Moro and President Jonas Veld in Geneva.', given).parties).toEqual(['Jonas Veld', 'Lena Moro']);
  });

  it('reads the signers of a passive past a place or a time (signed in Geneva by A and B, ratified on Monday by A and B)', () => {
    const given = [place('Geneva', 'city'), place('Norway', 'country'), place('Sweden', 'country')];
    expect(only('The fisheries accord was signed in Geneva by Norway and Sweden.', given).parties).toEqual(['Norway', 'Sweden']);
    expect(only('The border treaty was ratified on Monday by Norway and Sweden.', given).parties).toEqual(['Norway', 'Sweden']);
  });

  it('does not take the one who approves or reports a merger for a party', () => {
    const given = [org('European Commission'), org('Vodafone'), org('Swisscom')];
    expect(only('The European Commission approved the merger of Vodafone with Swisscom.', given).parties).toEqual(['Swisscom', 'Vodafone']);
  });

  it('reads a side named after "between" and a description (between the striking dock unions and Harbor Freightways, between the brewer Vandenberg and …)', () => {
    const unions = 'An agreement was reached late on Thursday between the striking dock unions and Harbor Freightways.';
    expect(only(unions, [org('Harbor Freightways')]).parties).toContain('Harbor Freightways');
    const brewer = 'Talks between the family-owned brewer Vandenberg and Castell Logistics collapsed on Monday.';
    expect(only(brewer, [org('Vandenberg'), org('Castell Logistics')]).parties).toEqual(['Castell Logistics', 'Vandenberg']);
  });
});

describe('English: what the pronoun stands for', () => {
  it('resolves "he" to the person named just before in the paragraph', () => {
    const text = 'Marco Silva left Fulham in May. On Tuesday he signed a three-year contract with Everton.';
    expect(only(text, [person('Marco Silva'), org('Fulham'), org('Everton')]).parties).toEqual(['Everton', 'Marco Silva']);
  });

  it('resolves "the company" to the organisation named just before in the paragraph, not the article’s lead', () => {
    const text = 'Acme Corp cut 200 jobs on Monday.\nHarmon Foods reported higher sales. The company also agreed to buy Marlow Stores.';
    expect(only(text, [org('Acme Corp'), org('Harmon Foods'), org('Marlow Stores')]).parties).toEqual(['Harmon Foods', 'Marlow Stores']);
  });

  it('reads "reached an understanding" as an agreement', () => {
    expect(only('Kestrel Foods reached an understanding with Marlow Stores on prices.', [org('Kestrel Foods'), org('Marlow Stores')]).status).toBe('signed');
  });

  it('takes the one quoted after a quotation whose subject is "we" for a side', () => {
    const given = [org('Kestrel Foods'), org('Marlow Stores')];
    expect(only('"We have agreed to a partnership with Marlow Stores," Kestrel Foods said in a statement.', given).parties).toEqual(['Kestrel Foods', 'Marlow Stores']);
    const quoted = [person('Dana Holt', 'chief executive', 'Kestrel Foods'), org('Marlow Stores')];
    expect(only('“We signed the contract with Marlow Stores last year,” said Dana Holt.', quoted).parties).toEqual(['Kestrel Foods', 'Marlow Stores']);
  });

  it('does not resolve "she" in a quotation to the one quoted', () => {
    const text = '“They never asked us,” said Rosa Diaz. “It is because she signed a contract with Halden Homes.”';
    expect(only(text, [person('Rosa Diaz'), org('Halden Homes')]).parties).toEqual(['Halden Homes']);
  });
});

describe('English: kinds and statuses', () => {
  it('reads a settlement reached as an agreement, but not a settlement that is a place', () => {
    expect(only('Boeing reached a settlement with the Justice Department over the crashes.', [org('Boeing'), org('Justice Department')])).toEqual({
      parties: ['Boeing', 'Justice Department'],
      what: 'settlement',
      status: 'signed',
    });
    expect(agreementsIn('The ministry approved 300 new homes in the Ariel settlement.', [place('Ariel', 'city')])).toEqual([]);
  });

  it('reads an offer to buy as proposed and ending a partnership as terminated', () => {
    expect(only('Kestrel Foods has offered to buy Marlow Stores for $3 billion.').status).toBe('proposed');
    expect(only('Kestrel Foods ended its partnership with Marlow Stores in 2019.').status).toBe('terminated');
  });

  it('reads the first or only one to sign as having signed, and the next one to sign as planned', () => {
    const given = [place('Chile', 'country'), place('Peru', 'country')];
    expect(only('Chile became the first Latin American country to sign the fisheries accord with Peru.', given).status).toBe('signed');
    expect(only('Chile was the only delegation to sign the fisheries accord with Peru.', given).status).toBe('signed');
    expect(only('Chile will be the next country to sign the fisheries accord with Peru.', given).status).toBe('planned');
  });

  it('reads a deal worked out as concluded and one reneged on as terminated', () => {
    expect(only('Mayor Ellen Park had worked out a deal with the Harbor Freightways board over the winter.', [person('Ellen Park', 'Mayor'), org('Harbor Freightways')])).toEqual({
      parties: ['Ellen Park', 'Harbor Freightways'],
      what: 'deal',
      status: 'signed',
    });
    expect(only('Months later Castell Logistics reneged on its agreement with the port authority.', [org('Castell Logistics')]).status).toBe('terminated');
    expect(agreementsIn('The Castell Logistics deal worked out badly for its investors.', [org('Castell Logistics')])).toEqual([]);
  });

  it('reads "to buy" as a takeover only of a name, not of goods (agreed with Kairos Power to buy electricity)', () => {
    expect(only('Google has signed an agreement with Kairos Power to buy electricity from small reactors.', [org('Google'), org('Kairos Power')]).what).toBe(
      'agreement to buy electricity',
    );
  });

  it('reads talks whose only other cue is a failure as failed (its talks with X had collapsed)', () => {
    expect(only('Norvik Steel said on Monday its talks with Halden Mining had collapsed.', [org('Norvik Steel'), org('Halden Mining')])).toMatchObject({
      parties: ['Halden Mining', 'Norvik Steel'],
      status: 'failed',
    });
  });

  it('reads a deal that depends on going through as conditional', () => {
    expect(only('If the deal with Marlow Stores goes through, Kestrel Foods will become the largest grocer.').status).toBe('conditional');
  });

  it('reads the verbs of taking over and teaming up, and a passive relative in the progressive', () => {
    expect(only('Kestrel Foods took over Marlow Stores in 2019.')).toEqual({ parties: ['Kestrel Foods', 'Marlow Stores'], what: 'acquisition', status: 'signed' });
    expect(only('Kestrel Foods snapped up Marlow Stores for $3 billion last year.').parties).toEqual(['Kestrel Foods', 'Marlow Stores']);
    expect(only('Kestrel Foods joined forces with Marlow Stores to launch a delivery service.').what).toBe('partnership');
    expect(only('Kestrel Foods teamed with Marlow Stores on a new loyalty card.').status).toBe('signed');
    expect(only('Marlow Stores, which is being acquired by Kestrel Foods, reported a loss.').parties).toEqual(['Kestrel Foods', 'Marlow Stores']);
    expect(agreementsIn('Dana Holt took over as chief executive in March.', [person('Dana Holt')])).toEqual([]);
  });

  it('reads a pending acquisition as agreed and settling with a name as a settlement', () => {
    expect(only('Kestrel Foods’ pending acquisition of Marlow Stores still needs regulatory approval.')).toMatchObject({
      parties: ['Kestrel Foods', 'Marlow Stores'],
      status: 'signed',
    });
    expect(only('Kestrel Foods settled with Marlow Stores for $20 million.')).toMatchObject({ parties: ['Kestrel Foods', 'Marlow Stores'], status: 'signed' });
  });

  it('reads a collaboration announced, a partnering under way and merger talks held', () => {
    const given = [org('Kestrel Foods'), org('Marlow Stores')];
    expect(only('Kestrel Foods and Marlow Stores announced a strategic collaboration.', given)).toMatchObject({ what: 'strategic partnership', status: 'signed' });
    expect(only('Kestrel Foods is partnering with Marlow Stores to build warehouses.', given).status).toBe('signed');
    expect(only('Kestrel Foods and Marlow Stores have held preliminary merger talks.', given).status).toBe('proposed');
    expect(agreementsIn('The survey was run in collaboration with Marlow Stores.', given)).toEqual([]);
  });

  it('does not take an aside on a deal’s worth (, which could be worth …,) for its status', () => {
    const text = 'The deal, which could be worth up to $1 billion, was signed by Kestrel Foods and Marlow Stores on Monday.';
    expect(only(text, [org('Kestrel Foods'), org('Marlow Stores')]).status).toBe('signed');
  });

  it('takes the one a contract is to supply as its other side', () => {
    expect(only('Kestrel Foods has won a contract to supply Marlow Stores with fresh produce.', [org('Kestrel Foods')]).parties).toEqual(['Kestrel Foods', 'Marlow Stores']);
  });

  it('does not read agreeing with a view (agreed with that) as an agreement', () => {
    expect(agreementsIn('The appeals court agreed with that reading of the law.', [org('appeals court')])).toEqual([]);
  });
});

describe('English: headlines', () => {
  it('reads a headline’s infinitive as planned (X to buy Y, X and Y to merge)', () => {
    expect(only('Kestrel Foods to buy Marlow Stores for $3 billion')).toEqual({ parties: ['Kestrel Foods', 'Marlow Stores'], what: 'acquisition', status: 'planned' });
    expect(only('Kestrel Foods and Marlow Stores to merge').status).toBe('planned');
  });

  it('reads "X buys Y in $3 billion deal" as one acquisition', () => {
    expect(only('Kestrel Foods buys Marlow Stores in $3 billion deal', [org('Marlow Stores')])).toEqual({
      parties: ['Kestrel Foods', 'Marlow Stores'],
      what: 'acquisition',
      status: 'signed',
    });
  });

  it('reads "X signs deal with Y" (a bare verb before the agreement word) and talks ended as failed', () => {
    expect(only('Kestrel Foods signs deal with Marlow Stores', [org('Marlow Stores')])).toMatchObject({ parties: ['Kestrel Foods', 'Marlow Stores'], status: 'signed' });
    expect(only('Kestrel Foods ends talks with Marlow Stores', [org('Marlow Stores')])).toMatchObject({ what: 'talks', status: 'failed' });
  });
});

describe('English: lists with abbreviations', () => {
  it('reads a counted group named between dashes with an abbreviation in brackets, selected for contracts', () => {
    const text =
      'The port authority said the three bidders — Halvorsen Marine, Northway Shipyards (NWS) and Castell Dredging — had been selected to join the four firms with Harbour Renewal Programme (HRP) contracts.';
    const given = [org('port authority'), org('Northway Shipyards', ['NWS']), org('Harbour Renewal Programme', ['HRP'])];
    expect(only(text, given)).toMatchObject({ parties: ['Castell Dredging', 'Halvorsen Marine', 'Northway Shipyards'], status: 'signed' });
  });

  it('keeps reading a list of parties after an abbreviation in brackets', () => {
    const given = [org('Kestrel Foods', ['KF']), org('Marlow Stores'), org('Tata Steel')];
    expect(only('Kestrel Foods (KF), Marlow Stores and Tata Steel signed a supply pact on Monday.', given).parties).toEqual(['Kestrel Foods', 'Marlow Stores', 'Tata Steel']);
  });
});

describe('English: who "they" are', () => {
  it('resolves "they" to the two who met a few sentences before, not to countries named since', () => {
    const text =
      'Finance Minister Dana Holt met her Danish counterpart, Lars Berg, in Oslo on Tuesday.\nThey discussed grain exports from Norway to Chile.\nThey also agreed to set up a joint working group on fisheries.';
    const given = [person('Dana Holt'), person('Lars Berg'), place('Oslo', 'city'), place('Norway', 'country'), place('Chile', 'country')];
    expect(only(text, given).parties).toEqual(['Dana Holt', 'Lars Berg']);
  });
});

describe('English: pronouns and descriptions across paragraphs', () => {
  it('resolves "the company" opening a paragraph to the organisation named at the end of the one before', () => {
    const text =
      'Marlow Estates reported record rents on Monday.\nIts biggest tenant, Kestrel Foods, opened a warehouse in Leeds last spring.\nThe company has now signed a ten-year supply contract with Harbor Ports.';
    const given = [org('Marlow Estates'), org('Kestrel Foods'), org('Harbor Ports'), place('Leeds', 'city')];
    expect(only(text, given).parties).toEqual(['Harbor Ports', 'Kestrel Foods']);
  });
});

describe('English: the other side named by a noun', () => {
  it('reads an unnamed counterpart after "with" (its lenders, the nurses union) and a merger partner sought', () => {
    expect(only('Harbor Freightways reached a deal with its lenders on Friday to extend its loans.').parties).toEqual(['Harbor Freightways', 'lenders']);
    expect(only('Castell Health signed a three-year pay agreement with the nurses union.').parties).toEqual(['Castell Health', 'nurses union']);
    expect(only('Kestrel Foods is seeking a merger partner.', [org('Kestrel Foods')])).toMatchObject({ parties: ['Kestrel Foods', 'merger partner'], status: 'proposed' });
  });

  it('never takes the place in "the Denver-based chain" for a side', () => {
    const given = [org('Harlow Foods'), place('Denver', 'city'), org('Pike Market')];
    expect(only('Harlow Foods, the Denver-based chain, agreed to buy Pike Market for $400 million.', given).parties).toEqual(['Harlow Foods', 'Pike Market']);
  });

  it('reads no unnamed counterpart when the other side is named', () => {
    expect(only('Castell Health signed a pay agreement with the union of Marlow Nurses.', [org('Castell Health')]).parties).toEqual(['Castell Health']);
  });
});

describe('English: referring back across sentences', () => {
  it('reads "the carrier … the alliance" as the last sentence’s subject and the alliance it named, though that one had no status', () => {
    const text =
      'Norvik Air said on Monday it will become a full member of the Skybridge alliance next spring.\nThe date is two months later than planned, after the Oslo-based carrier was invited to join the alliance in May.';
    const given = [org('Norvik Air'), org('Skybridge'), place('Oslo', 'city')];
    expect(only(text, given)).toMatchObject({ parties: ['Norvik Air', 'Skybridge'], status: 'proposed' });
  });

  it('reads an organisation written straight before the agreement word as a party, after a preposition too', () => {
    const given = [org('Marlow Stores'), org('Kestrel')];
    expect(only('Marlow Stores was formally admitted to the Kestrel alliance on Monday after it signed the membership terms.', given).parties).toEqual([
      'Kestrel',
      'Marlow Stores',
    ]);
  });
});

describe('English: a headline that names no party', () => {
  it('reads a headline’s deal as the one the body’s first sentence names with both sides', () => {
    const text =
      'Finance minister welcomes new water-sharing deal\nThe agreement reached on Friday between the Republic of Norland and the Marlow Provincial Government ends a decade of dispute.';
    const given = [org('Republic of Norland'), org('Marlow Provincial Government')];
    const [agreement] = agreementsIn(text, given);
    expect(agreement.parties.sort()).toEqual(['Marlow Provincial Government', 'Republic of Norland']);
    expect([agreement.evidence, ...(agreement.alsoIn ?? [])].some((span) => span.start === 0)).toBe(true);
  });
});

describe('English: a counted group named in the next sentence', () => {
  it('joins "three firms" added to a contract with the three firms named between dashes next', () => {
    const text =
      'The Harbour Board announced on Monday that it was adding three firms to its dredging contract.\nThe board said the three firms — Halvorsen Marine, Northway Shipyards and Castell Dredging — had signed contracts worth $40 million.';
    const given = [org('Harbour Board'), org('Northway Shipyards')];
    expect(only(text, given).parties).toEqual(['Castell Dredging', 'Halvorsen Marine', 'Harbour Board', 'Northway Shipyards']);
  });
});

describe('English: a pronoun opening the clause', () => {
  it('resolves "she" opening a clause after an opening phrase, with a long predicate before the agreement word', () => {
    const text =
      'Dana Holt has run Kestrel Foods since 2015.\nIn her first years, as the chain struggled, she reportedly made behind-the-scenes overtures to rival grocers to arrive at some kind of merger.';
    expect(only(text, [person('Dana Holt'), org('Kestrel Foods')])).toMatchObject({ parties: ['Dana Holt'], status: 'proposed' });
  });

  it('does not take a pronoun whose clause only reports another’s agreement', () => {
    const text = 'Dana Holt has run Kestrel Foods since 2015.\nIn an interview, she told reporters Marlow Stores had signed a supply deal with Tata Steel.';
    expect(only(text, [person('Dana Holt'), org('Kestrel Foods'), org('Marlow Stores'), org('Tata Steel')]).parties).toEqual(['Marlow Stores', 'Tata Steel']);
  });
});

describe('English: whom a proposal is made to', () => {
  it('reads the one overtures or an offer are made to as the other side', () => {
    const given = [org('Kestrel Foods')];
    expect(only('Kestrel Foods made quiet overtures to the Marlow Group last spring to reach some kind of supply deal.', given)).toMatchObject({
      parties: ['Kestrel Foods', 'Marlow Group'],
      status: 'proposed',
    });
  });
});

describe('English: a deal to be announced, and who it is for', () => {
  it('reads "the 31-year-old" as the person named before, the subject of a relative clause on the deal as a party, and a deal hoped to be announced as planned', () => {
    const text =
      'Ana Silva spent eight seasons at Porto.\nThe 31-year-old flew to Madrid and will spend the week completing the formalities of the transfer deal, which Real Betis hope to announce on Friday.';
    const given = [person('Ana Silva'), org('Porto'), place('Madrid', 'city'), org('Real Betis')];
    expect(only(text, given)).toMatchObject({ parties: ['Ana Silva', 'Real Betis'], status: 'planned' });
  });

  it('reads the subject of a relative clause on the agreement word as a party (the contract, which Kestrel Foods signed)', () => {
    expect(only('The supply contract, which Kestrel Foods signed in 2019, runs until 2030.', [org('Kestrel Foods')]).parties).toEqual(['Kestrel Foods']);
  });
});

describe('English: joining later', () => {
  it('reads becoming a member of an alliance or joining it later as planned', () => {
    const given = [org('Norvik Air'), org('Skybridge')];
    expect(only('Norvik Air will become a full-fledged member of the Skybridge alliance in March.', given)).toMatchObject({
      parties: ['Norvik Air', 'Skybridge'],
      status: 'planned',
    });
    expect(only('Norvik Air will join the Skybridge alliance in March.', given).status).toBe('planned');
  });
});

describe('English: a relative clause that only judges the agreement', () => {
  it('does not read the one who approved a merger in a relative clause on it as a party', () => {
    expect(agreementsIn('The merger, which the European Commission approved on Friday, creates the largest grocer in Europe.', [org('European Commission')])).toEqual([]);
  });
});

describe('English: "it" after a subordinator, and two steps of one alliance', () => {
  it('resolves "it" opening a clause after "when" to the organisation named before it, not the alliance after it', () => {
    const text = 'Norvik Air has set a new date for when it will be a full member of the Skybridge alliance: March 1, 2027.';
    const given = [org('Norvik Air'), org('Skybridge'), date('March 1, 2027', '2027-03-01')];
    expect(only(text, given)).toMatchObject({ parties: ['Norvik Air', 'Skybridge'], status: 'planned' });
  });

  it('keeps two steps of one alliance apart when their statuses and dates differ', () => {
    const text = 'Norvik Air was invited to join the Skybridge alliance on June 3, 2026.\nNorvik Air will become a full member of the Skybridge alliance on March 1, 2027.';
    const given = [org('Norvik Air'), org('Skybridge'), date('June 3, 2026', '2026-06-03'), date('March 1, 2027', '2027-03-01')];
    expect(agreementsIn(text, given).map((agreement) => [agreement.status, agreement.date])).toEqual([
      ['proposed', '2026-06-03'],
      ['planned', '2027-03-01'],
    ]);
  });
});

describe('English: issue 13, the sides of the agreement verb', () => {
  it('reads a place that signs a person as a side, not as a word on the person (Portsmouth signed Elias Varga)', () => {
    const given = [place('Portsmouth', 'city'), person('Elias Varga'), org('Norvik FC')];
    expect(only('Portsmouth signed Elias Varga from Norvik FC on Friday.', given).parties).toEqual(['Elias Varga', 'Norvik FC', 'Portsmouth']);
  });

  it('reads one capitalised word right before the agreement verb as its subject (Harwich signed, Kestrel has agreed to buy)', () => {
    expect(only('Harwich signed goalkeeper Elias Varga on a free transfer.', [person('Elias Varga')]).parties).toEqual(['Elias Varga', 'Harwich']);
    expect(only('Kestrel has agreed to buy Marlow Stores.', [org('Marlow Stores')]).parties).toEqual(['Kestrel', 'Marlow Stores']);
    expect(agreementsIn('Negotiators agreed to a ceasefire on Sunday.')).toEqual([]);
  });

  it('reads both names after "between" when a recogniser knew only one of them', () => {
    expect(only('Talks between Brightwater Energy and Halden Power broke down on Friday.', [org('Brightwater Energy')])).toMatchObject({
      parties: ['Brightwater Energy', 'Halden Power'],
      status: 'failed',
    });
  });

  it('reads the passive of an award: the one it went to and the one who gave it, known or by their capitals', () => {
    expect(only('The frigate contract was awarded to Halvorsen Marine by the Ministry of Defence.', [org('Ministry of Defence')]).parties).toEqual([
      'Halvorsen Marine',
      'Ministry of Defence',
    ]);
    expect(only('The Port Authority awarded a $40 million dredging contract to Castell Dredging.', [org('Port Authority')]).parties).toEqual([
      'Castell Dredging',
      'Port Authority',
    ]);
    expect(only('The supply contract was signed on Tuesday by Norvik Steel.').parties).toEqual(['Norvik Steel']);
  });

  it('reads no agent of another passive before the agreement word (a prize awarded to X by Y, a year after X signed a contract with Z)', () => {
    const given = [person('Tiago Ramos'), org('Norvik Sport'), org('Harwich Town')];
    const text = 'The Golden Boot was awarded to Tiago Ramos by Norvik Sport, a year after he signed a contract with Harwich Town.';
    expect(only(text, given).parties).toEqual(['Harwich Town', 'Tiago Ramos']);
  });

  it('reads the agent of a passive past its description (bought by private equity firm Blackstone), not a deadline', () => {
    expect(only('Marlow Stores has been bought by private equity firm Blackstone.', [org('Marlow Stores'), org('Blackstone')]).parties).toEqual(['Blackstone', 'Marlow Stores']);
    expect(
      only('Kestrel Foods and Marlow Stores expect their supply deal to be signed by Friday.', [org('Kestrel Foods'), org('Marlow Stores'), date('Friday', 'Friday')]).parties,
    ).toEqual(['Kestrel Foods', 'Marlow Stores']);
  });
});

describe('English: issue 13, sports signings', () => {
  it('reads a fee paid to sign someone as a signing done, not planned', () => {
    const given = [org('Harwich Town'), person('Elias Varga'), org('Norvik FC')];
    expect(only('Harwich Town paid £40 million to sign Elias Varga from Norvik FC.', given)).toMatchObject({
      parties: ['Elias Varga', 'Harwich Town', 'Norvik FC'],
      status: 'signed',
    });
    expect(only('Harwich Town have paid his release clause to secure the signing of Norvik FC midfielder Elias Varga.', given)).toMatchObject({
      parties: ['Elias Varga', 'Harwich Town', 'Norvik FC'],
      status: 'signed',
    });
  });

  it('reads the player named after a role as the one signed, known to no recogniser (signed forward Tiago Ramos)', () => {
    expect(only('Harwich Town have signed forward Tiago Ramos from Norvik FC.', [org('Norvik FC')]).parties).toEqual(['Harwich Town', 'Norvik FC', 'Tiago Ramos']);
    expect(only('Harwich Town completed the signing of Welsh international Tiago Ramos on Friday.').parties).toEqual(['Harwich Town', 'Tiago Ramos']);
    expect(agreementsIn('The mayor signed the forward planning bill on Monday.')).toEqual([]);
  });

  it('reads no player after "by": a role there describes who signed (a petition signed by veteran Labour MP X)', () => {
    expect(agreementsIn('The open letter was signed by veteran Labour MP Dorothy Whitcombe and 40 other lawmakers.')).toEqual([]);
  });

  it('reads no fee in time spent trying to sign someone (spent weeks in talks to sign X)', () => {
    const given = [org('Harwich Town'), person('Elias Varga')];
    expect(agreementsIn('Harwich Town spent weeks in talks to sign Elias Varga but lost out to a rival.', given).map((a) => a.status)).not.toContain('signed');
    expect(agreementsIn('Harwich Town spent the summer trying to sign Elias Varga.', given).map((a) => a.status)).not.toContain('signed');
  });
});

describe('English: issue 13, headline verbs', () => {
  it('reads no agreement made when the agreement word after "agree" is the subject of what is agreed (voters agree the trade deal has hurt farmers)', () => {
    expect(agreementsIn('Most shareholders agree the Kestrel Foods deal has hurt the company, a survey found.', [org('Kestrel Foods')])).toEqual([]);
  });

  it('reads a headline whose bare verb takes the agreement word as object (A, B agree merger; A clinches deal with B)', () => {
    expect(only('Kestrel Foods, Marlow Stores agree $3 billion merger')).toMatchObject({ parties: ['Kestrel Foods', 'Marlow Stores'], status: 'signed' });
    expect(only('Norland, Vastia agree border truce', [place('Norland', 'country'), place('Vastia', 'country')])).toMatchObject({
      parties: ['Norland', 'Vastia'],
      status: 'signed',
    });
    expect(only('Kestrel Foods clinches supply deal with Marlow Stores').parties).toEqual(['Kestrel Foods', 'Marlow Stores']);
  });

  it('does not read "agree on" inside a clause about work as an agreement made', () => {
    expect(agreementsIn('Kestrel Foods used a design review to work through the problems and agree on details.', [org('Kestrel Foods')])).toEqual([]);
  });
});

describe('English: issue 13, common news constructions', () => {
  it('reads two sides that signed a memorandum, and a purchase agreed for a price', () => {
    const given = [org('Halden Power'), org('Brightwater Energy')];
    expect(only('Halden Power and Brightwater Energy signed a memorandum of understanding on Tuesday to build a hydrogen plant.', given)).toMatchObject({
      parties: ['Brightwater Energy', 'Halden Power'],
      status: 'signed',
    });
    expect(only('Kestrel Foods agreed to acquire Marlow Stores for $1.2bn in cash.', [org('Kestrel Foods'), org('Marlow Stores')])).toEqual({
      parties: ['Kestrel Foods', 'Marlow Stores'],
      what: 'acquisition',
      status: 'signed',
    });
  });

  it('reads talks between two sides that collapsed as failed', () => {
    const text = 'Talks between Norvik Steel and Castell Logistics collapsed on Friday after the two sides failed to agree on price.';
    expect(only(text, [org('Norvik Steel'), org('Castell Logistics')])).toEqual({ parties: ['Castell Logistics', 'Norvik Steel'], what: 'talks', status: 'failed' });
  });

  it('reads a deal signed earlier, named in a relative clause, as the signing it reports (background events count)', () => {
    expect(only('The deal, which Kestrel Foods signed last year, has added 40 stores to its network.', [org('Kestrel Foods')])).toMatchObject({
      parties: ['Kestrel Foods'],
      status: 'signed',
    });
  });

  it('reads nothing from "Under the agreement, …": the agreement is only referred to', () => {
    expect(agreementsIn('Under the agreement, Halden Power will supply 200 megawatts to the grid from 2027.', [org('Halden Power')])).toEqual([]);
  });

  it('reads planned, proposed and conditional from "is expected to sign", "in talks" and "if … would"', () => {
    const given = [org('Norvik Steel'), org('Tata Steel'), org('Kestrel Foods'), org('Marlow Stores')];
    expect(only('Norvik Steel is expected to sign a ten-year supply contract with Tata Steel next month.', given).status).toBe('planned');
    expect(only('Kestrel Foods is in talks with Marlow Stores about a possible merger.', given).status).toBe('proposed');
    expect(only('If regulators approve, Kestrel Foods would merge with Marlow Stores by the end of the year.', given).status).toBe('conditional');
  });

  it('reads a contract one side will not renew as terminated', () => {
    const text = 'Norvik Steel said it would not renew its contract with Castell Logistics when it expires in March.';
    expect(only(text, [org('Norvik Steel'), org('Castell Logistics')])).toEqual({ parties: ['Castell Logistics', 'Norvik Steel'], what: 'contract', status: 'terminated' });
    expect(only('Halden Power declined to renew its supply deal with Brightwater Energy.', [org('Halden Power'), org('Brightwater Energy')]).status).toBe('terminated');
  });

  it('reads a suspended agreement as terminated, suspended talks as failed', () => {
    expect(only('The city council suspended its waste contract with Castell Logistics on Monday.', [org('Castell Logistics')]).status).toBe('terminated');
    expect(only('Talks between Norvik Steel and Castell Logistics were suspended on Friday.', [org('Norvik Steel'), org('Castell Logistics')]).status).toBe('failed');
  });

  it('reads the subject "it" and "the company" as the one named in the sentence before', () => {
    const given = [org('Castell Logistics'), org('Norvik Steel'), org('Marlow Stores'), org('Halden Power')];
    const it = agreementsIn('Castell Logistics posted record profits in March. It agreed to buy a 30% stake in Norvik Steel on Tuesday.', given);
    expect(it.map((a) => [...a.parties].sort())).toEqual([['Castell Logistics', 'Norvik Steel']]);
    const company = agreementsIn('Marlow Stores reported a loss on Monday. The company signed a supply deal with Halden Power last month.', given);
    expect(company.map((a) => [...a.parties].sort())).toEqual([['Halden Power', 'Marlow Stores']]);
  });
});

describe('English: issue 13, a side described by a noun', () => {
  it('reads a union, workers or a mayor that open the clause of the agreement verb as a side (The union reached …)', () => {
    expect(only('The union reached a tentative agreement with Harbor Freightways late on Sunday, ending a five-day strike.', [org('Harbor Freightways')]).parties).toEqual([
      'Harbor Freightways',
      'union',
    ]);
    expect(only('The players agreed to a wage cut for the rest of the season.').parties).toEqual(['players']);
  });

  it('reads the description after an opening phrase and through a decision (On Monday, the mayor of X decided to suspend …)', () => {
    const text = 'On Monday, the mayor of Valmont decided to suspend the development agreement with the regional government.';
    expect(only(text)).toEqual({ parties: ['mayor of Valmont', 'regional government'], what: 'development agreement', status: 'terminated' });
  });

  it('reads no side in a description whose verb only judges the agreement (The union welcomed the deal)', () => {
    const given = [org('Kestrel Foods'), org('Marlow Stores')];
    expect(only('The union welcomed the deal between Kestrel Foods and Marlow Stores.', given).parties).toEqual(['Kestrel Foods', 'Marlow Stores']);
    expect(only('Creditors approved the merger of Kestrel Foods and Marlow Stores on Monday.', given).parties).toEqual(['Kestrel Foods', 'Marlow Stores']);
  });
});

describe('English: issue 13, a document signed that is no agreement', () => {
  it('reads no signed merger when critics signed a letter or a petition against it', () => {
    expect(agreementsIn('Critics signed an open letter against the merger with Kroger.', [org('Kroger')])).toEqual([]);
    expect(agreementsIn('More than 200 economists signed a statement opposing the trade deal with Vastia.', [place('Vastia', 'country')])).toEqual([]);
  });

  it('still reads a letter of intent signed as the agreement itself', () => {
    expect(only('Kestrel Foods signed a letter of intent to buy Marlow Stores.', [org('Kestrel Foods'), org('Marlow Stores')])).toMatchObject({
      parties: ['Kestrel Foods', 'Marlow Stores'],
      status: 'signed',
    });
  });
});

describe('English: issue 13, what an agreement is for', () => {
  it('reads the infinitive after the side it is made with (an agreement with B to build …)', () => {
    const text = 'Halden Power signed an agreement with Brightwater Energy to build a hydrogen plant near the port.';
    expect(only(text, [org('Halden Power'), org('Brightwater Energy')]).what).toBe('agreement to build a hydrogen plant near');
  });
});

describe('English: issue 13, deals being negotiated', () => {
  const given = [org('Kestrel Foods'), org('Marlow Stores')];

  it('reads a deal one is close to or nearing as proposed', () => {
    expect(only('Kestrel Foods is close to a deal to buy Marlow Stores, sources said.', given)).toMatchObject({
      parties: ['Kestrel Foods', 'Marlow Stores'],
      status: 'proposed',
    });
    expect(only('Kestrel Foods is nearing a deal to buy Marlow Stores.', given).status).toBe('proposed');
  });

  it('reads discussions about a merger as proposed', () => {
    expect(only('Kestrel Foods has held preliminary discussions with Marlow Stores about a merger.', given)).toEqual({
      parties: ['Kestrel Foods', 'Marlow Stores'],
      what: 'merger',
      status: 'proposed',
    });
  });

  it('takes the subject of a passive report for a side, not for the one who reports (A and B are said to be in discussions)', () => {
    expect(only('Kestrel Foods and Marlow Stores are said to be in discussions about a merger.', given).parties).toEqual(['Kestrel Foods', 'Marlow Stores']);
  });
});

describe('English: issue 13, a company referred to by what it does', () => {
  it('reads "the grocer", "the Ohio-based carmaker" as the organisation named in the sentence before', () => {
    const given = [org('Kestrel Foods'), org('Marlow Stores')];
    const grocer = agreementsIn('Kestrel Foods reported higher sales on Monday. The grocer also agreed to buy Marlow Stores.', given);
    expect(grocer.map((a) => [...a.parties].sort())).toEqual([['Kestrel Foods', 'Marlow Stores']]);
    const carmaker = agreementsIn('Kestrel Motors cut its forecast on Monday. The Ohio-based carmaker signed a battery deal with Marlow Stores.', [
      org('Kestrel Motors'),
      org('Marlow Stores'),
    ]);
    expect(carmaker.map((a) => [...a.parties].sort())).toEqual([['Kestrel Motors', 'Marlow Stores']]);
  });
});

describe('English: issue 13, "its" opening the clause', () => {
  it('reads "Its board approved a merger with B" as the organisation named before, acting through its board', () => {
    const found = agreementsIn('Kestrel Foods lost money last year. Its board approved a merger with Marlow Stores on Monday.', [org('Kestrel Foods'), org('Marlow Stores')]);
    expect(found.map((a) => [...a.parties].sort())).toEqual([['Kestrel Foods', 'Marlow Stores']]);
  });
});

describe('English: issue 13, talks under way', () => {
  const given = [org('Kestrel Foods'), org('Marlow Stores')];

  it('reads talks or negotiations under way between two sides as proposed (intensified, resumed, in negotiations)', () => {
    expect(only('Negotiations between Kestrel Foods and Marlow Stores intensified over the weekend.', given)).toEqual({
      parties: ['Kestrel Foods', 'Marlow Stores'],
      what: 'talks',
      status: 'proposed',
    });
    expect(only('Kestrel Foods resumed talks with Marlow Stores on Monday.', given)).toMatchObject({ what: 'talks', status: 'proposed' });
    expect(only('Kestrel Foods has been in negotiations with Marlow Stores since March.', given).status).toBe('proposed');
  });

  it('reads talks that collapsed or were ended as failed, whatever cue of talks is nearer', () => {
    expect(only('Talks between Kestrel Foods and Marlow Stores collapsed on Friday.', given).status).toBe('failed');
    expect(only('Kestrel Foods ended negotiations with Marlow Stores on Friday.', given).status).toBe('failed');
  });

  it('reads talks about a merger as the merger proposed, one agreement', () => {
    expect(only('Kestrel Foods and Marlow Stores are in advanced talks over a $3bn merger.', given)).toEqual({
      parties: ['Kestrel Foods', 'Marlow Stores'],
      what: '$3bn merger',
      status: 'proposed',
    });
  });
});

describe('English: issue 13, the verb that takes the agreement word as object', () => {
  it('reads the status of the verb whose object the agreement is, not of a participle on a later noun', () => {
    const text = 'Norland decided to suspend the fishing agreement with the coalition formed after the election.';
    expect(only(text, [place('Norland', 'country')]).status).toBe('terminated');
  });

  it('reads a proposed merger that was rejected as failed', () => {
    expect(only('Marlow Stores rejected the proposed merger with Kestrel Foods.', [org('Kestrel Foods'), org('Marlow Stores')]).status).toBe('failed');
  });
});

describe('English: issue 13, a side named after a description with a capital', () => {
  it('reads the name after "between the Lisbon club and" as a side (a capitalised word may describe the first side)', () => {
    const text = 'Negotiations between the Lisbon club and Elias Varga’s agents intensified on Friday.';
    expect(only(text, [person('Elias Varga')])).toMatchObject({ parties: ['Elias Varga'], status: 'proposed' });
  });
});

describe('English: issue 13, an agreement taking effect, and a date after it', () => {
  it('reads a ceasefire that took effect, or a treaty that entered into force, as concluded', () => {
    const given = [place('Norland', 'country'), place('Vastia', 'country')];
    expect(only('A ceasefire between Norland and Vastia took effect at midnight.', given)).toEqual({ parties: ['Norland', 'Vastia'], what: 'ceasefire', status: 'signed' });
    expect(only('The border treaty between Norland and Vastia entered into force in May.', given).status).toBe('signed');
  });

  it('does not read the day after the agreement word as what it is about (agreed a ceasefire on Sunday)', () => {
    const given = [place('Norland', 'country'), place('Vastia', 'country')];
    expect(only('Norland and Vastia agreed a ceasefire on Sunday.', given).what).toBe('ceasefire');
    expect(only('Norland and Vastia signed a fishing agreement on March 3.', given).what).toBe('fishing agreement');
  });
});

describe('English: review follow-up, references and clauses', () => {
  it('does not read a company noun before a person’s noun as the company (the fund manager, the executive producer)', () => {
    const given = [org('Kestrel Capital'), org('Norda Systems')];
    expect(only('Kestrel Capital sold the stake last year. The fund manager agreed to buy Norda Systems.', given).parties).toEqual(['Norda Systems']);
    const film = [org('Marlow Pictures'), org('Netflix')];
    expect(only('Marlow Pictures released the film in May. The executive producer signed a deal with Netflix.', film).parties).toEqual(['Netflix']);
  });

  it('still reads the company noun before a verb (The carmaker agreed to buy …)', () => {
    const given = [org('Kestrel Motors'), org('Norda Labs')];
    expect(only('Kestrel Motors reported results on Monday. The carmaker agreed to buy Norda Labs.', given).parties).toEqual(['Kestrel Motors', 'Norda Labs']);
  });

  it('does not give "Its" to an agreement in a later clause with a subject of its own (Its shares rose after B agreed to buy C)', () => {
    const given = [org('Kestrel Systems'), org('Marlow Foods'), org('Norda Labs')];
    const text = 'Kestrel Systems reported results on Monday. Its shares rose after Marlow Foods agreed to buy Norda Labs.';
    expect(only(text, given).parties).toEqual(['Marlow Foods', 'Norda Labs']);
  });

  it('does not let a failure in a clause after "after" or "since" make talks failed', () => {
    const given = [org('Kestrel Systems'), org('Marlow Foods')];
    const resumed = 'Kestrel Systems resumed talks with Marlow Foods on Monday, months after earlier negotiations collapsed.';
    expect(only(resumed, given)).toMatchObject({ what: 'talks', status: 'proposed' });
    expect(only('Talks between Kestrel Systems and Marlow Foods collapsed on Monday.', given)).toMatchObject({ what: 'talks', status: 'failed' });
  });

  it('does not read "to the" or "to be" after the other side as what the agreement is for', () => {
    const given = [org('Kestrel Systems'), org('Marlow Foods')];
    expect(only('Kestrel Systems signed an agreement with Marlow Foods to the tune of $5 billion.', given).what).toBe('agreement');
    expect(only('Kestrel Systems signed an agreement with Marlow Foods to be completed in June.', given).what).toBe('agreement');
    expect(only('Kestrel Systems signed an agreement with Marlow Foods to build a plant.', given).what).toBe('agreement to build a plant');
  });
});

describe('English: second review follow-up', () => {
  it('does not read a place after a side’s description and a preposition as a side (between Halvor officials in Tessaly)', () => {
    const given = [place('Tessaly', 'country')];
    const text = 'Talks between Halvor officials in Tessaly over the water contract collapsed on Friday.';
    expect(agreementsIn(text, given).flatMap((agreement) => agreement.parties)).not.toContain('Tessaly');
    expect(only('Talks between the family-owned carrier Halvor and Marden Ports collapsed on Friday.', [org('Halvor'), org('Marden Ports')]).parties).toEqual([
      'Halvor',
      'Marden Ports',
    ]);
  });

  it('ends what an agreement covers at a calendar word of the date lexicon (yesterday, tomorrow, Friday, September)', () => {
    const given = [org('Marden Ports'), org('Halvor Shipping')];
    expect(only('Marden Ports and Halvor Shipping signed an agreement on berth sharing yesterday.', given).what).toBe('agreement on berth sharing');
    expect(only('Marden Ports and Halvor Shipping will sign an agreement on berth sharing tomorrow.', given).what).toBe('agreement on berth sharing');
    expect(only('Marden Ports and Halvor Shipping reached a deal over berth fees Friday.', given).what).toBe('deal over berth fees');
    expect(only('Marden Ports and Halvor Shipping signed an agreement on berth sharing September 12.', given).what).toBe('agreement on berth sharing');
  });

  it('reads the status of the verb whose object the agreement is past a participle on a later noun (a firm selected in 2019)', () => {
    const text = 'The mayor of Halvor decided to suspend the long-standing harbour dredging agreement with a firm selected in 2019.';
    expect(only(text, [place('Halvor', 'city')]).status).toBe('terminated');
  });
});
