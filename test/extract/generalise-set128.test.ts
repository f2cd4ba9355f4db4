/**
 * Generalisation rows for the forms first met in held-out set 128: a public research institute that builds a model (a
 * node only then); "함께 나온 Y는" and "B가 낸 'Y'는" as the next sentence's topic; a count priced with 짜리 before a quoted
 * name; a programme's role noun ("이 사업의 실증 기관으로는 X를 포함해 … 참여"); a claimed base the next sentence denies
 * ("…다는 소문이 돌았다. 이에 대해 … 사실이 아니다"); "처음부터" and a comma-less contrast ("…했지만 젬마의") beside a bare
 * family word; a name glued to 코퍼레이션; a focus model's base across a long clause; a size as a clause's topic ("규모는
 * 7천억 개로"); "양사 모두" for both sentences' models; a score "바로잡았다" within its sentence; a post after a company
 * word ("업체 공장장은"); an official "이 사업을 맡고 있는"; an improved form ("Y의 성능을 끌어올린 개량형으로"); and a
 * cleft naming the partner ("대신 손을 잡은 곳은 B다"), or a partnership denied a few words on ("…맺거나 … 받은 건 없다").
 * Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // a public research institute that develops a model is the model's developer, with its people and partners
  {
    cat: 'company.institute-developer',
    text: "한국과학기술정보연구원(KISTI)이 자체 개발한 과학 특화 언어모델 '누리별 2'를 공개했다. 개발을 이끈 오태민 KISTI 초거대AI연구센터장은 \"논문 검색에 맞췄다\"고 말했다.",
    expect: ['DEVELOPED 한국과학기술정보연구원 -> 누리별 2', 'WORKS_FOR 오태민 -> 한국과학기술정보연구원'],
  },
  // an institute that only evaluates or joins is no node, nor are its relations
  {
    cat: 'company.institute-developer',
    text: "누리랩스는 '가온 3'를 공개했다. 평가 데이터는 한국과학기술정보연구원(KISTI)과 함께 만들었다. 오태민 KISTI 초거대AI연구센터장도 자리를 함께했다.",
    expect: ['DEVELOPED 누리랩스 -> 가온 3'],
    noNodes: ['Company:한국과학기술정보연구원', 'Company:KISTI'],
  },
  // "함께 나온 Y는 …": the model a sentence's topic introduces is what the next subjectless sentence is about
  {
    cat: 'properties.modified-topic-came-out',
    text: "누리랩스가 '가온 4'와 '가온 4 미니'를 공개했다. 가온 4는 매개변수 700억 개 규모다. 함께 나온 가온 4 미니는 매개변수가 팔십억 개다. 가온 4를 교사 모델로 삼아 지식 증류로 만들었다.",
    expect: ['BASED_ON 가온 4 미니 -> 가온 4'],
    absent: ['BASED_ON 가온 4 -> 가온 4 미니'],
    props: ['가온 4=parameters:70000000000', '가온 4 미니=parameters:8000000000'],
  },
  // "X 공개…70억짜리 '미니'는": a count priced with 짜리 tags the quoted word after it, not the model named before
  {
    cat: 'properties.priced-size-tag',
    text: "누리랩스, '가온 4' 공개…70억짜리 '미니'도 함께\n\n누리랩스가 '가온 4'를 공개했다. 가온 4는 매개변수 700억 개 규모다.",
    props: ['가온 4=parameters:70000000000'],
  },
  // (a priced count right before the quoted model's own name is that model's)
  {
    cat: 'properties.priced-size-tag',
    text: "누리랩스가 70억짜리 '가온 4 미니'를 공개했다.",
    props: ['가온 4 미니=parameters:7000000000'],
  },
  // "이 사업의 실증 기관으로는 X를 포함해 … 참여": a programme's role noun before the companies including X
  {
    cat: 'participates.including-list',
    text: "누리랩스는 '가온 3'를 공개했다. 누리랩스는 가온 3를 '스마트항만 AI 실증사업'의 기본 모델로 제공한다. 이 사업의 수행 기관으로는 누리랩스를 포함해 기업 다섯 곳이 참여한다.",
    expect: ['PARTICIPATES_IN 누리랩스 -> 스마트항만 AI 실증사업'],
  },
  {
    cat: 'participates.including-list',
    text: "누리랩스는 '가온 3'를 공개했다. 누리랩스는 가온 3를 '스마트항만 AI 실증사업'의 기본 모델로 제공한다. 이 사업의 수행 기관으로는 누리랩스를 포함해 기업 다섯 곳이 참여할지 검토 중이다.",
    absent: ['PARTICIPATES_IN 누리랩스 -> 스마트항만 AI 실증사업'],
  },
  // "…를 기반으로 만들어졌다는 소문이 돌았다. 이에 대해 … 사실이 아니다": a claim the next sentence denies is disputed
  // (and goes where the article states the model's base to be another)
  {
    cat: 'based-on.claim-denied-next',
    text: "누리랩스가 '가온 2'를 출시했다. 출시 전 업계에서는 가온 2가 메타의 '라마 3'를 기반으로 만들어졌다는 소문이 돌았다. 이에 대해 김도윤 누리랩스 대표는 \"사실이 아니다\"라고 말했다.",
    edgeProps: ['BASED_ON 가온 2 -> 라마 3 status=disputed'],
  },
  {
    cat: 'based-on.claim-denied-next',
    text: "누리랩스가 '가온 2'를 출시했다. 가온 2는 LG AI연구원의 '엑사원 4.0'을 바탕으로 추가 학습했다. 출시 전 업계에서는 가온 2가 메타의 '라마 3'를 기반으로 만들어졌다는 소문이 돌았다. 이에 대해 김도윤 누리랩스 대표는 \"사실이 아니다\"라고 선을 그었다.",
    expect: ['BASED_ON 가온 2 -> 엑사원 4.0'],
    absent: ['BASED_ON 가온 2 -> 라마 3'],
  },
  // (a claim the next sentence leaves alone is no base at all: only raised, never answered)
  {
    cat: 'based-on.claim-denied-next',
    text: "누리랩스가 '가온 2'를 출시했다. 출시 전 업계에서는 가온 2가 메타의 '라마 3'를 기반으로 만들어졌다는 소문이 돌았다. 가온 2는 상담 업무에 쓰인다.",
    absent: ['BASED_ON 가온 2 -> 라마 3'],
  },
  // "토대는 처음부터 끝까지 엑사원": "처음부터 끝까지" (from start to end) is no talk of the family, so the bare family word is the article's version
  {
    cat: 'families.from-the-start-no-family-talk',
    text: "누리랩스가 '가온 2'를 출시했다. 가온 2는 LG AI연구원의 '엑사원 4.0'을 바탕으로 추가 학습했다. 김도윤 대표는 \"다른 모델도 시험했지만, 토대는 처음부터 끝까지 엑사원\"이라고 말했다.",
    expect: ['BASED_ON 가온 2 -> 엑사원 4.0'],
    noNodes: ['Model:엑사원'],
  },
  // "처음부터 (직접) 학습한": trained from scratch, a model's history, no talk of the family either
  {
    cat: 'families.from-the-start-no-family-talk',
    text: "LG AI연구원은 '엑사원 4.0'을 공개했다. 연구원 측은 엑사원이 처음부터 직접 학습한 모델이라고 강조했다.",
    noNodes: ['Model:엑사원'],
  },
  // "X코퍼레이션과 함께": a name glued to 코퍼레이션 is a company
  {
    cat: 'companies.corporation-suffix',
    text: "누리랩스는 보안 데이터를 한솔빛코퍼레이션과 함께 구축한다. 양사는 지난 18일 업무협약을 맺었다.",
    expect: ['PARTNERS_WITH 누리랩스 -> 한솔빛코퍼레이션'],
  },
  {
    cat: 'companies.corporation-suffix',
    text: "누리랩스는 코퍼레이션 제도 개편을 앞두고 보안 데이터를 구축한다.",
    noNodes: ['Company:코퍼레이션'],
  },
  // "이 모델은 Z를 바탕으로, <a long description of the data> 추가로 학습시켜 만들었다": the focus model's base across a long clause
  {
    cat: 'based-on.focus',
    text: "스타트업 누리랩스는 번역 모델 '가온 1.0'을 공개했다. 이 모델은 메타가 오픈소스로 풀어놓은 '라마 3 8B'를 바탕으로, 지역 방송국이 녹음한 인터뷰 자료와 주민 800여 명이 참여해 모은 대화 문장 약 이십만 쌍을 추가로 학습시켜 만들었다.",
    expect: ['BASED_ON 가온 1.0 -> 라마 3 8B'],
  },
  // "B가 낸 'Y'는 …, 규모는 7천억 개로": the topic a release clause modifies, its size as a clause's topic counted with 개
  {
    cat: 'properties.size-topic-count',
    text: "누리랩스가 낸 '누리 3'는 지난 1월 공개된 '누리 2'의 후속작인데, 규모는 9천억 개로 전작보다 커졌다.",
    props: ['누리 3=parameters:900000000000'],
  },
  {
    cat: 'properties.size-topic-count',
    text: "누리랩스는 '누리 3'를 공개했다. 학습 데이터 규모는 2천억 개로 늘었다.",
    props: ['누리 3=parameters:undefined'],
  },
  // "X가 낸 A는 …. Y가 낸 B는 …. 양사 모두 프롬 스크래치 방식이다": both sentences' models
  {
    cat: 'properties.both-companies',
    text: "가온랩과 누리랩스가 2차 평가를 마쳤다. 가온랩이 이번 평가에 낸 모델은 '가온 5'로, 매개변수가 1천200억 개다. 누리랩스가 낸 '온새미 3'는 지난 1월 공개된 '온새미 2'의 후속작인데, 규모가 9천억 개다. 양사 모두 데이터 수집 단계부터 자체 구축한 '프롬 스크래치' 방식이라는 점을 강조했다.",
    props: ['가온 5=fromScratch:true', '온새미 3=fromScratch:true'],
  },
  {
    cat: 'properties.both-companies',
    text: "가온랩과 누리랩스가 2차 평가를 마쳤다. 가온랩이 이번 평가에 낸 모델은 '가온 5'로, 매개변수가 1천200억 개다. 누리랩스가 낸 '온새미 3'는 지난 1월 공개된 '온새미 2'의 후속작인데, 규모가 9천억 개다. 양사 모두 GPU가 부족하다고 호소했다.",
    props: ['가온 5=fromScratch:undefined', '온새미 3=fromScratch:undefined'],
  },
  // "70.2점을 얻었다고 밝혔다가, … 이를 72.4점으로 바로잡았다": the score as corrected
  {
    cat: 'corrections.revised-value',
    text: "과기정통부는 누리랩스의 '누리 3'가 KMMLU에서 68.1점을 얻었다고 밝혔다가, 이틀 뒤 \"일부 과목이 빠졌다\"며 이를 69.9점으로 바로잡았다.",
    edgeProps: ['SCORED 누리 3 -> KMMLU score=69.9'],
  },
  {
    cat: 'corrections.revised-value',
    text: "과기정통부는 누리랩스의 '누리 3'가 KMMLU에서 68.1점을 얻었다고 밝혔다가, 이틀 뒤 69.9점을 다음 목표로 제시했다.",
    edgeProps: ['SCORED 누리 3 -> KMMLU score=68.1'],
  },
  // "B가 낸 'Y'는": a quoted model a release clause modifies is the topic; an unquoted rival named so in passing is not
  {
    cat: 'properties.modified-topic-released-by',
    text: "누리랩스가 '누리 3'를 공개했다. 업스테이지가 낸 '솔라 프로2'는 레이어 수가 다르다. 이 모델은 오픈소스로 공개됐다.",
    props: ['솔라 프로2=openSource:true'],
  },
  {
    cat: 'properties.modified-topic-released-by',
    text: "누리랩스가 '누리 3'를 공개했다. 메타가 낸 라마 3.3은 레이어 수가 다르다. 이 모델은 오픈소스로 공개됐다.",
    props: ['누리 3=openSource:true'],
  },
  // "한 부품업체 공장장은": a post after a company word is no company
  {
    cat: 'companies.post-after-company-word',
    text: "누리랩스가 제조 특화 모델 '누리-M 3'를 출시했다. 한 부품업체 공장장은 \"결국 사람이 정한다\"고 말했다.",
    noNodes: ['Company:공장장'],
    expect: ['DEVELOPED 누리랩스 -> 누리-M 3'],
  },
  // "이 사업을 맡고 있는 NAME 실장은": the official in charge of the programme promotes it
  {
    cat: 'promotes.leader-of',
    text: "누리랩스는 부산시가 추진하는 '항만 AI 바우처 사업'의 공급기업으로 선정됐다. 이 사업을 맡고 있는 한도윤 부산시 디지털혁신실장은 \"수요기업을 늘리겠다\"고 밝혔다.",
    expect: ['PROMOTES 한도윤 -> 항만 AI 바우처 사업'],
  },
  {
    cat: 'promotes.leader-of',
    text: "누리랩스는 부산시가 추진하는 '항만 AI 바우처 사업'의 공급기업으로 선정됐다. 이 사업을 맡을지 아직 정해지지 않은 한도윤 부산시 디지털혁신실장은 말을 아꼈다.",
    absent: ['PROMOTES 한도윤 -> 항만 AI 바우처 사업'],
  },
  // "…했지만 Y의 점수는": a contrast with no comma ends the clause, so the bare family word after it is the article's version
  {
    cat: 'families.contrast-without-comma',
    text: "누리랩스가 '누리 3'를 출시했다. 회사 측은 \"구글의 젬마 2 9B보다도 높았다\"고 했지만 젬마의 점수는 공개하지 않았다.",
    noNodes: ['Model:젬마'],
  },
  // "대신 손을 잡은 곳은 B다": the story's company partners B
  {
    cat: 'partners.omitted-subject-cleft',
    text: "스타트업 별빛AI가 상담 특화 모델 '별빛-2'를 공개했다. 네이버와 따로 협약을 맺지는 않았다. 대신 손을 잡은 곳은 한빛카드다.",
    expect: ['PARTNERS_WITH 별빛AI -> 한빛카드'],
    absent: ['PARTNERS_WITH 별빛AI -> 네이버'],
  },
  // "B와 따로 협약을 맺거나 지원을 받은 건 없다": a partnership denied a few words after the verb
  {
    cat: 'partners.omitted-subject',
    text: "스타트업 별빛AI가 상담 특화 모델 '별빛-2'를 공개했다. 한빛카드와 따로 협약을 맺거나 지원을 받은 건 없다고 했다.",
    absent: ['PARTNERS_WITH 별빛AI -> 한빛카드'],
  },
  {
    cat: 'partners.omitted-subject',
    text: "스타트업 별빛AI가 상담 특화 모델 '별빛-2'를 공개했다. 한빛카드와 지난달 업무협약을 맺고 상담 데이터를 함께 쌓고 있다.",
    expect: ['PARTNERS_WITH 별빛AI -> 한빛카드'],
  },
];

describe('generalise: set 128 forms', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkFactRow(row));
});
