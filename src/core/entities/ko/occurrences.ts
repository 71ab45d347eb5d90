// Every place a known form is written as a whole noun: `이상직` in `이상직은` but not in
// `이상직접`. Lets one strong mention (이상직 이사장) mark the bare ones (이상직은) too.
import { nounReadings } from './particles';

const LETTER = /[\p{L}\p{N}]/u;

export function occurrences(text: string, form: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  if (form.length < 2) return spans;
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
    if (at > 0 && LETTER.test(text[at - 1])) continue;
    let wordEnd = at + form.length;
    while (wordEnd < text.length && LETTER.test(text[wordEnd])) wordEnd++;
    if (wordEnd > at + form.length && !nounReadings(text.slice(at, wordEnd)).includes(form.length)) continue;
    spans.push({ start: at, end: at + form.length });
  }
  return spans;
}
