/**
 * "X도 제출 모델 'Y'에 대해 …", "X가 제출한 'Y'는 …", "X의 제출 모델인 Y는 …": a company's model named as what it submitted,
 * in a sentence that names no programme, benchmark or contest of its own, was submitted to the programme the article is
 * about, so the company takes part in it (a clause-pass fact: added only where no rule read that relation).
 */
import type { Sentence } from '../parse/types.js';
import type { RawFact } from './engine/match.js';
import type { Mention } from './types.js';
import { PROGRAMME_NAME } from './references.js';

/** Between the company and its model: a particle, the submitting word, maybe a kind word or two, an opening quote. */
const SUBMITTED_BETWEEN = /^(?:이|가|도|은|는|의)?\s(?:(?:당시|앞서|이번에|지난해|올해)\s)?(?:제출\s?모델(?:인|로|은|도)?|제출한|제출했던)\s(?:[가-힣A-Za-z]{1,8}\s){0,2}?['"‘“]?$/;
/** Another thing a model is submitted to: a leaderboard, a contest, a paper's venue. */
const OTHER_VENUE = /리더보드|벤치마크|대회|챌린지|경진|해커톤|논문|학회|심사위원회에 낸/;

/** The participation facts the sentence's submitted models give, for the article's programme. */
export function submittedModelFacts(s: Sentence, mentions: Mention[], programme: Mention | undefined): RawFact[] {
  // (a programme by its name, "… 프로젝트", "… 사업": not a policy word such as "소버린 AI" that a submission is not made to)
  if (!programme || !PROGRAMME_NAME.test(programme.surface) || s.block !== 'body' || !s.text.includes('제출') || OTHER_VENUE.test(s.text)) return [];
  if (mentions.some((m) => m.type === 'Policy' || m.type === 'Benchmark')) return [];
  const out: RawFact[] = [];
  for (let i = 0; i + 1 < mentions.length; i++) {
    const company = mentions[i]!;
    const model = mentions[i + 1]!;
    if (company.type !== 'Company' || company.via === 'blocked' || company.via === 'anonymous' || model.type !== 'Model') continue;
    if (!SUBMITTED_BETWEEN.test(s.text.slice(company.end, model.start))) continue;
    out.push({ relation: 'PARTICIPATES_IN', source: company, target: programme, properties: {}, rule: 'participates.submitted-model', confidence: 0.5 });
  }
  return out;
}
