/**
 * A research institute that makes a model, introduced as a press release introduces it, with its head in parentheses:
 * "X연구원(원장 홍길동)은 … 언어모델 'Y'를 개발했다", "X연구소(소장 홍길동, 이하 XRI)가 … 공개했다". A state or public
 * research institute that builds and releases models is a model maker like a company's lab (ETRI, KISTI in the gazetteer);
 * an agency that funds or promotes (진흥원, 재단) is none, and neither is an institute the sentence makes nothing by.
 */
import { normalizeName } from '../../graph/index.js';
import type { Mention } from '../types.js';
import { isTaken, type DiscoveryLexicon } from './discover-common.js';
import { companyWithCountry } from './company-countries.js';
import { matchesIn } from './text-scans.js';

/** The institute's name (a word of its own before 연구원/연구소), its head's title and name, then its particle. */
const HEADED_INSTITUTE = /(?<![가-힣A-Za-z0-9·\-])([가-힣A-Za-z][가-힣A-Za-z0-9]{1,12}(?:연구원|연구소))\((?:원장|소장|연구소장|연구원장|원장\s?직무대행|소장\s?직무대행)\s[가-힣]{2,4}(?:,\s?[^()]{1,30})?\)(?:은|는|이|가|과|와)\s/g;
/**
 * A university or institute with its president in parentheses, then its research unit as the subject: "X과학기술원(총장 홍길동)
 * 미르융합연구소는 …", "X대학교(총장 ○○○) Y연구소가 …" (the head's name may be masked). The unit is the institute's lab, one entity with it.
 */
const PRESIDED_UNIT = /(?<![가-힣A-Za-z0-9·\-])([가-힣]{2,10}(?:과학기술원|기술원|대학교))\((?:총장|원장)\s(?:[가-힣]{2,4}|[○◯]{2,3})\)\s([가-힣A-Za-z][가-힣A-Za-z0-9]{1,12}(?:연구소|연구원|연구센터))(?:은|는|이|가)\s/g;
/** What a maker does to a model, later in the sentence: developed, built, released. */
const MAKES = /(?:개발|구축|공개|출시|선보|선봬|내놓|내놨|발표|배포)(?:했|한|하고|하여|해|하며|하는|됐|된)/;

/** Research institutes introduced with their heads in a sentence that says they made or released something. */
export function discoverHeadedInstitutes(text: string, taken: Mention[], found: Mention[], lx: DiscoveryLexicon): Mention[] {
  const out: Mention[] = [];
  for (const m of matchesIn(HEADED_INSTITUTE, text)) {
    const name = m[1]!;
    const start = m.index;
    if (!MAKES.test(text.slice(m.index + m[0].length)) || lx.generic.has(normalizeName(name))) continue;
    if (isTaken(taken, [...found, ...out], start, start + name.length)) continue;
    out.push(companyWithCountry(text, name, start, lx));
  }
  for (const m of matchesIn(PRESIDED_UNIT, text)) {
    const [name, unit] = [m[1]!, m[2]!];
    if (!MAKES.test(text.slice(m.index + m[0].length)) || isTaken(taken, [...found, ...out], m.index, m.index + name.length)) continue;
    const c = companyWithCountry(text, name, m.index, lx);
    c.aliases.push(unit);
    out.push(c);
  }
  return out;
}
