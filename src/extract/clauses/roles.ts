/**
 * Particle roles for the clause pass: which role a mention takes from the particle right after it
 * (or after its closing quote or parenthesis), an apposition's role, and a topic word; see
 * structure.ts, which builds clauses from these.
 */
import type { Mention } from '../types.js';
import type { ClauseRules, Role } from './data.js';
import { closedAt } from '../hangul.js';

const CLOSERS = new Set([...'\'"’”」』》〉)]']);
export const WORDCHAR = /[가-힣A-Za-z0-9]/;
/** A name given to what follows: "(이)라는", "(이)란", "(으)로 명명된", then a space. */
const NAMED = /(?:이)?라는(?= )|(?:이)?란(?= )|(?:으)?로 명명된(?= )/y;
/** A count and a group noun after a list (" 등 다섯 개 정예팀", " 4개사", " 두 곳"). */
const COUNT_HEAD = / (?:등\s)?(?:\d{1,2}|한|두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s?(?:개\s?)?(?:정예팀|팀|기업|회사|업체|곳|개사|사|컨소시엄|스타트업)(?=[은는이가을를도와과의에])/y;

/** A kind noun after a list (" 같은 스타트업", " 등 대기업"; the spoken " 같은 곳", "places like X": companies): the list's own word for what its members are. */
const KIND_HEAD = / (?:(?:등|같은)\s(?:국내\s|해외\s|AI\s)?(?:대기업|중견기업|기업|스타트업|회사|업체|빅테크)(?:들)?|같은\s곳(?:들)?)(?=[은는이가을를도와과의에])/y;

/** A programme's round or stage after its name (" 2차 단계평가", " 최종 심사", " 1차 평가", " 2단계에는"). */
const ROUND_HEAD = / (?:(?:\d{1,2}차|최종|중간)\s?(?:단계\s?)?(?:평가|심사|단계평가|발표평가|서면평가)(?=에서|을|를|에|의|\s?결과)|[1-9](?:차\s?)?단계(?=에는|에서는|에선|에|에서|의))/y;

/** The role of one mention alone (a sentence with nothing to relate still says whether it has a topic). */
export function roleOf(text: string, m: Mention, rules: ClauseRules): Role {
  return roleAt(text, m.end, text.length, rules).role;
}

/** The role a particle gives the noun phrase that ends at `from` (skipping quotes, a parenthesis, head nouns). */
export function roleAt(text: string, from: number, limit: number, rules: ClauseRules): { role: Role; end: number; particle?: string } {
  let i = skipParen(text, skipClosers(text, from), limit);
  // "'X'라는 (이름의) AI 모델을", "'X'로 명명된 모델을": a name given to a head noun takes the head's particle
  NAMED.lastIndex = i;
  const named = NAMED.exec(text);
  if (named && i + named[0].length < limit) i += named[0].length;
  for (let hop = 0; hop < 3; hop++) {
    const p = particleAt(text, i, rules);
    if (p) return { role: p.role, end: i + p.form.length, particle: p.form };
    if (text[i] !== ' ' || i + 1 >= limit) break;
    // "A, B 등 다섯 개 정예팀이", "A와 B 두 곳은": a count of the list's kind carries its particle
    COUNT_HEAD.lastIndex = i;
    KIND_HEAD.lastIndex = i;
    const counted = COUNT_HEAD.exec(text) ?? KIND_HEAD.exec(text);
    if (counted && i + counted[0].length <= limit) {
      i += counted[0].length;
      continue;
    }
    // "'X 프로젝트' 2차 단계평가에서": a programme's round takes the programme's particle
    ROUND_HEAD.lastIndex = i;
    const round = ROUND_HEAD.exec(text);
    if (round && i + round[0].length <= limit) {
      i += round[0].length;
      continue;
    }
    const found = rules.headSet.at(text, i + 1);
    const head = found && i + 1 + found.length <= limit ? found : undefined;
    if (!head) break;
    i = skipParen(text, skipClosers(text, i + 1 + head.length), limit);
    if (head === '모두' || head === '역시') return { role: particleAt(text, i, rules)?.role ?? 'topic', end: i };
  }
  return { role: 'bare', end: i };
}

/** A noun with the topic particle: 은 after a final consonant ("분기은" is not one), 는 after a vowel ("모은" is a verb). */
export function isTopicWord(w: string): boolean {
  if (w.length < 2) return false;
  const last = w[w.length - 1];
  const batchim = closedAt(w, w.length - 2);
  if (batchim === undefined) return false;
  return (last === '은' && batchim) || (last === '는' && !batchim);
}

function skipParen(text: string, i: number, limit: number): number {
  if (text[i] !== '(') return i;
  const close = text.indexOf(')', i);
  return close > 0 && close - i < 40 && close < limit ? skipClosers(text, close + 1) : i;
}

/** "A 전 X 기술리더를": a person's role is the particle of the title word that closes the apposition (up to five words on). */
export function appositionRole(text: string, from: number, rules: ClauseRules): { role: Role; end: number } | undefined {
  const re = /\s*([^\s]+)/y;
  re.lastIndex = from;
  for (let n = 0; n < 5; n++) {
    const m = re.exec(text);
    if (!m) return undefined;
    const w = m[1]!.replace(/[,.]$/, '');
    const p = /(?:을|를|은|는|이|가)$/.exec(w);
    if (p && rules.heads.some((h) => w.slice(0, -1).endsWith(h) && h.length > 1)) return { role: particleAt(text, re.lastIndex - (m[1]!.length - w.length) - 1, rules)?.role ?? 'bare', end: re.lastIndex };
    if (p || /[다고며,]$/.test(m[1]!)) return undefined;
  }
  return undefined;
}

function skipClosers(text: string, i: number): number {
  while (i < text.length && CLOSERS.has(text[i]!)) i++;
  return i;
}

const NO_PARTICLES: { form: string; role: Role }[] = [];

function particleAt(text: string, i: number, rules: ClauseRules): { form: string; role: Role } | undefined {
  for (const p of rules.particlesByFirst.get(text.charCodeAt(i)) ?? NO_PARTICLES) {
    if (!text.startsWith(p.form, i)) continue;
    const after = text[i + p.form.length];
    if (after === undefined || !WORDCHAR.test(after)) return p;
  }
  return undefined;
}
