/**
 * "전작 라온-M 1은 …" read while the focus rests on a base model another company made: a successor read only from the model
 * in focus, where that model is the base of a model of the predecessor's maker and shares no maker with the predecessor,
 * is the wrong model's (a line's earlier model is the line's own; a successor the sentence names itself stays, and so does
 * one of a maker renamed, its predecessor no base of the line).
 */
import { namesOf, type Acc } from './article-acc.js';

/** Rules that take the successor (or the predecessor) from the model in focus, not from the sentence's words. */
const FOCUS_RULE = /^succeeds\.(?:focus|focus-previous|focus-predecessor|successor-of-focus)$/;

/** Drops each SUCCEEDS read only through the focus from a base of the predecessor maker's line, made by another company. */
export function dropCrossMakerSuccessors(acc: Acc): void {
  const makers = new Map<string, Set<string>>();
  const builtOn = new Map<string, string[]>();
  for (const r of acc.relations.values()) {
    if (r.type === 'DEVELOPED') makers.set(r.target, (makers.get(r.target) ?? new Set()).add(r.source));
    if (r.type === 'BASED_ON') builtOn.set(r.target, [...(builtOn.get(r.target) ?? []), r.source]);
  }
  const shareMaker = (x: string, y: string) => [...(makers.get(x) ?? [])].some((m) => makers.get(y)?.has(m));
  for (const [k, r] of acc.relations) {
    if (r.type !== 'SUCCEEDS' || !r.evidence.length || !r.evidence.every((e) => FOCUS_RULE.test(e.rule))) continue;
    if (shareMaker(r.source, r.target) || !(builtOn.get(r.source) ?? []).some((c) => shareMaker(c, r.target))) continue;
    acc.relations.delete(k);
  }
}

/**
 * "리프트-M 1은 라마 3.1 8B를 미세조정한 모델 … (라마는) … 1의 후속이긴 한데": a model is no successor of a model built on it
 * (the base came first); a SUCCEEDS whose successor is the base of its predecessor was read from the wrong subject.
 */
export function dropSuccessorsOfDerived(acc: Acc): void {
  const bases = new Map<string, string>();
  for (const [k, r] of acc.relations) if (r.type === 'BASED_ON') bases.set(`${r.source}|${r.target}`, k);
  for (const [k, r] of acc.relations) {
    const base = r.type === 'SUCCEEDS' ? bases.get(`${r.target}|${r.source}`) : undefined;
    if (base === undefined) continue;
    // ("Y를 교사 모델로 삼아 … 만든 모델로" read of the model in focus: a predecessor is no student of its successor, the focus was stale)
    const read = acc.relations.get(base);
    if (read?.evidence.length && read.evidence.every((e) => FOCUS_TEACHER_RULE.test(e.rule))) acc.relations.delete(base);
    else acc.relations.delete(k);
  }
}

/**
 * "함께 나온 'Y 2.5 미니' … 전작 Y 2.0과의 격차를 좁혔다": a predecessor named in passing while a variant is in focus is its main
 * model's ("Y 2.5", whose name the variant's begins with), when the text says so of the main model too; the variant's own,
 * read only from the focus, is dropped.
 */
export function dropVariantPredecessors(acc: Acc): void {
  const succeeds = new Set<string>();
  for (const r of acc.relations.values()) if (r.type === 'SUCCEEDS') succeeds.add(`${r.source}|${r.target}`);
  for (const [k, r] of acc.relations) {
    if (r.type !== 'SUCCEEDS' || !r.evidence.every((e) => FOCUS_RULE.test(e.rule))) continue;
    const variant = acc.entities.get(r.source);
    if (!variant) continue;
    const main = [...acc.entities.values()].find((e) => e.key !== r.source && e.key !== r.target && e.type === 'Model' && succeeds.has(`${e.key}|${r.target}`) && namesOf(e).some((n) => namesOf(variant).some((v) => v.startsWith(`${n} `))));
    if (main) acc.relations.delete(k);
  }
}

/** Rules that take the student of a teacher model from the model in focus. */
const FOCUS_TEACHER_RULE = /^based-on\.focus-teacher-model(?:-made)?$/;
