// Entry point of dist/cli.mjs (run through bin/newslens.mjs).
import { main } from './newslens';

process.exitCode = await main(process.argv.slice(2));
