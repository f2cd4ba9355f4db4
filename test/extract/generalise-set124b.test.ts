/**
 * Generalisation rows for the forms first met in held-out set 124 (second round): a from-scratch cue in 로 before the model
 * a verb of building takes as its object, a release said as countering a rival ("'Y'로 맞불을 놨다") on a day with its
 * weekday, a counted group ("세 회사는") standing for the companies the article's sentences opened with, an English
 * speaker with a bare chief's title who speaks for the company the story is about, a kind word as the topic identified
 * with the model the copula ends on, an edition tag with 모델 ("R 모델") for the tagged model, a base said with "…얹은
 * 것일 뿐", a programme's supplier role after "…에는", and "두 회사가" after the sentence's topic and one other company
 * (named as a possessive), with the model put before them as the object.
 * Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // "처음부터 자체적으로 진행한 '프롬 스크래치' 방식으로 Y를 만들었다": the cue's manner adverbial, the model the object of building
  {
    cat: 'from-scratch.manner-object',
    text: "가온소프트는 지난 3일 새 모델 '누리 5'를 공개했다. 회사는 설계부터 학습까지 모두 직접 진행한 이른바 '프롬 스크래치' 방식으로 누리 5를 개발했다고 밝혔다.",
    props: ['누리 5=fromScratch:true'],
  },
  {
    cat: 'from-scratch.manner-object',
    text: "가온소프트는 지난 3일 새 모델 '누리 5'를 공개했다. 회사는 스크래치 방식으로 누리 5를 새로 학습시켰다.",
    props: ['누리 5=fromScratch:true'],
  },
  // the building denied: no fact
  {
    cat: 'from-scratch.manner-object',
    text: "가온소프트는 지난 3일 새 모델 '누리 5'를 공개했다. 회사는 '프롬 스크래치' 방식으로 누리 5를 만들지는 않았다고 밝혔다.",
    props: ['누리 5=fromScratch:undefined'],
  },
  // "사흘 뒤인 7일(토) 'Y'로 맞불을 놨다": a release countering a rival's, on the day named with its weekday
  {
    cat: 'release.counter-idiom',
    text: "하나텔레콤은 지난 4일(수) 자체 모델 '누리 5'를 공개했다. 두리통신은 사흘 뒤인 7일(토) '파랑 2'로 맞불을 놨다. 파랑 2는 지난해 나온 '파랑 1'의 후속 모델이다.",
    publishedAt: '2026-11-10',
    props: ['누리 5=releasedOn:2026-11-04', '파랑 2=releasedOn:2026-11-07'],
  },
  // a counter that is no model (a price cut) releases nothing
  {
    cat: 'release.counter-idiom',
    text: "두리통신은 7일(토) 요금 인하로 맞불을 놨다. 파랑 2는 지난해 나온 '파랑 1'의 후속 모델이다.",
    publishedAt: '2026-11-10',
    props: ['파랑 2=releasedOn:undefined'],
  },
  // "A는 …. B는 …. C는 …. 세 회사는 모두 …": the companies the article's sentences opened with as their subjects
  {
    cat: 'participates.counted-group-subjects',
    text: "가온전자는 지난 4일 자체 모델 '누리 5'를 공개했다. 나래통신은 사흘 뒤 '파랑 2'를 선보였다. 다솜소프트는 아직 일정을 밝히지 않았다. 한편 세 회사는 모두 과학기술정보통신부가 공고한 '공공 AI 전환(AX) 선도사업'에 지원서를 낸 것으로 알려졌다.",
    expect: ['PARTICIPATES_IN 가온전자 -> 공공 AI 전환(AX) 선도사업', 'PARTICIPATES_IN 나래통신 -> 공공 AI 전환(AX) 선도사업', 'PARTICIPATES_IN 다솜소프트 -> 공공 AI 전환(AX) 선도사업'],
  },
  // four such subjects are not the three of the group: none is read into it
  {
    cat: 'participates.counted-group-subjects',
    text: "가온전자는 지난 4일 자체 모델 '누리 5'를 공개했다. 나래통신은 사흘 뒤 '파랑 2'를 선보였다. 라온AI는 다음 달 새 모델을 낸다. 다솜소프트는 아직 일정을 밝히지 않았다. 한편 세 회사는 모두 과학기술정보통신부가 공고한 '공공 AI 전환(AX) 선도사업'에 지원서를 낸 것으로 알려졌다.",
    absent: ['PARTICIPATES_IN 가온전자 -> 공공 AI 전환(AX) 선도사업', 'PARTICIPATES_IN 나래통신 -> 공공 AI 전환(AX) 선도사업'],
  },
  // '"…," Chief Executive NAME told reporters': the bare-titled speaker works for the company the story is about
  {
    cat: 'works-for.en-omitted-subject-bare-title',
    text: 'Gaon Labs released Nuri 5 on Monday. Gaon Labs denied the reports. "Nuri 5 is our own work from the first line of code," Chief Executive Han Ji-su told reporters in Pangyo.',
    expect: ['WORKS_FOR Han Ji-su -> Gaon Labs'],
  },
  {
    cat: 'works-for.en-omitted-subject-bare-title',
    text: 'Gaon Labs released Nuri 5 on Monday. "We will keep prices low," CEO Han Ji-su said at the launch.',
    expect: ['WORKS_FOR Han Ji-su -> Gaon Labs'],
  },
  // a title that belongs to another organisation named before it is not the story's company's
  {
    cat: 'works-for.en-omitted-subject-bare-title',
    text: 'Gaon Labs released Nuri 5 on Monday. "It is a good start," said an analyst, as former Chief Executive Han Ji-su of a rival bank looked on.',
    absent: ['WORKS_FOR Han Ji-su -> Gaon Labs'],
  },
  // "A가 내세운 모델은, B가 공개한 'X'의 후속으로 선보인 'Y'다. … 이 모델은": the model the copula ends on is what follows is about
  {
    cat: 'focus.kind-topic-copula',
    text: "가온 컨소시엄이 내세운 모델은, 가온소프트가 지난 4월 공개한 '누리 LLM 2'의 후속으로 지난달 선보인 '누리 LLM 3'다. 파라미터가 320억 개(32B)인 이 모델은 KMMLU에서 61.5점을 받았다.",
    expect: ['SCORED 누리 LLM 3 -> KMMLU'],
    absent: ['SCORED 누리 LLM 2 -> KMMLU'],
    props: ['누리 LLM 3=parameters:32000000000'],
  },
  // a copula that ends on another noun ("Y와 같은 계열이다") identifies no model with the topic
  {
    cat: 'focus.kind-topic-copula',
    text: "가온 컨소시엄이 내세운 모델은, 가온소프트가 지난 4월 공개한 '누리 LLM 2'의 후속으로 지난달 선보인 '누리 LLM 3'와 같은 계열이다. 파라미터가 320억 개(32B)인 이 모델은 KMMLU에서 61.5점을 받았다.",
    absent: ['SCORED 누리 LLM 3 -> KMMLU', 'SCORED 누리 LLM 2 -> KMMLU'],
  },
  // "'X-13B-R'을 선보인다 … "R 모델 역시 X-13B에 강화학습을 얹은 것일 뿐 외부 모델은 쓰지 않는다"": the tag names the tagged model
  {
    cat: 'based-on.edition-tag-reference',
    text: "가온AI는 지난 10일 '누리-30B'를 내놓았다. 가온AI는 내달 추론 강화판 '누리-30B-T'를 선보일 예정이다. 한 임원은 \"T 모델 역시 누리-30B에 강화학습을 추가로 얹은 것일 뿐 외부 모델은 쓰지 않는다\"고 말했다.",
    expect: ['BASED_ON 누리-30B-T -> 누리-30B'],
  },
  // a tag two of the article's models end in names neither
  {
    cat: 'based-on.edition-tag-reference',
    text: "가온AI는 '누리-30B'와 '누리-30B-T'를 내놓았다. 나래랩은 '파랑-7B'와 '파랑-7B-T'를 내놓았다. T 모델 역시 누리-30B에 강화학습을 추가로 얹은 것일 뿐이다.",
    absent: ['BASED_ON 파랑-7B-T -> 누리-30B'],
  },
  // "…얹은 것이 아니다": the nominalised base denied
  {
    cat: 'based-on.edition-tag-reference',
    text: "가온AI는 내달 '누리-30B-T'를 선보인다. 누리-30B-T는 누리-30B에 강화학습을 추가로 얹은 것이 아니다.",
    absent: ['BASED_ON 누리-30B-T -> 누리-30B'],
  },
  // "'Y 사업'에는 올해 공급기업으로 선정돼": the omitted subject took part as a supplier
  {
    cat: 'participates.supplier-role-topic',
    text: "가온AI는 지난달 추론 모델 '누리-R'을 공개했다. 대신 과기정통부의 'AI 바우처 지원사업'에는 올해 공급기업으로 선정돼 제조사 세 곳에 누리-R을 공급하고 있다.",
    expect: ['PARTICIPATES_IN 가온AI -> AI 바우처 지원사업'],
  },
  {
    cat: 'participates.supplier-role-topic',
    text: "가온AI는 지난달 추론 모델 '누리-R'을 공개했다. 과기정통부의 'AI 바우처 지원사업'에는 올해 공급기업으로 선정되지 못했다.",
    absent: ['PARTICIPATES_IN 가온AI -> AI 바우처 지원사업'],
  },
  // "A 컨소시엄은 A가 개발한 X를 바탕으로, B의 기술을 결합한 'Y'를 두 회사가 함께 만든다": the topic and the one other company
  {
    cat: 'developed.pair-topic-and-possessive',
    text: "가온AI 컨소시엄은 가온AI가 자체 개발한 '누리 3'를 바탕으로, 나래랩의 음성 합성 기술을 결합한 상담 특화 모델 '누리 3 케어'를 두 회사가 함께 만든다는 계획이다.",
    expect: ['DEVELOPED 가온AI -> 누리 3 케어', 'DEVELOPED 나래랩 -> 누리 3 케어'],
  },
  // two other companies beside the topic: "두 회사" is no pair of them
  {
    cat: 'developed.pair-topic-and-possessive',
    text: "가온AI 컨소시엄은 나래랩의 음성 기술과 다솜소프트의 검색 기술을 결합한 상담 특화 모델 '누리 3 케어'를 두 회사가 함께 만든다는 계획이다.",
    absent: ['DEVELOPED 나래랩 -> 누리 3 케어', 'DEVELOPED 다솜소프트 -> 누리 3 케어'],
  },
];

describe('set 124 (second round) generalisation rows', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkFactRow(row));
});
