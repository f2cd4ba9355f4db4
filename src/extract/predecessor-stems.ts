/**
 * "'SOTA K 2'를 내놓는다" … "SOTA K의 업그레이드 버전", "전작 SOTA K", "1세대 SOTA K": a versioned model's name without its version,
 * named as the model the new one succeeds or as the topic a sentence defines as a model, is the line's earlier model (whatever its script; see siblingNames for
 * stems followed by another version).
 */
import type { Sentence } from '../parse/types.js';
import { escapeRegex } from './engine/compile.js';
import type { Mention } from './types.js';

/** A discovered model's name: its stem, a space, a version number ("SOTA K 2", "한울 LM 3.5"), or a hyphen ("가온-2"). */
const SPACED_VERSION = /^(.*[가-힣A-Za-z])(?:\s|-)\d{1,2}(?:\.\d{1,2})?$/;
/** Before the stem: the word for its first generation ("1세대 X", "첫 세대 X", "초대 X"): a short stem too. */
const FIRST_GENERATION_BEFORE = /(?:(?<![0-9])1세대|첫\s?세대|초대)\s['"‘“]?$/;
/** After the stem: the one a newer model upgrades or follows ("의 업그레이드 버전", "의 후속 모델", "의 개선판"). */
const SUCCEEDED_AFTER = /^['"’”]?의\s(?:업그레이드|후속|개선|차기|최신)\s?(?:버전|판|모델|작)/;
/** Before the stem: a word for the earlier model ("전작 ", "전작인 '", "이전 버전인 "). */
const PREDECESSOR_BEFORE = /(?:전작|이전\s?모델|이전\s?버전)(?:인|이었던)?\s['"‘“]?$/;
/**
 * After the stem: the topic of a sentence that says what it is, a model ("X는 A가 B를 기반으로 개발한 한국형 모델이다",
 * "X는 … 언어모델입니다"): the stem names a model of its own (the line's earlier one), not a word of the versioned name.
 */
const DEFINED_AS_MODEL = /^['"’”]?(?:은|는)\s(?:[^.?!]|\.(?=\d)){0,120}?(?:모델|LLM|언어\s?모델)(?:이다|입니다|이었다|였다)\.?\s*$/;

/** The stems of discovered versioned models that the text names alone as the model a newer one succeeds. */
export function predecessorStems(all: Mention[][], sentences: Sentence[]): string[] {
  const stems = new Set<string>();
  for (const ms of all) for (const m of ms) if (m.type === 'Model' && m.via === 'discovered') {
    const stem = SPACED_VERSION.exec(m.surface)?.[1];
    if (stem && stem.length >= 2) stems.add(stem);
  }
  const out = new Set<string>();
  for (const stem of stems) {
    const re = new RegExp(`(?<![가-힣A-Za-z0-9])${escapeRegex(stem)}(?![A-Za-z0-9]|\\s\\d)`, 'g');
    sentences.forEach((s, i) => {
      if (!s.text.includes(stem)) return;
      for (const m of s.text.matchAll(re)) {
        const end = m.index + stem.length;
        if ((all[i] ?? []).some((x) => x.start <= m.index && x.end >= end)) continue;
        const before = s.text.slice(Math.max(0, m.index - 12), m.index);
        if (FIRST_GENERATION_BEFORE.test(before) || (stem.length >= 3 && (SUCCEEDED_AFTER.test(s.text.slice(end, end + 16)) || DEFINED_AS_MODEL.test(s.text.slice(end)) || PREDECESSOR_BEFORE.test(before)))) out.add(stem);
      }
    });
  }
  return [...out];
}
