/**
 * A speech printed in full ("다음은 NAME 대표의 취임사 전문이다", then the speech): its "우리가 직접 … 만든 'X'" is the
 * speaker's company speaking of its own model. The speaker's company is the article's own subject, where the article
 * says they work for it; each model the speech says "we" built (made, developed, designed, trained) is that company's.
 */
import type { Sentence } from '../parse/types.js';
import { addRelation, evidenceOf, type Acc } from './article-acc.js';
import type { Mention } from './types.js';

/** "다음은 NAME 대표의 취임사 전문이다", "아래는 NAME CEO의 신년사 전문." */
const SPEECH_INTRO = /(?:다음은|아래는|이하)\s([가-힣]{2,4})\s(?:[가-힣A-Za-z]{1,10}\s)?(?:대표이사|대표|사장|회장|의장|CEO|최고경영자|창업자)(?:의)?\s(?:취임사|신년사|기념사|연설문?|창립\s?기념사|인사말|담화문?|편지)\s?(?:전문|全文)/;
/** "우리가 직접 설계하고 학습한 'X'", "저희가 자체 개발한 X": the company speaking as "we" of a model it built. */
const WE_BUILT = /(?:우리가|저희가|우리\s?회사가|저희\s?회사가)\s(?:(?:직접|자체적으로|처음부터)\s)?(?:[가-힣]{1,6}(?:하고|해)\s)?(?:만든|개발한|설계한|학습한|학습시킨|구축한|내놓은|선보인)\s(?:[가-힣A-Za-z]{1,8}\s){0,2}?['"‘“]?$/;

/** DEVELOPED the speaker's company → each model a printed speech says "we" built. */
export function addSpeechModels(acc: Acc, articleId: string, sentences: Sentence[], mentions: Mention[][], self: Mention | undefined): void {
  const at = sentences.findIndex((s) => SPEECH_INTRO.test(s.text));
  if (at < 0) return;
  const speaker = mentions[at]?.find((m) => m.type === 'Person' && m.surface === SPEECH_INTRO.exec(sentences[at]!.text)![1]);
  if (!speaker) return;
  const employers = [...acc.relations.values()].filter((r) => r.type === 'WORKS_FOR' && r.source === speaker.key).map((r) => r.target);
  // (the article's own subject: a former employer the article names, even read as a post, is no "we")
  const company = employers.find((e) => e === self?.key);
  if (!company) return;
  for (let i = at + 1; i < sentences.length; i++) {
    const s = sentences[i]!;
    if (!s.text.includes('우리') && !s.text.includes('저희')) continue;
    for (const m of mentions[i] ?? []) {
      if (m.type !== 'Model' || m.via === 'blocked' || m.via === 'reference' || !acc.entities.has(m.key) || !WE_BUILT.test(s.text.slice(Math.max(0, m.start - 40), m.start))) continue;
      addRelation(acc, { relation: 'DEVELOPED', source: company, target: m.key, properties: {} }, evidenceOf(articleId, s, 'developed.speech-we-built', 0.7));
    }
  }
}
