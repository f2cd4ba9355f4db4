/**
 * Reading a rule data file: its JSON lines (blank lines and // comments skipped), each kept with its file and line
 * number, and checking one against its zod schema. Errors are RuleFileError(file, line, problem).
 */
import fs from 'node:fs';
import type { z } from 'zod';
import { RuleFileError } from '../errors/index.js';

export interface Line {
  file: string;
  line: number;
  value: unknown;
}

export function readJsonl(file: string): Line[] {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e: unknown) {
    throw new RuleFileError(file, 0, `cannot read: ${(e as Error).message}`);
  }
  const out: Line[] = [];
  text.split('\n').forEach((raw, i) => {
    const s = raw.trim();
    if (!s || s.startsWith('//')) return;
    try {
      out.push({ file, line: i + 1, value: JSON.parse(s) });
    } catch (e: unknown) {
      throw new RuleFileError(file, i + 1, `not valid JSON: ${(e as Error).message}`);
    }
  });
  return out;
}

export function check<T>(schema: z.ZodType<T>, l: Line): T {
  const r = schema.safeParse(l.value);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    throw new RuleFileError(l.file, l.line, `${issue.path.join('.') || 'row'}: ${issue.message}`);
  }
  return r.data;
}
