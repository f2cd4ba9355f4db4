/**
 * Generalisation rows for r57a's round on the chat-export, forum, English-news and education pages of held-out sets
 * 205, 203, 202 and 204: a score list split by slashes read pair by pair for the model in focus, a score on one part of a
 * benchmark kept off the whole, colloquial words for a revised version, and a Hangul variant word between a line's
 * version and its size. Every row is a short text written for these tests; none comes from a test page.
 */
import { describe, expect, it } from 'vitest';
import { checkFactRow, pageFacts, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // "A 55.3 / B 48.9 / 원본 Y는 A 47.6": every benchmark and score of a slash-split list goes to the model in focus; the model after a later slash keeps its own pair
  {
    cat: 'scored.slash-list-focus',
    text: '한빛데이터가 한빛-Ko 2 9B를 내놨다. 카드에 적힌 점수는 KMMLU 50.4 / HAERAE 63.2 / 기존 젬마 2 9B는 KMMLU 44.9',
    expect: ['SCORED 한빛-Ko 2 9B -> KMMLU', 'SCORED 한빛-Ko 2 9B -> HAERAE', 'SCORED 젬마 2 9B -> KMMLU'],
    edgeProps: ['SCORED 한빛-Ko 2 9B -> HAERAE score=63.2', 'SCORED 젬마 2 9B -> KMMLU score=44.9'],
  },
  {
    cat: 'scored.slash-list-focus',
    text: '모아랩은 모아-3 14B를 오픈소스로 풀었다. 공개한 수치: HRM8K 61.7 / KMMLU 52.0 / 측정은 자체 환경',
    expect: ['SCORED 모아-3 14B -> HRM8K', 'SCORED 모아-3 14B -> KMMLU'],
    edgeProps: ['SCORED 모아-3 14B -> HRM8K score=61.7', 'SCORED 모아-3 14B -> KMMLU score=52'],
  },
  // a slash before a number is a fraction's bar, no list's end
  {
    cat: 'scored.slash-list-focus',
    text: '모아랩은 모아-3 14B를 오픈소스로 풀었다. 정답 수는 HRM8K 61 / 100 문항 수준이다.',
    absent: ['SCORED 모아-3 14B -> HRM8K'],
  },
  // "세부 결과 … X 코딩 부문은 A가 69.1로 B(70.3)보다": where the results are broken down, a score on one part of a benchmark is no score on the whole
  {
    cat: 'scored.benchmark-part',
    text: '세부 결과를 보면 LogicKor 추론 부문에서는 누리-8B가 6.92점으로 가온-9B(7.31점)보다 낮았다.',
    absent: ['SCORED 누리-8B -> LogicKor', 'SCORED 가온-9B -> LogicKor'],
  },
  {
    cat: 'scored.benchmark-part',
    text: '영역별로 나눠 보면 가온-9B는 KMMLU 인문 영역에서 58.4점을 받았다.',
    absent: ['SCORED 가온-9B -> KMMLU'],
  },
  // a part named alone, with no breakdown of the results, still gives the benchmark's score
  {
    cat: 'scored.benchmark-part',
    text: '가온-9B는 약사 시험 문항으로 만든 KorMedMCQA 약사 부문에서 62.7점을 받았다.',
    expect: ['SCORED 가온-9B -> KorMedMCQA'],
  },
  // the whole named as a 부문 ("종합 부문") is still the benchmark's score
  {
    cat: 'scored.benchmark-part',
    text: '별빛랩의 별빛-7B는 LogicKor 종합 부문에서 8.21점을 받았다.',
    expect: ['SCORED 별빛-7B -> LogicKor'],
    edgeProps: ['SCORED 별빛-7B -> LogicKor score=8.21'],
  },
  // a language's part of a benchmark ("한국어 부문") is its Korean edition: the score is the benchmark's
  {
    cat: 'scored.benchmark-part',
    text: '다온-Embed 2는 검색 벤치마크 MTEB 한국어 부문에서 평균 66.2점을 기록했다.',
    expect: ['SCORED 다온-Embed 2 -> MTEB'],
    edgeProps: ['SCORED 다온-Embed 2 -> MTEB score=66.2'],
  },
  // "Y는 X를 손본 버전", "X를 손질한 Y": colloquial words for a revised version make a successor
  {
    cat: 'succeeds.revised-colloquial',
    text: '다래-12B 2.1은 회사가 작년에 낸 다래-12B를 손본 버전이라고 한다.',
    expect: ['SUCCEEDS 다래-12B 2.1 -> 다래-12B'],
  },
  {
    cat: 'succeeds.revised-colloquial',
    text: '솔터랩은 솔터-4B를 손질한 솔터-4B v2를 이번 주 배포했다.',
    expect: ['SUCCEEDS 솔터-4B v2 -> 솔터-4B'],
  },
  {
    cat: 'succeeds.revised-colloquial',
    text: '다래-12B 2.1은 다래-12B를 보완한 모델이다.',
    expect: ['SUCCEEDS 다래-12B 2.1 -> 다래-12B'],
  },
  {
    cat: 'succeeds.revised-colloquial',
    text: '다래-12B 2.1은 다래-12B를 손본 버전이 아니다.',
    absent: ['SUCCEEDS 다래-12B 2.1 -> 다래-12B'],
  },
  // "LINE-2 미니 3B": a Hangul variant word between the version and the size belongs to the name
  {
    cat: 'model-name.hangul-variant-before-size',
    text: '모래소프트가 모래-2 20B를 선보였다. 모래-2 라이트 2B도 다음 달 나온다고 한다.',
    expect: ['DEVELOPED 모래소프트 -> 모래-2 라이트 2B'],
    nodes: ['Model:모래-2 라이트 2B'],
    noNodes: ['Model:모래-2 2B'],
    props: ['모래-2 라이트 2B=parameters:2000000000'],
  },
  {
    cat: 'model-name.hangul-variant-before-size',
    text: '하늘AI는 하늘LM-3 30B와 하늘LM-3 미니 1.5B를 함께 공개했다.',
    expect: ['DEVELOPED 하늘AI -> 하늘LM-3 30B', 'DEVELOPED 하늘AI -> 하늘LM-3 미니 1.5B'],
    nodes: ['Model:하늘LM-3 미니 1.5B'],
  },
  {
    cat: 'model-name.hangul-variant-before-size',
    text: '하늘AI는 Haneul-3 30B에 이어 Haneul-3 프로 70B도 준비하고 있다.',
    nodes: ['Model:Haneul-3 프로 70B'],
  },
  // a variant word with no size after it stays out of a Latin name ("X-3 프로젝트")
  {
    cat: 'model-name.hangul-variant-before-size',
    text: '하늘AI는 Haneul-3 30B를 공개했다. Haneul-3 프로젝트에는 40명이 참여했다.',
    noNodes: ['Model:Haneul-3 프로', 'Model:Haneul-3 프로젝트'],
  },
  // "…로 미세조정한 X 8B-상담 변형": a variant named after a sized model of the page, called tuned, is built on it
  {
    cat: 'based-on.tuned-variant-name',
    text: '온빛테크는 온빛-세무 4B를 내놨다. 콜센터 녹취로 미세조정한 온빛-세무 4B-상담 변형 모델도 함께 시연했다.',
    expect: ['BASED_ON 온빛-세무 4B-상담 -> 온빛-세무 4B'],
  },
  {
    cat: 'based-on.tuned-variant-name',
    text: '온빛테크는 온빛-세무 4B를 내놨다. 온빛-세무 4B-민사는 판결문 데이터로 파인튜닝한 버전이다.',
    expect: ['BASED_ON 온빛-세무 4B-민사 -> 온빛-세무 4B'],
  },
  // a variant the page never calls tuned, or says was not tuned, takes no base from its name alone
  {
    cat: 'based-on.tuned-variant-name',
    text: '온빛테크는 온빛-세무 4B를 내놨다. 온빛-세무 4B-콜은 다음 달 나온다.',
    absent: ['BASED_ON 온빛-세무 4B-콜 -> 온빛-세무 4B'],
  },
  {
    cat: 'based-on.tuned-variant-name',
    text: '온빛테크는 온빛-세무 4B를 내놨다. 온빛-세무 4B-콜은 미세조정한 변형이 아니라 처음부터 따로 학습했다.',
    absent: ['BASED_ON 온빛-세무 4B-콜 -> 온빛-세무 4B'],
  },
  // "X는 … 스타트업이다. 대표 NAME, CTO NAME.": a verbless line of posts and names after a sentence whose topic is a company
  {
    cat: 'works-for.introduced-officers',
    text: '[회사 소개] 누리소프트는 판교에 본사를 둔 음성 AI 기업이다. 대표 강민재, 최고기술책임자(CTO) 윤다인, 연구소장 정하람.',
    expect: ['WORKS_FOR 강민재 -> 누리소프트', 'WORKS_FOR 윤다인 -> 누리소프트', 'WORKS_FOR 정하람 -> 누리소프트'],
    edgeProps: ['WORKS_FOR 윤다인 -> 누리소프트 title=최고기술책임자(CTO)'],
  },
  {
    cat: 'works-for.introduced-officers',
    text: '누리소프트는 2019년 문을 연 번역 AI 회사다. 대표이사 강민재.',
    expect: ['WORKS_FOR 강민재 -> 누리소프트'],
  },
  // a line of names after a sentence about no company, or with words that are no posts, names no officers
  {
    cat: 'works-for.introduced-officers',
    text: '행사에는 여러 기업이 참가했다. 대표 강민재, CTO 윤다인.',
    absent: ['WORKS_FOR 강민재 -> 누리소프트'],
    noNodes: ['Person:강민재'],
  },
];

describe('r57a: score lists, benchmark parts, revised versions and variant words before a size', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkFactRow(row));
});

// an English story whose headline opens on "Korea's X raises …" (or "Seoul-based X …"): a bare chief speaking in the body speaks for X
const headlinePages: { page: string; expect?: string[]; absent?: string[] }[] = [
  {
    page: "Korea's Hanul Robotics raises $20M for its Pine models\n\nThe round closed on Monday, with two funds joining. The money will go to compute, CEO Daeho Lim (임대호) said on a call.",
    expect: ['WORKS_FOR Daeho Lim -> Hanul Robotics'],
  },
  {
    page: "Seoul-based Gaon Labs unveils a 9B coding model\n\nThe model is free for research use. Most customers are banks, CTO Minseok Baek (백민석) said in an interview.",
    expect: ['WORKS_FOR Minseok Baek -> Gaon Labs'],
  },
];

describe('r57a: a bare chief speaks for the company an English headline opens on', () => {
  for (const row of headlinePages)
    it(row.page.slice(0, 40), () => {
      const facts = pageFacts(row.page, 'story.txt');
      for (const f of row.expect ?? []) expect(facts, f).toContain(f);
      for (const f of row.absent ?? []) expect(facts, f).not.toContain(f);
    });
});
