/** A company's units written where a company's name could stand: "X 하이퍼스케일AI 기술총괄은", "X은행 디지털전략그룹 부행장". */
import type { Mention } from '../types.js';
import type { DiscoveryLexicon } from './discover-common.js';
import { isKoreanName } from './person-names.js';
import { FULL_NAME } from './full-name.js';
/** A full name (and a space, or an opening bracket) right before a word. */
const NAME_BEFORE = new RegExp(String.raw`(?:^|[\s(,·])(${FULL_NAME})\s$`);
const NAME_PAREN_BEFORE = new RegExp(String.raw`(?:^|[\s,·])(${FULL_NAME})\s?\(\s?$`);
/** A class note's alumnus with the department and year after the name, then the affiliation in parentheses: "NAME(경영 93) 동문(". */
const ALUMNUS_PAREN_BEFORE = /\)\s?동문\s?\(\s?$/;

/** A post being filled or held rather than a unit's own title: "X 새 대표에", "X 대표 자리는", "X 사령탑에 홍길동 부사장이". */
const POST_SLOT = /^(?:새|신임|차기|초대|새로운)\s|\s(?:새|신임|차기)\s/;
const POST_SLOT_AFTER = /^(?:에|에는|엔|으로|로|으로는|로는|\s자리)(?![가-힣])|^\s자리/;
/**
 * "하이퍼스케일AI 기술총괄은": a suffixed word right before a person's title is a unit's name in that title, no company; unless the
 * title is a post being filled ("X 새 대표에 …", "X 대표 자리는") or its words run into a clause ("X 사령탑에 홍길동 부사장이").
 */
export function isUnitBeforeTitle(text: string, start: number, end: number, ms: Mention[], lx: DiscoveryLexicon): boolean {
  const after = text.slice(end, end + 16);
  if (!/^\s/.test(after)) return false;
  // "김민준 한빛소프트 AI연구소장은": a person's name before it, where no company was named before, makes it the person's company (name, company, title); "네이버클라우드는 문태겸 하이퍼스케일AI 기술 리더를" stays a unit
  const before = NAME_BEFORE.exec(text.slice(Math.max(0, start - 6), start));
  if (before && isKoreanName(before[1]!) && !ms.some((x) => x.type === 'Company' && x.via !== 'blocked' && x.end <= start)) return false;
  const signed = NAME_PAREN_BEFORE.exec(text.slice(Math.max(0, start - 7), start)); // ("- 홍길동 (X소프트 대표)": a signature's affiliation, or a class note's "NAME(학과 93) 동문(X소프트 대표)"; "스타트업 X소프트 대표": a company word before it)
  if ((signed && isKoreanName(signed[1]!)) || ALUMNUS_PAREN_BEFORE.test(text.slice(Math.max(0, start - 6), start)) || /(?:스타트업|기업|회사|업체|개발사)\s$/.test(text.slice(Math.max(0, start - 6), start))) return false;
  const t = lx.personTitle.exec(after);
  if (!t) return false;
  const words = t[1]!.trim().split(/\s/);
  // "X 창업자인 홍길동": a founder's title names a company, never a unit
  if (/^(?:공동\s?)?(?:창업자|설립자|창립자|창업주)$/.test(words.at(-1)!)) return false;
  // (nor does a chief's or an officer's title with the name after it: "X랩스 대표 홍길동입니다", "X랩스 CTO 홍길동은", "X소프트 CTO인 홍길동", "X소프트 최고기술책임자(CTO) 홍길동"; not "홍길동 X랩스 대표를 영입했다", a post held before)
  if (/^(?:(?:공동|각자)?대표(?:이사)?|(?:부)?사장|(?:부)?회장|C[A-Z]{1,3}O|최고[가-힣]{2,8}책임자)$/.test(words.at(-1)!) && /^(?:\s?\([^()]{1,15}\))?(?:인|을 맡은|직을 맡은)?\s[가-힣]{3,4}(?=[\s은는이가의(]|입니다|이에요|$)/.test(text.slice(end + t[0].length, end + t[0].length + 30))) return false;
  if (words.slice(0, -1).some((w) => /[에을를은는의]$/.test(w) || isKoreanName(w))) return false;
  return !POST_SLOT.test(' ' + t[1]!.trim() + ' ') && !POST_SLOT_AFTER.test(text.slice(end + t[0].length, end + t[0].length + 4));
}

/** "X은행 디지털전략그룹 부행장": a group right after its company's name, before a post, is the company's unit. */
export const isGroupUnit = (text: string, start: number, name: string, ms: Mention[], lx: DiscoveryLexicon): boolean =>
  name.endsWith('그룹') && ms.some((x) => x.type === 'Company' && x.via !== 'blocked' && x.end + 1 === start && text[x.end] === ' ') && isUnitBeforeTitle(text, start, start + name.length, ms, lx);
