/**
 * "X 3.0 공개함. 프로(Pro) 410억 파라미터랑 미니(Mini) 23억 두 개임" over a page that names "X 3.0 프로" and "X 3.0 미니": a
 * new line's version, no size of its own, released only as a flagship variant and a smaller one, names the flagship where
 * it is named bare ("X 3.0은 X 2.0의 후속작"); it is no third model beside its two variants.
 */
import { addRelation, type Acc } from './article-acc.js';
import type { RuleSet } from './types.js';

/** The flagship's variant word after the line's name. */
const FLAGSHIP_WORD = /^(?:Pro|PRO|Max|MAX|Ultra|Plus|프로|맥스|울트라|플러스)$/;
/** A smaller variant's word after the line's name. */
const SMALL_WORD = /^(?:Mini|mini|MINI|Lite|Light|Nano|Small|Flash|미니|라이트|나노|스몰|플래시)$/;
/** A version in the line's name ("3.0", "2", "4.5"). */
const VERSIONED = /\d/;

/** The variant word a member's name puts right after one of the line's names, if it is only that. */
function variantWord(names: string[], line: string[]): string | undefined {
  for (const n of names) for (const l of line) if (n.startsWith(`${l} `) && !n.slice(l.length + 1).includes(' ')) return n.slice(l.length + 1);
  return undefined;
}

/**
 * Whether the page introduces the flagship by its bare variant word and a gloss ("프로(Pro) 410억 …"), not after the
 * line's name ("'X 3.0 프로(Pro)'와 'X 3.0 미니(Mini)' 두 가지로 나왔다" keeps "X 3.0" the release beside its two variants).
 */
function introducedBare(sentences: readonly { text: string }[], word: string, line: string[]): boolean {
  const re = new RegExp(`(?<![A-Za-z0-9가-힣.])${word}\\s?\\([A-Za-z가-힣]{2,10}\\)`, 'g');
  return sentences.some((s) => [...s.text.matchAll(re)].some((m) => !line.some((n) => s.text.slice(0, m.index).trimEnd().endsWith(n))));
}

/** Folds an unsized line version whose only members are one flagship variant, introduced by its bare word, and smaller ones into the flagship. */
export function foldVariantLines(acc: Acc, rules: RuleSet, sentences: readonly { text: string }[]): void {
  for (const [key, line] of [...acc.entities]) {
    if (line.type !== 'Model' || rules.byKey.has(key) || line.properties.parameters !== undefined) continue;
    if (acc.props.get(key)?.some((p) => p.property === 'parameters')) continue;
    const names = Object.keys(line.names);
    if (!names.length || !names.every((n) => VERSIONED.test(n))) continue;
    const members = [...acc.entities.values()].flatMap((e) => {
      if (e.type !== 'Model' || e.key === key) return [];
      const word = variantWord(Object.keys(e.names), names);
      return word ? [{ e, word }] : [];
    });
    const flagships = members.filter((m) => FLAGSHIP_WORD.test(m.word));
    if (flagships.length !== 1 || members.length < 2 || !members.every((m) => FLAGSHIP_WORD.test(m.word) || SMALL_WORD.test(m.word))) continue;
    if (!introducedBare(sentences, flagships[0]!.word, names)) continue;
    const flagship = flagships[0]!.e;
    for (const n of names) flagship.names[n] = (flagship.names[n] ?? 0) + line.names[n]!;
    for (const [k, r] of [...acc.relations]) {
      if (r.source !== key && r.target !== key) continue;
      acc.relations.delete(k);
      const source = r.source === key ? flagship.key : r.source, target = r.target === key ? flagship.key : r.target;
      if (source === target) continue;
      for (const ev of r.evidence) addRelation(acc, { relation: r.type, source, target, properties: r.properties }, ev);
    }
    // (the line's release day and the like, said of the line, are the flagship's where it has none of its own)
    const own = acc.props.get(flagship.key) ?? [];
    const moved = (acc.props.get(key) ?? []).filter((p) => !own.some((o) => o.property === p.property));
    if (moved.length) acc.props.set(flagship.key, [...own, ...moved]);
    for (const [p, v] of Object.entries(line.properties)) if (flagship.properties[p] === undefined) flagship.properties[p] = v;
    acc.entities.delete(key);
    acc.props.delete(key);
  }
}
