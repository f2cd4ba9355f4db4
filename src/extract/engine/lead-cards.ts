/**
 * Team cards of a programme notice's annex. Each selected project gets a block that opens on a line
 * naming its lead ("□ 연번 2 (법률) 주관기관 : (주)X") and goes on in "key : value" lines, one of them
 * the model the team builds ("○ 개발 모델 : M(가칭)", "○ 개발 모델 : M (파라미터 7B 규모)"). The lead
 * develops that model; a line of the block that builds on one other model ("- 업스테이지의 'Y'를 기반으로
 * … 추가 학습하여 … 모델을 구축") names its base. A block ends at the next lead line.
 */
import type { Sentence } from '../../parse/types.js';
import type { Mention, RuleSet } from '../types.js';
import { companyIn, modelIn } from './consortium-table.js';
import { findMentions } from './mentions.js';

/** "… 주관기관 : X" at a line's end: the block's lead. */
const LEAD_LINE = /(?:^|\s)(?:주관\s?(?:기관|기업|사)|수행\s?(?:기관|기업))\s?[:：]\s?(\S[^:：]{0,30})$/;
/** "○ 개발 모델 : M": the model the team builds. */
const MODEL_LINE = /^(?:[○◦•·\-–]\s?)?(?:개발|목표|대상)\s?모델(?:명)?\s?[:：]\s?(\S.{0,60})$/;
/** "(가칭)", "(파라미터 140억 개 규모)": a note after the name, no part of it. */
const NAME_NOTE = /\s?[(（][^()（）]{1,30}[)）]$/;
/** The most lines a block spans from its lead line to its model line, and from there to its end. */
const MAX_GAP = 6;
/** "Y를 기반으로", "Y을 바탕으로": the model the block's model is built on, right before. */
const BUILT_ON = /^['"’”」]?(?:을|를)\s(?:기반으로|바탕으로|토대로|베이스로)\s/;

export interface LeadCard {
  lead: Mention;
  model: Mention;
  sentence: Sentence;
  base?: { model: Mention; sentence: Sentence };
}

/** The lead and model of each team card in the article's sentences. */
export function readLeadCards(sentences: Sentence[], rules: RuleSet): LeadCard[] {
  const out: LeadCard[] = [];
  if (!sentences.some((s) => s.text.includes('모델') && /[:：]/.test(s.text))) return out;
  for (const [i, s] of sentences.entries()) {
    const head = s.text.includes('주관') || s.text.includes('수행') ? LEAD_LINE.exec(s.text.trim()) : null;
    const lead = head ? companyIn(head[1]!, s, rules) : undefined;
    if (!lead) continue;
    for (let j = i + 1; j < sentences.length && j <= i + MAX_GAP; j++) {
      const line = sentences[j]!;
      if (LEAD_LINE.test(line.text.trim())) break;
      const named = MODEL_LINE.exec(line.text.trim());
      if (!named) continue;
      const model = modelIn(named[1]!.replace(NAME_NOTE, '').trim(), rules, line);
      if (model) out.push({ lead, model: { ...model, start: line.start, end: line.start }, sentence: line, ...baseOf(sentences, j, model, rules) });
      break;
    }
  }
  return out;
}

/** The one other model a line of the block after line `at` says the block's model is built on. */
function baseOf(sentences: Sentence[], at: number, model: Mention, rules: RuleSet): Pick<LeadCard, 'base'> {
  for (let j = at + 1; j < sentences.length && j <= at + MAX_GAP; j++) {
    const s = sentences[j]!;
    if (LEAD_LINE.test(s.text.trim())) break;
    if (!s.text.includes('기반') && !s.text.includes('바탕') && !s.text.includes('토대') && !s.text.includes('베이스')) continue;
    const models = findMentions(s.text, rules).filter((m) => m.type === 'Model' && m.via !== 'anonymous' && m.via !== 'blocked' && m.key !== model.key);
    const base = models.length === 1 && BUILT_ON.test(s.text.slice(models[0]!.end)) ? models[0]! : undefined;
    if (base) return { base: { model: base, sentence: s } };
  }
  return {};
}
