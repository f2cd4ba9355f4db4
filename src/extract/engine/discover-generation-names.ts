/**
 * Model names whose generation number is written in a way the versioned-name scans do not read: glued to a Hangul
 * stem ("누리봇3는", "누리봇3-V", "누리봇3 8B") or as a Roman numeral after it ("누리봇 II", "누리봇 Ⅲ 라이트"). Either
 * is a model's name only in a sentence about models (a model noun, parameters, a base, a successor, a generation, a
 * score) or where its Latin spelling is glossed after it.
 */
import { normalizeName } from '../../graph/index.js';
import { isParticleTail, parseMagnitude } from '../korean.js';
import type { Mention } from '../types.js';
import { discoveredMention, isTaken, MODEL_SENTENCE, SCORE_SENTENCE, type DiscoveryLexicon } from './discover-common.js';
import { matchesIn } from './text-scans.js';

/** "누리봇3", "누리봇3-V", "누리봇3-씽크", "누리봇3 8B": a Hangul stem, a glued generation number, a hyphenated variant, a size. */
const GLUED = /(?<![가-힣A-Za-z0-9\-·:])([가-힣]{2,5})(\d{1,2})(?:-([A-Z][A-Za-z]{0,7}|[가-힣]{1,4}?(?=(?:은|는|이|가|의|을|를|와|과|도|로|으로|에서|에|만)?(?![가-힣]))))?(?:\s(\d{1,3}(?:\.\d)?)([BM]))?(?![A-Za-z0-9.,\-%])/g;
/** "누리봇 II", "누리봇 Ⅲ 라이트": a Hangul stem, a Roman numeral of a generation and maybe a variant word. */
const ROMAN = /(?<![가-힣A-Za-z0-9\-·:])([가-힣]{2,6})\s(III|II|IV|VI{0,3}|IX|I|X|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ])(?:\s(라이트|미니|프로|맥스|플러스|울트라|비전|씽크|터보|나노))?(?![A-Za-z0-9.\-])/g;
const ROMAN_VALUE: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, V: 5, VI: 6, VII: 7, VIII: 8, IX: 9, X: 10, Ⅰ: 1, Ⅱ: 2, Ⅲ: 3, Ⅳ: 4, Ⅴ: 5, Ⅵ: 6, Ⅶ: 7, Ⅷ: 8, Ⅸ: 9, Ⅹ: 10 };

/** Words that a number or numeral counts or orders rather than names a model ("시즌2", "페이즈 II", "코로나19", "모델3"; an agenda's "발제1", "질의2", "붙임3"). */
const COUNTED_STEM = /^(?:모델|버전|발제|발표|토론|세션|안건|질의|답변|질문|문항|사례|주제|강연|기조|붙임|별첨|시즌|파트|챕터|에피소드|페이즈|단계|임상|레벨|라운드|스테이지|세대|타입|유형|등급|제|차|회|호|코로나|사진|그림|도표|자료|참고|부록|별표|첨부|영상|그래프|차트|페이지|캡션|갤럭시|아이폰|아이패드|플레이스테이션|윈도|윈도우|엑스박스|스위치|시리즈|부문|분야|팀|조|반|권|편|화|장|절|항|번|층|동|관|구역)$/;
/** A sentence about models: a model noun, parameters, a base, a successor, a generation, a release of weights. */
const GENERATION_SENTENCE = /후속|전작|세대|계보|가중치|오픈\s?웨이트|증류|양자화|파생|변형/;
/** A counter right after the number ("통신3사", "상위3개"): the number counts, it names no generation. */
const COUNTER_AFTER = /^[사개명곳종위년월일차호회번층세배건부편권장대국조억만천시분초]/;
/** A stem that ends like a particle or a verb's form ("회사는3", "한3"): no name. */
const ENDING_STEM = /(?:은|는|을|를|에|의|도|로|가|이|과|와|서|고|며|면|던|한|된|할|인|적)$/;

function aboutModels(text: string): boolean {
  return MODEL_SENTENCE.test(text) || SCORE_SENTENCE.test(text) || GENERATION_SENTENCE.test(text);
}

/** "누리봇3 (Nuribot3)", "누리봇3-V(nuribot3-v)": a Latin spelling glossed right after the name, ending in the same number. */
function glossedAfter(text: string, end: number, digits: string): boolean {
  const g = /^\s?\(([A-Za-z][A-Za-z ]{1,20}[\s\-]?\d{1,2}(?:[\-\s][A-Za-z]{1,8})?)\)/.exec(text.slice(end, end + 40));
  return !!g && new RegExp(`${digits}(?:[\\-\\s][A-Za-z]{1,8})?$`).test(g[1]!);
}

/** The models named by a Hangul stem and a glued or Roman generation number. */
export function discoverGenerationNames(text: string, ms: Mention[], lx: DiscoveryLexicon): Mention[] {
  const out: Mention[] = [];
  const digit = /[가-힣]\d/.test(text);
  const roman = /[가-힣]\s(?:[IVX]|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ])/.test(text);
  if (!digit && !roman) return out;
  const about = aboutModels(text);
  if (digit) {
    for (const m of matchesIn(GLUED, text)) {
      const stem = m[1]!;
      const end = m.index + m[0].length;
      if (COUNTED_STEM.test(stem) || ENDING_STEM.test(stem) || lx.generic.has(normalizeName(stem))) continue;
      if (!(about || glossedAfter(text, end, m[2]!)) || COUNTER_AFTER.test(text.slice(end, end + 1))) continue;
      if (/[가-힣]/.test(text[end] ?? '') && !isParticleTail(text, end)) continue;
      if (isTaken(ms, out, m.index, end)) continue;
      const mention = discoveredMention('Model', m[0], m.index, end);
      if (m[4]) mention.properties = { parameters: parseMagnitude(m[4], m[5]!) };
      out.push(mention);
    }
  }
  if (roman && about) {
    for (const m of matchesIn(ROMAN, text)) {
      const stem = m[1]!;
      const end = m.index + m[0].length;
      if (COUNTED_STEM.test(stem) || ENDING_STEM.test(stem) || lx.generic.has(normalizeName(stem))) continue;
      if (/[가-힣]/.test(text[end] ?? '') && !isParticleTail(text, end)) continue;
      // ("X I ...": a lone "I" before a Latin word is the English pronoun)
      if (m[2] === 'I' && /^\s[A-Za-z]/.test(text.slice(end, end + 2))) continue;
      if (isTaken(ms, out, m.index, end)) continue;
      const mention = discoveredMention('Model', m[0], m.index, end);
      // ("X II(X2)", "X II" and "X 2" in one article: the numeral's name is the Arabic one's, one model)
      const arabic = `${stem} ${ROMAN_VALUE[m[2]!]}${m[3] ? ` ${m[3]}` : ''}`;
      mention.key = `model:~${normalizeName(arabic)}`;
      mention.aliases.push(arabic);
      out.push(mention);
    }
  }
  return out;
}
