/**
 * References to the programme named last by a word of its name: its head word (with a round, or a zone's word), a
 * system's act without 제, or one of its words before 사업 (moved from ./references.ts, which calls them).
 */
import { referenceAt } from './references.js';
import type { Mention } from './types.js';

/** Head words that the programme references in ./references.ts read already, or that name a kind of thing rather than one programme. */
const GENERIC_HEAD = /(?:사업|프로젝트|프로그램|공모|정책|계획|전략|제도|방안|대책|서비스|공제|지원금|보조금|바우처)$/;

/** A zone's word closing a programme's name ("실증특구", "규제자유특구", "AI 집적단지"): bare, it stands for that zone. */
const ZONE_TAIL = /[가-힣](특구|단지|클러스터)$/;

/**
 * "얼라이언스 2기에는 A, B 등이 합류했다": the last word of the programme named last ("'광주 AI 실증 얼라이언스'"),
 * bare with its round ("2기") or opening the sentence, stands for it where the sentence names no programme.
 * So does a zone's word at the end of it ("'X 실증특구'" … "A는 특구 실증기업으로 지정됐다"), anywhere in the sentence,
 * before the word for the companies it takes in.
 */
export function addHeadWordReference(text: string, ms: Mention[], policy: Mention | undefined): void {
  const head = policy ? /\s([가-힣]{2,6})$/.exec(policy.surface)?.[1] : undefined;
  if (!head || GENERIC_HEAD.test(head) || ms.some((x) => x.type === 'Policy')) return;
  const zone = ZONE_TAIL.exec(head)?.[1];
  const z = zone && text.includes(zone) ? new RegExp(`(?<![가-힣A-Za-z0-9'"‘“])${zone}(?=\\s(?:실증|참여|입주)\\s?(?:기업|기관|사업자)(?:으로|로)\\s)`).exec(text) : null;
  if (z && !ms.some((x) => x.start < z.index + zone!.length && z.index < x.end)) {
    ms.push(referenceAt(policy!, z));
    ms.sort((a, b) => a.start - b.start);
    return;
  }
  if (addSystemStemReference(text, ms, policy!, head)) return;
  if (!text.includes(head)) return;
  const r = new RegExp(`(?<![가-힣A-Za-z0-9'"‘“])${head}(\\s[1-9](?:기|차))?(?=(?:에는|에도|에|의|은|는|이|가|을|를|에서)\\s)`).exec(text);
  if (r && !r[1] && text.slice(0, r.index).trim() !== '') return;
  if (!r || ms.some((x) => x.start < r.index + head.length && r.index < x.end)) return;
  ms.push(referenceAt(policy!, r));
  ms.sort((a, b) => a.start - b.start);
}

/** A system's name ending in 제 ("검토제", "심사제", "인증제"): its act without 제 is what a company applies for. */
const SYSTEM_HEAD = /^([가-힣]{2,4})제$/;

/**
 * "「X 검토제」는 … 제도입니다. … ㈜A — … 검토를 신청해 …": a system named last (its name ending in 제), called by its act alone
 * ("검토", "심사", "인증") where a company applies for it, stands for the system.
 */
function addSystemStemReference(text: string, ms: Mention[], policy: Mention, head: string): boolean {
  const stem = SYSTEM_HEAD.exec(head)?.[1];
  if (!stem || !text.includes(stem)) return false;
  const r = new RegExp(`(?<![가-힣A-Za-z0-9'"‘“])${stem}(?=(?:를|을)\\s(?:함께\\s|공동으로\\s|먼저\\s|미리\\s)?신청)`).exec(text);
  if (!r || ms.some((x) => x.start < r.index + stem.length && r.index < x.end)) return false;
  ms.push(referenceAt(policy, r));
  ms.sort((a, b) => a.start - b.start);
  return true;
}

/** "실증사업 대상으로", "실증 사업에": one word of the programme's name, then 사업, where companies are selected for it or join it. */
const SHORTENED_PROGRAMME = /(?<![가-힣A-Za-z0-9'"‘“])([가-힣]{2,4})\s?사업(?=\s(?:지원\s?)?(?:대상|참여\s?기업|수행\s?기업|선정\s?기업)(?:으로|로)?\s|에\s(?:[^\s.]{1,8}\s)?(?:참여|참가|선정|합류))/;

/**
 * "'인천형 항만 AI 실증 지원사업' … 3개사를 실증사업 대상으로 확정": a programme named last, called again by one of its words
 * and 사업, where the sentence names no programme.
 */
export function addShortenedProgrammeReference(text: string, ms: Mention[], policy: Mention | undefined): void {
  if (!policy || !/사업$/.test(policy.surface) || ms.some((x) => x.type === 'Policy')) return;
  const r = SHORTENED_PROGRAMME.exec(text);
  if (!r || !policy.surface.split(/\s/).slice(0, -1).includes(r[1]!) || ms.some((x) => x.start < r.index + r[0].length && r.index < x.end)) return;
  ms.push(referenceAt(policy, r));
  ms.sort((a, b) => a.start - b.start);
}
