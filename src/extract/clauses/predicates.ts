/**
 * A sentence's predicates: a stem of a known class where its word ends as a verb (a noun stem only with a light verb
 * after it; not a rumour noun or a party's role noun), or any word with a verb ending, each with its form (relative,
 * connective, finite or a question). The clause structure that segments by them is in structure.ts.
 */
import type { ClauseRules } from './data.js';
import type { Pred, PredForm, Word } from './structure.js';
import { FINAL, finalAt } from '../hangul.js';

/** Verb endings of a word with no known stem: the word still ends a clause or heads a relative clause. */
const FINITE_END = /(?<!보)(?:다|요|죠)$/;
const CONNECTIVE_END = /(?:[하했되됐였았었]고|[하했되됐였았었으]며|면서|지만|는데|으나|[했됐였았었]다가|해서|하여|려고|도록)$/;
const RELATIVE_END = /(?:한|된|하는|했던|되는|하던|중인|해온|받은|만든|(?<![런])[가-힣]던)$/;
const STEM_RELATIVE = /(?:한|된|하는|했던|되는|하던|중인|해온|해 온|인|은|든|던|운|낸|킨|린|힌|진|을|있는)$/;
const STEM_CONNECTIVE = /(?:고|며|면서|지만|는데|으나|[했됐였았었]다가|해|하여|해서|아|어|여|려|서|려고|도록|하기로)$/;
/** A particle right after a noun stem ("협약을", "참여도"), and the light verb that makes the pair a predicate. */
const NOUN_PARTICLE = /^(?:을|를|이|가|은|는|도|에|의|과|와|으로|로)$/;
const LIGHT_VERB = /^\s(?:[맺체진나하했한할벌이결]|확[정약])[가-힣]{0,5}/;
/** The end of a sentence after a bare stem (a memo's nominal ending: "…를 개발."), and the object particle before the stem. */
const MEMO_END = /^\.?\s*$/;
const OBJECT_BEFORE = /[가-힣A-Za-z0-9'"’”)][을를]\s$/;
/** An auxiliary after a connective verb that heads a relative clause ("참여하고 있는", "개발해 온"). */
const AUX_RELATIVE = /^\s(?:있는|있던|있었던|온|왔던)(?=[\s,]|$)/;
const STATUS_KIND = /^\s?(?:기업|업체|회사|스타트업|팀|사)인(?=\s)/;
/** "참여 중이다", "참여 중이고요": a taking-part noun with 중 and the copula is the verb in its progressive ("참여하고 있다"). */
const PROGRESSIVE_COPULA = /^\s중(?:이다|이고요|이고|이며|입니다|이에요|이죠|인데|이었다|이었고|인)(?=[\s,.!]|$)/;
/** The rumour suffix after a predicate stem, with a particle or a closing quote ("개발설'에", "제휴설을"). */
const RUMOUR_TAIL = /^설(?:을|이|은|도|에|의|과|로|까지|만)?['"’”]?$/;

const WORD_STOP = new Set([...' \t\n\r\u00a0\u3000,.!?;:\'"’”()]'].map((c) => c.charCodeAt(0)));
/** Last characters of a word with a verb ending (the generic predicate test runs only on these). */
const VERB_LAST = new Set([...'다요죠고며서만데나여록한된는던인온은든'].map((c) => c.charCodeAt(0)));

/** What makes a stem a party's role noun: 사 (a company), 기관 (an agency), 기업 or 업체 (a firm), then a particle or the copula ("주관사로", "참여기관인", "공급기업으로"). */
const ROLE_NOUN_TAIL = /^(?:사|기관|기업|업체)(?:로서?|으로서?|는|가|이|인|의|를|와|과|도|에|로)?$/;

/** "특화한", "최적화된": what a model is made for, after the domain with 에. */
const DESCRIPTIVE_MODIFIER = /^(?:특화|최적화|특성화)(?:한|된|시킨)$/;

/** An embedded question ("선정될지", "참여할지", "받을지", "했는지"): nothing is asserted. */
/** (nor in a question asked: "협업하느냐", "손잡을까", "참여합니까", an FAQ's "만들었나요", "모델인가요", a briefing's "신청했나", "참여하는가") */
function isQuestion(word: string): boolean {
  if (word.length >= 2 && /(?:냐|까|[었았했였됐]나(?:요)?|인가요|는가(?:요)?|까요)$/.test(word)) return true;
  if (!word.endsWith('지') || word.length < 2) return false;
  return word[word.length - 2] === '는' || finalAt(word, word.length - 2) === FINAL.rieul; // ㄹ final: 될, 할, 을
}

/**
 * A question asked of the predicate itself, right after it: a nominalised question on the adnominal form ("발표하는 건가요?",
 * "만든 거예요?", "협력하는 거냐?") or a polite or plain question ending before the question mark ("발표하나요?", "개발합니까?").
 */
const ASKED_AFTER = /^\s(?:건가요|건가|건지요|거예요|거에요|거야|거냐|겁니까|건데요|거죠)\s?[?？]/;
/** A question's ending on the word itself, asked only where the question mark follows ("하니까" alone is "because"). */
const ASKING_END = /(?:나요|니까|냐|까요|나|가요)$/;

function isAskedAt(text: string, word: string, wordEnd: number): boolean {
  const after = text.slice(wordEnd, wordEnd + 8);
  return ASKED_AFTER.test(after) || (ASKING_END.test(word) && /^\s?[?？]/.test(after));
}

function inSpan(spans: { start: number; end: number }[], at: number): boolean {
  for (const s of spans) if (s.start <= at && at < s.end) return true;
  return false;
}

/** Verb-like words: a known stem (its class) or, failing that, a verb ending (class 'other'). */
export function findPredicates(text: string, spans: { start: number; end: number }[], rules: ClauseRules, ws: Word[]): Pred[] {
  const out: Pred[] = [];

  const { classOf, verbs } = rules;
  const covered = new Set<number>();
  for (let m = rules.stemSet.find(text); m; m = rules.stemSet.find(text, m.at + m.form.length)) {
    const at = m.at;
    const stem = m.form;
    if (inSpan(spans, at)) continue;
    if (stem.length === 1 && at > 0 && /[가-힣]/.test(text[at - 1]!)) continue;
    if (classOf.get(stem) === 'rest' && text[at - 1] !== ' ') continue;
    let wordEnd = at + stem.length;
    while (wordEnd < text.length && !WORD_STOP.has(text.charCodeAt(wordEnd))) wordEnd++;
    let word = text.slice(at, wordEnd);
    // "공동 개발설", "협력설이": a rumour noun made of the stem is a claim, not a predicate
    if (RUMOUR_TAIL.test(word.slice(stem.length))) continue;
    // "주관사로", "개발사인": a stem that makes a noun of a party's role (a company, an agency) is no predicate
    // (a participant's, "참여기관으로 합류해", still says it takes part)
    if (classOf.get(stem) !== 'participate' && ROLE_NOUN_TAIL.test(word.slice(stem.length))) continue;
    // a noun stem with a particle is a predicate only with a light verb after it ("협약을 맺고", "참여를 결정했다")
    if (!verbs.has(stem) && NOUN_PARTICLE.test(word.slice(stem.length))) {
      const light = LIGHT_VERB.exec(text.slice(wordEnd, wordEnd + 12));
      if (!light) continue;
      wordEnd += light[0].length;
      word = light[0].trim();
    }
    // a bare stem is a noun ("진료 기록 요약"), a predicate only where a noun can be one ("X의 후속 모델")
    // "1기 참여 기업인 X는": a programme's status noun before a kind noun and the copula is a relative clause ("참여한 X")
    else if (word === stem && classOf.get(stem) === 'participate' && STATUS_KIND.test(text.slice(wordEnd))) {
      wordEnd += STATUS_KIND.exec(text.slice(wordEnd))![0].length;
      word = text.slice(at, wordEnd);
    } else if (word === stem && classOf.get(stem) === 'participate' && PROGRESSIVE_COPULA.test(text.slice(wordEnd))) {
      wordEnd += PROGRESSIVE_COPULA.exec(text.slice(wordEnd))![0].length;
      word = text.slice(at, wordEnd);
    } else if (word === stem && MEMO_END.test(text.slice(wordEnd)) && OBJECT_BEFORE.test(text.slice(Math.max(0, at - 3), at))) {
      // "Y를 개발.", "Y를 출시": a card's or a memo's nominal ending (개조식), the bare stem after its object ending the sentence, is its verb
    } else if (word === stem && !verbs.has(stem) && classOf.get(stem) !== 'succeed') continue;
    let form: PredForm = isQuestion(word) || isAskedAt(text, word, wordEnd) ? 'question' : STEM_CONNECTIVE.test(word) ? 'connective' : STEM_RELATIVE.test(word) ? 'relative' : 'finite';
    // "참여하고 있는 A", "개발해 온 Y": a progressive or perfect auxiliary makes the pair a relative clause
    const aux = form === 'connective' && /(?:고|해|어|아|여)$/.test(word) ? AUX_RELATIVE.exec(text.slice(wordEnd, wordEnd + 6)) : null;
    if (aux) {
      form = 'relative';
      wordEnd += aux[0].length;
    }
    out.push({ cls: classOf.get(stem)!, stem, start: at, end: wordEnd, form, seg: 0 });
    covered.add(wordEnd);
  }
  ws.forEach((w, k) => {
    if (!VERB_LAST.has(w.text.charCodeAt(w.text.length - 1)) || covered.has(w.end) || inSpan(spans, w.start)) return;
    // "한국어에 특화한 Y", "기기에 최적화된 Y": a modifier of what the model is for takes no subject of its own
    if (DESCRIPTIVE_MODIFIER.test(w.text) && ws[k - 1]?.text.endsWith('에')) return;
    const form: PredForm | undefined = isAskedAt(text, w.text, w.end) ? 'question' : CONNECTIVE_END.test(w.text) && w.text.length > 1 ? 'connective' : FINITE_END.test(w.text) ? 'finite' : RELATIVE_END.test(w.text) ? 'relative' : undefined;
    if (form) out.push({ cls: 'other', stem: w.text, start: w.start, end: w.end, form, seg: 0 });
  });
  return out.sort((a, b) => a.start - b.start);
}
