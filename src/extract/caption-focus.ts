/**
 * A photo caption that names one model as what the picture shows ("X가 공개한 경량 모델 'Y'의 시연 화면.",
 * "'Y'를 소개하는 X 대표"): the caption's next sentence ("이 모델은 …") is about that model, not about the model an
 * earlier caption or the story was about.
 */
import type { Sentence } from '../parse/index.js';
import type { Mention } from './types.js';

/** A caption sentence that states a fact ends in a verb's "다." (or "요."); one that shows something does not. */
const STATED = /[다요][.!]?['"’”]?\s*$/;

export function captionModel(s: Sentence, mentions: Mention[]): Mention | undefined {
  if (s.block !== 'caption' || STATED.test(s.text)) return undefined;
  const models = mentions.filter((m) => m.type === 'Model' && m.via !== 'reference');
  const keys = new Set(models.map((m) => m.key));
  return keys.size === 1 ? models[0] : undefined;
}

/** A digest's item title: a diamond or square mark, then the company the item is about ("◆X, 'Y' 공개", "■ X-Z 협업 연장"). */
const BRIEF_ITEM = /^[◆◇■□▶▷►●]\s?/;

/**
 * The company a digest's item title opens on, or null on an item title that opens on no company (a new item about
 * someone else), or undefined on any other line: inside an item "회사 측" and a subject-less release are the item's company.
 */
export function briefItemCompany(text: string, mentions: Mention[]): Mention | null | undefined {
  const mark = BRIEF_ITEM.exec(text);
  if (!mark) return undefined;
  const head = mentions[0];
  // (the company as the item's subject, a comma after it: not "◆X와 MOU…", an item about a deal with X)
  return head?.type === 'Company' && head.via !== 'reference' && head.start === mark[0].length && /^\s?[,·]\s/.test(text.slice(head.end, head.end + 3)) ? head : null;
}
