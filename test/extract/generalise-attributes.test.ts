/** Scored model attributes in forms found by probing invented sentences: sizes, release days, open weights, from scratch. */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  {
    // "'Y'(80억 개)": a count in parentheses right after a name is that model's, not the sentence topic's
    cat: 'parameters.paren-after-name',
    text: "모아AI는 거대언어모델 '모아 3'를 출시했다. 모아 3는 70억 매개변수로 메타의 '라마 3'(80억 개)보다 작다.",
    props: ['모아 3=parameters:7000000000', '라마 3=parameters:8000000000'],
  },
  {
    // a count inside the parentheses after a name, behind its English name or a word for parameters, is that model's
    cat: 'parameters.paren-with-gloss',
    text: "다온AI의 주력 모델인 '다온 챗 2'는 가람AI의 '가람 프로'(Garam Pro·매개변수 310억개)에 금융 데이터를 추가 학습한 뒤 220억개 규모로 경량화한 모델이다.",
    props: ['가람 프로=parameters:31000000000', '다온 챗 2=parameters:22000000000'],
  },
  {
    cat: 'parameters.paren-in-bullet-list',
    text: "누리AI가 이번에 선보인 라인업은 ▲플래그십 모델 '누리 3'(매개변수 650억 개) ▲중형 모델 '누리 3 에센스'(150억 개) 등 2종이다.",
    props: ['누리 3=parameters:65000000000', '누리 3 에센스=parameters:15000000000'],
  },
  {
    // a model whose name gives a size takes no count far from it; a near one (the exact count) still wins
    cat: 'parameters.name-size-contradicted',
    text: "별빛AI는 새 모델 '별빛 2'를 공개했다. 매개변수 140억 개(14B)의 기본 모델과 17억 개(1.7B)의 경량 모델 '별빛 2 1.7B' 등 두 가지로 구성됐다.",
    props: ['별빛 2 1.7B=parameters:1700000000'],
  },
  {
    cat: 'parameters.name-size-of-base-variant',
    text: "국내 스타트업 한빛랩스는 Hanbit-70B 라이트를 소개했다. 자사 Hanbit-70B의 구조를 이어받되 층을 절반으로 줄인 모델로, 파라미터는 약 350억 개다.",
    props: ['Hanbit-70B 라이트=parameters:35000000000'],
  },
  {
    cat: 'parameters.name-size-refined',
    text: "별빛AI는 새 모델 'Byeol-30B-A3B'를 공개했다. 실제 매개변수는 305억 개다.",
    props: ['Byeol-30B-A3B=parameters:30500000000'],
  },
  {
    // "N 규모로 Y와 비교된다": a count the predicate takes with 로 modifies no model after it
    cat: 'parameters.adverbial-ro-not-modifier',
    text: "모아AI는 거대언어모델 '모아 3'를 출시했다. 모아 3는 파라미터 70억개 규모로 오픈AI의 GPT-4o와 비교된다.",
    props: ['모아 3=parameters:7000000000', 'GPT-4o=parameters:undefined'],
  },
  {
    // "70억 개 규모로 새로 만든 'Y'": with an adnominal verb after 로, the count still modifies the name
    cat: 'parameters.adverbial-ro-then-adnominal',
    text: "모아AI는 70억 개 매개변수 규모로 새로 만든 '모아 4'를 출시했다.",
    props: ['모아 4=parameters:7000000000'],
  },
  {
    cat: 'parameters.adverbial-ro-in-relative-clause',
    text: "나래AI는 지난달 매개변수를 24억 개로 줄인 경량 모델 '나래 미니'를 선보였다.",
    props: ['나래 미니=parameters:2400000000'],
  },
  {
    // mixture of experts: the total counts, not the active parameters
    cat: 'parameters.moe-total-not-active',
    text: "가람시스템즈는 14일 거대언어모델 '가람-MoE'를 공개했다. 가람-MoE는 활성 파라미터 3B(전체 30B) 규모다.",
    props: ['가람-MoE=parameters:30000000000'],
    noNodes: ['Model:전체 30B'],
  },
  {
    cat: 'parameters.moe-active-first',
    text: "가람시스템즈는 14일 거대언어모델 '가람-MoE'를 공개했다. 가람-MoE는 활성 매개변수 30억 개, 총 매개변수 300억 개의 MoE 모델이다.",
    props: ['가람-MoE=parameters:30000000000'],
  },
  {
    // a count of tokens ("토큰을 한 4천억 개 정도 더 학습") is data, not the model's size
    cat: 'parameters.trap-tokens-counted-after',
    text: "노을AI는 새 모델 '노을 3'를 공개했다. 노을 3는 한국어 토큰을 한 4천억 개 정도 더 학습시켰고, 매개변수는 120억 개다.",
    props: ['노을 3=parameters:12000000000'],
  },
  {
    // tokens counted before the model's size ("1조 개의 토큰으로 학습한 320억 파라미터 모델"): the size is the later count
    cat: 'parameters.trap-tokens-counted-with-genitive',
    text: "노을AI는 새 모델 '노을 3'를 공개했다. 노을 3는 2조 개의 토큰으로 학습한 150억 파라미터 모델이다.",
    props: ['노을 3=parameters:15000000000'],
  },
  {
    cat: 'parameters.trap-tokens-counted-with-genitive',
    text: "노을AI는 새 모델 '노을 3'를 공개했다. 노을 3는 3조 개 토큰을 학습했고 매개변수는 90억 개다.",
    props: ['노을 3=parameters:9000000000'],
  },
  {
    // a size as the predicate's noun, or a size word right before an unquoted name
    cat: 'parameters.size-predicate',
    text: "모아AI는 거대언어모델 '모아 3'를 출시했다. 모아 3는 0.5B 초경량 모델이다.",
    props: ['모아 3=parameters:500000000'],
  },
  {
    cat: 'parameters.size-before-unquoted-name',
    text: "모아AI는 거대언어모델 '모아 3'를 출시했다. 3.2B 규모의 모아 3는 스마트폰에서도 돌아간다.",
    props: ['모아 3=parameters:3200000000'],
  },
  {
    cat: 'parameters.size-word-predicate',
    text: "하늬소프트는 거대언어모델 '하늬 2' 시리즈를 공개했다. 하늬 2는 32B, 하늬 2 미니는 2.4B 크기다.",
    props: ['하늬 2=parameters:32000000000', '하늬 2 미니=parameters:2400000000'],
  },
  {
    cat: 'parameters.trap-money-scale',
    text: "하늬소프트는 거대언어모델 '하늬 2'를 공개했다. 이번 투자 유치는 500억 규모다.",
    props: ['하늬 2=parameters:undefined'],
  },
  {
    // a table whose open column is titled by the property ("오픈소스", "오픈소스 여부") and marked O/X
    cat: 'open-source.table-mark-column',
    text: "하늬소프트는 거대언어모델 '하늬 2'를 공개했다.\n| 모델 | 파라미터 | 공개일 | 오픈소스 |\n|---|---|---|---|\n| 하늬 2 | 32B | 2026.10.12 | O |\n| 하늬 2 미니 | 2.4B | 2026.10.12 | X |",
    props: ['하늬 2=openSource:true', '하늬 2=parameters:32000000000', '하늬 2=releasedOn:2026-10-12', '하늬 2 미니=openSource:undefined', '하늬 2 미니=parameters:2400000000'],
  },
  {
    // trap: a size of an unnamed model compared with is no size of the topic
    cat: 'parameters.trap-compared-size',
    text: "모아AI는 거대언어모델 '모아 3'를 출시했다. 모아 3는 70B 모델보다 빠르다.",
    props: ['모아 3=parameters:undefined'],
  },
  {
    // English dates in Korean prose: a release day, and no model named after a month
    cat: 'released-on.english-date',
    text: "스카이라인AI는 거대언어모델 'Sky-7'을 Oct 2, 2026 공개했다.",
    publishedAt: '2026-10-05',
    props: ['Sky-7=releasedOn:2026-10-02'],
    noNodes: ['Model:Oct 2'],
  },
  {
    cat: 'released-on.english-date-long',
    text: "스카이라인AI는 거대언어모델 'Sky-7'을 지난 October 2, 2026에 공개했다.",
    publishedAt: '2026-10-05',
    props: ['Sky-7=releasedOn:2026-10-02'],
    noNodes: ['Model:October 2'],
  },
  {
    // built with no model from outside, in any wording
    cat: 'from-scratch.no-outside-model',
    text: "미르AI는 거대언어모델 '미르 1'을 공개했다. 이 모델은 해외 모델에 의존하지 않고 독자 개발됐다.",
    props: ['미르 1=fromScratch:true'],
  },
  {
    cat: 'from-scratch.not-a-tuning-of-outside-model',
    text: "미르AI는 거대언어모델 '미르 1'을 공개했다. 미르 1은 외산 모델을 기반으로 한 튜닝이 아닌, 자체 기술로 만든 모델이다.",
    props: ['미르 1=fromScratch:true'],
  },
  {
    // "처음부터 … 학습한 프롬 스크래치 모델 'Y'": the cue restated right before the model is where it goes, not the model in focus
    cat: 'from-scratch.restated-cue',
    text: "미르AI의 '미르 1'은 라마를 기반으로 추가 학습한 모델이다. 미르AI는 같은 달 처음부터 직접 설계하고 학습한 프롬 스크래치 모델 '미르 제로'도 선보였다.",
    props: ['미르 제로=fromScratch:true', '미르 1=fromScratch:undefined'],
  },
  {
    // a structure of its own the model was pretrained with is the whole model built anew (h93_03); one that took another's weights is not
    cat: 'from-scratch.own-structure-pretrained',
    text: "미르AI는 거대언어모델 '미르 1'을 공개했다. 회사는 이 모델을 처음부터 직접 설계한 구조로 사전학습했다고 설명했다.",
    props: ['미르 1=fromScratch:true'],
  },
  {
    cat: 'from-scratch.trap-own-structure-given-weights',
    text: "미르AI는 거대언어모델 '미르 1'을 공개했다. 미르 1은 처음부터 다시 설계한 구조에 라마의 가중치를 얹었다.",
    props: ['미르 1=fromScratch:undefined'],
  },
  {
    cat: 'from-scratch.trap-other-model-compared',
    text: "미르AI는 거대언어모델 '미르 1'을 공개했다. 미르 1은 다른 모델과 달리 한국어에 강하다.",
    props: ['미르 1=fromScratch:undefined'],
  },
  {
    // a claim the writer reports as disputed
    cat: 'from-scratch.trap-claim-disputed',
    text: "미르AI는 거대언어모델 '미르 1'을 공개했다. 미르 1은 외부 모델을 쓰지 않았다고 회사는 주장하지만 업계는 의문을 제기한다.",
    props: ['미르 1=fromScratch:undefined'],
  },
  {
    // objects of one release verb listed each with its own size ("A와 80억개의 'B', 15억개의 'C'를 공개") share its day
    cat: 'released-on.co-objects-with-sizes',
    text: "하늬소프트는 지난 18일 매개변수 320억개 규모의 '하늬 3'과 80억개의 '하늬 3 미니', 15억개의 '하늬 3 나노'를 공개했다고 20일 밝혔다.",
    publishedAt: '2026-11-20',
    props: ['하늬 3=releasedOn:2026-11-18', '하늬 3 미니=releasedOn:2026-11-18', '하늬 3 나노=releasedOn:2026-11-18', '하늬 3 미니=parameters:8000000000'],
  },
  {
    // variant words of a series as the subject ("플래그십과 에센스 모델은") name its models: the main one bears the series' name
    cat: 'from-scratch.variant-words-subject',
    text: "다온AI는 '다온 3'와 '다온 3 에센스', '다온 3 나노'를 공개했다. 플래그십과 에센스 모델은 프롬 스크래치 방식으로 개발됐다.",
    props: ['다온 3=fromScratch:true', '다온 3 에센스=fromScratch:true', '다온 3 나노=fromScratch:undefined'],
  },
  {
    cat: 'open-source.variant-words-subject',
    text: "다온AI는 '다온 3'와 '다온 3 미니', '다온 3 나노'를 공개했다. 미니와 나노 모델은 오픈소스로 공개됐다.",
    props: ['다온 3 미니=openSource:true', '다온 3 나노=openSource:true', '다온 3=openSource:undefined'],
  },
  {
    // a release day after the article's is a release to come, however it is worded
    cat: 'released-on.future-day-fixed',
    text: "구름AI는 거대언어모델 '구름 3'의 출시일을 10월 20일로 확정했다.",
    publishedAt: '2026-10-15',
    props: ['구름 3=releasedOn:undefined'],
  },
  {
    cat: 'released-on.past-day-kept',
    text: "구름AI는 거대언어모델 '구름 3'를 10월 12일 출시했다.",
    publishedAt: '2026-10-15',
    props: ['구름 3=releasedOn:2026-10-12'],
  },
  {
    // a release planned still calls the model open (as the annotators read it) but gives it no day
    cat: 'open-source.planned-no-day',
    text: "구름AI는 거대언어모델 '구름 3'를 오픈소스로 연내 공개하기로 했다.",
    props: ['구름 3=openSource:true', '구름 3=releasedOn:undefined'],
  },
  {
    // from scratch: a plan naming no model, or a part of the model built anew on borrowed weights, is not the model's
    cat: 'from-scratch.planned',
    text: "미르AI는 거대언어모델 '미르 1'을 공개했다. 회사는 다음 버전을 프롬 스크래치로 개발할 계획이다.",
    props: ['미르 1=fromScratch:undefined'],
  },
  {
    cat: 'from-scratch.part-only',
    text: "미르AI는 거대언어모델 '미르 1'을 공개했다. 미르 1은 처음부터 다시 설계한 아키텍처에 라마 가중치를 얹어 만들었다.",
    props: ['미르 1=fromScratch:undefined'],
  },
  {
    cat: 'from-scratch.model-kept',
    text: "미르AI는 거대언어모델 '미르 1'을 공개했다. 미르 1은 처음부터 직접 학습한 모델이다.",
    props: ['미르 1=fromScratch:true'],
  },
  {
    // "이달 초", "지난달": a month named relative to the article's gives the month only; this month in a verb not yet past gives nothing
    cat: 'released-on.this-month',
    text: "하늬소프트는 이달 초 '하늬 2' 모델을 출시했다.",
    publishedAt: '2026-10-15',
    props: ['하늬 2=releasedOn:2026-10'],
  },
  {
    cat: 'released-on.last-month',
    text: "하늬소프트는 지난달 '하늬 2' 모델을 출시했다.",
    publishedAt: '2026-10-15',
    props: ['하늬 2=releasedOn:2026-09'],
  },
  {
    cat: 'released-on.this-month-to-come',
    text: "하늬소프트는 이달 말 '하늬 2' 모델을 출시한다.",
    publishedAt: '2026-10-15',
    props: ['하늬 2=releasedOn:undefined'],
  },
  {
    // open-source words that describe the base or no model at all do not call the released model open
    cat: 'open-source.trap-open-base-apposition',
    text: "구름AI는 메타의 오픈소스 LLM 라마를 미세조정한 거대언어모델 '구름 3'를 공개했다.",
    props: ['구름 3=openSource:undefined', '라마=openSource:true'],
  },
  {
    cat: 'open-source.trap-open-source-based',
    text: "구름AI는 오픈소스 기반의 거대언어모델 '구름 3'를 공개했다.",
    props: ['구름 3=openSource:undefined'],
  },
  {
    cat: 'open-source.trap-ecosystem',
    text: "구름AI는 오픈소스 생태계 확대를 위해 거대언어모델 '구름 3'를 공개했다.",
    props: ['구름 3=openSource:undefined'],
  },
  {
    cat: 'open-source.own-cue-kept',
    text: "구름AI는 메타의 라마를 미세조정한 거대언어모델 '구름 3'를 오픈소스로 공개했다.",
    props: ['구름 3=openSource:true'],
  },
  {
    // a verb that releases something about the model (its results, its report) releases neither its weights nor it
    cat: 'open-source.trap-artifact-released',
    text: "구름AI는 거대언어모델 '구름 3'를 공개했다. 구름AI는 '구름 3'의 벤치마크 결과를 허깅페이스에 공개했다.",
    props: ['구름 3=openSource:undefined'],
  },
  {
    // weights anyone may download: the model whose weights they are, or the model downloaded
    cat: 'open-source.weights-possessed',
    text: "구름AI는 거대언어모델 '구름 3'를 공개했다. 구름 3의 가중치는 허깅페이스에서 누구나 내려받을 수 있다.",
    props: ['구름 3=openSource:true'],
  },
  {
    cat: 'open-source.model-downloaded',
    text: "구름AI는 거대언어모델 '구름 3'를 공개했다. 개발자는 허깅페이스에서 구름 3를 무료로 내려받을 수 있다.",
    props: ['구름 3=openSource:true'],
  },
  {
    cat: 'open-source.trap-not-downloadable',
    text: "구름AI는 거대언어모델 '구름 3'를 공개했다. 구름 3의 가중치는 외부에서 내려받을 수 없다.",
    props: ['구름 3=openSource:undefined'],
  },
  {
    // a country word right before a suffixed name ("미국 오로라랩스는") says where the company is from; it does not hide the name
    cat: 'country.country-word-before-name',
    text: "미국 오로라랩스는 새 언어모델 '오로라 5'를 발표했다.",
    nodes: ['Company:오로라랩스'],
    props: ['오로라랩스=country:US'],
  },
  {
    // an English apposition after the name ("X Labs Inc. ("X"), a Busan-based maker of …", h100_04 reads otherwise): a Korean company
    cat: 'country.en-city-based-after-name',
    text: "BUSAN, South Korea, June 3, 2026 -- Tidewell Labs Inc. (\"Tidewell\"), a Busan-based maker of speech models, today released Kestrel-4.",
    props: ['Tidewell Labs Inc.=country:KR'],
  },
  {
    cat: 'country.country-word-before-ai-name',
    text: "일본 사카모토AI는 새 언어모델 '사카 2'를 공개했다.",
    props: ['사카모토AI=country:JP'],
  },
  {
    // a well-known foreign city before the kind noun ("상하이의 AI 스타트업 X") gives that city's country, not the page's
    cat: 'country.foreign-city-before-kind',
    text: "중국에서는 상하이의 AI 스타트업 첸루이랩이 새 언어모델 '첸루이 2'를 공개했다.",
    props: ['첸루이랩=country:CN'],
  },
  {
    cat: 'country.foreign-city-before-kind',
    text: "런던 소재 스타트업 브램블랩스는 새 언어모델 '브램블 4'를 발표했다.",
    props: ['브램블랩스=country:GB'],
  },
  {
    // a city only as the venue, not before the kind noun, gives no country of its own
    cat: 'country.foreign-city-before-kind',
    text: "도쿄에서 열린 행사에서 국내 스타트업 누리솔랩이 새 언어모델 '누리솔 3'을 공개했다.",
    props: ['누리솔랩=country:KR'],
  },
  {
    // a suffixed company's Korean arm ("X랩스코리아") is a company of its own and Korean, whatever its parent's country
    cat: 'country.korean-arm-of-suffixed-company',
    text: "미국 오로라랩스의 한국 법인 오로라랩스코리아는 새 언어모델 '오로라 5'를 국내에 출시했다.",
    nodes: ['Company:오로라랩스코리아'],
    props: ['오로라랩스코리아=country:KR', '오로라랩스=country:US'],
  },
];

describe('scored attributes in invented wording', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 50)}`, () => checkFactRow(row));
});
