/**
 * Companies named by what they build: "X가 자체 개발한 … 모델", "X이 독자 개발한", "X 측은 자체 구축한". A subject that
 * builds something itself is an organisation; generic subjects ("회사가", "연구진이", "저희가", and
 * their plurals: "기업들이") are not names. And companies a competition team entered under: "X의 '팀 Y'",
 * the subject of a headline-style release ("X, 추론 모델 'Y' 공개"), and the subject a release of a named
 * model describes ("'Y'를 공개한 X는").
 */
import { normalizeName } from '../../graph/index.js';
import { leadStampLength } from '../../parse/bullets.js';
import type { Mention } from '../types.js';
import { discoveredMention, isTaken, type DiscoveryLexicon } from './discover.js';
import { GENERIC_STEMS, NOT_COMPANY, ASSOCIATION_NAME, NOT_NAMING_SUBJECTS } from './company-words.js';

/**
 * A programme's role nouns ("참여기업이 자체 구축한 데이터": a dataset's field description, a call's terms): whoever holds the
 * role, no name. Only as the builder here: a table's header may still title a column by its role ("컨소시엄(주관 기업)").
 */
const ROLE_NOUNS = '(?:주관|참여|수행|협력|공동\\s?연구|위탁|수요|공급)\\s?(?:기관|기업|업체)|주관사|참여사|협력사|수급사|공급사';
const SELF_BUILT = /(?<![가-힣A-Za-z0-9·\-])([가-힣]{2,8}|[A-Z][A-Za-z0-9]{1,15})(?:\s측)?(?:이|가|는|은)\s(?:자체|독자|직접|독자적으로|자체적으로)\s?(?:개발|구축|설계)(?:한|했|해|하)/g;
const NOT_BUILDER = new RegExp(`^(?:${NOT_NAMING_SUBJECTS}|본체|엔진|칩|장비|기기|부품|반도체|소프트웨어|하드웨어|두\\s?회사|이|그|이곳|이\\s?회사|${ROLE_NOUNS})(?:들)?$`);
/** "해운사들이", "제약사들이": a Hangul noun in the plural names a kind of company, not one. */
const PLURAL = /^[가-힣]{1,7}들$/;
/** What is built or checked, topicalised ("학습 데이터는 자체 구축했다", "성능은 자체 구축한 벤치마크로 검증했다"): no builder. */
const BUILT_THING = /^(?:성능|정확도|품질|안전성|효과|토크나이저|데이터셋|말뭉치|코퍼스|아키텍처|가중치|파이프라인|알고리즘|학습셋|평가셋|벤치마크|반도체|서버|클러스터|데이터센터)$/;


/** "메이트앤코의 '팀 AX메이트'", "X의 팀 'Y'": the organisation a competition team entered under. */
const TEAM_OF = /(?<![가-힣A-Za-z0-9·\-])([가-힣]{2,8}|[A-Z][A-Za-z0-9]{1,15})의\s(?:['"‘“]팀\s|팀\s['"‘“])/g;
/** A university, its lab or a school: no company. */
const ACADEMIC_NAME = /(?:대|대학|대학교|대학원|연구실|연구소|연구원|학과|고)$/;

/** "X, " opening a headline-style line (a title, a timeline entry, a roundup item): its subject, before a comma. */
const HEADLINE_SUBJECT = /^(?:[▲△■□●○◆◇▶•·-]\s?)?([가-힣][가-힣A-Za-z0-9]{1,11}|[A-Z][A-Za-z0-9&]{1,15}(?:\s[A-Z][A-Za-z0-9&]{1,15})?),\s/;
/** What follows the model in such a line: the release noun that ends it (no verb ending), or its first part before "…". */
const HEADLINE_RELEASE = /^['"’”]?(?:\s?(?:오픈소스|오픈\s?웨이트|정식|베타|무료)(?:로|으로)?)?\s?(?:공개|출시|선봬|선보여|내놔|발표)\s?(?:$|…|\.{2,3}|[·,]|\.$)/;
/** Subjects of a headline that are no company: public bodies and courts, the press, kinds of company. */
const PUBLIC_SUBJECT = /^(?:법원|검찰|국회|공정위|과기정통부|과기부|산업부|중기부|행안부|[가-힣]{1,6}(?:부|처|청|원|위|위원회|법원|시|도|군|구))$/;

/** "벨로리움, 한국어 추론 모델 'Zephon-2' 공개": the subject of a line that releases a named model, in headline style. */
function headlineReleaser(text: string, taken: Mention[]): { name: string; start: number } | undefined {
  const at = leadStampLength(text, text.length);
  const m = HEADLINE_SUBJECT.exec(text.slice(at));
  if (!m || PUBLIC_SUBJECT.test(m[1]!)) return undefined;
  const after = at + m[0].length;
  const releases = taken.some((x) => x.type === 'Model' && x.start >= after && HEADLINE_RELEASE.test(text.slice(x.end, x.end + 16)) && !text.slice(after, x.start).includes('…'));
  return releases ? { name: m[1]!, start: at + m[0].indexOf(m[1]!) } : undefined;
}

/** "'Y'를 공개한 X는", "'Y'를 내놓은 X가": after a model, the release clause that describes the subject right after it. */
const RELEASED_BY = /^['"’”]?(?:을|를)\s(?:(?:최근|새로|지난달|지난해|올해)\s)?(?:공개한|출시한|선보인|내놓은|발표한)\s([가-힣]{2,8}|[A-Z][A-Za-z0-9]{1,15})(은|는|이|가)\s/;

/** The subject a release clause after a named model describes. */
function describedReleaser(text: string, taken: Mention[]): Array<{ name: string; start: number }> {
  const out: Array<{ name: string; start: number }> = [];
  for (const x of taken) {
    const m = x.type === 'Model' ? RELEASED_BY.exec(text.slice(x.end, x.end + 40)) : null;
    if (m && !PUBLIC_SUBJECT.test(m[1]!)) out.push({ name: m[1]!, start: x.end + m[0].length - 1 - m[2]!.length - m[1]!.length });
  }
  return out;
}

/**
 * "X는 10월 21일 자체 언어모델 'Y'를 공개했다", "X가 자체 AI 모델 Y를 선보였다": a subject releasing a model it calls its own
 * (the kind word right before the model's name) is an organisation.
 */
const OWN_MODEL_SUBJECT = /(?<![가-힣A-Za-z0-9·\-])([가-힣]{2,8}|[A-Z][A-Za-z0-9]{1,15})(?:이|가|는|은)\s(?:[^\s,.]{1,12}\s){0,3}?자체\s?(?:개발\s)?(?:(?:대규모\s?|거대\s?|소형\s?)?언어\s?모델|AI\s?모델|모델|LLM|sLM)\s?$/;
/** After the own model's name: its object particle and a release or build verb. */
const OWN_MODEL_RELEASED = /^['"’”]?(?:\s?\([^()]{1,30}\))?(?:을|를)\s(?:[^\s,.]{1,10}\s)?(?:공개|출시|선보|선봬|내놓|내놨|발표|개발했|개발한)/;

/** The subjects of "X는 … 자체 모델 Y를 공개했다" in the sentence. */
function ownModelReleasers(text: string, taken: Mention[]): Array<{ name: string; start: number }> {
  const out: Array<{ name: string; start: number }> = [];
  for (const x of taken) {
    if (x.type !== 'Model' || !OWN_MODEL_RELEASED.test(text.slice(x.end, x.end + 40))) continue;
    const before = text.slice(Math.max(0, x.start - 60), x.start).replace(/['"‘“]$/, '');
    const m = OWN_MODEL_SUBJECT.exec(before);
    if (m && !PUBLIC_SUBJECT.test(m[1]!)) out.push({ name: m[1]!, start: x.start - (x.start - Math.max(0, x.start - 60)) + m.index + m[0].indexOf(m[1]!) });
  }
  return out;
}

export function discoverBuilders(text: string, taken: Mention[], lx: DiscoveryLexicon): Mention[] {
  const out: Mention[] = [];
  const add = (name: string, start: number) => {
    const end = start + name.length;
    // (an association that built a benchmark, "포럼이 자체 개발한 벤치마크", is no company)
    if (NOT_BUILDER.test(name) || ASSOCIATION_NAME.test(name) || PLURAL.test(name) || BUILT_THING.test(name) || NOT_COMPANY.has(name) || GENERIC_STEMS.test(name) || lx.generic.has(normalizeName(name)) || isTaken(taken, out, start, end)) return;
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
  if (text.includes(', ')) {
    const h = headlineReleaser(text, taken);
    if (h && !ACADEMIC_NAME.test(h.name)) add(h.name, h.start);
  }
  if (text.includes('자체')) for (const r of ownModelReleasers(text, taken)) if (!ACADEMIC_NAME.test(r.name)) add(r.name, r.start);
  if (text.includes('한 ') || text.includes('인 ') || text.includes('은 ')) for (const r of describedReleaser(text, taken)) if (!ACADEMIC_NAME.test(r.name)) add(r.name, r.start);
  return out;
}
