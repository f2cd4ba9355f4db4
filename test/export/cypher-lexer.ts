/**
 * A reference reader for Cypher single-quoted string literals (Cypher manual, "String literals":
 * \t \b \n \r \f \' \" \\ \uXXXX \UXXXXXXXX), used to check the exporter's literals independently
 * of the code that writes them.
 */
export interface ReadLiteral {
  value: string;
  /** Index just past the closing quote. */
  end: number;
}

const SIMPLE: Record<string, string> = { t: '\t', b: '\b', n: '\n', r: '\r', f: '\f', "'": "'", '"': '"', '\\': '\\' };

/** Reads the literal opening at `start` (which must be a single quote). Throws on bad escapes or no closing quote. */
export function readCypherString(text: string, start = 0): ReadLiteral {
  if (text[start] !== "'") throw new Error(`no literal at ${start}`);
  let value = '';
  for (let i = start + 1; i < text.length; i++) {
    const c = text[i]!;
    if (c === "'") return { value, end: i + 1 };
    if (c !== '\\') {
      value += c;
      continue;
    }
    const e = text[++i];
    if (e === undefined) break;
    if (e in SIMPLE) value += SIMPLE[e];
    else if (e === 'u' && /^[0-9A-Fa-f]{4}$/.test(text.slice(i + 1, i + 5))) {
      value += String.fromCharCode(parseInt(text.slice(i + 1, i + 5), 16));
      i += 4;
    } else throw new Error(`bad escape \\${e} at ${i}`);
  }
  throw new Error(`literal opened at ${start} is not closed`);
}

/**
 * A statement with every string literal replaced by '…': what the statement does, whatever
 * the data says. Double-quoted strings are not used by the exporter and are refused.
 */
export function skeletonOf(statement: string): string {
  let out = '';
  for (let i = 0; i < statement.length; ) {
    const c = statement[i]!;
    if (c === "'") {
      const lit = readCypherString(statement, i);
      out += "'…'";
      i = lit.end;
    } else if (c === '"' || c === '`') {
      throw new Error(`unexpected ${c} outside a literal at ${i}`);
    } else {
      out += c;
      i++;
    }
  }
  return out;
}
