import { describe, expect, it, vi } from 'vitest';
import { describeImportError, entryLines, exportJson, lineAndColumn, mergeEntities, parseImportFile } from './import';

// The bundled English messages, as the page shows them when the user picks English.
vi.mock('webextension-polyfill', () => ({ default: { i18n: { getMessage: () => '', getUILanguage: () => 'en-US' } } }));
const { makeTranslator } = await import('../shared/i18n');
const { t } = makeTranslator('en');

describe('parseImportFile', () => {
  it('reads a bare list of entities', () => {
    expect(parseImportFile('[{"name": "Acme", "type": "organization"}]')).toEqual({ ok: true, entities: [{ name: 'Acme', type: 'organization' }] });
  });

  it('reads {"entities": [...]}, as exported, and ignores a byte-order mark', () => {
    const text = '\uFEFF' + exportJson([{ name: '홍길동', type: 'person', aliases: ['홍 대표'], role: '대표' }]);
    expect(parseImportFile(text)).toEqual({ ok: true, entities: [{ name: '홍길동', type: 'person', aliases: ['홍 대표'], role: '대표' }] });
  });

  it('reports every bad entry with its number, its line and the field, and imports nothing', () => {
    const text = `{
  "version": 1,
  "entities": [
    {"name": "Acme", "type": "organization"},
    {
      "name": "Seoul",
      "type": "town"
    },
    {"name": "  ", "type": "person"},
    "Busan",
    {"name": "Jeju", "type": "place", "placeKind": "island"}
  ]
}`;
    const result = parseImportFile(text);
    expect(result).toEqual({
      ok: false,
      errors: [
        { kind: 'entry', index: 2, line: 5, field: 'type', message: 'must be one of person, organization, place, date' },
        { kind: 'entry', index: 3, line: 9, field: 'name', message: 'must be a non-empty string' },
        { kind: 'entry', index: 4, line: 10, field: '(entry)', message: 'must be an object' },
        { kind: 'entry', index: 5, line: 11, field: 'placeKind', message: 'must be one of country, region, city, venue' },
      ],
    });
    if (result.ok) return;
    expect(result.errors.map((e) => describeImportError(e, t))).toEqual([
      'Entry 2 (line 5): type must be one of person, organization, place, date',
      'Entry 3 (line 9): name must be a non-empty string',
      'Entry 4 (line 10): must be an object',
      'Entry 5 (line 11): placeKind must be one of country, region, city, venue',
    ]);
  });

  it('says the same in Korean when the page is in Korean', () => {
    const error = { kind: 'entry' as const, index: 2, line: 5, field: 'type', message: 'must be one of person, organization, place, date' };
    expect(describeImportError(error, makeTranslator('ko').t)).toBe('2번째 항목(5행): type: person, organization, place, date 중 하나여야 합니다');
  });

  it('gives the JSON parser its say, with a line and column', () => {
    const result = parseImportFile('[\n  {"name": "Acme", "type": "organization"}\n  {"name": "B"}\n]');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ kind: 'syntax', line: 3, column: 3 });
    expect(describeImportError(result.errors[0], t)).toMatch(/^The file is not valid JSON/);
  });

  it('does not repeat a position the parser already gave (Firefox says "at line 3 column 5")', () => {
    const error = { kind: 'syntax' as const, message: "JSON.parse: expected ',' or ']' after array element at line 3 column 3 of the JSON data", line: 3, column: 3 };
    expect(describeImportError(error, t)).toBe("The file is not valid JSON: JSON.parse: expected ',' or ']' after array element at line 3 column 3 of the JSON data");
    expect(describeImportError({ kind: 'syntax', message: 'Unexpected token', line: 2, column: 7 }, t)).toBe('The file is not valid JSON (line 2, column 7): Unexpected token');
  });

  it('refuses a file that is neither a list nor {"entities": [...]}, and an empty one', () => {
    expect(parseImportFile('{"people": []}')).toEqual({ ok: false, errors: [{ kind: 'shape' }] });
    expect(parseImportFile('"Acme"')).toEqual({ ok: false, errors: [{ kind: 'shape' }] });
    expect(parseImportFile('{"entities": []}')).toEqual({ ok: false, errors: [{ kind: 'empty' }] });
  });
});

describe('entryLines', () => {
  it('finds where each top-level entry starts, past strings holding brackets and quotes', () => {
    const text = '[{"name": "a]\\"}{", "aliases": ["[", "{"]},\n\n  {"name": "b"}, 3,\n  null]';
    expect(entryLines(text, 4)).toEqual([1, 3, 3, 4]);
  });

  it('follows the last "entities" key, as JSON.parse does', () => {
    const text = '{"entities": [1],\n "note": {"entities": [9, 9]},\n "entities": [\n  2,\n  3]}';
    expect(entryLines(text, 2)).toEqual([4, 5]);
    expect((JSON.parse(text) as { entities: unknown }).entities).toEqual([2, 3]);
  });

  it('gives up (no lines) rather than guess when the count disagrees', () => {
    expect(entryLines('[1, 2]', 3)).toBeUndefined();
  });
});

describe('lineAndColumn', () => {
  it('counts from 1', () => {
    expect(lineAndColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});

describe('exportJson', () => {
  it('writes one entity per line, so entry N is on line N + 1', () => {
    const text = exportJson([
      { name: 'Acme', type: 'organization' },
      { name: 'Seoul', type: 'place', placeKind: 'city' },
    ]);
    expect(text).toBe('{"entities": [\n  {"name":"Acme","type":"organization"},\n  {"name":"Seoul","type":"place","placeKind":"city"}\n]}\n');
    expect(entryLines(text, 2)).toEqual([2, 3]);
  });
});

describe('mergeEntities', () => {
  const stored = [
    { name: 'Acme', type: 'organization' as const },
    { name: 'Seoul', type: 'place' as const },
  ];

  it('merge: replaces same name and type in place (ignoring case), appends the rest', () => {
    const incoming = [
      { name: 'ACME', type: 'organization' as const, aliases: ['Acme Corp'] },
      { name: 'Seoul', type: 'person' as const },
    ];
    expect(mergeEntities(stored, incoming, 'merge')).toEqual({
      entities: [
        { name: 'ACME', type: 'organization', aliases: ['Acme Corp'] },
        { name: 'Seoul', type: 'place' },
        { name: 'Seoul', type: 'person' },
      ],
      added: 1,
      replaced: 1,
    });
  });

  it('replace: keeps only the file; an entity named twice in the file is kept once, the later entry', () => {
    const incoming = [
      { name: 'Busan', type: 'place' as const },
      { name: 'busan', type: 'place' as const, placeKind: 'city' as const },
    ];
    expect(mergeEntities(stored, incoming, 'replace')).toEqual({ entities: [{ name: 'busan', type: 'place', placeKind: 'city' }], added: 1, replaced: 0 });
  });

  it('does not change the stored list it was given', () => {
    mergeEntities(stored, [{ name: 'Busan', type: 'place' }], 'merge');
    expect(stored).toHaveLength(2);
  });
});
