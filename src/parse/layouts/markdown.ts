/**
 * Markdown exports of articles (a CMS's "export as .md", a static-site post): YAML front matter with
 * the title and date, '#' headings, '>' quotes, '- ' items, '**bold**', images, links and pipe tables
 * with a '|---|' rule. They are rewritten as the plain text the text layout reads: title line, date
 * line, paragraphs, one row per table line.
 */
import { isWidgetHeading } from '../chrome.js';
import { TABLE_RULE } from '../text.js';

export interface MarkdownText {
  text: string;
  publishedAt?: string;
  author?: string;
}

const FENCE = /^\s*---\s*$/;
const FIELD = /^([A-Za-z_][\w-]{0,30})\s*:\s*(.*)$/;
const HEADING = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/;

const unquote = (v: string): string => v.trim().replace(/^(["'])(.*)\1$/, '$2');

/** The front matter's fields and the line after it, or undefined when the text opens with none. */
function readFrontMatter(lines: string[]): { fields: Map<string, string>; next: number } | undefined {
  let i = 0;
  while (i < lines.length && (lines[i] ?? '').trim() === '') i++;
  if (!FENCE.test(lines[i] ?? '')) return undefined;
  const fields = new Map<string, string>();
  for (let k = i + 1; k < Math.min(lines.length, i + 60); k++) {
    const line = lines[k] ?? '';
    if (FENCE.test(line)) return fields.size > 0 ? { fields, next: k + 1 } : undefined;
    const m = FIELD.exec(line);
    if (m) fields.set(m[1]!.toLowerCase(), unquote(m[2] ?? ''));
    else if (!/^\s+\S|^\s*-\s|^\s*$/.test(line)) return undefined;
  }
  return undefined;
}

/** Bold marks ("**X**", "__X__") go, their text stays: a chat message or a post written in Markdown without being a Markdown file. */
export function withoutBoldMarks(line: string): string {
  return line.includes('**') || line.includes('__') ? line.replace(/(\*\*|__)(?=\S)(.{1,300}?)(?<=\S)\1/g, '$2') : line;
}

/** An inline code span ("`raon-3-mini`", not a "```" fence): its text stays, the backticks go, as a page renders it. */
const CODE_SPAN = /(?<!`)`([^`\n]{1,80})`(?!`)/g;

/** A footnote reference glued to the text it notes ("65.6[^1]", "정정[^note]"), not a footnote's own line ("[^1]: …"). */
const FOOTNOTE_REF = /(?<=\S)\[\^[\w-]{1,20}\](?!:)/g;

/** Inline marks: images go, links keep their text, code spans, emphasis marks and footnote references go. */
function inline(line: string): string {
  if (line.includes('`')) line = line.replace(CODE_SPAN, '$1');
  if (line.includes('[^')) line = line.replace(FOOTNOTE_REF, '');
  return withoutBoldMarks(line.replace(/!\[[^\]]{0,300}\]\([^)]{0,500}\)/g, '').replace(/\[([^\]]{1,300})\]\([^)]{0,500}\)/g, '$1'));
}

/** True when the text looks like Markdown: front matter, or two '#' headings, or a table rule. */
function looksLikeMarkdown(lines: string[], front: boolean): boolean {
  if (front) return true;
  let headings = 0;
  for (const l of lines) {
    if (TABLE_RULE.test(l)) return true;
    if (/^#{1,6}\s+\S/.test(l)) headings++;
  }
  return headings >= 2;
}

/** A list item's line and its text. */
const LIST_ITEM = /^\s*(?:[-*+]|\d{1,2}[.)])\s+(.*)$/;

/** Rewrites a Markdown article as plain text, or undefined when the text is not Markdown. */
export function readMarkdown(text: string): MarkdownText | undefined {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const front = readFrontMatter(lines);
  if (!looksLikeMarkdown(lines, front !== undefined)) return undefined;
  const out: string[] = [];
  const title = front?.fields.get('title');
  if (title) out.push(title, '');
  const date = front?.fields.get('date') ?? front?.fields.get('published') ?? front?.fields.get('pubdate');
  if (date) out.push(date.slice(0, 10), '');
  // (the post's description or summary is its author's standfirst, read as the story's lead paragraph)
  const lead = front?.fields.get('description') ?? front?.fields.get('summary') ?? front?.fields.get('subtitle');
  if (lead && lead.trim() !== title?.trim()) out.push(lead, '');
  // (a widget's heading, "### 지난 호 다시 보기", and the list of links under it are no part of the story)
  let inWidget = false;
  for (let k = front?.next ?? 0; k < lines.length; k++) {
    const raw = lines[k] ?? '';
    if (TABLE_RULE.test(raw)) continue;
    const heading = HEADING.exec(raw);
    if (inWidget && !heading && (raw.trim() === '' || LIST_ITEM.test(raw))) continue;
    inWidget = false;
    if (heading) {
      const h = inline(heading[1] ?? '');
      if (isWidgetHeading(h)) {
        inWidget = true;
        continue;
      }
      // the '# ' headline repeats the front matter's title
      if (!(title && h.trim() === title.trim())) out.push('', h, '');
      continue;
    }
    const item = LIST_ITEM.exec(raw);
    const line = inline(item ? (item[1] ?? '') : raw.replace(/^\s{0,3}>\s?/, ''));
    if (raw.trim() !== '' && line.trim() === '') continue; // an image line
    // a list item is a paragraph of its own
    if (item) out.push('', line, '');
    else out.push(line);
  }
  const author = front?.fields.get('author');
  return { text: out.join('\n'), ...(date ? { publishedAt: date } : {}), ...(author ? { author } : {}) };
}
