/**
 * A translated post that prints the original Chinese line beside its Korean translation ("阿里云与 X 联合发布 "通义千问 Y版
 * 32B"" then "알리바바 클라우드, X와 'Z 32B' 공동 발표"): each line names one model, the original in Han characters, the
 * translation in Hangul or Latin letters, of the same family and the same size. The two are one model, the original's
 * name a form of the translation's.
 */
import type { Sentence } from '../parse/types.js';
import type { Mention } from './types.js';

const HAN = /\p{Script=Han}/u;
const HANGUL = /[가-힣]/;
/** A size in a model's name ("32B", "7b", "1.5B"). */
const SIZE = /(?<![\w.])(\d+(?:\.\d+)?)\s?[Bb](?![A-Za-z])/;

/** The one model a line names (no reference), else undefined. */
function soleModel(ms: readonly Mention[]): Mention | undefined {
  const models = ms.filter((m) => m.type === 'Model' && m.via !== 'reference');
  return models.length === 1 || (models.length > 1 && models.every((m) => m.key === models[0]!.key)) ? models[0] : undefined;
}

/** Whether two model names are of one family and one size (a size each, the same). */
function sameFamilyAndSize(a: Mention, b: Mention): boolean {
  const sa = SIZE.exec(a.surface)?.[1];
  return a.family !== undefined && a.family === b.family && sa !== undefined && sa === SIZE.exec(b.surface)?.[1];
}

/** The Han-script model keys of an original line, to the key of the model its translation beside it names. */
export function translatedForms(first: Mention[][], sentences: readonly Sentence[]): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 0; i + 1 < sentences.length; i++) {
    const pair = [i, i + 1] as const;
    // (the original has no Hangul; the translation has Hangul; either may come first)
    const original = pair.find((j) => !HANGUL.test(sentences[j]!.text) && HAN.test(sentences[j]!.text));
    if (original === undefined) continue;
    const translation = original === i ? i + 1 : i;
    if (!HANGUL.test(sentences[translation]!.text)) continue;
    const han = soleModel(first[original] ?? []);
    const other = soleModel(first[translation] ?? []);
    if (!han || !other || han.key === other.key || !HAN.test(han.surface) || HAN.test(other.surface) || !sameFamilyAndSize(han, other)) continue;
    if (!out.has(han.key)) out.set(han.key, other.key);
  }
  return out;
}
