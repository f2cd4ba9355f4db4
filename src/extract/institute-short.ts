/**
 * "X AI연구원은 … 연구원은 이번 모델로 …", "연구원에서 학습을 이끄는 NAME 센터장은": an article about the one organisation
 * it names whose name ends in 연구원 (a lab or institute, not the word alone) calls it by that word alone at the start of a
 * sentence. Elsewhere the word is a researcher's title ("NAME 연구원은"), so only a sentence's opening word is read.
 */
import type { KnownName } from './engine/known-names.js';
import type { Mention } from './types.js';

/** A name that ends in 연구원 after a word of its own ("LG AI연구원", "한빛AI연구원"). */
const INSTITUTE_NAME = /[A-Za-z가-힣]{2}\s?연구원$/;

/** The known name "연구원" pointing back to the article's one organisation named so, if it names exactly one. */
export function instituteShortName(all: Mention[][]): KnownName | undefined {
  const keys = new Set<string>();
  for (const ms of all) for (const m of ms) if (m.type === 'Company' && m.via !== 'reference' && INSTITUTE_NAME.test(m.surface)) keys.add(m.key);
  if (keys.size !== 1) return undefined;
  return { name: '연구원', type: 'Company', key: [...keys][0]!, reference: true, particleOnly: true, opening: true };
}
