/**
 * Generalisation rows for fix213b: a regulator's explainer listing cases of a system, each line headed by a case's label and
 * a company with its legal form ("[사례 1] ㈜X — … 신청해 …"): the line's clause is said of that company; a system named by
 * its act and 제 ("… 심사제") is called by the act alone where a company applies for it ("심사를 신청"); a company's model
 * "in development" ("모델 'M' 개발 과정에서") is its model. Every sentence and name is written for the tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const INTRO = '산업 데이터 심사제 운영 사례\n\n「산업 데이터 심사제」는 기업이 출시 전에 데이터 처리 방식을 미리 심사받는 제도입니다.\n\n';

const rows: FactRow[] = [
  {
    cat: "a case's line: '[사례 N] ㈜X — …' is said of X, and the bare act of the system named last ('심사를 신청') is the system",
    text: INTRO + '[사례 1] ㈜바람결헬스 — 진료 요약 모델 \'BRG-Care 8B\' 개발 과정에서 가명 처리한 기록을 활용하는 방안에 대해 심사를 신청해 적정 의견을 받았습니다.\n[사례 2] ㈜솔숲데이터 — 상담 분류 모델에 대해 심사를 신청했으나 올해 6월 신청을 철회했습니다.',
    publishedAt: '2027-02-10',
    expect: ['PARTICIPATES_IN 바람결헬스 -> 산업 데이터 심사제', 'PARTICIPATES_IN 솔숲데이터 -> 산업 데이터 심사제', 'DEVELOPED 바람결헬스 -> BRG-Care 8B'],
  },
  {
    cat: "a line opened by a company with its legal form and a dash: the clause is the company's",
    text: '올해의 협력 사례\n\n㈜구름결 — 진료 요약 모델 \'GR-Care 8B\'를 개발해 공개했습니다.',
    publishedAt: '2027-02-10',
    expect: ['DEVELOPED 구름결 -> GR-Care 8B'],
  },
  {
    cat: "the act alone where nobody applies for it is no reference to the system ('심사를 받았다고 보도')",
    text: INTRO + '※ 일부 언론에서 ㈜들빛렌즈가 심사를 받았다고 보도하였으나, 해당 기업의 신청 이력은 없습니다.',
    publishedAt: '2027-02-10',
    absent: ['PARTICIPATES_IN 들빛렌즈 -> 산업 데이터 심사제'],
  },
  {
    cat: "a quoted name picked out of a body's member companies ('회원사 가운데 'X'는') is a company",
    text: '입법예고 의견\n\n정부는 「해양 AI 실증사업」을 통해 고성능 GPU를 공급하고 있음.\n\n회원사 가운데 \'가오리랩스\'는 「해양 AI 실증사업」에 신청한 상태입니다.',
    publishedAt: '2027-02-10',
    nodes: ['Company:가오리랩스'],
  },
  {
    cat: "a quoted name with its Latin gloss before a tagged version ('X-메드(X-Med) v3'), given a score: the model, glossed",
    text: '협약 현황\n\n\'들꽃-메드(Deulkkot-Med) v3\'는 자체 구축한 의료 평가셋 \'K-CareQA\'에서 74.25점을 기록했다.',
    publishedAt: '2027-02-10',
    expect: ['SCORED 들꽃-메드 v3 -> K-CareQA'],
    sameNode: ['들꽃-메드 v3=Deulkkot-Med v3'],
  },
];

describe('generalise fix213b: case lines headed by a company, a system called by its act', () => {
  for (const r of rows) it(r.cat, () => checkFactRow(r));
});
