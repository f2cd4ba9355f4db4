/** Release sentences of press releases: a series released by a company, its apposition '(대표 NAME)', a domain modifier, siblings of a co-developed model. */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  {
    // a quoted name released as a series (시리즈/제품군/라인업) is a model no gazetteer knows
    cat: 'discover.quoted-series-released',
    text: '별하소프트가 ‘다솜-4’ 시리즈를 지난 9일 공개했다.',
    nodes: ['Model:다솜-4'],
    expect: ['DEVELOPED 별하소프트 -> 다솜-4'],
  },
  {
    cat: 'discover.quoted-series-released',
    text: '누리로보틱스는 ‘한울 X’ 제품군을 정식 출시했다.',
    nodes: ['Model:한울 X'],
    expect: ['DEVELOPED 누리로보틱스 -> 한울 X'],
  },
  {
    // '(대표 NAME)' after the company is an apposition: the company stays the sentence's subject
    cat: 'clause.subject-before-apposition',
    text: '별하소프트(대표 오하준)는 ‘다솜-4’를 지난 9일 허깅페이스를 통해 공개했다.',
    expect: ['DEVELOPED 별하소프트 -> 다솜-4', 'WORKS_FOR 오하준 -> 별하소프트'],
  },
  {
    // "X에 특화한 Y": a modifier of what the model is for opens no relative clause that takes the subject
    cat: 'clause.domain-modifier',
    text: '로봇 스타트업 누리로보틱스가 물류 현장에 특화한 ‘한울-R 2’를 지난 9일 깃허브를 통해 공개했다.',
    expect: ['DEVELOPED 누리로보틱스 -> 한울-R 2'],
  },
  {
    // siblings of a series: the company common to every developed model of the stem, not the partner that co-developed one
    cat: 'developed.sibling-common-developer',
    text: '별하소프트(대표 오하준)가 ‘다솜-4’ 시리즈를 지난 9일 허깅페이스를 통해 공개했다. 이번 시리즈는 ‘다솜-4 30B’와 ‘다솜-4 7B’ 2종이다. 별하소프트와 한결테크는 다솜-4 7B를 기반으로 ‘다솜-4 7B 보험’을 함께 개발했다.',
    expect: ['DEVELOPED 별하소프트 -> 다솜-4 30B', 'DEVELOPED 별하소프트 -> 다솜-4 7B'],
    absent: ['DEVELOPED 한결테크 -> 다솜-4 30B', 'DEVELOPED 한결테크 -> 다솜-4 7B'],
  },
  {
    // two companies each with their own model of one stem: no sibling developer
    cat: 'developed.sibling-common-developer',
    text: '별하소프트는 ‘다솜-4 30B’를 공개했다. 한결테크는 ‘다솜-4 7B 보험’을 공개했다. ‘다솜-4 7B’의 성능은 아직 알려지지 않았다.',
    absent: ['DEVELOPED 별하소프트 -> 다솜-4 7B', 'DEVELOPED 한결테크 -> 다솜-4 7B'],
  },
  {
    // a bare size later in the sentence ("7B·나노 포함") is no size of a model whose own name ends on another size
    cat: 'properties.size-in-name',
    text: '별하소프트는 300억 매개변수 플래그십 ‘다솜-4 30B’를 프롬 스크래치로 개발했다… 7B·나노 포함 3종을 오픈소스로 공개했다.',
    props: ['다솜-4 30B=parameters:30000000000'],
  },
  {
    // a rounded size in the name keeps the stated count
    cat: 'properties.size-in-name',
    text: '별하소프트는 매개변수 12억 개의 소형 모델 ‘다솜-4 1B’를 공개했다.',
    props: ['다솜-4 1B=parameters:1200000000'],
  },
  {
    // the programme named just before; the members each with a note in parentheses, chosen in a programme role ("실증 기업으로")
    cat: 'clause.participates.programme-role-complement',
    text: '중소벤처기업부는 ‘스마트 항만 AI 실증 사업’ 선정 결과를 5일 발표했다. 한결테크(선석 배정), 누리로보틱스(야드 자동화) 등 2곳이 첫 수행 기업으로 뽑혔다.',
    expect: ['PARTICIPATES_IN 한결테크 -> 스마트 항만 AI 실증 사업', 'PARTICIPATES_IN 누리로보틱스 -> 스마트 항만 AI 실증 사업'],
  },
  {
    // an award's title as the complement is no programme role
    cat: 'clause.participates.programme-role-complement',
    text: '중소벤처기업부는 ‘스마트 항만 AI 실증 사업’ 선정 결과를 5일 발표했다. 한결테크는 올해의 혁신 기업으로 뽑혔다.',
    absent: ['PARTICIPATES_IN 한결테크 -> 스마트 항만 AI 실증 사업'],
  },
  {
    // "같은 날" after a sentence whose only day is the announcement's: that day
    cat: 'properties.same-day-announced',
    text: '누리로보틱스는 23일 ‘한울-R 3’를 출시했다. 별하소프트는 새 연구소장으로 김하늘 박사를 영입했다고 21일 밝혔다. 별하소프트는 같은 날 경량 모델 ‘다솜-4 7B’를 오픈소스로 공개했다.',
    publishedAt: '2026-09-24',
    props: ['다솜-4 7B=releasedOn:2026-09-21'],
  },
  {
    // … but a sentence that names the event's own day before the announcement's keeps the event's
    cat: 'properties.same-day-announced',
    text: '별하소프트는 ‘다솜-4 30B’를 지난 18일 공개했다고 21일 밝혔다. 별하소프트는 같은 날 경량 모델 ‘다솜-4 7B’도 공개했다.',
    publishedAt: '2026-09-24',
    props: ['다솜-4 7B=releasedOn:2026-09-18'],
  },
  {
    // an FAQ's question asks what the answer denies: no base from the question
    cat: 'question.faq-asked',
    text: '하늘소프트는 ‘다솜-4’를 15일 공개했다. 다솜-4는 KMMLU에서 61.2점을 받았다.\n\n다솜-4는 메타의 라마(Llama)를 기반으로 만들었나요?\n\n아닙니다. 라마 계열 모델은 쓰지 않았습니다.',
    expect: ['DEVELOPED 하늘소프트 -> 다솜-4'],
    absent: ['BASED_ON 다솜-4 -> 라마'],
  },
  {
    // … in the clause pass too, with the subject carried from the sentence before
    cat: 'question.faq-asked',
    text: '하늘소프트는 ‘다솜-4’를 15일 공개했다. 다솜-4는 KMMLU에서 61.2점을 받았다.\n\n메타의 라마(Llama)를 기반으로 만들었나요?\n\n아닙니다.',
    absent: ['BASED_ON 다솜-4 -> 라마'],
  },
  {
    // a statement keeps its base
    cat: 'question.faq-asked',
    text: '하늘소프트는 ‘다솜-4’를 15일 공개했다. 다솜-4는 메타의 라마(Llama)를 기반으로 만들었다.',
    expect: ['BASED_ON 다솜-4 -> 라마'],
  },
  {
    // a known benchmark with a short prefix glued to it ("K-", "Ko-") is another benchmark, its own node
    cat: 'mentions.prefixed-benchmark',
    text: '별하소프트의 다솜-4는 Ko-HumanEval에서 71.2점, 원본 HumanEval에서 80.1점을 받았다.',
    nodes: ['Benchmark:Ko-HumanEval', 'Benchmark:HumanEval'],
    edgeProps: ['SCORED 다솜-4 -> Ko-HumanEval score=71.2'],
  },
  {
    // a score read for the model in focus (a summary line) gives way to the score a sentence naming the model states
    cat: 'scored.focus-gives-way',
    text: '별하소프트는 ‘다솜-4’를 공개한 데 이어 경량판 ‘다솜-4 라이트’도 내놨다.\n\n문서 이해 벤치마크 DocBench-K 81.5점… 전작 대비 6점 이상 향상\n\n경량 모델인 다솜-4 라이트의 DocBench-K 점수는 76.2점이다.',
    edgeProps: ['SCORED 다솜-4 라이트 -> DocBench-K score=76.2'],
  },
  {
    // "들고나왔다" written without its space presents the model as "들고 나왔다" does: the next sentence's predecessor is its
    cat: 'focus.presented-glued',
    text: '별하소프트는 ‘다솜-4’로 가장 높은 점수를 받았다. 누리텔레콤은 초거대 모델 ‘한울-K2’를 들고나왔다. 1차 평가에 냈던 ‘한울-K1’의 후속작이다.',
    expect: ['DEVELOPED 누리텔레콤 -> 한울-K2', 'SUCCEEDS 한울-K2 -> 한울-K1'],
    absent: ['SUCCEEDS 다솜-4 -> 한울-K1'],
  },
  {
    // a programme's round after its name ("'X 사업' 2차 단계평가에서") takes the programme's particle: the teams that passed it take part
    cat: 'clause.participates.programme-round',
    text: '정부가 추진하는 ‘해양 AI 실증 사업’ 2차 단계평가에서 한결테크와 누리로보틱스 컨소시엄이 나란히 관문을 통과했다.',
    expect: ['PARTICIPATES_IN 한결테크 -> 해양 AI 실증 사업', 'PARTICIPATES_IN 누리로보틱스 -> 해양 AI 실증 사업'],
  },
  {
    cat: 'clause.participates.programme-round',
    text: '‘해양 AI 실증 사업’ 2차 평가에서 한결테크는 통과 여부가 아직 정해지지 않았다.',
    absent: ['PARTICIPATES_IN 한결테크 -> 해양 AI 실증 사업'],
  },
  {
    // a consortium's members with a count after 등 ("Y 등 10여 개 기업과 기관이 함께하고 있다") are the lead's partners
    cat: 'partners.consortium-counted-members',
    text: '누리텔레콤 컨소시엄에는 한결테크 등 10여 개 기업과 기관이 함께하고 있다.',
    expect: ['PARTNERS_WITH 누리텔레콤 -> 한결테크'],
  },
  {
    cat: 'partners.consortium-counted-members',
    text: '누리텔레콤 컨소시엄에는 한결테크 등 5개 기업이 함께하지 않기로 했다.',
    absent: ['PARTNERS_WITH 누리텔레콤 -> 한결테크'],
  },
  {
    // a model entered in an evaluation ("X를 제출했다", "출품했다") becomes the focus: the next subject-less clauses are about it
    cat: 'focus.entered-model',
    text: '누리텔레콤은 ‘한울-2’를 공개했다. KT는 매개변수 1000억 개 규모의 ‘믿:음 3.0’을 제출했다. 평가 직후 모델 가중치를 오픈소스로 공개했으며, KMMLU에서는 85.1점을 얻었다.',
    expect: ['SCORED 믿:음 3.0 -> KMMLU'],
    absent: ['SCORED 한울-2 -> KMMLU'],
    props: ['믿:음 3.0=openSource:true'],
  },
  {
    // a size note written word first in parentheses after a model's name ("(매개변수 3억 개)") still lets the particle after it reach the name
    cat: 'mentions.size-note-word-first',
    text: '누리보이스는 ‘NV-보이스 3’를 공개했다. 경량 버전인 ‘NV-보이스 3 미니’(매개변수 3억 개)는 NV-보이스 3를 경량화한 모델이다.',
    expect: ['BASED_ON NV-보이스 3 미니 -> NV-보이스 3'],
    props: ['NV-보이스 3 미니=parameters:300000000'],
  },
  {
    cat: 'mentions.size-note-word-first',
    text: '누리보이스는 새 음성 모델 ‘NV-보이스 4’(파라미터 12억 개)를 공개했다. NV-보이스 4(파라미터 12억 개)는 전작 NV-보이스 3의 후속 모델이다.',
    expect: ['SUCCEEDS NV-보이스 4 -> NV-보이스 3'],
  },
];

describe('release sentences of press releases', () => {
  it.each(rows)('$cat: $text', (row) => checkFactRow(row));
});
