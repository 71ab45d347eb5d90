// Import and export of the known entities as JSON, as plain functions so they are testable in
// Node: text in, entities or a list of problems out. An import is all-or-nothing: one bad
// entry and nothing is imported, and every problem names the entry, its line in the file and
// the field, so the user can fix the file in any editor.
import type { KnownEntity } from '../core/types';
import { validateKnownEntity } from '../shared/known-entities';
import { entityKey, ruleKey } from './entity-list';

export type ImportError =
  /** The text is not JSON; the parser's own message, and where it stopped when it says so. */
  | { kind: 'syntax'; message: string; line?: number; column?: number }
  /** Valid JSON, but neither a list nor an object with an "entities" list. */
  | { kind: 'shape' }
  /** A list with nothing in it (never a reason to replace everything with nothing). */
  | { kind: 'empty' }
  /** One entry that fails validation: 1-based entry number, the line it starts on. */
  | { kind: 'entry'; index: number; line?: number; field: string; message: string };

export type ImportResult = { ok: true; entities: KnownEntity[] } | { ok: false; errors: ImportError[] };

/** Reads an import file: a bare list of entities or {"entities": [...]}, every entry checked. */
export function parseImportFile(source: string): ImportResult {
  const text = source.replace(/^\uFEFF/, '');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [syntaxError(text, error instanceof Error ? error.message : String(error))] };
  }
  const list = Array.isArray(parsed) ? parsed : isObject(parsed) && Array.isArray(parsed.entities) ? (parsed.entities as unknown[]) : undefined;
  if (!list) return { ok: false, errors: [{ kind: 'shape' }] };
  if (list.length === 0) return { ok: false, errors: [{ kind: 'empty' }] };

  const lines = entryLines(text, list.length);
  const entities: KnownEntity[] = [];
  const errors: ImportError[] = [];
  list.forEach((value, i) => {
    const result = validateKnownEntity(value, i + 1);
    if ('field' in result) errors.push({ kind: 'entry', index: result.index, line: lines?.[i], field: result.field, message: result.message });
    else entities.push(result);
  });
  return errors.length ? { ok: false, errors } : { ok: true, entities };
}

/** The file the export button downloads: one entity per line, so entry N sits on line N + 1. */
export function exportJson(entities: KnownEntity[]): string {
  if (entities.length === 0) return '{"entities": []}\n';
  return `{"entities": [\n${entities.map((e) => '  ' + JSON.stringify(e)).join(',\n')}\n]}\n`;
}

export interface MergeResult {
  entities: KnownEntity[];
  added: number;
  replaced: number;
}

/**
 * Combines the stored list with an imported one. 'merge' keeps every stored entity, replaces
 * one in place when the import has the same name and type (see entityKey), and appends the
 * rest in file order; 'replace' keeps only the import. Either way, when the file itself names
 * an entity twice, the later entry wins, so the result never holds two of one entity.
 */
export function mergeEntities(existing: KnownEntity[], incoming: KnownEntity[], mode: 'merge' | 'replace'): MergeResult {
  const base = mode === 'merge' ? existing.slice() : [];
  const position = new Map<string, number>();
  base.forEach((entity, i) => position.set(entityKey(entity), i));
  let added = 0;
  let replaced = 0;
  const fromFile = new Set<string>();
  for (const entity of incoming) {
    const key = entityKey(entity);
    const at = position.get(key);
    if (at === undefined) {
      position.set(key, base.length);
      base.push(entity);
      added++;
    } else {
      base[at] = entity;
      // A second entry for the same entity in the file is not a replacement of a stored one.
      if (!fromFile.has(key)) replaced++;
    }
    fromFile.add(key);
  }
  return { entities: base, added, replaced };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Parsers say where they stopped in different ways: Firefox "at line 3 column 5", V8 "at
 * position 42" (newer V8 adds "(line 3 column 5)"). Both become a line and column.
 */
function syntaxError(text: string, message: string): ImportError {
  const lineColumn = /line (\d+) column (\d+)/i.exec(message);
  if (lineColumn) return { kind: 'syntax', message, line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/i.exec(message);
  if (position) return { kind: 'syntax', message, ...lineAndColumn(text, Number(position[1])) };
  return { kind: 'syntax', message };
}

export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

// ---------------------------------------------------------------------------------------------
// Where each entry starts. JSON.parse gives values, not positions, so the text (already known
// to be valid JSON) is walked once more: find the entity list (the root, or the root object's
// last "entities" member, as JSON.parse keeps the last of duplicate keys), then the start of
// each of its elements. Iterative and linear; nested values are skipped by bracket depth.

/** The 1-based line on which each entry of the list starts, or undefined if the walk disagrees. */
export function entryLines(text: string, expected: number): number[] | undefined {
  const offsets = entryOffsets(text);
  if (!offsets || offsets.length !== expected) return undefined;
  const lines: number[] = [];
  let line = 1;
  let at = 0;
  for (const offset of offsets) {
    for (; at < offset; at++) if (text.charCodeAt(at) === 10) line++;
    lines.push(line);
  }
  return lines;
}

function entryOffsets(text: string): number[] | undefined {
  let pos = skipSpace(text, 0);
  let listStart = -1;
  if (text[pos] === '[') listStart = pos;
  else if (text[pos] === '{') {
    pos = skipSpace(text, pos + 1);
    while (pos < text.length && text[pos] !== '}') {
      const keyEnd = skipString(text, pos);
      const key = JSON.parse(text.slice(pos, keyEnd)) as string;
      pos = skipSpace(text, skipSpace(text, keyEnd) + 1); // past the colon
      if (key === 'entities' && text[pos] === '[') listStart = pos;
      pos = skipSpace(text, skipValue(text, pos));
      if (text[pos] === ',') pos = skipSpace(text, pos + 1);
    }
  }
  if (listStart < 0) return undefined;
  const offsets: number[] = [];
  pos = skipSpace(text, listStart + 1);
  while (pos < text.length && text[pos] !== ']') {
    offsets.push(pos);
    pos = skipSpace(text, skipValue(text, pos));
    if (text[pos] === ',') pos = skipSpace(text, pos + 1);
  }
  return offsets;
}

function skipSpace(text: string, pos: number): number {
  while (pos < text.length && (text[pos] === ' ' || text[pos] === '\n' || text[pos] === '\r' || text[pos] === '\t')) pos++;
  return pos;
}

/** From an opening quote to just past its closing quote. */
function skipString(text: string, pos: number): number {
  for (let i = pos + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i + 1;
  }
  return text.length;
}

/** Just past one JSON value starting at pos. */
function skipValue(text: string, pos: number): number {
  const first = text[pos];
  if (first === '"') return skipString(text, pos);
  if (first === '[' || first === '{') {
    let depth = 0;
    for (let i = pos; i < text.length; i++) {
      const c = text[i];
      if (c === '"') i = skipString(text, i) - 1;
      else if (c === '[' || c === '{') depth++;
      else if (c === ']' || c === '}') {
        depth--;
        if (depth === 0) return i + 1;
      }
    }
    return text.length;
  }
  let i = pos;
  while (i < text.length && !',]} \n\r\t'.includes(text[i])) i++;
  return i;
}

type Translate = (key: string, ...substitutions: Array<string | number>) => string;

/** One problem as a sentence in the user's language: "Entry 3 (line 14): type must be one of …". */
export function describeImportError(error: ImportError, t: Translate): string {
  switch (error.kind) {
    case 'syntax':
      // Firefox already says where ("at line 3 column 5"); V8 gives a position we converted.
      return error.line !== undefined && !/line \d/i.test(error.message)
        ? t('optionsImportSyntaxAt', error.message, error.line, error.column ?? 1)
        : t('optionsImportSyntax', error.message);
    case 'shape':
      return t('optionsImportShape');
    case 'empty':
      return t('optionsImportEmpty');
    case 'entry': {
      const where = error.line !== undefined ? t('optionsEntryAtLine', error.index, error.line) : t('optionsEntryNumber', error.index);
      const key = ruleKey(error.field);
      const rule = key ? t(key) : error.message;
      return `${where}: ${error.field === '(entry)' ? rule : t('optionsFieldProblem', error.field, rule)}`;
    }
  }
}
