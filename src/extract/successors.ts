/** A successor introduced on its own ("이어 후속작 'B'를 선보였다") whose predecessor the sentence before named. */
import type { Mention } from './types.js';
import type { ParagraphSentence } from './consortium-paragraph.js';
import { COUNT_WORDS } from './count-words.js';

/** "후속작 'B'", "후속 모델 B": the model right after a successor word. */
const SUCCESSOR_WORD = /(?:후속작|후속\s?모델|후속\s?버전|차기작|차기\s?모델)\s?['"‘“]?$/;
/** "B가 그 후속작입니다", "B는 바로 이 후속 모델이다", "B는 그 후속 모델이지만", "B는 그 후속 모델로, …": the model as the subject of "그 후속작" (the successor of the one just named; not "… 후속 모델로 교체된다", the one replaced). */
const THAT_SUCCESSOR_AFTER = /^['"’”]?(?:은|는|이|가)\s(?:바로\s)?(?:그|이)\s?(?:후속작|후속\s?모델|후속\s?버전|차기작)(?:이다|입니다|이에요|예요|이죠|인\s셈|이고|이며|이지만|이나|이면서|이자|으로|(?<=모델)로(?=[\s,])(?![^.]{0,30}(?:교체|대체|바뀌|바뀐|전환)))/;
/** A model name's brand: its leading word ("벼리" in "벼리-R 2", "믿:음" in "믿:음 2.0"). */
const BRAND = /^([가-힣](?:[:·]?[가-힣])+|[A-Za-z]{3,}|[A-Z](?:\.[A-Z])+)(?=[\s-]|\d)/;

/**
 * "지난 4월 첫 모델 벼리-R 1을 내놨다. 이어 후속작 벼리-R 2를 선보였다": a sentence whose only model follows a
 * successor word (or is the subject of "그 후속작이다") succeeds the one model of the sentence before that carries the same brand (a base model named
 * beside it, "알리바바의 Qwen3-14B를 파인튜닝한", is no predecessor).
 */
export function successorOfPrevious(text: string, mentions: Mention[], previous: ParagraphSentence | undefined): { source: Mention; target: Mention } | undefined {
  if (!previous || !/후속|차기/.test(text)) return undefined;
  // (the predecessor named again later in the sentence, "… 후속 모델 'B'를 구축했으며, A는 서비스를 종료했다", is no second candidate)
  const said = new Set(previous.mentions.map((m) => m.key));
  const all = mentions.filter((m) => m.type === 'Model' && m.via !== 'anonymous');
  const firstNew = all.find((x) => !said.has(x.key))?.start ?? Infinity;
  const models = all.filter((m) => !said.has(m.key) || m.start < firstNew);
  if (new Set(models.map((m) => m.key)).size !== 1) return undefined;
  const source = models[0]!;
  if (!SUCCESSOR_WORD.test(text.slice(Math.max(0, source.start - 10), source.start)) && !THAT_SUCCESSOR_AFTER.test(text.slice(source.end, source.end + 20))) return undefined;
  const brand = (m: Mention) => BRAND.exec(m.surface)?.[1]?.toLowerCase();
  const own = brand(source);
  const before = own ? previous.mentions.filter((m) => m.type === 'Model' && m.via !== 'anonymous' && m.key !== source.key && brand(m) === own) : [];
  return new Set(before.map((m) => m.key)).size === 1 ? { source, target: before[0]! } : undefined;
}

/**
 * "우리는 지난해 'A 8B'를 만들었다. 이 모델은 … 그래서 내놓은 후속작 'A 2'는 …": a sentence whose only model follows a successor
 * word succeeds the one model of its brand the last few body sentences named by name, when the sentence right before names none
 * of that brand (a sentence or two about the first model, "이 모델은", may stand between).
 */
export function successorOfRecent(text: string, mentions: Mention[], recent: readonly ParagraphSentence[]): { source: Mention; target: Mention } | undefined {
  if (!text.includes('후속') || recent.length < 2) return undefined;
  const models = mentions.filter((m) => m.type === 'Model' && m.via !== 'anonymous');
  if (new Set(models.map((m) => m.key)).size !== 1) return undefined;
  const source = models[0]!;
  const own = BRAND.exec(source.surface)?.[1]?.toLowerCase();
  if (!own || !FOLLOW_UP_WORD.test(text.slice(Math.max(0, source.start - 10), source.start))) return undefined;
  const ofBrand = (ps: ParagraphSentence) => ps.mentions.filter((m) => m.type === 'Model' && m.via !== 'anonymous' && m.via !== 'reference' && m.key !== source.key && BRAND.exec(m.surface)?.[1]?.toLowerCase() === own);
  if (ofBrand(recent.at(-1)!).length) return undefined;
  const earlier = recent.slice(-4, -1).flatMap(ofBrand);
  return earlier.length && new Set(earlier.map((m) => m.key)).size === 1 ? { source, target: earlier[0]! } : undefined;
}

/** "후속작 'B'", "후속 모델 B" (no "차기"). */
const FOLLOW_UP_WORD = /(?:후속작|후속\s?모델|후속\s?버전)\s?['"‘“]?$/;

/**
 * "… 후속 모델 '바다-13B'를 개발하고 있다": a sentence whose only model follows a successor word, the sentence before naming
 * none of its brand, succeeds the model in focus when that carries the same brand.
 */
export function successorOfFocus(text: string, mentions: Mention[], focus: Mention | undefined, previous: ParagraphSentence | undefined): { source: Mention; target: Mention } | undefined {
  if (!focus || !text.includes('후속')) return undefined;
  const models = mentions.filter((m) => m.type === 'Model' && m.via !== 'anonymous');
  if (new Set(models.map((m) => m.key)).size !== 1 || models[0]!.key === focus.key) return undefined;
  const source = models[0]!;
  // (a successor word, not a plan's "차기 모델": the next one planned names no line of descent)
  if (!FOLLOW_UP_WORD.test(text.slice(Math.max(0, source.start - 10), source.start))) return undefined;
  const brand = (m: Mention) => BRAND.exec(m.surface)?.[1]?.toLowerCase();
  // (the sentence before named models of the brand, which one it follows is that sentence's to say: see successorOfPrevious)
  if (previous?.mentions.some((m) => m.type === 'Model' && m.key !== source.key && brand(m) === brand(source))) return undefined;
  return brand(source) && brand(source) === brand(focus) ? { source, target: focus } : undefined;
}

/**
 * "X 2는 업무용 모델이라 …\"며 \"내년 공개할 후속 모델 'X 3'에서는 …": a sentence naming two models of one brand, the later
 * right after a successor word: the later succeeds the earlier (a model of another brand, a base, is no predecessor).
 */
export function successorInSentence(text: string, mentions: Mention[]): { source: Mention; target: Mention } | undefined {
  if (!text.includes('후속')) return undefined;
  const models = mentions.filter((m) => m.type === 'Model' && m.via !== 'anonymous');
  const keys = [...new Set(models.map((m) => m.key))];
  if (keys.length !== 2) return undefined;
  const source = models.find((m) => m.key !== models[0]!.key)!;
  const target = models[0]!;
  if (!FOLLOW_UP_WORD.test(text.slice(Math.max(0, source.start - 10), source.start)) || models.some((m) => m.key === target.key && m.start > source.start)) return undefined;
  const brand = (m: Mention) => BRAND.exec(m.surface)?.[1]?.toLowerCase();
  return brand(source) && brand(source) === brand(target) ? { source, target } : undefined;
}

/** "Y의 후속작…", "Y의 후속 모델로": a predecessor named with no successor in the sentence. */
/** (or, with no 의, "Y 업그레이드 버전이라고": a chat's clipped note of what the model in focus is; not "Y의 후속 버전이 아니라", denied) */
const PREDECESSOR_AFTER = /^['"’”]?\s?(?:의\s(?:정식\s)?(?:후속작|후속\s?모델|후속\s?버전|차기작)|(?:의\s)?업그레이드\s?(?:버전|모델)(?=이다|입니다|이라고|이래요|이라는데|이라네|이고|이며|으로|이에요))(?![가-힣]{0,1}(?:을|를|에|의)\s)(?!(?:이|가)\s(?:아니|아닌))/;

/**
 * "▪️ X가 지난해 선보인 Y의 후속작… 구조는 유지": a release post's item that names only the predecessor, its
 * subject left out, is about the model in focus (which must carry Y's brand): the focus succeeds Y.
 */
export function predecessorOfFocus(text: string, mentions: Mention[], focus: Mention | undefined): { source: Mention; target: Mention } | undefined {
  if (!focus || !/후속|차기|업그레이드/.test(text)) return undefined;
  const models = mentions.filter((m) => m.type === 'Model' && m.via !== 'anonymous');
  if (new Set(models.map((m) => m.key)).size !== 1 || models[0]!.key === focus.key) return undefined;
  const target = models[0]!;
  // (no subject of its own before the predecessor: "B는 Y의 후속작이다" is read by the patterns)
  if (!PREDECESSOR_AFTER.test(text.slice(target.end, target.end + 16)) || /[가-힣A-Za-z0-9'"’”)](?:은|는)\s/.test(text.slice(0, target.start))) return undefined;
  const brand = (m: Mention) => BRAND.exec(m.surface)?.[1]?.toLowerCase();
  return brand(target) && brand(target) === brand(focus) ? { source: focus, target } : undefined;
}

/** "The two models succeed Y", "Both models replace Y": a counted group of models, then a successor verb. */
/** (or the group unnamed, the word alone: "Both succeed Y", "The two replace Y", "They both succeed Y") */
const EN_GROUP_SUCCEEDS = /^(?:(?:The|These|Those)\s(two|three|four)(?:\s(?:new\s)?models)?|Both(?:\s(?:of\sthe|of\sthem))?(?:\s(?:new\s)?models)?|They\sboth)\s(?:both\s|all\s)?(?:succeed|replace|supersede|follow)\s(?:the\s)?$/;
/** "두 모델은 (모두) Y의 후속작이다": the same in Korean, the predecessor named before the successor word. */
const KO_GROUP_BEFORE = /^(?:이\s)?(두|세|네)\s(?:모델|신모델|제품)(?:은|는|이|가)\s(?:모두\s|모두가\s)?['"‘“]?$/;
const KO_GROUP_AFTER = /^['"’”]?(?:\s?모델)?의\s(?:후속|차기)\s?(?:모델|작|버전)?/;

/**
 * "Y2 Nano was distilled from Y2. The two models succeed Y1, …": a sentence that opens on a counted group of models
 * ("the two models", "both models", "both", "두 모델은") as succeeding the one model it names: each of the models the sentence
 * before names (or the one before it, when that names none), when it names exactly that many, succeeds that model.
 */
export function groupSuccessors(text: string, mentions: Mention[], recent: ParagraphSentence[]): { sources: Mention[]; target: Mention } | undefined {
  // (the sentence before that names models: "Y2 … alongside Y2 Mini. The weights of both are open. Both succeed Y1")
  const previous = recent.slice(-2).reverse().find((r) => r.mentions.some((m) => m.type === 'Model' && m.via !== 'anonymous'));
  if (!previous || !/models|모델|제품|^(?:Both|They|The\s(?:two|three|four))\s/.test(text)) return undefined;
  const models = mentions.filter((m) => m.type === 'Model' && m.via !== 'anonymous' && m.via !== 'reference');
  if (new Set(models.map((m) => m.key)).size !== 1) return undefined;
  const target = models[0]!;
  const before = text.slice(0, target.start);
  const en = EN_GROUP_SUCCEEDS.exec(before);
  const ko = en ? undefined : KO_GROUP_BEFORE.exec(before);
  if (!en && !(ko && KO_GROUP_AFTER.test(text.slice(target.end, target.end + 16)))) return undefined;
  // ("both models": two)
  const count = COUNT_WORDS[en ? (en[1] ?? 'two') : ko![1]!]!;
  const group = new Map<string, Mention>();
  for (const m of previous.mentions) if (m.type === 'Model' && m.via !== 'anonymous' && m.key !== target.key) group.set(m.key, m);
  return group.size === count ? { sources: [...group.values()], target } : undefined;
}

/** A numbered name's stem and its number ("누리 AB-Q 2" → "누리 AB-Q " and 2; "X-3" → "X-" and 3). */
const NUMBERED_NAME = /^(.*[^\d.][\s-])([2-9]|1\d)$/;

/**
 * "올해 공개된 후속작 누리 AB-Q 2는 …": a numbered model right after a successor word follows the model the article named
 * before with the number one lower ("누리 AB-Q 1"), whatever else the sentence names (its base, a rival).
 */
export function successorOfNumbered(text: string, mentions: Mention[], namedBefore: (name: string) => string | undefined): { source: Mention; target: string } | undefined {
  if (!text.includes('후속')) return undefined;
  const source = mentions.find((m) => m.type === 'Model' && m.via !== 'anonymous' && FOLLOW_UP_WORD.test(text.slice(Math.max(0, m.start - 10), m.start)));
  const numbered = source ? NUMBERED_NAME.exec(source.surface) : null;
  if (!source || !numbered) return undefined;
  const target = namedBefore(`${numbered[1]}${Number(numbered[2]) - 1}`);
  return target && target !== source.key ? { source, target } : undefined;
}
