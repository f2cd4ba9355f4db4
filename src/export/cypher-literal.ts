/**
 * Cypher literals for a script file, where driver parameters are not available. Every value
 * goes through these functions; nothing else is spliced into a statement.
 */

/** Characters written as \uXXXX: controls, line/paragraph separators, BOM, lone surrogates. */
const NEEDS_UNICODE_ESCAPE = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\uFEFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const NAMED_ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  "'": "\\'",
  '"': '\\"',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
};

/**
 * A single-quoted Cypher string literal whose value is exactly `s`: backslashes and quotes are
 * escaped, line breaks and other controls written as escapes, so the literal can neither end
 * early nor span lines.
 *
 * @example cypherString("'}) DETACH DELETE n //") // → '\'}) DETACH DELETE n //'
 */
export function cypherString(s: string): string {
  const body = s
    .replace(/[\\'"\n\r\t\b\f]/g, (c) => NAMED_ESCAPES[c] ?? c)
    .replace(NEEDS_UNICODE_ESCAPE, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
  return `'${body}'`;
}

/** A Cypher number literal; non-finite numbers have no literal and become null. */
export function cypherNumber(n: number): string {
  if (!Number.isFinite(n)) return 'null';
  if (Number.isSafeInteger(n)) return String(n);
  // Floats (and integers beyond 2^53, which are floats in JS anyway): Cypher has no "e+".
  const s = String(n).replace('e+', 'e');
  return /[.e]/.test(s) ? s : `${s}.0`;
}

export type CypherValue = string | number | boolean | null | undefined | readonly CypherValue[] | { readonly [key: string]: CypherValue };

/** Any JSON-like value as a Cypher literal (lists and maps recursively; undefined → null). */
export function cypherValue(value: CypherValue): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return cypherString(value);
  if (typeof value === 'number') return cypherNumber(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (Array.isArray(value)) return `[${value.map((v: CypherValue) => cypherValue(v)).join(', ')}]`;
  return cypherMap(value as { readonly [key: string]: CypherValue });
}

/** A map literal; entries whose value is undefined are left out. */
export function cypherMap(map: { readonly [key: string]: CypherValue }): string {
  const seen = new Set<string>();
  const entries: string[] = [];
  for (const [k, v] of Object.entries(map)) {
    const key = cypherKey(k);
    if (v === undefined || seen.has(key)) continue; // two keys that reduce alike: the first wins
    seen.add(key);
    entries.push(`${key}: ${cypherValue(v)}`);
  }
  return `{${entries.join(', ')}}`;
}

/**
 * A map key / property name. Plain identifiers are written as they are; anything else is
 * reduced to one (characters outside [A-Za-z0-9_] become '_'), so no quoting rule (and no
 * backtick escape) is ever relied on.
 */
export function cypherKey(key: string): string {
  const safe = key.replace(/[^A-Za-z0-9_]/g, '_');
  return /^[A-Za-z_]/.test(safe) ? safe : `_${safe}`;
}
