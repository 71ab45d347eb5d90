// Measures the agreement reader end to end (real recognisers, real segmenter) on
// src/core/agreements/fixtures/sentences.jsonl: parties recall, status accuracy, and how often
// a sentence without an agreement gets one. Then counts the agreements found in the shared NER
// corpora (news sentences with no agreement annotation) and prints them for a person to judge.
// Usage: node scripts/run-ts.mjs scripts/eval-agreements.ts [--quiet]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findAgreements } from '../src/core/agreements/index';
import { recognize } from '../src/core/entities/index';
import { segmentSentences } from '../src/core/text/segment';
import type { Agreement, Span } from '../src/core/types';

interface Expected {
  parties: string[];
  status: Agreement['status'];
}
interface Example {
  id: string;
  lang: 'ko' | 'en';
  /** A sentence before the one scored (the article's lead, for "the company" or 와-only shapes). */
  lead?: string;
  text: string;
  agreements: Expected[];
  /** "fresh": written after tuning, kept as a held-out check. */
  batch?: string;
}

const quiet = process.argv.includes('--quiet');
const PUBLISHED = '2024-05-01';

/** Agreements the pipeline finds in `text`, keeping those read from offset `from` on. */
function agreementsOf(text: string, language: string, from = 0): Agreement[] {
  const blocks: Span[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) blocks.push({ start: offset, end: offset + line.length });
    offset += line.length + 1;
  }
  const sentences = segmentSentences(text, blocks);
  const entities = recognize({ text, sentences, excluded: [], published: PUBLISHED, known: [] }, language);
  return findAgreements(text, sentences, entities, { language, published: PUBLISHED, excluded: [] }).filter((a) => a.evidence.start >= from);
}

/** Party names match when one contains the other, spaces aside (현대차 / 현대자동차그룹 do not). */
const normalise = (name: string) => name.replace(/[\s.]/g, '').replace(/^the/i, '').toLowerCase();
const sameParty = (a: string, b: string) => normalise(a).includes(normalise(b)) || normalise(b).includes(normalise(a));

const fixture = resolve('src/core/agreements/fixtures/sentences.jsonl');
const examples: Example[] = readFileSync(fixture, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));

interface Score {
  examples: number;
  expectedAgreements: number;
  detected: number;
  expectedParties: number;
  foundParties: number;
  statusRight: number;
  negatives: number;
  falsePositives: number;
  problems: string[];
}

function score(examples: Example[]): Score {
  const s: Score = { examples: examples.length, expectedAgreements: 0, detected: 0, expectedParties: 0, foundParties: 0, statusRight: 0, negatives: 0, falsePositives: 0, problems: [] };
  for (const example of examples) {
    const text = example.lead ? `${example.lead}\n${example.text}` : example.text;
    const from = example.lead ? example.lead.length + 1 : 0;
    const found = agreementsOf(text, example.lang, from);
    if (example.agreements.length === 0) {
      s.negatives++;
      if (found.length > 0) {
        s.falsePositives++;
        s.problems.push(`FP ${example.id}: ${found.map(describe).join('; ')}`);
      }
      continue;
    }
    for (const expected of example.agreements) {
      s.expectedAgreements++;
      s.expectedParties += expected.parties.length;
      // The found agreement sharing most parties with the expected one.
      let best: { agreement: Agreement; shared: number } | undefined;
      for (const agreement of found) {
        const shared = expected.parties.filter((party) => agreement.parties.some((p) => sameParty(p, party))).length;
        if (!best || shared > best.shared) best = { agreement, shared };
      }
      if (!best) {
        s.problems.push(`MISSED ${example.id}: ${example.text}`);
        continue;
      }
      s.detected++;
      s.foundParties += best.shared;
      if (best.agreement.status === expected.status) s.statusRight++;
      if (best.shared < expected.parties.length || best.agreement.status !== expected.status) {
        s.problems.push(`PARTIAL ${example.id}: expected ${expected.parties.join(' + ')} ${expected.status}; got ${describe(best.agreement)}`);
      }
    }
  }
  return s;
}

const ratio = (a: number, b: number) => (b === 0 ? 'n/a' : (a / b).toFixed(3));
function report(label: string, s: Score): void {
  console.log(`${label}: ${s.examples} sentences (${s.expectedAgreements} agreements, ${s.negatives} without)`);
  console.log(`  agreements found      ${s.detected}/${s.expectedAgreements} = ${ratio(s.detected, s.expectedAgreements)}`);
  console.log(`  parties recall        ${s.foundParties}/${s.expectedParties} = ${ratio(s.foundParties, s.expectedParties)}   (target ≥ 0.85; missed agreements count as missed parties)`);
  console.log(`  status accuracy       ${s.statusRight}/${s.detected} = ${ratio(s.statusRight, s.detected)}   (of agreements found; target ≥ 0.9)`);
  console.log(`  false-positive rate   ${s.falsePositives}/${s.negatives} = ${ratio(s.falsePositives, s.negatives)}   (sentences without one; target ≤ 0.01)`);
  if (!quiet) for (const problem of s.problems) console.log(`    ${problem}`);
}

// "fresh" sentences were written after the reader was tuned on the others and never tuned on.
report('Fixture, all', score(examples));
report('Fixture, fresh batch only (not tuned on)', score(examples.filter((e) => e.batch === 'fresh')));

const nerDir = resolve('../shared/data/ner');
if (existsSync(nerDir)) {
  let sentences = 0;
  const hits: string[] = [];
  for (const file of readdirSync(nerDir).filter((f) => f.endsWith('.jsonl'))) {
    const language = file.split('-')[0];
    for (const line of readFileSync(join(nerDir, file), 'utf8').split('\n').filter(Boolean)) {
      const { id, text } = JSON.parse(line) as { id: string; text: string };
      sentences++;
      for (const agreement of agreementsOf(text, language)) hits.push(`${id}: ${describe(agreement)}\n      “${text}”`);
    }
  }
  console.log(`\nNER corpora (${nerDir}): ${sentences} sentences, ${hits.length} agreements found`);
  if (!quiet) for (const hit of hits) console.log(`  ${hit}`);
} else {
  console.log(`\n(no NER corpora at ${nerDir}; skipped)`);
}

function describe(agreement: Agreement): string {
  const facts = [agreement.status, agreement.date, agreement.place].filter(Boolean).join(', ');
  return `${agreement.parties.join(' + ') || '(no party)'}: ${agreement.what} [${facts}]`;
}
