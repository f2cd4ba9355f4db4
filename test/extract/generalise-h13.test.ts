/**
 * Generalisation rows for layouts and phrasings met in a held-out set of live blogs, photo pages,
 * text dumps, model cards and reports. Every sentence here is written for the tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  {
    cat: 'scored.row-with-owner-paren',
    text: '엑사원 4.0(LG AI연구원): KMMLU 77.1 / KMMLU-Pro 66.3',
    expect: ['SCORED 엑사원 4.0 -> KMMLU', 'SCORED 엑사원 4.0 -> KMMLU-Pro'],
    edgeProps: ['SCORED 엑사원 4.0 -> KMMLU score=77.1', 'SCORED 엑사원 4.0 -> KMMLU-Pro score=66.3'],
  },
  {
    cat: 'scored.row-slash',
    text: '솔라 프로 2: HAE-RAE 81.4 / KMMLU 70.9',
    expect: ['SCORED 솔라 프로 2 -> HAE-RAE', 'SCORED 솔라 프로 2 -> KMMLU'],
    edgeProps: ['SCORED 솔라 프로 2 -> KMMLU score=70.9'],
  },
  {
    cat: 'table.release-column',
    text: '주요 모델 비교는 다음과 같다.\n\n모델 | 개발사 | KMMLU | 공개 방식\n\n가람-12B | 가람랩스 | 68.1 | 오픈소스\n\n나래-30B | 나래AI | 72.4 | API\n\n엑사원 4.0 | LG AI연구원 | 74.0 | 오픈 웨이트',
    expect: ['SCORED 가람-12B -> KMMLU', 'SCORED 나래-30B -> KMMLU', 'SCORED 엑사원 4.0 -> KMMLU', 'DEVELOPED 가람랩스 -> 가람-12B', 'DEVELOPED 나래AI -> 나래-30B'],
    edgeProps: ['SCORED 나래-30B -> KMMLU score=72.4'],
    props: ['가람-12B=openSource:true', '엑사원 4.0=openSource:true'],
  },
  {
    cat: 'scored.compared-object',
    text: '가온-9B는 KMMLU 71.2점으로 엑사원 4.0을 앞섰다.',
    expect: ['SCORED 가온-9B -> KMMLU'],
    absent: ['SCORED 엑사원 4.0 -> KMMLU'],
  },
  {
    cat: 'scored.compared-object',
    text: 'KMMLU에서 다솜-7B는 66.0점으로 솔라 프로 2를 따돌렸다.',
    expect: ['SCORED 다솜-7B -> KMMLU'],
    absent: ['SCORED 솔라 프로 2 -> KMMLU'],
  },
  {
    cat: 'consortium.gapped-members',
    text: '과기정통부는 독자 AI 파운데이션 모델 프로젝트 2단계 진출팀을 발표했다. 카카오, KT 컨소시엄이 진출했다. 카카오 컨소시엄에는 리벨리온과 뤼튼테크놀로지스가, KT 컨소시엄에는 모레가 합류했다.',
    expect: [
      'PARTNERS_WITH 리벨리온 -> 카카오', 'PARTNERS_WITH 뤼튼테크놀로지스 -> 카카오', 'PARTNERS_WITH KT -> 모레',
      'PARTICIPATES_IN 리벨리온 -> 독자 AI 파운데이션 모델 프로젝트', 'PARTICIPATES_IN 모레 -> 독자 AI 파운데이션 모델 프로젝트',
    ],
    absent: ['PARTNERS_WITH KT -> 리벨리온', 'PARTNERS_WITH 모레 -> 카카오'],
  },
  {
    cat: 'correction.value',
    text: '[정정] 앞서 전해드린 점수를 바로잡습니다. 앞선 업데이트에서 가온-9B의 KMMLU 점수를 72.5점으로 전해드렸으나, 발표 자료를 다시 확인한 결과 70.5점이 맞습니다.\n\n발표된 점수는 다음과 같다.\n\n엑사원 4.0: KMMLU 78.0 / KMMLU-Pro 66.2\n\n가온-9B: KMMLU 72.5 / KMMLU-Pro 60.1',
    expect: ['SCORED 가온-9B -> KMMLU', 'SCORED 엑사원 4.0 -> KMMLU'],
    edgeProps: ['SCORED 가온-9B -> KMMLU score=70.5', 'SCORED 가온-9B -> KMMLU-Pro score=60.1', 'SCORED 엑사원 4.0 -> KMMLU score=78'],
  },
];

describe('generalisation rows (set-13 layouts and phrasings)', () => {
  it.each(rows.map((r, i) => ({ ...r, i })))('$cat #$i', (row) => checkFactRow(row));
});
