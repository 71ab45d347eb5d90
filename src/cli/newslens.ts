// `newslens analyze`: the same core as the extension, on a Node DOM (linkedom).
//   newslens analyze FILE.html [--url URL] [--whole-page] [--json | --markdown [--ui en|ko]] [--entities FILE]
//   newslens analyze FILE.txt [--json | --markdown [--ui en|ko]]
//   newslens analyze --jsonl < lines   ({"id","text"} or {"id","html","url"} per line)
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { analyzeText } from '../core/analyze';
import { summarize, summaryToMarkdown } from '../core/summary';
import { analyzeHtml, analyzePageBytes } from './page';
import { formatReadable } from './readable';
import type { Analysis, KnownEntity } from '../core/types';

const USAGE = `usage:
  newslens analyze FILE.html [--url URL] [--whole-page] [--json | --markdown [--ui en|ko]] [--entities FILE]
  newslens analyze FILE.txt [--json | --markdown [--ui en|ko]] [--entities FILE]
  newslens analyze --jsonl [--entities FILE]   (reads {"id","text"} or {"id","html","url"} lines on stdin)
  newslens --help

The JSON output (--json, --jsonl) is described in docs/analysis-format.md.`;

interface CliOptions {
  file?: string;
  url?: string;
  json: boolean;
  markdown: boolean;
  /** Language of the Markdown's headings and labels. */
  ui: 'en' | 'ko';
  jsonl: boolean;
  entities?: string;
  /** Read the whole page, not only the article chosen from it. */
  wholePage: boolean;
}

function parseArgs(args: string[]): CliOptions {
  const [command, ...rest] = args;
  if (command === '--help' || command === '-h' || command === 'help') throw new HelpRequest();
  if (command !== 'analyze') throw new UsageError(command ? `unknown command: ${command}` : 'no command given');
  const options: CliOptions = { json: false, markdown: false, ui: 'en', jsonl: false, wholePage: false };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === '--help' || arg === '-h') throw new HelpRequest();
    else if (arg === '--json') options.json = true;
    else if (arg === '--jsonl') options.jsonl = true;
    else if (arg === '--whole-page') options.wholePage = true;
    else if (arg === '--markdown') options.markdown = true;
    else if (arg === '--ui') {
      const value = rest[++i];
      if (value !== 'en' && value !== 'ko') throw new UsageError('--ui needs en or ko');
      options.ui = value;
    } else if (arg === '--url' || arg === '--entities') {
      const value = rest[++i];
      if (!value) throw new UsageError(`${arg} needs a value`);
      if (arg === '--url') options.url = value;
      else options.entities = value;
    } else if (arg.startsWith('--')) throw new UsageError(`unknown option: ${arg}`);
    else if (options.file) throw new UsageError(`one file at a time (got ${options.file} and ${arg})`);
    else options.file = arg;
  }
  if (!options.jsonl && !options.file) throw new UsageError('give a FILE (.html or .txt) or --jsonl');
  if (options.json && options.markdown) throw new UsageError('--json and --markdown are two outputs; give one');
  return options;
}

class UsageError extends Error {}
class HelpRequest extends Error {}

export { analyzeHtml, analyzePageBytes } from './page';

function loadKnown(path: string | undefined): KnownEntity[] {
  if (!path) return [];
  const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
  const list = Array.isArray(parsed) ? parsed : (parsed as { entities?: unknown }).entities;
  if (!Array.isArray(list)) throw new Error(`${path}: expected a JSON array of entities or {"entities": [...]}`);
  return list as KnownEntity[];
}

async function runBatch(known: KnownEntity[]): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber++;
    if (!line.trim()) continue;
    let id: unknown = `line ${lineNumber}`;
    try {
      const record = JSON.parse(line) as { id?: unknown; text?: unknown; html?: unknown; url?: unknown };
      id = record.id ?? id;
      let analysis: Analysis;
      if (typeof record.html === 'string') analysis = analyzeHtml(record.html, typeof record.url === 'string' ? record.url : undefined, known);
      else if (typeof record.text === 'string') analysis = analyzeText(record.text, { known });
      else throw new Error('each line needs a "text" or an "html" string');
      process.stdout.write(JSON.stringify({ id, analysis }) + '\n');
    } catch (error) {
      process.stdout.write(JSON.stringify({ id, error: error instanceof Error ? error.message : String(error) }) + '\n');
    }
  }
}

export async function main(args: string[]): Promise<number> {
  let options: CliOptions;
  try {
    options = parseArgs(args);
  } catch (error) {
    if (error instanceof HelpRequest) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`newslens: ${error.message}\n${USAGE}\n`);
    return 2;
  }
  try {
    const known = loadKnown(options.entities);
    if (options.jsonl) {
      await runBatch(known);
      return 0;
    }
    // parseArgs asks for a file unless the input is --jsonl.
    const file = options.file ?? '';
    // A page is read as bytes: its own <meta charset> says how to decode it (EUC-KR portals).
    const analysis = /\.x?html?$/i.test(file)
      ? analyzePageBytes(readFileSync(file), { url: options.url, known, wholePage: options.wholePage })
      : analyzeText(readFileSync(file, 'utf8'), { url: options.url, known });
    if (options.json) process.stdout.write(JSON.stringify(analysis, null, 2) + '\n');
    else if (options.markdown) process.stdout.write(summaryToMarkdown(summarize(analysis), { uiLanguage: options.ui }));
    else process.stdout.write(formatReadable(analysis));
    return 0;
  } catch (error) {
    process.stderr.write(`newslens: ${describeError(error, options.file)}\n`);
    return 1;
  }
}

/** Why the command failed, in words: a file that cannot be read is named with the reason, not an errno code. */
function describeError(error: unknown, file: string | undefined): string {
  const { code, path = file } = error as { code?: string; path?: string };
  const reasons: Record<string, string> = { ENOENT: 'no such file', EISDIR: 'it is a directory', EACCES: 'permission denied' };
  if (code && path && reasons[code]) return `cannot read ${path}: ${reasons[code]}`;
  return error instanceof Error ? error.message : String(error);
}
