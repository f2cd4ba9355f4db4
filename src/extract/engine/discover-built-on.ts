/**
 * English products named by what they are built on: "its previous product, Foo Chat, had been built on
 * Bar 3", "Acme built its Foo 2 assistant on Bar 3". A capitalised name that a sentence says was built,
 * based, trained or fine-tuned on a model the text already names is a model too.
 */
import { normalizeName } from '../../graph/index.js';
import type { Mention } from '../types.js';
import { discoveredMention, isTaken, type DiscoveryLexicon } from './discover-common.js';
import { matchesIn } from './text-scans.js';

/** A capitalised product name: words that open on a capital, or a version number after one ("Foo Chat", "Foo 2", "Foo-X"). */
const NAME = String.raw`[A-Z][A-Za-z0-9]{1,15}(?:[ \-](?:[A-Z][A-Za-z0-9.]{0,12}|\d{1,2}(?:\.\d{1,2})?(?![\d,]))){0,2}`;
/** What sits between the verb and the base model: "top of", "the", a maker's possessive ("Meta's"). */
const BEFORE_BASE = String.raw`(?:top\sof\s)?(?:the\s)?(?:[A-Z][A-Za-z]{1,15}(?:\s[A-Z][A-Za-z]{1,15})?['’]s\s)?`;
/** "…, Foo Chat, had been built on " (the name after a comma or opening the sentence). */
const SUBJECT_BUILT_ON = new RegExp(String.raw`(?:^|,\s)(${NAME}),?\s(?:was|is|had been|has been)\s(?:(?:also|originally|initially|reportedly|largely)\s)?(?:built|based|trained|fine-tuned)\s(?:on|upon)\s${BEFORE_BASE}`, 'g');
/** "built its Foo 2 assistant on ": a possessed object of a making verb, with the product's noun. */
const OBJECT_BUILT_ON = new RegExp(String.raw`\b(?:built|trained|fine-tuned|based)\s(?:its|their)\s(?:(?:new|own|latest|first|flagship)\s)?(${NAME})\s(?:(?:model|assistant|chatbot|LLM|service)\s)?(?:on|upon)\s${BEFORE_BASE}`, 'g');
/** Words that open a sentence or a clause but name nothing. */
const NOT_NAME = /^(?:The|This|That|It|Its|Their|They|We|Our|He|She|Which|What|Some|Most|All|Both|Each|Many|Several|One|Another|Other|Everything|Nothing|Anything)\b/;

/** Korean: "… 개발한 NAME 모델을 기반으로": a Latin name in capitals before 모델 as the base a product is built on. */
const LATIN_BASE = /(?<![A-Za-z0-9\-])([A-Z][A-Z0-9]{2,15}(?:-[A-Z0-9]{1,10})?)\s모델(?:을|를)\s(?:기반|바탕|토대|베이스)(?:으로|로)\s/g;
/** Capital words that name no model ("AI 모델", "LLM 모델"). */
const NOT_LATIN_MODEL = /^(?:AI|LLM|SLM|SLLM|API|GPU|NPU|NLP|VLM|LMM|MOE|RAG|OCR|STT|TTS|SOTA|AGI|GPT|BERT|CNN|RNN|GAN)$/;
/** "'NAME'은 … BASE를 기반으로 만들었다": a quoted name the sentence says was built on a named model (NAME, then where the base must start). */
const QUOTED_BUILT_ON = /['‘"“]([^'’"”\s][^'’"”]{1,28})['’"”](?:은|는)\s(?=\S)/g;
const BUILT_ON_KO = /^(?:\s?모델)?(?:을|를)\s(?:기반|바탕|토대|베이스)(?:으로|로)\s(?:[가-힣]{1,6}\s)?(?:만들었|만든|만들어|개발했|개발한|개발하였|구축했|구축한|제작했|학습시켰|학습했)/;

/** Korean forms of a product built on a model: the base named "NAME 모델", then the quoted product built on it. */
function discoverKoreanBuiltOn(text: string, taken: Mention[], lx: DiscoveryLexicon): Mention[] {
  const out: Mention[] = [];
  if (!/(?:기반|바탕|토대|베이스)(?:으로|로)\s/.test(text)) return out;
  for (const m of matchesIn(LATIN_BASE, text)) {
    const [start, end] = [m.index, m.index + m[1]!.length];
    if (NOT_LATIN_MODEL.test(m[1]!.toUpperCase()) || isTaken(taken, out, start, end) || lx.generic.has(normalizeName(m[1]!))) continue;
    out.push(discoveredMention('Model', m[1]!, start, end));
  }
  const models = [...taken, ...out].filter((x) => x.type === 'Model');
  for (const m of matchesIn(QUOTED_BUILT_ON, text)) {
    const name = m[1]!;
    const [start, end] = [m.index + 1, m.index + 1 + name.length];
    const base = models.find((x) => x.start === m.index + m[0].length || (x.start > m.index + m[0].length && x.start <= m.index + m[0].length + 40 && !/[.]/.test(text.slice(end, x.start))));
    // (a product's word in the name, "X-에이전트", is blocked as no model alone; the name built on a model is one)
    const open = taken.filter((x) => !(x.via === 'blocked' && x.start >= start && x.end <= end));
    if (!base || !BUILT_ON_KO.test(text.slice(base.end)) || !/[A-Za-z0-9]/.test(name) || isTaken(open, out, start, end) || lx.generic.has(normalizeName(name))) continue;
    out.push(discoveredMention('Model', name, start, end));
  }
  return out;
}

export function discoverBuiltOnModels(text: string, taken: Mention[], lx: DiscoveryLexicon): Mention[] {
  const out: Mention[] = discoverKoreanBuiltOn(text, taken, lx);
  if (!(text.includes(' on ') || text.includes(' upon '))) return out;
  // (the verbs every form needs: most sentences have none)
  if (!(text.includes('built ') || text.includes('based ') || text.includes('trained ') || text.includes('fine-tuned '))) return out;
  for (const re of [SUBJECT_BUILT_ON, OBJECT_BUILT_ON]) {
    for (const m of matchesIn(re, text)) {
      const name = m[1]!;
      const start = m.index + m[0].indexOf(name, re === SUBJECT_BUILT_ON && m[0].startsWith(',') ? 2 : 0);
      const end = start + name.length;
      const baseAt = m.index + m[0].length;
      // the base must be a model the text already names
      if (!taken.some((x) => x.type === 'Model' && x.start === baseAt)) continue;
      if (NOT_NAME.test(name) || isTaken([...taken, ...out], out, start, end) || lx.generic.has(normalizeName(name))) continue;
      out.push(discoveredMention('Model', name, start, end));
    }
  }
  return out;
}
