/**
 * Score scales: an arena's Elo-like points ("1302점") and a test's percentage-like points ("67.4점")
 * do not mix. A sentence that gives models scores of hundreds or thousands without naming a
 * benchmark is on the one benchmark the article scored on that scale, even when a benchmark of the
 * other scale was named since ("아레나 측이 함께 공개한 KMMLU 점수에서도 …", then "'모아-8B'가 1190점을 받아 …").
 */
import { referenceTo } from './references.js';
import type { Mention } from './types.js';

/** Before a score: a relative clause that states it as someone's ("GPT-4o가 받은 70.1점에 근접한"), so a bound after it is about another score. */
export const STATED_BEFORE = '(?:받은|기록한|얻은|낸|달성한|거둔)\\s';
/** After a score's "점": a bound, a rough figure or a range's high end, not a score reached ("70점 이상", "75점을 넘겼다", "75점 넘어서", "80점에 육박", "60점 가량", "76점 사이"). */
export const SCORE_BOUND = '(?:이상|사이|이하|미만|초과|안팎|내외|남짓|가량|정도|가까이|(?:(?:을|를)\\s?)?(?:(?:살짝|조금|약간|훌쩍|소폭|가볍게|거뜬히|크게)\\s)?(?:넘|웃돌|웃도|밑돌|밑도|상회|하회|돌파)|에\\s?(?:육박|근접|못\\s?미치|미치지|미달))';
/**
 * After a number: not a score of its own — a count, a rank, a difference ("9점↑": a gain marked by an arrow), a band in words ("80% 중반대"), a range's low end ("0.77~0.78", "74점에서 76점
 * 사이") (a bound is SCORE_BOUND), a figure the sentence denies for another ("74점이 아닌 71점") or
 * calls inflated or misreported ("74점으로 과장됐다").
 */
export const NOT_SCORE =
  '\\s?(?:(?:점|%)?\\s?(?:이|가)\\s아(?:닌|니라|니고|니며|니다|닙니다)|(?:점|%)?\\s?(?:으로|로)\\s(?:과장|부풀려|부풀린|부풀렸|잘못\\s?(?:알려|보도|표기|기재))|(?:점|%|포인트|%p)?\\s?[↑↓](?!\\s?(?:\\uE006|\\d))|(?:점|%)?\\s?[~〜∼]\\s?(?:\\uE006|\\d)|(?:점|%)?\\s?(?:에서|부터)\\s?(?:\\uE006\\d+\\uE00F|\\d[\\d.]*)\\s?(?:점|%)?\\s?사이|점수|점대(?!비)|점\\s?(?:(?:안팎|내외|남짓|가량|정도|이상)\\s(?:높|낮|앞|뒤|차이|밀|많|적|올|떨어|상승|하락)|만점|척도|차이|이상 높|이상 앞|높|낮|앞서|앞섰|앞선|앞질|뒤|상승|하락|개선|향상|많|적|차로|올랐|오른|올라|올려|끌어올|떨어|내려|줄었|늘었|뛰었|뛴|밀렸|밀린)|(?:점|%)\\s?(?:초반|중반|후반)|%\\s?(?:수준|가량|정도|향상|높|개선|증가|감소|낮|포인트|p|이상|이하|넘|대)|배|위|등|개|억|조|만|년|월|일|시|명|원|달러|위안|번째|차|세대|B\\b|종|건|곳|여|분|초|살|세)';

/** Per benchmark key: the benchmark and the largest score the article gave on it so far. */
export type ScaleMemory = Map<string, { bench: Mention; max: number }>;

/** Points above this are on an Elo-like scale; a percentage-like test stays at or below 100. */
const LARGE = 200;
const POINTS = /(?<![\d.,])(\d{3,5}(?:\.\d+)?)\s?점/g;

export function noteScore(mem: ScaleMemory, bench: Mention, score: unknown): void {
  if (typeof score !== 'number') return;
  const seen = mem.get(bench.key);
  if (!seen || score > seen.max) mem.set(bench.key, { bench, max: score });
}

/** Puts the one large-scale benchmark before a sentence that scores models in large points and names no benchmark. */
export function addScaleBenchmark(text: string, ms: Mention[], mem: ScaleMemory): void {
  if (mem.size === 0 || !text.includes('점') || !/\d{3}\s?점/.test(text) || ms.some((m) => m.type === 'Benchmark') || !ms.some((m) => m.type === 'Model')) return;
  POINTS.lastIndex = 0;
  let large = false;
  for (let m = POINTS.exec(text); m; m = POINTS.exec(text)) if (Number(m[1]) >= LARGE) large = true;
  if (!large) return;
  const boards = [...mem.values()].filter((x) => x.max >= LARGE);
  if (boards.length !== 1) return;
  ms.unshift(referenceTo(boards[0]!.bench, 0, 0));
}
