/**
 * "네이버클라우드가 … 수장을 교체했다. 카카오에서 … 이끌어 온 NAME 전 카카오 리더를 영입해 … 총괄에 앉혔다": a sentence with
 * no subject of its own whose object is a person hired, appointed or promoted: the company that did it is the subject of
 * the sentence right before (not one named further back: "우리은행이 … 도입했다. 경영진도 보강했다. … NAME 씨를 영입했다").
 */
import { referenceTo } from './references.js';
import type { Mention } from './types.js';

/** A person's name, up to four words of title and former employer after it, the object particle and a hiring verb. */
const HIRED_AFTER = /^(?:\s?\([^()]{1,20}\))?(?:\s[^\s,.()]{1,14}){0,4}?(?:을|를)\s(?:[^\s,.]{1,10}\s)?(?:영입|선임|임명|발탁|내정|기용|승진시키|승진시켜|승진시켰)/;
/** A topic or subject word before the person ("과학기술정보통신부는 …", "정부가 …"): the sentence has a subject, named or not. */
const SUBJECT_WORD = /[가-힣A-Za-z0-9)](?:은|는|이|가)\s/;

/** True where a person of the sentence is the object of a hiring verb and no subject word stands before them. */
export function hiresPerson(text: string, ms: Mention[]): boolean {
  return ms.some((m) => m.type === 'Person' && HIRED_AFTER.test(text.slice(m.end, m.end + 60)) && !SUBJECT_WORD.test(text.slice(0, m.start)));
}

/** Adds `prevSubject` (the subject company of the sentence before) as the omitted subject of a sentence that hires a person. */
export function addHiringSubject(text: string, ms: Mention[], prevSubject: Mention | undefined): void {
  if (!prevSubject || ms.some((m) => m.key === prevSubject.key) || !hiresPerson(text, ms)) return;
  ms.unshift(referenceTo(prevSubject, 0, 0));
}

/** A topic about money raised before the subject ("투자는 …", "이번 라운드에는 …"). */
/** (or a round named by its series: "시리즈 B에는 …", "프리A 라운드에는 …", "시드 투자에는 …") */
const INVESTMENT_TOPIC = /(?:투자|라운드|펀딩|시리즈\s?[A-F]\d?|프리\s?-?[A-F]|시드)(?:는|에는|에도)\s(?:[^\s.]{1,12}\s){0,3}$/;
/** The subject leads or joins the investment ("가 주도했다", "이 참여했다", "등이 참여했다"). */
/** (the first of investors listed: "X와 Y가 참여했다", "X, Y 등이 참여했다") */
const INVESTED_AFTER = /^(?:(?:와|과|,)\s?[^\s.,]{1,15}){0,3}(?:\s?등)?(?:이|가)\s(?:[^\s.]{1,10}\s){0,2}(?:주도|참여|참가|투자)/;

/**
 * "가람웍스는 시리즈A에서 90억원을 유치했다. 투자는 X가 주도했다. (…) NAME 박사를 영입했다": the investor is the subject
 * of a sentence about the other company's round, no subject the next sentences omit.
 */
/** (or a subject called an investor right before it: "시리즈A 투자사인 X가", "주주로서 X는") */
export function namesInvestor(text: string, subject: Mention): boolean {
  return (INVESTMENT_TOPIC.test(text.slice(0, subject.start)) && INVESTED_AFTER.test(text.slice(subject.end, subject.end + 24))) || INVESTOR_BEFORE.test(text.slice(Math.max(0, subject.start - 16), subject.start)) || STAKE_AFTER.test(text.slice(subject.end, subject.end + 48));
}

/** An apposition calling the subject an investor ("투자사인 ", "재무적 투자자인 ", "대주주인 "). */
const INVESTOR_BEFORE = /(?:투자사|투자자|투자기관|주주|벤처캐피털|VC|창업투자회사|창투사)(?:인|이자|로서)\s$/;
/** The subject holds a stake ("가 당사 지분 12%를 보유하고", "는 X 지분을 사들였다"). */
const STAKE_AFTER = /^(?:이|가|은|는)\s(?:[^\s.,]{1,12}\s){0,3}?지분(?:\s?[^\s.,]{1,8})?(?:을|를)\s(?:보유|확보|취득|인수|매입|사들)/;
