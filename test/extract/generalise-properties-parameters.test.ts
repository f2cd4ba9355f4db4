/**
 * Generalisation rows of generalise-properties: the 'parameters' rows.
 * The others are in the other generalise-properties-*.test.ts files. Each row is a short article written
 * for these tests, the facts it must give and the facts it must not give; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  {
    // "크기는 7B다", "모델 크기가 14B다": a size word before the count
    cat: 'parameters.size-word',
    text: "한빛AI의 경량 모델 '별빛 미니'는 별빛 4를 교사 모델로 삼아 증류 방식으로 만들었으며, 크기는 7B다. 다른 모델 '별빛 나노'는 모델 크기가 1.5B다.",
    props: ['별빛 미니=parameters:7000000000', '별빛 나노=parameters:1500000000'],
  },
  {
    // "X의 주력 모델 'Y'는 …": the topic after its maker's possessive and a noun is what the next sentence's size is about
    cat: 'parameters.topic-after-possessive-noun',
    text: "다래테크의 주력 모델 '다래-S'는 가온소프트가 공개한 가온-3B를 기반으로 만들어졌다. 매개변수는 32억 개로 크지 않지만 점유율이 높다.",
    props: ['다래-S=parameters:3200000000'],
  },
  {
    cat: 'parameters.beside-predecessor',
    text: "한빛AI가 새 모델 '별빛 4'를 내놨다. 지난해 선보인 '별빛 3'의 후속작으로, 매개변수는 270억개다.",
    props: ['별빛 4=parameters:27000000000'],
  },
  {
    // the predecessor's own size stays its own
    cat: 'parameters.beside-predecessor',
    text: "한빛AI가 새 모델 '별빛 4'를 내놨다. '별빛 3'은 매개변수가 70억개였다.",
    props: ['별빛 3=parameters:7000000000'],
  },
  {
    // a sentence naming another model only as its base ("Y를 기반으로") is still about the model in focus
    cat: 'parameters.beside-base',
    text: "한빛AI는 지난 3일 첫 모델 '별빛 1'을 내놨다. 30억 파라미터(3B) 규모로, 구글이 공개한 '젬마 3'를 기반으로 상담 데이터를 학습시켰다.",
    props: ['별빛 1=parameters:3000000000'],
  },
  {
    cat: 'parameters.compound-numeral',
    text: "한빛AI는 새 모델 '별빛 5'를 공개했다. 별빛 5는 파라미터 수가 4천300억 개다.",
    props: ['별빛 5=parameters:430000000000'],
  },
  {
    // a size in a clause ending in any past adnominal verb ("…를 가진 'X'")
    cat: 'parameters.adnominal-verb',
    text: "한빛AI는 560억개 매개변수를 가진 '별빛 5'에 법률 데이터를 더했다.",
    props: ['별빛 5=parameters:56000000000'],
  },
  {
    // a size with no word for parameters, right before the model: "21억짜리 'X'"
    cat: 'parameters.size-word',
    text: "한빛AI가 새 언어모델 '별빛 5'를 내놨다. 한빛AI는 13억짜리 '별빛 5 라이트'도 함께 선보였다.",
    props: ['별빛 5 라이트=parameters:1300000000'],
  },
  {
    // a list item: "X: … 19억 개로 줄인 경량 모델"
    cat: 'parameters.size-word',
    text: "한빛AI가 새 언어모델 '별빛 5'를 내놨다. 별빛 5 라이트: 본 모델을 증류해 19억 개로 줄인 경량 모델.",
    props: ['별빛 5 라이트=parameters:1900000000'],
  },
  {
    // money is no size: "100억짜리 사업"
    cat: 'parameters.size-word',
    text: "한빛AI가 새 언어모델 '별빛 5'를 내놨다. 한빛AI는 100억짜리 공공 사업에 별빛 5를 공급한다.",
    props: ['별빛 5=parameters:undefined'],
  },
  {
    // a spec line's fields are separate: the size is the line's model's, not the base model's named in the next field
    cat: 'parameters.spec-line-fields',
    text: "한빛AI가 새 언어모델 '별빛 5'를 내놨다. 별빛 5 라이트 — 파라미터: 3B / 베이스 모델: 젬마 3 12B / 라이선스: 아파치 2.0",
    props: ['별빛 5 라이트=parameters:3000000000', '젬마 3 12B=parameters:12000000000'],
  },
  {
    // a model introduced by a descriptive noun ("함께 나온 경량 모델 'Y'도 있다") is what the next sentence's size is about,
    // and "두 모델 모두" then means the two named last
    cat: 'parameters.introduced-model',
    text: "한빛AI는 지난 4일 새 언어모델 '별빛 5'를 공개했다. 함께 나온 경량 모델 '별빛 5 라이트'도 있다. 별빛 5를 압축해 만든 19억 개 파라미터 모델로, 노트북에서 돌아간다. 두 모델 모두 오픈소스로 풀었다.",
    publishedAt: '2026-10-12',
    props: ['별빛 5 라이트=parameters:1900000000', '별빛 5 라이트=openSource:true', '별빛 5=openSource:true', '별빛 5=parameters:undefined'],
  },
  {
    // "X를 소개했다": the model presented is what the next sentence's size is about (not the model in focus before)
    cat: 'parameters.presented-model',
    text: "한빛AI는 지난 3일 새 언어모델 '별빛 5'를 공개했다. 국내 스타트업 한결랩은 한결-70B 라이트를 소개했다. 자사 한결-70B의 구조를 계승하되 층을 절반으로 줄인 모델로, 파라미터는 약 350억 개다.",
    publishedAt: '2026-10-12',
    props: ['한결-70B 라이트=parameters:35000000000', '별빛 5=parameters:undefined'],
  },
  // a count with the word for parameters right before a name ("320억 파라미터 'Y'") is that model's size, not the sentence topic's
  {
    cat: 'parameters.count-before-name',
    text: "한빛AI의 '별빛 4 미니'는 700억 파라미터 '별빛 4'를 교사 모델로 삼아 증류한 30억 파라미터 모델이다.",
    props: ['별빛 4=parameters:70000000000', '별빛 4 미니=parameters:3000000000'],
  },
  {
    cat: 'parameters.count-before-name',
    text: "한빛AI는 1200억 매개변수 '별빛 3'을 잇는 '별빛 4'를 내놨다.",
    props: ['별빛 3=parameters:120000000000'],
  },
  {
    cat: 'parameters.count-before-name',
    text: "가온소프트는 자체 모델을 증류한 80억 개 파라미터 '가온 라이트'도 함께 내놨다.",
    props: ['가온 라이트=parameters:8000000000'],
  },
  // "A개에서 B개로 키웠다" after "'Y'의 후속": A is the predecessor's size, B the model's
  {
    cat: 'parameters.grown-from',
    text: "한빛AI가 제출한 '별빛 4'는 지난해 선보인 '별빛 3'의 후속 모델로, 파라미터 규모를 700억 개에서 1200억 개로 늘렸다.",
    props: ['별빛 4=parameters:120000000000', '별빛 3=parameters:70000000000'],
  },
  {
    cat: 'parameters.grown-from',
    text: "'별빛 4'는 '별빛 3'의 차기 모델이다. 매개변수를 300억에서 700억으로 키웠다.",
    props: ['별빛 4=parameters:70000000000'],
  },
  // a sentence that names another model only as what the model beats ("Y를 넘어섰다는", "Y를 앞섰다") is still about the model in focus
  {
    cat: 'parameters.beside-compared-model',
    text: "가온소프트가 추론 모델 '가온 3'를 발표했다. 300억 개 파라미터로 GPT-4o를 넘어섰다는 주장은 화제가 됐다.",
    props: ['가온 3=parameters:30000000000'],
  },
  {
    cat: 'parameters.beside-compared-model',
    text: "가온소프트가 추론 모델 '가온 3'를 발표했다. 매개변수 400억 개로 라마 3.1 70B를 앞섰다.",
    props: ['가온 3=parameters:40000000000'],
  },
  // "이번 X는 …": a sentence opening on the model after a word of novelty is about it (the next sentences' size goes to it)
  {
    cat: 'parameters.novelty-topic',
    text: "한빛AI는 지난해 '별빛 2'를 오픈소스로 풀었다. 이번 별빛 3는 전문가 혼합 구조다. 별빛 2의 후속작으로 매개변수는 700억 개다.",
    props: ['별빛 3=parameters:70000000000'],
  },
  // a size before "크기의/규모의 'X'" (with a count in parentheses after it) is the model's
  {
    cat: 'parameters.size-word-before-name',
    text: "다온AI도 라마 3.1에 금융 문서를 추가 학습해 12B(120억개) 크기의 '다온-LM'을 만들었다.",
    props: ['다온-LM=parameters:12000000000'],
  },
  {
    cat: 'parameters.size-word-before-name',
    text: "누리랩스는 80억 개 규모의 '누리-챗'을 공개했다.",
    props: ['누리-챗=parameters:8000000000'],
  },
  {
    cat: 'parameters.size-word-before-name',
    text: "가람소프트는 3B 크기인 모델 '가람-S'를 내놨다.",
    props: ['가람-S=parameters:3000000000'],
  },
  {
    // a count in parentheses right after the name: the model's size, and the name's slot still reaches its particle
    cat: 'parameters.count-in-parentheses',
    text: "지난달에는 가람소프트가 큐웬3 8B를 교사 모델로 삼아 증류한 모바일용 '가람-S 2'(30억 개)를 내놨다.",
    props: ['가람-S 2=parameters:3000000000'],
    expect: ['DEVELOPED 가람소프트 -> 가람-S 2', 'BASED_ON 가람-S 2 -> 큐웬3 8B'],
  },
  {
    cat: 'parameters.count-in-parentheses',
    text: "누리랩스는 새 모델 '누리-챗 3'(70억 개)를 오픈소스로 공개했다. 투자금(120억 원)은 GPU에 쓴다.",
    props: ['누리-챗 3=parameters:7000000000'],
    expect: ['DEVELOPED 누리랩스 -> 누리-챗 3'],
  },
];

describe('property rows (release days, sizes)', () => {
  it.each(rows.map((r, i) => ({ ...r, i })))('$cat #$i', (row) => checkFactRow(row));
});
