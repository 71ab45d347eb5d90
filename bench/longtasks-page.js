// Page-side half of the long-task bench (bench/longtasks.mjs). Injected with
// page.evaluateOnNewDocument, so it runs before the page's own parser output and long before
// the content script (document_idle). Page CSP does not apply to it. It only observes:
//   - every long task (≥ 50 ms) of the page's main thread, buffered from the navigation on;
//   - the largest gap between ticks of a 10 ms timer after the load event (how long the page
//     could not run a timer callback: what a user feels as a stall);
//   - the page heap (performance.memory, precise with --enable-precise-memory-info) at load.
// The content script runs in an isolated world, but in Chromium isolated worlds share the
// page's V8 heap and main thread, so both show here.
(() => {
  const state = { tasks: [], maxGap: 0, maxGapAt: 0, loadAt: undefined, loadHeap: undefined, error: undefined };
  Object.defineProperty(window, '__newslensLongTasks', { value: state });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) state.tasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (error) {
    state.error = String(error);
  }
  addEventListener('load', () => {
    state.loadAt = performance.now();
    state.loadHeap = performance.memory?.usedJSHeapSize;
    let last = performance.now();
    setInterval(() => {
      const now = performance.now();
      if (now - last > state.maxGap) {
        state.maxGap = now - last;
        state.maxGapAt = now;
      }
      last = now;
    }, 10);
  });
})();
