/**
 * Generalisation rows of coreference: the 'coref' rows.
 * The others are in the other coreference-*.test.ts files. Each row is a short article written
 * for these tests, the facts it must give and the facts it must not give; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // 1. sized variant and its bare form; product line + code; a name and its English form
  {
    cat: 'coref.sized',
    text: 'LG AI연구원은 엑사원 4.0 32B를 오픈소스로 공개했다. 엑사원 4.0은 KMMLU에서 71.2점을 받았다.',
    expect: ['SCORED 엑사원 4.0 32B -> KMMLU', 'DEVELOPED LG AI연구원 -> 엑사원 4.0 32B'],
    sameNode: ['엑사원 4.0 32B=엑사원 4.0'],
    edgeProps: ['SCORED 엑사원 4.0 32B -> KMMLU score=71.2'],
  },
  {
    // the version glossed in parentheses right after the sized name, with other notes ("(Qwen3, 320억 파라미터)"), is that name
    cat: 'coref.sized-glossed',
    text: '• 알리바바의 큐웬3 32B (Qwen3, 320억 파라미터)\n\n• 업스테이지의 솔라 프로 2\n\n큐웬3는 KMMLU에서 65.2점을 받았다.',
    expect: ['SCORED 큐웬3 32B -> KMMLU', 'DEVELOPED 알리바바 -> 큐웬3 32B'],
    sameNode: ['큐웬3 32B=Qwen3'],
  },
  {
    // a model named only in the summary is the one longer name of it the body gives ("큐웬3" over "큐웬3 코더")
    cat: 'coref.headline-short-model',
    text: "■ 큐웬3 기반 '누리코더 2' 공개\n\n누리랩은 알리바바의 오픈소스 모델 '큐웬3 코더'를 기반으로 추가 학습한 '누리코더 2'를 공개했다.",
    expect: ['BASED_ON 누리코더 2 -> 큐웬3 코더'],
    noNodes: ['Model:큐웬3'],
  },
  {
    // not when the body names it itself
    cat: 'coref.headline-short-model',
    text: "■ 큐웬3 기반 '누리코더 2' 공개\n\n누리랩은 큐웬3와 '큐웬3 코더'를 비교한 뒤 '큐웬3 코더'를 기반으로 추가 학습한 '누리코더 2'를 공개했다.",
    nodes: ['Model:큐웬3', 'Model:큐웬3 코더'],
  },
  {
    // not a version named beside the sized one outside such a gloss
    cat: 'coref.sized-glossed',
    text: 'LG AI연구원의 엑사원 4.0 32B와 엑사원 4.0 본 모델을 비교했다. 엑사원 4.0은 KMMLU에서 65.2점을 받았다.',
    expect: ['SCORED 엑사원 4.0 -> KMMLU'],
    absent: ['SCORED 엑사원 4.0 32B -> KMMLU'],
  },
  {
    cat: 'coref.sized',
    text: '알리바바가 Qwen3-32B를 내놨다. 스타트업 누리비전은 Qwen3를 기반으로 만든 ‘누리-V 32B’를 공개했다.',
    expect: ['BASED_ON 누리-V 32B -> Qwen3-32B', 'DEVELOPED 알리바바 -> Qwen3-32B'],
    sameNode: ['Qwen3-32B=Qwen3'],
  },
  {
    // a subjectless release after other subjects (investors): the article's company, which made the model in focus
    cat: 'coref.dropped-subject-release',
    text: "AI 스타트업 한빛AI가 80억원 규모의 투자를 유치했다. 이번 투자는 가람벤처스가 주도했다. 한빛AI의 주력 모델은 '별빛 9B'다. 별빛 9B는 KMMLU에서 61.0점을 받았다. 지난달에는 경량 모델 '별빛 미니'를 오픈소스로 공개했다.",
    expect: ['DEVELOPED 한빛AI -> 별빛 미니'],
    absent: ['DEVELOPED 가람벤처스 -> 별빛 미니'],
  },
  {
    // … not when the article's first subject did not make the model in focus
    cat: 'coref.dropped-subject-release',
    text: "AI 스타트업 한빛AI가 80억원 규모의 투자를 유치했다. 메타의 '라마 4'가 화제다. 라마 4는 KMMLU에서 61.0점을 받았다. 지난달에는 경량 모델 '라마 4 미니'를 오픈소스로 공개했다.",
    absent: ['DEVELOPED 한빛AI -> 라마 4 미니'],
  },
  {
    // a model named after its maker ('미스트랄 가람'): named again bare, the model's name wins over the company inside it
    cat: 'coref.known-name-over-company',
    text: "한빛AI는 미스트랄AI가 공개한 '미스트랄 가람'을 기반으로 '한빛 12B'를 만들었다. 한빛 12B는 KMMLU에서 66.0점을 받았다. 원래 미스트랄 가람은 51.2점이었다.",
    expect: ['SCORED 미스트랄 가람 -> KMMLU'],
    edgeProps: ['SCORED 미스트랄 가람 -> KMMLU score=51.2'],
  },
  {
    // a discovered sized name whose head mixes Hangul and a Latin letter: the bare head later is the same model
    cat: 'coref.sized',
    text: "한빛AI는 한국어 모델 '누리Q 9B'를 공개했다. 누리Q는 한빛AI가 작년에 낸 '누리 5B'의 뒤를 잇는 모델이다.",
    expect: ['SUCCEEDS 누리Q 9B -> 누리 5B'],
    sameNode: ['누리Q 9B=누리Q'],
  },
  {
    cat: 'coref.sized',
    // two sizes of one version: the bare form is a third model
    text: 'LG AI연구원은 엑사원 4.0을 공개했다. 엑사원 4.0은 32B와 1.2B 두 가지로, 엑사원 4.0 32B는 KMMLU 71.2점, 엑사원 4.0 1.2B는 KMMLU 58.1점을 받았다.',
    nodes: ['Model:엑사원 4.0', 'Model:엑사원 4.0 32B', 'Model:엑사원 4.0 1.2B'],
  },
  {
    cat: 'coref.sized',
    // the bare version introduced first, the size a lighter sibling: two models
    text: '카카오는 카나나 2.0을 공개했다. 함께 공개한 경량 모델 카나나 2.0 2.1B는 온디바이스용이다. 카나나 2.0 2.1B는 KMMLU에서 48.3점을 받았다.',
    nodes: ['Model:카나나 2.0', 'Model:카나나 2.0 2.1B'],
  },
  {
    cat: 'coref.product-line',
    text: 'NC AI는 바르코 LLM 2.0을 공개했다. 바르코 2.0은 Qwen2.5를 기반으로 만들어졌다.',
    expect: ['BASED_ON 바르코 LLM 2.0 -> Qwen2.5', 'DEVELOPED NC AI -> 바르코 LLM 2.0'],
    sameNode: ['바르코 LLM 2.0=바르코 2.0'],
    noNodes: ['Model:바르코'],
  },
  {
    cat: 'coref.product-line',
    text: '코난테크놀로지는 코난 LLM ENT-11을 선보였다. ENT-11은 KMMLU에서 62.4점을 기록했다.',
    expect: ['SCORED 코난 LLM ENT-11 -> KMMLU'],
    sameNode: ['코난 LLM ENT-11=ENT-11'],
  },
  {
    cat: 'coref.english-form',
    text: '네이버클라우드는 추론 모델 하이퍼클로바X 씽크(HyperCLOVA X THINK)를 공개했다. HyperCLOVA X THINK는 KMMLU에서 69.7점을 기록했다.',
    expect: ['SCORED 하이퍼클로바X 씽크 -> KMMLU', 'DEVELOPED 네이버클라우드 -> 하이퍼클로바X 씽크'],
    sameNode: ['하이퍼클로바X 씽크=HyperCLOVA X THINK'],
  },
  {
    cat: 'coref.family-word',
    text: 'NC AI는 바르코 LLM 2.0을 공개했다. 이 회사는 게임 업계에서 오래 일했다. 바르코는 Qwen2.5를 기반으로 만들어졌다.',
    expect: ['BASED_ON 바르코 LLM 2.0 -> Qwen2.5'],
    noNodes: ['Model:바르코'],
  },
  {
    cat: 'coref.family-word',
    // the family talked about as a series, or two versions named: the family word stays the family
    text: '업스테이지는 솔라 프로2를 공개했다. 솔라는 2023년 처음 나온 시리즈다. LG AI연구원은 엑사원 3.5와 엑사원 4.0을 비교했다. 엑사원은 KMMLU에서 강하다.',
    nodes: ['Model:솔라', 'Model:엑사원'],
  },
  // a variant word alone ("나노는", "미니는") names the one model of the article ending in it; "본 모델" its stem
  {
    cat: 'coref.variant-word',
    text: '솔빛AI는 솔빛 LM 4.0과 경량판 ‘솔빛 LM 4.0 나노’를 함께 선보였다. 나노는 솔빛 LM 4.0을 교사 모델로 삼아 지식 증류로 만들었다. 나노는 KoBEST에서 70.4점을 받았다.',
    expect: ['BASED_ON 솔빛 LM 4.0 나노 -> 솔빛 LM 4.0', 'SCORED 솔빛 LM 4.0 나노 -> KoBEST'],
    noNodes: ['Model:나노'],
  },
  {
    cat: 'coref.variant-word',
    text: '한빛소프트랩은 ‘한빛 3.5’를 공개했다. 파라미터 700억 개의 본 모델과 80억 개의 ‘한빛 3.5 라이트’ 두 종이다. 라이트는 오픈소스로 풀었고, 본 모델은 KMMLU에서 68.1점을 받았다.',
    expect: ['SCORED 한빛 3.5 -> KMMLU'],
    absent: ['SCORED 한빛 3.5 라이트 -> KMMLU'],
    props: ['한빛 3.5=parameters:70000000000', '한빛 3.5 라이트=parameters:8000000000', '한빛 3.5 라이트=openSource:true'],
    noNodes: ['Model:라이트', 'Model:본 모델'],
  },
  {
    cat: 'coref.variant-word',
    // a version tag alone ("v1은", "v2를") names the model of the article whose name ends in it
    text: '누리랩스는 오늘 ‘한돌-Ko-7B v2’를 공개했다. 전작 ‘한돌-Ko-7B v1’도 있다. v1은 라마 3.1 8B를 튜닝한 버전이었다. 함께 올린 ‘한돌-Ko-1B’는 v2를 교사로 삼아 증류한 경량화 버전이다.',
    expect: ['BASED_ON 한돌-Ko-7B v1 -> 라마 3.1 8B', 'BASED_ON 한돌-Ko-1B -> 한돌-Ko-7B v2'],
    noNodes: ['Model:v1', 'Model:v2'],
  },
  {
    cat: 'coref.variant-word',
    // two models end in the same word: the word alone names neither
    text: '바다랩은 이날 ‘바다온 2 미니’를 공개했다. 바다온 2 미니는 ‘바다온 2’를 줄인 모델이다. 누리랩은 ‘누리온 5 미니’를 공개했다. 누리온 5 미니는 ‘누리온 5’를 줄였다. 미니는 본 모델을 교사 모델로 삼아 지식 증류로 만들었다.',
    absent: ['BASED_ON 바다온 2 미니 -> 바다온 2', 'BASED_ON 누리온 5 미니 -> 누리온 5'],
  },
  // a leaderboard's decimal score without 점, the leaderboard named in an earlier sentence
  {
    cat: 'coref.leaderboard-decimal',
    text: '웨이츠앤바이어시스가 운영하는 호랑이 리더보드의 12월 결과가 나왔다. 새로 이름을 올린 하람AI의 언어모델 ‘하람 LM 3’은 종합 점수 0.774를 받아 4위에 자리했다. 바로AI의 ‘바로-K 32B’는 0.731로 7위였다.',
    expect: ['SCORED 하람 LM 3 -> 호랑이 리더보드', 'SCORED 바로-K 32B -> 호랑이 리더보드'],
    edgeProps: ['SCORED 하람 LM 3 -> 호랑이 리더보드 score=0.774', 'SCORED 바로-K 32B -> 호랑이 리더보드 score=0.731'],
  },
  {
    cat: 'coref.leaderboard-decimal',
    // a decimal that is no score
    text: '웨이츠앤바이어시스가 운영하는 호랑이 리더보드의 12월 결과가 나왔다. 하람AI의 언어모델 ‘하람 LM 3’은 추론 비용을 0.35배로 줄였다. 바로AI의 ‘바로-K 32B’는 응답 시간이 0.42초로 짧았다.',
    absent: ['SCORED 하람 LM 3 -> 호랑이 리더보드', 'SCORED 바로-K 32B -> 호랑이 리더보드'],
    nodes: ['Model:하람 LM 3', 'Model:바로-K 32B'],
  },
  // a successor introduced on its own ("후속작 'B'") succeeds the model of its brand the sentence before named
  {
    cat: 'coref.successor-previous',
    text: '하람AI는 지난 3월 첫 모델 ‘하람 LM 1’을 내놨다. 이어 이달 초 후속작 ‘하람 LM 2’를 선보였다.',
    expect: ['SUCCEEDS 하람 LM 2 -> 하람 LM 1'],
  },
  {
    cat: 'coref.successor-previous',
    text: '하람AI의 주력 모델 ‘하람-코드 14B’는 알리바바의 Qwen3-14B를 파인튜닝한 모델이다. 회사는 지난달 후속 모델 ‘하람-코드 2’를 내놨다.',
    expect: ['SUCCEEDS 하람-코드 2 -> 하람-코드 14B'],
    absent: ['SUCCEEDS 하람-코드 2 -> Qwen3-14B'],
  },
  {
    cat: 'coref.successor-previous',
    // another brand before: no predecessor
    text: '바로AI는 지난 3월 ‘바로 LM 1’을 내놨다. 하람AI는 이달 후속작 ‘하람 LM 2’를 선보였다.',
    absent: ['SUCCEEDS 하람 LM 2 -> 바로 LM 1'],
    nodes: ['Model:바로 LM 1', 'Model:하람 LM 2'],
  },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});
