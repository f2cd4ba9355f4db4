/**
 * The company a sentence opens on when its model comes right after it ("X의 상담 특화 모델 'Y'는 …", "X의 Y는 …"):
 * the sentences after it are still about that company.
 */
import type { Mention } from './types.js';

/**
 * The company a sentence opens on (`owner`, not a reference) when its model (`model`) comes next, with `between` between
 * them, and `after` right after the model says the model is the sentence's topic or subject.
 */
function openingModelOwner(text: string, owner: Mention | undefined, model: Mention | undefined, between: RegExp, after: RegExp): Mention | undefined {
  if (owner?.type !== 'Company' || owner.start !== 0 || owner.via === 'reference' || model?.type !== 'Model') return undefined;
  return between.test(text.slice(owner.end, model.start)) && after.test(text.slice(model.end, model.end + 36)) ? owner : undefined;
}

/** Between a company and its model: the possessive and a few words ("X의 Y", "X의 새 모델 'Y'"). */
const OWNER_TOPIC_BETWEEN = /^의\s(?:[가-힣A-Za-z]{1,8}\s){0,2}['"‘“]?$/;
/** After the model: the topic's or the subject's particle. */
const TOPIC_AFTER = /^['"’”]?(?:은|는|이|가)\s/;

/** "X의 Y는 …", "X의 새 모델 Y가 …": a sentence opening on a company's model as its topic; the company. */
export function topicModelOwner(text: string, ms: Mention[]): Mention | undefined {
  const [owner, model] = ms.filter((m) => m.end > m.start);
  return openingModelOwner(text, owner, model, OWNER_TOPIC_BETWEEN, TOPIC_AFTER);
}

/** "X의 상담 특화 모델 'Y'는 …": the sentence opens on a company's model introduced by its kind word (not "X의 Y는 …", a model merely named). */
const OWNED_SUBJECT_BETWEEN = /^의\s(?:[가-힣A-Za-z]{1,8}\s){0,2}(?:모델|LLM|sLM|언어\s?모델)\s['"‘“]?$/;
/** After the model, maybe its gloss in parentheses: the topic's or the subject's particle. */
const SUBJECT_AFTER_GLOSS = /^['"’”]?(?:\s?\([^()]{1,30}\))?(?:은|는|이|가)\s/;

/** The company whose model is the subject the sentence opens on: the sentences after it are still about the company. */
export function subjectModelOwner(text: string, mentions: Mention[]): Mention | undefined {
  const [owner, model] = mentions;
  return (
    openingModelOwner(text, owner, model, OWNED_SUBJECT_BETWEEN, SUBJECT_AFTER_GLOSS) ?? referredModelOwner(text, owner, model) ?? selfOwnedTopicOwner(text, mentions)
  );
}

/** Before the owner: a time phrase of a few words and no clause's end ("3년이 지난 지금 ", "올해 들어 "). */
const OPENING_TIME_PHRASE = /^(?:[^\s,.'"‘“]{1,8}\s){1,3}$/;
/** Words of a time phrase. */
const TIME_WORD = /지금|현재|올해|요즘|최근|이제|오늘|들어|이후|뒤|후/;

/**
 * "3년이 지난 지금 이 회사의 언어모델 'Y'는 …", "이 회사의 주력 모델 'Y'는 …": a company the story named before, pointed at by a
 * reference word ("이 회사", "이 스타트업") written out, owns the model the sentence is about: the sentences after are about it.
 */
function referredModelOwner(text: string, owner: Mention | undefined, model: Mention | undefined): Mention | undefined {
  if (owner?.type !== 'Company' || owner.via !== 'reference' || owner.end <= owner.start || model?.type !== 'Model') return undefined;
  const before = text.slice(0, owner.start);
  if (before && !(OPENING_TIME_PHRASE.test(before) && TIME_WORD.test(before))) return undefined;
  return OWNED_SUBJECT_BETWEEN.test(text.slice(owner.end, model.start)) && SUBJECT_AFTER_GLOSS.test(text.slice(model.end, model.end + 36)) ? owner : undefined;
}

/** What opens the sentence before the company a speaker calls their own: maybe a list mark, then "저희", "우리" (or "저희 회사"). */
const SELF_OPENING = /^(?:[○◦•·▶▷*-]\s?)?(?:저희|우리)(?:\s회사)?\s$/;

/**
 * "저희 X의 Y는 …", "우리 X의 새 모델 Y가 …": a speaker opening on their own company's model as the topic speaks for the
 * company, and their next sentences with no subject of their own ("지난 9월 Z와 협약을 맺어 …") are still about it.
 */
function selfOwnedTopicOwner(text: string, mentions: Mention[]): Mention | undefined {
  const named = mentions.filter((m) => m.end > m.start && m.via !== 'reference');
  const [owner, model] = named;
  if (owner?.type !== 'Company' || owner.via === 'blocked' || model?.type !== 'Model' || !SELF_OPENING.test(text.slice(0, owner.start))) return undefined;
  return OWNER_TOPIC_BETWEEN.test(text.slice(owner.end, model.start)) && TOPIC_AFTER.test(text.slice(model.end, model.end + 4)) ? owner : undefined;
}

/**
 * "눈에 띄는 건 ", "주목할 점은 ": a cleft that puts what it introduces at the sentence's end; so does a visitor's "(제일) 먼저 간
 * 곳은 ", "다음으로 들른 곳은 ", "마지막으로 찾은 부스는 " (a fair's or a tour's stop, what the lines after it are about).
 */
const CLEFT_OPENING = /(?:(?:눈에\s?띄는|눈길을\s?끄는|관심을\s?끄는|주목(?:할|되는|받는)|돋보이는)\s(?:건|것은|점은|대목은)|(?:(?:제일|가장)\s)?(?:먼저|처음|처음으로|다음으로|이어|이어서|마지막으로|두\s?번째로|세\s?번째로)\s(?:간|들른|들렀던|찾은|방문한|갔던)\s(?:곳은|곳이|데는|부스는|부스가))\s(?:[가-힣]+의\s)?$/;
/** After the company the cleft introduces: its role or move, then the copula that closes the sentence ("의 역할이다", "다"), or nothing ("X."). */
const CLEFT_CLOSING = /^(?:(?:의\s[가-힣]{1,6})?(?:이다|다|였다|이었다|입니다|이었어요|였어요|이에요|예요))?\.?\s*$/;

/**
 * "이번 라운드에서 눈에 띄는 건 B의 역할이다. 단순 투자에 그치지 않고 …": the company a cleft closes on is what the next
 * sentences, with no subject of their own, are about.
 */
export function cleftCompany(text: string, mentions: Mention[]): Mention | undefined {
  const companies = mentions.filter((m) => m.type === 'Company' && m.via !== 'blocked' && m.start >= 0);
  const c = companies.length === 1 ? companies[0]! : undefined;
  return c && CLEFT_OPENING.test(text.slice(Math.max(0, c.start - 30), c.start)) && CLEFT_CLOSING.test(text.slice(c.end)) ? c : undefined;
}
