import { describe, expect, it } from 'vitest';
import { fnv1a32, halfOf } from './split';

describe('fnv1a32', () => {
  it('matches the published FNV-1a test vectors', () => {
    expect(fnv1a32('')).toBe(0x811c9dc5);
    expect(fnv1a32('a')).toBe(0xe40c292c);
    expect(fnv1a32('foobar')).toBe(0xbf9cf968);
  });

  it('hashes the UTF-8 bytes, not UTF-16 code units', () => {
    expect(fnv1a32('한국')).toBe(0xfd5a2cc3);
  });
});

describe('halfOf', () => {
  it('pins pages of the shared sets to their halves', () => {
    expect(halfOf('zeit.de.zugverkehr')).toBe('test');
    expect(halfOf('rnz.de.witzel')).toBe('test');
    expect(halfOf('kulinariaathome.com.mandelplätzchen')).toBe('tune');
    expect(halfOf('peta.de-veterinärämter')).toBe('tune');
    expect(halfOf('042bb7b5fedab6eac7db576522b89b93904c237d344bcbe14a6a5ab7f7335856')).toBe('test');
    expect(halfOf('foobar')).toBe('tune');
  });
});
