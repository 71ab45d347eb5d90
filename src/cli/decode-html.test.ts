import { describe, expect, it } from 'vitest';
import { charsetInContentType, decodeHtml } from './decode-html';

const ascii = (text: string) => Array.from(text, (c) => c.charCodeAt(0));
const bytes = (...parts: (string | number[])[]) => new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? ascii(part) : part)));

/** "한국" in EUC-KR: 한 = C7 D1, 국 = B1 B9 (KS X 1001 rows 0x47 and 0x31). */
const HANGUK_EUC_KR = [0xc7, 0xd1, 0xb1, 0xb9];
/** "é" in windows-1252 / ISO-8859-1. */
const E_ACUTE_LATIN1 = [0xe9];

describe('decodeHtml', () => {
  it('reads a UTF-8 BOM as UTF-8 and drops the BOM', () => {
    const page = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<p>한국</p>')]);
    expect(decodeHtml(page)).toEqual({ html: '<p>한국</p>', charset: 'utf-8' });
  });

  it('reads UTF-16LE and UTF-16BE by their BOMs, over a contrary <meta>', () => {
    const text = '<meta charset="euc-kr"><p>한국</p>';
    const le = [0xff, 0xfe];
    const be = [0xfe, 0xff];
    for (const unit of text) {
      const code = unit.charCodeAt(0);
      le.push(code & 0xff, code >> 8);
      be.push(code >> 8, code & 0xff);
    }
    expect(decodeHtml(new Uint8Array(le))).toEqual({ html: text, charset: 'utf-16le' });
    expect(decodeHtml(new Uint8Array(be))).toEqual({ html: text, charset: 'utf-16be' });
  });

  it('decodes EUC-KR declared by <meta charset>', () => {
    const page = bytes('<html><head><meta charset="euc-kr"></head><body><p>', HANGUK_EUC_KR, '</p></body></html>');
    expect(decodeHtml(page)).toEqual({ html: '<html><head><meta charset="euc-kr"></head><body><p>한국</p></body></html>', charset: 'euc-kr' });
  });

  it('decodes EUC-KR declared by http-equiv Content-Type, with any case and quoting', () => {
    const page = bytes('<HEAD><META HTTP-EQUIV=Content-Type CONTENT="text/html; charset=EUC-KR"><title>', HANGUK_EUC_KR, '</title>');
    expect(decodeHtml(page).html).toContain('<title>한국</title>');
    expect(decodeHtml(page).charset).toBe('euc-kr');
  });

  it('reads the CP949 and ks_c_5601-1987 labels Korean pages use as EUC-KR', () => {
    for (const label of ['cp949', 'ks_c_5601-1987']) {
      const page = bytes(`<meta charset="${label}"><p>`, HANGUK_EUC_KR);
      expect(decodeHtml(page)).toEqual({ html: `<meta charset="${label}"><p>한국`, charset: 'euc-kr' });
    }
  });

  it('ignores a content charset when http-equiv is not Content-Type', () => {
    const page = bytes('<meta name="description" content="charset=euc-kr"><p>', E_ACUTE_LATIN1);
    expect(decodeHtml(page)).toEqual({ html: '<meta name="description" content="charset=euc-kr"><p>\uFFFD', charset: 'utf-8' });
  });

  it('skips a declaration inside a comment', () => {
    const page = bytes('<!-- <meta charset="euc-kr"> --><meta charset="iso-8859-1"><p>', E_ACUTE_LATIN1);
    expect(decodeHtml(page)).toEqual({ html: '<!-- <meta charset="euc-kr"> --><meta charset="iso-8859-1"><p>é', charset: 'windows-1252' });
  });

  it('falls back to UTF-8 with replacement characters when the label is unknown', () => {
    const page = bytes('<meta charset="no-such-charset"><p>', E_ACUTE_LATIN1);
    expect(decodeHtml(page)).toEqual({ html: '<meta charset="no-such-charset"><p>\uFFFD', charset: 'utf-8' });
  });

  it('reads UTF-8 when nothing is declared', () => {
    expect(decodeHtml(new TextEncoder().encode('<p>Grüße, 한국</p>'))).toEqual({ html: '<p>Grüße, 한국</p>', charset: 'utf-8' });
    // C7 is a lead byte without its continuation; D1 B1 happens to be valid UTF-8 (ѱ).
    expect(decodeHtml(bytes('<p>', HANGUK_EUC_KR)).html).toBe('<p>\uFFFDѱ\uFFFD');
  });

  it('treats a declared UTF-16 without a BOM as UTF-8, as browsers do', () => {
    expect(decodeHtml(new TextEncoder().encode('<meta charset="utf-16"><p>é')).charset).toBe('utf-8');
  });

  it('still finds a <meta> after 1024 bytes of head, but not one in the body', () => {
    const script = `<script>${'x'.repeat(3000)}</script>`;
    expect(decodeHtml(bytes(`<head>${script}<meta charset="euc-kr"><p>`, HANGUK_EUC_KR)).charset).toBe('euc-kr');
    expect(decodeHtml(bytes('<head></head><body><meta charset="euc-kr"><p>', HANGUK_EUC_KR)).charset).toBe('utf-8');
  });

  it('uses an XML declaration when no <meta> declares a charset', () => {
    expect(decodeHtml(bytes('<?xml version="1.0" encoding="ISO-8859-1"?><html><p>', E_ACUTE_LATIN1)).html).toMatch(/<p>é$/);
  });
});

describe('charsetInContentType', () => {
  it('reads quoted, unquoted and spaced values', () => {
    expect(charsetInContentType('text/html; charset=euc-kr')).toBe('euc-kr');
    expect(charsetInContentType("text/html;charset='utf-8'")).toBe('utf-8');
    expect(charsetInContentType('text/html; CHARSET = "windows-1250" ; x')).toBe('windows-1250');
    expect(charsetInContentType('text/html')).toBeUndefined();
  });
});
