/**
 * Generalisation rows for set 112's second round: a model called a from-scratch model as the object of
 * "…라고 강조했다" while another model is the article's focus, a base named by the family word a company's
 * edition is named after, a transliteration of a company's name. Every row is a short article written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/parse/index.js';
import { extractArticle } from '../../src/pipeline/index.js';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // "A는 X를 처음부터 … 학습한 '프롬 스크래치' 모델이라고 강조한다": the object is the model so called, not the article's focus
  {
    cat: 'property.from-scratch-called',
    text: "가온AI는 '누리 2.0'을 공개했다. 누리 2.0은 사무용 모델이다.\n\n다온테크는 '바다 3'을 출시했다. 다온테크는 바다 3의 성능을 강조했다. 다온테크는 바다 3을 공공 시장에 공급한다.\n\n가온AI는 누리 2.0을 처음부터 자체 데이터로 학습한 '프롬 스크래치' 모델이라고 강조한다.",
    props: ['누리 2.0=fromScratch:true'],
  },
  {
    cat: 'property.from-scratch-called',
    text: "다온테크는 '바다 3'을 출시했다. 다온테크는 바다 3의 성능을 강조했다. 다온테크는 바다 3을 공공 시장에 공급한다.\n\n한편 가람랩스는 '별빛 1'을 사전학습부터 직접 진행한 프롬 스크래치 모델로 소개했다.",
    props: ['별빛 1=fromScratch:true'],
  },
  // "X에 … 추가 학습한 'A사 전용 X'": the base is the family the edition is named after, not the one version of it the article names
  {
    cat: 'families.edition-named-after-family',
    text: "카카오는 추론 모델 '카나나 씽크'를 공개했다. 카나나 씽크는 점수가 높았다.\n\n신한은행은 카카오와 손잡고 카나나에 금융 데이터를 추가 학습한 '신한은행 전용 카나나'를 만들었다.",
    expect: ['BASED_ON 신한은행 전용 카나나 -> 카나나', 'DEVELOPED 신한은행 -> 신한은행 전용 카나나'],
    absent: ['BASED_ON 신한은행 전용 카나나 -> 카나나 씽크'],
    nodes: ['Model:카나나'],
  },
  // (a family word with no edition named after it, beside a relation, is still the article's one version)
  {
    cat: 'families.edition-named-after-family',
    text: "카카오는 추론 모델 '카나나 씽크'를 공개했다. 카나나 씽크는 점수가 높았다.\n\n신한은행은 카나나에 금융 데이터를 추가 학습한 '별빛 상담봇'을 만들었다.",
    absent: ['BASED_ON 별빛 상담봇 -> 카나나'],
  },
  // Weights & Biases in its Korean spellings is one company
  {
    cat: 'gazetteer.transliteration',
    text: "미국 AI 개발 플랫폼 기업 웨이트앤바이어스(W&B)가 운영하는 평가에서 '누리 2'는 1위에 올랐다. W&B는 순위만 공개했다.",
    nodes: ['Company:W&B'],
    sameNode: ['W&B=웨이트앤바이어스'],
  },
  // "X는 Y가 이끄는 컨소시엄의 일원으로": X partners with Y, not with the consortium the paragraph named first
  {
    cat: 'partners.member-of-led-consortium',
    text: "정부 사업 참여도 갈린다. 네이버클라우드 컨소시엄은 과학기술정보통신부의 '독자 AI 파운데이션 모델 프로젝트' 2차 평가를 통과했고, 카카오는 이 사업에 지원하지 않았다. 코난테크놀로지는 업스테이지가 이끄는 컨소시엄의 일원으로 프로젝트에 참여하고 있다.",
    expect: ['PARTNERS_WITH 업스테이지 -> 코난테크놀로지', 'PARTICIPATES_IN 코난테크놀로지 -> 독자 AI 파운데이션 모델 프로젝트', 'PARTICIPATES_IN 업스테이지 -> 독자 AI 파운데이션 모델 프로젝트'],
    absent: ['PARTNERS_WITH 네이버클라우드 -> 코난테크놀로지', 'PARTNERS_WITH 네이버클라우드 -> 업스테이지'],
  },
  {
    cat: 'partners.member-of-led-consortium',
    text: '솔트룩스는 올해 KT가 주도하는 컨소시엄에 합류했다.',
    expect: ['PARTNERS_WITH KT -> 솔트룩스'],
  },
  {
    cat: 'partners.member-of-led-consortium',
    text: '솔트룩스는 KT가 주도하는 컨소시엄에 합류하지 않았다.',
    absent: ['PARTNERS_WITH KT -> 솔트룩스'],
  },
  // "X의 Y는 …. 회사 측은 "…"": a sentence opening on 회사 측 right after one about a company's model is that company's word
  {
    cat: 'references.company-side-after-topic-owner',
    text: "카카오는 '카나나 2'를 공개했다. KT는 믿:음 2.0을 내놨다.\n\n업스테이지의 솔라 프로 2는 다른 회사 모델을 활용한 경우다. 회사 측은 \"큐웬3에 금융 데이터를 추가 학습해 솔라 프로 2를 만들었다\"고 밝혔다.",
    expect: ['DEVELOPED 업스테이지 -> 솔라 프로 2', 'BASED_ON 솔라 프로 2 -> 큐웬3'],
    absent: ['DEVELOPED 카카오 -> 솔라 프로 2', 'DEVELOPED KT -> 솔라 프로 2'],
  },
  {
    cat: 'references.company-side-after-topic-owner',
    text: "카카오는 '카나나 2'를 공개했다. 업스테이지의 새 모델 '솔라 프로 2'가 눈길을 끈다. 회사 측은 \"솔라 프로 2를 처음부터 직접 개발했다\"고 밝혔다.",
    expect: ['DEVELOPED 업스테이지 -> 솔라 프로 2'],
    absent: ['DEVELOPED 카카오 -> 솔라 프로 2'],
  },
  // two quotations joined by "…"며 "…"": the second's topic is what its base is for, not the first's
  {
    cat: 'clauses.quoted-topic-per-quotation',
    text: "KT는 '믿:음 3.0'과 구글과 손잡고 만든 'KT 전용 제미나이 2.5'를 함께 운영한다.\n\n김하늘 KT 상무는 \"믿:음 3.0은 믿:음 2.0을 잇는 모델로, 처음부터 KT 데이터로 학습했다\"며 \"KT 전용 제미나이 2.5는 구글의 제미나이 2.5를 기반으로 한국어 데이터를 추가 학습한 것\"이라고 설명했다.",
    expect: ['BASED_ON KT 전용 제미나이 2.5 -> 제미나이 2.5'],
    absent: ['BASED_ON 믿:음 3.0 -> 제미나이 2.5'],
  },
  {
    cat: 'clauses.quoted-topic-per-quotation',
    text: "박서준 대표는 \"누리 2는 자체 데이터로만 만들었다\"고 말한 뒤 \"누리 2 미니는 큐웬3를 바탕으로 경량화한 모델\"이라고 덧붙였다.",
    expect: ['BASED_ON 누리 2 미니 -> 큐웬3'],
    absent: ['BASED_ON 누리 2 -> 큐웬3'],
  },
  // (one quotation, one topic: the base still goes to it)
  {
    cat: 'clauses.quoted-topic-per-quotation',
    text: "박서준 대표는 \"누리 2는 큐웬3를 바탕으로 한국어 데이터를 추가 학습한 것\"이라고 말했다.",
    expect: ['BASED_ON 누리 2 -> 큐웬3'],
  },
  // "MS의 GPT-4o" (a company serving it) beside its maker named in the article: the maker develops it too
  {
    cat: 'developed.family-maker-beside-possessive',
    text: "KT는 'KT 전용 GPT-4o'를 운영한다. KT 전용 GPT-4o는 MS의 GPT-4o를 기반으로 추가 학습했다. 업계에서는 원천 모델이 오픈AI의 것이라고 본다.",
    expect: ['DEVELOPED 오픈AI -> GPT-4o', 'BASED_ON KT 전용 GPT-4o -> GPT-4o'],
  },
  // (a maker the article does not name is not added)
  {
    cat: 'developed.family-maker-beside-possessive',
    text: "KT는 'KT 전용 GPT-4o'를 운영한다. KT 전용 GPT-4o는 MS의 GPT-4o를 기반으로 추가 학습했다.",
    absent: ['DEVELOPED 오픈AI -> GPT-4o'],
  },
  // "원본인 Y와 같은 320억 개 파라미터": the model the count is the same as has it too
  {
    cat: 'property.parameters-same-as',
    text: "가온AI는 '누리 2 for Law'를 출시했다. 누리 2 for Law는 가온AI의 범용 모델 '누리 2'에 판례를 추가 학습한 모델이다.\n\n가온AI는 \"누리 2 for Law는 원본인 누리 2와 같은 320억 개 파라미터 규모를 유지하면서 정확도를 높였다\"고 설명했다.",
    props: ['누리 2=parameters:32000000000', '누리 2 for Law=parameters:32000000000'],
  },
  {
    cat: 'property.parameters-same-as',
    text: '바다 3 미니는 바다 3과 동일한 70억 개 매개변수를 쓴다.',
    props: ['바다 3=parameters:7000000000', '바다 3 미니=parameters:7000000000'],
  },
  // "X 본 모델(70.2점)": the score in parentheses is X's (the main model of its line), on the benchmark the sentences before hold
  {
    cat: 'scored.paren-main-model',
    text: "카카오는 '카나나 2'를 공개했다. 카카오에 따르면 카나나 2는 한국어 평가 'KMMLU'에서 83.1점을 받았다. 카나나 2 나노는 같은 벤치마크에서 71.6점을 기록했다. 이 리더는 \"나노 모델이 지난해 카나나 1.5 본 모델(70.2점)보다 높은 점수를 냈다는 데 의미가 있다\"고 말했다.",
    expect: ['SCORED 카나나 1.5 -> KMMLU', 'SCORED 카나나 2 나노 -> KMMLU'],
    edgeProps: ['SCORED 카나나 1.5 -> KMMLU score=70.2', 'SCORED 카나나 2 -> KMMLU score=83.1'],
  },
  // (a bare "본 모델" still points to the main model the variants vary)
  {
    cat: 'scored.paren-main-model',
    text: "카카오는 '카나나 2'와 '카나나 2 나노'를 공개했다. KMMLU에서 본 모델은 83.1점, 나노는 71.6점을 받았다.",
    expect: ['SCORED 카나나 2 -> KMMLU'],
    edgeProps: ['SCORED 카나나 2 -> KMMLU score=83.1'],
  },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});

/** Headline rows: the page's own title, then its body; model nodes that must and must not exist. */
const headlines: { cat: string; title: string; body: string; nodes: string[]; noNodes: string[] }[] = [
  // a headline's list of short names: a family word there is shorthand for the versions the body names
  {
    cat: 'families.headline-list',
    title: "엑사원·카나나·솔라…올해 국산 모델 총정리",
    body: "LG AI연구원은 '엑사원 3.5'에 이어 '엑사원 4.0'을 공개했다. 카카오는 '카나나 1.0'에 이어 '카나나 1.5'를 내놨고, 업스테이지는 '솔라 프로 2'를 선보였다.",
    nodes: ['엑사원 3.5', '엑사원 4.0', '카나나 1.5', '솔라 프로 2'],
    noNodes: ['엑사원', '카나나', '솔라'],
  },
  // (a family the body names no version of stays a model of its own)
  {
    cat: 'families.headline-list',
    title: "엑사원·카나나…국산 모델 경쟁",
    body: "LG AI연구원은 '엑사원 3.5'에 이어 '엑사원 4.0'을 공개했다. 카카오도 새 모델을 준비 중이다.",
    nodes: ['엑사원 4.0', '카나나'],
    noNodes: ['엑사원'],
  },
];

describe.each(headlines.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.title, () => {
    const g = extractArticle(parseText(`${row.title}\n\n${row.body}`, { source: 'test.txt', publishedAt: '2025-07-14' }));
    const models = g.nodes.filter((n) => n.type === 'Model').map((n) => n.name);
    for (const n of row.nodes) expect(models).toContain(n);
    for (const n of row.noNodes) expect(models).not.toContain(n);
  });
});
