// Section 4 of `npm run bench` (alone: `node bench/run.mjs --longtasks-only`): the real
// extension (the test build, extension/chrome-test) in headless Chromium, on huge generated
// pages and a few aeb-dev pages. Per page, in a fresh tab: long tasks of the page's main
// thread (PerformanceObserver 'longtask', buffered, registered before the page is parsed: see
// bench/longtasks-page.js), the largest gap between ticks of a 10 ms page timer, the page's JS
// heap, and the time until the content script answers with its result. Each page is loaded
// twice: with the site not enabled (the page's own cost: parsing a 5 MB page is a long task
// by itself) and with it enabled, so the difference is what NewsLens adds. The service
// worker's heap is sampled around the 5 MB page's analysis. A traced extra load of each page
// attributes the long tasks (parsing, layout, the content script, GC). NEWSLENS_PROFILE=1
// also prints, per page, the content script's functions by self time and, per busy stretch of
// the page's thread over the budget, the functions on its stacks (CDP Profiler). For readable
// names, build unminified first: `NEWSLENS_NO_MINIFY=1 node scripts/build.mjs --test`.
// NEWSLENS_TRACE_DETAIL=1 prints the trace events inside each long task held against NewsLens.
import puppeteer from 'puppeteer-core';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { nodeBundle } from '../scripts/esbuild-supported.mjs';
import { heading, table } from './report.mjs';

const BUDGET_MS = 50;
const SETTLE_MS = 1500;
const PAGE_TIMEOUT_MS = 180_000;
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));
const MB = (bytes) => (bytes === undefined || bytes === null ? '–' : (bytes / 2 ** 20).toFixed(1));
const f0 = (x) => (x === undefined || x === null ? '–' : x.toFixed(0));

// ---------------------------------------------------------------- pages

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const wrap = (title, body) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><article><h1>${title}</h1>\n${body}\n</article></body></html>`;

/** Paragraphs of news-like English (bench/core.ts), with its planted 8-paragraph repeat. */
function plainPage(core, bytes, title) {
  const paragraphs = core.syntheticArticle('en', bytes).split('\n');
  return wrap(title, paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n'));
}

/**
 * The same text cut into <span>s of three words: many small nodes (p, span, text, and the
 * spaces between spans), about `nodes` in all; the planted repeat is cut the same way.
 */
function nodesPage(core, nodes, title) {
  const paragraphs = core.syntheticArticle('en', nodes * 8).split('\n');
  const html = [];
  let count = 0;
  for (const paragraph of paragraphs) {
    const words = paragraph.split(' ');
    const spans = [];
    for (let i = 0; i < words.length; i += 3) spans.push(`<span>${escapeHtml(words.slice(i, i + 3).join(' '))}</span>`);
    html.push(`<p>${spans.join(' ')}</p>`);
    count += 1 + spans.length * 3 - 1 + 1; // p, span + its text, the space between spans, the newline after </p>
  }
  return { html: wrap(title, html.join('\n')), nodes: count };
}

function aebPages(dir) {
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir).filter((f) => f.endsWith('.html.gz'));
  const sized = files.map((file) => ({ file, html: gunzipSync(readFileSync(join(dir, file))) })).sort((a, b) => a.html.length - b.html.length);
  const at = (q) => sized[Math.min(sized.length - 1, Math.floor(q * (sized.length - 1)))];
  const picks = [
    ['median', at(0.5)],
    ['p75', at(0.75)],
    ['p90', at(0.9)],
    ['largest', sized[sized.length - 1]],
  ];
  return picks.map(([label, { file, html }]) => ({ name: `aeb ${label} ${file.slice(0, 8)}`, html, csp: true }));
}

function serve(pages) {
  const server = http.createServer((request, response) => {
    const url = new URL(request.url, 'http://127.0.0.1');
    if (url.pathname === '/blank') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><title>blank</title><p>Nothing here.</p>');
      return;
    }
    const page = pages[Number(url.pathname.slice(1))];
    if (!page) {
      response.writeHead(404).end();
      return;
    }
    const headers = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' };
    // aeb-dev pages: their own scripts do not run (offline they would fail, or mutate the DOM).
    if (page.csp) headers['content-security-policy'] = "script-src 'none'";
    response.writeHead(200, headers).end(page.html);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

// ---------------------------------------------------------------- browser

async function launch(root, chromiumPath) {
  const extensionDir = join(root, 'extension', 'chrome-test');
  // `npm run bench` builds the shipped extension only: bring its test copy up to date.
  const same = (file) => existsSync(join(extensionDir, file)) && readFileSync(join(extensionDir, file)).equals(readFileSync(join(root, 'extension', 'chrome', file)));
  if (!existsSync(join(root, 'extension', 'chrome', 'content.js')) || !same('content.js') || !same('background.js')) {
    execFileSync(process.execPath, ['scripts/build.mjs', '--test'], { cwd: root, stdio: 'inherit' });
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'newslens-longtasks-'));
  const browser = await puppeteer.launch({
    executablePath: chromiumPath,
    headless: true,
    pipe: true,
    enableExtensions: true,
    userDataDir,
    args: ['--no-sandbox', '--enable-precise-memory-info', '--disable-component-update', '--no-pings', '--lang=en-US'],
  });
  const id = await browser.installExtension(extensionDir);
  const origin = `chrome-extension://${id}`;
  const workerTarget = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(origin + '/'), { timeout: 15_000 });
  const worker = await workerTarget.worker();
  const workerCdp = await workerTarget.createCDPSession();
  // The onboarding tab the install opens would share the CPU with the pages measured.
  await sleep(500);
  for (const page of await browser.pages()) if (page.url().startsWith(origin)) await page.close();
  return {
    browser,
    origin,
    worker,
    workerCdp,
    close: async () => {
      await browser.close().catch(() => undefined);
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** "Always run on this site" through the popup's own switch, as a user would (cf. test/browser/harness.ts). */
async function enableSite(session, base) {
  const page = await session.browser.newPage();
  await page.goto(`${base}/blank`);
  const tabs = await session.worker.evaluate((url) => chrome.tabs.query({ url }), `${base}/blank`);
  const popup = await session.browser.newPage();
  await popup.goto(`${session.origin}/popup.html?tabId=${tabs[0].id}`);
  await popup.waitForSelector('[data-testid=site-switch]');
  await popup.click('[data-testid=site-switch]');
  for (let waited = 0; ; waited += 100) {
    const matches = await session.worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).flatMap((s) => s.matches ?? []));
    if (matches.includes('http://127.0.0.1/*')) break;
    if (waited > 10_000) throw new Error(`site not registered: ${JSON.stringify(matches)}`);
    await sleep(100);
  }
  await popup.close();
  await page.close();
}

/** The content script's answer to get-page-state (it answers once its first analysis is applied). */
async function pageState(session, url) {
  const deadline = Date.now() + PAGE_TIMEOUT_MS;
  for (;;) {
    const reply = await session.worker.evaluate(async (pageUrl) => {
      const [tab] = await chrome.tabs.query({ url: pageUrl });
      if (!tab) return { missing: 'no tab' };
      try {
        return { state: await chrome.tabs.sendMessage(tab.id, { type: 'get-page-state' }) };
      } catch (error) {
        return { missing: String(error) }; // not injected yet (document_idle)
      }
    }, url);
    if (reply.state) return reply.state;
    if (Date.now() > deadline) throw new Error(`no answer from the content script on ${url}: ${reply.missing}`);
    await sleep(20);
  }
}

async function openTab(session, observer) {
  const page = await session.browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const host = new URL(request.url()).hostname;
    if (host === '127.0.0.1' || request.url().startsWith('data:')) request.continue();
    else request.abort('blockedbyclient');
  });
  await page.evaluateOnNewDocument(observer);
  return page;
}

/** Main-thread tasks of the page's renderer over 50 ms in a trace, with what filled them. */
function attribute(traceEvents, extensionOrigin, pageUrl) {
  const threads = new Map();
  for (const e of traceEvents) if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain') threads.set(`${e.pid}:${e.tid}`, 0);
  // The page's main thread: the one that parsed its HTML.
  for (const e of traceEvents)
    if (e.name === 'ParseHTML' && e.args?.beginData?.url === pageUrl && threads.has(`${e.pid}:${e.tid}`)) threads.set(`${e.pid}:${e.tid}`, threads.get(`${e.pid}:${e.tid}`) + 1);
  const main = [...threads].sort((a, b) => b[1] - a[1])[0]?.[0];
  const events = traceEvents.filter((e) => `${e.pid}:${e.tid}` === main && e.ph === 'X' && typeof e.dur === 'number');
  const tasks = events.filter((e) => e.name === 'RunTask' && e.dur >= BUDGET_MS * 1000).sort((a, b) => a.ts - b.ts);
  const KINDS = [
    [/^ParseHTML$/, 'parse HTML'],
    [/^(UpdateLayoutTree|RecalculateStyles|ScheduleStyleRecalculation)$/, 'style'],
    [/^(Layout|UpdateLayout)$/, 'layout'],
    [/^(Paint|PaintImage|PrePaint|Layerize|Commit|UpdateLayer|CompositeLayers)$/, 'paint'],
    [/^(MajorGC|MinorGC|V8\.GC\w*|BlinkGC\.\w+)$/, 'GC'],
  ];
  return tasks.map((task) => {
    const end = task.ts + task.dur;
    const inside = events.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur <= end);
    const shares = {};
    const add = (kind, us) => (shares[kind] = (shares[kind] ?? 0) + us);
    // Count each event only where no enclosing event of the same task is also counted.
    const counted = [];
    for (const e of inside.sort((a, b) => a.ts - b.ts || b.dur - a.dur)) {
      if (counted.some((c) => e.ts >= c.ts && e.ts + e.dur <= c.ts + c.dur)) continue;
      const urlOf = (x) => x.args?.data?.url ?? x.args?.data?.scriptName ?? '';
      let url = urlOf(e);
      let kind;
      if (/^(FunctionCall|EvaluateScript|v8\.compile|v8\.run|RunMicrotasks|TimerFire|EventDispatch|FireAnimationFrame|V8\.Execute|v8\.callFunction)$/.test(e.name)) {
        // A timer or frame callback says nothing of its script: the calls inside it do.
        if (!url) url = urlOf(inside.find((x) => x.ts >= e.ts && x.ts + x.dur <= e.ts + e.dur && urlOf(x).startsWith(extensionOrigin)) ?? {});
        kind = url.startsWith(extensionOrigin)
          ? 'content script'
          : url.startsWith('http')
            ? 'page script'
            : e.name === 'RunMicrotasks'
              ? 'content script (promise continuations)'
              : `script (${e.name})`;
      } else kind = KINDS.find(([re]) => re.test(e.name))?.[1];
      if (!kind) continue;
      counted.push(e);
      add(kind, e.dur);
    }
    const accounted = Object.values(shares).reduce((s, x) => s + x, 0);
    if (task.dur - accounted > 1000) add('other', task.dur - accounted);
    const parts = Object.entries(shares)
      .sort((a, b) => b[1] - a[1])
      .map(([kind, us]) => `${kind} ${(us / 1000).toFixed(0)}`);
    const ours = Object.entries(shares)
      .filter(([kind]) => kind.startsWith('content script'))
      .reduce((sum, [, us]) => sum + us / 1000, 0);
    if (process.env.NEWSLENS_TRACE_DETAIL && ours >= OURS_MS) {
      // What a task held against NewsLens is made of: every trace event inside it, by name.
      const byName = new Map();
      for (const e of inside) byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur);
      console.error(
        `  task ${(task.dur / 1000).toFixed(0)} ms:`,
        [...byName]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 15)
          .map(([n, us]) => `${n} ${(us / 1000).toFixed(1)}`)
          .join(', '),
      );
    }
    return { ms: task.dur / 1000, parts, ours };
  });
}

async function measure(session, base, index, page0, { enabled, sampleWorker = false, trace = false }) {
  const url = `${base}/${index}`;
  const page = await openTab(session, page0.observer);
  const cdp = await page.createCDPSession();
  let samples;
  let sampler;
  const worker = {};
  if (sampleWorker) {
    await session.workerCdp.send('HeapProfiler.collectGarbage');
    worker.before = (await session.workerCdp.send('Runtime.getHeapUsage')).usedSize;
    samples = [worker.before];
    sampler = setInterval(
      () =>
        session.workerCdp.send('Runtime.getHeapUsage').then(
          (h) => samples.push(h.usedSize),
          () => undefined,
        ),
      50,
    );
  }
  if (trace) {
    await page.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute', 'blink.user_timing'] });
  }
  const profile = enabled && !trace && process.env.NEWSLENS_PROFILE;
  if (profile) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  await page.goto(url, { waitUntil: 'load', timeout: PAGE_TIMEOUT_MS });
  let state;
  let analysedAt;
  if (enabled) {
    state = await pageState(session, url);
    analysedAt = await page.evaluate(() => performance.now());
  }
  if (profile) {
    const { profile: p } = await cdp.send('Profiler.stop');
    const self = new Map();
    const dt = new Map();
    for (let i = 0; i < p.samples.length; i++) dt.set(p.samples[i], (dt.get(p.samples[i]) ?? 0) + (p.timeDeltas[i + 1] ?? 0));
    for (const node of p.nodes) {
      const key = `${node.callFrame.functionName || '(anon)'} ${node.callFrame.url.split('/').pop()}:${node.callFrame.lineNumber}:${node.callFrame.columnNumber}`;
      self.set(key, (self.get(key) ?? 0) + (dt.get(node.id) ?? 0));
    }
    console.error(
      page0.name,
      [...self]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 25)
        .map(([k, us]) => `${k} ${(us / 1000).toFixed(0)}`)
        .join('\n'),
    );
    // Per busy stretch (samples between idle) over the budget: the content script functions on its stacks.
    const byId = new Map(p.nodes.map((n) => [n.id, n]));
    const parent = new Map();
    for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const label = (n) => `${n.callFrame.functionName || '(anon)'}:${n.callFrame.lineNumber}`;
    let run = [];
    const flush = () => {
      const ms = run.reduce((s, [, d]) => s + d, 0) / 1000;
      if (ms >= BUDGET_MS) {
        const inclusive = new Map();
        for (const [id, d] of run) {
          const seen = new Set();
          for (let n = id; n !== undefined; n = parent.get(n)) {
            const l = label(byId.get(n));
            if (seen.has(l)) continue;
            seen.add(l);
            inclusive.set(l, (inclusive.get(l) ?? 0) + d);
          }
        }
        console.error(
          `  busy ${ms.toFixed(0)} ms: ` +
            [...inclusive]
              .filter(([l]) => !/^\((root|program|idle)\)/.test(l))
              .sort((a, b) => b[1] - a[1])
              .slice(0, 14)
              .map(([l, d]) => `${l} ${(d / 1000).toFixed(0)}`)
              .join(', '),
        );
      }
      run = [];
    };
    for (let i = 0; i < p.samples.length; i++) {
      const n = byId.get(p.samples[i]);
      if (n.callFrame.functionName === '(idle)') flush();
      else run.push([p.samples[i], p.timeDeltas[i + 1] ?? 0]);
    }
    flush();
  }
  await sleep(SETTLE_MS); // trailing work (the frame that paints marks, a GC) is counted too
  let traceEvents;
  if (trace) traceEvents = JSON.parse(new TextDecoder().decode(await page.tracing.stop())).traceEvents;
  if (sampleWorker) {
    clearInterval(sampler);
    worker.after = (await session.workerCdp.send('Runtime.getHeapUsage')).usedSize;
    worker.peak = Math.max(...samples, worker.after);
    await session.workerCdp.send('HeapProfiler.collectGarbage');
    worker.afterGc = (await session.workerCdp.send('Runtime.getHeapUsage')).usedSize;
  }
  const seen = await page.evaluate(() => {
    const s = window.__newslensLongTasks;
    const walker = document.createTreeWalker(document, NodeFilter.SHOW_ALL);
    let nodes = 0;
    while (walker.nextNode()) nodes++;
    return {
      tasks: s.tasks,
      error: s.error,
      maxGap: s.maxGap,
      loadAt: s.loadAt,
      loadHeap: s.loadHeap,
      heapNow: performance.memory?.usedJSHeapSize,
      nodes,
      textChars: document.body?.textContent.length ?? 0,
      control: document.querySelector('newslens-control') !== null,
    };
  });
  await cdp.send('HeapProfiler.collectGarbage');
  const heapAfterGc = await page.evaluate(() => performance.memory?.usedJSHeapSize);
  await page.close();
  const afterLoad = seen.tasks.filter((t) => t.start + t.duration > seen.loadAt);
  return {
    ...seen,
    heapAfterGc,
    state,
    analysedAt,
    worker: sampleWorker ? worker : undefined,
    count: seen.tasks.length,
    longest: Math.max(0, ...seen.tasks.map((t) => t.duration)),
    total: seen.tasks.reduce((s, t) => s + t.duration, 0),
    afterLoadCount: afterLoad.length,
    afterLoadLongest: Math.max(0, ...afterLoad.map((t) => t.duration)),
    attribution: traceEvents ? attribute(traceEvents, session.origin, url) : undefined,
  };
}

/** Content-script time in one long task that makes it NewsLens's (a fifth of the budget). */
const OURS_MS = BUDGET_MS / 5;

/**
 * NewsLens adds no long task: in the traced load, no long task holds OURS_MS of content-script
 * time. (The on/off counts are shown too, but one load each is noisy: a page's own parse or
 * layout task varies by ±30 ms between loads.)
 */
function withinBudget(traced) {
  return (traced.attribution ?? []).every((task) => task.ours < OURS_MS);
}

function outcome(state) {
  if (!state) return '';
  if (state.status === 'analysed') return `analysed: ${state.analysis.repeats.length} rep, ${state.analysis.entities.length} ent`;
  if (state.status === 'skipped') return `skipped: ${state.reason}`;
  return `${state.status}: ${state.message ?? ''}`;
}

// ---------------------------------------------------------------- the section

export async function benchLongTasks({ root, chromiumPath, aebDir, quick }) {
  const outfile = join(root, 'dist', 'bench', 'core.mjs');
  await build(nodeBundle('bench/core.ts', outfile));
  const core = await import(pathToFileURL(outfile).href);
  const observer = readFileSync(join(root, 'bench', 'longtasks-page.js'), 'utf8');

  const nodes = nodesPage(core, 200_000 * 0.75, 'Synthetic 200k nodes');
  const pages = [
    { name: 'gen 1 MB text', html: plainPage(core, 2 ** 20, 'Synthetic 1 MB') },
    { name: 'gen 5 MB text', html: plainPage(core, 5 * 2 ** 20, 'Synthetic 5 MB'), sampleWorker: true },
    { name: `gen ${Math.round(nodes.nodes / 1000)}k nodes`, html: nodes.html },
    ...aebPages(aebDir).slice(0, quick ? 1 : 4),
  ].map((p) => ({ ...p, observer, bytes: Buffer.byteLength(p.html) }));

  heading('4. Long tasks with the real extension (test build) in headless Chromium');
  const server = await serve(pages);
  const base = `http://127.0.0.1:${server.address().port}`;
  const session = await launch(root, chromiumPath);
  const rows = [];
  try {
    console.log(
      `${await session.browser.version()}; ${BUDGET_MS} ms long-task budget; each page in a fresh tab, measured until ${SETTLE_MS} ms after the content script answered (or after load when not enabled).`,
    );
    const off = [];
    for (let i = 0; i < pages.length; i++) off.push(await measure(session, base, i, pages[i], { enabled: false }));
    await enableSite(session, base);
    const on = [];
    for (let i = 0; i < pages.length; i++) {
      on.push(await measure(session, base, i, pages[i], { enabled: true, sampleWorker: pages[i].sampleWorker }));
      if (process.stderr.isTTY) process.stderr.write(`\r  long-task pages: ${i + 1}/${pages.length}`);
    }
    const traced = [];
    for (let i = 0; i < pages.length; i++) traced.push(await measure(session, base, i, pages[i], { enabled: true, trace: true }));
    if (process.stderr.isTTY) process.stderr.write('\n');
    for (let i = 0; i < pages.length; i++) rows.push({ page: pages[i], off: off[i], on: on[i], traced: traced[i] });
  } finally {
    await session.close();
    server.close();
  }

  const line = (label, r, page) => [
    label,
    label === page.name ? (page.bytes / 2 ** 20).toFixed(2) : '',
    label === page.name ? (r.textChars / 1e6).toFixed(2) : '',
    label === page.name ? `${(r.nodes / 1000).toFixed(0)}k` : '',
    r.state ? 'on' : 'off',
    r.count,
    f0(r.longest),
    f0(r.total),
    `${r.afterLoadCount} / ${f0(r.afterLoadLongest)}`,
    f0(r.maxGap),
    f0(r.loadAt),
    r.analysedAt === undefined ? '' : f0(r.analysedAt - r.loadAt),
    MB(r.loadHeap),
    MB(r.heapNow),
    MB(r.heapAfterGc),
    outcome(r.state),
  ];
  console.log('Long tasks: n, longest, total (ms) over the whole load; "after load" = those ending after the load event (NewsLens runs at document_idle);');
  console.log("timer gap = longest wait between ticks of a 10 ms page timer after load; analysed = content script's answer, ms after load (±10 ms);");
  console.log("page heap MB (performance.memory, includes the content script's isolated world): at load, at the end, at the end after a forced GC.\n");
  table(
    [
      'page',
      'HTML MB',
      'M chars',
      'nodes',
      'NL',
      'long n',
      'longest',
      'total',
      'after load n / longest',
      'timer gap',
      'load at',
      'analysed',
      'heap@load',
      'heap end',
      'end+GC',
      'outcome',
    ],
    rows.flatMap(({ page, off, on }) => [line(page.name, off, page), line('', on, page)]),
  );

  const worker = rows.find((r) => r.on.worker)?.on.worker;
  if (worker) {
    console.log(
      `\nService worker heap around the 5 MB page (CDP Runtime.getHeapUsage; GC forced before): before ${MB(worker.before)} MB, ` +
        `peak seen (sampled every 50 ms) ${MB(worker.peak)} MB, after ${MB(worker.after)} MB, after a forced GC ${MB(worker.afterGc)} MB.`,
    );
  }
  const extra = rows.map(({ page, off, on, traced }) => ({ page, off, on, traced, added: on.total - off.total }));
  console.log('\nWhat NewsLens adds (enabled minus not enabled; one load each, so ±a few ms of noise):');
  table(
    [
      'page',
      'long tasks +',
      'long-task ms +',
      'longest (off → on)',
      'load event delayed ms',
      'page heap + MB (end+GC)',
      'most content-script ms in one long task (traced)',
      'NewsLens within the 50 ms budget?',
    ],
    extra.map(({ page, off, on, traced, added }) => {
      const ours = Math.max(0, ...(traced.attribution ?? []).map((task) => task.ours));
      return [
        page.name,
        on.count - off.count,
        f0(added),
        `${f0(off.longest)} → ${f0(on.longest)}`,
        f0(on.loadAt - off.loadAt),
        ((on.heapAfterGc - off.heapAfterGc) / 2 ** 20).toFixed(1),
        f0(ours),
        withinBudget(traced) ? 'yes (adds no long task)' : `NO (${f0(ours)} ms of content script in one long task)`,
      ];
    }),
  );
  console.log('\nWhat the long tasks of the traced (extra, enabled) load are: per task, its ms and what filled it (ms; from a Chromium trace, which slows things a little):');
  for (const { page, traced } of rows) {
    const tasks = traced.attribution ?? [];
    console.log(`  ${page.name}: ${tasks.length === 0 ? 'none' : tasks.map((t) => `${f0(t.ms)} [${t.parts.join(', ')}]`).join('; ')}`);
  }
  const under = extra.filter(({ traced }) => withinBudget(traced)).map(({ page }) => page.name);
  const over = extra.filter(({ traced }) => !withinBudget(traced)).map(({ page }) => page.name);
  console.log(
    `\nNewsLens adds no long task (within the ${BUDGET_MS} ms budget) on: ${under.join(', ') || 'none'}. It adds long tasks on: ${over.join(', ') || 'none'}.\n` +
      `(Judged on the traced load: a long task is NewsLens's when it holds ${OURS_MS} ms or more of content-script time. The layout and paint after collapsing a repeat\n` +
      "are the browser's, as long as for any edit the page makes: on a 200,000-node page they are a long task whoever edits it.)",
  );
  return rows;
}
