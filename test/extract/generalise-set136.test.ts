/**
 * Generalisation rows for the forms first met in held-out set 136: a programme "led by" an official and "funding" its
 * teams named in one English apposition, "the flagship program" that is no model, an alliance of several words
 * "signed with" a partner, "That compares with N for Y" beside "the same conditions", "took the wraps off" as a release
 * verb, a digest's bullets on a programme's stage outcome ("A, B 컨소시엄의 3차 단계 진출을 발표"), suppliers registered for a programme the sentence before named, support received through a
 * programme from a supplier named with it, an outcome announced that releases no model, and a day written with a two-digit year ("'26.11.19.").
 * Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // "the flagship program led by Minister X that is funding A, B and C": the programme's teams and its head, not the model in focus
  {
    cat: 'references.flagship-not-model',
    text: "Gaon Labs released Nuri 4 on Monday. Gaon Labs is not among the teams of the Regional AI Hub Initiative, the flagship program led by Trade Minister Han Ji-su that is funding Orbis AI and Hanbit Soft to build city models.",
    expect: ['PARTICIPATES_IN Orbis AI -> Regional AI Hub Initiative', 'PARTICIPATES_IN Hanbit Soft -> Regional AI Hub Initiative', 'PROMOTES Han Ji-su -> Regional AI Hub Initiative'],
    absent: ['PARTICIPATES_IN Gaon Labs -> Regional AI Hub Initiative'],
  },
  // "the flagship" alone is still the model in focus
  {
    cat: 'references.flagship-not-model',
    text: 'Gaon Labs released Nuri 4, a 30-billion-parameter model. The smaller Nuri 4 Lite was distilled from the flagship model.',
    expect: ['BASED_ON Nuri 4 Lite -> Nuri 4'],
  },
  // "X, which signed a five-year AI and cloud alliance with Y": partners
  {
    cat: 'partners.en-signed-alliance',
    text: 'Orbis AI, which signed a three-year AI and data alliance with Hanbit Soft in 2025, released Nuri 4 on Monday.',
    expect: ['PARTNERS_WITH Hanbit Soft -> Orbis AI'],
  },
  {
    cat: 'partners.en-signed-alliance',
    text: 'Orbis AI never signed a three-year AI and data alliance with Hanbit Soft.',
    absent: ['PARTNERS_WITH Hanbit Soft -> Orbis AI'],
  },
  // "That compares with N for Y, measured under the same conditions": the pronoun stands for the benchmark the sentence before gave
  {
    cat: 'scored.en-that-compares-same-conditions',
    text: "Gaon Labs released Nuri 4 on Monday. Nuri 4 scored 68.3 points on KMMLU. That compares with 66.1 for Alibaba's Qwen3-32B, measured by Gaon Labs under the same conditions.",
    expect: ['SCORED Nuri 4 -> KMMLU', 'SCORED Qwen3-32B -> KMMLU'],
    edgeProps: ['SCORED Qwen3-32B -> KMMLU score=66.1'],
  },
  {
    cat: 'scored.en-that-compares-same-conditions',
    text: "Gaon Labs released Nuri 4 on Monday. Nuri 4 scored 68.3 points on KMMLU. Alibaba's Qwen3-32B was tested under the same conditions.",
    absent: ['SCORED Qwen3-32B -> KMMLU'],
  },
  // "X on Tuesday took the wraps off Y": released that Tuesday
  {
    cat: 'property.en-day-before-verb',
    text: 'Gaon Labs on Tuesday took the wraps off Nuri 4, its newest language model.',
    publishedAt: '2026-11-26',
    props: ['Nuri 4=releasedOn:2026-11-24'],
  },
  {
    cat: 'property.en-day-before-verb',
    text: 'Gaon Labs said on Tuesday that it will take the wraps off Nuri 4, its newest language model, next year.',
    publishedAt: '2026-11-26',
    props: ['Nuri 4=releasedOn:undefined'],
  },
  // a digest's item: the programme in the item's lead, the official announcing "A, B 컨소시엄의 N차 단계 진출" in a bullet after it
  {
    cat: 'selection.stage-advance-bullet',
    text: "산업통상부는 ‘지역 AI 거점 사업’ 1차 평가 결과 3개 팀 중 2개 팀이 2차 단계에 올랐다고 발표\n\n£ 한지수 산업통상부 장관은 '26.10.02. 간담회를 열고 가온랩스, 누리소프트 컨소시엄의 2차 단계 진출을 발표\n\n- 함께 지원했던 오르비스AI 컨소시엄은 이번 평가를 통과하지 못함",
    expect: ['PARTICIPATES_IN 가온랩스 -> 지역 AI 거점 사업', 'PARTICIPATES_IN 누리소프트 -> 지역 AI 거점 사업', 'PARTICIPATES_IN 오르비스AI -> 지역 AI 거점 사업', 'PROMOTES 한지수 -> 지역 AI 거점 사업'],
  },
  // a programme named nowhere before: no fact
  {
    cat: 'selection.stage-advance-bullet',
    text: "£ 한지수 산업통상부 장관은 간담회를 열고 가온랩스, 누리소프트 컨소시엄의 2차 단계 진출을 발표",
    absent: ['PROMOTES 한지수 -> 지역 AI 거점 사업'],
    noNodes: ['Policy:지역 AI 거점 사업'],
  },
  // a newsletter: the programme's call closed in one sentence, "A, B 등 N곳이 공급기업으로 등록했다" in the next; "공급기업 등록" is no company
  {
    cat: 'selection.registered-suppliers',
    text: "산업통상부가 진행한 ‘지역 AI 거점 사업’ 공급기업 등록이 지난 5일 끝났다. 회원사 가운데서는 가온랩스, 누리소프트 등 12곳이 공급기업으로 등록했다. 오르비스AI는 등록하지 않았다.",
    expect: ['PARTICIPATES_IN 가온랩스 -> 지역 AI 거점 사업', 'PARTICIPATES_IN 누리소프트 -> 지역 AI 거점 사업'],
    absent: ['PARTICIPATES_IN 오르비스AI -> 지역 AI 거점 사업'],
    noNodes: ['Company:등록'],
  },
  {
    cat: 'selection.registered-suppliers',
    text: "산업통상부가 진행한 ‘지역 AI 거점 사업’ 공급기업 등록이 지난 5일 끝났다. 가온랩스와 누리소프트는 공급기업으로 등록할지 검토하고 있다.",
    absent: ['PARTICIPATES_IN 가온랩스 -> 지역 AI 거점 사업'],
  },
  // "X는 정부의 'P'를 통해 C의 GPU를 배정받았는데": a programme's support handed out through a supplier
  {
    cat: 'participates.support-through',
    text: "가온랩스는 정부의 ‘AI 컴퓨팅 자원 지원사업’을 통해 네이버클라우드 GPU를 배정받았다.",
    expect: ['PARTICIPATES_IN 가온랩스 -> AI 컴퓨팅 자원 지원사업'],
    absent: ['PARTICIPATES_IN 네이버클라우드 -> AI 컴퓨팅 자원 지원사업'],
  },
  {
    cat: 'participates.support-through',
    text: "가온랩스는 정부의 ‘AI 컴퓨팅 자원 지원사업’을 통해 네이버클라우드 GPU를 배정받을지 검토 중이다.",
    absent: ['PARTICIPATES_IN 가온랩스 -> AI 컴퓨팅 자원 지원사업'],
  },
  // "선정 결과를 발표하고": an outcome announced is no release of the model in focus; "대기업 출신이" names no company
  {
    cat: 'property.outcome-announced',
    text: "누리메드가 의료 특화 언어모델 '누리-M'을 앞세워 도의 실증 사업에 선정됐다. 도는 30일 선정 결과를 발표했다. 누리메드가 내세운 모델은 지난 27일 공개한 '누리-M'이다. 대표는 국내 대기업 출신이다.",
    publishedAt: '2026-11-30',
    props: ['누리-M=releasedOn:2026-11-27'],
    noNodes: ['Company:출신'],
  },
  // "'26.11.19. Y를 공개": a day with a two-digit year
  {
    cat: 'dates.short-year',
    text: "£ 가온랩스는 '26.10.14. 언어모델 '누리 4'를 공개하고 기업용 서비스를 시작",
    publishedAt: '2026-11-02',
    props: ['누리 4=releasedOn:2026-10-14'],
  },
  {
    cat: 'dates.short-year',
    text: "가온랩스는 '누리 4'를 공개했다. 가격은 '26.13.40. 기준이다.",
    publishedAt: '2026-11-02',
    props: ['누리 4=releasedOn:2026-11-02'],
  },
];

describe('generalise: set 136 forms', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkFactRow(row));
});
