/**
 * Reads a JSON object whose members are arrays of records (a graph file) one record at a time,
 * straight from the file's bytes: each record is parsed on its own, so the whole text and the
 * whole parsed document never sit in memory at once. Only the shape of a graph file is handled
 * (an object of scalars and arrays of JSON values); anything else is a NotRecords error, and the
 * caller reads the file the ordinary way.
 */
export class NotRecords extends Error {}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;

export type Member = { key: string; value: unknown } | { key: string; array: true } | { key: string; record: unknown };

/**
 * The top-level members in file order: a scalar member as { key, value }, an array member as
 * { key, array: true } and then one { key, record } per element.
 */
export function* readRecords(buf: Buffer): Generator<Member> {
  let i = skipSpace(buf, 0);
  if (buf[i] !== OPEN_OBJECT) throw new NotRecords('not an object');
  i = skipSpace(buf, i + 1);
  if (buf[i] === CLOSE_OBJECT) return endOfText(buf, i + 1);
  for (;;) {
    if (buf[i] !== QUOTE) throw new NotRecords('expected a key');
    const keyEnd = stringEnd(buf, i);
    const key = JSON.parse(buf.toString('utf8', i, keyEnd)) as string;
    i = skipSpace(buf, keyEnd);
    if (buf[i] !== COLON) throw new NotRecords('expected a colon');
    i = skipSpace(buf, i + 1);
    if (buf[i] === OPEN_ARRAY) {
      yield { key, array: true };
      i = skipSpace(buf, i + 1);
      if (buf[i] === CLOSE_ARRAY) i++;
      else {
        for (;;) {
          const end = valueEnd(buf, i);
          yield { key, record: JSON.parse(buf.toString('utf8', i, end)) };
          i = skipSpace(buf, end);
          if (buf[i] === COMMA) i = skipSpace(buf, i + 1);
          else if (buf[i] === CLOSE_ARRAY) break;
          else throw new NotRecords('expected , or ] in an array');
        }
        i++;
      }
    } else {
      const end = valueEnd(buf, i);
      yield { key, value: JSON.parse(buf.toString('utf8', i, end)) };
      i = end;
    }
    i = skipSpace(buf, i);
    if (buf[i] === COMMA) i = skipSpace(buf, i + 1);
    else if (buf[i] === CLOSE_OBJECT) return endOfText(buf, i + 1);
    else throw new NotRecords('expected , or }');
  }
}

function endOfText(buf: Buffer, i: number): void {
  if (skipSpace(buf, i) !== buf.length) throw new NotRecords('text after the object');
}

function skipSpace(buf: Buffer, i: number): number {
  while (i < buf.length) {
    const c = buf[i];
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) break;
    i++;
  }
  return i;
}

/** Index after the closing quote of the string starting at `i`. */
function stringEnd(buf: Buffer, i: number): number {
  for (let j = i + 1; j < buf.length; j++) {
    const c = buf[j];
    if (c === BACKSLASH) j++;
    else if (c === QUOTE) return j + 1;
  }
  throw new NotRecords('unterminated string');
}

/** Index after the value starting at `i` (an object, array, string or scalar); JSON.parse checks it. */
function valueEnd(buf: Buffer, i: number): number {
  const first = buf[i];
  if (first === QUOTE) return stringEnd(buf, i);
  if (first !== OPEN_OBJECT && first !== OPEN_ARRAY) {
    let j = i;
    while (j < buf.length && buf[j] !== COMMA && buf[j] !== CLOSE_OBJECT && buf[j] !== CLOSE_ARRAY) j++;
    if (j === i) throw new NotRecords('expected a value');
    return j;
  }
  let depth = 0;
  for (let j = i; j < buf.length; j++) {
    const c = buf[j];
    if (c === QUOTE) j = stringEnd(buf, j) - 1;
    else if (c === OPEN_OBJECT || c === OPEN_ARRAY) depth++;
    else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
      depth--;
      if (depth === 0) return j + 1;
    }
  }
  throw new NotRecords('unterminated value');
}
