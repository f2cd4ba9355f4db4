/** Pours a fixture story into a platform skeleton (see platforms.test.ts). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../../..');

export interface Story {
  file: string;
  title: string;
  site: string;
  /** 'YYYY-MM-DD' and 'HH:MM' (Korean time). */
  date: string;
  time: string;
  paragraphs: string[];
  caption: string;
}

/** A fixture's plain text: headline, "site | date time", paragraphs, one "[사진]" caption, byline and copyright lines. */
export function readStory(file: string): Story {
  const lines = readFileSync(join(ROOT, 'test/fixtures/articles', file), 'utf8').split(/\n/).map((l) => l.trim()).filter((l) => l !== '');
  const [title, stamp, ...rest] = lines as [string, string, ...string[]];
  const m = /^(.+?) \| (\d{4})\.(\d{2})\.(\d{2}) (\d{2}:\d{2})$/.exec(stamp);
  if (!m) throw new Error(`${file}: no "site | date" line`);
  const caption = rest.find((l) => l.startsWith('[사진]'))?.replace(/^\[사진\]\s*/, '') ?? '';
  const paragraphs = rest.filter((l) => !l.startsWith('[사진]') && !l.startsWith('ⓒ') && !l.includes('@'));
  return { file, title, site: m[1]!, date: `${m[2]}-${m[3]}-${m[4]}`, time: m[5]!, paragraphs, caption };
}

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** A JSON value as a script carries it ("<" escaped, as Next.js and Arc write it). */
const scriptJson = (v: unknown): string => JSON.stringify(v).replace(/</g, '\\u003c');
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Fills a skeleton: {{title}} {{site}} {{date}} {{dotdate}} {{time}} {{iso}} {{compact}} {{y}} {{y2}} {{mm}} {{dd}} {{m}} {{d}} {{mon}} {{month}}
 * {{caption}}; {{lead:PATTERN}} and {{rest:PATTERN}} write the first and the other paragraphs in the
 * platform's markup ($ is the text); {{json:html}} is the body as a JSON string of HTML, {{json:arc}}
 * as an array of Arc content elements, {{json:title}} the headline as a JSON string.
 */
export function pour(skeleton: string, s: Story): string {
  const [y, mo, d] = s.date.split('-') as [string, string, string];
  const html = [`<p>${escapeHtml(s.paragraphs[0]!)}</p>`, `<figure><img src="a.jpg"><figcaption>${escapeHtml(s.caption)}</figcaption></figure>`, ...s.paragraphs.slice(1).map((p) => `<p>${escapeHtml(p)}</p>`)].join('');
  const arc = [{ type: 'text', content: s.paragraphs[0] }, { type: 'image', caption: s.caption }, ...s.paragraphs.slice(1).map((p) => ({ type: 'text', content: p }))];
  const values: Record<string, string> = {
    title: escapeHtml(s.title), site: escapeHtml(s.site), date: s.date, dotdate: s.date.replace(/-/g, '.'), time: s.time,
    iso: `${s.date}T${s.time}:00+09:00`, compact: `${y}${mo}${d}${s.time.replace(':', '')}00`, y, y2: y.slice(2), mm: mo, dd: d, m: String(Number(mo)), d: String(Number(d)),
    mon: MONTHS[Number(mo) - 1]!.slice(0, 3), month: MONTHS[Number(mo) - 1]!, caption: escapeHtml(s.caption), 'json:html': scriptJson(html), 'json:arc': scriptJson(arc), 'json:title': scriptJson(s.title),
  };
  return skeleton
    .replace(/\{\{(lead|rest):([^\n]*?)\}\}/g, (_, which: string, pattern: string) =>
      (which === 'lead' ? s.paragraphs.slice(0, 1) : s.paragraphs.slice(1)).map((p) => pattern.replace(/\$/g, escapeHtml(p))).join('\n'))
    .replace(/\{\{([a-z0-9:]+)\}\}/g, (all, key: string) => values[key] ?? all);
}

