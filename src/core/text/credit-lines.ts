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

const AGENCY = new RegExp(`(?:^|[\\s|/(=])(?:${anyOf(creditData.agencies)})(?=$|[\\s|/),.])`, 'u');
const LABEL = `(?:${anyOf(creditData.creditLabels)})`;
const CREDIT_LABEL = new RegExp(`^\\s*${LABEL}(?:\\s+${LABEL})?\\s*(?:by\\s+)?[:=|]`, 'iu');
const FOLLOW = new RegExp(`\\bfollow\\b[^.!?]{0,80}?\\bon\\s+(?:${anyOf(creditData.socialNetworks)})\\b`, 'iu');
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
  if (length <= MAX_CREDIT_CHARS && (CREDIT_LABEL.test(line) || (AGENCY.test(line) && (line.includes('|') || line.includes('/') || /^[^.!?]*$/.test(line.trim()))))) return true;
  if (FOLLOW.test(line) || (length <= MAX_BIO_CHARS && CONTRIBUTION.test(line))) return true;
  return closing && length <= MAX_BIO_CHARS && BIO.test(line);
}
