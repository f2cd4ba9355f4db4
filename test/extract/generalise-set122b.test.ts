/**
 * Generalisation rows for the forms met in the second round on held-out set 122: a quoted variant of a known family
 * keeps the family (and so its maker) when the article names it again; a sentence's topic model after a clause that modifies it
 * (present tense too, or with describing words and a model noun) is what the next subject-less sentence is about; a year
 * opening a successor clause of a first-person post, about the model a company's own built the sentence before; a company's
 * own edition of a known family's model ('X 전용 Y'); a programme launched as an official put an agenda forward.
 * Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // "함께 내놓은 'X 5 코드'는 … X 5 코드는": a quoted variant of a known family, named again bare, is still the family's
  {
    cat: 'models.known-variant-keeps-family',
    text: "LG AI연구원이 자체 언어모델 '엑사원 5'를 공개했다. 함께 내놓은 '엑사원 5 코드'는 엑사원 5를 기반으로 코드 작성에 맞게 미세조정한 변형이다. 엑사원 5 코드는 사내 코드 평가에서 좋은 결과를 냈다.",
    expect: ['DEVELOPED LG AI연구원 -> 엑사원 5 코드', 'BASED_ON 엑사원 5 코드 -> 엑사원 5'],
  },
  // a quoted name of no known family, named again, takes no maker from the family of another model
  {
    cat: 'models.known-variant-keeps-family',
    text: "LG AI연구원이 자체 언어모델 '엑사원 5'를 공개했다. 함께 소개된 '바다솔 코드'는 다른 회사의 모델이다. 바다솔 코드는 사내 평가에서 좋은 결과를 냈다.",
    absent: ['DEVELOPED LG AI연구원 -> 바다솔 코드'],
  },
  // "회사가 내놓은 특화 언어모델 'X'는 Y를 기반으로 …. 매개변수는 …": the topic after a modifying clause and a model noun, not its base
  {
    cat: 'properties.topic-after-modified-noun',
    text: "가람소프트가 내놓은 물류 특화 언어모델 '가람로지'는 업스테이지의 '솔라 프로 2'를 기반으로 배송 기록을 추가로 학습시킨 모델이다. 매개변수는 90억 개 수준이다.",
    props: ['가람로지=parameters:9000000000'],
  },
  // "함께 공개하는 'X'는 Y를 기반으로 …. …, 역시 오픈 웨이트로 제공한다": a present-tense modifying clause before the topic
  {
    cat: 'properties.topic-after-modified-noun',
    text: "가람소프트가 '가람 LLM 3'를 오픈 웨이트로 공개했다. 함께 공개하는 '가람 LLM 3 코드'는 가람 LLM 3를 기반으로 코드 작성에 맞게 미세조정한 변형이다. 역시 오픈 웨이트로 제공한다.",
    props: ['가람 LLM 3 코드=openSource:true'],
  },
  // the base named after a modifying clause as an object ("…가 만든 언어모델 'Y'를 기반으로") is no topic: the size stays with X
  {
    cat: 'properties.topic-after-modified-noun',
    text: "가람소프트가 내놓은 '가람로지'는 업스테이지가 만든 언어모델 '솔라 프로 2'를 기반으로 한 모델이다. 매개변수는 90억 개 수준이다.",
    props: ['가람로지=parameters:9000000000', '솔라 프로 2=parameters:undefined'],
  },
  // another owner's possessive among the describing words ("…가 만든 그 회사의 협력 모델 'Y'는") makes no topic of Y
  {
    cat: 'properties.topic-after-modified-noun',
    text: "가람소프트는 '가람로지'를 공개했다. 업스테이지가 만든 이 회사의 협력 모델 '솔라 프로 2'는 따로 쓰인다. 매개변수는 90억 개 수준이다.",
    props: ['솔라 프로 2=parameters:undefined'],
  },
  // "안녕하세요, X입니다. … 'Y 3'를 공개합니다. 2024년 공개한 Y 2의 뒤를 잇는 모델이고": a year opening the clause of a
  // first-person post (its omitted subject the company that writes), the predecessor after it
  {
    cat: 'succeeds.focus-inherits-year',
    text: "안녕하세요, 가람소프트 연구소입니다. 오늘 가람소프트의 세 번째 언어모델 '가람 3'를 공개합니다. 2023년 공개한 가람 2의 뒤를 잇는 모델이고, 처음으로 가중치를 올렸습니다.",
    expect: ['SUCCEEDS 가람 3 -> 가람 2'],
  },
  {
    cat: 'succeeds.focus-inherits-year',
    text: "안녕하세요, 가람소프트 연구소입니다. 오늘 가람소프트의 세 번째 언어모델 '가람 3'를 공개합니다. 2023년 공개한 가람 2의 뒤를 잇는 모델은 내년에 나옵니다.",
    absent: ['SUCCEEDS 가람 3 -> 가람 2'],
  },
  // "B는 … 자체 개발한 'Z 3'를 넣었다. 2024년 선보인 'Z 2'를 잇는 모델로": another company's own model the sentence
  // before built is what the year-opened clause is about, not the model the article was about
  {
    cat: 'succeeds.focus-inherits-year',
    text: "가람소프트는 지난 3일 언어모델 '가람 3'를 공개했다. 한빛전자는 새 노트북에 자체 개발한 '한빛 온디바이스 3'를 넣었다. 2024년 선보인 '한빛 온디바이스 2'를 잇는 모델로, 회의 요약을 맡는다.",
    expect: ['SUCCEEDS 한빛 온디바이스 3 -> 한빛 온디바이스 2'],
    absent: ['SUCCEEDS 가람 3 -> 한빛 온디바이스 2'],
  },
  // "X 전용 GPT-4o": a company's own edition of a known family's model is that company's, not the family maker's
  {
    cat: 'developed.company-edition',
    text: "통신사들의 전략은 갈렸다. LG유플러스는 자체 모델 '익시젠 2'와 마이크로소프트(MS)와 손잡고 만든 'LG유플러스 전용 GPT-4o'를 함께 운영하는 길을 택했다. 오픈AI의 GPT-4o는 여러 회사가 쓴다.",
    expect: ['DEVELOPED LG유플러스 -> LG유플러스 전용 GPT-4o'],
    absent: ['DEVELOPED 오픈AI -> LG유플러스 전용 GPT-4o'],
  },
  // a variant the family's maker names for its own ("GPT-4o 미니") stays the maker's
  {
    cat: 'developed.company-edition',
    text: "오픈AI는 'GPT-4o 미니'를 공개했다. GPT-4o 미니는 GPT-4o보다 작은 모델이다.",
    expect: ['DEVELOPED 오픈AI -> GPT-4o 미니'],
  },
  // "이번 사업은 NAME 시장이 … 'Z'를 … 과제로 내세우면서 추진됐다": the programme the article is about, launched as the official's agenda
  {
    cat: 'promotes.launched-as-agenda',
    text: "가람소프트가 '부산형 물류 AI 실증 지원사업'의 수행기업으로 선정됐다. 이번 사업은 박서윤 부산시장이 올해 초 신년 기자회견에서 '물류 디지털 전환'을 시정 핵심 과제로 내세우면서 추진됐다.",
    expect: ['PROMOTES 박서윤 -> 부산형 물류 AI 실증 지원사업'],
  },
  // an official who opposed it, the programme launched anyway: no promoter
  {
    cat: 'promotes.launched-as-agenda',
    text: "가람소프트가 '부산형 물류 AI 실증 지원사업'의 수행기업으로 선정됐다. 이번 사업은 박서윤 부산시의원이 예산 낭비라고 반대했지만 추진됐다.",
    absent: ['PROMOTES 박서윤 -> 부산형 물류 AI 실증 지원사업'],
  },
];

describe('generalisation rows of set 122 (second round)', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkFactRow(row));
});
