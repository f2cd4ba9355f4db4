/**
 * Set 140's layouts and phrasings (rows written for these tests, in their own words): a column's section that
 * introduces a model as what a company "낸" (submitted, put out), a former post in a relative clause in "-던", and a
 * broadcast's interview caption in round brackets; a wire digest's "Related: …" footer whose headlines run over lines.
 */
import { describe, expect, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';
import { parseText } from '../../src/parse/index.js';

const rows: FactRow[] = [
  {
    cat: "a model introduced as what a company 낸 (quoted) is what the next subject-less sentences are about: its predecessor, size and score are its own, not the last section's model's",
    text: [
      "한빛AI는 올해 7월 나온 '누리 4.0'의 후속으로 '누리 4.5'를 공개했다. 파라미터 수는 300억 개다.",
      '',
      "솔빛랩이 낸 '해솔 3'도 흥미롭습니다. 전작 해솔 2를 잇는 모델인데, 외부 가중치를 쓰지 않았다고 강조합니다. 1,020억 개 파라미터 규모로 알려졌고, 평가 기간 중 공개된 KMMLU 점수는 76.4점입니다.",
    ].join('\n'),
    expect: ['SUCCEEDS 해솔 3 -> 해솔 2', 'SCORED 해솔 3 -> KMMLU', 'SUCCEEDS 누리 4.5 -> 누리 4.0'],
    edgeProps: ['SCORED 해솔 3 -> KMMLU score=76.4'],
    props: ['해솔 3=parameters:102000000000'],
    absent: ['SUCCEEDS 누리 4.5 -> 해솔 2', 'SCORED 누리 4.5 -> KMMLU'],
  },
  {
    cat: "an unquoted model after 낸 in passing ('메타가 낸 라마 3.3은 70B') does not take over the thread's model",
    text: "다온랩의 '다온-K 72B'는 어떤 모델인가요? 메타가 낸 라마 3.3은 70B이고 레이어 수도 다릅니다. KMMLU 점수는 68.1점이래요.",
    absent: ['SCORED 라마 3.3 -> KMMLU'],
  },
  {
    cat: "'X에서 …를 이끌던 NAME 전 리더가 Y CTO로 합류했다': the place in the relative clause in -던 is the former post, no WORKS_FOR there",
    text: '평가 직후 인력 이동도 눈에 띄었습니다. 네이버클라우드에서 검색 인프라를 이끌던 박민재 전 리더가 업스테이지 최고기술책임자(CTO)로 합류했습니다.',
    expect: ['WORKS_FOR 박민재 -> 업스테이지'],
    absent: ['WORKS_FOR 박민재 -> 네이버클라우드'],
  },
  {
    cat: "'X에 합류했다' with no relative clause still joins X",
    text: '박민재 전 리더는 지난달 업스테이지에 합류했다.',
    expect: ['WORKS_FOR 박민재 -> 업스테이지'],
  },
  {
    cat: "a broadcast's interview caption in round brackets, '(인터뷰) NAME / 직함', names a person as the square-bracketed one does",
    text: "【 기자 】\n부산시의 'AI 실증 지원사업' 2차 선정 기업에 한결AI가 포함됐습니다.\n(인터뷰) 박정민 / 부산광역시장\n\"지역 기업이 만든 AI가 먼저 쓰이도록 하겠습니다.\"",
    nodes: ['Person:박정민'],
  },
  {
    cat: "a round bracket that is no caption mark ('(주) 이름 / …') names nobody",
    text: "(주)한결AI / 부산 해운대구 소재\n한결AI는 상담 모델 '한결 2'를 공개했다.",
    noNodes: ['Person:한결AI'],
  },
  {
    cat: "an English reported clause's subject ('X said its Y, an upgraded version of the Z model, became available …') is what the next sentence's 'The model' is about, not the model in the apposition",
    text: [
      'AI DIGEST',
      '',
      'Hanbit Soft released its Nuri-LM 2.5 language model to partners in January.',
      '',
      'SEOUL, March 3 (HW) -- Garam Soft on Monday unveiled Garam-X 4, a reasoning model. Garam-X 4 scored 70.1 on KMMLU.',
      '',
      'Hanbit Soft Corp. said its Nuri-LM 2.5, an upgraded version of the Nuri-LM 2.0 model, became available on Hugging Face last Friday.',
      '',
      'The model has 9.5 billion parameters.',
    ].join('\n'),
    props: ['Nuri-LM 2.5=parameters:9500000000'],
    expect: ['SUCCEEDS Nuri-LM 2.5 -> Nuri-LM 2.0'],
  },
  {
    cat: "a model that 'became available on Hugging Face last Friday' is open and released that Friday (a later 'that companies may use' is no hedge); one that 'would become available' is neither",
    publishedAt: '2027-03-04',
    text: [
      'AI DIGEST',
      '',
      'Hanbit Soft released its Nuri-LM 2.5 language model to partners in January. Garam Soft on Monday unveiled Garam-X 4, a reasoning model.',
      '',
      'Hanbit Soft Corp. said its Nuri-LM 2.5, an upgraded version of the Nuri-LM 2.0 model, became available on Hugging Face last Friday as an open-weight model that companies may use commercially.',
      '',
      'Garam Soft said Garam-X 4 would become available on Hugging Face on Friday.',
    ].join('\n'),
    props: ['Nuri-LM 2.5=openSource:true', 'Nuri-LM 2.5=releasedOn:2027-02-26', 'Garam-X 4=openSource:undefined'],
  },
  {
    cat: "a reported clause with no model as its subject ('said that the Y team had joined it') leaves 'The model' on the model in focus",
    text: [
      'Garam Soft on Monday unveiled Garam-X 4, a reasoning model.',
      '',
      'Garam Soft said on Tuesday that the Nuri-LM 2.0 team had joined it. The model has 9.5 billion parameters.',
    ].join('\n'),
    absent: [],
    props: ['Garam-X 4=parameters:9500000000'],
  },
  {
    cat: "English: a company that 'renewed its strategic collaboration agreement with' another partners with it (not one that ended it)",
    text: [
      'AI DIGEST',
      '',
      'SEOUL, March 3 (HW) -- AI startup Hanbit Soft said Tuesday it has renewed its strategic collaboration agreement with Amazon Web Services (AWS) for another three years.',
      '',
      'Garam Soft said it ended its strategic collaboration agreement with Nuri Cloud last year.',
    ].join('\n'),
    expect: ['PARTNERS_WITH Hanbit Soft -> Amazon Web Services'],
    absent: ['PARTNERS_WITH Garam Soft -> Nuri Cloud'],
  },
  {
    cat: "English: 'X said Tuesday it has appointed NAME, a former …, as head of its Y lab' puts NAME at X with that title; 'NAME, who moved to local startup Z' works at Z",
    text: [
      'AI DIGEST',
      '',
      'SEOUL, March 3 (HW) -- Daon Labs said Tuesday it has appointed Kim Ha-neul, a former research scientist at Google DeepMind, as head of its Daon lab. She replaces Park Min-ji, who moved to local startup Garam Soft last month.',
    ].join('\n'),
    expect: ['WORKS_FOR Kim Ha-neul -> Daon Labs', 'WORKS_FOR Park Min-ji -> Garam Soft'],
    edgeProps: ['WORKS_FOR Kim Ha-neul -> Daon Labs title=head of its Daon lab'],
    absent: ['WORKS_FOR Kim Ha-neul -> Google DeepMind'],
  },
  {
    cat: "English: a company that 'said it would not name' someone head of a lab appoints nobody, and one who 'may move to' a firm has not moved",
    text: 'AI DIGEST\n\nNuri Soft said it would not name Choi Ji-an as head of its research lab. Analysts said Lee Do-yun, who may move to rival firm Hanbit Soft, declined to comment.',
    absent: ['WORKS_FOR Choi Ji-an -> Nuri Soft', 'WORKS_FOR Lee Do-yun -> Hanbit Soft'],
  },
];

describe('set 140 phrasings and layouts', () => {
  it.each(rows.map((r) => [r.cat, r] as const))('%s', (_cat, row) => checkFactRow(row));
});

/** The text a plain-text page keeps, one sentence a line. */
function keptText(text: string): string {
  return parseText(text, { source: 'digest.txt', publishedAt: '2027-03-03' }).sentences.map((x) => x.text).join('\n');
}

describe("a plain-text page's inline list of other headlines", () => {
  const story = ['HANBIT WIRE | ENGLISH SERVICE', '', 'SEOUL, March 3 (HW) -- Daon Labs said Tuesday it released Daon-LM 3, the successor to Daon-LM 2.', '', '(END)'];
  it.each([
    ['an English "Related:" label, its headlines running over the next lines up to a blank line', ['Hanbit Wire | desk@hw.example.kr', 'Related: [March 2] Garam Soft to unveil Garam-X 4 | [Feb. 28]', "Nuri AI's Nuri-2 Mini powers new tablet | [Feb. 27] Solbit", 'consortium drops out', '(C) 2027 Hanbit Wire. All rights reserved.']],
    ['"See also:" and a Korean "관련 기사:" label too', ['See also: Garam Soft to unveil Garam-X 4 |', 'Solbit consortium drops out', '', '관련 기사: 가람소프트, 가람-X 4 공개 |', '솔빛 컨소시엄 하차']],
  ])('%s is no text', (_cat, footer) => {
    const kept = keptText([...story, ...footer].join('\n'));
    expect(kept).toContain('Daon-LM 3');
    expect(kept).not.toMatch(/Garam|Nuri-2|Solbit|가람|솔빛|\(END\)/);
  });
  it('a sentence that only begins with "Related" stays', () => {
    const kept = keptText([...story.slice(0, 3), 'Related: the company also said it would hire 40 engineers this year.', ''].join('\n'));
    expect(kept).toContain('hire 40 engineers');
  });
});
