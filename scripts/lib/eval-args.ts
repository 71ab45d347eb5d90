// The command line every eval script reads: `--name value` options, bare flags, and which halves
// of the tune/test split to score (`--half tune|test`, both by default), and which part of the tune
// half (`--half tune --part a|b`: look at part a's errors, check the rule on part b).
import { tunePartOf, type Half, type TunePart } from './split';

export interface EvalArgs {
  /** The value after `--name`, if given. */
  option: (name: string) => string | undefined;
  /** Whether `--name` is given. */
  flag: (name: string) => boolean;
  halves: Half[];
  /** With `--part a|b` (tune half only): whether a document is in that part of the tune half. */
  inPart: (name: string) => boolean;
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
  const part = option('--part') as TunePart | undefined;
  if ((args.includes('--part') && part === undefined) || (part !== undefined && (!['a', 'b'].includes(part) || half !== 'tune'))) {
    console.error('--part takes a or b, and only with --half tune');
    process.exit(2);
  }
  const inPart = (name: string) => part === undefined || tunePartOf(name) === part;
  return { option, flag: (name) => args.includes(name), halves: half ? [half] : ['tune', 'test'], inPart };
}
