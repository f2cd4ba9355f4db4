/** Bytes → string: BOM, then a declared charset, then strict UTF-8, then cp949. */
import iconv from 'iconv-lite';
import { InputError } from '../errors/index.js';

/** Charset labels Korean pages use, mapped to what iconv-lite decodes. */
const CHARSET_ALIASES: Record<string, string> = {
  'euc-kr': 'cp949',
  euckr: 'cp949',
  'ks_c_5601-1987': 'cp949',
  'ks_c_5601': 'cp949',
  'ksc5601': 'cp949',
  'x-windows-949': 'cp949',
  'windows-949': 'cp949',
  cp949: 'cp949',
  uhc: 'cp949',
  'utf-8': 'utf8',
  utf8: 'utf8',
  'utf-16le': 'utf16le',
  'utf-16be': 'utf16be',
  'iso-8859-1': 'latin1',
  'latin1': 'latin1',
  'us-ascii': 'utf8',
  'windows-1252': 'win1252',
};

export interface DecodedInput {
  text: string;
  encoding: string;
  bytes: Buffer;
}

/** Finds a charset declared in the first few KB: `<meta charset>` or `http-equiv` content-type. */
export function sniffDeclaredCharset(head: string): string | undefined {
  const m =
    /<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})/i.exec(head) ??
    /<\?xml[^>]{0,100}?encoding\s*=\s*["']([A-Za-z0-9_.:-]{2,40})/i.exec(head);
  const label = m?.[1]?.toLowerCase();
  if (!label) return undefined;
  return CHARSET_ALIASES[label] ?? (iconv.encodingExists(label) ? label : undefined);
}

/** Control bytes other than tab, line feeds and NUL (which is checked on its own). */
const CONTROL_BYTES = /[\x01-\x08\x0e-\x1f\x7f]/g;
const HAS_CONTROL_BYTE = /[\x01-\x08\x0e-\x1f\x7f]/;

/** True when the bytes look like something other than text (NUL bytes or many control bytes). */
function looksBinary(bytes: Buffer, encoding: string): boolean {
  if (encoding.startsWith('utf16')) return false;
  // A latin1 string has one char per byte; string search beats a byte loop over a Buffer here.
  const sample = bytes.toString('latin1', 0, Math.min(bytes.length, 8192));
  if (sample.includes('\0')) return true;
  if (!HAS_CONTROL_BYTE.test(sample)) return false;
  const control = sample.length - sample.replace(CONTROL_BYTES, '').length;
  return control > sample.length * 0.05;
}

/** One strict decoder for every page (decode without `stream` keeps no state between calls). */
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

function decodeStrictUtf8(bytes: Buffer): string | undefined {
  try {
    return STRICT_UTF8.decode(bytes);
  } catch {
    return undefined;
  }
}

/** The encoding chosen for the bytes, with their text when that came from strict UTF-8 decoding. */
function chooseEncoding(bytes: Buffer): { encoding: string; utf8Text?: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf16be' };
  const head = bytes.subarray(0, 16384).toString('latin1');
  const declared = sniffDeclaredCharset(head);
  const utf8Text = decodeStrictUtf8(bytes);
  // Valid UTF-8 decodes to fewer UTF-16 units than bytes exactly when some byte is >= 0x80.
  const highBytes = utf8Text !== undefined && utf8Text.length < bytes.length;
  // Pages re-saved as UTF-8 often keep an old declaration: non-ASCII text that is valid UTF-8 wins.
  if (highBytes && declared !== undefined && !declared.startsWith('utf16')) return { encoding: 'utf8', utf8Text };
  if (declared) return declared === 'utf8' && utf8Text !== undefined ? { encoding: declared, utf8Text } : { encoding: declared };
  return utf8Text !== undefined ? { encoding: 'utf8', utf8Text } : { encoding: 'cp949' };
}

/** Chooses an encoding for the bytes: BOM, declared charset, valid UTF-8, else cp949. */
export function detectEncoding(bytes: Buffer): string {
  return chooseEncoding(bytes).encoding;
}

/**
 * Decodes input bytes to text; rejects empty and binary input.
 * @example decodeInput(Buffer.from('<p>안녕</p>'), 'a.html').text // '<p>안녕</p>'
 */
export function decodeInput(input: Buffer | string, source: string): DecodedInput {
  const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
  if (bytes.length === 0 || (typeof input === 'string' && input.trim() === '')) {
    throw new InputError(source, 'the file is empty');
  }
  const chosen = typeof input === 'string' ? { encoding: 'utf8' } : chooseEncoding(bytes);
  const encoding = chosen.encoding;
  if (looksBinary(bytes, encoding)) {
    throw new InputError(source, 'not a text or HTML file (binary content)');
  }
  let text: string;
  if (typeof input === 'string') text = input;
  else if (encoding === 'utf8') text = chosen.utf8Text ?? decodeStrictUtf8(bytes) ?? iconv.decode(bytes, 'cp949');
  else text = iconv.decode(bytes, encoding);
  text = text.replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new InputError(source, 'the file is empty');
  if (countReplacement(text) > Math.max(8, text.length * 0.1)) {
    throw new InputError(source, 'not a text or HTML file (binary content)');
  }
  return { text, encoding, bytes };
}

function countReplacement(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) n++;
  return n;
}
