/**
 * A yes-no question of minutes or a hearing confirmed in the next turn: "○NAME 위원  … 'Y 사업'에는 선정되셨지요?" —
 * "○증인 NAME  네, 올해 선정돼 …". The question names the programme, the answer only says yes with the same verb; the
 * answering speaker's company (the one the page placed them at) takes part in it. And an interviewer's question naming the
 * company ("X도 도전하시는 거예요?", the programme named in the turn) answered "네, 지원했습니다": that company applied.
 */
import type { Sentence } from '../parse/types.js';
import { addRelation, evidenceOf, type Acc } from './article-acc.js';
import type { Mention } from './types.js';

/** A programme asked about as selected or joined ("Y에는 선정되셨지요?", "Y에 참여하고 계시죠?"). */
const ASKED_AFTER = /^['"’”」』]?\s?(?:에는|에도|에)\s(?:[가-힣]{1,6}\s)?(선정|선발|참여|참가)(?:되셨|되었|됐|돼|하셨|하고\s계시|하고\s있)[가-힣]{0,6}\s?\?/;
/** A turn's label and a yes ("○증인 NAME  네, …", "○NAME 대표  예. …"). */
const YES_TURN = /^[○◯]\s?(?:증인|참고인|진술인)?\s?([가-힣]{2,4})(?:\s[가-힣]{1,8})?\s+(?:네|예|그렇습니다)[,.]?\s/;
/** A yes that goes on to deny it ("네, 하지만 선정되지 않았습니다"). */
const DENIED = /(?:지\s?(?:않|못)|탈락|안\s?됐|떨어졌|취소)/;

export interface AskedProgramme {
  policy: Mention;
  verb: string;
  /** The company asked about by name ("X도 도전하시는 거예요?"), where the question names it. */
  company?: Mention;
}

/** "X도 도전하시는 거예요?", "X는 지원하셨나요?": a company asked whether it applies to or joins (the programme just spoken of). */
const ASKED_COMPANY_AFTER = /^(?:도|는|은|가|이)\s(?:[가-힣]{1,6}\s)?(?:도전|지원|신청|응모|참여|참가)(?:하시|하셨|하실|하)[가-힣]{0,6}(?:\s(?:거|건|것)[가-힣]{0,4})?\s?\?/;
/** An answer turn's label ("◆ NAME>", "A.", "답:"), then a yes. */
const YES_ANSWER = /^(?:[◆◇■▶○]\s?[가-힣A-Za-z]{1,8}\s?[>:]\s?|A[.:]\s?|답\s?[:.]\s?)?(?:네|예|그렇습니다|맞습니다)[,.!]?\s/;
/** The yes goes on to apply or join ("네, 지원했습니다", "네, 서류 냈어요"). */
const APPLIED = /(?:지원|신청|응모|도전|참여|참가)(?:했|하였|합니다|했어요|하고\s있|해\s?있|해\s?놨)|서류(?:를|도)?\s?(?:냈|제출)/;

/** The programme a question turn asks whether the one questioned was selected for or takes part in. */
export function askedProgramme(s: Sentence, mentions: Mention[], recent?: Mention): AskedProgramme | undefined {
  if (!s.text.trimEnd().endsWith('?')) return undefined;
  // (an interviewer's question naming the company, about the programme this or the last sentences named)
  const company = mentions.find((m) => m.type === 'Company' && m.via !== 'blocked' && ASKED_COMPANY_AFTER.test(s.text.slice(m.end, m.end + 30)));
  const policy = mentions.find((m) => m.type === 'Policy' && m.via !== 'blocked') ?? recent;
  if (company && policy) return { policy, verb: '', company };
  if (!/^[○◯]/.test(s.text)) return undefined;
  for (const m of mentions) {
    if (m.type !== 'Policy') continue;
    const a = ASKED_AFTER.exec(s.text.slice(m.end, m.end + 30));
    if (a) return { policy: m, verb: a[1]! };
  }
  return undefined;
}

/** The answer turn right after the question: a yes with the question's verb, by a speaker the page placed at a company. */
export function addConfirmedProgramme(acc: Acc, articleId: string, s: Sentence, asked: AskedProgramme | undefined): void {
  if (asked?.company) {
    const yes = YES_ANSWER.exec(s.text);
    const rest = yes ? s.text.slice(yes[0].length) : '';
    if (yes && APPLIED.test(rest) && !DENIED.test(rest)) addRelation(acc, { relation: 'PARTICIPATES_IN', source: asked.company.key, target: asked.policy.key, properties: {} }, evidenceOf(articleId, s, 'participates.confirmed-question', 0.6));
    return;
  }
  const yes = asked ? YES_TURN.exec(s.text) : null;
  if (!asked || !yes || !s.text.slice(yes[0].length).includes(asked.verb) || DENIED.test(s.text.slice(yes[0].length))) return;
  const person = [...acc.entities.values()].find((e) => e.type === 'Person' && Object.keys(e.names).includes(yes[1]!));
  const employers = person ? [...acc.relations.values()].filter((r) => r.type === 'WORKS_FOR' && r.source === person.key) : [];
  if (employers.length !== 1) return;
  addRelation(acc, { relation: 'PARTICIPATES_IN', source: employers[0]!.target, target: asked.policy.key, properties: {} }, evidenceOf(articleId, s, 'participates.confirmed-question', 0.6));
}

/** A reader's numbered question opening its line ("Q1. …", "Q 3) …"). */
const NUMBERED_QUESTION = /^Q\s?\d{1,2}\s?[.):]\s/;
/** A reader's numbered question ("Q3. 성능은 어느 정도인가요?"), which a column's question turns need not mark (see interview-focus.columnModel). */
export function isNumberedQuestion(s: Sentence): boolean {
  return s.block === 'body' && NUMBERED_QUESTION.test(s.text);
}
