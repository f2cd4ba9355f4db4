/**
 * The model a property cue or release verb attaches to: the model the cue's clause modifies, the
 * topic or object before it, or the model in focus; the model a release verb governs, and the models
 * listed with it as co-objects.
 */
// (a model said never used is no target of the sentence's properties: see disowned-model.ts)
export { saidUnused } from '../disowned-model.js';
import { inSpeech, speechAt } from '../korean.js';
import type { Mention } from '../types.js';
import { FINAL, finalAt } from '../hangul.js';


/** The text right after a mention, past closing quotes. */
export function after(text: string, m: Mention, n = 4): string {
  return text.slice(m.end, m.end + n + 2).replace(/^['"’”」』》〉`]+/, '');
}

/** "…했다고 밝힌 ", "…라고 설명한 ": the quotative before the verb that modifies the next word. */
const QUOTATIVE = /(?:다|라)고\s(?=[가-힣]{1,5}\s['"‘“]?$)/;

/** A clause ending in a past adnominal verb before the next word ("만든 ", "가진 ", "밝힌 "): a syllable closed by ㄴ, not the topic particles 은/는. */
function endsAdnominal(s: string): boolean {
  const m = /([가-힣])\s['"‘“]?$/.exec(s);
  if (!m || m[1] === '은' || m[1] === '는') return false;
  return finalAt(m[1]!, 0) === FINAL.nieun;
}

/**
 * Clause and field boundaries ("… / 베이스 모델: Y": a spec line's fields are separate; not the comma between an English date's
 * day and year: "Oct 2, 2026", nor one in a list of sizes: "1.5B, 14B 두 가지 크기로").
 */
export const BOUNDARY = /(?!(?<=\d),\s20\d\d(?!\d)|(?<=\d[BMT]),\s?\d+(?:\.\d+)?\s?[BMT](?![A-Za-z])),|;|다\s|며\s|고\s|지만|는데|\s[/|]\s/;

/** A quotation that is a description of a model ("회사 측은 "… 처음부터 학습한 모델"이라고 설명했다"): it speaks of the model in focus. */
function describesModel(text: string, at: number): boolean {
  const q = speechAt(text, at);
  return q !== undefined && /모델$/.test(q[1]!.trim()) && /^\s?(?:이)?라(?:고|며)\s/.test(text.slice(q.index + q[0].length, q.index + q[0].length + 5));
}

/** Inside the parenthesis right after a name, past its closing quote ("'Y'(", "Y (매개변수 ", "'Y'(Y-en·매개변수 "). */
const PAREN_OPEN_AFTER_NAME = /^['"’”]?\s?\([^()]{0,30}$/;
/**
 * An adverbial in 로 after a count ("70억 매개변수로 메타의 '", "규모로 오픈AI의 "): the count completes the predicate and
 * modifies no name after it, unless a verb after the 로 modifies the name ("30억 개로 줄인 경량 모델 '", "규모로 새로 만든 '").
 */
function adverbialOnly(between: string): boolean {
  const at = between.lastIndexOf('로 ');
  return at >= 0 && !between.slice(at + 2).split(/\s+/).some((w) => endsAdnominal(`${w.replace(/['"‘“’”]+$/, '')} `));
}

/** "X도 있는데, ", "X가 있는데, ": a model introduced by there being one. */
const INTRODUCED_AFTER = /^['"’”]?(?:도|이|가)\s있는데,?\s/;

/** Right after a cue: the model it is called ("…' 모델이라고", "… 모델로 소개"). */
const CALLED_MODEL_AFTER = /^['"’”]?\s?(?:방식의?\s|기반의?\s)?(?:AI\s|언어\s?)?모델(?:이라고|이라며|이라는|이란|로\s|으로\s|이다|입니다)/;

/** A sentence opening on a size as its topic, no model named before it ("매개변수는 ", "매개변수(파라미터)는 ", "모델 크기는 "). */
const SIZE_TOPIC_OPENING = /^(?:모델\s)?(?:크기|규모|매개변수|파라미터)(?:\s?수)?(?:\s?\([^()]{1,12}\))?(?:은|는|가|이)\s$/;

/** After a model: its size made the topic ("X의 크기는 ", "X의 파라미터 수는 "), so a count later in the clause is X's. */
const OWN_SIZE_AFTER = /^['"’”]?\s?의\s(?:모델\s)?(?:크기|규모|매개변수|파라미터)(?:\s?수)?(?:은|는|가|이|도)\s/;

/** After an English subject: a relative clause set off by commas, then the main verb up to the cue (", which … last year, has "). */
const EN_RELATIVE_THEN_VERB = /^['"’”]?,\s(?:which|that)\s[^,;]{1,100},\s(?:[a-z]+\s){0,2}(?:has|have|had|is|was|comes\swith|carries|packs|uses)\s(?:about\s|around\s|some\s)?$/;

/** A line headed by a model and a dash ("X — …"; a history line's "'X' 출시 — …", "'X' 공개 — …"): the line is about it. */
const HEADED_LINE_AFTER = /^['"’”]?\s(?:(?:오픈소스\s|정식\s)?(?:출시|공개)\s)?[—–]\s/;
/** Before such a line's model: a bullet, or a history line's date ("2024.06.03 ", "2024년 3월 "), and its quote mark (after a kind word or two: "경량 모델 '"). */
const HEADED_LINE_BEFORE = /^(?:[-*•·▪]\s)?(?:(?:19|20)\d{2}(?:[.\-/]\s?\d{1,2}(?:[.\-/]\s?\d{1,2})?\.?|년(?:\s\d{1,2}월)?)\s)?(?:['"‘“]?|(?:[가-힣]{1,6}\s){1,3}['"‘“])$/;

/** The model a cue at [at, atEnd) attaches to. */
export function attachModel(text: string, models: Mention[], at: number, atEnd: number, focus: Mention | undefined): Mention | undefined {
  const carried = focus;
  if (inSpeech(text, at) && !describesModel(text, at)) focus = undefined;
  // "메타의 '라마 3'(80억 개)보다", "'Y'(Y-en·매개변수 310억 개)에": a count in the parentheses right after a name is that model's, whatever the sentence's topic
  const glued = models.find((m) => m.end <= at && PAREN_OPEN_AFTER_NAME.test(text.slice(m.end, at)));
  if (glued) return glued;
  // "X, which succeeds Y released last year, has 48 billion …": the count is the subject's, not the relative clause's model
  const subject = models.find((m) => m.end <= at && EN_RELATIVE_THEN_VERB.test(text.slice(m.end, at)));
  if (subject) return subject;
  // "매개변수는 72억개로 전작(78억개)보다 줄었다": a sentence opening on the size as its topic gives the size of the model in focus
  if (focus && SIZE_TOPIC_OPENING.test(text.slice(0, at))) return focus;
  const following = models.find((m) => m.start >= atEnd && m.start - atEnd <= 40);
  // "X에 이어 1.2B '소형'까지": a bare size right before a quoted name is that name's tag, not the model named before it
  // (and so is a count priced with 짜리: "X 공개…30억짜리 '라이트'는")
  const tag = (/\d\s?[BMT]$/.test(text.slice(at, atEnd)) ? /^\s['"‘“][^'"‘“’”]{1,30}['"’”]/ : /^(?:\s?개)?짜리\s['"‘“][^'"‘“’”]{1,30}['"’”]/).exec(text.slice(atEnd));
  if (tag) return following?.start === atEnd + tag[0].search(/['"‘“]/) + 1 ? following : undefined;
  if (following) {
    // "…처음부터 직접 학습했다고 밝힌 'X'": a reported claim still modifies the model after it
    // (and a gloss in parentheses after the verb is no part of the clause: "…직접 학습한(프롬 스크래치) 'X'", "…학습한(프롬 스크래치) 음성 모델 'X'")
    const between = text.slice(atEnd, following.start).replace(QUOTATIVE, ' ').replace(/(?<=[가-힣])\([^()]{1,20}\)(?=\s)/, '');
    // "…처음부터 자체 학습한 'X'", "480억개 매개변수를 가진 'X'": a cue in the clause that modifies the model after it
    // and "320억 파라미터 'X'", "5190억 개 매개변수 X": a count with the word for parameters right before the name is the name's
    // (not a count the clause's predicate takes with 로: "X는 70억 매개변수로 메타의 'Y'보다 작다", "규모로 Z의 Y와 비교된다")
    // (not past a model noun joined to another: "720억 파라미터 표준 모델과 70억 파라미터 'X'": the first count is the other model's)
    if (!BOUNDARY.test(between) && !adverbialOnly(between) && !/(?:모델|버전)(?:과|와|,|\s및)\s/.test(between) && (/모델|의\s|인\s|급\s|규모|짜리|(?:파라미터|매개변수)\s?['"‘“]?$/.test(between) || endsAdnominal(between))) return following;
    // "the nine-billion-parameter X": an English count made an adjective right before the name
    if (/^\s['"‘“]?$/.test(between) && /-param(?:eter)?$/i.test(text.slice(at, atEnd))) return following;
  }
  const preceding = models.filter((m) => m.end <= at);
  // "X의 크기는 기반 모델과 같은 140억 파라미터로": the model whose size is the topic, whatever is named between
  const sized = preceding.findLast((m) => OWN_SIZE_AFTER.test(text.slice(m.end, m.end + 16)) && !BOUNDARY.test(text.slice(m.end, at)));
  if (sized) return sized;
  // "본 모델은 320억개, 미니는 24억개": the nearest topic before the count
  // ("X도 있는데, Y에서 … 뽑아낸 30억 파라미터 버전입니다": a model introduced as there being one is the topic of what follows)
  // ("'X'는, 올해 선보였던 'Y'의 후속 모델로, 매개변수는 …": a topic set off by a comma is still the topic)
  // ("X — …의 후속 모델로, 1,020억 파라미터": a line headed by a model and a dash is about it)
  // (not the subject of a relative clause on the way: "X는 … Y가 생성한 데이터로 증류한 140억 매개변수 모델": X's count)
  const topic = preceding.findLast((m) => (/^(?:은|는|이|가)\s|^(?:은|는),/.test(after(text, m, 2)) && !RELATIVE_SUBJECT_AFTER.test(after(text, m, 16))) || INTRODUCED_AFTER.test(after(text, m, 8)) || (HEADED_LINE_AFTER.test(text.slice(m.end, m.end + 16)) && HEADED_LINE_BEFORE.test(text.slice(0, m.start))));
  if (topic) return topic;
  const last = preceding[preceding.length - 1];
  // "전작 'Y'의 구조를 확장해 처음부터 다시 학습했다" (even in a quote): a predecessor named on the way is no model the cue describes, the one in focus is
  if (last && carried && carried.key !== last.key && PREDECESSOR_BEFORE.test(text.slice(Math.max(0, last.start - 12), last.start)) && /^['"’”]?\s?(?:의|을|를)\s/.test(text.slice(last.end, at))) return carried;
  // "'Y'를 프롬 스크래치로 개발": the object right before the cue is what it describes
  if (last && /^['"’”]?\s?(?:을|를)\s$/.test(text.slice(last.end, at))) return last;
  // "X를 처음부터 자체 학습한 '프롬 스크래치' 모델이라고 소개했다": the object the clause calls such a model
  if (last && /^['"’”]?\s?(?:을|를)\s/.test(text.slice(last.end, at)) && !BOUNDARY.test(text.slice(last.end, at)) && CALLED_MODEL_AFTER.test(text.slice(atEnd, atEnd + 16))) return last;
  // ("X 기반, 320억 파라미터": a base named in a telegraphic line leaves the count to the model in focus)
  if (last && !(focus && /^['"’”]?\s?(?:의|대비|보다|와|과|를|을|에|기반[,\s])/.test(after(text, last, 4)))) return last;
  return focus;
}

/** Right before a model: the word for its predecessor ("전작 '", "이전 모델인 "). */
const PREDECESSOR_BEFORE = /(?:^|[\s"“'‘])(?:전작|이전\s모델|이전\s버전|직전\s모델)(?:인)?\s['"‘“]?$/;

/** A subject whose verb modifies a noun after it ("Y가 생성한 데이터", "Y이 만든 답변"): no topic of the sentence. */
const RELATIVE_SUBJECT_AFTER = /^(?:이|가)\s(?:생성한|만든|만들어\s낸|뽑아낸|출력한|작성한|합성한)\s/;

/** After an adnominal verb: a bound noun of sequence ("한 데 이어", "한 뒤", "한 후에"). */
export const BOUND_NOUN_AFTER = /^(?:한|된|은)?\s(?:데\s이어|뒤|후|다음)(?:[\s,]|에\s|$)/;

/** A release verb in its adnominal form: "공개한 ", "선보인 ", or a form that is one already ("올린 ", "풀린 "). */
export function adnominalVerb(text: string, at: number, len: number): boolean {
  // ("Y를 … 공개한 데 이어 Z를": the verb modifies a bound noun of sequence, its model is the object before it)
  if (BOUND_NOUN_AFTER.test(text.slice(at + len, at + len + 8))) return false;
  if (/^(?:인|한|된|은|했던|했었던)\s/.test(text.slice(at + len, at + len + 4))) return true;
  return text[at + len] === ' ' && endsAdnominal(text.slice(at, at + len + 1));
}

/** "X 32B, 8B, 1.7B 등 세 가지 모델을 공개": sizes listed after the model's full name and counted, the verb's object. */
const COUNTED_LIST_TAIL = /^(?:,\s?[\w.\-]{1,12}){1,6}\s(?:등\s)?(?:[두세네]|다섯|[2-9])\s?(?:가지|개|종)\s(?:모델|버전)(?:을|를)\s$/;

/** The model a release verb governs: the model an adnominal verb modifies ("선보인 ‘X’"), the nearest model before it, or the topic. */
/** After a model: it is the object of a clause that ends on a model noun with a particle of role ("를 증류한 작은 크기 모델로 "). */
const RELATIVE_OBJECT = /^['"’”]?(?:을|를)\s(?:[가-힣A-Za-z0-9]+\s){0,2}?[가-힣]{1,6}한\s(?:[가-힣A-Za-z0-9]+\s){0,3}?(?:모델|버전)(?:으로|로)\s/;

export function releaseTarget(text: string, models: Mention[], verbAt: number, verbLen: number): Mention | undefined {
  if (adnominalVerb(text, verbAt, verbLen)) {
    const next = models.find((m) => m.start > verbAt && m.start - verbAt <= 24);
    if (next && !BOUNDARY.test(text.slice(verbAt, next.start))) return next;
  }
  const before = models.filter((m) => m.end <= verbAt && !/^\s?(?:대비|보다|와|과|의\s?(?:후속|차기))/.test(after(text, m, 8)));
  // ("'B'는 A를 증류한 작은 모델로 오픈소스로 풀린다": a model that is the object of a clause describing the topic as a model is not what is released)
  const near = before.filter((m) => verbAt - m.end <= 60 && (!BOUNDARY.test(text.slice(m.end, verbAt)) || COUNTED_LIST_TAIL.test(text.slice(m.end, verbAt))) && !(RELATIVE_OBJECT.test(text.slice(m.end, verbAt)) && before.some((x) => x.start < m.start && /^['"’”]?(?:은|는)\s/.test(after(text, x, 4)))));
  if (near.length) return near[near.length - 1];
  // "X는 Y를 처음부터 학습한 모델로, … 오픈소스로 공개되어 있음": the one model the sentence describes as "…한 모델" is what it goes on about
  const described = new Set(before.map((m) => m.key)).size === 1 && DESCRIBED_OBJECT_MODEL.test(text.slice(before[0]!.end)) ? before[0] : undefined;
  return before.find((m) => /^(?:은|는)\s/.test(after(text, m, 2))) ?? described;
}

/** After a model as an object: the clause that makes the sentence a description of it ("를 … 학습한 모델로, "), then the rest of the sentence (telling no decision still to come). */
const DESCRIBED_OBJECT_MODEL = /^['"’”]?(?:\s?\([^()]{1,30}\))?(?:을|를)\s[^.,]{0,60}?(?:한|된|시킨)\s(?:[가-힣A-Za-z]{1,8}\s)?모델(?:로|이며|이고|인데),\s(?![^.]*(?:여부|예정|계획|검토|미정))[^.]{0,100}$/;

/** Between two models released together: "A와 경량 모델 'B'를", "A, B를", "A와 80억개의 'B'", "A와 30억 개 규모의 경량 모델 'B'" (a count of its own before the next). */
const CO_OBJECT = /^['"’”]?(?:\s?\([^()]{1,30}\))?['"’”]?\s?(?:와|과|및|,)\s(?:(?:[가-힣A-Za-z]{1,6}\s){0,2}|(?:[가-힣A-Za-z]{1,6}\s)?\d[\d.,]*\s?(?:억|조|[BM])\s?(?:개)?(?:\s?(?:규모|매개변수|파라미터))?(?:의|짜리)?\s(?:[가-힣A-Za-z]{1,6}\s){0,2})['"‘“]?$/;

/** "A와 B", "A, B 및 C": the models joined to `first` after it. */
const JOINED = /^['"’”]?(?:\s?\([^()]{1,30}\))?['"’”]?\s?(?:와|과|및|,)\s?['"‘“]?$/;
export function listedAfter(text: string, models: Mention[], first: Mention): Mention[] {
  const out: Mention[] = [];
  let prev = first;
  for (const m of models.slice(models.indexOf(first) + 1)) {
    if (m.key === prev.key || !JOINED.test(text.slice(prev.end, m.start))) break;
    out.push(m);
    prev = m;
  }
  return out;
}

/** The models listed right before the release target as its co-objects ("A와 B를 동시에 공개했다" → A). */
export function coObjects(text: string, models: Mention[], target: Mention): Mention[] {
  const out: Mention[] = [];
  let next = target;
  for (let i = models.indexOf(target) - 1; i >= 0; i--) {
    const m = models[i]!;
    if (m.key === next.key || !CO_OBJECT.test(text.slice(m.end, next.start))) break;
    out.push(m);
    next = m;
  }
  return out;
}
