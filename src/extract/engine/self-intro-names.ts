/**
 * A writer introducing themselves by name: after a greeting or 저는, by their team ("안녕하세요, X ML팀의 홍길동입니다"),
 * or by where they work ("X에서 일하고 있는 홍길동입니다"). Group 1 of each pattern is the name.
 */

/**
 * "안녕하세요, X ML팀의 홍길동입니다", "저는 X 연구소의 홍길동이라고 합니다": a writer introducing themselves by
 * their team, after a greeting or 저는 (not "X 연구팀의 성과물입니다").
 */
export const TEAM_INTRO = new RegExp(String.raw`(?:안녕하세요[,.!]?\s|저는\s|제\s이름은\s)(?:[^.?!]|\.(?=[A-Za-z0-9])){0,40}?(?:팀|본부|실|랩|그룹|센터|연구소|부문|파트|사업부)의\s(${FULL_NAME})(?=입니다|이에요|예요|(?:이)?라고\s?합니다)`, 'g');
import { FULL_NAME } from './full-name.js';
/** "안녕하세요, X 검색팀 홍길동입니다", "안녕하세요, X 추론팀 ML 엔지니어 홍길동입니다": after a greeting, the unit without 의. */
export const GREETING_TEAM = new RegExp(String.raw`안녕하세요[,.!~]?\s(?:[^.?!]|\.(?=[A-Za-z0-9])){0,40}?(?:팀|본부|랩|센터|연구소|챕터|부문|사업부)\s(?:[가-힣A-Za-z0-9]{1,12}\s){0,2}?(${FULL_NAME})(?=입니다|이에요|예요)`, 'g');
/** The adnominal verbs of where a writer works or what they hold ("일하고 있는", "담당하는", "이끄는"). */
const WORK_VERB = String.raw`(?:일하고\s?있는|일하는|근무하고\s?있는|근무하는|재직\s?중인|재직하고\s?있는|다니고\s?있는|다니는|몸담고\s?있는|맡고\s?있는|맡은|담당하고\s?있는|담당하는|이끌고\s?있는|이끄는)`;
/** "X에서 일하고 있는 홍길동입니다", "X를 이끄는 홍길동이라고 합니다": the name after a clause of where the writer works (the writer's handle may follow it: "…을 맡은 홍길동(gdhong)입니다"). */
export const SELF_INTRO = new RegExp(String.raw`${WORK_VERB}\s(${FULL_NAME})(?=(?:\([A-Za-z][\w.\-]{1,20}\))?(?:입니다|(?:이)?라고\s?(?:합니다|해요|하고요|하는데요)|예요|이에요|인데요))`, 'g');
/**
 * "(나: X에서 ML 엔지니어로 일하는 홍길동.)", "저: X 연구팀을 이끄는 홍길동": a note's writer labelled as 나/저 and described in a
 * noun phrase that ends on the name (a personal page's self-description, no copula after the name).
 */
export const LABELLED_SELF = new RegExp(String.raw`(?:^|\()\s?(?:나|저|필자|글쓴이)\s?[:：]\s[^.?!:]{0,60}?${WORK_VERB}\s(${FULL_NAME})(?=\s?\.(?:\s|$)|\s?\)|$)`, 'g');
