// The bundled example pages (examples/), read for tests. Tests of src/core take their fixtures
// from here so that the core itself, tests included where they can, needs nothing from node:.
import { readFileSync } from 'node:fs';

const examples = new URL('../../examples/', import.meta.url);

/** The text of `examples/<name>` (seed-article.html, seed-article.txt, seed-expected.json …). */
export function readExample(name: string): string {
  return readFileSync(new URL(name, examples), 'utf8');
}
