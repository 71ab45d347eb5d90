import { describe, expect, it } from 'vitest';
import { readKnownEntities, validateKnownEntity } from './known-entities';

describe('validateKnownEntity', () => {
  it('accepts a full entry and trims it', () => {
    expect(validateKnownEntity({ name: ' 홍길동 ', type: 'person', aliases: ['홍 대표'], role: '대표', affiliation: '활빈당' }, 1)).toEqual({
      name: '홍길동',
      type: 'person',
      aliases: ['홍 대표'],
      role: '대표',
      affiliation: '활빈당',
    });
  });

  it('names the entry and the field of a problem', () => {
    expect(validateKnownEntity({ name: '', type: 'person' }, 3)).toEqual({ index: 3, field: 'name', message: 'must be a non-empty string' });
    expect(validateKnownEntity({ name: 'X', type: 'thing' }, 4)).toMatchObject({ index: 4, field: 'type' });
    expect(validateKnownEntity({ name: 'X', type: 'place', aliases: 'Y' }, 5)).toMatchObject({ field: 'aliases' });
    expect(validateKnownEntity({ name: 'X', type: 'place', placeKind: 'planet' }, 6)).toMatchObject({ field: 'placeKind' });
    expect(validateKnownEntity('X', 7)).toMatchObject({ field: '(entry)' });
  });
});

describe('readKnownEntities', () => {
  it('keeps the valid entries of a stored list and drops the rest', () => {
    expect(readKnownEntities([{ name: 'Acme', type: 'organization' }, { name: 1 }, null])).toEqual([{ name: 'Acme', type: 'organization' }]);
    expect(readKnownEntities(undefined)).toEqual([]);
  });
});
