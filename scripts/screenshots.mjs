// `npm run screenshots`: pictures for the docs, taken in real Chromium with the built extension.
//   docs/screenshot-page.png        the seed article with its repeat collapsed, around the control (1100 px wide)
//   docs/screenshot-popup.png       the popup for that page (400 px wide, light)
//   docs/screenshot-popup-dark.png  the same, with prefers-color-scheme: dark
// Needs Chromium (CHROMIUM_BIN or Debian's /usr/lib/chromium/chromium) and a Korean font
// (fonts-nanum), or Korean renders as empty boxes.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';

const root = new URL('..', import.meta.url).pathname;
process.chdir(root);

const chromium = process.env.CHROMIUM_BIN || '/usr/lib/chromium/chromium';
if (!existsSync(chromium)) {
  console.error(`Chromium not found at ${chromium} (override with CHROMIUM_BIN): run \`apt-get install -y chromium firefox-esr\``);
  process.exit(1);
}
const fonts = spawnSync('sh', ['-c', 'fc-list | grep -i nanum'], { encoding: 'utf8' });
if (fonts.status !== 0 || !fonts.stdout.trim()) {
  console.error('No Korean font found (fc-list | grep -i nanum is empty): run `apt-get install -y fonts-nanum`');
  process.exit(1);
}

// The test copy of the build holds a 127.0.0.1 host permission, so "Analyse this page" works
// without the toolbar click that grants activeTab (see scripts/build.mjs, writeTestBuild).
execFileSync(process.execPath, ['scripts/build.mjs', '--test'], { stdio: 'inherit' });
mkdirSync('docs', { recursive: true });

const html = readFileSync('examples/seed-article.html');
const server = http.createServer((request, response) => {
  if (request.url === '/seed') response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  else response.writeHead(404).end();
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;

const userDataDir = mkdtempSync(join(tmpdir(), 'newslens-screenshots-'));
const browser = await puppeteer.launch({
  executablePath: chromium,
  headless: true,
  pipe: true,
  enableExtensions: true,
  userDataDir,
  args: ['--no-sandbox', '--lang=en-US'],
});
try {
  const id = await browser.installExtension(join(root, 'extension/chrome-test'));
  const workerTarget = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${id}/`));
  const worker = await workerTarget.worker();

  const page = await browser.newPage();
  await page.setViewport({ width: 1100, height: 900 });
  await page.goto(`${origin}/seed`);
  // As a reader would: open the popup for the page and click "Analyse this page".
  await page.bringToFront();
  const [tab] = await worker.evaluate(() => chrome.tabs.query({ active: true, lastFocusedWindow: true }));
  const trigger = await browser.newPage();
  await trigger.goto(`chrome-extension://${id}/popup.html?tabId=${tab.id}`);
  await trigger.waitForSelector('[data-testid=analyse]', { timeout: 10_000 });
  await trigger.click('[data-testid=analyse]');
  await trigger.waitForSelector('[data-testid=repeat-summary]', { timeout: 15_000 });
  await trigger.close();
  await page.bringToFront();
  await page.waitForSelector('newslens-control', { timeout: 15_000 });
  // Around the control: the end of the first copy above it, the aside beside it.
  // Start at the first whole line of text about 300 px above the control.
  const top = await page.$eval('newslens-control', (host) => {
    const target = host.getBoundingClientRect().top + window.scrollY - 300;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let best = Infinity;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) {
        const lineTop = rect.top + window.scrollY;
        if (lineTop >= target && lineTop < best) best = lineTop;
      }
    }
    return Math.max(0, Math.round((Number.isFinite(best) ? best : target) - 4));
  });
  const bottom = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.screenshot({ path: 'docs/screenshot-page.png', clip: { x: 0, y: top, width: 1100, height: Math.min(480, bottom - top) }, captureBeyondViewport: true });
  console.log('docs/screenshot-page.png');

  const popup = await browser.newPage();
  await popup.setViewport({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${id}/popup.html?tabId=${tab.id}`);
  await popup.waitForSelector('[data-testid=repeat-summary]', { timeout: 10_000 });
  // Headless Chromium draws no frames for a background tab, and Page.captureScreenshot waits
  // for one: screenshotting a tab that is not in front hangs until the protocol timeout
  // (seen as a timeout or "Target closed"). So bring each tab to the front before its shot.
  for (const [scheme, file] of [
    ['light', 'docs/screenshot-popup.png'],
    ['dark', 'docs/screenshot-popup-dark.png'],
  ]) {
    await popup.bringToFront();
    await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    const height = await popup.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    await popup.setViewport({ width: 400, height });
    await popup.screenshot({ path: file });
    console.log(file);
  }
} finally {
  await browser.close();
  server.close();
  rmSync(userDataDir, { recursive: true, force: true });
}
