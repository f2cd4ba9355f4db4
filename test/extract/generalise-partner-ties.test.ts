/**
 * Generalisation rows for partnerships and ties that are not partnerships: every party named on one
 * joint-development contract ("A는 B, C, D와 'M' 공동 개발 계약을 체결") develops M and partners every other
 * party, unless each signs its own ("각각"); two companies said to take different alliance strategies are no
 * pair. Every row is a short article written for these tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  {
    cat: 'ties.joint-contract-list',
    text: "가온텔레콤은 북해텔레콤, 사막텔레콤, 남양텔레콤과 '콜봇 3' 공동 개발 계약을 체결했다고 밝혔다. 콜봇 3는 상담 특화 언어모델이다.",
    expect: [
      'DEVELOPED 가온텔레콤 -> 콜봇 3', 'DEVELOPED 북해텔레콤 -> 콜봇 3', 'DEVELOPED 사막텔레콤 -> 콜봇 3', 'DEVELOPED 남양텔레콤 -> 콜봇 3',
      'PARTNERS_WITH 북해텔레콤 -> 사막텔레콤', 'PARTNERS_WITH 북해텔레콤 -> 남양텔레콤', 'PARTNERS_WITH 사막텔레콤 -> 남양텔레콤',
    ],
  },
  // each partner signs its own contract with the subject: no tie between the partners
  {
    cat: 'ties.joint-contract-each',
    text: "가온텔레콤은 북해텔레콤, 남양텔레콤과 각각 '콜봇 3' 공동 개발 계약을 체결했다. 콜봇 3는 상담 특화 언어모델이다.",
    absent: ['PARTNERS_WITH 북해텔레콤 -> 남양텔레콤'],
  },
  // a contract only talked about is none
  {
    cat: 'ties.joint-contract-hedged',
    text: "가온텔레콤은 북해텔레콤, 남양텔레콤과 '콜봇 3' 공동 개발 계약을 체결할 가능성이 있다. 콜봇 3는 상담 특화 언어모델이다.",
    absent: ['DEVELOPED 북해텔레콤 -> 콜봇 3', 'PARTNERS_WITH 북해텔레콤 -> 남양텔레콤'],
  },
  // two firms that take different alliance strategies are rivals, not partners
  {
    cat: 'ties.different-alliances',
    text: '한 관계자는 "누리랩스와 다온테크가 전혀 다른 제휴 전략을 택한 셈"이라고 말했다.',
    absent: ['PARTNERS_WITH 누리랩스 -> 다온테크'],
  },
  {
    cat: 'ties.different-alliances-control',
    text: '누리랩스와 다온테크가 제휴를 맺었다.',
    expect: ['PARTNERS_WITH 누리랩스 -> 다온테크'],
  },
  // foreign carriers and makers known by their Korean spellings carry their countries
  {
    cat: 'ties.foreign-carriers',
    text: '후지쓰는 도이치텔레콤, 싱텔과 손잡았다. SB인튜이션즈는 e&와 협력한다. 한국수자원공사와 시냅틱스도 참여했다.',
    props: ['후지쓰=country:JP', '도이치텔레콤=country:DE', '싱텔=country:SG', 'e&=country:AE', 'SB인튜이션즈=country:JP', '한국수자원공사=country:KR'],
  },
  // a foreign name in Hangul after its company's possessive, glossed in Chinese characters or not, then the title
  {
    cat: 'ties.foreign-staff-glossed',
    text: '가온랩스의 사토 히로시(佐藤博) 사장은 "두 나라 시장을 함께 본다"고 말했다.',
    expect: ['WORKS_FOR 사토 히로시 -> 가온랩스'],
  },
  {
    cat: 'ties.foreign-staff-plain',
    text: '가온랩스의 마르쿠스 브라운 이사는 계획을 설명했다.',
    expect: ['WORKS_FOR 마르쿠스 브라운 -> 가온랩스'],
  },
  // a unit of the company before the title is no name
  {
    cat: 'ties.foreign-staff-unit',
    text: '가온랩스의 클라우드 부문 대표는 계획을 설명했다.',
    noNodes: ['Person:클라우드 부문'],
  },
  // the pair ("양사") as the subject of a completing verb makes the model together
  {
    cat: 'ties.pair-completes',
    text: "누리랩스는 다온테크와 LLM을 공동 개발하는 업무제휴를 맺었다. 양사는 새 모델 '누리-K'를 내년 봄까지 완성할 계획이다.",
    expect: ['DEVELOPED 누리랩스 -> 누리-K', 'DEVELOPED 다온테크 -> 누리-K', 'PARTNERS_WITH 누리랩스 -> 다온테크'],
  },
  {
    cat: 'ties.one-completes',
    text: "나래소프트는 새 모델 '나래-K'를 완성했다고 밝혔다.",
    expect: ['DEVELOPED 나래소프트 -> 나래-K'],
  },
  // a model the sentence gives one owner is no joint making of the pair ("양사는 X의 'Y'를 출발점으로")
  {
    cat: 'ties.pair-owned-model',
    text: "누리랩스는 다온테크와 LLM을 공동 개발하기로 하고 업무협약을 맺었다. 두 회사는 누리랩스의 '누리-S 2B'를 출발점으로 일본어 데이터를 추가 학습해 내년 첫 모델을 내놓을 계획이다.",
    absent: ['DEVELOPED 다온테크 -> 누리-S 2B'],
  },
  // a possessive pair is no developer
  {
    cat: 'ties.pair-possessive',
    text: "누리랩스는 다온테크와 업무협약을 맺었다. 양사의 모델 '누리-K'는 누리랩스가 개발했다.",
    absent: ['DEVELOPED 다온테크 -> 누리-K'],
  },
  // Japan's government programme for generative AI
  {
    cat: 'ties.japanese-programme',
    text: "일본 정부는 'GENIAC' 프로젝트를 통해 국산 모델 개발을 후원하고 있으며, 가온랩스는 이 프로젝트의 지원 대상으로 선정된 바 있다.",
    expect: ['PARTICIPATES_IN 가온랩스 -> GENIAC'],
  },
  // a rumour that a tie was in the works, denied, is none
  {
    cat: 'ties.rumour-went-round',
    text: '나래텔레콤이 캐나다 AI 기업 가온랩스와 제휴한다는 말이 업계에 돌았는데요, 나래텔레콤은 "사실이 아니다"라고 밝혔습니다.',
    absent: ['PARTNERS_WITH 나래텔레콤 -> 가온랩스'],
  },
  // an unnamed company as the subject keeps the subject before from being carried in
  {
    cat: 'ties.unnamed-subject',
    text: '나래텔레콤은 가온랩스에 투자했다. 한 AI 스타트업이 "다온테크와 협력"이라고 홍보했는데, 알고 보니 GPU를 산 게 전부였던 거죠.',
    absent: ['PARTNERS_WITH 나래텔레콤 -> 다온테크'],
  },
  // a rumour denied in favour of the fact: the fact stands
  {
    cat: 'ties.not-a-rumour',
    text: '나래텔레콤과 가온랩스는 소문이 아니라 실제로 손을 잡았다.',
    expect: ['PARTNERS_WITH 나래텔레콤 -> 가온랩스'],
  },
  // an investment that goes on to joint development ("…에서 끝나지 않고", not a negation) makes partners
  {
    cat: 'ties.investee-develops-together',
    text: '나래텔레콤은 미국 가온랩스에 1억 달러를 투자했는데요, 투자에서 끝나지 않고 통신 특화 모델을 함께 개발하기로 했습니다.',
    expect: ['PARTNERS_WITH 나래텔레콤 -> 가온랩스'],
  },
  {
    cat: 'ties.investment-only',
    text: '나래텔레콤은 가온랩스에 1억 달러를 투자했다. 모델을 함께 개발할 계획은 없다.',
    absent: ['PARTNERS_WITH 나래텔레콤 -> 가온랩스'],
  },
  // a purchase others called a tie is none
  {
    cat: 'ties.called-by-others',
    text: "가온랩스는 올해 엔비디아의 최신 GPU를 대량 구매했는데, 일부 매체는 이를 '엔비디아와의 협력'으로 보도했다.",
    absent: ['PARTNERS_WITH 가온랩스 -> 엔비디아'],
  },
  // a simile with people in general ("사람처럼") compares with no model: the pair still made the model
  {
    cat: 'ties.pair-long-purpose',
    text: "가온게임즈와 나래랩스가 눈에 띈다. 두 회사는 게임 속에서 사람처럼 말하는 캐릭터를 구현하기 위해 소형 언어모델 'NPC-LM 2'를 공동 개발했다.",
    expect: ['DEVELOPED 가온게임즈 -> NPC-LM 2', 'DEVELOPED 나래랩스 -> NPC-LM 2'],
  },
  // a cleft closing on a company makes it the omitted subject of the next sentence
  {
    cat: 'ties.cleft-subject',
    text: "가온랩스는 시리즈B 투자를 마무리했다. 이번 라운드에서 눈에 띄는 건 나래텔레콤의 역할이다. 단순 재무적 투자에 그치지 않고 가온랩스와 함께 후속 모델인 '가온-F 2'를 공동 개발하기로 했다.",
    expect: ['DEVELOPED 나래텔레콤 -> 가온-F 2', 'PARTNERS_WITH 나래텔레콤 -> 가온랩스'],
  },
  // "A에서는 NAME UNIT TITLE": the word between is A's unit, no company
  {
    cat: 'ties.unit-of-opening-company',
    text: '가온클라우드에서는 박윤서 하이퍼스케일AI 전무가 나래AI 이사회에 합류한다.',
    expect: ['WORKS_FOR 박윤서 -> 가온클라우드'],
    noNodes: ['Company:하이퍼스케일AI'],
  },
  // a parent named only to describe its subsidiary is no member of "양사"
  {
    cat: 'ties.parent-describes-subsidiary',
    text: '가온AI가 시리즈B 투자 유치를 마무리했다. 카카오의 클라우드 자회사인 카카오엔터프라이즈가 전략적 투자자로 이름을 올렸고, 양사는 지분 관계를 넘어 차기 모델을 함께 만들기로 했다.',
    absent: ['PARTNERS_WITH 카카오 -> 카카오엔터프라이즈'],
  },
  // a table pairing two companies a row: partners where the row's nature column (or its content) says so
  {
    cat: 'ties.pair-table',
    text: '가온랩스와 나래텔레콤의 관계를 정리했다.\n\n기업 | 상대 | 내용 | 성격\n가온랩스 | 나래텔레콤 | 공동 마케팅·서비스 탑재 | 파트너\nKT | 엔비디아 | GPU 구매 | 공급 계약\n네이버 | 인텔 | 재무적 투자 | 기술 협력 없음',
    expect: ['PARTNERS_WITH 가온랩스 -> 나래텔레콤'],
    absent: ['PARTNERS_WITH KT -> 엔비디아', 'PARTNERS_WITH 네이버 -> 인텔'],
  },
  {
    cat: 'ties.pair-table-no-nature-column',
    text: '가온랩스와 나래텔레콤의 관계를 정리했다.\n\n기업 | 상대 | 내용\n가온랩스 | 나래텔레콤 | 5년 전략적 파트너십\nKT | 엔비디아 | GPU 구매',
    expect: ['PARTNERS_WITH 가온랩스 -> 나래텔레콤'],
    absent: ['PARTNERS_WITH KT -> 엔비디아'],
  },
];

describe('generalise: partnership ties', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkFactRow(row));
});
