/**
 * Generalisation rows for r61c: a programme applied for "only" ('B에만 신청한') after another declined; a note about a table
 * row by its number ('※ 연번 2 'M'은 …'); two companies heading a case line together ('[사례 2] A㈜ · ㈜B — …'); a past
 * participant's status noun before its company ('참여기업이던 X', '주관기업이었던 X'); a focus score echoing another model's. Every sentence and name is written
 * for the tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const REVIEW = '산업 데이터 심사제 운영 사례\n\n「산업 데이터 심사제」는 기업이 출시 전에 데이터 처리 방식을 미리 심사받는 제도입니다.\n\n';
const ROUNDS = '해양 AI 모델 개발 사업 결산\n\n「해양 AI 모델 개발 사업」은 3차년도에 6개 컨소시엄을 선정하였습니다.\n\n';

const rows: FactRow[] = [
  {
    cat: "a programme applied for only ('B에만 신청한 상태') after another the company declined: the second is taken part in",
    text: "입법예고 의견\n\n정부는 「해양 AI 연산자원 임차 지원사업」을 통해 고성능 GPU를 공급하고 있음.\n\n회원사 가운데 '가오리랩스'는 「바다 AI 파운데이션 프로젝트」 컨소시엄 참여를 검토했으나 최종적으로 참여하지 않기로 했고, 「해양 AI 연산자원 임차 지원사업」에만 신청한 상태입니다.",
    expect: ['PARTICIPATES_IN 가오리랩스 -> 해양 AI 연산자원 임차 지원사업'],
    absent: ['PARTICIPATES_IN 가오리랩스 -> 바다 AI 파운데이션 프로젝트'],
  },
  {
    cat: "a ※ note about a table row by its number ('※ 연번 2 'M'은 …'): a sentence about its topic, not a footnote legend",
    text: "협약체결 현황\n\n※ 연번 2 '바다솔 13B'는 130억 파라미터 규모로 처음부터 자체 데이터로 사전학습(프롬 스크래치)하며, 2027년 6월 공개 예정.",
    props: ['바다솔 13B=parameters:13000000000', '바다솔 13B=fromScratch:true'],
  },
  {
    cat: "two companies heading a case line together ('[사례 2] A㈜ · ㈜B — 두 회사가 … 함께 심사를 신청'): both applied",
    text: REVIEW + "[사례 2] 바람결㈜ · ㈜솔숲데이터 — 두 회사가 공동 개발한 상담 요약 모델 'BS-Care'에 대해 함께 심사를 신청했습니다.",
    expect: ['PARTICIPATES_IN 바람결 -> 산업 데이터 심사제', 'PARTICIPATES_IN 솔숲데이터 -> 산업 데이터 심사제', 'PARTNERS_WITH 바람결 -> 솔숲데이터'],
  },
  {
    cat: "two companies heading a case line with their legal forms before both ('㈜A · ㈜B — …'): both applied",
    text: REVIEW + '[사례 3] ㈜물빛랩 · ㈜들꽃소프트 — 공동으로 만든 안내 모델에 대해 함께 심사를 신청했습니다.',
    expect: ['PARTICIPATES_IN 물빛랩 -> 산업 데이터 심사제', 'PARTICIPATES_IN 들꽃소프트 -> 산업 데이터 심사제'],
  },
  {
    cat: "a past member's status noun ('당초 참여기업이던 X는 … 탈퇴하였으며'): it took part in the programme in context",
    text: ROUNDS + '주: 1) 당초 참여기업이던 ㈜바다결소프트는 2025년 11월 컨소시엄에서 탈퇴하였으며, 나머지 기업은 그대로 참여함',
    expect: ['PARTICIPATES_IN 바다결소프트 -> 해양 AI 모델 개발 사업'],
  },
  {
    cat: "a past lead's status noun ('2차년도 주관기업이었던 X는 이번 공모에 신청하지 않았습니다'): the earlier round is taken part in",
    text: ROUNDS + '2차년도 주관기업이었던 ㈜바다결소프트는 이번 공모에 신청하지 않았습니다.',
    expect: ['PARTICIPATES_IN 바다결소프트 -> 해양 AI 모델 개발 사업'],
  },
  {
    cat: "a company that never applied, with no past status noun ('X는 이번 공모에 신청하지 않았습니다'): no participant",
    text: ROUNDS + '㈜바다결소프트는 이번 공모에 신청하지 않았습니다.',
    absent: ['PARTICIPATES_IN 바다결소프트 -> 해양 AI 모델 개발 사업'],
  },
  {
    cat: "a focus score that repeats another model's stated score on the benchmark ('KMMLU 48.2 나옴.'): an echo, not the focus's",
    text: "릴리스 메모\n\n'누리봇 3 미니'는 KMMLU에서 48.2점을 기록했다.\n\n'누리봇 3'은 올해 4월 공개한 모델이다. KMMLU 48.2 나옴.",
    expect: ['SCORED 누리봇 3 미니 -> KMMLU'],
    absent: ['SCORED 누리봇 3 -> KMMLU'],
  },
  {
    cat: "a focus score of its own value ('KMMLU 51.7 나옴.') beside another model's: the focus's",
    text: "릴리스 메모\n\n'누리봇 3 미니'는 KMMLU에서 48.2점을 기록했다.\n\n'누리봇 3'은 올해 4월 공개한 모델이다. KMMLU 51.7 나옴.",
    expect: ['SCORED 누리봇 3 미니 -> KMMLU', 'SCORED 누리봇 3 -> KMMLU'],
  },
];

describe('generalise r61c: only-applied programmes, row-number notes, paired case heads, past participants', () => {
  for (const r of rows) it(r.cat, () => checkFactRow(r));
});
