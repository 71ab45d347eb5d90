// Long work is written one way across NewsLens: as a generator of steps (`Steps<T>`) that
// yields where a caller on a page's main thread may let the page run. Loops over many items
// pause after every N of them (`endsStep(index, N)`, N a named X_PER_STEP constant beside the
// loop). The same steps are run at once (runNow: Node, the popup, the benchmark) or in short
// stretches with the page running between them (runInSteps: the content script).

/** Work that pauses by yielding and returns a T. */
export type Steps<T> = Generator<void, T>;

/** Whether the item at `index` is the last of a step of `perStep` items: pause after it. */
export function endsStep(index: number, perStep: number): boolean {
  return index % perStep === perStep - 1;
}

/** Runs every step at once and returns the work's result. */
export function runNow<T>(steps: Steps<T>): T {
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/**
 * How long one stretch of steps may run before the page gets its turn: well under the 50 ms
 * of a long task, leaving room for a step that overruns and for the page's own work.
 */
export const STRETCH_MS = 10;

/** Lets the page run (input, rendering) between two stretches of our work. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Runs the steps, letting the page run whenever a stretch of them has taken STRETCH_MS.
 * `during` wraps each stretch (the content script's page watcher pauses itself around our DOM
 * edits, and sees the page's own edits between stretches).
 */
export async function runInSteps<T>(steps: Steps<T>, during: <R>(stretch: () => R) => R = (stretch) => stretch()): Promise<T> {
  for (;;) {
    const step = during(() => {
      const started = performance.now();
      for (;;) {
        const next = steps.next();
        if (next.done || performance.now() - started >= STRETCH_MS) return next;
      }
    });
    if (step.done) return step.value;
    await yieldToPage();
  }
}
