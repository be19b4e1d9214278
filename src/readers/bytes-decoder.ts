/**
 * Bytes to text, or the reason there is none: EMPTY (nothing but white space), BINARY (NUL bytes
 * or mostly control characters), BAD_ENCODING (not valid UTF-8, nor the charset the file declares).
 * UTF-8 is the norm; a UTF-16 byte-order mark and a declared HTML/XML charset are honoured.
 *
 * @example decodeBytes(Buffer.from('Talks resumed.'), 'a.txt') // => { ok: true, text: 'Talks resumed.' }
 */
import type { ErrorCode } from '../errors.js';

export type Decoded =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly code: ErrorCode; readonly message: string };

/** Bytes inspected for the binary test; enough to see a file's nature without reading it all. */
const SNIFF_BYTES = 64 * 1024;
/** Share of control bytes above which a file is taken for binary. */
const CONTROL_SHARE = 0.1;

function isControl(byte: number): boolean {
  // Tab, line feed, vertical tab, form feed, carriage return and escape occur in real text.
  return (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0b && byte !== 0x0c && byte !== 0x0d && byte !== 0x1b) || byte === 0x7f;
}

/** True when the first bytes hold a NUL or are mostly control characters. */
export function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < end; i++) {
    const byte = bytes[i]!;
    if (byte === 0) return true;
    if (isControl(byte)) control++;
  }
  return end > 0 && control / end > CONTROL_SHARE;
}

function utf16Label(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

const CHARSET_LABEL = /["']?([a-z0-9_:.-]{1,40})/y;

/** The label after `key=` (quoted or not) in the first 4 KB, or null. */
function labelAfter(head: string, key: string): string | null {
  const at = head.indexOf(key);
  if (at === -1) return null;
  CHARSET_LABEL.lastIndex = at + key.length;
  return CHARSET_LABEL.exec(head)?.[1] ?? null;
}

/**
 * The charset an HTML page (`<meta charset>`, `http-equiv` content) or XML file (`encoding=` in
 * its declaration) declares in its first 4 KB, lower-cased, or null.
 */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1').toLowerCase();
  if (head.includes('<meta')) return labelAfter(head, 'charset=');
  return head.startsWith('<?xml') ? labelAfter(head.slice(0, head.indexOf('?>') + 1 || undefined), 'encoding=') : null;
}

function tryDecode(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function decodedText(text: string, label: string): Decoded {
  if (text.trim() === '') return { ok: false, code: 'EMPTY', message: `${label} has no text (it is empty or white space only).` };
  return { ok: true, text };
}

/** Decodes `bytes` as text; `label` names the input in messages. Never throws. */
export function decodeBytes(bytes: Uint8Array, label: string): Decoded {
  if (bytes.length === 0) return { ok: false, code: 'EMPTY', message: `${label} is empty; there is nothing to read.` };
  const utf16 = utf16Label(bytes);
  if (utf16) {
    const text = tryDecode(utf16, bytes);
    if (text !== null) return decodedText(text, label);
  }
  if (looksBinary(bytes)) {
    return { ok: false, code: 'BINARY', message: `${label} looks like a binary file (NUL or control bytes), not text; give dateline text, HTML, JSONL or a feed.` };
  }
  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== null) return decodedText(utf8, label);
  const charset = declaredCharset(bytes);
  if (charset && charset !== 'utf-8' && charset !== 'utf8') {
    const text = tryDecode(charset, bytes);
    if (text !== null) return decodedText(text, label);
  }
  return { ok: false, code: 'BAD_ENCODING', message: `${label} is not valid UTF-8; convert it first (for example: iconv -f latin1 -t utf-8).` };
}
