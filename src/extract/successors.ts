/** A successor introduced on its own ("이어 후속작 'B'를 선보였다") whose predecessor the sentence before named. */
import type { Mention } from './types.js';
import type { ParagraphSentence } from './consortium-paragraph.js';

/** "후속작 'B'", "후속 모델 B": the model right after a successor word. */
const SUCCESSOR_WORD = /(?:후속작|후속\s?모델|후속\s?버전|차기작|차기\s?모델)\s?['"‘“]?$/;
/** A model name's brand: its leading word ("벼리" in "벼리-R 2"). */
const BRAND = /^([가-힣]{2,}|[A-Za-z]{3,})(?=[\s-]|\d)/;

/**
 * "지난 4월 첫 모델 벼리-R 1을 내놨다. 이어 후속작 벼리-R 2를 선보였다": a sentence whose only model follows a
 * successor word succeeds the one model of the sentence before that carries the same brand (a base model named
 * beside it, "알리바바의 Qwen3-14B를 파인튜닝한", is no predecessor).
 */
export function successorOfPrevious(text: string, mentions: Mention[], previous: ParagraphSentence | undefined): { source: Mention; target: Mention } | undefined {
  if (!previous || !/후속|차기/.test(text)) return undefined;
  const models = mentions.filter((m) => m.type === 'Model' && m.via !== 'anonymous');
  if (new Set(models.map((m) => m.key)).size !== 1) return undefined;
  const source = models[0]!;
  if (!SUCCESSOR_WORD.test(text.slice(Math.max(0, source.start - 10), source.start))) return undefined;
  const brand = (m: Mention) => BRAND.exec(m.surface)?.[1]?.toLowerCase();
  const own = brand(source);
  const before = own ? previous.mentions.filter((m) => m.type === 'Model' && m.via !== 'anonymous' && m.key !== source.key && brand(m) === own) : [];
  return new Set(before.map((m) => m.key)).size === 1 ? { source, target: before[0]! } : undefined;
}
