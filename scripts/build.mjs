// Builds everything from one source:
//   extension/chrome/ and extension/firefox/ — each loadable unpacked, with its own manifest
//     generated from ./manifest.json (Chrome: background.service_worker; Firefox:
//     background.scripts + browser_specific_settings.gecko);
//   dist/cli.mjs — the `newslens` command line.
// Flags: --cli-only (what `npm ci` needs for the bin), --package (also zip each browser build
// into extension/newslens-<browser>-<version>.zip for store upload), --sizes (print the
// content script's largest inputs), --test (also write extension/<browser>-test, see
// writeTestBuild).
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { nodeBundle, SUPPORTED } from './esbuild-supported.mjs';

const args = new Set(process.argv.slice(2));
const root = new URL('..', import.meta.url).pathname;
process.chdir(root);

const BROWSERS = ['chrome', 'firefox'];
const ENTRY_POINTS = {
  content: 'src/content/index.ts',
  background: 'src/background/index.ts',
  popup: 'src/popup/index.tsx',
  onboarding: 'src/onboarding/index.ts',
  options: 'src/options/index.tsx',
};
const STATIC_FILES = [
  ['src/popup/popup.html', 'popup.html'],
  ['src/shared/theme.css', 'theme.css'],
  ['src/popup/popup.css', 'popup.css'],
  ['src/options/options.html', 'options.html'],
  ['src/options/options.css', 'options.css'],
  ['src/content/content.css', 'content.css'],
  ['src/onboarding/onboarding.html', 'onboarding.html'],
  ['src/onboarding/onboarding.css', 'onboarding.css'],
  ['src/_locales', '_locales'],
  ['icons', 'icons'],
];

async function buildCli() {
  mkdirSync('dist', { recursive: true });
  await build(nodeBundle('src/cli/main.ts', 'dist/cli.mjs'));
}

function manifestFor(browser) {
  const manifest = JSON.parse(readFileSync('manifest.json', 'utf8'));
  const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
  manifest.version = version;
  if (browser === 'chrome') {
    delete manifest.browser_specific_settings;
    manifest.background = { service_worker: 'background.js' };
  } else {
    manifest.background = { scripts: ['background.js'] };
  }
  return manifest;
}

/**
 * Preact can set innerHTML (dangerouslySetInnerHTML); NewsLens never does, and page text must
 * never become markup. This plugin removes that path from the bundle: the assignment throws
 * and the clearing assignment becomes textContent. It fails the build if Preact changes shape.
 */
const noHtmlFromStrings = {
  name: 'no-html-from-strings',
  setup(build) {
    build.onLoad({ filter: /preact[\\/]dist[\\/]preact\.module\.js$/ }, ({ path }) => {
      const source = readFileSync(path, 'utf8');
      const patched = source
        .replace(/(\w+)\.innerHTML=(\w+)\.__html/g, '(()=>{throw new Error("NewsLens renders no HTML from strings")})()')
        .replace(/(\w+)\.innerHTML=""/g, '$1.textContent=""');
      if (/\.innerHTML=/.test(patched) || patched === source) throw new Error(`${path}: innerHTML assignments changed shape; update the no-html-from-strings plugin`);
      return { contents: patched, loader: 'js' };
    });
  },
};

/** Lexicon files document themselves ("about", "comment"); the content script needs none of it. */
const DOC_KEYS = new Set(['about', 'comment', 'generated', 'source', 'note', 'notes']);
const lexiconWithoutDocs = {
  name: 'lexicon-without-docs',
  setup(build) {
    build.onLoad({ filter: /[\\/]lexicon[\\/].*\.json$/ }, ({ path }) => {
      const strip = (value) => {
        if (Array.isArray(value)) return value.map(strip);
        if (value && typeof value === 'object')
          return Object.fromEntries(
            Object.entries(value)
              .filter(([k]) => !DOC_KEYS.has(k))
              .map(([k, v]) => [k, strip(v)]),
          );
        return value;
      };
      return { contents: JSON.stringify(strip(JSON.parse(readFileSync(path, 'utf8')))), loader: 'json' };
    });
  },
};

async function buildExtension(browser) {
  const outdir = join('extension', browser);
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  const result = await build({
    entryPoints: ENTRY_POINTS,
    metafile: args.has('--sizes'),
    outdir,
    bundle: true,
    format: 'iife',
    target: browser === 'chrome' ? 'chrome120' : 'firefox128',
    supported: SUPPORTED,
    // NEWSLENS_NO_MINIFY=1: readable names in profiles (bench/longtasks.mjs).
    minify: !process.env.NEWSLENS_NO_MINIFY,
    legalComments: 'none',
    // Korean data stays as UTF-8 text instead of \u escapes: a third smaller.
    charset: 'utf8',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [noHtmlFromStrings, lexiconWithoutDocs],
    logLevel: 'warning',
  });
  for (const [from, to] of STATIC_FILES) cpSync(from, join(outdir, to), { recursive: true });
  writeFileSync(join(outdir, 'manifest.json'), JSON.stringify(manifestFor(browser), null, 2) + '\n');
  if (args.has('--test')) writeTestBuild(browser, outdir);
  const kb = (file) => (statSync(join(outdir, file)).size / 1024).toFixed(1);
  if (args.has('--sizes') && browser === 'chrome') printLargestInputs(result.metafile, join(outdir, 'content.js'));
  console.log(`extension/${browser}: content.js ${kb('content.js')} KB, popup.js ${kb('popup.js')} KB, background.js ${kb('background.js')} KB`);
}

/**
 * The browser tests' copy of a build (extension/<browser>-test): identical but for a host
 * permission for 127.0.0.1, granted at install. Headless browsers cannot click "Allow" in a
 * permission prompt; with the grant in place, the tests drive the real "Always run on this
 * site" switch (permissions.request resolves at once) and the real site registration.
 */
function writeTestBuild(browser, outdir) {
  const testDir = `${outdir}-test`;
  rmSync(testDir, { recursive: true, force: true });
  cpSync(outdir, testDir, { recursive: true });
  const manifest = manifestFor(browser);
  manifest.host_permissions = ['http://127.0.0.1/*'];
  writeFileSync(join(testDir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
}

/** What makes the content script big: its largest inputs, in bytes of minified output. */
function printLargestInputs(metafile, output) {
  const inputs = Object.entries(metafile.outputs[output].inputs).sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput);
  for (const [path, { bytesInOutput }] of inputs.slice(0, 20)) console.log(`${String(bytesInOutput).padStart(8)}  ${path}`);
}

/** Zips a build with web-ext (works for either browser's folder), named per browser. */
function zip(browser) {
  const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
  const file = `newslens-${browser}-${version}.zip`;
  const webExt = join('node_modules', '.bin', 'web-ext');
  execFileSync(webExt, ['build', '--source-dir', join('extension', browser), '--artifacts-dir', 'extension', '--filename', file, '--overwrite-dest'], { stdio: 'ignore' });
  console.log(`extension/${file}`);
}

await buildCli();
if (!args.has('--cli-only')) {
  if (existsSync('scripts/build-gazetteer.mjs') && !existsSync('src/core/lexicon/generated/cities.json')) {
    execFileSync(process.execPath, ['scripts/build-gazetteer.mjs'], { stdio: 'inherit' });
  }
  for (const browser of BROWSERS) await buildExtension(browser);
  if (args.has('--package')) for (const browser of BROWSERS) zip(browser);
}
