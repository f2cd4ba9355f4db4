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
/** A Q&A item's label naming who asks ("【질의 1】 질의업체 : ", "질의자: ", "문의 기업 :"), the item's number in brackets first. */
const ASKER_LINE = /^(?:[【[(]\s?(?:질의|질문|문의|Q)\.?\s?\d{1,3}\s?[】\])]\s?)?(?:질의|질문|문의)\s?(?:업체|기업|회사|기관|자)(?:명)?\s?[:：]\s?/;

/**
 * The company a digest's item title opens on, or null on an item title that opens on no company (a new item about
 * someone else), or undefined on any other line: inside an item "회사 측" and a subject-less release are the item's company.
 */
export function briefItemCompany(text: string, mentions: Mention[]): Mention | null | undefined {
  // ("【질의 2】 질의업체 : X(주)": a Q&A notice's item labelled with the company that asks it; "당사" in it is that company)
  const asker = ASKER_LINE.exec(text);
  if (asker) return mentions.find((m) => m.type === 'Company' && m.via !== 'reference' && m.start >= asker[0].length && m.start <= asker[0].length + 3) ?? null;
  const mark = BRIEF_ITEM.exec(text);
  if (!mark) return undefined;
  const head = mentions[0];
  // (the company as the item's subject, a comma after it: not "◆X와 MOU…", an item about a deal with X)
  return head?.type === 'Company' && head.via !== 'reference' && head.start === mark[0].length && /^\s?[,·]\s/.test(text.slice(head.end, head.end + 3)) ? head : null;
}

/** A report's numbered section on one company ("[2] ㈜X (대표 NAME)", "[3] X㈜ — 신규 투자", "(4) X"): its number, the company's name, maybe its head in parentheses or a dash and a note. */
const HOLDING_TITLE = /^[[(]\d{1,2}[\])]\s?(?:㈜|\(주\)|주식회사\s)?$/;
const HOLDING_TAIL = /^(?:\s?(?:㈜|\(주\)))?(?:\s?[(（][^()（）]{1,30}[)）])?(?:\s[—–-]\s.{1,40})?$/;

/**
 * The company a numbered section's title line names, alone ("[2] ㈜X (대표 NAME)"): what the section's "동사" (the said
 * company) and its subject-less releases mean, as a fund's report on its holdings writes them; null on another
 * numbered line (a new section about no company); undefined on any other line.
 */
export function holdingSectionCompany(text: string, mentions: Mention[]): Mention | null | undefined {
  if (!/^[[(]\d/.test(text)) return undefined;
  const head = mentions.find((m) => m.type === 'Company' && m.via !== 'reference');
  if (!head || !HOLDING_TITLE.test(text.slice(0, head.start))) return /^[[(]\d{1,2}[\])]\s/.test(text) ? null : undefined;
  return HOLDING_TAIL.test(text.slice(head.end)) ? head : null;
}
