/**
 * "X가 KMMLU에서 66.9점을 기록해 전작(61.3점)보다 …", "전작의 61.3점에서 …", "up from the 61.3 its predecessor posted": a score the sentence gives the earlier model
 * by the word for it (전작, 이전 모델, 전 버전) is the score, on the same benchmark, of the one model the article says the
 * scored model succeeds.
 */
import { addRelation, type Acc } from './article-acc.js';

/** A word for the predecessor, then its score: in parentheses, after 의 or after a space ("전작(61.3점)", "이전 버전의 58점"). */
const PREDECESSOR_SCORE = /(?:전작|이전\s?모델|이전\s?버전|전\s?버전)(?:\s?\(|의\s|\s)(\d{1,3}(?:\.\d{1,2})?)\s?점/;
/** The English forms: "up from the 69.5 its predecessor posted", "compared with its predecessor's 61.3" (that earlier model's score). */
const PREDECESSOR_SCORE_EN = /\b(?:up|down)\sfrom\s(?:the\s)?(\d{1,3}(?:\.\d{1,2})?)\s(?:points?\s)?(?:that\s)?(?:its|the)\s(?:predecessor|previous\s(?:model|version))\s(?:had\s)?(?:posted|scored|recorded|achieved|got|earned)\b|\b(?:up\sfrom|down\sfrom|compared\s(?:with|to)|versus|against)\s(?:its|the)\s(?:predecessor|previous\s(?:model|version))['’]s\s(\d{1,3}(?:\.\d{1,2})?)\b/;

/** SCORED for the model a scored model succeeds, where the sentence of its one score gives the predecessor's by that word. */
export function addPredecessorScores(acc: Acc): void {
  const relations = [...acc.relations.values()];
  for (const r of relations) {
    if (r.type !== 'SCORED' || r.properties.score === undefined) continue;
    const predecessors = relations.filter((o) => o.type === 'SUCCEEDS' && o.source === r.source);
    if (predecessors.length !== 1) continue;
    const earlier = predecessors[0]!.target;
    if (relations.some((o) => o.type === 'SCORED' && o.source === earlier && o.target === r.target)) continue;
    for (const ev of r.evidence) {
      const m = PREDECESSOR_SCORE.exec(ev.sentence) ?? PREDECESSOR_SCORE_EN.exec(ev.sentence);
      const score = m ? Number(m[1] ?? m[2]) : undefined;
      // (only where the sentence scores the model on this one benchmark: the word's score is then on the same one)
      const others = relations.filter((o) => o !== r && o.type === 'SCORED' && o.source === r.source && o.evidence.some((e) => e.start === ev.start));
      if (score === undefined || score === r.properties.score || others.length > 0) continue;
      addRelation(acc, { relation: 'SCORED', source: earlier, target: r.target, properties: { score } }, { ...ev, rule: 'scored.predecessor-word', confidence: 0.6 });
      break;
    }
  }
}
