import { InputError } from '../errors/index.js';

/** Page cursors, the same for every store: base64 of "offset:N" (N the offset of the last row). */
export function encodeCursor(offset: number): string {
  return Buffer.from(`offset:${offset}`, 'utf8').toString('base64');
}

export function decodeCursor(cursor: string): number {
  const text = Buffer.from(cursor, 'base64').toString('utf8');
  const m = /^offset:(\d+)$/.exec(text);
  if (!m) throw new InputError('after', `"${cursor}" is not a cursor from this API`);
  return Number(m[1]);
}
