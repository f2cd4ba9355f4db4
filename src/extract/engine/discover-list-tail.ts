/**
 * The last item of a list of companies, described by a relative clause before its name ("…을 개발한 A, 결함 탐지
 * 모델을 만드는 B 등이 이름을 올렸다"): after a known company and a comma, a clause ending in a modifier, then a name
 * closed by "등": B is listed with A, so it is a company too.
 */
import { normalizeName } from '../../graph/index.js';
import type { Mention } from '../types.js';
import { discoveredMention, isTaken, type DiscoveryLexicon } from './discover-common.js';
import { GENERIC_COMPANY_STEMS, GENERIC_STEMS, NOT_COMPANY } from './company-words.js';
import { matchesIn } from './text-scans.js';

/** ", …을 만드는 B 등이": a clause of up to six words, its last a modifier (…는, …한), then the name and 등 with a particle. */
const DESCRIBED_TAIL = /,\s(?:[^\s,.'"‘’“”()]{1,12}\s){1,6}?[가-힣]{1,6}(?:하는|드는|는|한|된)\s([가-힣][가-힣A-Za-z0-9]{1,9})\s등(?:이|을|은|도|의|과|와)?\s/g;

/**
 * ", B 두 곳이", "와 B 등 3개사가": after a known company, a comma or 와/과, a name, then a count of firms the names add up to
 * ("A, B 두 곳이 참여사로", "A와 B 2개사가 합류"): B is one of the firms counted, a company too.
 */
const COUNTED_TAIL = /^(?:,\s?|(?:와|과)\s)([가-힣][가-힣A-Za-z0-9]{1,9}|[A-Z][A-Za-z0-9]{1,15})\s(?:등\s)?(?:두|세|네|다섯|[2-9])\s?(?:곳|개사|개\s?(?:기업|업체|회사|社))(?:이|가|은|는|을|를|도|과|와|의|에|으로|로|만)?(?![가-힣])/;

/** "A, B, 이렇게 세 곳이", "A, 모두 두 곳": a word that sums the list up, no name in it. */
const TALLY_WORD = /^(?:이렇게|그렇게|저렇게|요렇게|모두|총|전부|다|각|각각|합쳐|합해|포함해|포함하면|이상|이들|그|이)$/;

/** Names a list closes with after a known company: each described by its own clause, or counted with it ("A, B 두 곳"). */
export function discoverListTail(text: string, taken: Mention[], lx: DiscoveryLexicon): Mention[] {
  const out: Mention[] = [];
  if (/곳|개사|개\s?(?:기업|업체|회사|社)/.test(text)) {
    for (const c of taken) {
      const m = c.type === 'Company' && c.via !== 'reference' && c.via !== 'blocked' ? COUNTED_TAIL.exec(text.slice(c.end, c.end + 40)) : null;
      if (!m) continue;
      const name = m[1]!;
      const start = c.end + m[0].indexOf(name, 1);
      if (NOT_COMPANY.has(name) || GENERIC_COMPANY_STEMS.test(name) || GENERIC_STEMS.test(name) || lx.generic.has(normalizeName(name)) || /(?:들|기업|업체|회사|기관|분야|제품|서비스|모델|사업)$/.test(name) || TALLY_WORD.test(name)) continue;
      if (!isTaken(taken, out, start, start + name.length)) out.push(discoveredMention('Company', name, start, start + name.length));
    }
  }
  if (!text.includes(' 등')) return out;
  for (const m of matchesIn(DESCRIBED_TAIL, text)) {
    // (the item before the comma is a company the sentence names)
    if (!taken.some((x) => x.type === 'Company' && x.end === m.index && x.via !== 'reference')) continue;
    const name = m[1]!;
    const start = m.index + m[0].lastIndexOf(`${name} 등`);
    if (NOT_COMPANY.has(name) || GENERIC_COMPANY_STEMS.test(name) || GENERIC_STEMS.test(name) || lx.generic.has(normalizeName(name))) continue;
    if (/(?:들|기업|업체|회사|기관|분야|제품|서비스|모델|사업)$/.test(name) || isTaken(taken, out, start, start + name.length)) continue;
    out.push(discoveredMention('Company', name, start, start + name.length));
  }
  return out;
}
