/**
 * Generalisation rows for phrasings met in blind set 157 (lineage reports in Korean and English: which base each model
 * started from): a table whose "Method"/"학습 방식" column says how each row's model was made and a base cell joining two
 * models by "+"; a rumoured base the article answers by finding the model built from scratch; a relative clause on the
 * bare word for a model ("X는 B가 Y를 미세조정한 모델이다"); English derivations ("upscaled from", "a continued
 * pre-training of", "built on A and distilled from B", merges) and releases; a size with 모델 standing for the article's
 * other model of that size; a variant word's Latin gloss. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const LINEAGE_TABLE = [
  '모델 | 개발사 | 파라미터 | Base model | Method | KoBEST',
  '하람 12B | 도림소프트 | 12B | Qwen2.5-14B | fine-tuned | 61.5',
  '새솔 3B | 한빛에이아이 | 3B | - | from scratch | 48.2',
].join('\n\n');

const rows: FactRow[] = [
  // a method column between the base and the benchmark columns is a remark on the row's model: the scores still read
  {
    cat: 'table.method-column',
    text: `국내 모델의 출발점을 정리했다.\n\n${LINEAGE_TABLE}`,
    expect: ['BASED_ON 하람 12B -> Qwen2.5-14B', 'DEVELOPED 도림소프트 -> 하람 12B'],
    edgeProps: ['SCORED 하람 12B -> KoBEST score=61.5', 'SCORED 새솔 3B -> KoBEST score=48.2'],
    props: ['새솔 3B=fromScratch:true', '하람 12B=parameters:12000000000'],
  },
  // … in Korean too ("학습 방식 | 처음부터 학습" says nothing of a base; "프롬 스크래치" says from scratch)
  {
    cat: 'table.method-column',
    text: `모델 | 개발사 | 기반 모델 | 학습 방식 | KoBEST\n\n새솔 3B | 한빛에이아이 | - | 프롬 스크래치 | 48.2\n\n하람 12B | 도림소프트 | Qwen2.5-14B | 미세조정 | 61.5`,
    expect: ['BASED_ON 하람 12B -> Qwen2.5-14B'],
    absent: ['BASED_ON 새솔 3B -> Qwen2.5-14B'],
    edgeProps: ['SCORED 새솔 3B -> KoBEST score=48.2'],
    props: ['새솔 3B=fromScratch:true'],
  },
  // a base cell that joins two models the article names with "+" (a merge) gives both bases
  {
    cat: 'table.plus-bases',
    text: `도림소프트는 Qwen2.5-14B를 지시어 튜닝해 '하람-Chat 14B'를 만들었다.\n\n모델 | 개발사 | Base model | Method\n\n하람-Mix 14B | 도림소프트 | Qwen2.5-14B + 하람-Chat 14B | merged\n\n하람-Lite 3B | 도림소프트 | 하람-Mix 14B | distilled`,
    expect: ['BASED_ON 하람-Mix 14B -> Qwen2.5-14B', 'BASED_ON 하람-Mix 14B -> 하람-Chat 14B', 'BASED_ON 하람-Lite 3B -> 하람-Mix 14B'],
  },
  // … not a training step after "+": the step is no base
  {
    cat: 'table.plus-bases',
    text: `모델 | 개발사 | 기반 모델 | 파라미터\n\n하람 12B | 도림소프트 | Qwen2.5-14B + 강화학습 | 12B\n\n새솔 3B | 한빛에이아이 | Llama 3.2 3B + 한국어 튜닝 | 3B`,
    expect: ['BASED_ON 하람 12B -> Qwen2.5-14B', 'BASED_ON 새솔 3B -> Llama 3.2 3B'],
    noNodes: ['Model:강화학습', 'Model:한국어 튜닝'],
  },
  // a rumoured base ("…기반이라는 추정도 나왔지만 … 사실무근") is disputed; where the article finds the model built from scratch, it goes
  {
    cat: 'dispute.rumour-answered-by-scratch',
    text: `모델 | 개발사 | 기반 모델 | 학습 방식\n\n새솔 9B | 한빛에이아이 | - | from scratch\n\n일부에서는 새솔 9B가 메타의 Llama 3.1 8B 기반이라는 추정도 나왔지만, 한빛에이아이는 "사실무근"이라고 밝혔다.`,
    absent: ['BASED_ON 새솔 9B -> Llama 3.1 8B'],
    props: ['새솔 9B=fromScratch:true'],
  },
  // … a rumour answered by a denial alone stays a disputed base
  {
    cat: 'dispute.rumour-answered-by-scratch',
    text: '일부에서는 한빛에이아이의 새솔 9B가 메타의 Llama 3.1 8B 기반이라는 추정도 나왔지만, 한빛에이아이는 "사실무근"이라고 밝혔다.',
    edgeProps: ['BASED_ON 새솔 9B -> Llama 3.1 8B status=disputed'],
  },
  // "X는/역시 (B가) Y를 미세조정한 모델이다/이어서": the relative clause on the bare word for a model is the topic's — Y its base, B its maker
  {
    cat: 'clause.generic-head-copula',
    text: '하람 7B 역시 도림소프트가 Llama 3.1 8B를 법률 데이터로 미세조정한 모델이어서, 두 모델은 토크나이저가 같다.',
    expect: ['BASED_ON 하람 7B -> Llama 3.1 8B', 'DEVELOPED 도림소프트 -> 하람 7B'],
    absent: ['DEVELOPED 도림소프트 -> Llama 3.1 8B'],
  },
  {
    cat: 'clause.generic-head-copula',
    text: '새솔 3B는 한빛에이아이가 자사 새솔 14B를 증류한 경량 모델이다.',
    expect: ['BASED_ON 새솔 3B -> 새솔 14B', 'DEVELOPED 한빛에이아이 -> 새솔 3B'],
  },
  // … not a comparison, nor a denied head
  {
    cat: 'clause.generic-head-copula',
    text: '하람 7B는 Llama 3.1 8B와 비교한 모델이다.',
    absent: ['BASED_ON 하람 7B -> Llama 3.1 8B'],
  },
  {
    cat: 'clause.generic-head-copula',
    text: '하람 7B는 Llama 3.1 8B를 미세조정한 모델이 아니다.',
    absent: ['BASED_ON 하람 7B -> Llama 3.1 8B'],
  },
  // a glossary entry ending on the noun it defines ("…를 합쳐 새 모델을 만드는 기법.") tells nothing of the company before it
  {
    cat: 'clause.definition-no-carry',
    text: "도림소프트는 지난달 '하람 7B'를 공개했다.\n\n용어 설명\n\n두 개 이상의 모델 가중치를 평균 방식으로 합쳐 새 모델 Llama 3.1 8B를 만드는 기법.",
    absent: ['DEVELOPED 도림소프트 -> Llama 3.1 8B'],
  },
  // … a sentence ending "…되지는 않았다" is no glossary entry: the company before it still applied
  {
    cat: 'clause.definition-no-carry',
    text: "라온딥은 지난해 시리즈A 투자를 유치했다. 앞서 정부의 '독자 AI 파운데이션 모델 프로젝트' 추가 공모에 지원했지만 최종 선정되지는 않았다.",
    expect: ['PARTICIPATES_IN 라온딥 -> 독자 AI 파운데이션 모델 프로젝트'],
  },
  // English: a model "upscaled from" / "pruned from" / "a continued pre-training of" another is built on it
  {
    cat: 'based-on.en-made-over',
    text: 'Dorim Labs released Hara-19B on May 2. Hara-19B was upscaled from Qwen3-14B: engineers stacked extra layers onto it.',
    expect: ['BASED_ON Hara-19B -> Qwen3-14B'],
  },
  {
    cat: 'based-on.en-made-over',
    text: "HARA-40B is a continued pre-training of Alibaba's Qwen3-32B on 2 trillion tokens of Korean text.",
    expect: ['BASED_ON HARA-40B -> Qwen3-32B'],
  },
  {
    cat: 'based-on.en-made-over',
    text: 'Dorim Labs said Hara-19B was compared with Qwen3-14B, not trained on its weights.',
    absent: ['BASED_ON Hara-19B -> Qwen3-14B'],
  },
  // "X is built on top of A and distilled from B": both are X's bases, A none of B's
  {
    cat: 'based-on.en-and-second',
    text: 'Hara-3B is built on top of Llama 3.2 3B and distilled from Hara-19B using logit distillation.',
    expect: ['BASED_ON Hara-3B -> Llama 3.2 3B', 'BASED_ON Hara-3B -> Hara-19B'],
    absent: ['BASED_ON Llama 3.2 3B -> Hara-19B'],
  },
  {
    cat: 'based-on.en-and-second',
    text: 'Hara-19B was built on Qwen3-14B and compared with Llama 3.1 8B.',
    expect: ['BASED_ON Hara-19B -> Qwen3-14B'],
    absent: ['BASED_ON Hara-19B -> Llama 3.1 8B', 'BASED_ON Qwen3-14B -> Llama 3.1 8B'],
  },
  // English releases: "today announced the general availability of X", "also previewed X", "X, …, which C released in …"
  {
    cat: 'developed.en-announced-availability',
    text: 'Dorim Labs Inc. (도림랩스), a Busan-based maker of speech models, today announced the general availability of HARA-40B, a 40-billion-parameter model.',
    expect: ['DEVELOPED Dorim Labs Inc. -> HARA-40B'],
  },
  {
    cat: 'developed.en-announced-availability',
    text: 'Dorim Labs also previewed HARA-4B, a small model for phones.',
    expect: ['DEVELOPED Dorim Labs -> HARA-4B'],
  },
  {
    cat: 'developed.en-announced-availability',
    text: 'Dorim Labs today announced a partnership with Gaon Soft on HARA-40B.',
    absent: ['DEVELOPED Dorim Labs -> HARA-40B'],
  },
  {
    cat: 'developed.en-which-company-released',
    text: "HARA-40B succeeds HARA-1, the company's first model, which Dorim Labs released in March 2026.",
    expect: ['DEVELOPED Dorim Labs -> HARA-1'],
  },
  {
    cat: 'developed.en-which-company-released',
    text: 'HARA-1, a model which Dorim Labs compared against, trails HARA-40B.',
    absent: ['DEVELOPED Dorim Labs -> HARA-1'],
  },
  // "X, a … fine-tune of Y published by the data-labelling company NAME": NAME is a company (by its kind word) and made X, not Y
  {
    cat: 'developed.en-appositive-by',
    text: 'Dorim Labs merged two checkpoints, one of them Hara-Law-12B, a legal fine-tune of Gemma 3 12B published by the translation company Sonamu Data.',
    nodes: ['Company:Sonamu Data'],
    expect: ['DEVELOPED Sonamu Data -> Hara-Law-12B', 'BASED_ON Hara-Law-12B -> Gemma 3 12B'],
    absent: ['DEVELOPED Sonamu Data -> Gemma 3 12B'],
  },
  {
    cat: 'developed.en-appositive-by',
    text: 'Hara-Law-12B, a legal model praised by the consulting firm Sonamu Partners, tops the board.',
    absent: ['DEVELOPED Sonamu Partners -> Hara-Law-12B'],
  },
  // "C' co-founder NAME dismissed …": a plural company's possessive, a lower-case founder title, then the name
  {
    cat: 'works-for.en-company-title-name',
    text: "Gaon Works, a four-person startup in Daegu, released Hara-12B. Gaon Works' co-founder Lee Seo-jun dismissed claims that the model copies another.",
    edgeProps: ['WORKS_FOR Lee Seo-jun -> Gaon Works title=co-founder'],
  },
  // English merges: "built X by averaging the weights of two checkpoints: A and B", "X is a merge of A and B"
  {
    cat: 'based-on.en-merged-by',
    text: "Dorim Labs built Hara-Mix-12B by averaging the weights of two checkpoints: Google's Gemma 3 12B and Hara-Chat-12B.",
    expect: ['BASED_ON Hara-Mix-12B -> Gemma 3 12B', 'BASED_ON Hara-Mix-12B -> Hara-Chat-12B'],
  },
  {
    cat: 'based-on.en-merged-by',
    text: 'Hara-Mix-12B is a merge of Qwen3-14B and Hara-Chat-14B.',
    expect: ['BASED_ON Hara-Mix-12B -> Qwen3-14B', 'BASED_ON Hara-Mix-12B -> Hara-Chat-14B'],
  },
  {
    cat: 'based-on.en-merged-by',
    text: 'Dorim Labs built Hara-Mix-12B after comparing the weights of Gemma 3 12B and Hara-Chat-12B.',
    absent: ['BASED_ON Hara-Mix-12B -> Gemma 3 12B', 'BASED_ON Hara-Mix-12B -> Hara-Chat-12B'],
  },
  // … nor does "and was pruned and distilled from Z" after a which-clause make the clause's model Z's derivative
  {
    cat: 'based-on.en-and-second',
    text: 'The 14-billion-parameter model Nara-14B is an upgrade of Nara-32B, which the company opened last year, and was pruned and distilled from the larger Nara-X model.',
    absent: ['BASED_ON Nara-32B -> Nara-X'],
  },
  // … and a model "jointly developed by A and B" is not A's alone by the apposition rule
  {
    cat: 'developed.en-appositive-by',
    text: 'The paper presents LexKo-2.1B, a legal-domain small language model jointly developed by Kakao and Hanyang University.',
    absent: ['DEVELOPED Kakao -> LexKo-2.1B'],
  },
  // "3B 모델은 메타의 'Y 3B'를 뼈대로 삼고": the size with 모델 is the article's other 3B model, not Y itself nor the model in focus
  {
    cat: 'versions.size-before-own-sized-model',
    text: "도림소프트가 코딩 모델 '하람 14B'와 경량 모델 '하람 3B'를 공개했다.\n\n하람 14B는 알리바바의 'Qwen3-14B'를 미세조정한 모델이다. 3B 모델은 메타의 '라마 3.2 3B'를 뼈대로 삼고 증류 방식으로 만들어졌다.",
    expect: ['BASED_ON 하람 3B -> 라마 3.2 3B', 'BASED_ON 하람 14B -> Qwen3-14B'],
    absent: ['BASED_ON 하람 14B -> 라마 3.2 3B'],
  },
  // "'X 4.0 라이트(Light)'": the Latin gloss of the last variant word gives the whole name so spelt
  {
    cat: 'aliases.variant-gloss',
    text: "도림소프트는 경량 모델 '하람 4.0 라이트(Light)'를 공개했다.",
    sameNode: ['하람 4.0 라이트=하람 4.0 Light'],
  },
  // a generic word quoted with its English gloss ("‘베이스(base model)’", "‘프롬 스크래치(from scratch)’") names no model
  {
    cat: 'discovery.quoted-generic-gloss',
    text: "상당수 기업이 해외 오픈소스 모델을 ‘베이스(base model)’로 삼았다. 이른바 ‘프롬 스크래치(from scratch)’ 모델은 두 종뿐이었다.",
    noNodes: ['Model:베이스', 'Model:프롬 스크래치'],
  },
  // … a quoted name with a gloss still is one
  {
    cat: 'discovery.quoted-generic-gloss',
    text: "도림소프트는 ‘하람 코더(Haram Coder)’를 공개했다.",
    nodes: ['Model:하람 코더'],
  },
];

describe('set 157 phrasings, in other words', () => {
  for (const row of rows) it(row.cat, () => checkFactRow(row));
});
