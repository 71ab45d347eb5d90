// Lines around a story that are not the story (lexicon/credit-lines.json says which): a
// photo credit, an invitation to follow on a social network, the reporters' credit line
// (… contributed to this report; Reporting by …), the author's closing bio line.
// Names met only there are not the article's. The reader leaves credit and follow lines out of
// a chosen article (choose-article.ts); a whole page read keeps them.
import creditData from '../lexicon/credit-lines.json';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const anyOf = (words: string[]) => words.map(escape).join('|');

/** Longest line still read as a credit (a caption-length line, not a paragraph). */
const MAX_CREDIT_CHARS = 120;
/** Longest closing line still read as an author's bio. */
const MAX_BIO_CHARS = 300;

const AGENCY_NAME = `(?:${anyOf(creditData.agencies)})(?![\\p{L}\\p{N}])`;
// An agency where a credit puts it: beside a separator (Name | Bloomberg | Getty Images, Ana
// Ruiz/Reuters, 사진=연합뉴스), never as the subject of a headline (EPA rolls back …).
const AGENCY_CREDIT = new RegExp(`(?:[|/=©ⓒ]\\s*${AGENCY_NAME}|(?<![\\p{L}\\p{N}])${AGENCY_NAME}\\s*[|/])`, 'u');
// Or a line that is only a name and an agency: (AFP), Ana Ruiz (Reuters), Ana Ruiz, AP.
const AGENCY_ONLY = new RegExp(`^\\s*(?:\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}\\s*[,(]?\\s*)?\\(?${AGENCY_NAME}\\)?\\s*$`, 'u');
const LABEL = `(?:${anyOf(creditData.creditLabels)})`;
const CREDIT_LABEL = new RegExp(`^\\s*${LABEL}(?:\\s+${LABEL})?\\s*(?:by\\s+)?[:=|]`, 'iu');
// Follow us / him / The New York Times Opinion section on Twitter: whom to follow, then a network
// written as its name is (fans can follow the match live on YouTube is the story's).
const FOLLOWED = `(?:us|me|him|her|them|\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,5}(?:\\s+(?:section|page|account|desk|team))?)`;
const FOLLOW = new RegExp(`\\b[Ff]ollow\\s+${FOLLOWED}\\s+on\\s+(?:${anyOf(creditData.socialNetworks)})(?![\\p{L}\\p{N}-])`, 'u');
// … contributed to this report. at the line's end; (Reporting by …; Editing by …) at its start.
const CONTRIBUTION = new RegExp(`\\b(?:${anyOf(creditData.contributionEndings)})\\W*$|^\\W*(?:${anyOf(creditData.creditOpenings)})\\b`, 'iu');
const BIO = new RegExp(
  `^\\s*(?!(?:He|She|It|They|This|That|There|We|I)\\s)\\p{Lu}[^.!?\\n]{1,60}?\\s(?:is|was|has been)\\s(?:a|an|the)\\b[^.!?\\n]{0,40}?\\b(?:${anyOf(creditData.authorRoles)})s?\\b`,
  'u',
);

/**
 * Whether a line of the article text is a credit, a follow invitation or, among the closing
 * lines (`closing`), an author's bio: elsewhere `X is a writer …` is the story's own sentence.
 */
export function isCreditLine(line: string, closing = false): boolean {
  const length = line.trim().length;
  if (length === 0) return false;
  if (length <= MAX_CREDIT_CHARS && (CREDIT_LABEL.test(line) || AGENCY_CREDIT.test(line) || AGENCY_ONLY.test(line))) return true;
  if (length <= MAX_BIO_CHARS && (FOLLOW.test(line) || CONTRIBUTION.test(line))) return true;
  return closing && length <= MAX_BIO_CHARS && BIO.test(line);
}
