// What every esbuild build of the source tells esbuild the targets support, beyond its own tables.
// esbuild 0.28 counts Unicode property escapes (\p{Lu}) as unsupported in node20, chrome120 and
// firefox128 (its table follows the newest Unicode version), so it rewrote each /\p{…}/u literal
// as `new RegExp("…", "u")`: inside a function that is a regex built on every call, three times
// the cost of the literal (the recognisers test words this way thousands of times per page). All
// the targets have read \p{…} since 2020, and the source uses only long-standing properties.
export const SUPPORTED = { 'regexp-unicode-property-escapes': true };

/** The options of a Node bundle of one entry (CLI, scripts, bench): ESM, packages left external. */
export function nodeBundle(entry, outfile) {
  return {
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    supported: SUPPORTED,
    packages: 'external',
    logLevel: 'warning',
  };
}
