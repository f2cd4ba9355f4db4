/**
 * Lines that name one model by their shape (focus.ts): an entry's line "X — Y (Y′)" (a maker, a dash and the model
 * alone; or a heading's maker before a dash, the company the lines under it are about), a title line that is one model's name, maybe with a kind word or a section's number, and an English sentence
 * that opens on a model scoring.
 */
import { isTitleGloss } from './engine/card-title-gloss.js';
import type { Mention } from './types.js';

/** Between a maker and its model on an entry's line: a dash ("X — Y"). */
const MAKER_DASH = /^['"’”]?\s?[—–]\s?['"‘“]?$/;
/** After the model on an entry's line: its other spelling in brackets at most ("Y (Y')"). */
const TITLE_TAIL = /^['"’”]?(?:\s?\([^()]{1,30}\))?\.?\s*$/;

/** The model of a line that is its maker, a dash and the model alone ("X — Y (Y')", a winner's or an entry's line). */
export function dashEntryModel(text: string, mentions: readonly Mention[]): Mention | undefined {
  const [maker, model] = mentions;
  if (maker?.type !== 'Company' || maker.via === 'reference' || model?.type !== 'Model' || !/^\s*['"‘“]?$/.test(text.slice(0, maker.start))) return undefined;
  return MAKER_DASH.test(text.slice(maker.end, model.start)) && TITLE_TAIL.test(text.slice(model.end)) ? model : undefined;
}

/** A section's item number before its heading's name ("1. ", "2) ", "③ "). */
const ITEM_NUMBER = /^\s*(?:\d{1,2}[.)]\s?|[\u2460-\u2473]\s?)?['"‘“]?$/;

/**
 * The company a heading opens on before a dash, "X — Y (Y′)" or "1. X — 판례를 읽는 'Y'" (a demo day's team, a roundup's
 * entry): the sentences under the heading are about it.
 */
export function dashEntryMaker(text: string, mentions: readonly Mention[]): Mention | undefined {
  if (dashEntryModel(text, mentions)) return mentions[0];
  const maker = mentions[0];
  return maker?.type === 'Company' && maker.via !== 'reference' && ITEM_NUMBER.test(text.slice(0, maker.start)) && /^\s?[—–]\s/.test(text.slice(maker.end)) ? maker : undefined;
}

/** A section heading that is a mark and one company's name alone ("■ X", "◆X", "[X]"): the company its items' omitted subject is. */
const MARKED_COMPANY = /^(?:[■□◆◇●○▶▷►]\s?|\[)$/;
/** A country's name ending an entry's heading, after the company and maybe its other name ("X (Y) 한국", "X 프랑스"). */
const COUNTRY_TAIL = /^\s?(?:\([^()]{1,30}\)\s?)?\s(?:한국|미국|중국|일본|프랑스|영국|독일|캐나다|이스라엘|인도|대만|싱가포르|베트남|아랍에미리트|UAE|스위스|네덜란드|스웨덴|호주)$/;
/** A list item's mark opening a line ("- ", "• "). */
export const ITEM_OPENING = /^[-•·*]\s/;
/** "X (Y, Z) 한국": every mention after the first is its other name inside the parentheses right after it. */
function glossedInParentheses(text: string, mentions: readonly Mention[]): boolean {
  const first = mentions[0];
  if (!first || mentions.length < 2 || !/^\s?\(/.test(text.slice(first.end))) return false;
  const close = text.indexOf(')', first.end);
  return close > 0 && mentions.slice(1).every((m) => m.type === 'Company' && m.start > first.end && m.end <= close);
}

export function markedCompanyHeading(text: string, mentions: readonly Mention[]): Mention | undefined {
  const only = mentions.length === 1 || glossedInParentheses(text, mentions) ? mentions[0]! : undefined;
  if (only?.type !== 'Company' || only.via === 'blocked' || only.via === 'reference') return undefined;
  // (a card's heading that is the company's name alone, maybe with its other name in brackets: "X (Y)", an exhibitor's or member's card)
  // (or with its Latin name after a space, as the mentions' fold read it: "X랩 X Lab", see card-title-gloss.ts)
  // (or with the country a ranking's entry gives after it: "X (Y) 한국", "X 미국", a global list's entry)
  if (only.start === 0 && (/^\s?(?:\([^()]{1,30}\))?$/.test(text.slice(only.end)) || COUNTRY_TAIL.test(text.slice(only.end)) || isTitleGloss(text.slice(only.end), only))) return only;
  if (!MARKED_COMPANY.test(text.slice(0, only.start))) return undefined;
  return /^\]?\s*$/.test(text.slice(only.end)) && (text[0] === '[') === text.trimEnd().endsWith(']') ? only : undefined;
}

/** A line that is one model's name alone, maybe with a kind word or a badge ("X-2 모델", "'X 3' (음성합성)"). */
const KIND_AFTER_TITLE = /^['"’”]?\s?(?:\([^()]{1,20}\)\s?)?(?:모델|LLM|sLM|언어\s?모델|AI 모델)?\s*$/;
/** A kind word after the name: what tells a card's title from a table's name cell ("GPT-4o" above its scores, "Y (증류)"). */
const KIND_WORD = /(?:모델|LLM|sLM)\s*$/;

/** A section's number before a heading's name ("2.3. ", "4 "). */
const SECTION_NUMBER = /^\d{1,2}(?:\.\d{1,2})*\.?\s['"‘“]?$/;
/** A timeline step's date and a separator before a heading's name ("2025.04 · ", "2026-06-17 — ", "2026년 3월 | "). */
export const DATE_LEAD = /^(?:\d{4}[.\-/]\d{1,2}(?:[.\-/]\d{1,2})?\.?|\d{4}년\s?\d{1,2}월(?:\s?\d{1,2}일)?)\s?[·•|—–:-]\s?['"‘“]?$/;

/** A bracketed heading's tail after its model: maybe the word for its scores ("주요 벤치마크 점수", "성능"), then the closing bracket. */
const BRACKETED_TAIL = /^(?:\s(?:주요\s)?(?:(?:벤치마크|성능|평가)\s?)?(?:점수|결과|성적|성능))?\s?[\]】>〉]$/;

/** "X (Y)": the line's second mention is a company in parentheses right after the first, ending the line. */
function makerInParentheses(text: string, m: Mention | undefined, maker: Mention): boolean {
  return m !== undefined && maker.type === 'Company' && /^['"’”]?\s?\($/.test(text.slice(m.end, maker.start)) && /^\)\s*$/.test(text.slice(maker.end));
}

/** A heading "X (Y)" that names a model and its maker: the maker, whom the section's sentences with no subject are about. */
export function headingModelMaker(text: string, mentions: readonly Mention[]): Mention | undefined {
  return mentions.length === 2 && titleLineModel(text, mentions, true) && mentions[1]!.via !== 'reference' ? mentions[1] : undefined;
}

/** The model a title line names: the line's only mention, at its start, with a kind word after it (or none in a heading). */
export function titleLineModel(text: string, mentions: readonly Mention[], heading: boolean): Mention | undefined {
  const m = mentions[0];
  // (a heading may name the model's maker in parentheses after it: a review's section "X 4.0 라이트 (Y)"; a table's name cell may too)
  if (heading && mentions.length === 2 && makerInParentheses(text, m, mentions[1]!)) return m?.type === 'Model' && m.via !== 'anonymous' && m.via !== 'blocked' && m.via !== 'reference' && /^['"‘“]?\s?$/.test(text.slice(0, m.start)) ? m : undefined;
  if (mentions.length !== 1 || m?.type !== 'Model' || m.via === 'anonymous' || m.via === 'blocked' || m.via === 'reference') return undefined;
  const tail = text.slice(m.end);
  const lead = text.slice(0, m.start);
  // (a bracketed heading over a results box, or a body line written as one: "[X 주요 벤치마크 점수]", "[X 라이트]")
  if (/^[[【<〈]\s?$/.test(lead) && BRACKETED_TAIL.test(tail.trimEnd())) return m;
  // (a heading may carry its section's number: "2.3. X 2.0", a wiki's or a report's history by version)
  // (or a timeline step's date: "2025.12 · X 1.5", a release timeline's steps)
  return (/^['"‘“]?\s?$/.test(lead) || (heading && (SECTION_NUMBER.test(lead) || DATE_LEAD.test(lead)))) && KIND_AFTER_TITLE.test(tail) && (heading || KIND_WORD.test(tail)) ? m : undefined;
}

/** Before a topic line's model: a section mark and a label with a colon at most ("■ 참고 : ", "※ "). */
const TOPIC_LINE_LEAD = /^\s*(?:[■□▣◆◇▶▷●○•※*-]\s?)?(?:[가-힣A-Za-z]{1,8}\s?[:：]\s?)?['"‘“]?$/;
/** After it: its topic particle, ending the line ("X는", "'X'(Y)은"). */
const TOPIC_LINE_TAIL = /^['"’”]?(?:\s?\([^()]{1,40}\))?(?:은|는)\s*$/;
/** "최종 모델 이름은 ", "제출 모델명은 ": a line naming the model the lines under it are about (a write-up's summary). */
const NAMING_LEAD = /^\s*(?:[-*•]\s)?(?:[가-힣]{1,6}\s)?(?:모델|제출\s?모델)\s?(?:이름|명)?(?:은|는)\s['"‘“]?$/;
/** After the name: maybe a note in brackets and a copula, then the line's end. */
const NAMING_TAIL = /^['"’”]?(?:\s?\([^()]{1,40}\))?(?:이다|입니다|예요|이에요|다)?[.!]?\s*$/;
/** A line that is one model's name and its topic particle ("■ 참고 : X는"): the subject of the items under it. */
export function topicLineModel(text: string, mentions: readonly Mention[]): Mention | undefined {
  const m = mentions.length === 1 ? mentions[0] : undefined;
  if (m?.type !== 'Model' || m.via === 'anonymous' || m.via === 'blocked' || m.via === 'reference') return undefined;
  return (TOPIC_LINE_LEAD.test(text.slice(0, m.start)) && TOPIC_LINE_TAIL.test(text.slice(m.end))) || (NAMING_LEAD.test(text.slice(0, m.start)) && NAMING_TAIL.test(text.slice(m.end))) ? m : undefined;
}

/**
 * Before an English sentence's subject: nothing, or an opening phrase of circumstance ("In internal evaluations verified by …, "),
 * maybe then an early build of the model ("a prototype of X").
 */
const EN_OPENING_PHRASE = /^(?:(?:In|On|At|During|Under|Across)\s[^,.;"“]{1,90},\s)?(?:(?:[Aa]n?|[Tt]he)\s(?:prototype|preview|beta|early version|test version)\sof\s)?$/;
const EN_SCORES_AFTER = /^\s(?:also\s)?(?:scored|posted|recorded|achieved|reached|earned|obtained)\s(?:an?\s|a score of\s)?\d/;
/** "In internal evaluations …, X scored 72.8 on KMMLU": the model an English sentence opens on as the one scoring. */
export function englishScoredSubject(text: string, mentions: Mention[]): Mention | undefined {
  const m = mentions.find((x) => x.type === 'Model');
  if (!m || m.via === 'reference' || m.via === 'anonymous' || m.via === 'blocked') return undefined;
  return EN_OPENING_PHRASE.test(text.slice(0, m.start)) && EN_SCORES_AFTER.test(text.slice(m.end, m.end + 40)) ? m : undefined;
}

/** After a model opening the sentence: an English copula, maybe after a participial aside (", released in 2023, was"). */
const EN_SUBJECT_COPULA = /^(?:,\s(?:released|launched|introduced|unveiled)\s[^,.;]{1,50},)?\s(?:is|was)\s(?:a|an|the)\s/;
/** "Y, released in April 2023, was a fine-tuned version of …": the model an English sentence opens on as its subject. */
export function englishSubjectModel(text: string, mentions: Mention[]): Mention | undefined {
  const m = mentions[0];
  return m?.type === 'Model' && m.start === 0 && m.via !== 'reference' && EN_SUBJECT_COPULA.test(text.slice(m.end, m.end + 80)) ? m : undefined;
}

/**
 * Before an English subject model in apposition: an owner's (or "Its") ordinal or kind words and "model", or its
 * successor ("Harbor Labs' first model, ", "Its successor, ").
 */
const EN_APPOSED_SUBJECT_BEFORE = /^(?:Its|Their|The (?:company|startup|lab)['’]s|[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*){0,3}['’]s?)\s(?:(?:(?:first|second|third|new|newest|latest|most\srecent|recent|current|original|earlier|previous|flagship|own|next)\s){1,2}(?:model|LLM|release)|(?:direct\s|immediate\s)?successor),\s['"“]?$/;
/** After it: the apposition closed, maybe a participial aside, and the predicate ("…, was a small project", "…, released in May, takes …"). */
const EN_APPOSED_SUBJECT_AFTER = /^['"”]?,\s(?:(?:released|launched|unveiled|introduced)\s[^,.;]{1,50},\s)?(?:was|is|had|has|came|arrived|became|remains|remained|takes|took|uses|used|keeps|kept|goes|went)\s/;
/** "Harbor Labs' first model, Brook-1, was a small project": the model an English sentence's subject names in apposition. */
export function englishApposedSubject(text: string, mentions: Mention[]): Mention | undefined {
  const m = mentions.find((x) => x.type === 'Model');
  if (!m || m.via === 'reference' || m.via === 'anonymous' || m.via === 'blocked') return undefined;
  return EN_APPOSED_SUBJECT_BEFORE.test(text.slice(0, m.start)) && EN_APPOSED_SUBJECT_AFTER.test(text.slice(m.end, m.end + 70)) ? m : undefined;
}

/** Before the subject of a reported clause: a verb of saying, maybe "that", then the owner's possessive ("said its ", "announced that the company's "). */
const EN_REPORTED_BEFORE = /\b(?:said|says|announced|confirmed|added|noted)\s(?:on\s[A-Z][a-z]+\s)?(?:that\s)?(?:its|their|the\s(?:company|firm|startup|lab)['’]s)\s(?:(?:new|latest|upgraded|flagship|own)\s)?['"“]?$/;
/** After it: maybe an apposition closed by a comma, then the clause's verb ("…, an upgraded version of Y, became available"). */
const EN_REPORTED_AFTER = /^['"”]?(?:,\s[^,;"“”]{3,80},)?\s(?:(?:has|had|have|will|would|now|also)\s)?(?:became|becomes|is|was|scored|scores|ranked|ranks|topped|tops|beat|beats|outperformed|outperforms|went|goes|came|comes|arrived|arrives|supports|supported|runs|ran|uses|used|took|takes|been|be|reached|reaches|achieved|achieves|posted|recorded)\s/;

/** "KT said its Y, an upgraded version of Z, became available …": the model a reported clause opens on, its subject. */
export function englishReportedSubject(text: string, mentions: Mention[]): Mention | undefined {
  const m = mentions.find((x) => x.type === 'Model' && x.via !== 'reference' && x.via !== 'anonymous' && x.via !== 'blocked' && EN_REPORTED_BEFORE.test(text.slice(Math.max(0, x.start - 60), x.start)));
  return m && EN_REPORTED_AFTER.test(text.slice(m.end, m.end + 100)) ? m : undefined;
}

/**
 * After the topic model: its topic particle (or "역시", "도": "Y 역시 …"), then a description that ends by calling it a model
 * ("…의 첫 모델이다.") or denying it is one of a kind ("… 처음부터 새로 만든 모델은 아니다.": still about Y).
 */
const DESCRIBED_AS_MODEL = /^['"’”]?(?:\s?\([^()]{1,30}\))?['"’”]?(?:은|는|도|\s역시)\s[^"“”'‘’]{0,50}?(?:모델|LLM|sLM|언어모델)(?:이다|입니다|였다|이었다|(?:은|는|이|가|도)\s(?:아니다|아닙니다|아니었다))\.?\s*$/;

/**
 * "막내 Y는 스타트업 B의 첫 모델이다.": the one model a sentence describes as its topic, the copula calling it a model at the
 * end, is what the next subject-less sentences are about (a short descriptor before it no matter).
 */
export function describedModel(text: string, mentions: readonly Mention[]): Mention | undefined {
  const models = mentions.filter((m) => m.type === 'Model' && m.via !== 'blocked' && m.via !== 'anonymous');
  if (models.length !== 1 || models[0]!.via === 'reference' || models[0]!.start > 12) return undefined;
  return DESCRIBED_AS_MODEL.test(text.slice(models[0]!.end)) ? models[0] : undefined;
}

/** A sentence that ends by calling its topic a model ("… 추가 학습한 에이전트 모델이다."). */
const ENDS_AS_MODEL = /(?:모델|LLM|sLM|언어모델)(?:이다|입니다)\.?\s*$/;

/**
 * "X 연구팀의 Y는 자사의 Z에 … 추가 학습한 에이전트 모델이다.": the first model, the topic of a sentence that ends by calling
 * it a model, is what the next subject-less sentences are about, whatever other models (its base) the description names.
 */
export function definedTopicModel(text: string, mentions: readonly Mention[]): Mention | undefined {
  if (!ENDS_AS_MODEL.test(text)) return undefined;
  const models = mentions.filter((m) => m.type === 'Model' && m.via !== 'blocked' && m.via !== 'anonymous');
  // (or a topic after a model named only in the relative clause that introduces it: "Y와 함께 나온 경량판 Y 미니는 … 모델이다")
  const first = models[0] && !isTopic(text, models[0]) && models[1] && isTopic(text, models[1]) && RELATIVE_BETWEEN.test(text.slice(models[0].end, models[1].start)) ? models[1] : models[0];
  if (!first || first.via === 'reference' || !isTopic(text, first)) return undefined;
  return /["“”]/.test(text.slice(0, first.start)) ? undefined : first;
}

function isTopic(text: string, m: Mention): boolean {
  return /^['"’”]?(?:\s?\([^()]{1,30}\))?['"’”]?(?:은|는)\s/.test(text.slice(m.end, m.end + 36));
}

/** Between a model and the topic a relative clause about it introduces ("와 함께 나온 경량판 ", "를 줄여 만든 "). */
const RELATIVE_BETWEEN = /^['"’”]?(?:와|과|을|를)\s(?:[가-힣]{1,6}\s){0,2}(?:나온|나왔던|공개된|출시된|만든|만들어진|선보인|내놓은)\s(?:[가-힣]{1,5}\s)?['"‘“]?$/;

/** After the model: "를 두고(는)", "에 대해서는", "을 둘러싸고": what the sentence says it is about. */
const DISCUSSED_AFTER = /^['"’”]?(?:\s?\([^()]{1,30}\))?['"’”]?(?:(?:(?:을|를)\s(?:두고|둘러싸고)|에\s(?:대해|대해서|관해|관해서))(?:는|도)?\s|(?:도|이|가)\s(?:함께\s|새로\s)?(?:있습니다|있어요|있다|나왔습니다|나왔다)[.!]?$)/;

/** After the first of several models: "를 두고(는)", "을 둘러싸고" (the sentence's other models belong to what is said about it). */
const DISCUSSED_OBJECT = /^['"’”]?(?:\s?\([^()]{1,30}\))?['"’”]?(?:을|를)\s(?:두고|둘러싸고)(?:는|도)?\s/;

/**
 * "… 모델 'Y'를 두고는 해프닝도 있었다.": the one model a sentence names as what it is about (a new section's subject),
 * or introduces by there being one ("그리고 모바일용 'Y'도 있습니다."), is what the next sentences are about, and so what "이 모델" there points to.
 */
export function discussedModel(text: string, mentions: readonly Mention[]): Mention | undefined {
  const models = mentions.filter((m) => m.type === 'Model' && m.via !== 'blocked' && m.via !== 'anonymous');
  if (models.length === 0 || models[0]!.via === 'reference') return undefined;
  // (with more models after it, only the first, as the object of "두고/둘러싸고": "'Y'를 두고 … Z를 증류해 만든 것 아니냐는 의혹")
  const after = text.slice(models[0]!.end, models[0]!.end + 40);
  return models.length === 1 ? (DISCUSSED_AFTER.test(after) ? models[0] : undefined) : DISCUSSED_OBJECT.test(after) ? models[0] : undefined;
}

/** A description that the subject made the model, then the word for a model and a quote: "… 설계한 30억 개 매개변수 모델 '". */
const MADE_MODEL_BEFORE = /(?:설계|개발|구축|학습|훈련|완성)한\s(?:[^\s'"‘“,]{1,12}\s){0,4}(?:모델|LLM|sLM)\s['"‘“]$/;
/** A sentence opening on a company (or its team) as its topic or subject. */
const COMPANY_TOPIC = /^(?:\s?(?:컨소시엄|팀))?(?:은|는|이|가)\s/;

/**
 * "X 컨소시엄은 … 설계한 30억 개 매개변수 모델 'Y'로 1단계를 통과했다.": the one model a sentence opening on a company
 * introduces by name, after a description of its making ending in the word 모델, is what the next sentences ("이 모델은 …")
 * are about.
 */
export function apposedModel(text: string, mentions: readonly Mention[]): Mention | undefined {
  const models = mentions.filter((m) => m.type === 'Model' && m.via !== 'blocked' && m.via !== 'anonymous');
  const opener = mentions[0];
  if (models.length !== 1 || models[0]!.via === 'reference' || opener?.type !== 'Company' || opener.start !== 0 || !COMPANY_TOPIC.test(text.slice(opener.end, opener.end + 8))) return undefined;
  return MADE_MODEL_BEFORE.test(text.slice(Math.max(0, models[0]!.start - 80), models[0]!.start)) ? models[0] : undefined;
}

/** Between two models released together: the first one's gloss, then "와/과/및/," and maybe the second's kind ("'Y'와 경량 모델 '"). */
const PAIRED_WITH = /^['"’”]?(?:\s?\([^()]{1,30}\))?['"’”]?(?:와|과|,|\s및)\s[^'"‘“.,]{0,15}['"‘“]?$/;

/**
 * "'Y'와 경량 모델 'Y 나노'를 공개했다": of a model and its own variant named together, the model itself is what the next
 * sentences ("이번 모델은 …") are about, not the variant its reading ended on. Otherwise the model read.
 */
export function mainOfVariantPair(text: string, mentions: readonly Mention[], read: Mention | undefined): Mention | undefined {
  if (read?.type !== 'Model') return read;
  const main = mentions.find((m) => m.type === 'Model' && m.via !== 'reference' && m.end <= read.start && read.surface.startsWith(`${m.surface} `) && PAIRED_WITH.test(text.slice(m.end, read.start)));
  return main ?? read;
}

/** A kind word as a clause's topic right before a name ("큐브 모델은 '", "주력 LLM은 "). */
const KIND_NAMING_TOPIC = /(?:모델|LLM|sLM|언어모델)(?:은|는)\s['"‘“]?$/;
/** The copula joining that clause to the next ("'Y'인데, ", "Y이며, ", "Y로, "). */
const NAMING_COPULA_JOINT = /^['"’”]?(?:\s?\([^()]{1,30}\))?['"’”]?(?:인데|이며|이고|으로|로)(?:요)?,\s/;

/**
 * "B 모델은 'Y'인데, Z를 기반으로 …": the model a kind word's topic names by the copula of a leading clause is what the rest
 * of the sentence, and the next subject-less sentences, are about.
 */
export function namedByKindTopic(text: string, mentions: readonly Mention[]): Mention | undefined {
  return mentions.find((m) => m.type === 'Model' && m.via !== 'reference' && m.via !== 'blocked' && KIND_NAMING_TOPIC.test(text.slice(Math.max(0, m.start - 16), m.start)) && NAMING_COPULA_JOINT.test(text.slice(m.end, m.end + 40)));
}

/** "Z를 바탕으로", "Z 기반으로", "Z에 …": a model the sentence names as a base. */
const BASE_AFTER = /^['"’”]?(?:\s?\([^()]{1,30}\))?['"’”]?(?:(?:을|를)\s(?:바탕|기반|토대|베이스)으로|\s?(?:기반|바탕)으로|에\s)/;
/** "'Y'를 전시한다", "'Y'를 선보인다": a model as the object of showing it, the verb ending the sentence. */
const SHOWN_OBJECT = /^['"’”]?(?:\s?\([^()]{1,30}\))?['"’”]?(?:을|를)\s(?:[^\s,]{1,8}\s){0,2}(?:전시한다|전시했다|전시합니다|시연한다|시연했다|선보인다|선보였다|선보입니다|공개한다|공개했다|출시했다)[.!]?\s*$/;

/**
 * "X의 Z를 바탕으로 … 추가 학습한 'Y'를 전시한다": a subject-less sentence (an exhibitor's card) that shows one model built on
 * a base is about that model; the base and its owner are no rival to it.
 */
export function shownOverBase(text: string, mentions: readonly Mention[]): Mention | undefined {
  const bases = mentions.filter((m) => m.type === 'Model' && BASE_AFTER.test(text.slice(m.end, m.end + 24)));
  const models = mentions.filter((m) => m.type === 'Model' && m.via !== 'reference' && !bases.includes(m));
  const owner = (c: Mention) => bases.some((b) => /^\s?(?:\([^()]{1,30}\))?의\s['"‘“]?$/.test(text.slice(c.end, b.start)));
  const companies = mentions.filter((m) => m.type === 'Company' && m.via !== 'reference' && m.via !== 'blocked' && !owner(m));
  return bases.length && models.length === 1 && !companies.length && SHOWN_OBJECT.test(text.slice(models[0]!.end)) ? models[0] : undefined;
}
