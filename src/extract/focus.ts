/**
 * The model a block's next sentences are about (their "focus"), after one sentence: the model its
 * properties were read for, with three corrections made from the sentence as a whole.
 */
import { scoreListHead } from './score-list-focus.js';
import type { Sentence } from '../parse/types.js';
import { EN_RELEASE_BEFORE } from './engine/discover-models.js';

import { isFamilyWord } from './families.js';
import { saysNeverUsed } from './disowned-model.js';
import type { Mention } from './types.js';
import { fallsShort } from './rival-comparison.js';

/** The start of a numbered or bulleted item ("1) ", "② ", "▲ "): parse/bullets.ts. */
import { ITEM_HEAD } from '../parse/bullets.js';
import { ENTRY_CODE } from './engine/mention-filters.js';
import { rowHeadModel } from './table-rows.js';
import { rankHeadingModel, rankedEntryModel } from './engine/ranked-entries.js';
import { DEPLOYED_OBJECT, madeFromBase } from './focus-made.js';
import { BETA_OPENED_OBJECT, RELEASED_OBJECT, baseClauseModel } from './release-subject.js';
import { apposedRival, beatsFocus } from './rival-comparison.js';
import { SCORE_FIGURE, scoredSubject, scoredTopic } from './scored-focus.js';
import { apposedModel, dashEntryModel, definedTopicModel, describedModel, discussedModel, englishApposedSubject, englishReportedSubject, englishScoredSubject, englishSubjectModel, mainOfVariantPair, namedByKindTopic, shownOverBase, titleLineModel, topicLineModel } from './focus-lines.js';
import { successorTopic } from './focus-successor.js';
import { presentedAtEnd } from './presented-at-end.js';
import { topicDerivedModel } from './derived-topic.js';

/** "built its own agent model, ": an English verb of making, then the kind of model, right before its name. */
const EN_BUILT_BEFORE = /\b(?:built|developed|created|trained)\s(?:its own\s|their own\s|a\s|an\s|the\s)?(?:[a-z\-]+\s){0,3}(?:model|LLM),?\s$/;

/** "* ", "- ": a plain-text list item's ASCII mark. */
const ASCII_ITEM_MARK = /^[*-]\s/;
/** What follows an item's title model before its description: maybe a note in brackets, then a dash or a colon ("(32B parameters) - ", "(2024): "). */
const ITEM_TITLE_DASH = /^(?:\s?\([^()]{1,40}\))?(?:\s[—–-]|\s?[:：])\s/;

/** "[카드 5] 2단계 진출팀 ② ": a card's or a section's label, then the circled number of the item it titles. */
/** A company's stand at a fair ("X 부스", "X 전시관", "공동관"). */
const BOOTH_WORD = /부스|전시관|공동관|체험관|홍보관/;
/** After a change log item's model: a kind word or two, the change, maybe a code note in parentheses, and the line's end. */
const CHANGE_ITEM_TAIL = /^['"’”]?\s(?:[가-힣A-Za-z]{1,8}\s){0,2}(?:지원|추가|제거|삭제|폐기|변경|교체|도입|적용|공개|출시)(?:\s\([^()]{1,48}\))?\.?\s*$/;
const INNER_ITEM_MARK = /^[^'"‘“.!?]{0,40}?[①-⑳❶-❿]\s?/;

/** The maker of an item's title line that names only it and its quoted model ("② X 'Y'."): whom the item's next sentences are about. */
export function itemTitleMaker(text: string, mentions: Mention[]): Mention | undefined {
  const entry = dashEntryModel(text, mentions);
  if (entry) return mentions[0];
  const mark = ITEM_HEAD.exec(text) ?? INNER_ITEM_MARK.exec(text);
  const head = mark ? mentions.find((m) => m.start >= mark[0].length) : undefined;
  const model = head?.type === 'Company' && head.via !== 'reference' ? mentions[mentions.indexOf(head) + 1] : undefined;
  return model?.type === 'Model' && /^\s?['"‘“]?$/.test(text.slice(head!.end, model.start)) && /^['"’”]?\.?\s*$/.test(text.slice(model.end)) ? head : undefined;
}

/**
 * `read` is the focus the sentence's property reading gives, `carried` the focus before the sentence,
 * `own` the models the sentence calls a company's own, `derived` the models it derives from a base (`derivedOnFocus`: those
 * derived from the model in focus, which the sentence does not name: "the licensed model").
 */
export function nextFocus(s: Sentence, mentions: Mention[], read: Mention | undefined, carried: Mention | undefined, own: Set<string>, derived: readonly Mention[] = [], derivedOnFocus: ReadonlySet<string> = new Set()): Mention | undefined {
  // "2 | X Lite 개발 |": a table row's name cell is what the items of the row are about
  const row = s.block === 'body' ? rowHeadModel(s.text, mentions) ?? scoreListHead(s.text, mentions) : undefined; // (or "BENCH: A x%, B y%": the first listed)
  if (row) return row;
  // "2. Y 증류설?", "Y 파인튜닝인가요?": a model asked about as the base the one in focus is rumoured to come from leaves the focus where it was
  if (carried && mentions.some((m) => m.type === 'Model' && m.key !== carried.key && SUSPECTED_BASE_AFTER.test(s.text.slice(m.end, m.end + 12)))) return carried;
  // "4 ▲2 M D 1340점": a ranked chart's entry is what the note under it is about (an entry of a model not named: nothing is)
  const entry = s.block === 'body' || s.block === 'heading' ? rankedEntryModel(s.text, mentions) : undefined;
  if (entry !== undefined) return entry ?? undefined;
  // ("2위 M <small>D</small>": a poll's rank heading, its share in a bar apart, titles the blurb under it)
  const ranked = s.block === 'heading' ? rankHeadingModel(s.text, mentions) : undefined;
  if (ranked !== undefined) return ranked ?? undefined;
  // "X-2 모델" on a line of its own (or "■ 참고 : X는"): a card's or a list item's title is what the lines under it are about
  const titled = s.block === 'body' || s.block === 'heading' ? titleLineModel(s.text, mentions, s.block === 'heading') ?? topicLineModel(s.text, mentions) : undefined;
  if (titled) return titled;
  // "2) 모델명 — 설명 …": a numbered item's head model is what the item's next sentences are about
  const mark = ITEM_HEAD.exec(s.text) ?? INNER_ITEM_MARK.exec(s.text) ?? ENTRY_CODE.exec(s.text); // ("[PB-07] X: …", a poster's entry titled by its model)
  const head = mark ? mentions.find((m) => m.start >= mark[0].length) : undefined;
  // (or a line that opens on the model with no mark at all, maybe glossed: "카나나 1.5 8B (Kanana-1.5-8B) — 카카오가 만든 80억 개 모델.")
  const opener = head ?? (mentions[0] && /^\s*['"‘“]?$/.test(s.text.slice(0, mentions[0].start)) ? mentions[0] : undefined);
  if (opener?.type === 'Model' && /^['"’”]?(?:\s?\([^()]{1,40}\))?\s?[—–]\s/.test(s.text.slice(opener.end, opener.end + 46))) return opener;
  // (a change log's item titled by the model, "X-Rerank 리랭커 지원 (`x.rerank`).", "X-1 제거.": what the item's next lines are about)
  const changed = mentions[0]?.type === 'Model' && mentions.every((m) => m.key === mentions[0]!.key) && /^(?:[-*•]\s|[①-⑳]\s?|\d{1,2}[.)]\s)?['"‘“]?$/.test(s.text.slice(0, mentions[0].start).trim() + (mentions[0].start ? ' ' : '')) ? mentions[0] : undefined;
  if (changed && CHANGE_ITEM_TAIL.test(s.text.slice(changed.end))) return changed;
  // (a docs page's showcase item, its maker in parentheses and a colon: "X-Med 8B (Y랩): Z에 … 미세조정. KMMLU 50.1점.")
  if (!mark && opener?.type === 'Model' && /^['"’”]?\s?\([^()]{1,30}\)\s?[:：]\s/.test(s.text.slice(opener.end, opener.end + 36))) return opener;
  if (head?.type === 'Model' && /^(?:\s?\([^()]{1,40}\))?\s?[—–:-]\s/.test(s.text.slice(head.end, head.end + 46))) return head;
  // "* X Pro (32B parameters) - the largest.": an ASCII list item opening on a model, a note in brackets, then a dash
  const ascii = !mark && ASCII_ITEM_MARK.exec(s.text);
  const itemHead = ascii ? mentions[0] : undefined;
  if (ascii && itemHead?.type === 'Model' && itemHead.start === ascii[0].length && ITEM_TITLE_DASH.test(s.text.slice(itemHead.end, itemHead.end + 50))) return itemHead;
  // "· 업스테이지 '솔라 오픈 2': …": and so is a head model right after its maker
  const owned = head?.type === 'Company' && mentions[1]?.type === 'Model' && /^\s?['"‘“]?$/.test(s.text.slice(head.end, mentions[1].start)) ? mentions[1] : undefined;
  if (owned && /^['"’”]?\s?[—–:-]\s/.test(s.text.slice(owned.end, owned.end + 4))) return owned;
  // (or the maker and its quoted model are the whole item line, the item's title: "2. SK텔레콤 ‘A.X 4.0’")
  if (owned && /^['"’”]?\.?\s*$/.test(s.text.slice(owned.end))) return owned;
  // "X — Y (Y')" on a line of its own: a winner's or an entry's line (its maker, a dash, the model) titles the lines under it
  const dashed = dashEntryModel(s.text, mentions);
  if (dashed) return dashed;
  // "3. X — 처음부터 만든 음성합성 모델 'Y'": an item titled by a company and, after the dash, the one model ending the line
  const itemModels = head?.type === 'Company' && /^\s?[—–]\s/.test(s.text.slice(head.end, head.end + 3)) ? mentions.filter((m) => m.type === 'Model' && m.via !== 'reference') : [];
  if (itemModels.length === 1 && /^['"’”]?\s*$/.test(s.text.slice(itemModels[0]!.end))) return itemModels[0];
  // "⑩ X — 한국어 LLM": an item titled by a company and its field starts anew; the last item's model is no longer the topic
  if (head?.type === 'Company' && mentions.length === 1 && /^\s?[—–]\s?[^'"‘“.!?]{1,15}$/.test(s.text.slice(head.end))) return undefined;
  // "2. B홀 B-03 X 부스": a fair visitor's numbered heading for another company's booth, naming no model, starts anew too
  if (s.block === 'heading' && mark && BOOTH_WORD.test(s.text) && mentions.length > 0 && mentions.every((m) => m.type === 'Company')) return undefined;
  // "⑦ 비코 8B 올해 목록의 유일한 …": a model that opens the item with no particle is the item's title
  // (or is the whole item line, a section heading: "② 엑사원 4.0 32B (EXAONE 4.0 32B)")
  if (head?.type === 'Model' && head.start <= mark![0].length + 1 && /^['"’”]?(?:\s[^\s]|\s*$)/.test(s.text.slice(head.end, head.end + 3))) return head;
  // "저희는 Z 가중치를 한 번도 쓴 적이 없어요": a model the speaker never used is no model the body is about
  if (saysNeverUsed(s.text, mentions, read)) return carried;
  // "Y가 Z를 기반으로 했던 것과는 완전히 다릅니다": a model set against the one in focus leaves the focus where it was
  if (carried && CONTRASTED_WITH_FOCUS.test(s.text)) return carried;
  // a headline's bare family word ("라마 베낀 모델?") is no model the body is about
  if (s.block === 'title' && read && isFamilyWord(read)) return carried;
  // "… 'Y'에 대한 기사가 있었는데, 이 모델은 …": "이 모델" as a topic that the sentence's own earlier clause resolves is what it is about
  const referred = read === carried ? demonstrativeTopicModel(s.text, mentions, carried) : undefined;
  if (referred) return referred;
  // "'Y'라는 상담 특화 모델을 운영하고 있습니다" (or "'Y'라는 소형 모델입니다."): a model introduced by name is what the next sentences are about
  const introduced = read === carried ? mentions.find((m) => m.type === 'Model' && m.via !== 'reference' && NAMED_AS_MODEL.test(s.text.slice(m.end, m.end + 30))) : undefined;
  if (introduced) return introduced;
  // "모델 'Y'를 두고는 해프닝도 있었다": the one model a sentence says it is about
  const discussed = read === carried ? discussedModel(s.text, mentions) : undefined;
  if (discussed) return discussed;
  // "… 매개변수 모델 'Y'로 1단계를 통과했다": the model a sentence introduces after the word 모델
  const apposed = read === carried ? apposedModel(s.text, mentions) : undefined;
  if (apposed) return apposed;
  // "'Y' 아시는 분?": a chat's question about the one model it names is what the next messages are about
  const asked = ASKED_ABOUT.test(s.text) ? mentions.filter((m) => m.type === 'Model' && m.via !== 'reference') : [];
  if (asked.length === 1) return asked[0];
  // "지금은 차세대 모델 'Y'를 개발하고 있습니다": the one model a subject-less sentence releases or is making
  const released = read === carried ? (soleReleasedModel(s.text, mentions) ?? shownOverBase(s.text, mentions)) : undefined;
  if (released) return released;
  // "X가 지난 5일 공개한 'Y'도 …": a model a release verb's relative clause introduces as the sentence's topic is what it is about
  // (not inside a quotation: "\"X가 개발한 Y는 … 모델\"이라며" compares models in someone's words)
  const releasedTopic = read === carried || read === undefined ? mentions.find((m) => m.type === 'Model' && m.via !== 'reference' && !/["“]/.test(s.text.slice(0, m.start)) && (RELEASED_TOPIC_BEFORE.test(s.text.slice(Math.max(0, m.start - 10), m.start)) || RELEASED_KIND_TOPIC_BEFORE.test(s.text.slice(Math.max(0, m.start - 40), m.start))) && RELEASED_TOPIC_AFTER.test(s.text.slice(m.end, m.end + 36))) : undefined;
  if (releasedTopic) return releasedTopic;
  // "Kairos AI unveiled Clover 3, a … model fine-tuned from Llama 4": the model an English release verb introduces
  // (or one it says a company built: "has built its own agent model, Gyeol-Act 8B, on top of …")
  const unveiled = mentions.find((m) => m.type === 'Model' && m.via !== 'reference' && (EN_RELEASE_BEFORE.test(s.text.slice(Math.max(0, m.start - 60), m.start)) || EN_BUILT_BEFORE.test(s.text.slice(Math.max(0, m.start - 60), m.start))));
  if (unveiled) return unveiled;
  // "B 모델은 'Y'인데, Z를 기반으로 …": the model a leading clause names by the copula after a kind word's topic
  const kindNamed = namedByKindTopic(s.text, mentions);
  if (kindNamed) return kindNamed;
  // "'Y-2'는 Y-1의 후속 모델입니다": the successor the sentence is about, not the predecessor named last
  const successor = successorTopic(s.text, mentions);
  if (successor) return successor;
  // "Z는 72.5점으로 Y를 1.3점 앞섰다": a rival beating the model in focus leaves the focus where it was
  // (or a model the sentence names as one compared: "비공개 모델인 Z는 … API 버전을 썼다", or one that only falls short: "Z는 이 평가에서 61.0점에 그쳤다")
  if (beatsFocus(s.text, mentions, read, carried) || apposedRival(s.text, read, carried) || fallsShort(s.text, read, carried)) return carried;
  // "Y, released in April 2023, was a fine-tuned version of …": an English sentence whose subject is a model is about it
  // (or one whose subject names it in apposition: "Harbor Labs' first model, Brook-1, was …", "Its successor, Brook-2, takes …")
  // (or the subject of a reported clause: "KT said its Y, an upgraded version of Z, became available")
  const subject = englishSubjectModel(s.text, mentions) ?? englishApposedSubject(s.text, mentions) ?? englishReportedSubject(s.text, mentions);
  if (subject) return subject;
  // "KMMLU-Pro에서 엑사원 5.0은 68.4점을 받았다": the model that scored, the topic after the benchmark's locative
  const scored = scoredTopic(s.text, mentions) ?? (read === carried ? scoredSubject(s.text, mentions) : undefined);
  if (scored) return scored;
  // "In internal tests, X scored 72.8 on KMMLU": an English sentence that opens on the model scoring is about it
  const enScored = englishScoredSubject(s.text, mentions);
  if (enScored) return enScored;
  // "막내 Y는 B의 첫 모델이다.": the model a sentence describes as its topic
  const described = read === carried || read === undefined ? (describedModel(s.text, mentions) ?? definedTopicModel(s.text, mentions)) : undefined;
  if (described) return described;
  // "Y(Y')는 Z를 바탕으로 … 추가 학습했다": the model a sentence opens its topic on and derives from a base is what it is about
  // (not a model made from the one in focus, "Y-mini는 Y에서 증류했다": an aside on a sibling; nor a topic a contrast leaves, "X는 A를 토대로 했지만, 2세대는 …")
  const derivedTopic = read === carried || read === undefined ? topicDerivedModel(s.text, mentions, derived, carried) : undefined;
  if (derivedTopic) return derivedTopic;
  // "uses the licensed model as the base for Y": a model built on the one in focus, unnamed, is what the next sentences are about
  const builtOn = read === carried ? derived.find((m) => derivedOnFocus.has(m.key)) : undefined;
  if (builtOn) return builtOn;
  // "X는 … 자체 모델 'Y'를 탑재한다": the company's own model beats a focus merely carried over
  // (not the predecessor a subject-less sentence names: "KT가 자체 개발한 Y-1의 후속 모델입니다" is about the model in focus)
  const made = own.size === 1 && read === carried ? mentions.find((m) => m.type === 'Model' && own.has(m.key) && !PREDECESSOR_OF_FOCUS.test(s.text.slice(m.end, m.end + 20))) : undefined;
  // "눈에 띄는 건 B의 'Y'다.": a sentence that presents a model with the copula at its end is about it
  // (not the base a model of the sentence is built on: "X의 베이스는 Y입니다" is about X, the model the story follows)
  const presented = made ? undefined : presentedAtEnd(s.text, mentions);
  const base = presented && derived.length > 0 && derived.every((m) => m.key !== presented.key);
  // (a model the sentence derives and puts to work beats a focus merely carried over: "A 컨소시엄은 Y를 바탕으로 학습한 'Z'를 투입한다")
  const derivedMade = read === carried ? madeFromBase(s.text, derived, true) : undefined;
  return made ?? (presented?.type === 'Model' && !base ? presented : base && read?.key === presented?.key ? carried : (derivedMade ?? mainOfVariantPair(s.text, mentions, read) ?? madeFromBase(s.text, derived)));
}

/** After a model: a rumour or a question that it is the base ("증류설", "기반설", "파인튜닝인가요?", "를 증류했나요?"). */
const SUSPECTED_BASE_AFTER = /^['"’”]?\s?(?:(?:증류|파인튜닝|미세조정|튜닝|기반|파생|복제)설|(?:을|를\s)?(?:파인튜닝|미세조정|튜닝|증류|베이스)(?:인가|인지|한\s건가|했나|한\s거|이냐|냐))/;

/** After a model: the successor noun and the copula ("의 후속 모델입니다", "의 차기작이다"), the model named as the one before. */
const PREDECESSOR_OF_FOCUS = /^['"’”]?의\s(?:후속|차기|다음)\s?(?:모델|작|버전)?(?:입니다|이다|이에요|예요)/;

/** "…했던 것과는 (완전히) 다르다", "…한 것과 다릅니다": the sentence ends by setting what it tells against the model in focus. */
const CONTRASTED_WITH_FOCUS = /(?:던|한|은)\s것과(?:는|도)?\s(?:(?:완전히|전혀|크게|확연히|많이)\s)?(?:다릅니다|다르다|달라요|다르죠|다르지요)[.!]?\s*$/;

/** "이 모델은", "해당 모델이": a demonstrative model phrase as its clause's topic or subject. */
const DEMONSTRATIVE_TOPIC = /^(?:이|해당)\s?모델(?:은|는|이|가)\s/;
/** The model a demonstrative topic stands for when it is not the model carried in focus (the sentence's own antecedent). */
function demonstrativeTopicModel(text: string, mentions: Mention[], carried: Mention | undefined): Mention | undefined {
  return mentions.find((m) => m.type === 'Model' && m.via === 'reference' && m.key !== carried?.key && DEMONSTRATIVE_TOPIC.test(text.slice(m.start, m.end + 2)));
}

/** Before a model: a release or making verb's relative form ("… 공개한 'Y'", "… 내놓은 Y", "개발자가 올린 'Y'", "X가 낸 'Y'"). */
/** (the short "낸" only before a quoted name, "X가 낸 'Y'도": "메타가 낸 라마 3.3은 70B" corrects a figure in passing) */
const RELEASED_TOPIC_BEFORE = /(?:(?:공개한|출시한|내놓은|선보인|개발한|발표한|올린|배포한)\s['"‘“]?|(?<![가-힣])낸\s['"‘“])$/;
/** (or the verb, then the model's kind in up to three words: "X와 같이 만든 금융 상담 모델 'Y'도 …") */
const RELEASED_KIND_TOPIC_BEFORE = /(?:공개한|출시한|내놓은|선보인|개발한|발표한|배포한|만든)\s(?:[^\s,.'"‘“]{1,10}\s){0,2}(?:모델|LLM|sLM)\s['"‘“]?$/;
/** After it: the topic, subject or additive particle ("'Y'도 …", "Y는 …"), maybe after its gloss. */
const RELEASED_TOPIC_AFTER = /^['"’”]?(?:\s?\([^()]{1,30}\))?['"’”]?(?:은|는|도|이|가)\s/;

/** A question that asks who knows or has tried something ("아시는 분?", "써 보신 분 계세요?"), or a tip to try it ("Y도 한번 보세요", "Y를 꼭 돌려 보세요"). */
const ASKED_ABOUT = /(?:아시는|알고 계신|써\s?보신|들어\s?보신)\s분|(?:아세요|들어\s?보셨어요|써\s?보셨어요)\?|(?:도|을|를)\s(?:한번\s|한\s번\s|꼭\s)?(?:써\s?|돌려\s?|테스트해\s?)?보세요/;

/** The one model a sentence names, as the object of a release or making verb that ends it. */
function soleReleasedModel(text: string, mentions: Mention[]): Mention | undefined {
  // ("X의 B를 파인튜닝한 'Y'를 개발함": the model released after a relative clause on its base)
  const based = baseClauseModel(text, mentions);
  if (based && RELEASED_OBJECT.test(text.slice(based.end))) return based;
  const models = mentions.filter((m) => m.type === 'Model' && m.via !== 'reference');
  const companies = mentions.filter((m) => m.type === 'Company' && m.via !== 'reference' && m.via !== 'blocked');
  if (models.length !== 1) return undefined;
  const m = models[0]!;
  // (or the sentence's company subject works on it or puts it to work, all companies before it: "X는 … 'Y'를 고도화한다",
  // "X는 'Y'를 투입한다", "모레의 자회사인 X는 …")
  const bySubject = companies.length > 0 && companies.every((c) => c.end < m.start) && companies.some((c) => /^(?:은|는|이|가)\s/.test(text.slice(c.end, c.end + 2)));
  if (companies.length && !bySubject) return undefined;
  if (bySubject && (IMPROVED_OBJECT.test(text.slice(m.end)) || DEPLOYED_OBJECT.test(text.slice(m.end)))) return m;
  // (or one a sentence says it runs, named after its kind word: "음성합성 모델 'Y'를 운영한다")
  return RELEASED_OBJECT.test(text.slice(m.end)) || BETA_OPENED_OBJECT.test(text.slice(m.end)) || (OPERATED_OBJECT.test(text.slice(m.end)) && KIND_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start))) ? m : undefined;
}

/** "'Y'를 고도화한다": a model as the object of improving it, the verb ending the sentence. */
const IMPROVED_OBJECT = /^['"’”]?(?:\s?\([^()]{1,30}\))?['"’”]?(?:을|를)\s(?:[^\s,]{1,8}\s){0,2}(?:고도화|개선|업그레이드)(?:한다|합니다|했다|했습니다|하고\s있다|하고\s있습니다|할\s계획이다)[.!]?\s*$/;


/** "'Y'를 운영한다": a model as the object of running it, the verb ending the sentence. */
const OPERATED_OBJECT = /^['"’”]?(?:\s?\([^()]{1,30}\))?['"’”]?(?:을|를)\s(?:[^\s,]{1,8}\s){0,2}(?:운영|서비스)(?:한다|합니다|하고\s있다|하고\s있습니다|했다|해\s?왔다)[.!]?\s*$/;
/** A kind word right before a model's name ("모델 'Y'"). */
const KIND_BEFORE = /(?:모델|LLM|sLM)\s?['"‘“]?$/;

/** "'Y'라는 (상담 특화) 모델", "'Y'(이)라는 이름의 LLM": a name given to a model. */
const NAMED_AS_MODEL = /^['"’”]?\)?(?:이)?라는\s(?:이름의\s)?(?:[가-힣A-Za-z0-9·]{1,8}\s){0,3}(?:모델|LLM|sLM|언어모델|AI 모델)(?:(?:을|를|은|는|이|가|도)?\s|(?:이다|입니다|이에요|예요|이죠)[.!]?['"’”]?\s*$)/;

/** The maker's possessive alone before a sentence's opening model ("B의 'Y'는", "B의 Y도", a name opening on Latin words: "LG AI연구원의 'Y'는"). */
const POSSESSOR_BEFORE_TOPIC = /^(?:[A-Za-z0-9&.]{1,10}\s){0,2}[가-힣A-Za-z0-9.]{1,15}의\s['"‘“]?$/;
/** "Y가 눈에 띈다", "Y가 눈길을 끈다": a predicate that presents its subject. */
const PRESENTING_PREDICATE = /^['"’”]?(?:\s?\([^()]{1,30}\))?(?:이|가|도)\s(?:단연\s|특히\s|가장\s)?(?:눈에 띈다|눈에 띄었다|눈에 띕니다|눈길을 끈다|눈길을 끌었다|돋보인다|돋보였다|주목받는다|주목된다|주목할 만하다)[.!]?\s*$/;

/**
 * "B의 Y는 반대다.", "A의 Y도 …", "스타트업 쪽에서는 B의 'Y'가 눈에 띈다.": the sentence's one model, as the topic
 * after only its maker's possessive or as the subject of a presenting predicate, is what the next subject-less sentences
 * are about — not when the sentence gives a score while another model is in focus (a rival's figures).
 */
export function possessedOrPresented(text: string, models: Mention[], focus: Mention | undefined): Mention | undefined {
  const m = models[0];
  if (!m || m.via === 'reference' || models.some((x) => x.key !== m.key) || (focus && SCORE_FIGURE.test(text))) return undefined;
  const possessed = POSSESSOR_BEFORE_TOPIC.test(text.slice(0, m.start)) && /^['"’”]?(?:\s?\([^()]{1,30}\))?(?:은|는|도)\s/.test(text.slice(m.end, m.end + 36));
  return possessed || PRESENTING_PREDICATE.test(text.slice(m.end)) ? m : undefined;
}
