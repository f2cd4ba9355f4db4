/**
 * Scores read down a ranking whose benchmark was named sentences back (a scope opened by a ranking of one benchmark,
 * closed by another benchmark or a sentence with neither a model nor a score):
 * "'X 리더보드'의 순위가 공개됐다. 맨 위는 A사의 M으로, 종합 86.2점을 받았다. 2위는 N이다. 83.7점으로, 83.1점에 그친 O를 앞섰다."
 * Inside the scope a rank subject ("N위는 [회사의] M", "맨 위는 M로", "1위는 M이 지켰다") names the model a score
 * stands for: in its own sentence, and in the next one while that names no model before the score ("종합 점수는 0.835.");
 * a score a model is said to have got in an adnominal clause ("83.1점에 그친 O") stands for that model.
 * On an overall board a bare three-decimal score after a topic stands for it ("M이 0.805로 … 근접했다"), and one score
 * said of a counted group ("두 모델의 종합 점수는 모두 0.812로") for each model of the sentence before that names that many.
 * A marked score in parentheses right after a model is that model's ("이 모델은 77.9점으로 Y(76.4점)를 제쳤다": the topic's
 * and Y's). A difference ("2.5점 차"), a range, a share (%) give nothing here.
 */
import { addRelation, evidenceOf, hasRelation, type Acc } from './article-acc.js';
import type { ParagraphSentence } from './consortium-paragraph.js';
import { COUNT_WORDS } from './count-words.js';
import { isSpoken } from './quoted.js';
import { isContrastedBenchmark } from './references.js';
import type { Mention } from './types.js';

/** Words that make the sentences about one benchmark a ranking. */
const RANKING = /순위|리더보드|[1-9]위(?:에|를|로|는|였|입니다|다)|평가판|가장 높|가장 낮|최고 점수|뒤를 이었/;
/** A test named in words where the scores are: "추론 지수에서", "코딩 부문에서는". */
const OTHER_TEST_AT = /[가-힣]{2,8}\s?(?:지수|벤치마크|테스트|평가셋|부문|영역|과제)(?:에서|에선|에서는)\s/;
/** A rank as a topic ("1위는", "맨 위는"). */
const RANK_WORD = /(?:위|선두|정상)(?:는|은)\s/;
/** Words for an overall board. */
const OVERALL = /리더보드|종합/;
/** After a model that is its sentence's topic ("M은 61.2점에 머물렀다"). */
const TOPIC_AFTER = /^['"’”]?(?:\([^()]{0,30}\))?(?:은|는|이|가|도)\s/;
/** A score: "86.2점", "83점", "0.835" (a bare number only with a score word in the sentence). */
/** (an arena's four-digit points only with 점: "1250점") */
const SCORE = /(?<![\d.~,])(\d{1,3}(?:\.\d{1,3})?|\d{4}(?=\s?점))(\s?점)?(?![\d~%]|\.\d)/g;
const SCORE_WORD = /점수|기록|받았|받아|받은|그쳤|그친|얻었|얻은|올렸/;
/** After a score: a difference, a share, a count, a rank, a date, a range ("60점대")… not a score. */
const NOT_SCORE_AFTER = /^\s?(?:점\s?)?(?:차|대(?!비)|앞|뒤|높|낮|올랐|오른|상승|하락|개선|향상|격차|포인트|배|억|만|천|개|위|년|월|일|시|분|초|명|곳|주|[A-Za-z]|~|-|\.\d)/;
/** The rank subject before a model: "2위는 ", "맨 위는 ", "1위 자리는 ", "선두는 " with an optional owner ("업스테이지의 ", "AI 스타트업 X의 "). */
const RANK_SUBJECT_BEFORE = /(?:[1-9]위(?:\s?자리)?|맨 위|선두|정상|꼴찌)(?:는|은)\s(?:(?:[^\s]{1,14}\s){0,2}[^\s]{1,14}의\s)?['"‘“]?$/;
/** Right after a model's name: its closing quote and its Latin name in parentheses, either way round ("'M(Latin M)'", "'M'(Latin M)"). */
const NAME_TAIL = String.raw`(?:['"’”]|\s?\([^()]{0,30}\)){0,2}`;
/** "1위는 M이 지켰다", "2위는 M(0.798)이었고", "3위는 M(0.794), 4위는 N": the rank subject after the model (its score may follow in parentheses). */
const RANK_SUBJECT_AFTER = new RegExp(String.raw`^${NAME_TAIL}(?:\(\s?\d{1,3}(?:\.\d{1,3})?\s?점?\))?(?:,\s|(?:이|가|은|는|로|으로|입니다|이다|다|였|이었)(?:\s|,|\.|$|습니다|다|고|으며|며))`);
/** Between a rank subject and the parenthesis that holds its score. */
const RANKED_SCORE_BEFORE = new RegExp(String.raw`^${NAME_TAIL}\(\s?$`);
/** A board's overall score as a fraction with three decimals ("0.805"). */
const BOARD_FRACTION = /^0\.\d{3}$/;
/** "두 모델의 종합 점수는 모두 0.812로": one score said of each of a counted group of models (a tie). */
const TIED_GROUP = /(?<![가-힣])(두|세|네)\s?(?:모델|곳|제품)(?:의|은|는|이|가|\s모두)\s.*(?:모두|나란히|똑같이|동일하게|공동으로)/;

/** The models of the last sentence naming any (`last`), when the sentence gives one score to a group of that many. */
function tiedModels(s: ParagraphSentence, scores: Score[], last: Mention[]): Mention[] {
  const g = TIED_GROUP.exec(s.text);
  return g && scores.length === 1 && COUNT_WORDS[g[1]!] === last.length ? last : [];
}

/** Between a score and the model it belongs to in an adnominal clause: "83.1점에 그친 구글 ". */
const ADNOMINAL = /^\s?(?:점)?(?:에 그친|에 머문|을 받은|를 받은|을 기록한|를 기록한|을 얻은|를 얻은)\s(?:[^\s]{1,12}\s)?['"‘“]?$/;

function models(s: ParagraphSentence): Mention[] {
  return s.mentions.filter((m) => m.type === 'Model' && m.via !== 'blocked' && m.via !== 'anonymous');
}

/** The rank subject a sentence names, if any. */
function rankSubject(s: ParagraphSentence): Mention | undefined {
  return models(s).find((m) => RANK_SUBJECT_BEFORE.test(s.text.slice(Math.max(0, m.start - 30), m.start)) && RANK_SUBJECT_AFTER.test(s.text.slice(m.end, m.end + 16)));
}

interface Score {
  value: number;
  start: number;
  end: number;
  /** The model the score stands in parentheses right after ("M(76.4점)"), if any. */
  owner?: Mention;
}

/** Between a sentence's first model, its topic, and its first score: the topic particle and at most two words ("M은 77.9점으로"). */
const TOPIC_TO_SCORE = /^['"’”]?(?:\s?\([^()]{0,30}\))?(?:은|는|이|가)\s(?:[^\s\d,.()]{1,10}\s){0,2}$/;

/**
 * `subject`: the sentence's rank subject, whose score may stand in parentheses right after it ("2위는 M(0.798)이었다");
 * `overall`: the scope is an overall board, whose three-decimal scores need no score word ("M이 0.805로 … 근접했다").
 */
function scoresOf(s: ParagraphSentence, subject?: Mention, overall = false, inRanking = false): Score[] {
  const wordy = SCORE_WORD.test(s.text);
  const out: Score[] = [];
  for (const x of s.text.matchAll(SCORE)) {
    const start = x.index!;
    const end = start + x[0].length;
    if (s.mentions.some((m) => m.start < end && m.end > start)) continue;
    const ranked = subject !== undefined && RANKED_SCORE_BEFORE.test(s.text.slice(subject.end, start)) && /^\s?\)/.test(s.text.slice(end));
    if (!ranked && !x[2] && (!wordy || !x[1]!.includes('.')) && !(overall && BOARD_FRACTION.test(x[1]!))) continue;
    if (NOT_SCORE_AFTER.test(s.text.slice(end, end + 6))) continue;
    const inParen = /\(\s?$/.test(s.text.slice(Math.max(0, start - 2), start));
    // "M(90.4점)": a marked score in parentheses stands for the model right before it ("M(7)" is no score), inside a ranking
    // only (a board's other figures in parentheses may be of another scale)
    const owner = !ranked && inParen && inRanking && x[2] !== undefined && /^\)/.test(s.text.slice(end)) ? s.mentions.find((m) => m.type === 'Model' && m.via !== 'blocked' && RANKED_SCORE_BEFORE.test(s.text.slice(m.end, start))) : undefined;
    if (!ranked && inParen && !owner) continue;
    out.push({ value: Number(x[1]), start, end, owner });
  }
  return out;
}

/** Adds the scores read down rankings whose benchmark was named sentences back. */
export function addRankingScores(acc: Acc, articleId: string, sentences: ParagraphSentence[]): void {
  if (!sentences.some((s) => s.mentions.some((m) => m.type === 'Benchmark')) || !sentences.some((s) => RANKING.test(s.text) || RANK_WORD.test(s.text))) return;
  let board: string | undefined;
  let ranked = false;
  let overall = false;
  let gap = 0;
  let carried: Mention | undefined;
  let last: Mention[] = [];
  for (const s of sentences) {
    if (isSpoken(s)) continue;
    const benches = new Set(s.mentions.filter((m) => m.type === 'Benchmark' && m.via !== 'reference' && !isContrastedBenchmark(s.text, m)).map((m) => m.key));
    if (benches.size) {
      // ("이 모델은 종합 점수 71.5점으로 8위에 그쳤지만, 수학 영역 'X'에서는 …": the overall score before a sub-benchmark is the ranking's)
      if (board && ranked && !benches.has(board)) addOverallBeforeSection(acc, articleId, s, board, carried);
      // a sentence naming its benchmark is read by the patterns; it opens the scope (a ranking once a ranking word is said)
      board = benches.size === 1 ? [...benches][0] : undefined;
      overall = OVERALL.test(s.mentions.find((m) => m.key === board)?.surface ?? '');
      ranked = RANKING.test(s.text);
      gap = 0;
      carried = undefined;
      last = [];
      continue;
    }
    if (!board) continue;
    // "리더보드에 …", "종합 점수" after a section's benchmark: the overall board, another benchmark
    // (not where the sentence points back to the scope's own benchmark and names no board: "이 평가에서 … 종합 78.4점으로 1위")
    if (!overall && OVERALL.test(s.text) && (/리더보드/.test(s.text) || !s.mentions.some((m) => m.key === board && m.via === 'reference'))) {
      board = undefined;
      continue;
    }
    // ("추론 지수에서 가장 높은 0.912": a test the sentence names in words of its own, not the scope's board, holds its scores)
    if (OTHER_TEST_AT.test(s.text) && !s.mentions.some((m) => m.key === board)) continue;
    const ms = models(s);
    const subject = rankSubject(s);
    const scores = scoresOf(s, subject, overall, ranked || RANKING.test(s.text));
    if (!ms.length && !scores.length) {
      // one sentence about something else may stand between; two end the scope (one about the ranking itself is no gap:
      // "평가기관은 2일 최종 순위를 공개했다.")
      if (!RANKING.test(s.text) && ++gap > 1) board = undefined;
      carried = undefined;
      continue;
    }
    gap = 0;
    ranked ||= RANKING.test(s.text);
    const tied = ms.length ? [] : tiedModels(s, scores, last);
    // (or the first of several, where its score comes right after it: "이 모델은 77.9점으로 Y(76.4점)를 제쳤다")
    const first = scores.find((sc) => !sc.owner);
    const topic = ranked && ms.length && (ms.length === 1 ? TOPIC_AFTER.test(s.text.slice(ms[0]!.end, ms[0]!.end + 8)) : first !== undefined && TOPIC_TO_SCORE.test(s.text.slice(ms[0]!.end, first.start))) ? ms[0] : undefined;
    for (const sc of scores) {
      const before = ms.filter((m) => m.end <= sc.start);
      const after = ms.find((m) => m.start >= sc.end);
      let model: Mention | undefined;
      if (sc.owner) model = sc.owner;
      else if (after && ADNOMINAL.test(s.text.slice(sc.end, after.start))) model = after;
      else if (before.length === 0) model = carried;
      else if (subject && before.at(-1) === subject) model = subject;
      else if (topic && before.at(-1) === topic) model = topic;
      for (const m of model ? [model] : tied) addScopeScore(acc, articleId, s, m, board, sc.value);
    }
    carried = subject && !scores.some((sc) => sc.start > subject.end) ? subject : undefined;
    if (ms.length) last = ms;
  }
}

/** Right before a score: the word for the overall one ("종합 점수 ", "종합 "). */
const OVERALL_SCORE_BEFORE = /종합\s?(?:점수\s?)?$/;

/**
 * In a ranking's scope, a sentence that goes on to a section's benchmark: the overall score its topic (or the model carried
 * from the sentence before) got before that benchmark is named is the ranking's.
 */
function addOverallBeforeSection(acc: Acc, articleId: string, s: ParagraphSentence, board: string, carried: Mention | undefined): void {
  const firstBench = Math.min(...s.mentions.filter((m) => m.type === 'Benchmark').map((m) => m.start));
  const sc = scoresOf(s, undefined, false, true).find((x) => x.end <= firstBench && OVERALL_SCORE_BEFORE.test(s.text.slice(Math.max(0, x.start - 8), x.start)));
  if (!sc) return;
  const before = models(s).filter((m) => m.end <= sc.start);
  const model = before.length === 1 && TOPIC_AFTER.test(s.text.slice(before[0]!.end, before[0]!.end + 8)) ? before[0] : before.length ? undefined : carried;
  if (model) addScopeScore(acc, articleId, s, model, board, sc.value);
}

/** SCORED for a model of the article on the scope's board, unless it scored there already. */
function addScopeScore(acc: Acc, articleId: string, s: ParagraphSentence, model: Mention, board: string, score: number): void {
  if (hasRelation(acc, 'SCORED', model.key, board) || !acc.entities.has(model.key)) return;
  addRelation(acc, { relation: 'SCORED', source: model.key, target: board, properties: { score } }, evidenceOf(articleId, s, 'scored.ranking-scope', 0.7));
}
