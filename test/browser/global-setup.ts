// Builds the extension (and its test copy, see scripts/build.mjs) once before the browser
// tests, so they never run a stale build.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

export default function setup(): void {
  const root = resolve(import.meta.dirname, '../..');
  execFileSync(process.execPath, ['scripts/build.mjs', '--test'], { cwd: root, stdio: 'inherit' });
}
