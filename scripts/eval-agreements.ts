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

let expectedParties = 0;
let foundParties = 0;
let expectedAgreements = 0;
let detected = 0;
let statusRight = 0;
let negatives = 0;
let falsePositives = 0;
const problems: string[] = [];
for (const example of examples) {
  const text = example.lead ? `${example.lead}\n${example.text}` : example.text;
  const from = example.lead ? example.lead.length + 1 : 0;
  const found = agreementsOf(text, example.lang, from);
  if (example.agreements.length === 0) {
    negatives++;
    if (found.length > 0) {
      falsePositives++;
      problems.push(`FP ${example.id}: ${found.map(describe).join('; ')}`);
    }
    continue;
  }
  for (const expected of example.agreements) {
    expectedAgreements++;
    expectedParties += expected.parties.length;
    // The found agreement sharing most parties with the expected one.
    let best: { agreement: Agreement; shared: number } | undefined;
    for (const agreement of found) {
      const shared = expected.parties.filter((party) => agreement.parties.some((p) => sameParty(p, party))).length;
      if (!best || shared > best.shared) best = { agreement, shared };
    }
    if (!best) {
      problems.push(`MISSED ${example.id}: ${example.text}`);
      continue;
    }
    detected++;
    foundParties += best.shared;
    if (best.agreement.status === expected.status) statusRight++;
    if (best.shared < expected.parties.length || best.agreement.status !== expected.status) {
      problems.push(`PARTIAL ${example.id}: expected ${expected.parties.join(' + ')} ${expected.status}; got ${describe(best.agreement)}`);
    }
  }
}

const ratio = (a: number, b: number) => (b === 0 ? 'n/a' : (a / b).toFixed(3));
console.log(`Fixture: ${examples.length} sentences (${expectedAgreements} agreements, ${negatives} without)`);
console.log(`  agreements found      ${detected}/${expectedAgreements} = ${ratio(detected, expectedAgreements)}`);
console.log(`  parties recall        ${foundParties}/${expectedParties} = ${ratio(foundParties, expectedParties)}   (target ≥ 0.85)`);
console.log(`  status accuracy       ${statusRight}/${detected} = ${ratio(statusRight, detected)}   (of agreements found; target ≥ 0.9)`);
console.log(`  false-positive rate   ${falsePositives}/${negatives} = ${ratio(falsePositives, negatives)}   (sentences without one; target ≤ 0.01)`);
if (!quiet) for (const problem of problems) console.log(`    ${problem}`);

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
