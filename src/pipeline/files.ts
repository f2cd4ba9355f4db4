/** Input files: folders expanded to their articles (.html, .htm, .xhtml, .shtml, .txt, .md, .markdown, and RSS/Atom feeds saved as .xml, .rss, .atom), sorted. */
import fs from 'node:fs';
import path from 'node:path';

export const ARTICLE_EXT = /\.(?:x?html?|shtml|txt|md|markdown|xml|rss|atom)$/i;

export interface ExpandedInputs {
  files: string[];
  /** Paths that do not exist or cannot be read. */
  missing: { file: string; message: string }[];
}

function walk(dir: string, out: string[]): void {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.name.startsWith('.')) continue;
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(p, out);
    else if (ARTICLE_EXT.test(entry.name)) out.push(p);
  }
}

/** Expands folders into article files; plain file arguments are kept whatever their extension. */
export function expandInputs(paths: string[]): ExpandedInputs {
  const files: string[] = [];
  const missing: ExpandedInputs['missing'] = [];
  for (const p of paths) {
    let st: fs.Stats;
    try {
      st = fs.statSync(p);
    } catch {
      missing.push({ file: p, message: `${p}: no such file or folder` });
      continue;
    }
    if (st.isDirectory()) walk(p, files);
    else files.push(p);
  }
  return { files: [...new Set(files)], missing };
}
