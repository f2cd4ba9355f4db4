/**
 * Makers in a ranking's rows written as lines: "1위 솔빛-30B (한빛랩스) 81.2", "- 3위 M (X) 점수 비공개", "2. M (X): 77.0".
 * A row opens on a rank (or an item mark), names one model, then one name in parentheses, then a score, a note or
 * nothing: the name in parentheses is the model's maker (a board lists "모델 (개발사)"), a company whatever its form.
 */
import { normalizeName } from '../../graph/index.js';
import type { Mention } from '../types.js';
import { discoveredMention, isTaken, type DiscoveryLexicon } from './discover-common.js';
import { GENERIC_COMPANY_STEMS, GENERIC_STEMS, NOT_COMPANY } from './company-words.js';
import { isKoreanName } from './person-names.js';

/** A row's opening: a rank ("1위", "공동 3위"), or a numbered or bulleted item mark, then the model. */
const RANK_OPENING = /^\s*(?:[-•·*▪]\s?)?(?:(?:공동\s?)?\d{1,3}\s?(?:위|등)[.:)]?|\d{1,2}[.)])\s/;
/** " (X)" right after the model, then a score, a note on the score, a colon, or the row's end. */
const MAKER_PAREN = /^\s?\(([가-힣][가-힣A-Za-z0-9]{1,11}|[A-Z][A-Za-z0-9&.\-]{1,15}(?:\s[A-Z][A-Za-z0-9&.]{1,12})?)\)(?=\s?[:：]?\s?(?:\d{1,3}(?:\.\d{1,3})?\s?(?:점|%)?(?:\s|$|[,)])|점수|순위|비공개|미공개|-|–|$))/;

/** The maker named in parentheses after the model of a ranking's row, when the text is such a row. */
export function discoverRankedMakers(text: string, taken: Mention[], lx: DiscoveryLexicon): Mention[] {
  const opening = RANK_OPENING.exec(text);
  if (!opening || text.length > 160) return [];
  const model = taken.filter((m) => m.type === 'Model' && m.start >= opening[0].length && m.via !== 'blocked').sort((a, b) => a.start - b.start)[0];
  if (!model || /\S/.test(text.slice(opening[0].length, model.start).replace(/['"‘“]/g, ''))) return [];
  const p = MAKER_PAREN.exec(text.slice(model.end, model.end + 40));
  const name = p?.[1];
  if (!p || !name || NOT_COMPANY.has(name) || GENERIC_STEMS.test(name) || GENERIC_COMPANY_STEMS.test(name) || lx.generic.has(normalizeName(name)) || isKoreanName(name)) return [];
  const start = model.end + p[0].indexOf(name);
  if (isTaken(taken, [], start, start + name.length)) return [];
  return [discoveredMention('Company', name, start, start + name.length)];
}
