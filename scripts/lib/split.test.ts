// The tune/test split and the two parts of the tune half: fixed by the name alone, and even.
import { describe, expect, it } from 'vitest';
import { fnv1a32, halfOf, tunePartOf } from './split';

const names = Array.from({ length: 2000 }, (_, i) => `page-${i}`);

describe('the split by document', () => {
  it('gives a name the same half and part every time, from its hash alone', () => {
    expect(halfOf('kowikinews-0206e86a49e4')).toBe(halfOf('kowikinews-0206e86a49e4'));
    expect(fnv1a32('a')).toBe(0xe40c292c);
    expect(tunePartOf('page-1')).toBe((fnv1a32('page-1') >>> 1) % 2 === 0 ? 'a' : 'b');
  });

  it('splits documents about evenly into halves, and the tune half evenly into parts', () => {
    const tune = names.filter((name) => halfOf(name) === 'tune');
    expect(tune.length / names.length).toBeGreaterThan(0.45);
    expect(tune.length / names.length).toBeLessThan(0.55);
    const partA = tune.filter((name) => tunePartOf(name) === 'a').length;
    expect(partA / tune.length).toBeGreaterThan(0.45);
    expect(partA / tune.length).toBeLessThan(0.55);
  });
});
