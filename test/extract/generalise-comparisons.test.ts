/**
 * Columns that walk through several companies' models one by one, with a comparison table: each
 * sentence's facts belong to the model that paragraph is about, and the table's rows to their own model.
 */
import { describe, expect, it } from 'vitest';
import { checkFactRow, graphOf, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  {
    // "Z는 N점으로 Y를 1.3점 앞섰다": a rival beating the model in focus leaves the focus; the next subject-less score is Y's
    cat: 'focus.rival-beats-focus',
    text: "한빛AI가 새 모델 별빛 4를 공개했다. KoBEST에서 별빛 4는 70.1점을 받았다. 클로드 3.5 소네트는 73.0점으로 별빛 4를 2.9점 앞섰다. 해례 벤치에서는 81.2점을 기록했다.",
    expect: ['SCORED 별빛 4 -> 해례 벤치'],
    absent: ['SCORED 클로드 3.5 소네트 -> 해례 벤치'],
  },
  {
    // "비공개 모델인 Z는 …": a model named in apposition as one compared is no new topic
    cat: 'focus.rival-apposed',
    text: "한빛AI가 새 모델 별빛 4를 공개했다. KoBEST에서 별빛 4는 70.1점을 받았다. 모든 모델은 같은 설정으로 쟀고, 비교 대상인 클로드 3.5 소네트는 API로 측정했다. 해례 벤치에서는 81.2점을 기록했다.",
    expect: ['SCORED 별빛 4 -> 해례 벤치'],
    absent: ['SCORED 클로드 3.5 소네트 -> 해례 벤치'],
  },
  {
    // "B의 Y는 반대다. … Z를 기반으로 추가 학습한 모델이다": the topic after only its maker's possessive is what the next sentence is about
    cat: 'focus.possessed-topic',
    text: "먼저 한빛AI의 별빛 4다. 처음부터 자체 데이터로 학습한 모델이다. 가온소프트의 가온-14B는 반대다. MIT 라이선스로 풀려 상업 이용이 자유롭지만, 구글의 젬마 3를 기반으로 한국어 데이터를 추가 학습한 모델이다.",
    expect: ['BASED_ON 가온-14B -> 젬마 3'],
    absent: ['BASED_ON 별빛 4 -> 젬마 3'],
    props: ['가온-14B=openSource:true'],
  },
  {
    // "같은 회사의 W는": the maker of the model the sentences before were about, not the company named first
    cat: 'reference.same-company-maker-of-focus',
    text: "한빛AI는 업계 선두로 꼽힌다. 먼저 한빛AI의 별빛 4다. 처음부터 자체 데이터로 학습한 모델이다. 가온소프트의 가온-14B는 반대다. 구글의 젬마 3를 기반으로 만들었다. 같은 회사의 가온-7B는 처음부터 독자 구축했다.",
    expect: ['DEVELOPED 가온소프트 -> 가온-7B'],
    absent: ['DEVELOPED 한빛AI -> 가온-7B', 'DEVELOPED 구글 -> 가온-7B'],
  },
  {
    // "스타트업 쪽에서는 C의 'V'가 눈에 띈다.": a presenting predicate's subject is what the next subject-less sentence is about
    cat: 'focus.presented-subject',
    text: "먼저 한빛AI의 별빛 4다. 연구 목적 이용만 허용한다. 스타트업 쪽에서는 다온랩스의 다온-15B가 눈에 띈다. 파라미터 150억개 규모를 처음부터 학습해 아파치 2.0으로 공개했다.",
    props: ['다온-15B=parameters:15000000000', '다온-15B=fromScratch:true', '다온-15B=openSource:true'],
  },
  {
    // "가중치도 공개돼 있다": open weights in the additive form
    cat: 'open-source.weights-too',
    text: "먼저 한빛AI의 별빛 4다. 처음부터 자체 데이터로 학습한 모델이고 가중치도 공개돼 있다.",
    props: ['별빛 4=openSource:true'],
  },
  {
    // a comparison table without scores: developer, licence and starting-point columns speak for each row's model
    cat: 'table.rows-without-scores',
    text: [
      "한빛AI의 별빛 4와 가온소프트의 가온-14B를 비교했다.",
      '모델 | 개발사 | 라이선스 | 출발점',
      '별빛 4 | 한빛AI | 연구용 | 자체 구축',
      '가온-14B | 가온소프트 | 아파치 2.0 | 젬마 3',
      '다온-15B | 다온랩스 | 아파치 2.0 | 자체 구축',
    ].join('\n'),
    expect: ['DEVELOPED 다온랩스 -> 다온-15B', 'BASED_ON 가온-14B -> 젬마 3'],
    props: ['별빛 4=fromScratch:true', '가온-14B=openSource:true', '다온-15B=openSource:true', '다온-15B=fromScratch:true'],
  },
  {
    // "표에 실린 3종은 모두 오픈 웨이트로 공개돼 있다": every model of the table, counted
    cat: 'table.all-models-counted',
    text: [
      '표에 실린 3종은 모두 오픈 웨이트로 공개돼 있다.',
      '모델 | 개발사 | KMMLU',
      '별빛 4 | 한빛AI | 61.2',
      '가온-14B | 가온소프트 | 58.0',
      '다온-15B | 다온랩스 | 55.4',
    ].join('\n'),
    props: ['별빛 4=openSource:true', '가온-14B=openSource:true', '다온-15B=openSource:true'],
  },
  // a tie-up said only in a rumour ("A와 B가 손잡는다는 소문이 돌았다", "…제휴한다는 설도 나왔다") is no partnership; "…손잡는다는 설명이다" is one
  { cat: 'rumoured tie-up', text: '가온소프트와 누리테크가 손잡는다는 소문도 돌았지만, 가온소프트 측은 "검토한 바 없다"고 밝혔다.', absent: ['PARTNERS_WITH 가온소프트 -> 누리테크'] },
  { cat: 'rumoured tie-up', text: '업계에서는 가온소프트와 누리테크가 제휴한다는 설이 나왔다.', absent: ['PARTNERS_WITH 가온소프트 -> 누리테크'] },
  { cat: 'rumoured tie-up', text: '가온소프트와 누리테크가 손잡는다는 설명이다.', expect: ['PARTNERS_WITH 가온소프트 -> 누리테크'] },
];

describe('comparison columns: facts stay with the model each paragraph or row is about', () => {
  it.each(rows)('$cat', (row) => checkFactRow(row));

  it('a family word inside another model\'s name ("바다-젬마 9B") is no version of the family: the bare "젬마" is the one version named', () => {
    const g = graphOf("솔빛 2가 젬마 기반이라는 소문이 돌았지만 한빛AI는 부인했다. 반면 바다랩스가 내놓은 '바다-젬마 9B'는 구글의 젬마 3를 바탕으로 만든 모델이다. 바다-젬마 9B | 바다랩스 | 젬마 3");
    expect(g.nodes.filter((n) => n.type === 'Model').map((n) => n.name)).not.toContain('젬마');
  });

  it('a release verb in someone\'s words, beside a model named only as a base, says nothing of the model in focus', () => {
    const g = graphOf("가온소프트는 젬마 3를 바탕으로 '가온-7B'를 내놨다. 한빛AI 대표는 \"젬마 3를 기반으로 한 모델이 많아질수록 좋다\"며 \"내년에는 새 모델도 오픈소스로 내놓겠다\"고 말했다.");
    expect(g.nodes.find((n) => n.name === '가온-7B')?.properties.openSource).toBeUndefined();
  });

  it('a table cell that is only a licence name says nothing of the model the prose was about', () => {
    const g = graphOf(["'누리-7B'는 누리랩스가 젬마 3를 바탕으로 만든 모델이다.", '비고', '아파치 2.0'].join('\n'));
    expect(g.nodes.find((n) => n.name === '누리-7B')?.properties.openSource).toBeUndefined();
  });
});
