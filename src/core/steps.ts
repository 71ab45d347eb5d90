// Work written as a generator of steps (it yields where a caller on a page's main thread may
// let the page run) can also be run at once: in Node, in the popup, in the benchmark.

/** Runs every step at once and returns the work's result. */
export function runNow<T>(steps: Generator<void, T>): T {
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}
