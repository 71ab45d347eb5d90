// Turns a saved page's bytes into text the way a browser would: a byte order mark first, then
// the charset the page declares in its <head> (<meta charset>, <meta http-equiv>), then
// UTF-8. Korean portals still serve EUC-KR; reading them as UTF-8 would give mojibake that no
// later step can repair. Follows the WHATWG HTML "prescan a byte stream to determine its
// encoding" algorithm, simplified where real pages don't care.

export interface DecodedHtml {
  html: string;
  /** The WHATWG name of the encoding used: "utf-8", "euc-kr", "windows-1252", … */
  charset: string;
}

/** The spec prescans 1024 bytes; browsers honour a late <meta> in the head too, so look a little further. */
const PRESCAN_BYTES = 16 * 1024;

/**
 * Labels pages use that the WHATWG Encoding Standard (and so TextDecoder) doesn't know, mapped
 * to the encoding they mean. CP949 is Microsoft's superset of EUC-KR, which the standard's
 * "euc-kr" decoder already is.
 */
const EXTRA_LABELS: Record<string, string> = { cp949: 'euc-kr', ms949: 'euc-kr', 'x-windows-949': 'euc-kr', uhc: 'euc-kr' };

export function decodeHtml(bytes: Uint8Array): DecodedHtml {
  const encoding = encodingFromBom(bytes) ?? prescanForCharset(bytes) ?? 'utf-8';
  // TextDecoder drops a BOM that matches its encoding and replaces undecodable bytes with U+FFFD.
  const decoder = new TextDecoder(encoding);
  return { html: decoder.decode(bytes), charset: decoder.encoding };
}

function encodingFromBom(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return undefined;
}

/** The WHATWG encoding a charset label names, or undefined when no decoder knows it. */
export function encodingForLabel(label: string): string | undefined {
  const trimmed = label.trim().toLowerCase();
  const name = EXTRA_LABELS[trimmed] ?? trimmed;
  try {
    const encoding = new TextDecoder(name).encoding;
    // A page that says UTF-16 in ASCII bytes is not UTF-16 (spec: treat as UTF-8).
    return encoding.startsWith('utf-16') ? 'utf-8' : encoding;
  } catch {
    return undefined;
  }
}

/**
 * Walks the start of the page tag by tag (ASCII-compatible bytes only matter here) and returns
 * the encoding of the first <meta> that declares a known one. An `<?xml … encoding="…"?>` at the
 * very start counts only when no <meta> declares anything.
 */
function prescanForCharset(bytes: Uint8Array): string | undefined {
  const head = latin1(bytes.subarray(0, PRESCAN_BYTES));
  let at = 0;
  while (at < head.length) {
    const open = head.indexOf('<', at);
    if (open < 0) break;
    if (head.startsWith('<!--', open)) {
      const close = head.indexOf('-->', open + 4);
      at = close < 0 ? head.length : close + 3;
      continue;
    }
    const tag = /^<(\/?)([a-zA-Z][^\s/>]*)/.exec(head.slice(open, open + 64));
    if (!tag) {
      // <!DOCTYPE>, <?xml?>, a stray "<": skip to the end of it.
      const close = head.indexOf('>', open + 1);
      at = close < 0 ? head.length : close + 1;
      continue;
    }
    const name = tag[2].toLowerCase();
    if (!tag[1] && name === 'body') break;
    const { attributes, end } = readAttributes(head, open + tag[0].length);
    at = end;
    if (!tag[1] && name === 'meta') {
      const encoding = charsetOfMeta(attributes);
      if (encoding) return encoding;
    }
  }
  const xmlDeclaration = /^<\?xml[^>]*?\bencoding\s*=\s*["']([^"']+)["']/.exec(head);
  return xmlDeclaration ? encodingForLabel(xmlDeclaration[1]) : undefined;
}

/** The spec's meta rule: `charset`, or `content` when `http-equiv` says Content-Type. */
function charsetOfMeta(attributes: Map<string, string>): string | undefined {
  const charset = attributes.get('charset');
  if (charset !== undefined) return encodingForLabel(charset);
  if (attributes.get('http-equiv')?.trim().toLowerCase() !== 'content-type') return undefined;
  const fromContent = charsetInContentType(attributes.get('content') ?? '');
  return fromContent ? encodingForLabel(fromContent) : undefined;
}

/** "text/html; charset=euc-kr" → "euc-kr" (the spec's "extract a character encoding from a meta element"). */
export function charsetInContentType(content: string): string | undefined {
  const match = /charset\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s;"']+))/i.exec(content);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

/** Attributes of the tag whose name ends at `from`, first occurrence of each name winning, and where the tag ends. */
function readAttributes(text: string, from: number): { attributes: Map<string, string>; end: number } {
  const attributes = new Map<string, string>();
  const attribute = /[\s/]*(?:(>)|([^\s/>=][^\s/>=]*)(?:\s*=\s*(?:"([^"]*)"?|'([^']*)'?|([^\s>]*)))?)/y;
  attribute.lastIndex = from;
  for (let match = attribute.exec(text); match; match = attribute.exec(text)) {
    if (match[1]) return { attributes, end: attribute.lastIndex };
    const name = match[2].toLowerCase();
    if (!attributes.has(name)) attributes.set(name, match[3] ?? match[4] ?? match[5] ?? '');
  }
  return { attributes, end: text.length };
}

/** Bytes as one char each, so ASCII markup can be searched without knowing the encoding. */
function latin1(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192) text += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return text;
}
