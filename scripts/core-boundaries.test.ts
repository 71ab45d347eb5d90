// The core runs in the content script and the background as well as in Node, so no file of
// src/core, its tests included, may take anything from Node's built-ins. Evaluation and corpus
// helpers that read files live under scripts/ and test/support/ (tests read the examples through
// test/support/examples.ts). This check lives here because it reads the source tree itself.
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const coreDir = fileURLToPath(new URL('../src/core/', import.meta.url));
const builtins = new Set(builtinModules);

function sourceFiles(): string[] {
  return readdirSync(coreDir, { recursive: true, encoding: 'utf8' })
    .filter((path) => /\.tsx?$/.test(path))
    .sort();
}

/** Every module specifier in `source`: static and dynamic imports, re-exports and requires. */
function specifiers(source: string): string[] {
  const found: string[] = [];
  const pattern = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*)['"]([^'"]+)['"]/g;
  for (const match of source.matchAll(pattern)) found.push(match[1]);
  return found;
}

const isNodeBuiltin = (specifier: string) => specifier.startsWith('node:') || builtins.has(specifier.split('/')[0]);

describe('src/core', () => {
  it('has source files to check', () => {
    expect(sourceFiles()).toContain('analyze.ts');
  });

  it('imports nothing from Node built-ins, in its modules or its tests', () => {
    const offenders = sourceFiles().flatMap((path) =>
      specifiers(readFileSync(`${coreDir}/${path}`, 'utf8'))
        .filter(isNodeBuiltin)
        .map((specifier) => `${path}: ${specifier}`),
    );
    expect(offenders).toEqual([]);
  });

  it('recognises a node: import when there is one', () => {
    expect(specifiers("import { readFileSync } from 'node:fs';\nexport * from './x';").filter(isNodeBuiltin)).toEqual(['node:fs']);
    expect(specifiers("const p = await import('path');").filter(isNodeBuiltin)).toEqual(['path']);
  });
});
