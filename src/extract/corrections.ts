/**
 * Correction notices ("[바로잡습니다]", "정정합니다"): the notice repeats what an earlier article
 * got wrong, then states the facts. What it repeats is no fact — a clause reported as the earlier
 * article's claim ("…을 기반으로 만들어졌다고 적었으나,", "…계약을 맺었다고 보도했습니다", "직함을 X로
 * 잘못 표기했습니다") is retracted, and "X가 아니라 Y" keeps only Y. A retracted clause still names
 * its entities, and an owner phrase in it ("메타의 라마 4") still says who made the model: the
 * retraction is about the claim, not about who owns what.
 */
import type { Sentence } from '../parse/types.js';
import { falseClaimsOf } from './disputed-claims.js';

/** "In issue #86 we wrote that …", "In our last letter, we wrongly said that …": a newsletter owning up to its own earlier claim. */
const EN_WE_WROTE = String.raw`\b[Ii]n\s(?:issue\s#?\d+|our\s(?:last|previous|earlier)\s(?:issue|article|story|report|edition|letter)|last\sweek['’]s\s(?:issue|edition|article|letter)),?\swe\s(?:wrongly\s|incorrectly\s|mistakenly\s)?(?:wrote|reported|said|stated)\sthat\b`;
/** An article that corrects an earlier one. */
const NOTICE = new RegExp(String.raw`바로잡(?:습니다|았습니다|는다|았다)|정정(?:합니다|했습니다|보도|드립니다)|\[\s?정정\s?\]|\b(?:Correction|CORRECTION):\s|\b[Aa]n?\s(?:earlier|previous)\sversion\sof\sthis\s(?:article|story|report)\b|${EN_WE_WROTE}`);
/** The earlier article's claim, reported: "In issue #86 we wrote that …", "…했다고 보도했습니다", "…했다고 보도한 바 있습니다", "…라고 적었으나," (or quoted: "'…개발됐다'고 보도했으나,"), a value given ("매개변수를 '300억 개'로 보도했으나,"), a mistake owned up to ("잘못 표기했습니다"), and in English "An earlier version of this article (…) said X". (Not "…됐다고 최 차관이 전했다": a teller named as the subject of 전했 relays someone's words, no earlier claim of the outlet.) */
const REPORTED = new RegExp(String.raw`\b[Aa]n?\s(?:earlier|previous)\sversion\sof\sthis\s(?:article|story|report)\b[^.]{0,80}?\b(?:said|stated|reported|misstated|incorrectly|wrongly|misidentified)\b|${EN_WE_WROTE}|(?:다|라)['"’”]?(?:고|는)\s(?:(?:(?:[가-힣]{1,6}\s){0,2})?(?:보도했|보도하|보도한\s바|적었|적은\s바|썼|표기했|기재했|게재했|소개했|소개한\s바)|(?:[가-힣]{0,5}[가-힣](?<![은는이가])\s){0,2}전했)|잘못\s?(?:표기|기재|보도|적었|적은|썼|쓴|소개|전했|알려)|(?:['"’”]|\d\s?[가-힣]{0,2})\s?(?:으로|로)\s(?:보도했|보도한\s바|적었|표기했|기재했|썼)`);
/** The earlier article named by its quoted headline ('"X, Y 기반 'Z' 공개" 기사에서 …', also in 「」): the headline is its claim. */
const EARLIER_HEADLINE = /["“「『][^"“”「」『』]{4,120}["”」』]\s?(?:(?:이라는|라는)\s)?(?:제목의?\s)?(?:기사|보도)(?:에서|에서는|는|의|를|에|로)\s/;
/** Where a retracted clause gives way to the correction: "…적었으나, ", "…보도했지만 ". */
const CLAUSE_END = /(?:으나|었으나|지만|는데),?\s/g;
/** "메타가 아니라 ", "65.1점이 아니라 ", "240억 개가 아닌 120억": the wrong value before the right one ("아닌" only between two numbers). */
const NOT_BUT = /(?<=^|\s)(?:[^\s,]{1,20}|\d[\d.,]*[가-힣]{0,2}\s(?:개|점|명|장|곳|건))(?:이|가)\s아니(?:라|고)\s|(?<=^|\s)\d[\d.,]*[가-힣]{0,2}\s(?:개|점|명|장|곳|건)(?:이|가)\s아닌\s(?=\d)/g;

const retracted = new WeakSet<Sentence>();
/** Sentences read with the number they revise their own first one to (see withRevisedValue). */
const revisedInPlace = new WeakSet<Sentence>();
/** The article's own words of a sentence whose "X가 아니라" was left out for reading. */
const originals = new WeakMap<Sentence, string>();

/** A sentence read with the value a later update gave instead of its own: that update, and the value. */
const correctedBy = new WeakMap<Sentence, { update: Sentence; value: number }>();

/** The update that corrected a value of this sentence (its facts with that value cite it too). */
export function correctionOf(s: Sentence): { update: Sentence; value: number } | undefined {
  return correctedBy.get(s);
}

/** What evidence quotes for a sentence: the article's own words, also where reading left a wrong value out. */
export function quotedText(s: Sentence): string {
  return originals.get(s) ?? s.text;
}

/** True for a clause of a correction notice that only repeats the earlier article's claim. */
export function isRetracted(s: Sentence): boolean {
  return retracted.has(s);
}

/** Rules whose fact stands inside a retracted clause: who owns or made a model ("X의 Y", "X와 Z가 공동 개발한 Y"), who holds which post ("오세린 X사 대표의 직함을"), said in passing. */
export const OWNER_PHRASE_RULE = /^(?:developed\.(?:possessive|en-possessive|made-by$)|works-for\.(?:name-company-title|company-name-title))/;

/**
 * The sentences of a correction notice, cut where a retracted clause ends (that clause marked
 * retracted) and with the wrong value of "X가 아니라 Y" left out (the sentence's text then reads
 * "… Y", its offsets still span the whole sentence, and quotedText() gives the article's own words
 * for evidence); any other article's sentences as they are.
 */
export function readCorrections(input: Sentence[]): Sentence[] {
  const sentences = withCorrectedValues(input);
  for (const s of falseClaimsOf(sentences)) mark(s);
  if (!sentences.some((s) => (s.block === 'title' || s.block === 'body') && NOTICE.test(s.text))) return sentences;
  const out: Sentence[] = [];
  for (const [i, s] of sentences.entries()) {
    if (s.block === 'title') {
      out.push(s);
      continue;
    }
    // (a sentence that revised its own number already reads with the number it was revised to: "…45.9점이라고 소개했다가, … 42.3점으로 정정했다")
    if (revisedInPlace.has(s)) {
      out.push(s);
      continue;
    }
    if (EARLIER_HEADLINE.test(s.text)) {
      out.push(mark(s));
      continue;
    }
    let from = 0;
    CLAUSE_END.lastIndex = 0;
    for (let m = CLAUSE_END.exec(s.text); m; m = CLAUSE_END.exec(s.text)) {
      const clause = s.text.slice(from, m.index + m[0].length);
      if (!REPORTED.test(clause)) continue;
      const end = m.index + m[0].length;
      out.push(withMisprintMended(piece(s, from, end), s.text.slice(end)) ?? withOwnerMended(piece(s, from, end), s.text.slice(end)) ?? mark(piece(s, from, end)));
      from = end;
    }
    const rest = from ? piece(s, from, s.text.length) : s;
    out.push(REPORTED.test(rest.text) ? (withEnglishValueMended(rest, sentences[i + 1]?.text ?? '') ?? mark(rest)) : withoutWrongValues(rest));
  }
  return out;
}

function withoutWrongValues(s: Sentence): Sentence {
  const text = s.text.replace(NOT_BUT, '');
  if (text === s.text) return s;
  const read = { ...s, text };
  originals.set(read, s.text);
  return read;
}

/** "…87.2점을 기록했다고 썼으나, 이는 78.2점의 오기였기에": the right number of a misprint, told right after the claim. */
const MISPRINT = /^이는\s(\d{1,4}(?:\.\d{1,3})?)\s?(점|%)의\s오기/;

/**
 * A retracted clause whose one wrong number the notice calls a misprint of another: the clause read with the right
 * number, as a statement (its article's own words still quoted as evidence); undefined for any other clause.
 */
function withMisprintMended(clause: Sentence, rest: string): Sentence | undefined {
  const m = MISPRINT.exec(rest);
  if (!m) return undefined;
  const numbers = [...clause.text.matchAll(new RegExp(`(?<![\\d.])\\d{1,4}(?:\\.\\d{1,3})?(?=\\s?${m[2]})`, 'g'))];
  if (numbers.length !== 1 || numbers[0]![0] === m[1]) return undefined;
  const at = numbers[0]!.index;
  const read = { ...clause, text: clause.text.slice(0, at) + m[1]! + clause.text.slice(at + numbers[0]![0].length) };
  originals.set(read, clause.text);
  return read;
}

/** "이는 B사의 이전 모델인 Y의 점수이며": the one the notice says the value belongs to (its name, up to four words). */
const VALUE_OWNER = /^이는\s(?:[^.,]{0,30}?(?:모델인|모델|버전인|제품인)\s)?['"‘“]?([^\s.,'"‘“’”]+(?:\s[^\s.,'"‘“’”]+){0,3}?)['"’”]?의\s(?:점수|성적|수치|결과)(?:이며|이고|였|이었|입니다|이다)/;
/** The retracted clause's score: "X의 B 점수를 N점으로 보도했으나" (the benchmark, up to three words, and the value). */
const REPORTED_SCORE = /의\s['"‘“]?([^\s.,'"‘“’”]+(?:\s[^\s.,'"‘“’”]+){0,2}?)['"’”]?\s?(?:점수|성적)(?:를|을)\s(\d{1,4}(?:\.\d{1,3})?)\s?(점|%)?(?:으로|로)\s/;

/**
 * "X의 B 점수를 N점으로 보도했으나, 이는 … Y의 점수이며": a retracted score the notice gives to another model is that model's,
 * read as "Y의 B 점수는 N점이다" (the article's own words still quoted as evidence); undefined for any other clause.
 */
function withOwnerMended(clause: Sentence, rest: string): Sentence | undefined {
  const owner = VALUE_OWNER.exec(rest);
  const score = owner ? REPORTED_SCORE.exec(clause.text) : null;
  if (!owner || !score || clause.text.includes(`${owner[1]!}의`)) return undefined;
  const read = { ...clause, text: `${owner[1]!}의 ${score[1]!} 점수는 ${score[2]!}${score[3] ?? '점'}이다.` };
  originals.set(read, clause.text);
  return read;
}

/** "It has 7.2 billion.", "The correct figure is 61.3.": the sentence after an English retracted claim gives the right number (its unit perhaps). */
const EN_RIGHT_VALUE = /^(?:It|They|The\s(?:model|company)|The\s(?:correct|right|actual)\s(?:figure|number|score|count))\s(?:actually\s)?(?:has|have|is|was|scored|scores|had)\s(?:actually\s)?(\d{1,4}(?:\.\d{1,3})?)(?:\s(billion|million|points?|%))?[\s.,]/;

/**
 * An English retracted claim ("In issue #86 we wrote that X has 8 billion parameters.") whose one number of the same unit the next
 * sentence gives right ("It has 7.2 billion."): the claim read with the right number, as a statement; undefined otherwise.
 */
function withEnglishValueMended(claim: Sentence, next: string): Sentence | undefined {
  const v = /^[A-Z]/.test(next) ? EN_RIGHT_VALUE.exec(next) : null;
  if (!v) return undefined;
  const unit = v[2] ? `\\s?${v[2].replace(/s$/, '')}` : '';
  const numbers = [...claim.text.matchAll(new RegExp(`(?<![\\d.])\\d{1,4}(?:\\.\\d{1,3})?(?=${unit || '\\s'})`, 'g'))];
  if (numbers.length !== 1 || numbers[0]![0] === v[1]) return undefined;
  const at = numbers[0]!.index;
  const read = { ...claim, text: claim.text.slice(0, at) + v[1]! + claim.text.slice(at + numbers[0]![0].length) };
  originals.set(read, claim.text);
  return read;
}

function piece(s: Sentence, from: number, to: number): Sentence {
  return { ...s, text: s.text.slice(from, to), start: s.start + from, end: s.start + to };
}

function mark(s: Sentence): Sentence {
  retracted.add(s);
  return s;
}

/**
 * "앞서 … 점수를 69.4점으로 전해드렸으나, … 67.4점이 맞습니다": an update that corrects a number the
 * article gave earlier (a live blog's [정정] item). The wrong value is read as the right one in the
 * one other sentence that gives it; with several such sentences nothing is changed.
 */
const VALUE_CORRECTION =
  /(\d{1,4}(?:\.\d{1,3})?)\s?(?:점|%|개|명)?(?:으로|로|이라고|라고)\s(?:[^.]{0,20}?\s)?(?:잘못\s)?(?:전해\s?드렸|전했|보도했|적었|썼|표기했|기재했|알려\s?드렸|소개했|발표했)[^.]{0,6}?(?:으나|지만|는데|습니다만)[,\s][^]{0,120}?(\d{1,4}(?:\.\d{1,3})?)\s?(?:점|%|개|명)?(?:이|가)\s?(?:맞습니다|맞다|맞는|맞음|맞아요|맞고요|정확합니다|정확하다|옳습니다|옳다)/;
/**
 * "아까 B 79.3이라고 했는데 최종 카드 기준 79.8입니다", "점수를 78점이라고 말했는데 실제는 87.4입니다": a speaker or poster taking
 * back a number they gave ("…라고 말했/했/썼는데"), then the real one after "실제는", "사실은" or "최종 … 기준".
 */
const VALUE_RESTATED =
  /(\d{1,4}(?:\.\d{1,3})?)\s?(?:점|%)?(?:이라고|라고)\s(?:[^.]{0,20}?\s)?(?:잘못\s)?(?:말했|말씀드렸|말씀했|했|썼|적었|올렸)[^.]{0,6}?(?:으나|지만|는데|습니다만)[,\s](?:[^.]{0,40}?\s)?(?:실제(?:로)?는|사실은|정확히는|최종[^.\d]{0,12}?기준(?:으로)?)\s(\d{1,4}(?:\.\d{1,3})?)\s?(?:점|%)?(?:입니다|이에요|예요|임|이다|이고|이며)/;

/**
 * "14시 송고된 'A B 74.6점' 속보에서 점수를 75.6점으로 바로잡습니다": an earlier item quoted by its headline, with its wrong
 * number, and the number it is corrected to (the quote repeats the wrong claim: no fact of this sentence stands).
 */
const QUOTED_VALUE_CORRECTION =
  /['"‘“][^'"‘“’”]{2,80}?(?<![\d.])(\d{1,4}(?:\.\d{1,3})?)\s?(?:점|%)[^'"‘“’”]{0,30}['"’”]\s?(?:속보|기사|보도|단신|게시물)(?:에서|의|는|을|를)\s(?:[^.]{0,20}?\s)?(\d{1,4}(?:\.\d{1,3})?)\s?(?:점|%)?(?:으로|로)\s(?:바로잡|정정|수정|고쳐|정정해)/;

/** "…점수를 68.2점으로 잘못 표기했습니다.": a wrong number owned up to, the sentence's last words. */
const WRONG_VALUE = /(\d{1,4}(?:\.\d{1,3})?)(\s?(?:점|%)?(?:으로|로)\s)잘못\s?(?:표기|기재|적|썼|보도|전해\s?드렸|전했|게재|알려\s?드렸)[가-힣]{0,5}[.]?\s*$/;
/** "…에 따르면 실제 점수는 63.8점입니다.": the right number, told in the next sentence. */
const RIGHT_VALUE = /(?:실제|정확한|올바른|바른|정정된|맞는)\s(?:점수|수치|값|성적|결과|결괏값)(?:은|는)\s(\d{1,4}(?:\.\d{1,3})?)\s?(?:점|%)?(?:입니다|이다|였다|이었다|으로|로)/;

/**
 * "처음 측정에서 67.9점이 나왔지만, … 다시 잰 결과 68.5점으로 바뀌었다": a number revised within its sentence — a first
 * value, a turn ("지만", "으나", "는데", "다가"), then a value of the same unit that it became (바뀌었다, 수정됐다, 정정됐다, 조정됐다, 바로잡았다).
 */
const REVISED_VALUE =
  /(?<![\d.])(\d{1,4}(?:\.\d{1,3})?)\s?(점|%)[^.]{0,40}?(?:지만|으나|는데|다가),\s[^.]{0,80}?(?<![\d.])(\d{1,4}(?:\.\d{1,3})?)\s?\2(?:으로|로)\s(?:바뀌|수정|정정|조정|변경|고쳐|바로잡|상향|하향)/;

/** "…71.0점을 기록했다고 밝힌 바 있으나, … 측정한 값은 66.4점이었다": a claim, then the value a measurement gave instead in the same sentence (the fact). */
const CLAIM_THEN_MEASURED = /(?<![\d.])(\d{1,4}(?:\.\d{1,3})?)\s?(점|%)[^.]{0,30}?(?:다|라)고\s(?:[가-힣]{1,6}\s)?(?:발표|밝힌|밝혔|주장|내세웠|홍보|자랑)[^.,]{0,12}?(?:으나|지만|는데),\s[^.]{0,80}?(?:측정|검증|실측|다시\s잰)[가-힣]{0,4}\s(?:값|결과|점수|수치)(?:은|는)\s(\d{1,4}(?:\.\d{1,3})?)\s?\2/;
/**
 * "…점수는 공지 당시 66.0이었으나, … 재채점한 결과 65.6으로 정정했습니다": a decimal with no unit, what it was ("이었으나", "였지만"),
 * then the decimal it was corrected to (the second group, a unit, is empty).
 */
const REVISED_BARE_VALUE = /(?<![\d.])(\d{1,4}\.\d{1,3})()(?:이었|였)(?:으나|지만|는데),\s[^.]{0,80}?(?<![\d.])(\d{1,4}\.\d{1,3})(?:으로|로)\s(?:바뀌|수정|정정|조정|변경|고쳐|바로잡|상향|하향)/;
/** A sentence that revises a number of its own, read with the revised number in the first one's place (its own words still quoted). */
function withRevisedValue(s: Sentence): Sentence {
  const m = REVISED_VALUE.exec(s.text) ?? CLAIM_THEN_MEASURED.exec(s.text) ?? REVISED_BARE_VALUE.exec(s.text);
  if (!m || m[1] === m[3]) return s;
  const read = { ...s, text: s.text.slice(0, m.index) + m[3]! + s.text.slice(m.index + m[1]!.length) };
  originals.set(read, originals.get(s) ?? s.text);
  revisedInPlace.add(read);
  return read;
}

/** "…KMMLU 68.4점을 받았다고 발표했다": a company's claim, told as what it announced (its one score the only number with a unit). */
const CLAIMED = /(?:다|라)고\s(?:[가-힣]{1,6}\s)?(?:발표|밝혔|주장|내세웠|홍보|자랑)/;
const SCORE_IN = /(?<![\d.])(\d{1,4}(?:\.\d{1,3})?)\s?(?:점|%)/g;
/** "그러나 본지 재측정에서는 … 61.3점이 나왔다": a re-test that follows the claim, its measured score ending the sentence. */
const RETEST_VALUE =
  /^(?:그러나|하지만|그런데|다만)\s(?:[^.]|\.(?=\d)){0,60}?(?:재측정|재채점|재평가|실측|검증|다시\s(?:잰|재\s?본|측정한|돌린|채점한))(?:[^.]|\.(?=\d)){0,60}?(?<![\d.])(\d{1,4}(?:\.\d{1,3})?)\s?(?:점|%)(?:이|가|으로|로)\s(?:나왔|나타났|측정됐|집계됐|확인됐)/;

/** The one score a claim gives, when the next sentence re-tests it: the claim is read with the measured score. */
function retestedClaim(claim: Sentence, next: Sentence): { from: RegExpMatchArray; value: string } | undefined {
  const r = CLAIMED.test(claim.text) ? RETEST_VALUE.exec(next.text) : null;
  const scores = r ? [...claim.text.matchAll(SCORE_IN)] : [];
  return r && scores.length === 1 && scores[0]![1] !== r[1] ? { from: scores[0]!, value: r[1]! } : undefined;
}

/** "… 알림에서 KMMLU 점수 '74.2점'은 '72.4점'의 오기입니다": a number the text gave earlier, said to be a miswriting of the right one (no fact of this sentence stands). */
const MISWRITTEN_VALUE = /['"‘“]?(\d{1,4}(?:\.\d{1,3})?)\s?(?:점|%)?['"’”]?(?:은|는)\s['"‘“]?(\d{1,4}(?:\.\d{1,3})?)\s?(?:점|%)?['"’”]?의\s(?:오기|오타|오표기|잘못된\s표기)/;

/** "[정정] 재측정한 결과 X의 B 평균은 71.2가 아니라 69.8입니다": a number the text gave earlier, and the one a re-measurement or correction puts in its place. */
const NOT_VALUE_BUT = /(?<![\d.])(\d{1,4}(?:\.\d{1,3})?)\s?(?:점|%)?(?:이|가)\s아니라\s['"‘“]?(\d{1,4}(?:\.\d{1,3})?)\s?(?:점|%)?['"’”]?(?:입니다|이다|였다|이었다|이에요|예요|으로|로)/;
function withCorrectedValues(sentences: Sentence[]): Sentence[] {
  let out = sentences.map(withRevisedValue);
  // "A는 B에서 68.4점을 받았다고 발표했다. 그러나 재측정에서는 61.3점이 나왔다.": the measured score replaces the claimed one
  for (let i = 0; i + 1 < sentences.length; i++) {
    const h = sentences[i]!;
    const c = retestedClaim(h, sentences[i + 1]!);
    if (!c || out[i] !== h) continue;
    const read = { ...h, text: h.text.slice(0, c.from.index!) + c.value + h.text.slice(c.from.index! + c.from[1]!.length) };
    originals.set(read, h.text);
    correctedBy.set(read, { update: sentences[i + 1]!, value: Number(c.value) });
    out = out.map((s) => (s === h ? read : s));
  }
  // "A의 B 점수를 68.2점으로 잘못 표기했습니다. … 실제 점수는 63.8점입니다.": the first sentence is read with the right number, as a statement
  for (let i = 0; i + 1 < sentences.length; i++) {
    const w = WRONG_VALUE.exec(sentences[i]!.text);
    const r = w ? RIGHT_VALUE.exec(sentences[i + 1]!.text) : null;
    if (!w || !r || w[1] === r[1]) continue;
    const h = sentences[i]!;
    // "…점수를 " → "…점수는 ": the sentence states the score ("A의 B 점수는 63.8점이다")
    const before = h.text.slice(0, w.index).replace(/(을|를)\s$/, (_m, p: string) => (p === '을' ? '은 ' : '는 '));
    const read = { ...h, text: `${before}${r[1]}${w[2]!.includes('%') ? '%' : '점'}이다.` };
    originals.set(read, h.text);
    correctedBy.set(read, { update: sentences[i + 1]!, value: Number(r[1]) });
    out = out.map((s) => (s === h ? read : s));
  }
  for (const c of sentences) {
    const quoted = QUOTED_VALUE_CORRECTION.exec(c.text);
    const miswritten = c.text.includes('의 오') ? MISWRITTEN_VALUE.exec(c.text) : null;
    const restated = VALUE_RESTATED.exec(c.text);
    const m = VALUE_CORRECTION.exec(c.text) ?? restated ?? quoted ?? miswritten ?? (c.text.includes('아니라') && /정정|재측정|재채점|재평가|다시\s(?:잰|측정|채점)|바로잡|수정(?:합니다|했|됐|된)/.test(c.text) ? NOT_VALUE_BUT.exec(c.text) : null);
    if (!m || m[1] === m[2]) continue;
    if (m === quoted) retracted.add(c);
    // (the miswriting's own sentence states the right number: "… 점수 '74.2점'은 '72.4점'의 오기" reads "… 점수 72.4점이다";
    // a number taken back is read as the real one in its own sentence too: "B 78점이라고 말했는데 실제는 87.4" gives no 78)
    const stated = m === miswritten ? { ...c, text: c.text.slice(0, m.index) + `${m[2]}${m[0].includes('%') ? '%' : '점'}이다.` } : m === restated ? { ...c, text: c.text.slice(0, m.index) + m[2]! + c.text.slice(m.index + m[1]!.length) } : c;
    if (stated !== c) originals.set(stated, c.text);
    out = out.map((s) => (s === c ? stated : s));
    const wrong = new RegExp(`(?<![\\d.])${m[1]!.replace('.', '\\.')}(?![\\d]|\\.\\d)`);
    const holders = out.filter((s) => s !== c && s !== stated && wrong.test(s.text));
    if (holders.length !== 1) continue;
    // (a number taken back in a later post is read in the post that gave it; the taking back states no fact of its own)
    if (m === restated) retracted.add(stated);
    const h = holders[0]!;
    const read = { ...h, text: h.text.replace(wrong, m[2]!) };
    originals.set(read, originals.get(h) ?? h.text);
    correctedBy.set(read, { update: c, value: Number(m[2]) });
    out = out.map((s) => (s === h ? read : s));
  }
  return out;
}
