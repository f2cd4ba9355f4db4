/**
 * A programme's teams evaluated together ("정예팀 3곳의 중간 모델을 KMMLU로 평가한 결과를 발표했다"), then their results
 * model by model ("결과를 보면 A의 'X'가 74.6점으로 가장 높았다. B의 'Y'와 C의 'Z'는 72.1점을 받았다"): where the
 * developers of the models scored there are exactly as many as the teams counted, each of them is one of the teams and
 * takes part in the programme named before. Models measured only for comparison ("비교를 위해 함께 측정한 해외 모델")
 * end the results; so does spoken text, another programme, or a sentence after the reach.
 */
import { addRelation, developerOfModel, evidenceOf, type Acc } from './article-acc.js';
import type { ParagraphSentence } from './consortium-paragraph.js';
import { COUNT_WORDS } from './count-words.js';
import { isSpoken } from './quoted.js';
import { SCORE_STATEMENT } from './references.js';
import type { Mention } from './types.js';

/** The teams counted ("정예팀 3곳", "정예팀 세 곳의", "3개 정예팀", "세 정예팀"). */
const COUNTED_TEAMS = /정예\s?팀\s?(\d|한|두|세|네|다섯|여섯)\s?(?:곳|개\s?팀|개|팀)|(?<![\d.])(\d|두|세|네|다섯|여섯)\s?(?:개\s?|곳의\s)?정예\s?팀/;
/** Their models evaluated or their results given, in the same sentence. */
const EVALUATED = /평가|성적|점수|측정|결과/;
/** Models measured beside them for comparison only. */
const COMPARISON = /비교(?:를\s위해|하기\s위해|용|\s?대상|\s?모델)|해외\s모델|외산\s모델|글로벌\s모델/;
/** How many sentences after the cue the results may run. */
const REACH = 4;
/** How far back from the cue the programme may be named. */
const PROGRAMME_REACH = 4;

function usable(m: Mention): boolean {
  return m.via !== 'blocked' && m.via !== 'reference' && m.via !== 'anonymous';
}

/** The one programme the cue or the sentences before it last named. */
function programmeBefore(sentences: ParagraphSentence[], i: number): string | undefined {
  for (let j = i; j >= Math.max(0, i - PROGRAMME_REACH); j--) {
    const ps = new Set(sentences[j]!.mentions.filter((m) => m.type === 'Policy' && usable(m)).map((m) => m.key));
    if (ps.size) return ps.size === 1 ? [...ps][0] : undefined;
  }
  return undefined;
}

/** The developers of the models the results after the cue score (undefined: a model with no known developer, or none). */
function scoredDevelopers(acc: Acc, sentences: ParagraphSentence[], i: number, programme: string): Map<string, ParagraphSentence> | undefined {
  const found = new Map<string, ParagraphSentence>();
  for (let j = i + 1; j <= Math.min(sentences.length - 1, i + REACH); j++) {
    const t = sentences[j]!;
    if (t.block !== sentences[i]!.block || isSpoken(t) || COMPARISON.test(t.text) || t.mentions.some((m) => m.type === 'Policy' && usable(m) && m.key !== programme)) break;
    const models = t.mentions.filter((m) => m.type === 'Model' && usable(m));
    if (!models.length || !SCORE_STATEMENT.test(t.text)) continue;
    for (const m of models) {
      const dev = developerOfModel(acc, m);
      if (!dev) return undefined;
      if (!found.has(dev.key)) found.set(dev.key, t);
    }
  }
  return found.size ? found : undefined;
}

/** PARTICIPATES_IN for each developer of the models a counted teams' evaluation scores, where they are as many as the teams. */
export function addTeamResults(acc: Acc, articleId: string, sentences: ParagraphSentence[]): void {
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    if (!s.text.includes('정예')) continue;
    const cue = COUNTED_TEAMS.exec(s.text);
    if (!cue || !EVALUATED.test(s.text) || isSpoken(s)) continue;
    const word = cue[1] ?? cue[2]!;
    const count = COUNT_WORDS[word] ?? Number(word);
    const programme = programmeBefore(sentences, i);
    if (!programme || count < 2) continue;
    const devs = scoredDevelopers(acc, sentences, i, programme);
    if (!devs || devs.size !== count) continue;
    for (const [dev, t] of devs) addRelation(acc, { relation: 'PARTICIPATES_IN', source: dev, target: programme, properties: {} }, evidenceOf(articleId, t, 'participates.team-results', 0.65));
  }
}
