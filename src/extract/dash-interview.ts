/**
 * A Q&A interview printed with dash questions over plain answer paragraphs ("- 성능은 어느 정도인가." then the
 * interviewee's unquoted answer): each dash paragraph is the interviewer's, the paragraphs after it, up to the next dash
 * question, are the answer. Read only where two or more dash paragraphs end as questions do ("…인가.", "…는데.",
 * "…계획은.", "…?"), so a list of dashed points is not taken for one. An answer stops at a paragraph opening on a box
 * mark ("■ NAME 대표는 …", the interviewee's profile).
 */
import type { Sentence } from '../parse/types.js';

/** "-성능은 어느 정도인가.": a dash opening a paragraph, as Korean interviews mark a question. */
export const DASH_QUESTION = /^[-―—–]\s?(?=[가-힣A-Za-z'‘"“])/;
/**
 * A question's ending: a question mark, or the clipped forms interviews print ("…인가.", "…있는데.", "…이유는.", "…생각은.");
 * not a post's polite remark, advice or exclamation ("…했다고 하네요.", "참고만 하세요.", "…강조하더군요."), a bulleted list's points.
 */
const ASKED = /(?:\?|(?:가|나|까|는데|은데|던데|데요|(?<![네세군])요|은|는)\.?)$/;
/** A paragraph that is no part of an answer: a profile or a note under a box mark. */
const BOXED = /^[■□▶▷◆◇※●○▲△]/;

export interface DashTurns {
  /** The interviewer's sentences. */
  questions: Set<number>;
  /** The answers' sentences. */
  answers: Set<number>;
}

/** The question and answer sentences of a dash-question interview (both empty for any other page). */
export function dashInterviewTurns(sentences: readonly Sentence[], text: string): DashTurns {
  const paragraphs: number[][] = [];
  for (const [i, s] of sentences.entries()) {
    const prev = sentences[i - 1];
    if (!prev || text.slice(prev.end, s.start).includes('\n') || prev.block !== s.block) paragraphs.push([i]);
    else paragraphs.at(-1)!.push(i);
  }
  const isQuestion = (p: number[]) => sentences[p[0]!]!.block === 'body' && DASH_QUESTION.test(sentences[p[0]!]!.text);
  const turns: DashTurns = { questions: new Set(), answers: new Set() };
  if (paragraphs.filter((p) => isQuestion(p) && ASKED.test(sentences[p.at(-1)!]!.text)).length < 2) return turns;
  let answering = false;
  for (const p of paragraphs) {
    if (isQuestion(p)) {
      for (const i of p) turns.questions.add(i);
      answering = true;
    } else if (answering && sentences[p[0]!]!.block === 'body' && !BOXED.test(sentences[p[0]!]!.text)) for (const i of p) turns.answers.add(i);
    else answering = false;
  }
  return turns;
}
