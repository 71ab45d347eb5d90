#!/usr/bin/env node
// The `newslens` command. The CLI is bundled from TypeScript into dist/cli.mjs by
// `npm run build` (which `npm ci` runs through the prepare script).
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli.mjs', import.meta.url);
if (!existsSync(cli)) {
  console.error('newslens: dist/cli.mjs is missing; run `npm run build` first.');
  process.exit(1);
}
await import(cli.href);
