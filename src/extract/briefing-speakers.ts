/**
 * A briefing's own record (a press-pool transcript, a ministry's briefing note) names who gives it and what about:
 * - a header block "제목: X 및 Y 관련 (백)브리핑 … 브리핑: NAME ○○부 TITLE, NAME TITLE": each official who briefs
 *   announces the policies the title names;
 * - an opening-remarks label "[모두발언 - NAME TITLE]" (or "[모두발언] NAME TITLE"): the speaker announces the policies the
 *   first two sentences of the remarks name ("오늘 말씀드릴 것은 … X의 후속 조치, 그리고 Y 선정 결과입니다").
 * Only people with an official's title (차관, 실장, 정책관 …) count: a moderator or a reporter is no announcer.
 */
import type { Sentence } from '../parse/types.js';
import { addRelation, evidenceOf, type Acc } from './article-acc.js';
import { alternation, perRuleSet } from './engine/compile.js';
import { findMentions, type KnownName } from './engine/mentions.js';
import type { Mention, RuleSet } from './types.js';

/** The header's subject line, up to its kind of event. */
const TITLE_FIELD = /(?:^|\s)(?:제목|주제|건명)\s?[:：]\s?(.{4,160}?(?:백브리핑|브리핑|기자회견|기자간담회|설명회))(?=\s|$)/;
/** The header's line of who briefs, up to the next field label ("정리:", "사회:") or the end. */
const BRIEFERS_FIELD = /(?:^|\s)(?:브리핑|브리퍼|발표자?|설명)\s?[:：]\s?(.{2,160}?)(?=\s[가-힣]{2,4}\s?[:：]|$)/;
/** An opening-remarks label with its speaker. */
const REMARKS_LABEL = /^\[?\s?모두\s?발언\s?(?:[-–—:]\s?|\]\s?)(.{2,60}?)\]?$/;

/** After a person's name, up to the next comma: an optional body ("과학기술정보통신부") and an official's title. */
const officialAfter = perRuleSet((rules: RuleSet) => new RegExp(`^\\s?(?:[가-힣A-Za-z]{1,16}\\s){0,2}[가-힣A-Za-z0-9]{0,12}?(?:${alternation(rules.lexicon.officialTitles)})\\s?(?:,|$)`));

function officials(text: string, rules: RuleSet, known: KnownName[]): Mention[] {
  const ms = findMentions(text, rules, known);
  return ms.filter((m) => {
    if (m.type !== 'Person') return false;
    const next = ms.find((x) => x.start >= m.end);
    const rest = text.slice(m.end, next ? next.start : text.length);
    return officialAfter(rules).test(rest.split(',')[0] + (rest.includes(',') ? ',' : ''));
  });
}

function policies(text: string, rules: RuleSet, known: KnownName[]): string[] {
  return [...new Set(findMentions(text, rules, known).filter((m) => m.type === 'Policy').map((m) => m.key))];
}

/** PROMOTES from a briefing's officials to the policies its header's title or its opening remarks name. */
export function addBriefingSpeakers(acc: Acc, rules: RuleSet, articleId: string, sentences: Sentence[], known: KnownName[]): void {
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    const title = s.text.includes(':') || s.text.includes('：') ? TITLE_FIELD.exec(s.text) : null;
    const briefers = title ? BRIEFERS_FIELD.exec(s.text.slice(title.index + title[0].length)) : null;
    if (title && briefers)
      for (const p of officials(briefers[1]!, rules, known))
        for (const target of policies(title[1]!, rules, known)) addRelation(acc, { relation: 'PROMOTES', source: p.key, target, properties: {} }, evidenceOf(articleId, s, 'promotes.briefing-header', 0.6));
    const label = s.text.includes('발언') ? REMARKS_LABEL.exec(s.text) : null;
    if (!label) continue;
    const speakers = officials(label[1]!, rules, known);
    if (speakers.length !== 1) continue;
    for (const next of sentences.slice(i + 1, i + 3)) {
      if (/^\[|^(?:문|답|질문|답변)\s?\)/.test(next.text)) break;
      for (const target of policies(next.text, rules, known)) addRelation(acc, { relation: 'PROMOTES', source: speakers[0]!.key, target, properties: {} }, evidenceOf(articleId, next, 'promotes.opening-remarks', 0.6));
    }
  }
}
