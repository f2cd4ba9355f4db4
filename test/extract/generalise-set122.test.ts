/**
 * Generalisation rows for the forms first met in held-out set 122: a model named after the known family it was built on,
 * a versioned name with a hyphened variant word, the partner of work under way as half of "두 회사", a partner offering a
 * model as a service, sector lists and unit names that are no company, product names that are no model, listed companies
 * confirmed for a programme called by a shortened name, and a model that came out together with another.
 * Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // "전용 모델 '별빛 솔라'": one word of its own before a known family closing the quoted name, the model noun before it
  {
    cat: 'models.named-after-family',
    text: "가온게임즈는 업스테이지와 협약을 맺었다. 양사는 업스테이지의 '솔라 프로2'를 바탕으로 게임 대사를 학습한 전용 모델 '별빛 솔라'를 함께 만든다.",
    expect: ['DEVELOPED 가온게임즈 -> 별빛 솔라', 'DEVELOPED 업스테이지 -> 별빛 솔라', 'BASED_ON 별빛 솔라 -> 솔라 프로2'],
    noNodes: ['Model:솔라'],
  },
  // no model noun before the quotes: a slogan that ends on the family's name is no model
  {
    cat: 'models.named-after-family',
    text: "가온게임즈는 업스테이지의 '솔라 프로2'를 도입했다. 회사는 '함께 솔라'라는 구호를 내걸었다.",
    noNodes: ['Model:함께 솔라'],
  },
  // "'X 3-프로'": a one-word name with its version, a hyphen and a variant word, in a sentence about models
  {
    cat: 'models.versioned-variant',
    text: "가온랩스는 언어모델 '가온LM 3'를 공개했다. 회사는 용접 기록을 학습한 '가온LM 3-파워'도 만들고 있다. 가온LM 3-파워는 가온LM 3를 바탕으로 추가 학습시키는 방식이다.",
    expect: ['BASED_ON 가온LM 3-파워 -> 가온LM 3'],
    noNodes: ['Model:LM 3'],
  },
  // "B와 진행 중인 … 공동 개발에 …. 두 회사는": the omitted subject (the company the article is about) and the partner in the work under way
  {
    cat: 'partners.pair-of-work-under-way',
    text: "제조 AI 스타트업 가온랩스가 시리즈A 투자를 유치했다고 3일 밝혔다. 가온랩스는 지난달 자체 개발한 언어모델 '가온LM 3'를 공개했다. 투자금은 인재 채용에 쓰인다. 특히 한빛중공업과 진행 중인 조선 특화 모델 공동 개발에 힘을 싣는다. 두 회사는 지난 8월 협약을 맺고 용접 기록을 학습한 '가온LM 3-프로'를 함께 만들고 있다.",
    expect: ['PARTNERS_WITH 가온랩스 -> 한빛중공업', 'DEVELOPED 가온랩스 -> 가온LM 3-프로', 'DEVELOPED 한빛중공업 -> 가온LM 3-프로'],
  },
  // a company it competes with is no partner
  {
    cat: 'partners.pair-of-work-under-way',
    text: "제조 AI 스타트업 가온랩스가 시리즈A 투자를 유치했다고 3일 밝혔다. 가온랩스는 지난달 자체 개발한 언어모델 '가온LM 3'를 공개했다. 투자금은 인재 채용에 쓰인다. 특히 한빛중공업과 경쟁 중인 조선 모델 시장도 노린다. 두 회사는 지난 8월 협약을 맺고 용접 기록을 학습한 '가온LM 3-프로'를 함께 만들고 있다.",
    absent: ['PARTNERS_WITH 가온랩스 -> 한빛중공업', 'DEVELOPED 한빛중공업 -> 가온LM 3-프로'],
  },
  // "B와 손잡고 Y를 서비스형(SaaS)으로 내놓는": a partner that offers the model as a service is no developer of it
  {
    cat: 'developed.together-as-service',
    text: "문서 AI 기업 가람소프트가 '가람 LLM 2'를 공개했다. 회사는 한빛클라우드와 손잡고 가람 LLM 2를 구독형 서비스로 내놓는 협력을 진행 중이다.",
    expect: ['DEVELOPED 가람소프트 -> 가람 LLM 2', 'PARTNERS_WITH 가람소프트 -> 한빛클라우드'],
    absent: ['DEVELOPED 한빛클라우드 -> 가람 LLM 2'],
  },
  {
    cat: 'developed.together-as-service',
    text: "문서 AI 기업 가람소프트는 한빛클라우드와 손잡고 '가람 LLM 2'를 공개했다.",
    expect: ['DEVELOPED 가람소프트 -> 가람 LLM 2', 'DEVELOPED 한빛클라우드 -> 가람 LLM 2'],
  },
  // "석유화학·철강·발전 분야 고객사": a word with a company's suffix in a ·-list of sectors names no company
  {
    cat: 'companies.sector-list',
    text: "가람소프트는 '가람 LLM 2'를 공개했다. 현재 정밀화학·조선·해운 분야 고객사 9곳이 이 모델을 쓰고 있다.",
    expect: ['DEVELOPED 가람소프트 -> 가람 LLM 2'],
    noNodes: ['Company:정밀화학'],
  },
  {
    cat: 'companies.sector-list',
    text: "가람소프트는 '가람 LLM 2'를 공개했다. 한빛화학·누리전자가 이 모델을 쓰고 있다.",
    nodes: ['Company:한빛화학', 'Company:누리전자'],
  },
  // "대기업 위주의": where the weight lies, no company
  {
    cat: 'companies.weight-word',
    text: "가람소프트는 '가람 LLM 2'를 공개했다. 한 관계자는 \"대기업 위주의 실증과 다르다\"고 말했다.",
    noNodes: ['Company:위주'],
  },
  // "AI Labs 조직도": a bare "AI Labs" is a company's unit, named without its owner; no company
  {
    cat: 'companies.bare-unit-name',
    text: "안녕하세요, 가람소프트 AI Labs입니다. 오늘 가람소프트의 자체 언어모델 '가람 3'를 공개합니다. 이번 공개에 맞춰 AI Labs 조직도 바뀌었습니다.",
    expect: ['DEVELOPED 가람소프트 -> 가람 3'],
    noNodes: ['Company:AI Labs'],
  },
  {
    cat: 'companies.bare-unit-name',
    text: "Nimbus AI Labs는 자체 언어모델 'Nimbus 3'를 공개했다.",
    expect: ['DEVELOPED Nimbus AI Labs -> Nimbus 3'],
    nodes: ['Company:Nimbus AI Labs'],
  },
  // "AI 모델을 묶은 '스마트 물류 패키지'": a quoted name whose last word is a kind of product names no model
  {
    cat: 'models.product-kind-name',
    text: "가람소프트는 이번 실증에 누리텔레콤과 함께 참여한다. 두 회사는 지난 9월 5G 망과 AI 모델을 묶은 '스마트 물류 패키지'를 공동 개발하기로 협약을 맺었다.",
    expect: ['PARTNERS_WITH 가람소프트 -> 누리텔레콤'],
    noNodes: ['Model:스마트 물류 패키지'],
  },
  {
    cat: 'models.product-kind-name',
    text: "가람소프트와 누리텔레콤은 물류 특화 언어모델 '물류 가람 2'를 공동 개발하기로 했다.",
    nodes: ['Model:물류 가람 2'],
  },
  // "A와 B, C 등 3개사를 실증사업 대상으로 최종 확정": every listed company, the programme called again by one of its words and 사업
  {
    cat: 'participates.listed-confirmed-shortened',
    text: "AI 스타트업 가람소프트가 부산시가 올해 처음 시작한 '부산형 물류 AI 실증 지원사업'의 첫 수행기업으로 선정됐다. 부산시는 지난 23일 평가위원회를 열고 가람소프트와 물류 솔루션 기업 누리로지스, 드론 관제 스타트업 하늘아이 등 3개사를 실증사업 대상으로 최종 확정했다고 24일 밝혔다.",
    expect: ['PARTICIPATES_IN 가람소프트 -> 부산형 물류 AI 실증 지원사업', 'PARTICIPATES_IN 누리로지스 -> 부산형 물류 AI 실증 지원사업', 'PARTICIPATES_IN 하늘아이 -> 부산형 물류 AI 실증 지원사업'],
  },
  // a word that is not in the programme's name does not call it
  {
    cat: 'participates.listed-confirmed-shortened',
    text: "AI 스타트업 가람소프트가 부산시가 올해 처음 시작한 '부산형 물류 AI 실증 지원사업'의 첫 수행기업으로 선정됐다. 부산시는 누리로지스, 하늘아이 등 2개사를 해양사업 대상으로 최종 확정했다.",
    absent: ['PARTICIPATES_IN 누리로지스 -> 부산형 물류 AI 실증 지원사업', 'PARTICIPATES_IN 하늘아이 -> 부산형 물류 AI 실증 지원사업'],
  },
  // "함께 나온 'X 미니'": released with the model whose day the article gave last (not placed as an older release)
  {
    cat: 'properties.released-together-came-out',
    text: "문서 AI 기업 가람소프트가 지난 27일 '가람 LLM 3'를 공개했다. 크기는 320억 파라미터(32B) 한 가지다. 함께 나온 '가람 LLM 3 미니'는 40억 파라미터(4B)로, 가람 LLM 3를 교사 모델로 삼아 증류한 경량 모델이다.",
    props: ['가람 LLM 3 미니=releasedOn:2025-06-27'],
  },
  // "지난해 나온 'X 2'": an older release takes no day of the new one
  {
    cat: 'properties.released-together-came-out',
    text: "문서 AI 기업 가람소프트가 지난 27일 '가람 LLM 3'를 공개했다. 지난해 나온 '가람 LLM 2'보다 두 배 크다.",
    props: ['가람 LLM 3=releasedOn:2025-06-27', '가람 LLM 2=releasedOn:undefined'],
  },
];

describe('generalisation rows of set 122', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkFactRow(row));
});
