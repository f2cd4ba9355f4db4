/**
 * A proceedings booklet's or an event programme's speech section: a bracketed label naming the kind of speech ("【 축 사 】",
 * "[환영사]", "<기조연설>", its letters often spaced out for print; or a marked one, "■ 축사 — "), then the speaker's public body, post and name
 * ("과학기술정보통신부 제1차관 NAME", or "NAME 과학기술정보통신부 제1차관"). The lines under it, up to the next heading,
 * are that official's words: a programme they say is pushed ("정부는 X를 흔들림 없이 추진하고 있습니다") is one they promote.
 */
import type { Sentence } from '../parse/types.js';
import type { Mention } from './types.js';

/** A bracketed label of a few Hangul letters (maybe spaced out), then the rest of the heading line (or a marked label and a dash or colon: "■ 축사 — …"). */
const BRACKET_LABEL = /^(?:[【\[［〔<〈]\s?((?:[가-힣]\s?){2,8})[】\]］〕>〉]|[■◆▣□◇]\s?([가-힣]{2,6})\s?[:：—–-])\s?(.*)$/;
/** The kinds of speech a programme's section is labelled with (letters only, spaces taken out). */
const SPEECH_KIND = /^(?:축사|격려사|환영사|기념사|인사말|인사말씀|개회사|폐회사|기조연설|기조강연|특별강연|축하말씀|축하메시지|모두발언)$/;
/** A public body, then an official's post ("과학기술정보통신부 제1차관", "정보통신산업진흥원장"). */
const OFFICIAL_POST = '[가-힣]{1,16}?(?:부|청|처|위원회|진흥원|평가원)\\s?(?:제\\d\\s?)?[가-힣]{0,4}?(?:장관|차관|차관보|청장|처장|위원장|실장|국장|정책관|원장)';
/** The heading's speaker: post then name, or name then post, and nothing else. */
const POST_THEN_NAME = new RegExp(`^${OFFICIAL_POST}\\s([가-힣]{2,4})$`);
const NAME_THEN_POST = new RegExp(`^([가-힣]{2,4})\\s\\(?${OFFICIAL_POST}\\)?$`);

/**
 * For a heading (a bracketed label or a heading block), the official whose speech it opens (their person mention's key), or
 * null when it opens anything else; undefined for a sentence that is no heading (the section runs on).
 */
export function speechSectionOfficial(s: Sentence, mentions: Mention[]): string | null | undefined {
  const label = BRACKET_LABEL.exec(s.text);
  if (!label) return s.block === 'heading' ? null : undefined;
  if (!SPEECH_KIND.test((label[1] ?? label[2]!).replace(/\s/g, ''))) return null;
  const rest = label[3]!.trim();
  const name = (POST_THEN_NAME.exec(rest) ?? NAME_THEN_POST.exec(rest))?.[1];
  return (name && mentions.find((m) => m.type === 'Person' && m.via !== 'reference' && m.surface === name)?.key) ?? null;
}
