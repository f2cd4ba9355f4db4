/**
 * Generalisation rows for bases someone only raised ("…다는 주장이 나왔다", "…다는 의혹이 제기됐다", "…라는 업계 관측이
 * 있었다", "…라는 소문이 돌았다", "someone alleged …", "reports say …"): the claim is settled by its answer, in its own
 * sentence or the next — denied, it is a disputed base; confirmed, a stated one; left unanswered, no base at all.
 * Every row is a short text written for these tests; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const LEAD = "별빛랩스가 '별빛-L 2'를 공개했다. ";
const EN_LEAD = 'Byeolbit Labs released Byeolbit-L 2 last week. ';
const BASE = 'BASED_ON 별빛-L 2 -> 라마 3.1 8B';
const EN_BASE = 'BASED_ON Byeolbit-L 2 -> Llama 3.1 8B';

const rows: FactRow[] = [
  // unanswered: no base
  { cat: 'raised.unanswered', text: `${LEAD}업계 일각에서는 별빛-L 2가 메타의 '라마 3.1 8B'를 기반으로 만들어졌다는 주장이 나왔다.`, absent: [BASE] },
  { cat: 'raised.unanswered', text: `${LEAD}별빛-L 2가 메타의 '라마 3.1 8B'를 기반으로 만들어졌다는 의혹이 제기됐다.`, absent: [BASE] },
  { cat: 'raised.unanswered', text: `${LEAD}별빛-L 2가 라마 3.1 8B를 증류해 만든 모델이라는 소문이 돌았다. 별빛-L 2는 상담 업무에 쓰인다.`, absent: [BASE] },
  { cat: 'raised.unanswered', text: `${EN_LEAD}Reports say Byeolbit-L 2 was derived from Llama 3.1 8B.`, absent: [EN_BASE] },
  { cat: 'raised.unanswered', text: `${EN_LEAD}Some developers claimed that Byeolbit-L 2 was derived from Llama 3.1 8B.`, absent: [EN_BASE] },
  // denied, in the same sentence or the next: disputed
  // (a Korean claim denied in its own sentence was already disputed: clauses.test.ts, 'denial reported: disputed')
  { cat: 'raised.denied-same', text: `${EN_LEAD}One forum user alleged Byeolbit-L 2 was derived from Llama 3.1 8B, but Byeolbit Labs denied it.`, edgeProps: [`${EN_BASE} status=disputed`] },
  { cat: 'raised.denied-next', text: `${LEAD}별빛-L 2는 메타의 '라마 3.1 8B'를 바탕으로 만들어졌다는 업계 관측이 있었다. 별빛랩스는 이를 부인했다.`, edgeProps: [`${BASE} status=disputed`] },
  { cat: 'raised.denied-next', text: `${LEAD}별빛-L 2는 메타의 '라마 3.1 8B'를 바탕으로 만들어졌다는 업계 관측이 있었다. 별빛랩스는 "라마와는 무관하다"고 밝혔다.`, edgeProps: [`${BASE} status=disputed`] },
  { cat: 'raised.denied-next', text: `${EN_LEAD}One forum user alleged Byeolbit-L 2 was derived from Llama 3.1 8B. Byeolbit Labs denied it.`, edgeProps: [`${EN_BASE} status=disputed`] },
  { cat: 'raised.denied-next', text: `${EN_LEAD}Reports say Byeolbit-L 2 was derived from Llama 3.1 8B. Byeolbit Labs denied it.`, edgeProps: [`${EN_BASE} status=disputed`] },
  // confirmed, in the same sentence or the next: stated
  { cat: 'raised.confirmed', text: `${LEAD}별빛-L 2가 메타의 '라마 3.1 8B'를 기반으로 만들어졌다는 의혹이 제기됐고, 별빛랩스는 이를 사실로 확인했다.`, edgeProps: [`${BASE} status=stated`] },
  { cat: 'raised.confirmed', text: `${LEAD}별빛-L 2가 메타의 '라마 3.1 8B'를 기반으로 만들어졌다는 의혹이 제기됐다. 별빛랩스는 이를 사실로 확인했다.`, edgeProps: [`${BASE} status=stated`] },
  { cat: 'raised.confirmed', text: `${LEAD}별빛-L 2는 메타의 '라마 3.1 8B'를 바탕으로 만들어졌다는 업계 관측이 있었다. 별빛랩스는 이 관측이 사실로 확인됐다고 밝혔다.`, edgeProps: [`${BASE} status=stated`] },
  { cat: 'raised.confirmed', text: `${EN_LEAD}One forum user alleged Byeolbit-L 2 was derived from Llama 3.1 8B. Byeolbit Labs later confirmed it.`, edgeProps: [`${EN_BASE} status=stated`] },
  { cat: 'raised.confirmed', text: `${EN_LEAD}One forum user alleged Byeolbit-L 2 was derived from Llama 3.1 8B, and Byeolbit Labs later confirmed it.`, edgeProps: [`${EN_BASE} status=stated`] },
  // no claim: a base the maker's own release states ("…했다고 보도자료에 적었다"), and one taken as given where the talk is of
  // something else ("…을 기반으로 했다는 점이 걸림돌이 되고 있다는 얘기도 나온다")
  { cat: 'raised.not-a-claim', text: "가람랩스는 이달 초 '가람-7B'를 내놓으면서 메타의 라마 3.1 8B 위에 판례 100만 건을 추가 학습했다고 보도자료에 적었다.", edgeProps: ['BASED_ON 가람-7B -> 라마 3.1 8B status=stated'] },
  { cat: 'raised.not-a-claim', text: "가람랩스는 '가람-7B'를 내세우지만, 이 모델이 메타의 라마 3.1 8B를 기반으로 했다는 점이 공공 영업에서 걸림돌이 되고 있다는 얘기도 나온다.", expect: ['BASED_ON 가람-7B -> 라마 3.1 8B'] },
];

describe('generalise: raised claims settled by their answer', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 60)}`, () => checkFactRow(row));
});
