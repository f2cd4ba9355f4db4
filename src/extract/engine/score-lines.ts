/**
 * Score lists written as lines, as an infographic's text or a results box gives them: "MODEL(DEVELOPER)
 * 82.4" or "MODEL 82.4점", one model a line, under a heading that names the benchmark ("공공 AI 평가
 * 'X 2026' 결과"). Each line is a SCORED fact, as a bar chart's row is. A list needs three score lines
 * or more; short group labels between them ("■ 해외 모델") and lines whose score is withheld
 * ("M(D) 비공개*") keep it going, and the benchmark is the one a heading or caption names in the few
 * lines before the list. A card or a summary box may run the list on one line, its items parted by slashes ("M1 77.0 / M2
 * 68.1 / M3 64.7", maybe "D의 M1 77.0", maybe a source note after it): its benchmark is the one the sentence before names.
 */
import type { Sentence } from '../../parse/types.js';
import type { RuleSet } from '../types.js';
import { captionBenchmark, modelNamed } from './bar-charts.js';
import type { TableScore } from './tables.js';
import { escapeRegex } from '../../parse/text.js';

/** One line: a name, its developer in parentheses, maybe a dash, a score out of 100 (with 점 or % or nothing), maybe a marked note ("※재측정"). */
const SCORE_LINE = /^[▲△•·\-–]?\s?([^\d\s()▲△•·\-–][^()]{0,40}?)(?:\s?\([^()]{1,24}\))?(?:\s[—–])?\s(\d{1,3}(?:\.\d{1,2})?)\s?(?:점|%)?(?:\s?[※*†‡][가-힣A-Za-z]{0,8})?$/;
/** A line that keeps a list going: a group label ("■ 국내 모델", "<해외>") or a withheld score ("M(D) 비공개*", "M (D) — 점수 비공개(개발사 요청)"). */
const GAP_LINE = /^(?:[■□◆◇▶●○<\[【]\s?[가-힣A-Za-z ]{1,12}[>\]】]?|[^()]{1,40}\([^()]{1,24}\)\s(?:[—–]\s)?(?:점수\s?)?(?:비공개|미공개|미제출|N\/A|-)(?:\s?\([^()]{1,20}\))?\*?)$/;
const MIN_ROWS = 3;
/** How far back a heading may name the list's benchmark (a note and a group label may come between). */
const HEADING_REACH = 4;

/** SCORED facts from the article's lists of score lines. */
export function readScoreLines(sentences: Sentence[], rules: RuleSet): TableScore[] {
  const out: TableScore[] = [];
  for (let i = 0; i < sentences.length; i++) {
    if (!SCORE_LINE.test(sentences[i]!.text.trim())) continue;
    const rows: { name: string; score: number; sentence: Sentence }[] = [];
    let j = i;
    for (; j < sentences.length; j++) {
      const s = sentences[j]!;
      const t = s.text.trim();
      const row = SCORE_LINE.exec(t);
      if (row && Number(row[2]) <= 100 && !isVersionedName(t, s, sentences)) rows.push({ name: row[1]!.trim(), score: Number(row[2]), sentence: s });
      else if (!GAP_LINE.test(t)) break;
    }
    const models = rows.map((r) => modelNamed(r.name, r.sentence, rules));
    // every line must name a model: a list of anything else (prices, counts) is no score list
    const benchmark = rows.length >= MIN_ROWS && models.every((m) => m) ? captionBenchmark(sentences, i, rules, HEADING_REACH) : undefined;
    if (benchmark) rows.forEach((r, k) => out.push({ model: models[k]!, benchmark, score: r.score, sentence: r.sentence }));
    i = Math.max(i, j - 1);
  }
  return out;
}

/**
 * A line that is one model's versioned name, its number no score ("라마 3.1", "엑사원 4.0" as a quiz's choices or a menu's
 * items): no unit after the number, and another sentence of the article uses the whole line as a name, a particle or a
 * mark right after it ("라마 3.1이나 큐웬 2.5를 썼다는").
 */
function isVersionedName(t: string, s: Sentence, sentences: Sentence[]): boolean {
  if (/(?:점|%|[※*†‡][가-힣A-Za-z]{0,8})$/.test(t)) return false;
  const used = new RegExp(`${escapeRegex(t)}(?:이나|이|가|을|를|은|는|의|와|과|도|'|’|"|”|\\))`);
  return sentences.some((o) => o !== s && o.text.includes(t) && used.test(o.text));
}

/** One item of a slash-parted list: maybe its developer's possessive, the name, a score (with 점 or % or nothing). */
const SLASH_ITEM = /^(?:[^\s/]{1,12}의\s)?([^\d\s/][^/]{0,40}?)\s(\d{1,3}(?:\.\d{1,2})?)\s?(?:점|%)?$/;
/** A note closing the list: its source or basis in parentheses ("(자료: 각 사 발표)"). */
const CLOSING_NOTE = /\s?\((?:자료|출처|기준|각\s?사|[^()]{0,30}기준)[^()]{0,40}\)\.?$/;

/** SCORED facts from one-line lists parted by slashes, under a sentence that names their benchmark. */
export function readSlashScoreLists(sentences: Sentence[], rules: RuleSet): TableScore[] {
  const out: TableScore[] = [];
  for (const [i, s] of sentences.entries()) {
    if (i === 0 || !s.text.includes(' / ')) continue;
    const items = s.text.trim().replace(CLOSING_NOTE, '').replace(/\.$/, '').split(/\s\/\s/).map((x) => SLASH_ITEM.exec(x.trim()));
    if (items.length < MIN_ROWS || items.some((x) => !x || Number(x[2]) > 100)) continue;
    const models = items.map((x) => modelNamed(x![1]!, s, rules));
    // every item must name a model, and the line itself no benchmark (a line that names one is read by the patterns)
    if (!models.every((m) => m) || captionBenchmark([s, s], 1, rules, 1)) continue;
    const benchmark = captionBenchmark(sentences, i, rules, 1);
    if (benchmark) items.forEach((x, k) => out.push({ model: models[k]!, benchmark, score: Number(x![2]), sentence: s }));
  }
  return out;
}
