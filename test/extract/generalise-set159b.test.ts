/**
 * Generalisation rows for the second round on held-out set 159: a versioned model's bare stem that a sentence defines as a
 * model ("X는 A가 … 개발한 모델이다") is the line's earlier model; "두 모델은 각각 A와 B의 후속" pairs a counted group with the
 * models it succeeds respectively; a base claim someone quoted calls untrue in its own sentence ("\"Y를 기반으로 했다는
 * 이야기는 사실이 아니다\"라며") is no base; a quoted name in apposition to a platform ("플랫폼 'X'") is no model;
 * "(programme)은 NAME 장관이 … 발표한 것" promotes it; "X 대표는 Y TITLE이었던 NAME 전무가 맡는다" fills X's post; a company
 * that takes over a model's development ("Y를 넘겨받아 개발을 이어간다", "Y의 개발은 … X가 이어받았다"), a company's unit that
 * built it ("X 음성사업부가 개발한 Y"), a company that renames it ("X는 'A'의 이름을 'B'로 바꿨다"), a co-developer in a
 * definition ("Y는 A가 B와 함께 … 개발한 모델이다") and a company's former self ("X 시절 내놓은 Y") give developers;
 * "N억 파라미터의 X 라이트" names a model; "A에서 후속작 B로 교체했다" and "… 후속 모델 'B'를 구축했으며, A는 …" (A named
 * in the sentence before) make B succeed A; a sentence opening on a counted group ("둘 다 …") says nothing of the model in
 * focus.
 * Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // a stem defined as a model by a copula: its own model, which the versioned name succeeds
  {
    cat: 'names.stem-defined-as-model',
    text: "다온소프트는 사내 챗봇용 'Lumo Q'도 새로 손본다. Lumo Q는 다온소프트가 메타의 Llama 3.1 8B를 기반으로 개발한 상담용 모델이다. 회사는 내년 후속 모델 'Lumo Q 2'를 공개할 예정이다.",
    nodes: ['Model:Lumo Q', 'Model:Lumo Q 2'],
    expect: ['DEVELOPED 다온소프트 -> Lumo Q', 'BASED_ON Lumo Q -> Llama 3.1 8B', 'SUCCEEDS Lumo Q 2 -> Lumo Q'],
  },
  // the stem as the topic of a sentence about something else (a service) stays no model
  {
    cat: 'names.stem-defined-as-model',
    text: "다온소프트는 내년 새 모델 'Lumo Q 2'를 공개한다. Lumo Q는 다온소프트가 운영하는 고객 상담 서비스다.",
    nodes: ['Model:Lumo Q 2'],
    noNodes: ['Model:Lumo Q'],
  },
  // a counted group said to succeed two listed models respectively: pairwise, a shared variant word first
  {
    cat: 'succeeds.group-respectively',
    text: "누리소프트가 새 언어모델 '가람 5 맥스'와 '가람 5 라이트'를 공개했다. 맥스는 사내 서버에서, 라이트는 노트북에서 돌아간다. 두 모델은 각각 '가람 4 라이트'와 '가람 4 플러스'의 후속 모델이다.",
    expect: ['SUCCEEDS 가람 5 라이트 -> 가람 4 라이트', 'SUCCEEDS 가람 5 맥스 -> 가람 4 플러스'],
    absent: ['SUCCEEDS 가람 5 맥스 -> 가람 4 라이트', 'SUCCEEDS 가람 5 라이트 -> 가람 4 플러스'],
  },
  // no shared word: the order both are written in
  {
    cat: 'succeeds.group-respectively',
    text: "누리소프트가 새 언어모델 '가람 5 맥스'와 '가람 5 에어'를 공개했다. 두 모델은 각각 '가람 4 울트라'와 '가람 4 라이트'의 후속 모델이다.",
    expect: ['SUCCEEDS 가람 5 맥스 -> 가람 4 울트라', 'SUCCEEDS 가람 5 에어 -> 가람 4 라이트'],
    absent: ['SUCCEEDS 가람 5 맥스 -> 가람 4 라이트', 'SUCCEEDS 가람 5 에어 -> 가람 4 울트라'],
  },
  // without 각각 the pairs are not read (both succeed one model only where one is named)
  {
    cat: 'succeeds.group-respectively',
    text: "누리소프트가 새 언어모델 '가람 5 맥스'와 '가람 5 에어'를 공개했다. 두 모델은 '가람 4 울트라'와 '가람 4 라이트'를 대체한다.",
    absent: ['SUCCEEDS 가람 5 맥스 -> 가람 4 울트라', 'SUCCEEDS 가람 5 에어 -> 가람 4 라이트'],
  },
  // a base claim its own sentence calls untrue right after it: no base, not even a disputed one
  {
    cat: 'based-on.claim-called-untrue',
    text: "다온소프트가 새 모델 '가람 5'를 공개했다. 김하늘 연구소장은 \"가람 5가 메타의 Llama 3.1 70B를 기반으로 했다는 이야기는 사실이 아니다\"라고 말했다.",
    absent: ['BASED_ON 가람 5 -> Llama 3.1 70B'],
  },
  {
    cat: 'based-on.claim-called-untrue',
    text: "다온소프트가 새 모델 '가람 5'를 공개했다. 다온소프트는 \"가람 5는 처음부터 자체 학습한 모델로, Qwen3-14B 기반이라는 주장은 사실무근\"이라고 반박했다.",
    absent: ['BASED_ON 가람 5 -> Qwen3-14B'],
  },
  // a base stated as a fact stays
  {
    cat: 'based-on.claim-called-untrue',
    text: "다온소프트가 새 모델 '가람 5'를 공개했다. 가람 5는 메타의 Llama 3.1 70B를 기반으로 개발됐다.",
    expect: ['BASED_ON 가람 5 -> Llama 3.1 70B'],
  },
  // a quoted name in apposition to a platform is that platform, even where it reads as a model line and a variant word
  {
    cat: 'names.platform-named',
    text: "카카오가 새 언어모델 '카나나 3'을 공개했다. 이 모델은 기업용 플랫폼 '카나나 엔터프라이즈'로만 제공된다.",
    nodes: ['Model:카나나 3'],
    noNodes: ['Model:카나나 엔터프라이즈'],
  },
  // the same words after a model word stay a model
  {
    cat: 'names.platform-named',
    text: "카카오가 새 언어모델 '카나나 3'과 기업용 모델 '카나나 엔터프라이즈'를 공개했다.",
    nodes: ['Model:카나나 3', 'Model:카나나 엔터프라이즈'],
  },
  // a programme as the topic, an official as the subject who announced it
  {
    cat: 'promotes.policy-announced-by',
    text: "과기정통부는 내년부터 후속 사업인 'AI 반도체 실증 2단계 사업'을 추진한다. AI 반도체 실증 2단계 사업은 김도윤 과학기술정보통신부 장관이 지난 5월 3일 '디지털 전략 보고회'에서 직접 발표한 것으로, 예산은 1단계보다 늘었다.",
    expect: ['PROMOTES 김도윤 -> AI 반도체 실증 2단계 사업'],
  },
  {
    cat: 'promotes.policy-announced-by',
    text: "산업부는 'K-로봇 실증 지원사업'을 새로 연다. K-로봇 실증 지원사업은 한서진 산업통상자원부 산업정책실장이 지난달 기업 설명회에서 발표했으며, 공고는 내년 1월에 나온다.",
    expect: ['PROMOTES 한서진 -> K-로봇 실증 지원사업'],
  },
  // an official who only attended, announcing nothing
  {
    cat: 'promotes.policy-announced-by',
    text: "산업부는 'K-로봇 실증 지원사업'을 새로 연다. K-로봇 실증 지원사업은 한서진 산업통상자원부 산업정책실장이 참석한 가운데 설명회를 열었다.",
    absent: ['PROMOTES 한서진 -> K-로봇 실증 지원사업'],
  },
  // a post at a company filled by someone described by a past role at another company: the post's company employs them
  {
    cat: 'works-for.post-filled-former-role',
    text: "누리소프트는 음성 사업부를 떼어내 신설법인 '누리보이스'를 세운다. 누리보이스 대표는 누리소프트 연구소장이었던 김하준 전무가 맡는다.",
    expect: ['WORKS_FOR 김하준 -> 누리보이스'],
    edgeProps: ['WORKS_FOR 김하준 -> 누리보이스 title=대표'],
  },
  // the other company, named for the past role, is not where the post is
  {
    cat: 'works-for.post-filled-former-role',
    text: "누리소프트는 음성 사업부를 떼어내 신설법인 '누리보이스'를 세운다. 누리보이스 대표는 누리소프트 연구소장이었던 김하준 전무가 맡는다.",
    absent: ['WORKS_FOR 김하준 -> 누리소프트'],
  },
  // a company that takes over a model's development: its developer too (the unit that built it gives its company)
  {
    cat: 'developed.took-over',
    text: "누리소프트는 음성 사업부를 떼어내 신설법인 '누리보이스'를 세운다. 누리보이스는 누리소프트 음성사업부가 개발한 음성 합성 모델 '누리 보이스 3'를 넘겨받아 개발을 이어간다.",
    expect: ['DEVELOPED 누리보이스 -> 누리 보이스 3', 'DEVELOPED 누리소프트 -> 누리 보이스 3'],
  },
  {
    cat: 'developed.took-over',
    text: "다온랩스의 AI 조직은 지난해 분사해 '다온AI'라는 별도 법인이 됐다. 다온랩스 시절 내놓은 '가람 LM 2.0'의 개발은 분사 뒤 다온AI가 이어받았다.",
    expect: ['DEVELOPED 다온AI -> 가람 LM 2.0'],
  },
  // a company that only uses the model it was handed is no developer
  {
    cat: 'developed.took-over',
    text: "누리소프트가 음성 합성 모델 '누리 보이스 3'를 공개했다. 한빛은행은 누리 보이스 3를 넘겨받아 상담 센터에 쓴다.",
    absent: ['DEVELOPED 한빛은행 -> 누리 보이스 3'],
  },
  // a line word and a variant word right after a size in parameters: a model with that size
  {
    cat: 'names.sized-variant',
    text: "다온소프트는 새 언어모델 두 종을 내놨다. 80억 파라미터의 다온 라이트와 700억 파라미터의 다온 프로는 따로 학습한 별개 모델이다.",
    nodes: ['Model:다온 라이트', 'Model:다온 프로'],
    props: ['다온 라이트=parameters:8000000000', '다온 프로=parameters:70000000000'],
  },
  // a kind of model after the size is no name
  {
    cat: 'names.sized-variant',
    text: "다온소프트는 80억 파라미터의 경량 미니 모델을 따로 만들었다.",
    noNodes: ['Model:경량 미니'],
  },
  // a model replaced by the successor the sentence calls so
  {
    cat: 'succeeds.replaced-by-successor',
    text: "다온소프트는 지난해 챗봇의 기본 모델을 가람 4에서 후속작 가람 5로 교체했다가 이용자 반발에 가람 4를 되살렸다.",
    expect: ['SUCCEEDS 가람 5 -> 가람 4'],
  },
  // a replacement by another line's model is no succession
  {
    cat: 'succeeds.replaced-by-successor',
    text: "다온소프트는 지난해 챗봇의 기본 모델을 가람 4에서 Qwen3-32B로 교체했다.",
    absent: ['SUCCEEDS Qwen3-32B -> 가람 4'],
  },
  // a company that renames a model: the model is its own
  {
    cat: 'developed.renamed-own-model',
    text: "다온소프트는 지난 10월 경량 모델 'Daon Mini 8B'의 이름을 '다온 라이트 2'로 바꿨다. 회사는 이름만 정리한 것이라고 설명했다.",
    expect: ['DEVELOPED 다온소프트 -> Daon Mini 8B'],
  },
  // a model's name merely mentioned, no renaming verb
  {
    cat: 'developed.renamed-own-model',
    text: "다온소프트는 지난 10월 경쟁사 모델 'Daon Mini 8B'의 이름을 광고에서 언급했다.",
    absent: ['DEVELOPED 다온소프트 -> Daon Mini 8B'],
  },
  // a model defined as built by one company together with another: both develop it
  {
    cat: 'developed.copula-co-developer',
    text: "다온소프트가 상담용 모델 '가람 3'를 공개했다. 가람 3는 다온소프트가 누리텔레콤과 함께 메타의 Llama 3.1 8B를 기반으로 개발한 상담용 모델이다.",
    expect: ['DEVELOPED 다온소프트 -> 가람 3', 'DEVELOPED 누리텔레콤 -> 가람 3'],
  },
  // a company the maker only sells with is no developer
  {
    cat: 'developed.copula-co-developer',
    text: "다온소프트가 상담용 모델 '가람 3'를 공개했다. 가람 3는 다온소프트가 누리텔레콤과 함께 판매하는 상담용 모델이다.",
    absent: ['DEVELOPED 누리텔레콤 -> 가람 3'],
  },
  // a successor the sentence introduces, its predecessor (named in the sentence before) named again after it
  {
    cat: 'succeeds.successor-previous-named-again',
    text: "다온랩의 초기 모델 '가온-M'은 메타의 'Llama 3.1 70B'를 기반으로 개발된 것이 맞습니다. 다온랩은 이후 후속 모델 '가온-M2'를 프롬 스크래치로 새로 구축했으며, 가온-M은 지난 10월 서비스를 종료했습니다.",
    expect: ['SUCCEEDS 가온-M2 -> 가온-M'],
    absent: ['SUCCEEDS 가온-M2 -> Llama 3.1 70B'],
  },
  // another line's model named after the successor is no predecessor
  {
    cat: 'succeeds.successor-previous-named-again',
    text: "다온랩의 초기 모델 '가온-M'은 메타의 'Llama 3.1 70B'를 기반으로 개발됐다. 누리소프트는 이후 후속 모델 '누리-X2'를 새로 구축했으며, 가온-M은 지난 10월 서비스를 종료했다.",
    absent: ['SUCCEEDS 누리-X2 -> 가온-M'],
  },
  // a model released under a company's former self ("X 시절 내놓은 Y"): X developed it
  {
    cat: 'developed.released-in-era',
    text: "다온랩스의 AI 조직은 지난해 분사해 '다온AI'라는 별도 법인이 됐다. 다온랩스 시절 내놓은 '가람 LM 2.0'의 개발은 분사 뒤 다온AI가 이어받았다.",
    expect: ['DEVELOPED 다온랩스 -> 가람 LM 2.0', 'DEVELOPED 다온AI -> 가람 LM 2.0'],
  },
  // a sentence about a counted group ("둘 다 …") is not about the model in focus
  {
    cat: 'references.group-not-focus',
    text: "누리소프트가 새 모델 '누리 5'를 공개했다. 한편 다온소프트는 올해 '다온-S'를 '다온-Q'로 바꿨다. 둘 다 다온소프트가 직접 개발한 모델이다.",
    absent: ['DEVELOPED 다온소프트 -> 누리 5'],
  },
  {
    cat: 'references.group-not-focus',
    text: "누리소프트가 새 모델 '누리 5'를 공개했다. 누리소프트가 직접 개발한 모델이다.",
    expect: ['DEVELOPED 누리소프트 -> 누리 5'],
  },
];

describe('set 159 second round: generalised phrasings', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkFactRow(row));
});
