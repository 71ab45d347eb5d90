// Measures "what was agreed" on hand-labelled sentences of real news (tests/data/agreements,
// labelled before looking at NewsLens output), each read inside its whole document through the
// CLI's `analyzeText` path (scripts/lib/agreement-eval.ts says how parties, statuses and
// objects are matched). Per half (tune/test, by document name) and language: party recall and
// precision, status accuracy, object found, labelled agreements found at all, and the
// false-agreement rate on sentences labelled as reporting none. Rules are changed while
// reading tune-half errors only; the test half is the figure to report.
// Then, cheaply, the project's own written sentences (src/core/agreements/fixtures).
// Usage: npm run eval:agreements -- [--lang ko|en] [--half tune|test [--part a|b]] [--errors N] [--json]
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { findAgreements } from '../src/core/agreements/index';
import { recognize } from '../src/core/entities/index';
import { segmentSentences } from '../src/core/text/segment';
import type { Agreement, Span } from '../src/core/types';
import {
  dateAgrees,
  describeAgreement,
  DocumentStore,
  evaluateSentences,
  figures,
  labelStatusOf,
  loadLabels,
  matchParties,
  objectFound,
  score,
  type AgreementScore,
  type Language,
  type SentenceResult,
} from './lib/agreement-eval';
import { readEvalArgs } from './lib/eval-args';
import { sharedDataDir } from './lib/extract-eval';

const { option, flag, halves, inPart } = readEvalArgs();
const languages: Language[] = option('--lang') ? [option('--lang') as Language] : ['ko', 'en'];
const errorsToShow = Number(option('--errors') ?? 0);
if (errorsToShow && option('--half') === 'test') {
  console.error('--errors shows tune-half sentences only: the test half stays unread.');
  process.exit(2);
}
const asJson = flag('--json');

const store = new DocumentStore(sharedDataDir());
const json: Record<string, Record<string, ReturnType<typeof figures> & AgreementScore>> = {};
for (const language of languages) {
  const results = evaluateSentences(loadLabels(process.cwd(), language), store).filter((r) => inPart(r.sentence.doc));
  json[language] = {};
  for (const half of halves) {
    const inHalf = results.filter((r) => r.half === half);
    const s = score(inHalf);
    json[language][half] = { ...s, ...figures(s) };
    if (!asJson) {
      report(`${language}, ${half} half`, s);
      // Korean NTREX is translated English news: shown apart from native Korean.
      if (language === 'ko')
        for (const source of ['ko-news-text/wikinews-ko.jsonl', 'ko-news-text/ntrex-ko.jsonl', 'ner/ko-klue-wikitree-dev.jsonl'])
          brief(`  ${source}`, score(inHalf.filter((r) => r.sentence.source === source)));
    }
  }
  if (errorsToShow)
    printErrors(
      results.filter((r) => r.half === 'tune'),
      errorsToShow,
    );
}
if (asJson) console.log(JSON.stringify(json, null, 2));
else fixtureCheck();

function report(label: string, s: AgreementScore): void {
  const f = figures(s);
  const n = (a: number, b: number, value: number) => `${a}/${b} = ${value.toFixed(3)}`;
  console.log(
    `\n${label}: ${s.sentences} sentences (${s.agreements} with an agreement, ${s.negatives} without)${s.unplaced ? `, ${s.unplaced} NOT FOUND in their document` : ''}${s.outsideArticle ? `, ${s.outsideArticle} outside the article read` : ''}`,
  );
  console.log(`  agreements found       ${n(s.found, s.agreements, f.foundRate)}`);
  console.log(`  party recall           ${n(s.matchedParties, s.labelledParties, f.partyRecall)}   (target ≥ 0.85; parties of missed agreements count as missed)`);
  console.log(`  party precision        ${n(s.matchedParties, s.foundParties, f.partyPrecision)}   (target ≥ 0.85)`);
  console.log(`  status accuracy        ${n(s.statusRight, s.found, f.statusAccuracy)}   (of agreements found; target ≥ 0.90)`);
  console.log(`  object found           ${n(s.objectRight, s.found, f.objectFound)}   (of agreements found)`);
  console.log(`  date agrees            ${n(s.dateRight, s.found, f.dateRight)}   (of agreements found: both without a date, or the label's numbers in the date found)`);
  console.log(`  false-agreement rate   ${n(s.falseAgreements, s.negatives, f.falseAgreementRate)}   (target ≤ 0.02)`);
}

function brief(label: string, s: AgreementScore): void {
  const f = figures(s);
  console.log(
    `${label}: found ${s.found}/${s.agreements}, party R ${f.partyRecall.toFixed(2)} P ${f.partyPrecision.toFixed(2)}, status ${f.statusAccuracy.toFixed(2)}, false ${s.falseAgreements}/${s.negatives}`,
  );
}

function printErrors(results: SentenceResult[], limit: number): void {
  const errors: string[] = [];
  for (const { sentence, found, best, matchedParties } of results) {
    const labelled = `${sentence.parties.map((p) => p.name).join(' + ') || '(none)'}: ${sentence.what} [${sentence.status}${sentence.date ? `, ${sentence.date}` : ''}]`;
    const head = `${sentence.id} «${sentence.text}»`;
    if (!sentence.agreement) {
      if (found.length > 0) errors.push(`FALSE   ${head}\n          found ${found.map(describeAgreement).join('; ')}${sentence.note ? `\n          note: ${sentence.note}` : ''}`);
      continue;
    }
    if (!best) {
      errors.push(`MISSED  ${head}\n          labelled ${labelled}`);
      continue;
    }
    const problems = [
      matchedParties < sentence.parties.length || matchedParties < best.parties.length ? 'parties' : '',
      labelStatusOf(best.status) !== sentence.status ? 'status' : '',
      objectFound(best.what, sentence.what) ? '' : 'object',
      dateAgrees(best.date, sentence.date) ? '' : 'date',
    ].filter(Boolean);
    if (problems.length) errors.push(`PARTIAL ${head}\n          ${problems.join(', ')}: labelled ${labelled}\n          found ${describeAgreement(best)}`);
  }
  console.log(`\nTune-half errors (${errors.length}; first ${Math.min(limit, errors.length)}):`);
  for (const line of errors.slice(0, limit)) console.log(`  ${line}`);
}

/** The project's own written sentences (the old check): kept because it is cheap. */
function fixtureCheck(): void {
  interface Example {
    lang: 'ko' | 'en';
    lead?: string;
    text: string;
    agreements: { parties: string[]; status: Agreement['status'] }[];
  }
  const examples = readFileSync(resolve('src/core/agreements/fixtures/sentences.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Example);
  let expected = 0;
  let parties = 0;
  let partiesFound = 0;
  let statusRight = 0;
  let detected = 0;
  let negatives = 0;
  let falseOnes = 0;
  for (const example of examples) {
    const text = example.lead ? `${example.lead}\n${example.text}` : example.text;
    const from = example.lead ? example.lead.length + 1 : 0;
    const found = agreementsOf(text, example.lang).filter((a) => a.evidence.start >= from);
    if (example.agreements.length === 0) {
      negatives++;
      if (found.length) falseOnes++;
      continue;
    }
    for (const agreement of example.agreements) {
      expected++;
      parties += agreement.parties.length;
      let best: { a: Agreement; shared: number } | undefined;
      for (const a of found) {
        const shared = matchParties(
          a.parties,
          agreement.parties.map((name) => ({ name, aliases: [] })),
        );
        if (!best || shared > best.shared) best = { a, shared };
      }
      if (!best) continue;
      detected++;
      partiesFound += best.shared;
      if (best.a.status === agreement.status) statusRight++;
    }
  }
  console.log(
    `\nWritten fixture sentences (src/core/agreements/fixtures, ${examples.length}): found ${detected}/${expected}, party recall ${(partiesFound / parties).toFixed(3)}, status ${(statusRight / Math.max(1, detected)).toFixed(3)}, false ${falseOnes}/${negatives}`,
  );
}

function agreementsOf(text: string, language: string): Agreement[] {
  const published = '2024-05-01';
  const blocks: Span[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) blocks.push({ start: offset, end: offset + line.length });
    offset += line.length + 1;
  }
  const sentences = segmentSentences(text, blocks);
  const entities = recognize({ text, sentences, excluded: [], published, known: [] }, language);
  return findAgreements(text, sentences, entities, { language, published, excluded: [] });
}
