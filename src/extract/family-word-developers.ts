/**
 * "X 계열은 처음부터 A가 자체 개발한 모델입니다": a family named by its bare word ("X 계열", "X 시리즈", or a topic called a
 * line of models: "X는 A가 만드는 … 언어모델 라인입니다") said to be a company's own work gives that company to each model of the article whose name opens on the word ("X 2.0", "X 코어 2.1",
 * "X-7B"), when no sentence gave the model a developer. A denied or asked statement ("… 아닙니다", "…인가요?") gives none.
 */
import { addRelation, evidenceOf, type Acc } from './article-acc.js';
import { developersOf } from './article-developers.js';
import type { Sentence } from '../parse/types.js';
import type { Mention } from './types.js';
import type { ParagraphSentence } from './consortium-paragraph.js';

/** "X 계열은 " / "X 시리즈는 ": the family word (Hangul or Latin, one word) as the sentence's topic. */
const FAMILY_TOPIC = /(?:^|[\s'"‘“(])([가-힣]{2,8}|[A-Za-z][A-Za-z0-9]{1,11})['"’”]?\s?(?:계열|시리즈|제품군|패밀리)(?:\s?모델)?(?:은|는|도)\s/g;
/**
 * "X는 A가 만드는 세무 상담용 언어모델 라인입니다": the family word as the topic of a sentence that ends by calling it a line
 * (series, brand) of models; the company inside says whose line it is.
 */
const LINE_TOPIC = /^['"‘“]?([가-힣]{2,8}|[A-Za-z][A-Za-z0-9]{1,11})['"’”]?(?:은|는)\s(?=.{0,80}(?:모델|LLM|sLM)\s?(?:라인|라인업|시리즈|제품군|패밀리|브랜드)(?:이다|입니다|이에요|예요)\.?$)/g;
/** After the company's subject particle: its own making ("자체 개발한", "직접 만든", "독자 개발해"; or in the present, "만드는"). */
const OWN_MAKING = /^(?:이|가|에서)\s(?:(?:처음부터|직접|자체적으로|독자적으로|모두|전부)\s){0,2}(?:(?:자체|직접|독자)\s?)?(?:개발|만든|만들었|만들어|만드는|학습시킨|학습한|설계한)/;
/** A denied or asked statement. */
const UNSURE = /아니|아닙|아님|아냐|않|없|[?？]|라는\s?(?:말|얘기|이야기|소문|주장)/;

/** True when the model's name opens on the family word ("X 2.0", "X 코어 2.1", "X-7B"). */
function opensOn(name: string, word: string): boolean {
  if (!name.toLowerCase().startsWith(word.toLowerCase())) return false;
  const rest = name.slice(word.length);
  return /^(?:[\s-]|\d|[A-Z])/.test(rest) && /\d/.test(rest);
}

/** "A builds Y, a family of small reasoning models": the family word, a comma and an appositive naming it a family (or series, line) of models. */
const EN_FAMILY_APPOSITIVE = /(?<![A-Za-z0-9])([A-Z][A-Za-z0-9]{1,11}),\s(?:a|an|its|their)\s(?:[a-z][a-z\-]{1,15}\s){0,3}?(?:family|series|line|suite|lineup)\sof\s(?:[A-Za-z][a-z\-]{1,15}\s){0,4}?(?:models|LLMs|language\smodels)\b/g;
/** Between the company and the family word: its making in the present or past, no auxiliary ("builds", "developed", not "does not build"). */
const EN_MAKING_BETWEEN = /^['’]?\s(?:builds|develops|makes|trains|maintains|releases|ships|publishes|open-sources|created|built|developed|made|trained|released)\s$/;

/** (`body`: the body's sentences with the mentions the reading found, names the page introduced elsewhere among them) */
export function addFamilyWordDevelopers(acc: Acc, articleId: string, sentences: Sentence[], first: Mention[][], body: readonly ParagraphSentence[] = []): void {
  const read = new Map(body.map((b) => [b.start, b.mentions]));
  const mentions = sentences.map((s, i) => read.get(s.start) ?? first[i] ?? []);
  for (const [i, s] of sentences.entries()) {
    if (/\sof\s/.test(s.text)) addEnglishFamily(acc, articleId, s, mentions[i] ?? []);
    if (!/계열|시리즈|제품군|패밀리|라인|브랜드/.test(s.text)) continue;
    for (const t of [...s.text.matchAll(FAMILY_TOPIC), ...s.text.matchAll(LINE_TOPIC)]) {
      const word = t[1]!;
      if (UNSURE.test(s.text.slice(t.index!))) continue;
      const after = t.index! + t[0].length;
      const company = (mentions[i] ?? []).find((m) => m.type === 'Company' && m.start >= after && m.start - after <= 40 && acc.entities.has(m.key) && OWN_MAKING.test(s.text.slice(m.end)));
      if (!company) continue;
      const developers = developersOf(acc);
      for (const e of acc.entities.values()) {
        if (e.type !== 'Model' || developers.get(e.key)?.length || !Object.keys(e.names).some((n) => opensOn(n, word))) continue;
        addRelation(acc, { relation: 'DEVELOPED', source: company.key, target: e.key, properties: {} }, evidenceOf(articleId, s, 'developed.family-word-own', 0.65));
      }
    }
  }
}

/** "Tessera builds Y, a family of small models": each model named "Y-2", "Y 1.5" with no developer is the company's. */
function addEnglishFamily(acc: Acc, articleId: string, s: Sentence, mentions: Mention[]): void {
  for (const t of s.text.matchAll(EN_FAMILY_APPOSITIVE)) {
    const company = mentions.find((m) => m.type === 'Company' && m.end <= t.index! && acc.entities.has(m.key) && EN_MAKING_BETWEEN.test(s.text.slice(m.end, t.index!)));
    if (!company) continue;
    const developers = developersOf(acc);
    for (const e of acc.entities.values()) {
      if (e.type !== 'Model' || developers.get(e.key)?.length || !Object.keys(e.names).some((n) => opensOn(n, t[1]!))) continue;
      addRelation(acc, { relation: 'DEVELOPED', source: company.key, target: e.key, properties: {} }, evidenceOf(articleId, s, 'developed.en-builds-family', 0.65));
    }
  }
}
