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
// One alternation, longest forms first; named groups say which form matched.
const DATE = new RegExp(
  [
    `(?<md>(?<mdMonth>${MONTH})\\.? (?<mdDay>\\d{1,2})(?:st|nd|rd|th)?(?:, (?<mdYear>\\d{4}))?)`,
    `(?<dm>(?<dmDay>\\d{1,2}) (?<dmMonth>${MONTH})(?: (?<dmYear>\\d{4}))?)`,
    `(?<my>(?<myMonth>${MONTH}) (?<myYear>\\d{4}))`,
    // A month alone after its cue: not one that a day or a year follows (in March 2015, this Dec. 12), which the forms above read.
    `(?<mCue>(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ee]arly|[Ll]ate|[Mm]id-|[Ll]ast|[Nn]ext|[Tt]his|[Ff]rom|[Tt]hrough) )(?<m>${MONTH})(?!\\.? \\d)`,
    `(?<wd>(?:(?<wdRel>last|next|this) )?(?<wdName>${WEEKDAY}))`,
    `(?<rel>${RELATIVE})`,
    `(?<yCue>(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Dd]uring|[Ff]rom) )(?<y>(?:1[5-9]|20)\\d{2})`,
  ]
    .map((p) => `(?:${p})`)
    .join('|')
    .replace(/^/, '(?<![\\p{L}\\p{N}])(?:')
    .concat(')(?![\\p{L}\\p{N}])'),
  'gu',
);

/** Every date mention in `text` (one pass over the whole text: per-sentence calls would rescan it). */
export function findDates(text: string, published?: string): DateMention[] {
  const base = parsePublished(published);
  const found: DateMention[] = [];
  DATE.lastIndex = 0;
  for (let m = DATE.exec(text); m; m = DATE.exec(text)) {
    const g = m.groups ?? {};
    // `May` alone is as often a name or a verb as a month; Black Friday and Good Friday are days of their own.
    if (g.m === 'May' || (g.wdName && !g.wdRel && namedDays.has(`${WORD_BEFORE.exec(text.slice(Math.max(0, m.index - 24), m.index))?.[1]} ${g.wdName}`))) continue;
    // A cue word (in March, since 2019) selects the form but is not part of the date.
    const cue = (g.mCue ?? g.yCue ?? '').length;
    found.push({ start: m.index + cue, end: m.index + m[0].length, text: m[0].slice(cue), value: resolve(g, base) });
  }
  return found;
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
