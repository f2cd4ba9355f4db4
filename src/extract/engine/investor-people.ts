/**
 * A venture investor's people ("소프트뱅크벤처스의 홍길동 파트너는", "한빛인베스트먼트 김하늘 수석심사역"): the
 * titles 파트너 and 심사역 name a person only right after an investor's name, since "파트너" alone is a common
 * noun ("정해진 파트너는 없다", "도메인 파트너") and "파트너 변호사" a law firm's rank.
 */
import type { Mention } from '../types.js';
import { addPerson, isKoreanName } from './person-names.js';
import { matchesIn } from './text-scans.js';
import { FULL_NAME } from './full-name.js';

/** An investor's name ending (벤처스, 인베스트먼트, 파트너스, 캐피탈, …), maybe 의, a name, then an investor's title. */
const INVESTOR_PERSON = new RegExp(String.raw`(?:벤처스|인베스트먼트|파트너스|캐피탈|벤처캐피탈|액셀러레이터|자산운용)(?:의)?\s(${FULL_NAME})\s(?:대표\s|수석\s?|책임\s?|매니징\s)?(?:파트너|심사역)(?=은|는|이|가|의|도|와|과|,|\s)(?!\s?변호사)`, 'g');

/** Persons named with an investor's title after an investor's name. */
export function addInvestorPeople(text: string, ms: Mention[], out: Mention[]): void {
  if (!text.includes('파트너') && !text.includes('심사역')) return;
  for (const m of matchesIn(INVESTOR_PERSON, text)) if (isKoreanName(m[1]!)) addPerson(text, ms, out, m[1]!, m.index + m[0].indexOf(' ') + 1);
}
