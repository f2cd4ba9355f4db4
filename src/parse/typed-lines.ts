/** A post's text typed with its own line breaks, which the site's stylesheet shows as typed. */
import type { Element } from 'domhandler';

/** Text typed with an empty line between paragraphs ("…정리해 봄.\n\n1. 베이스 모델\n…"). */
const TYPED_PARAGRAPH = /\S[ \t]*\r?\n[ \t]*\r?\n[ \t]*\S/;
/** A typed list line ("\n- 항목: …", "\n• …"): source formatting never starts a line with a bullet. */
const TYPED_BULLET = /\n[ \t]*[-•▶][ \t]+\S/g;

/**
 * A paragraph or text box whose own text was typed with its line breaks (a community or social post
 * shown with pre-wrap by the site's stylesheet): paragraphs split by an empty line, or two or more
 * bulleted lines. Its lines are then read as the page shows them.
 */
export function holdsTypedLines(el: Element): boolean {
  if (el.name !== 'p' && el.name !== 'div') return false;
  for (const c of el.children) {
    if (c.type !== 'text') continue;
    const data = (c as unknown as { data: string }).data;
    if (!data.includes('\n')) continue;
    if (TYPED_PARAGRAPH.test(data) || (data.match(TYPED_BULLET)?.length ?? 0) >= 2) return true;
  }
  return false;
}
