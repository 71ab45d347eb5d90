// English date mentions (Monday, March 3, 3 March 2024, March 2024, in March, yesterday) with
// an ISO value resolved against the publication date when the text alone does not give one.
import { monthIndex, namedDays, relativeDays, weekdayIndex } from './lexicon';

const WORD_BEFORE = /([\p{L}]+)[ \t\u00a0]$/u;

export interface DateMention {
  start: number;
  end: number;
  text: string;
  value?: string;
}

const MONTH = [...monthIndex.keys()].sort((a, b) => b.length - a.length).join('|');
const WEEKDAY = [...weekdayIndex.keys()].join('|');
const RELATIVE = Object.keys(relativeDays).join('|');
const YEAR = '(?:1[5-9]|20)\\d{2}';
// Cue words before a month alone or a year alone, written here in lower case; either case of the first letter is read.
const MONTH_CUES = ['in', 'since', 'until', 'by', 'early', 'late', 'mid-', 'last', 'next', 'this', 'from', 'through'];
const YEAR_CUES = ['in', 'since', 'until', 'by', 'during', 'from'];
const WEEKDAY_CUES = ['last', 'next', 'this'];
const eitherCase = (cues: string[]) => cues.map((cue) => `[${cue[0].toUpperCase()}${cue[0]}]${cue.slice(1)}`).join('|');
// One alternation, longest forms first; named groups say which form matched.
const DATE_FORMS = [
  `(?<md>(?<mdMonth>${MONTH})\\.? (?<mdDay>\\d{1,2})(?:st|nd|rd|th)?(?:, (?<mdYear>\\d{4}))?)`,
  `(?<dm>(?<dmDay>\\d{1,2}) (?<dmMonth>${MONTH})(?: (?<dmYear>\\d{4}))?)`,
  `(?<my>(?<myMonth>${MONTH}) (?<myYear>\\d{4}))`,
  // A month alone after its cue: not one that a day or a year follows (in March 2015, this Dec. 12), which the forms above read.
  `(?<mCue>(?:${eitherCase(MONTH_CUES)}) )(?<m>${MONTH})(?!\\.? \\d)`,
  `(?<wd>(?:(?<wdRel>${WEEKDAY_CUES.join('|')}) )?(?<wdName>${WEEKDAY}))`,
  `(?<rel>${RELATIVE})`,
  `(?<yCue>(?:${eitherCase(YEAR_CUES)}) )(?<y>${YEAR})`,
];
const DATE_SOURCE = `(?<![\\p{L}\\p{N}])(?:${DATE_FORMS.map((p) => `(?:${p})`).join('|')})(?![\\p{L}\\p{N}])`;
/** Read at one position (sticky), where an anchor below says a date may start. */
const DATE_AT = new RegExp(DATE_SOURCE, 'uy');

/**
 * Every date holds a month's name, a weekday's, a relative day's or a year, which a plain search finds far faster than
 * the date pattern, tried at every position of the text, would; a date starts no further before its first such word
 * than the longest cue and its space (`through March`, `last Monday`, `during 2019`), or a day and a space (`3 March`).
 */
const ANCHOR = new RegExp(`${MONTH}|${WEEKDAY}|${RELATIVE}|${YEAR}`, 'g');
// (`00`: a day's two digits before its month.)
const LEAD = Math.max(...[...MONTH_CUES, ...YEAR_CUES, ...WEEKDAY_CUES, '00'].map((word) => word.length + 1));
const WORD_CHAR_BEFORE = /[\p{L}\p{N}]$/u;

/** Every date mention in `text` (one pass over the whole text: per-sentence calls would rescan it). */
export function findDates(text: string, published?: string): DateMention[] {
  const base = parsePublished(published);
  const found: DateMention[] = [];
  for (let m = nextDate(text, 0); m; m = nextDate(text, m.index + m[0].length)) {
    const g = m.groups ?? {};
    // `May` alone is as often a name or a verb as a month; Black Friday and Good Friday are days of their own.
    if (g.m === 'May' || (g.wdName && !g.wdRel && namedDays.has(`${WORD_BEFORE.exec(text.slice(Math.max(0, m.index - 24), m.index))?.[1]} ${g.wdName}`))) continue;
    // A cue word (in March, since 2019) selects the form but is not part of the date.
    const cue = (g.mCue ?? g.yCue ?? '').length;
    found.push({ start: m.index + cue, end: m.index + m[0].length, text: m[0].slice(cue), value: resolve(g, base) });
  }
  return found;
}

/** The first date at or after `from`, as a global search of the date pattern from `from` finds it: the pattern is
 *  tried only at the word starts a little before each anchor, in order. */
function nextDate(text: string, from: number): RegExpExecArray | null {
  ANCHOR.lastIndex = from;
  for (let anchor = ANCHOR.exec(text); anchor; anchor = ANCHOR.exec(text)) {
    for (let at = Math.max(from, anchor.index - LEAD); at <= anchor.index; at++) {
      if (at > 0 && WORD_CHAR_BEFORE.test(text.slice(Math.max(0, at - 2), at))) continue;
      DATE_AT.lastIndex = at;
      const m = DATE_AT.exec(text);
      if (m) return m;
    }
    // Anchors may overlap (a year in a longer number): the next one is looked for from the next character.
    ANCHOR.lastIndex = anchor.index + 1;
  }
  return null;
}

/** A month name the date pattern matched (so always known) → its number. */
const monthOf = (name: string | undefined): number => monthIndex.get(name ?? '') ?? 0;

function resolve(g: Record<string, string | undefined>, base?: Date): string | undefined {
  const year = base?.getUTCFullYear();
  if (g.md) return isoDate(g.mdYear ? +g.mdYear : year, monthOf(g.mdMonth), Number(g.mdDay));
  if (g.dm) return isoDate(g.dmYear ? +g.dmYear : year, monthOf(g.dmMonth), Number(g.dmDay));
  if (g.my) return `${g.myYear}-${pad(monthOf(g.myMonth))}`;
  if (g.m) return base ? monthAround(base, monthOf(g.m), g.mCue?.trim().toLowerCase()) : undefined;
  if (g.y) return g.y;
  if (!base) return undefined;
  if (g.rel) return shift(base, relativeDays[g.rel]);
  if (g.wd) {
    // News says `Monday` for the most recent Monday (or today); `next Monday` looks ahead.
    const target = (weekdayIndex.get(g.wdName ?? '') ?? 0) % 7;
    const today = base.getUTCDay();
    if (g.wdRel === 'next') return shift(base, (target - today + 7) % 7 || 7);
    const back = (today - target + 7) % 7;
    return shift(base, g.wdRel === 'last' ? -(back || 7) : -back);
  }
  return undefined;
}

/** A month named without its year: `next March` is the first March after the publication month, `last March` the
 *  latest before it; after any other cue (in, since, by) it is taken in the year of publication. */
function monthAround(base: Date, month: number, cue: string | undefined): string {
  const published = base.getUTCMonth() + 1;
  let year = base.getUTCFullYear();
  if (cue === 'next' && month <= published) year++;
  if (cue === 'last' && month >= published) year--;
  return `${year}-${pad(month)}`;
}

function parsePublished(published?: string): Date | undefined {
  const m = published && /^(\d{4})-(\d{2})-(\d{2})/.exec(published);
  return m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : undefined;
}

function isoDate(year: number | undefined, month: number, day: number): string | undefined {
  if (day < 1 || day > 31) return undefined;
  return year ? `${year}-${pad(month)}-${pad(day)}` : undefined;
}

function shift(base: Date, days: number): string {
  return new Date(base.getTime() + days * 86400000).toISOString().slice(0, 10);
}

const pad = (n: number) => String(n).padStart(2, '0');
