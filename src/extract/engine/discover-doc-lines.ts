/**
 * Names a developer document's own lines give without the cues news prose has:
 * - a paper card's author line, the authors' names, a middle dot, their company and the date ("NAME, NAME, NAME · X랩(X Lab)
 *   · 2026-05-02"): each name is a person (works-for.byline-authors reads where they work);
 * - a change log's item that opens on a model's id in lower case and the change made to it ("x-1-legacy 제거.", "x-embed-v2
 *   지원 추가"): the id is a model's;
 * - a maintainer's or a contact's name with the employer and a staff post in parentheses ("NAME(X 수석 엔지니어, 전 Y팀)"):
 *   the one word before the post is a company, though no list knows it and it opens on a common word ("데이터…"), unless it
 *   names an institute, a school or a hospital ("X연구소 선임연구원");
 * - a showcase item that opens on a model, its maker in parentheses and a colon ("X-1.2B (Y랩): Z를 기반으로 …"): the maker.
 */
import type { Mention } from '../types.js';
import { discoveredMention, isTaken } from './discover-common.js';
import { addPerson, isKoreanName } from './person-names.js';
import { FIELD_WORD, GENERIC_STEMS, NOT_COMPANY, NOT_COMPANY_MEMBER, PARTICLE_END } from './company-words.js';
import { FULL_NAME } from './full-name.js';

/** An author line: two to eight Korean names between commas, then a middle dot (or a bar) and more. */
const BYLINE_AUTHORS = /^[가-힣]{2,4}(?:,\s?[가-힣]{2,4}){1,7}\s?[·|]\s?[^\s·|]/;
const AUTHOR_NAME = /(?:^|,\s?)([가-힣]{2,4})(?=,|\s?[·|])/g;

/** A model's id in lower case with a number in it, opening the line, then the change (maybe a kind word before it) and the line's end. */
const CHANGED_ID = /^(?:[-*•]\s)?([a-z][a-z0-9]{1,15}(?:[-_.][a-z0-9]{1,12}){1,4})\s(?:[가-힣A-Za-z]{1,8}\s)?(?:제거|삭제|폐기|지원\s?(?:추가|종료|중단)?|추가|교체|서비스\s?종료)(?:\s\([^()]{1,48}\))?[.]?\s*$/;

/** A Korean name, an opening parenthesis, one word, a staff post and the note's end or a comma. */
const NAME_EMPLOYER_POST = new RegExp(String.raw`(?<![가-힣])(${FULL_NAME})\s?\(([가-힣][가-힣A-Za-z0-9]{1,9}|[A-Z][A-Za-z0-9&]{2,15})\s(?:수석\s?|선임\s?|책임\s?|시니어\s)?(?:엔지니어|연구원|개발자|리서처|매니저|PM|CTO|CEO|CPO|팀장|리드|이사|대표)(?=\s?[,)])`, 'g');
/** After an item's opening model: its maker in parentheses, then a colon. */
/** (a description after the colon, not a figure: "X 7.8B (프롬프트만): 64.8" is a score line's setting) */
const MAKER_BEFORE_COLON = /^\s?\(([가-힣][가-힣A-Za-z0-9]{1,9})\)\s?[:：]\s(?=[^\d\s.+\-−])/;
/** Notes in parentheses that name no maker ("(오픈소스)", "(가칭)", "(기본 추천)"). */
const NOT_MAKER = /^(?:오픈\s?소스|오픈\s?웨이트|비공개|공개|예정|미정|가칭|신규|신모델|베타|출시|기본|추천|권장|실험|한국어|영어|다국어|경량|소형|대형|무료|유료)/;
/** A word with a particle or an adnominal ending is no name. */
const NOT_NAME_END = new RegExp(`[가-힣](?:${PARTICLE_END}|한|된|던)$`);

/** Persons of an author line, the model id a change log item opens on, the employer of a name's parenthesised post. */
export function discoverDocLines(text: string, ms: Mention[]): Mention[] {
  const out: Mention[] = [];
  if (BYLINE_AUTHORS.test(text)) {
    const names = text.slice(0, text.search(/\s?[·|]/) + 2);
    for (const m of names.matchAll(AUTHOR_NAME)) addPerson(text, ms, out, m[1]!, m.index + m[0].indexOf(m[1]!));
  }
  const id = CHANGED_ID.exec(text);
  const at = id ? id[0].indexOf(id[1]!) : 0;
  if (id && /\d/.test(id[1]!) && !isTaken(ms, out, at, at + id[1]!.length)) out.push(discoveredMention('Model', id[1]!, at, at + id[1]!.length));
  for (const m of text.includes('(') ? text.matchAll(NAME_EMPLOYER_POST) : []) {
    const org = m[2]!, at = m.index + m[0].indexOf(org, m[1]!.length);
    if (!isKoreanName(m[1]!) || isKoreanName(org) || NOT_NAME_END.test(org) || NOT_COMPANY_MEMBER.test(org) || NOT_COMPANY.has(org) || GENERIC_STEMS.test(org) || FIELD_WORD.test(org) || isTaken(ms, out, at, at + org.length)) continue;
    out.push(discoveredMention('Company', org, at, at + org.length));
    addPerson(text, ms, out, m[1]!, m.index + m[0].indexOf(m[1]!));
  }
  const head = ms.find((m) => m.type === 'Model' && /^(?:[-*•]\s)?['"‘“]?$/.test(text.slice(0, m.start)));
  const maker = head ? MAKER_BEFORE_COLON.exec(text.slice(head.end).replace(/^['"’”]/, '')) : null;
  if (maker) {
    const at = text.indexOf(`(${maker[1]!})`, head!.end) + 1;
    if (!isKoreanName(maker[1]!) && !NOT_MAKER.test(maker[1]!) && !/(?:만|뿐|전|후|시)$/.test(maker[1]!) && !NOT_NAME_END.test(maker[1]!) && !NOT_COMPANY_MEMBER.test(maker[1]!) && !NOT_COMPANY.has(maker[1]!) && !GENERIC_STEMS.test(maker[1]!) && !isTaken(ms, out, at, at + maker[1]!.length)) out.push(discoveredMention('Company', maker[1]!, at, at + maker[1]!.length));
  }
  return out;
}
