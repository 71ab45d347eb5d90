// The English lexicon as lookup tables, built once from the JSON data files (static data, no
// page state). Multi-word entries are keyed by their space-joined tokens.
import dateData from '../../lexicon/en/dates.json';
import generatedCommonWords from '../../lexicon/generated/en-common-words.json';
import generatedFamilyNames from '../../lexicon/generated/en-family-names.json';
import generatedGivenNames from '../../lexicon/generated/en-given-names.json';
import nameData from '../../lexicon/en/names.json';
import organizationData from '../../lexicon/en/organizations.json';
import titleData from '../../lexicon/en/titles.json';

const lower = (words: string[]) => new Set(words.map((w) => w.toLowerCase()));

export const commonWords = new Set(nameData.commonWords);
/** Everyday English words that are never part of a name in the NER corpora (scripts/lexicon). */
const everydayWords = new Set(generatedCommonWords.words.split(' '));
/** Words that never begin a name, however it ends: `From The New York Times`. */
export const leadingWords = new Set(nameData.leadingWords);
/** Common word, also in capitals (YES, IS); a known name is looked up before this. */
export const isCommonWord = (word: string) => commonWords.has(word) || (/^\p{Lu}+$/u.test(word) && commonWords.has(word[0] + word.slice(1).toLowerCase()));
/** Words that open people's names in the NER corpora (John, Heinz, Larry): built by scripts/lexicon. */
export const givenNames = new Set(generatedGivenNames.words.split(' '));
/** Words that end people's names there (Obama, Merkel, Smith). */
export const familyNames = new Set(generatedFamilyNames.words.split(' '));
/** An everyday word (Read, Editing, Prompted): a name only where capitals mean something. */
export const isEverydayWord = (word: string) => word.length >= 3 && /^\p{Lu}(?:\p{Ll}*|\p{Lu}*)$/u.test(word) && everydayWords.has(word.toLowerCase()) && !familyNames.has(word);
/** A word of the everyday list even if people bear it too (Thunder, Herald): as a team's or paper's last word it is that word. */
export const isListedEverydayWord = (word: string) => everydayWords.has(word.toLowerCase());
export const demonyms = new Set(nameData.demonyms);
/** Adverbs after a region's name that leave it a place (the Caribbean overnight). */
export const adverbsAfterRegions = new Set(nameData.adverbsAfterRegions);
export const connectors = new Set(nameData.connectors);
export const nonEntityHeads = new Set(nameData.nonEntityHeads);
export const venueHeads = new Set(nameData.venueHeads);
export const geoHeads = new Set(nameData.geoHeads);
/** A place's head in the plural after a list of such places (Barry, Cass and Van Buren counties); not `states`, a verb as often. */
export const geoHeadPlurals = new Set(nameData.geoHeadPlurals);
/** Heads of a place's formal name before `of` (the State of Texas, the Kingdom of Bahrain). */
export const formalPlaceHeads = new Set(nameData.formalPlaceHeads);
export const geoHeadsBefore = nameData.geoHeadsBefore;
export const personVerbsAfter = lower(nameData.personVerbsAfter);
// Words before a name that make it a person: `said X`, `pharaoh X`, lower-case titles.
export const personCuesBefore = lower([...nameData.personCuesBefore, ...titleData.before.map((t) => t.replace(/\.$/, ''))]);
export const placeCuesBefore = lower(nameData.placeCuesBefore);
/** Old Trafford, St. Croix: words that open a place's name after a preposition of place. */
export const placeOpeners = new Set(nameData.placeOpeners);
export const placeOpenerCuesBefore = new Set(nameData.placeOpenerCuesBefore);
export const saintTitles = new Set(nameData.saintTitles);
/** Words after a name that make it an organisation: `a Tesco spokesman`, `Apple shares`. */
export const organizationCuesAfter = new Set(nameData.organizationCuesAfter);
const phrases = (words: string[]) => words.map((w) => w.replace(/ /g, '[ \\t\\u00a0]+')).join('|');
/** `Vantix’s shares`, `Vantix's chief executive`: a possessive only an organisation has (the text
 * right after the name). */
export const organizationPossessiveCue = new RegExp(`^['’]s?[ \\t\\u00a0]+(?:${phrases(nameData.organizationCuesPossessive)})\\b`, 'i');
// The two patterns below read the end of the text before a name; each is written as `$(?<=…)`, a lookbehind tried at
// the end alone, since a pattern ending in `$` is tried from every position of the text (they were the English
// recogniser's costliest patterns).
/** `shares of X`, `an analyst at X`, `Ohio-based X` (the text right before the name). */
export const organizationCueBefore = new RegExp(`$(?<=(?:\\b(?:${phrases(nameData.organizationCuesBefore)})|\\p{L}-based)[ \\t\\u00a0]+(?:the[ \\t\\u00a0]+)?)`, 'iu');
/** `energy company X`, `financial firm X`, `tech giant X`: a lower-case word for a kind of body right before the name (the text before it). */
export const organizationNounBefore = new RegExp(`$(?<=(?<![\\p{L}-])(?:${phrases(nameData.organizationAppositives)})[ \\t\\u00a0]+)`, 'u');
/** `X, the Ohio-based retailer`, `X, a maker of …`, `X, which makes …` (the text right after the name);
 * not `X, the company’s founder`, which names a person. */
export const organizationAppositionAfter = new RegExp(
  `^,[ \\t\\u00a0]+(?:(?:the|a|an)[ \\t\\u00a0]+(?:[\\p{L}.-]+[ \\t\\u00a0]+){0,2}(?:${phrases(nameData.organizationAppositives)})(?=[ \\t\\u00a0]*(?:[,.;:)]|$)|[ \\t\\u00a0]+(?:of|that|which|whose|in|with|based|headquartered|founded|known|and|for|on|at|from|has|had|is|was|said|says)\\b)|which[ \\t\\u00a0]+(?:also[ \\t\\u00a0]+)?(?:${phrases(nameData.organizationClauseVerbs)})\\b)`,
  'u',
);
export const subjectVerbsAfter = new Set(nameData.subjectVerbsAfter);
/** `Winstone enrolled`, `Geyer was`: a verb right after a lone name (the text after it) that, with a pronoun for a
 *  person soon after (personPronounNear), makes the name a person's. */
export const subjectVerbOfPerson = new RegExp(`^[ \\t\\u00a0]+(?:${nameData.subjectVerbsOfPeople.join('|')})\\b`);
/** The same verbs less those things take as often in the present (`Darfur is`, `Brexit has`): told of a lone name
 *  mid-sentence in the past (`but Geyer was already`, `Geyer returned`), they make it a person's without a pronoun. */
export const pastVerbOfPerson = new RegExp(`^[ \\t\\u00a0]+(?:${nameData.subjectVerbsOfPeople.filter((verb) => !nameData.subjectVerbsOfThingsToo.includes(verb)).join('|')})\\b`);
/** `, an 18-year-old`, `, her sister`, `, his lawyer` right after a lone name (the text after it): an age or a person's
 *  relation in apposition says the name is a person's (not a bare number: `, 34,` counts goals and seats as often; not a place a relation
 *  has: `Okene, his mother's hometown`). */
export const personAppositionAfter = new RegExp(
  `^,[ \\t\\u00a0]+(?:an?[ \\t\\u00a0]+\\d{1,3}[- ]years?[- ]old\\b|(?:his|her|their)[ \\t\\u00a0]+(?:\\p{Ll}+[ \\t\\u00a0]+)?(?:${nameData.peopleAppositives.join('|')})\\b(?![’']s[ \\t\\u00a0]+(?:\\p{Ll}+[ \\t\\u00a0]+)?(?:${nameData.placesOfPeople.join('|')})\\b))`,
  'u',
);
/** he, she, his, her, him as a word (in any case) in the text after a name. */
export const personPronounNear = new RegExp(`\\b(?:${nameData.personPronounsAfter.join('|')})\\b`, 'i');
export const plainAcronyms = new Set(nameData.plainAcronyms);
export const nonEntityHeadsFirst = new Set(nameData.nonEntityHeadsFirst);
/** Group nouns whose possessive starts a name: People’s Daily, Workers’ Party. */
export const groupPossessors = new Set(nameData.groupPossessors);
export const officePossessors = new Set(nameData.officePossessors);
export const venueHeadsAlsoSurnames = new Set(nameData.venueHeadsAlsoSurnames);
/** News-style abbreviations of US states (Calif, N.Y.) → the state's name. */
export const usStateAbbreviations = new Map<string, string>(Object.entries(nameData.usStateAbbreviations));
/** The US Postal Service's state codes (NC, TX) → the state's name, read only right after a town and a comma. */
export const usStatePostalCodes = new Map<string, string>(Object.entries(nameData.usStatePostalCodes));
/** Plural common nouns for people: `Officials said` is a group, not a person. The group possessors
 *  (Workers, Students) are people plurals too and are added here, so names.json lists them once. */
export const peoplePlurals = new Set([...nameData.peoplePlurals, ...nameData.groupPossessors]);
/** Words that take a thing sold before a brand written with inner capitals (a new iPhone, the iPod): the brand is the product. */
export const productDeterminers = new Set(nameData.productDeterminers);
export const productAdjectives = new Set(nameData.productAdjectives);
/** Car body styles and a show car's Concept: a name ending in one is a model sold (the LC Convertible Concept). */
export const productHeads = new Set(nameData.productHeads);
/** Prefixes of ships' and crafts' names (USS, HMS, Space Shuttle): what follows names a vessel. */
export const vesselPrefixes = new Set(nameData.vesselPrefixes);
/** `Penn State quarterback`, `Athletic Bilbao keeper` (the text right after a name): a player's position or a coach says the name is a team's. */
export const teamPositionAfter = new RegExp(`^[ \\t\\u00a0]+(?:${phrases(nameData.teamPositions)})\\b`);
/** Plural nicknames of major-league teams (the Clippers, Steelers): a team, not a group of people. */
export const teamNicknames = new Set(nameData.teamNicknames);
/** `X spacecraft`, `X lunar lander`, `X reusable launch vehicle` (the text right after a name): the name is a craft's. */
export const craftNounAfter = new RegExp(`^[ \\t\\u00a0]+(?:(?:${nameData.craftModifiers.join('|')})[ \\t\\u00a0]+){0,2}(?:${nameData.craftNouns.join('|')})\\b`);
/** Counting words: a capitalised plural after them is a group (a million Uighurs). */
export const quantifiersBefore = new Set(nameData.quantifiersBefore);
const endingsPattern = (endings: string[]) => new RegExp(`\\p{Ll}(?:${endings.join('|')})$`, 'u');
/** Town-like endings: Abbotsford, Hillsborough, Kazakhstan. */
export const placeEnding = endingsPattern(nameData.placeEndings);
/** Endings of group names and adjectives rather than people: Athenians, Slavic, Sephardic. */
export const groupEnding = endingsPattern(nameData.groupEndings);

export const titlesBefore = new Set(titleData.before);
/** Longest title, in tokens, so `Prime Minister` wins over `Minister`. */
export const longestTitle = Math.max(...titleData.before.map((t) => t.split(' ').length));
export const rolesAfter = lower(titleData.after);
export const honorifics = new Set(titleData.honorifics);
/** Titles whose `of` names a place (Countess of Lennox, Bishop of Whitby). */
export const titlesOverPlaces = new Set(titleData.overPlaces);

export const organizationSuffixes = new Set(organizationData.suffixes);
/** Endings news drops when it names an organisation again (Emirates Airline … Emirates). */
export const legalForms = new Set(organizationData.legalForms);
export const organizationHeads = new Set(organizationData.heads);
export const clubPrefixes = new Set(organizationData.clubPrefixes);
/** Words opening an organisation's name in other European languages, whatever follows (Instituto Gonzaga, Banco Santander). */
export const bodyOpenings = new Set(organizationData.bodyOpenings);
/** Lower-case heads after an organisation's name: the Democratic Progressive party. */
export const organizationHeadsAfter = new Set(organizationData.headsAfter);

/** Known organisation name or alias → canonical name. */
export const knownOrganizations = new Map<string, string>();
for (const [name, ...aliases] of organizationData.known) {
  for (const form of [name, ...aliases]) knownOrganizations.set(form, name);
}

export const months = dateData.months;
export const monthIndex = new Map<string, number>();
dateData.months.forEach((m, i) => monthIndex.set(m, i + 1));
for (const abbreviation of dateData.monthAbbreviations) {
  const full = dateData.months.find((month) => month.startsWith(abbreviation.slice(0, 3)));
  if (full) monthIndex.set(abbreviation, monthIndex.get(full) ?? 0);
}
export const weekdayIndex = new Map<string, number>();
dateData.weekdays.forEach((d, i) => weekdayIndex.set(d, i + 1));
export const relativeDays: Record<string, number> = dateData.relativeDays;
/** A day's name with a weekday in it (Black Friday): no date, and its first word no name either. */
export const namedDays = new Set(dateData.namedDays);
