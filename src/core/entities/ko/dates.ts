// Dates written the Korean way, resolved against the publication date:
//   2019년 4월 22일, 4월 22일, 지난 22일, 오는 24일, 22일   → YYYY-MM-DD
//   2019년 4월, 4월                                         → YYYY-MM
//   2015년, 올해, 작년, 지난해, 내년                        → YYYY
//   이날, 오늘, 어제, 내일                                  → the day itself
import type { Sentence } from '../../types';
import type { Mention } from '../mentions';
import { spanAt } from '../span-index';

const DATE = new RegExp(
  [
    String.raw`(?:(?<ago>지난|오는)\s*)?(?:(?<year>\d{4})년\s*)?(?:(?<month>\d{1,2})월\s*)?(?<day>\d{1,2})일(?![0-9가-힣]*(?:간|째|동안|분|치))`,
    String.raw`(?<yearOnly>\d{4})년(?:\s*(?<monthOfYear>\d{1,2})월)?`,
    String.raw`(?:(?<monthAgo>지난|오는)\s*)?(?<monthOnly>\d{1,2})월`,
    String.raw`(?<word>올해|금년|작년|지난해|내년|이날|오늘|어제|내일|그제|모레)`,
  ]
    .map((p) => `(?<![0-9\\p{L}])${p}`)
    .join('|'),
  'gu',
);

const WORD_OFFSET: Record<string, ['year' | 'day', number]> = {
  올해: ['year', 0],
  금년: ['year', 0],
  작년: ['year', -1],
  지난해: ['year', -1],
  내년: ['year', 1],
  이날: ['day', 0],
  오늘: ['day', 0],
  어제: ['day', -1],
  그제: ['day', -2],
  내일: ['day', 1],
  모레: ['day', 2],
};

// A sentence told in the past (밝혔다, 열렸다) puts a bare day after the publication day in the previous month.
const PAST = /(었|았|였|했|렸|혔|켰|쳤|됐|왔|갔)다|밝혔|말했/;

export function findDates(text: string, sentences: Sentence[], published?: string): Mention[] {
  const base = parseDate(published);
  const found: Mention[] = [];
  for (const m of text.matchAll(DATE)) {
    const g = m.groups ?? {};
    const start = m.index;
    const end = start + m[0].length;
    const sentence = spanAt(sentences, start);
    const past = sentence ? PAST.test(text.slice(sentence.start, sentence.end)) : false;
    const value = base ? resolve(g, base, past) : absolute(g);
    found.push({ type: 'date', start, end, name: m[0], key: value ? `date:${value}` : `date:${m[0]}`, value });
  }
  return found;
}

interface YMD {
  y: number;
  m: number;
  d: number;
}

function parseDate(iso?: string): YMD | undefined {
  const m = iso && /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? { y: +m[1], m: +m[2], d: +m[3] } : undefined;
}

function resolve(g: Record<string, string | undefined>, base: YMD, past: boolean): string | undefined {
  if (g.word) {
    const [unit, offset] = WORD_OFFSET[g.word];
    if (unit === 'year') return String(base.y + offset);
    return iso(shift(base, offset));
  }
  if (g.yearOnly) return g.monthOfYear ? `${g.yearOnly}-${pad(+g.monthOfYear)}` : g.yearOnly;
  if (g.monthOnly) {
    const month = +g.monthOnly;
    if (month < 1 || month > 12) return undefined;
    let year = base.y;
    if (g.monthAgo === '지난' && month > base.m) year--;
    if (g.monthAgo === '오는' && month < base.m) year++;
    return `${year}-${pad(month)}`;
  }
  const day = Number(g.day);
  if (day < 1 || day > 31) return undefined;
  if (g.year && g.month) return `${g.year}-${pad(+g.month)}-${pad(day)}`;
  if (g.month) {
    const month = +g.month;
    let year = base.y;
    if (g.ago === '지난' && (month > base.m || (month === base.m && day > base.d))) year--;
    if (g.ago === '오는' && (month < base.m || (month === base.m && day < base.d))) year++;
    return `${year}-${pad(month)}-${pad(day)}`;
  }
  // A bare day is in the publication month unless 지난/오는 or the tense puts it a month away.
  let { y, m } = base;
  const later = day > base.d;
  if (later && (g.ago === '지난' || (!g.ago && past && day > base.d + 1))) m--;
  if (!later && g.ago === '오는' && day < base.d) m++;
  if (m === 0) {
    m = 12;
    y--;
  }
  if (m === 13) {
    m = 1;
    y++;
  }
  return `${y}-${pad(m)}-${pad(day)}`;
}

/** Without a publication date only fully written dates resolve. */
function absolute(g: Record<string, string | undefined>): string | undefined {
  if (g.year && g.month && g.day) return `${g.year}-${pad(+g.month)}-${pad(+g.day)}`;
  if (g.yearOnly) return g.monthOfYear ? `${g.yearOnly}-${pad(+g.monthOfYear)}` : g.yearOnly;
  return undefined;
}

function shift(date: YMD, days: number): YMD {
  const t = new Date(Date.UTC(date.y, date.m - 1, date.d + days));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (d: YMD) => `${d.y}-${pad(d.m)}-${pad(d.d)}`;
