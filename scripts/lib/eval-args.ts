// The command line every eval script reads: `--name value` options, bare flags, and which halves
// of the tune/test split to score (`--half tune|test`, both by default).
import type { Half } from './split';

export interface EvalArgs {
  /** The value after `--name`, if given. */
  option: (name: string) => string | undefined;
  /** Whether `--name` is given. */
  flag: (name: string) => boolean;
  halves: Half[];
}

export function readEvalArgs(args = process.argv.slice(2)): EvalArgs {
  const option = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const half = option('--half');
  if (half !== undefined && half !== 'tune' && half !== 'test') {
    console.error(`--half takes tune or test, not ${half}`);
    process.exit(2);
  }
  return { option, flag: (name) => args.includes(name), halves: half ? [half] : ['tune', 'test'] };
}
