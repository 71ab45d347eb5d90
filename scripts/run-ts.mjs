// Runs a TypeScript entry point under Node: bundles it with esbuild into dist/run/ and imports
// it, so scripts (eval, bench, CLI) share the core's source without a separate compile step.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { nodeBundle } from './esbuild-supported.mjs';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-ts.mjs FILE.ts [args…]');
  process.exit(2);
}
const outdir = resolve('dist/run');
mkdirSync(outdir, { recursive: true });
const outfile = resolve(outdir, basename(entry).replace(/\.tsx?$/, '.mjs'));
await build(nodeBundle(entry, outfile));
process.argv = [process.argv[0], outfile, ...args];
await import(pathToFileURL(outfile).href);
