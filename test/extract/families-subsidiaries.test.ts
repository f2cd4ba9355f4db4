/**
 * Held-out categories, round 3: a bare family word in an article about one version (sizes count as
 * their version; a version named once beside the main one does not split the family), clauses of a
 * joined sentence read apart, a family word inside a job title; models combined with another are
 * not released by the company. Each row is a short article written for these tests (no held-out
 * text), the facts it must give and the facts it must not give.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  {
    cat: 'family.sized-version',
    // a size of the version and the version itself: one version, so the bare family word is it
    text: "스타트업 누리비전은 Qwen3 8B를 바탕으로 '누리-S 8B'를 만들었다. 알리바바의 Qwen3는 오픈 웨이트 모델이다. 국내에서도 Qwen을 쓰는 기업이 늘고 있다.",
    expect: ['BASED_ON 누리-S 8B -> Qwen3 8B', 'DEVELOPED 알리바바 -> Qwen3'],
    noNodes: ['Model:Qwen'],
  },
  {
    cat: 'family.main-version',
    // the article is about 젬마 3; 젬마 4 is named once as a plan
    text: '구글은 젬마 3를 공개했다. 젬마 3는 KMMLU에서 60.1점을 받았다. 스타트업 다솜랩은 젬마 3를 고객 상담에 쓴다. 구글은 내년 젬마 4도 내놓을 계획이다. 업계는 젬마의 한국어 성능을 높게 평가했다.',
    expect: ['DEVELOPED 구글 -> 젬마 3', 'SCORED 젬마 3 -> KMMLU'],
    noNodes: ['Model:젬마'],
  },
  {
    cat: 'family.main-version',
    // two versions named equally often: the family word stays the family
    text: '메타는 라마 3.1과 라마 4를 함께 소개했다. 라마는 오픈 모델로 널리 쓰인다.',
    nodes: ['Model:라마', 'Model:라마 3.1', 'Model:라마 4'],
  },
  {
    cat: 'family.main-version',
    // beside a relation word the family word is not guessed to be the main version (it may be the other one)
    text: "LG AI연구원은 엑사원 4.0을 공개했다. 엑사원 4.0은 KMMLU에서 70.2점을 받았다. 엑사원 4.0은 추론 성능도 높였다. 엑사원 3.5도 여전히 쓰인다. 스타트업 가온은 엑사원 기반 모델 '가온-L 7B'를 공개했다.",
    absent: ['BASED_ON 가온-L 7B -> 엑사원 4.0'],
    expect: ['DEVELOPED 가온 -> 가온-L 7B'],
  },
  {
    cat: 'family.clause',
    // the relation word (경량화) belongs to the first clause; the second clause's family word is the article's model
    text: "메타는 라마 3.1을 공개했다. 노타는 라마 3.1을 휴대폰에서 돌리도록 경량화하는 기술을 소개했고, 스타트업 온새미는 자사 번역 모델 '온새미-T 2.0'과 라마를 결합한 데모를 선보였다.",
    expect: ['DEVELOPED 메타 -> 라마 3.1', 'DEVELOPED 온새미 -> 온새미-T 2.0'],
    absent: ['DEVELOPED 온새미 -> 라마 3.1', 'DEVELOPED 온새미 -> 라마'],
    noNodes: ['Model:라마'],
  },
  {
    cat: 'family.quoted-whole',
    // a family word quoted whole after its maker's possessive, in a clause that relates models (a base, a merge), is that model
    text: "업스테이지는 '솔라 프로2'를 공개했다. 솔라 프로2는 KMMLU에서 67.9점을 받았다. 가온랩의 '가온-머지 20B'는 미스트랄AI의 '미스트랄 스몰 3.1'과 업스테이지의 '솔라 프로'를 병합해 만든 모델이다.",
    expect: ['BASED_ON 가온-머지 20B -> 솔라 프로', 'BASED_ON 가온-머지 20B -> 미스트랄 스몰 3.1'],
    absent: ['BASED_ON 가온-머지 20B -> 솔라 프로2'],
  },
  {
    cat: 'family.quoted-whole',
    // unquoted, the family word beside a base relation still stands for the article's one version
    text: "알리바바는 큐웬2.5를 공개했다. 큐웬2.5는 KMMLU에서 61.2점을 받았다. 가온랩의 가온-7B는 큐웬을 기반으로 만들었다.",
    expect: ['BASED_ON 가온-7B -> 큐웬2.5'],
  },
  {
    cat: 'family.in-title',
    // a family word inside a job title, in a sentence that talks about the next version
    text: "메타는 라마 3.1을 공개했다. 라마 3.1은 KMMLU에서 55.0점을 받았다. 행사에서 제니퍼 리 메타 라마 제품 총괄은 차기 모델 '라마 5' 계획도 소개했다.",
    expect: ['WORKS_FOR 제니퍼 리 -> 메타'],
    edgeProps: ['WORKS_FOR 제니퍼 리 -> 메타 title=라마 제품 총괄'],
    noNodes: ['Model:라마'],
  },
  {
    cat: 'developed.combined',
    // combining a model with another in a demo does not release it
    text: "스타트업 한빛로보는 자사 음성 모델 '소리결 2.0'과 엑사원 3.5를 결합한 안내 로봇을 선보였다.",
    expect: ['DEVELOPED 한빛로보 -> 소리결 2.0'],
    absent: ['DEVELOPED 한빛로보 -> 엑사원 3.5'],
  },
  {
    cat: 'subsidiary.glued',
    // a foreign firm's name glued to 코리아: its Korean arm, not the parent
    text: '엔비디아코리아는 국내 로봇 스타트업 두 곳과 협약을 맺었다. 세일즈포스코리아도 행사에 참석했다.',
    nodes: ['Company:엔비디아코리아', 'Company:세일즈포스코리아'],
    noNodes: ['Company:엔비디아', 'Company:세일즈포스'],
  },
  {
    cat: 'subsidiary.spaced',
    text: '업계는 앤트로픽 코리아와 퀄컴 한국 법인도 비슷한 협력을 준비하는 것으로 본다.',
    nodes: ['Company:앤트로픽 코리아', 'Company:퀄컴 한국 법인'],
    noNodes: ['Company:앤트로픽', 'Company:퀄컴'],
  },
  {
    cat: 'subsidiary.edges',
    // the branch's partnership and staff are the branch's; the parent keeps its own model
    text: '한국마이크로소프트가 스타트업 온누리랩과 손잡고 공공 AI 협력 협약을 맺었다. 최가람 한국마이크로소프트 전무는 "마이크로소프트의 파이-4를 국내 기관이 쓰기 쉽게 돕겠다"고 말했다.',
    expect: ['PARTNERS_WITH 온누리랩 -> 한국마이크로소프트', 'WORKS_FOR 최가람 -> 한국마이크로소프트', 'DEVELOPED 마이크로소프트 -> 파이-4'],
    absent: ['PARTNERS_WITH 마이크로소프트 -> 온누리랩', 'WORKS_FOR 최가람 -> 마이크로소프트', 'DEVELOPED 한국마이크로소프트 -> 파이-4'],
  },
  {
    cat: 'subsidiary.edges',
    // only the branch named: the parent's model family is not the branch's
    text: 'AWS코리아는 아마존 노바 2를 국내 고객에게 제공한다고 밝혔다. 한국마이크로소프트는 파이-4를 소개했다.',
    absent: ['DEVELOPED AWS코리아 -> 아마존 노바 2', 'DEVELOPED 한국마이크로소프트 -> 파이-4'],
  },
  {
    cat: 'subsidiary.glossed',
    // "X(Y) 코리아": one arm under both names, not the parent and a second arm
    text: "앤트로픽(Anthropic) 코리아가 개발자 교육 과정을 열었다. 한가람 Anthropic 코리아 매니저는 '수강생을 늘리겠다'고 말했다.",
    noNodes: ['Company:앤트로픽', 'Company:Anthropic'],
    // (the one node carries both names)
    expect: ['WORKS_FOR 한가람 -> 앤트로픽 코리아', 'WORKS_FOR 한가람 -> Anthropic 코리아'],
  },
  {
    cat: 'subsidiary.glossed',
    // a parenthesised note that is no alias, before a word that only starts with 코리아, leaves the parent
    text: '엔비디아(미국)는 코리아나 호텔에서 행사를 열었다.',
    nodes: ['Company:엔비디아'],
  },
  {
    cat: 'subsidiary.korean',
    // a Korean company's name followed by 코리아-like words is left alone
    text: '네이버는 국내 법인 고객을 위한 하이퍼클로바X 요금제를 내놨다.',
    nodes: ['Company:네이버'],
  },
  {
    cat: 'works-for.title-paren-company',
    // name, title, then the company in parentheses
    text: '스타트업 온누리랩이 번역 모델을 공개했다. 정다운 대표(온누리랩)는 "올해 고객을 두 배로 늘리겠다"고 말했다. 한서연 최고기술책임자(CTO, 업스테이지)도 참석했다.',
    expect: ['WORKS_FOR 정다운 -> 온누리랩', 'WORKS_FOR 한서연 -> 업스테이지'],
    edgeProps: ['WORKS_FOR 정다운 -> 온누리랩 title=대표'],
  },
  {
    cat: 'scored.list-continues',
    // a second benchmark and score after the first, the score without 점 (a leaderboard's 0–1 scale)
    text: "온누리랩은 '온누리-L 14B'를 공개했다. 이 모델은 KMMLU에서 61.2점, 호랑이 리더보드3 종합 점수 0.688을 기록했다.",
    expect: ['SCORED 온누리-L 14B -> KMMLU', 'SCORED 온누리-L 14B -> 호랑이 리더보드3'],
    edgeProps: ['SCORED 온누리-L 14B -> 호랑이 리더보드3 score=0.688'],
  },
  {
    cat: 'scored.list-continues',
    // the second benchmark belongs to another model's clause, or has no score: nothing for the first model
    text: '온누리-L 14B는 KMMLU에서 61.2점, 엑사원 3.5는 HAERAE 70.4점을 받았다. 온누리-L 14B는 KMMLU에서 61.2점을 받아 호랑이 리더보드3 순위도 올랐다.',
    absent: ['SCORED 온누리-L 14B -> HAERAE', 'SCORED 온누리-L 14B -> 호랑이 리더보드3'],
  },
  {
    cat: 'developed.group-family',
    // a group's model family is not developed by every company of the group
    text: '스타트업 온누리랩은 LG유플러스와 상담 서비스를 함께 만든다. 온누리랩의 새 모델은 엑사원 3.5와 비교됐다.',
    absent: ['DEVELOPED LG유플러스 -> 엑사원 3.5'],
  },
  {
    cat: 'developed.group-family',
    // the subsidiary whose own family it is still develops it
    text: '네이버클라우드는 하이퍼클로바X 씽크를 소개했다.',
    expect: ['DEVELOPED 네이버클라우드 -> 하이퍼클로바X 씽크'],
  },
  {
    cat: 'based-on.pronoun',
    // "이를" right after a sentence that ended on a model as its object: that model is the base
    text: "한결랩은 10일 '한결-L 2'를 공개했다. 같은 날 온새미는 이를 기반으로 한 '온새미-법률 1.0'을 내놨다.",
    expect: ['BASED_ON 온새미-법률 1.0 -> 한결-L 2'],
    props: ['온새미-법률 1.0=releasedOn:2025-07-10'],
  },
  {
    cat: 'based-on.pronoun',
    // "이를" after a sentence about data: no base model
    text: "한결랩은 '한결-L 2'를 공개했다. 회사는 법률 문서 1조 토큰을 모았다. 이를 기반으로 '한결-L 3'도 만든다.",
    absent: ['BASED_ON 한결-L 3 -> 한결-L 2'],
  },
  {
    cat: 'person.paren-title',
    // "기관(총장 이름)": the head of an institution named in parentheses is a person (no employer node for a university)
    text: '한빛과학기술원(총장 서도윤)은 스타트업 온새미와 번역 모델을 함께 만든다고 밝혔다.',
    nodes: ['Person:서도윤'],
  },
  {
    cat: 'person.ordinal-title',
    // an ordinal before the title ("제1차관", "제2차관")
    text: "과학기술정보통신부 남궁현 제1차관은 '독자 AI 파운데이션 모델 프로젝트'를 끝까지 지원하겠다고 말했다.",
    nodes: ['Person:남궁현'],
    expect: ['PROMOTES 남궁현 -> 독자 AI 파운데이션 모델 프로젝트'],
  },
  {
    cat: 'chrome.stock-table',
    // a related-stocks ticker line is not article text
    text: '한결랩은 새 모델을 공개했다.\n관련 종목 한결랩 123450 12,000 ▲3.1% 네이버 035420 241,500 ▼0.8%',
    noNodes: ['Company:네이버'],
  },
  {
    cat: 'open-source.apposition',
    text: "스타트업 한결랩은 메타의 오픈웨이트 모델 '라마 3.1 8B'를 바탕으로 만든 '한결-L 2'를 공개했다.",
    props: ['라마 3.1 8B=openSource:true'],
    expect: ['BASED_ON 한결-L 2 -> 라마 3.1 8B'],
  },
  {
    cat: 'succeeds.bare-version',
    // a bare dotted version in a succession statement is the family's version (family from the sentence, then from focus)
    text: "스타트업 온새미는 '온새미-T 3.0'을 공개했다. 3.0은 지난해 나온 2.5의 후속 모델이다.",
    expect: ['SUCCEEDS 온새미-T 3.0 -> 온새미-T 2.5'],
    noNodes: ['Model:나온 2.5'],
  },
  {
    cat: 'succeeds.bare-version',
    text: 'LG AI연구원은 엑사원 4.0을 공개했다. 엑사원 4.0은 3.5의 업그레이드 버전이다.',
    expect: ['SUCCEEDS 엑사원 4.0 -> 엑사원 3.5'],
  },
  {
    cat: 'succeeds.bare-version',
    // a number that is a score, not a version, and no succession words: nothing
    text: "온새미는 '온새미-T 3.0'을 공개했다. 3.0은 KMMLU에서 2.5점 올랐다. 온새미-T 3.0은 1.5배 빠르다.",
    absent: ['SUCCEEDS 온새미-T 3.0 -> 온새미-T 2.5'],
    noNodes: ['Model:온새미-T 2.5', 'Model:온새미-T 1.5'],
  },
  {
    cat: 'succeeds.bare-version',
    // inside one quotation of several sentences: the base of one sentence is not the next sentence's subject's
    text: '온새미 대표는 "온새미-T 2.5는 라마 3 8B를 바탕으로 추가 학습한 모델이었습니다. 3.0은 2.5의 후속 모델이지만 구조가 다릅니다"라고 말했다.',
    expect: ['SUCCEEDS 온새미-T 3.0 -> 온새미-T 2.5', 'BASED_ON 온새미-T 2.5 -> 라마 3 8B'],
    absent: ['BASED_ON 온새미-T 3.0 -> 라마 3 8B'],
  },
  {
    cat: 'company.generic-word',
    // a generic word with its particle after 빅테크/스타트업 is no company; a name keeps no particle
    text: '해외 빅테크 모델과의 격차가 좁혀졌다. 스타트업 노바랩과의 협력도 이어진다.',
    nodes: ['Company:노바랩'],
    noNodes: ['Company:모델과', 'Company:노바랩과'],
  },
  // a model carrying the brand of the one company named with it ("하람AI" … "하람-M 2") is that company's
  {
    cat: 'family.namesake',
    text: '의료 AI 스타트업 하람AI가 판교에 문을 열었다. 윤하나 하람AI 최고기술책임자가 상담 모델 ‘하람-M 2’를 전시장에서 시연했다.',
    expect: ['DEVELOPED 하람AI -> 하람-M 2'],
  },
  {
    cat: 'family.namesake',
    // another brand, or two companies with the brand: nothing
    text: '의료 AI 스타트업 바로AI가 판교에 문을 열었다. 윤하나 바로AI 최고기술책임자가 상담 모델 ‘하람-M 2’를 전시장에서 시연했다. 하람AI와 하람랩스도 부스를 열었다.',
    absent: ['DEVELOPED 바로AI -> 하람-M 2', 'DEVELOPED 하람AI -> 하람-M 2', 'DEVELOPED 하람랩스 -> 하람-M 2'],
  },
  {
    cat: 'family.distinct-lines',
    // one maker's two model lines are two models: a base named from one line is not the other
    text: "코히어는 Command A와 Command R을 함께 운영한다. 한빛AI는 코히어의 모델 Command A를 기반으로 금융 특화 모델 ‘한빛 커맨드 K’를 개발한다.",
    nodes: ['Model:Command A', 'Model:Command R'],
    expect: ['BASED_ON 한빛 커맨드 K -> Command A'],
  },
  {
    cat: 'family.affiliate-not-series',
    // "계열사" is an affiliate company, not the family's series: the family word is still the one version named
    text: "카카오는 카나나 2.0을 공개했다. 카나나 2.0은 KMMLU에서 61.0점을 받았다. 카카오 관계자는 \"카나나가 그룹 계열사 서비스로 퍼져 나갈 것\"이라고 했다.",
    expect: ['DEVELOPED 카카오 -> 카나나 2.0'],
    noNodes: ['Model:카나나'],
  },
];

describe('families and subsidiaries (categories from held-out set 7)', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 60)}`, () => checkFactRow(row));
});
