import { describe, expect, it } from 'vitest';
import { entityKey, entityToForm, filterIndexes, findDuplicate, formToEntry, pageWindow, searchText, splitAliases } from './entity-list';

describe('entityKey', () => {
  it('is the same for names differing only in case or Unicode form, and differs by type', () => {
    expect(entityKey({ name: 'ACME ', type: 'organization' })).toBe(entityKey({ name: 'acme', type: 'organization' }));
    expect(entityKey({ name: '\u1112\u1161\u11ab', type: 'place' })).toBe(entityKey({ name: '한', type: 'place' }));
    expect(entityKey({ name: 'Jordan', type: 'person' })).not.toBe(entityKey({ name: 'Jordan', type: 'place' }));
  });
});

describe('filterIndexes', () => {
  const texts = [
    searchText({ name: '홍길동', type: 'person', role: '대표', affiliation: '활빈당' }),
    searchText({ name: 'Acme', type: 'organization', aliases: ['Acme Corp'] }),
    searchText({ name: 'Seoul', type: 'place', placeKind: 'city' }),
  ];

  it('matches every word anywhere in name, aliases, role, affiliation, type', () => {
    expect(filterIndexes(texts, '활빈당 대표')).toEqual([0]);
    expect(filterIndexes(texts, 'CORP')).toEqual([1]);
    expect(filterIndexes(texts, 'city')).toEqual([2]);
  });

  it('matches everything when the query is blank', () => {
    expect(filterIndexes(texts, '  ')).toEqual([0, 1, 2]);
  });
});

describe('pageWindow', () => {
  it('slices pages of a fixed size and clamps a page past the end', () => {
    expect(pageWindow(250, 1, 100)).toEqual({ page: 1, pageCount: 3, start: 100, end: 200 });
    expect(pageWindow(250, 9, 100)).toEqual({ page: 2, pageCount: 3, start: 200, end: 250 });
    expect(pageWindow(0, 0, 100)).toEqual({ page: 0, pageCount: 1, start: 0, end: 0 });
  });
});

describe('the editor form', () => {
  it('splits aliases on ASCII, full-width and ideographic commas', () => {
    expect(splitAliases('Acme Corp, ACME，에이크미、 ,')).toEqual(['Acme Corp', 'ACME', '에이크미']);
  });

  it('leaves blank fields out, and a place kind unless the type is place', () => {
    const form = { name: 'Jeju', type: 'person' as const, aliases: '', role: ' ', affiliation: '', placeKind: 'city' as const };
    expect(formToEntry(form)).toEqual({ name: 'Jeju', type: 'person' });
    expect(formToEntry({ ...form, type: 'place' })).toEqual({ name: 'Jeju', type: 'place', placeKind: 'city' });
  });

  it('round-trips an entity through its form', () => {
    const entity = { name: 'Acme', type: 'organization' as const, aliases: ['A', 'B'], role: 'maker', affiliation: 'Group' };
    expect(formToEntry(entityToForm(entity))).toEqual(entity);
  });
});

describe('findDuplicate', () => {
  it('finds another entity with the same name and type, not the one being edited', () => {
    const list = [
      { name: 'Acme', type: 'organization' as const },
      { name: 'Seoul', type: 'place' as const },
    ];
    expect(findDuplicate(list, { name: 'acme', type: 'organization' })).toBe(0);
    expect(findDuplicate(list, { name: 'acme', type: 'organization' }, 0)).toBe(-1);
  });
});
