/**
 * A company's internal document (a weekly report, a wiki page) that says whose it is near its top ("이 문서는 X 임직원
 * 전용입니다", "X 사내 한정"): the people it names with a bare in-house post ("NAME CTO", "NAME ML 엔지니어", "담당: NAME
 * 대표"), and no company of their own, are the owner's staff.
 */
import type { ParsedArticle, Sentence } from '../parse/types.js';
import { wordStartsOf } from '../parse/text.js';
import { addEmployee, addRelation, evidenceOf, type Acc } from './article-acc.js';
import { isKoreanName } from './engine/person-names.js';
import type { Mention, RuleSet } from './types.js';
import { FULL_NAME } from './engine/full-name.js';

/** The audience note right after the owner's name. */
const AUDIENCE_AFTER = /^\s?(?:임직원|직원|구성원|사내)\s?(?:전용|한정|용|에게만|만)(?=$|[\s,.)]|(?:입니다|이에요|이다|임|이며|으로)(?![가-힣]))/;
/** A bare in-house post right after a name (an optional Latin field word before it: "ML 엔지니어"). */
/** (or in parentheses after the name, maybe after the unit the person is in: "작성자: NAME (AI플랫폼팀 리드)") */
/** (a unit's head, its rank in brackets: "NAME 생산기술연구소장(상무)은") */
const POST_AFTER = /^(?:\s|\s?\(\s?(?:[가-힣A-Za-z0-9]{1,12}(?:팀|실|랩|본부|센터|그룹|파트|부문)\s)?)(?:[A-Z]{1,5}\s)?(?:대표(?:이사)?|(?:공동)?창업자|C[ETFOPS]O|이사|엔지니어|(?:책임|선임|수석)?연구원|연구책임자|병원장|은행장|팀장|파트장|매니저|PM|개발자|리드|본부장|실장|책임|선임|수석|부장|차장|과장|대리|주임|[가-힣A-Za-z0-9]{1,12}(?:연구소|센터|본부|사업부|부문|공장)장(?:\s?\((?:상무|전무|부사장|이사)\))?)(?=$|[\s,.)·]|(?:은|는|이|가|을|를|의|과|와|도|님)(?![가-힣]))/;

/** A mail header's recipient field, the company's name right after it ("To: X 전체", "받는 사람: X 임직원"). */
const MAIL_TO_BEFORE = /(?:^|\s)(?:To|받는\s?사람|수신(?:자)?)\s?:\s?$/;
/** The whole staff as the recipient after the company's name: an all-staff mailing list. */
const ALL_STAFF_AFTER = /^\s?(?:전체|전\s?직원|임직원(?:\s?(?:전체|일동|여러분))?|모든\s?직원|구성원\s?전체|전사|All|all)(?=$|[\s<,;])/;

/** An in-house tool or document right after the company's name, in a header line: "X 내부 평가 파이프라인", "X 내부 문서". */
const IN_HOUSE_AFTER = /^\s(?:내부|사내)\s(?:[가-힣]{1,4}\s)?(?:평가\s?)?(?:파이프라인|하니스|문서|위키|보고서|리포트|메모|자료|시스템)(?=$|[\s,.)|])/;
/** The company whose staff alone the document is for, named within its first lines (or the mail an all-staff list receives). */
export function readInternalOwner(sentences: Sentence[], first: Mention[][]): Mention | undefined {
  for (let i = 0; i < Math.min(sentences.length, 20); i++) {
    const text = sentences[i]!.text;
    // ("To: X 전체 <all@…>": a mail sent to the whole staff of X)
    const mailed = i < 4 && text.includes(':') ? (first[i] ?? []).find((m) => m.type === 'Company' && m.via !== 'blocked' && MAIL_TO_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start)) && ALL_STAFF_AFTER.test(text.slice(m.end, m.end + 12))) : undefined;
    if (mailed) return mailed;
    // ("# hanui-eval | X 내부 평가 파이프라인": a header line naming the company's in-house tool or document)
    const house = i < 4 && text.includes('내부') ? (first[i] ?? []).find((m) => m.type === 'Company' && m.via !== 'blocked' && IN_HOUSE_AFTER.test(text.slice(m.end, m.end + 24))) : undefined;
    if (house) return house;
    if (!text.includes('전용') && !text.includes('한정') && !text.includes('에게만')) continue;
    const owner = (first[i] ?? []).find((m) => m.type === 'Company' && m.via !== 'blocked' && AUDIENCE_AFTER.test(text.slice(m.end, m.end + 12)));
    if (owner) return owner;
  }
  return undefined;
}

/** The company an internal system's page (`parsed.siteOwner`, see parse/site-owner.ts) belongs to, as the article's entity. */
export function internalSystemOwner(acc: Acc, parsed: ParsedArticle): { key: string } | undefined {
  const owner = parsed.siteOwner;
  if (!owner?.internal) return undefined;
  // (or by the Latin name its copyright line signs with, where the body's mention of the owner is that one)
  const e = [...acc.entities.values()].find((x) => x.type === 'Company' && owner.name in x.names) ?? [...acc.entities.values()].find((x) => x.type === 'Company' && owner.latin in x.names);
  return e ? { key: e.key } : undefined;
}

/** WORKS_FOR the owner for each person with no employer yet whom a sentence names with a bare in-house post. */
export function addInternalStaff(acc: Acc, articleId: string, sentences: Sentence[], owner: { key: string } | undefined): void {
  if (!owner || !acc.entities.has(owner.key)) return;
  const employed = new Set([...acc.relations.values()].filter((r) => r.type === 'WORKS_FOR').map((r) => r.source));
  for (const e of acc.entities.values()) {
    if (e.type !== 'Person' || employed.has(e.key)) continue;
    const names = Object.keys(e.names);
    const s = sentences.find((x) => names.some((n) => postAfterName(x.text, n)));
    if (s) addRelation(acc, { relation: 'WORKS_FOR', source: e.key, target: owner.key, properties: {} }, evidenceOf(articleId, s, 'works-for.internal-staff', 0.7));
  }
}

/** A gloss of the name in brackets between it and the post ("NAME(Latin name) CTO님"). */
const NAME_GLOSS = /^\s?\([^()]{1,30}\)/;

/** A head's post right before the name, labelling it or signing a note in brackets ("○ 연구본부장 : NAME", "(원장 NAME)"). */
const HEAD_POST_BEFORE = /(?:^[-–•·*○◦▪]?\s?[가-힣A-Za-z]{0,14}(?:장|총괄|책임자)\s?[:：]|\((?:[가-힣]{0,10}(?:원장|소장|총장|대표|본부장|센터장|실장)))\s?$/;

function postAfterName(text: string, name: string): boolean {
  return wordStartsOf(text, name).some((at) => {
    if (HEAD_POST_BEFORE.test(text.slice(Math.max(0, at - 24), at)) && /^(?:$|[\s,.)])/.test(text.slice(at + name.length, at + name.length + 1))) return true;
    const after = text.slice(at + name.length, at + name.length + 48);
    if (POST_AFTER.test(after.slice(0, 16))) return true;
    // (the brackets may hold the post itself, "NAME (X팀 리드)", read above, or a gloss of the name before it)
    const gloss = NAME_GLOSS.exec(after)?.[0].length;
    return gloss !== undefined && POST_AFTER.test(after.slice(gloss, gloss + 16));
  });
}

/** "인프라팀 NAME 님", "- 보안실 NAME님:": a colleague addressed by team and name, as an internal mail thanks its staff. */
const TEAM_NAME_ADDRESSED = new RegExp(String.raw`(?:^|[\s\-–·,(])((?:[A-Za-z]{1,6}|[가-힣]{1,8})(?:팀|실|본부|센터|파트|랩))\s(${FULL_NAME})\s?님(?=$|[\s:,.)!])`, 'g');

/** WORKS_FOR the owner for each colleague an internal document addresses by team and name ("인프라팀 NAME 님"). */
export function addAddressedStaff(acc: Acc, rules: RuleSet, articleId: string, sentences: Sentence[], owner: { key: string } | undefined): void {
  if (!owner || !acc.entities.has(owner.key)) return;
  for (const s of sentences) {
    if (!s.text.includes('님')) continue;
    for (const m of s.text.matchAll(TEAM_NAME_ADDRESSED)) {
      if (!isKoreanName(m[2]!)) continue;
      const at = s.start + m.index + m[0].lastIndexOf(m[2]!);
      addEmployee(acc, rules, evidenceOf(articleId, s, 'works-for.internal-staff', 0.65), m[2]!, at, at + m[2]!.length, owner.key, {});
    }
  }
}

/** A writer's line near the top: "작성: NAME (X AI플랫폼팀 선임연구원)", "작성자: NAME(X)". */
const WRITER_LINE = /^(?:작성자?|글|정리)\s?[:：]\s?([가-힣]{2,4})\s?\(/;
/** The body speaking as the writer's team or company: "우리 팀이", "저희 회사의", "사내 모델", "사내 공유용". */
const TEAM_VOICE = /(?:^|\s)(?:우리|저희)\s?(?:팀|회사)(?:이|가|은|는|의|에서|도)\s|(?:^|\s)사내\s?(?:모델|공유|전용|한정)/;

/**
 * A team's own working document (an evaluation notebook, meeting notes) whose writer's line gives the writer's company and whose
 * body speaks as "우리 팀": its owner is the company the writer works for.
 */
export function writerTeamOwner(acc: Acc, sentences: Sentence[]): { key: string } | undefined {
  const line = sentences.slice(0, 12).find((s) => WRITER_LINE.test(s.text));
  if (!line || !sentences.some((s) => TEAM_VOICE.test(s.text))) return undefined;
  const name = WRITER_LINE.exec(line.text)![1]!;
  const writer = [...acc.entities.values()].find((e) => e.type === 'Person' && name in e.names);
  const jobs = writer ? [...acc.relations.values()].filter((r) => r.type === 'WORKS_FOR' && r.source === writer.key) : [];
  return jobs.length === 1 ? { key: jobs[0]!.target } : undefined;
}
