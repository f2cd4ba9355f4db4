/**
 * Generalisation rows for the forms first met in held-out set 107: a programme referred to with adverbs before
 * "이 사업", consortia described field by field ("X 분야는 A가 맡는다", "A가 주관사로, B가 수요기관으로 참여한다"),
 * a listed company's name as the brand of a model it names, and more below.
 * Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const PROGRAMME = '스마트 농업 AI 모델 개발 지원사업';

const rows: FactRow[] = [
  // "올해 처음 이 사업에": adverbs before a demonstrative and the programme's noun name no programme; it refers back
  {
    cat: 'discover.programme-reference',
    text: `산업부가 '${PROGRAMME}' 참여 기업을 발표했다. 한빛소프트는 올해 처음 이 사업에 이름을 올렸다.`,
    expect: [`PARTICIPATES_IN 한빛소프트 -> ${PROGRAMME}`],
    noNodes: ['Policy:처음 이 사업', 'Policy:올해 처음 이 사업'],
  },
  {
    cat: 'discover.programme-reference',
    text: `산업부가 '${PROGRAMME}' 참여 기업을 발표했다. 누리랩스도 다시 그 사업에 도전했다.`,
    noNodes: ['Policy:다시 그 사업'],
  },
  // a consortium set out field by field, after the selection was confirmed ("확정했다")
  {
    cat: 'consortium-scope.field-lead',
    text: `제목\n\n정부가 '${PROGRAMME}' 2년차 참여 컨소시엄 3곳을 확정했다. 각 분야 데이터를 학습한 모델을 만드는 사업이다. 축산 분야는 한빛소프트가 주관하고 누리테크가 참여한다. 유통 분야에서는 다온랩스가 주관사로, 가람은행이 수요기관으로 참여한다.`,
    expect: [`PARTICIPATES_IN 가람은행 -> ${PROGRAMME}`, `PARTICIPATES_IN 다온랩스 -> ${PROGRAMME}`, 'PARTNERS_WITH 가람은행 -> 다온랩스', `PARTICIPATES_IN 누리테크 -> ${PROGRAMME}`],
    absent: ['PARTNERS_WITH 가람은행 -> 한빛소프트'],
  },
  {
    cat: 'consortium-scope.field-lead',
    text: `제목\n\n정부가 '${PROGRAMME}' 참여 컨소시엄 3곳을 확정했다. 축산 분야는 한빛소프트가 주관하고 누리테크가 참여한다. 물류 분야는 모아로보틱스가 맡는다. 모아로보틱스는 별빛데이터, 가온테크과 함께 배차 모델을 개발한다.`,
    expect: [`PARTICIPATES_IN 모아로보틱스 -> ${PROGRAMME}`, `PARTICIPATES_IN 별빛데이터 -> ${PROGRAMME}`, 'PARTNERS_WITH 모아로보틱스 -> 별빛데이터'],
  },
  // "A가 맡는다" with no field opening the sentence is no team's lead, so "함께" adds no member of a team
  {
    cat: 'consortium-scope.field-lead',
    text: `제목\n\n정부가 '${PROGRAMME}' 참여 컨소시엄 3곳을 확정했다. 홍보는 모아로보틱스가 맡는다. 모아로보틱스는 별빛데이터과 함께 배차 모델을 개발한다.`,
    absent: [`PARTICIPATES_IN 별빛데이터 -> ${PROGRAMME}`, `PARTICIPATES_IN 모아로보틱스 -> ${PROGRAMME}`],
  },
  // a listed company's bare name leading a model's name, with no other developer stated: the company's model
  {
    cat: 'developed.namesake',
    text: "루닛 컨소시엄은 판독 모델 '루닛 스캔 3'을 고도화한다. 루닛 스캔 3은 '루닛 스캔 2'의 후속 모델이다.",
    expect: ['DEVELOPED 루닛 -> 루닛 스캔 3', 'DEVELOPED 루닛 -> 루닛 스캔 2'],
  },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});
