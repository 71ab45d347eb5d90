// `npm test`: the unit tests, then the real-browser tests in Chromium and Firefox ESR.
// The browsers come from Debian's packages (or CHROMIUM_BIN / FIREFOX_BIN). When one is
// missing: as root with apt-get, install them (saying so); otherwise stop at once and print
// the command to run. Exits non-zero when either suite fails.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
process.chdir(root);

const INSTALL = 'apt-get install -y chromium firefox-esr firefox-esr-l10n-ko';
const browsers = [
  { name: 'Chromium', env: 'CHROMIUM_BIN', path: '/usr/lib/chromium/chromium' },
  { name: 'Firefox ESR', env: 'FIREFOX_BIN', path: '/usr/lib/firefox-esr/firefox-esr' },
];
const binaryOf = (browser) => process.env[browser.env] || browser.path;
// The Korean-UI test needs Firefox's Korean language pack beside the binary.
const koreanPack = () => join(dirname(binaryOf(browsers[1])), 'browser/extensions/langpack-ko@firefox-esr.mozilla.org.xpi');
const missing = () => [
  ...browsers.filter((browser) => !existsSync(binaryOf(browser))),
  ...(existsSync(koreanPack()) ? [] : [{ name: 'Firefox ESR Korean language pack', env: 'FIREFOX_BIN', path: koreanPack() }]),
];

function onPath(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

function run(label, command, args) {
  console.log(`\n▶ ${label}: ${[command, ...args].join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit' });
  const ok = result.status === 0;
  console.log(`${ok ? '✔' : '✘'} ${label} ${ok ? 'passed' : 'FAILED'} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return ok;
}

let absent = missing();
if (absent.length > 0) {
  const list = absent.map((b) => `${b.name} (${b.path === koreanPack() ? b.path : binaryOf(b)}, override with ${b.env})`).join(', ');
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !onPath('apt-get')) {
    console.error(`Missing browser: ${list}.\nInstall them as root, then run npm test again:\n  ${INSTALL}`);
    process.exit(1);
  }
  console.log(`Missing browser: ${list}.\nInstalling as root: apt-get update && ${INSTALL}`);
  const ok = spawnSync('sh', ['-c', `apt-get update && ${INSTALL}`], { stdio: 'inherit' }).status === 0;
  absent = missing();
  if (!ok || absent.length > 0) {
    console.error(`Could not install ${absent.map((b) => b.name).join(', ') || 'the browsers'}: run \`apt-get update && ${INSTALL}\` and try again.`);
    process.exit(1);
  }
}
for (const browser of browsers) console.log(`${browser.name}: ${binaryOf(browser)}`);

const vitest = join('node_modules', '.bin', 'vitest');
const unit = run('Unit tests', vitest, ['run']);
const real = run('Browser tests', vitest, ['run', '--config', 'vitest.browser.config.ts']);
console.log(`\nUnit tests: ${unit ? 'passed' : 'FAILED'} · Browser tests: ${real ? 'passed' : 'FAILED'}`);
process.exit(unit && real ? 0 : 1);
