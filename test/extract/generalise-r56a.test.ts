/**
 * Generalisation rows for r56a's second round on the education/research and products/services pages of held-out sets
 * 203, 204 and 202: a model's size written after the parenthesised other spelling of its line's name, and a Hangul
 * variant word hyphened after a model's size, an officer's post and 님 before 께도 in an acknowledgement,
 * the partner of an agreement under which "both companies" developed the model in focus. Every row is a short text written for these tests; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // "LINE(Latin LINE) SIZE는": the size after the gloss belongs to the model, which takes the gloss with the size as its alias
  {
    cat: 'glossed-line-then-size',
    text: '도담테크가 내놓은 도담-Ko 3(Dodam-Ko 3) 14B는 지난해 나온 도담-Ko 2를 대체하는 모델이다.',
    expect: ['DEVELOPED 도담테크 -> 도담-Ko 3 14B', 'SUCCEEDS 도담-Ko 3 14B -> 도담-Ko 2'],
    sameNode: ['도담-Ko 3 14B=Dodam-Ko 3 14B'],
    props: ['도담-Ko 3 14B=parameters:14000000000'],
  },
  {
    cat: 'glossed-line-then-size',
    text: '새봄랩스는 새봄-LM 2(Saebom-LM 2) 3.2B를 오픈소스로 풀었다. 이 모델은 KMMLU 47.5점을 받았다.',
    expect: ['DEVELOPED 새봄랩스 -> 새봄-LM 2 3.2B', 'SCORED 새봄-LM 2 3.2B -> KMMLU'],
    noNodes: ['Model:새봄-LM 2'],
  },
  // a line name glossed with no size after it stays the line's name
  {
    cat: 'glossed-line-then-size',
    text: '새봄랩스는 새봄-LM 2(Saebom-LM 2)를 오픈소스로 풀었다.',
    expect: ['DEVELOPED 새봄랩스 -> 새봄-LM 2'],
    sameNode: ['새봄-LM 2=Saebom-LM 2'],
  },
  // "NAME SIZE-WORD": a Hangul variant word hyphened after the size names a model of its own, made from the sized one
  {
    cat: 'sized-name-hangul-variant',
    text: '가람데이터는 보험 상담 기록으로 튜닝한 가람-금융 9B-보험을 선보였다. 기존 가람-금융 9B도 계속 제공한다.',
    expect: ['DEVELOPED 가람데이터 -> 가람-금융 9B-보험'],
    nodes: ['Model:가람-금융 9B-보험', 'Model:가람-금융 9B'],
  },
  {
    cat: 'sized-name-hangul-variant',
    text: '한울소프트의 한울-의료 4B-문진은 병원 접수 창구에 들어간다.',
    expect: ['DEVELOPED 한울소프트 -> 한울-의료 4B-문진'],
    noNodes: ['Model:한울-의료 4B'],
  },
  // a word after the size that only says what kind of model it is names no variant
  {
    cat: 'sized-name-hangul-variant',
    text: '한울소프트는 한울-의료 4B-기반 서비스를 병원에 공급한다고 밝혔다.',
    noNodes: ['Model:한울-의료 4B-기반'],
  },
  // an acknowledgement's "COMPANY NAME POST님께도": the post and 님 then 께도 (dative and "also") still name the person's employer
  {
    cat: 'works-for.acknowledged-post-nim',
    text: '논문 심사를 맡아 주신 별빛데이터 한지수 연구소장님께도 고마움을 전합니다.',
    expect: ['WORKS_FOR 한지수 -> 별빛데이터'],
    edgeProps: ['WORKS_FOR 한지수 -> 별빛데이터 title=연구소장'],
  },
  {
    cat: 'works-for.acknowledged-post-nim',
    text: '늘 조언을 아끼지 않으신 누리온소프트 배도겸 상무님께서도 많이 도와주셨습니다.',
    expect: ['WORKS_FOR 배도겸 -> 누리온소프트'],
  },
  // "B와의 … 협약(…)에 따라 두 회사가 함께 개발했으며": after a sentence about the model, the agreement's partner co-developed it
  {
    cat: 'developed.focus-both-parties-agreement',
    text: '별하AI 연구팀의 성과를 소개합니다. 협력사 ㈜한결정밀도 함께했습니다.\n\n별하-Doc 3B는 별하-Ko 3B를 바탕으로 삼았다. 한결정밀과의 공동개발 협약(2026.2~)에 따라 두 회사가 함께 개발했으며, 한결정밀 복합기에 들어간다.',
    expect: ['DEVELOPED 한결정밀 -> 별하-Doc 3B'],
  },
  {
    cat: 'developed.focus-both-parties-agreement',
    text: '별하-Doc 3B는 별하-Ko 3B를 바탕으로 삼았다. 한결정밀과의 업무협약에 따라 양사가 같이 만들 계획이라는 소문이 있지만 확인되지 않았다.',
    absent: ['DEVELOPED 한결정밀 -> 별하-Doc 3B'],
  },
];

describe('r56a: names that go on after a gloss or a size', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkFactRow(row));
});
