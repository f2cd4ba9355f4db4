/** Scores read down an overall board named sentences back: ties said of a counted group, ranked items with a score in parentheses, bare three-decimal scores. */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const BOARD = "가온재단이 운영하는 한국어 평가판 '나래 리더보드 2'의 9월 결과가 지난 12일 공개됐다. 이번 달에는 국내 모델이 상위권을 차지했다.\n\n";

const rows: FactRow[] = [
  {
    // "두 모델의 종합 점수는 모두 0.774로": one score for each model of the sentence before, which names two
    cat: 'board.tied-group',
    text: `${BOARD}종합 1위는 네이버 '하이퍼클로바X 씽크'와 LG '엑사원 4.0'이 공동으로 올랐다. 두 모델의 종합 점수는 모두 0.774로 같았다.`,
    expect: ['SCORED 하이퍼클로바X 씽크 -> 나래 리더보드 2', 'SCORED 엑사원 4.0 -> 나래 리더보드 2'],
    edgeProps: ['SCORED 엑사원 4.0 -> 나래 리더보드 2 score=0.774'],
  },
  {
    // a group of another size than the list before gives nothing
    cat: 'board.tied-group-size-differs',
    text: `${BOARD}종합 1위는 네이버 '하이퍼클로바X 씽크'와 LG '엑사원 4.0'이 공동으로 올랐다. 세 모델의 종합 점수는 모두 0.774로 같았다.`,
    absent: ['SCORED 하이퍼클로바X 씽크 -> 나래 리더보드 2', 'SCORED 엑사원 4.0 -> 나래 리더보드 2'],
  },
  {
    // "3위는 X의 'M(Latin M)'(0.761), 4위는 …": the rank subject's score in parentheses after its Latin name and quote
    cat: 'board.ranked-item-in-list',
    text: `${BOARD}1위는 네이버의 '하이퍼클로바X 씽크'였다. 3위는 카카오의 '카나나 1.5(Kanana 1.5)'(0.761), 4위는 KT '믿:음 2.0'이었다.`,
    expect: ['SCORED 카나나 1.5 -> 나래 리더보드 2'],
    edgeProps: ['SCORED 카나나 1.5 -> 나래 리더보드 2 score=0.761'],
    absent: ['SCORED 믿:음 2.0 -> 나래 리더보드 2'],
  },
  {
    // "2위는 M(0.798)이었고": a joined clause after the rank subject's score
    cat: 'board.ranked-item-joined',
    text: `${BOARD}2위는 엑사원 4.0(0.758)이었고, 3위는 세부 점수를 공개하지 않았다.`,
    expect: ['SCORED 엑사원 4.0 -> 나래 리더보드 2'],
  },
  {
    // "M이 0.769로 … 근접했다": a bare three-decimal fraction after the topic, on an overall board
    cat: 'board.bare-fraction',
    text: `${BOARD}종합 1위는 네이버 '하이퍼클로바X 씽크'였다. 해외 모델 가운데서는 메타 라마 4 매버릭(Llama 4 Maverick)이 0.769로 국내 1위권에 근접했다.`,
    expect: ['SCORED 라마 4 매버릭 -> 나래 리더보드 2'],
    edgeProps: ['SCORED 라마 4 매버릭 -> 나래 리더보드 2 score=0.769'],
  },
  {
    // a one- or two-decimal number with no score word is no score
    cat: 'board.bare-number-not-fraction',
    text: `${BOARD}종합 1위는 네이버 '하이퍼클로바X 씽크'였다. 메타 라마 4 매버릭(Llama 4 Maverick)이 0.7배 빠르게 응답했다.`,
    absent: ['SCORED 라마 4 매버릭 -> 나래 리더보드 2'],
  },
];

describe('ranks on an overall board', () => {
  for (const row of rows) it(row.cat, () => checkFactRow(row));
});
