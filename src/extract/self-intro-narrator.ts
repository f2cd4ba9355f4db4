/**
 * A post whose writer opens by saying whose they are ("안녕하세요, X ML 팀입니다", "X에서 CTO를 맡고 있는 NAME입니다"): its body
 * speaks for X. Read with the sentences' first mentions (see narratorCompany), and again with the article's known names when
 * the company is one the first reading missed (a name the page makes a company only further down: a mail's signature).
 */
import type { Sentence } from '../parse/types.js';
import type { Mention } from './types.js';
import { markNarratedBody, type Narrator } from './quoted.js';

/** What follows a company that opens a self-introduction: its team or a role and a name, then the polite copula ("X(Y) ML 팀입니다", "X ML 엔지니어 NAME입니다"). */
const SELF_INTRO_TAIL = /^(?:\s?\([^()]{1,30}\))?\s(?:[A-Za-z가-힣]{1,12}\s){0,3}?[A-Za-z가-힣]{1,12}(?:\s?\([^()]{1,12}\))?입니다(?:[\s.!,]|$)/;
/**
 * "X에서 사내 챗봇 만들고 있는 개발자입니다": where the writer works, what they do there and their job, then the polite copula;
 * or the post they hold there and their name ("X에서 CTO를 맡고 있는 NAME입니다", "X에서 일하는 NAME입니다").
 */
const SELF_INTRO_AT = /^에서\s(?:[^.]{0,40}?\s?(?:개발자|엔지니어|연구원|연구자|리서처|매니저|기획자|리드|팀장|데이터\s?사이언티스트)|(?:[^.\s][^.]{0,24}?(?:을|를)\s(?:맡고\s있는|맡은)|(?:일하고\s있는|일하는|근무하는|근무하고\s있는))\s[가-힣]{2,4})입니다(?:[\s.!,]|$)/;
/** A greeting before the self-introduction ("안녕하세요, …"). */
const GREETING = /^(?:안녕하세요|안녕하십니까|반갑습니다)[.,!]?\s+/;
/** A self-introduction opens a post: only the body's first sentences are read for one. */
const SELF_INTRO_WITHIN = 3;

/**
 * A company blog post whose writer opens by saying whose they are ("안녕하세요, X ML 팀입니다", "X ML
 * 엔지니어 NAME입니다", "X에서 … 만들고 있는 개발자입니다"): its body speaks for X, as an interview's answers speak for the speaker's company.
 */
export function selfIntroduced(sentences: Sentence[], mentions: Mention[][]): Narrator | undefined {
  let seen = 0;
  for (const [i, s] of sentences.entries()) {
    if (s.block !== 'body') continue;
    if (++seen > SELF_INTRO_WITHIN) return undefined;
    const at = GREETING.exec(s.text)?.[0].length ?? 0;
    const company = mentions[i]?.find((m) => m.type === 'Company' && m.via !== 'blocked' && m.start === at);
    if (!company || !(SELF_INTRO_TAIL.test(s.text.slice(company.end)) || SELF_INTRO_AT.test(s.text.slice(company.end)))) continue;
    return { company, sentence: s, voice: true };
  }
  return undefined;
}


/**
 * The self-introduced narrator read with the article's known names (`mentionsOf` gives a sentence's mentions with them), for a
 * post whose first reading found none; its body is then marked as the narrator's speech.
 */
export function lateSelfIntroduced(sentences: Sentence[], mentionsOf: (i: number) => Mention[]): Narrator | undefined {
  const mentions: Mention[][] = [];
  let seen = 0;
  for (const [i, s] of sentences.entries()) {
    if (s.block === 'body' && ++seen > SELF_INTRO_WITHIN) break;
    mentions.push(s.block === 'body' ? mentionsOf(i) : []);
  }
  const own = selfIntroduced(sentences.slice(0, mentions.length), mentions);
  if (own) markNarratedBody(sentences);
  return own;
}
