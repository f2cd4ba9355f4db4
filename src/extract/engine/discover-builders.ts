/**
 * Companies named by what they build: "X가 자체 개발한 … 모델", "X이 독자 개발한". A subject that
 * builds something itself is an organisation; generic subjects ("회사가", "연구진이", "저희가", and
 * their plurals: "기업들이") are not names. And companies a competition team entered under: "X의 '팀 Y'".
 */
import { normalizeName } from '../../graph/index.js';
import type { Mention } from '../types.js';
import { discoveredMention, isTaken, type DiscoveryLexicon } from './discover.js';
import { GENERIC_STEMS, NOT_COMPANY, NOT_NAMING_SUBJECTS } from './company-words.js';

const SELF_BUILT = /(?<![가-힣A-Za-z0-9·\-])([가-힣]{2,8}|[A-Z][A-Za-z0-9]{1,15})(?:이|가|는|은)\s(?:자체|독자|직접|독자적으로|자체적으로)\s?(?:개발|구축|설계)(?:한|했|해|하)/g;
const NOT_BUILDER = new RegExp(`^(?:${NOT_NAMING_SUBJECTS}|본체|엔진|칩|장비|기기|부품|반도체|소프트웨어|하드웨어|두\\s?회사|이|그|이곳|이\\s?회사)(?:들)?$`);
// what is built, topicalised ("학습 데이터는 자체 구축했다", "토크나이저는 직접 설계했다"): no builder
/** "해운사들이", "제약사들이": a Hangul noun in the plural names a kind of company, not one. */
const PLURAL = /^[가-힣]{1,7}들$/;
const BUILT_THING = /^(?:토크나이저|데이터셋|말뭉치|코퍼스|아키텍처|가중치|파이프라인|알고리즘|학습셋|평가셋|벤치마크|반도체|서버|클러스터|데이터센터)$/;


/** "메이트앤코의 '팀 AX메이트'", "X의 팀 'Y'": the organisation a competition team entered under. */
const TEAM_OF = /(?<![가-힣A-Za-z0-9·\-])([가-힣]{2,8}|[A-Z][A-Za-z0-9]{1,15})의\s(?:['"‘“]팀\s|팀\s['"‘“])/g;
/** A university, its lab or a school: no company. */
const ACADEMIC_NAME = /(?:대|대학|대학교|대학원|연구실|연구소|연구원|학과|고)$/;

export function discoverBuilders(text: string, taken: Mention[], lx: DiscoveryLexicon): Mention[] {
  const out: Mention[] = [];
  const add = (name: string, start: number) => {
    const end = start + name.length;
    if (NOT_BUILDER.test(name) || PLURAL.test(name) || BUILT_THING.test(name) || NOT_COMPANY.has(name) || GENERIC_STEMS.test(name) || lx.generic.has(normalizeName(name)) || isTaken(taken, out, start, end)) return;
    out.push(discoveredMention('Company', name, start, end));
  };
  if (/자체|독자|직접/.test(text)) {
    SELF_BUILT.lastIndex = 0;
    for (let m = SELF_BUILT.exec(text); m; m = SELF_BUILT.exec(text)) add(m[1]!, m.index);
  }
  if (text.includes('팀')) {
    TEAM_OF.lastIndex = 0;
    for (let m = TEAM_OF.exec(text); m; m = TEAM_OF.exec(text)) if (!ACADEMIC_NAME.test(m[1]!)) add(m[1]!, m.index);
  }
  return out;
}
