/**
 * Generalisation rows for the forms first met in held-out set 121: common nouns after a company-kind word
 * ("업체 이름은", "기업 설문에서"), a university's short name before "교수", an article's "기사 속" before a
 * company, and a text bar chart whose rows put column rules around the bar.
 * Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // a company-kind word before a common noun: what companies have or are asked, no company
  {
    cat: 'companies.kind-word-common-noun',
    text: '누리랩스는 지방 공장 다섯 곳과 시범 사업을 하고 있지만 협력 업체 이름은 공개하지 않았다. 참가 기업 설문에서는 응답자 절반이 만족했다. 스타트업 임원 등 20명이 모였다.',
    noNodes: ['Company:이름', 'Company:설문', 'Company:임원'],
    nodes: ['Company:누리랩스'],
  },
  {
    cat: 'companies.kind-word-common-noun',
    text: '두 개발사 부분을 나눠 설명하자면, 모델 설계는 가온랩이 맡았다. 실증 이력이 쌓일수록 가온랩의 입지는 커진다.',
    noNodes: ['Company:부분', 'Company:이력'],
  },
  // a named company after the kind word is still one
  {
    cat: 'companies.kind-word-common-noun',
    text: '국내 AI 스타트업 다온브레인은 새 모델 다온-2를 공개했다.',
    nodes: ['Company:다온브레인'],
  },
  // "X대 교수": a university's short name before its staff is no person
  {
    cat: 'persons.university-before-staff',
    text: '간담회에는 목련대 교수와 가온랩 박민준 대표가 참석했다.',
    noNodes: ['Person:목련대'],
    nodes: ['Person:박민준'],
  },
  // a name with a common surname before "교수" stays a person
  {
    cat: 'persons.university-before-staff',
    text: '간담회에는 김현대 교수가 참석해 발표했다.',
    nodes: ['Person:김현대'],
  },
  // "기사 속 X 대표": the article's words before a company are no foreign name
  {
    cat: 'persons.article-words-before-company',
    text: "기사 속 가온랩 대표의 이름 '박미나'는 '박민아'의 오기입니다. 박민아 가온랩 대표는 새 모델을 소개했다.",
    noNodes: ['Person:기사 속'],
  },
  // a text bar chart with column rules around each bar: each row is a score on the caption's benchmark
  {
    cat: 'scored.bar-chart-column-rules',
    text: 'KMMLU 점수 비교 (단위: 점)\n\n가온 5 | ████████████ | 72.4\n\n다온 3 | ██████████ | 66.1\n\n(참고) GPT-5 ██████████████ 80.2',
    expect: ['SCORED 가온 5 -> KMMLU', 'SCORED 다온 3 -> KMMLU', 'SCORED GPT-5 -> KMMLU'],
    edgeProps: ['SCORED 다온 3 -> KMMLU score=66.1', 'SCORED GPT-5 -> KMMLU score=80.2'],
  },
  // rules with no bar between them are no chart
  {
    cat: 'scored.bar-chart-column-rules',
    text: 'KMMLU 점수 비교 (단위: 점)\n\n가온 5 | 순위 | 72\n\n다온 3 | 순위 | 66',
    absent: ['SCORED 가온 5 -> KMMLU', 'SCORED 다온 3 -> KMMLU'],
  },
  // "이른바 7B": a word that calls a size so is no model's name
  {
    cat: 'models.so-called-size',
    text: "다솜랩은 상담 모델 '다솜-7B'를 공개했다. 파라미터 70억 개, 이른바 7B 크기의 모델이다. 다솜-7B는 처음부터 직접 학습한 이른바 '프롬 스크래치' 모델이다.",
    noNodes: ['Model:이른바 7B'],
    props: ['다솜-7B=fromScratch:true'],
  },
  // "Y를 내놓으면서 Z 위에 … 추가 학습했다": the model released was trained on top of Z
  {
    cat: 'based-on.released-with-base',
    text: "다솜랩은 이달 상담 모델 '다솜-3B'를 선보이면서 메타의 라마 3.2 위에 상담 기록 40만 건을 추가 학습했다고 밝혔다.",
    expect: ['BASED_ON 다솜-3B -> 라마 3.2'],
  },
  {
    cat: 'based-on.released-with-base',
    text: "다솜랩은 이달 상담 모델 '다솜-3B'를 선보이면서 메타의 라마 3.2와 성능을 비교했다고 밝혔다.",
    absent: ['BASED_ON 다솜-3B -> 라마 3.2'],
  },
  // "X가 'Y 2'를 발표하자": a versioned name a company announces is its model
  {
    cat: 'models.company-announced-numbered',
    text: "지난주 누리소프트가 '누리온 3'을 발표하자 경쟁사들이 긴장했다.",
    expect: ['DEVELOPED 누리소프트 -> 누리온 3'],
  },
  // a report or a plan announced with a number is no model
  {
    cat: 'models.company-announced-numbered',
    text: "누리소프트는 '누리 백서 2'를 발표했다. 정부는 'AI 기본계획 2.0'을 발표했다.",
    noNodes: ['Model:누리 백서 2', 'Model:AI 기본계획 2.0'],
  },
  // "알파", "베타" after a family's name: a variant of it, as "미니" and "프로" are
  {
    cat: 'models.alpha-beta-variant',
    text: '카카오는 그동안 카나나 베타와 카나나 2 등 모델을 개발해 왔다.',
    nodes: ['Model:카나나 베타', 'Model:카나나 2'],
  },
  // the word alone is no model
  {
    cat: 'models.alpha-beta-variant',
    text: '카카오는 베타 서비스를 시작했다. 알파 세대를 겨냥한다.',
    noNodes: ['Model:베타', 'Model:알파'],
  },
  // a roster row's foreign name in Hangul, with no Latin gloss, is the row's person
  {
    cat: 'persons.roster-foreign-name',
    text: '기타 인사\n\n성명 | 회사 | 직책\n\n박도윤 | 코난테크놀로지 | 최고기술책임자(CTO)\n\n마리아 리 | 트웰브랩스 | 최고운영책임자(COO)',
    expect: ['WORKS_FOR 박도윤 -> 코난테크놀로지', 'WORKS_FOR 마리아 리 -> 트웰브랩스'],
  },
  // a row whose name cell is a verb phrase names no one
  {
    cat: 'persons.roster-foreign-name',
    text: '기타 인사\n\n성명 | 회사 | 직책\n\n추후 공개 | 코난테크놀로지 | 최고기술책임자(CTO)\n\n박도윤 | 트웰브랩스 | 최고운영책임자(COO)',
    noNodes: ['Person:추후 공개'],
  },
  // a paper's edition day ("26일자 기사") is no release day
  {
    cat: 'released-on.edition-day',
    text: "[정정] 3월 12일자 '가온랩, 새 모델 가온-T 3 공개' 기사를 바로잡습니다. 가온랩은 지난 9일 '가온-T 3'을 출시했다.",
    publishedAt: '2026-03-14',
    props: ['가온-T 3=releasedOn:2026-03-09'],
  },
  // a release day the sentence goes on to contradict ("…\"12일 출시됐다\"고 했으나") is not kept
  {
    cat: 'released-on.contradicted-report',
    text: '기사는 가온-T 3이 "12일 출시됐다"고 했으나, 실제로는 하루 앞선 11일입니다. 가온랩은 지난 11일 새 모델 가온-T 3을 출시했다.',
    publishedAt: '2026-03-14',
    props: ['가온-T 3=releasedOn:2026-03-11'],
  },
  // a day the company itself reports stays the release day
  {
    cat: 'released-on.contradicted-report',
    text: '가온랩은 "새 모델 가온-T 3을 12일 출시했다"고 밝혔다.',
    publishedAt: '2026-03-14',
    props: ['가온-T 3=releasedOn:2026-03-12'],
  },
  // "X는 … 모델 'X-Y'를 …": a subject whose name the model's stem opens is the model's company
  {
    cat: 'companies.namesake-subject',
    text: "한 업체가 사업을 포기해 다솜러닝이 자리를 이어받았다. 다솜러닝은 학습 보조 모델 '다솜-코치'를 학교에 보급할 계획이다.",
    nodes: ['Company:다솜러닝'],
    expect: ['DEVELOPED 다솜러닝 -> 다솜-코치'],
  },
  {
    cat: 'companies.namesake-subject',
    text: "도서관은 학습 보조 모델 '다솜-코치'를 학교에 보급할 계획이다.",
    noNodes: ['Company:도서관'],
  },
  // "X의 NAME 대표가 … 'Y'를 공개했다": the head's company released the model
  {
    cat: 'developed.possessive-head-release',
    text: "지역 기업 다온웍스의 박서준 대표가 행사장에서 번역 모델 '루미-L 2'를 처음 공개했다.",
    expect: ['DEVELOPED 다온웍스 -> 루미-L 2', 'WORKS_FOR 박서준 -> 다온웍스'],
  },
  {
    cat: 'developed.possessive-head-release',
    text: "지역 기업 다온웍스의 박서준 대표가 경쟁사의 번역 모델 '루미-L 2'를 공개하지 않았다고 말했다.",
    absent: ['DEVELOPED 다온웍스 -> 루미-L 2'],
  },
  // "센터장은 NAME 전무가 겸임한다": a role held at the company the sentences are about
  {
    cat: 'works-for.role-held-concurrently',
    text: '누리소프트는 두 연구 조직을 하나로 합쳤다. 연구소장은 박지후 상무가 겸임한다.',
    expect: ['WORKS_FOR 박지후 -> 누리소프트'],
  },
  {
    cat: 'works-for.role-held-concurrently',
    text: '누리소프트는 두 연구 조직을 하나로 합쳤다. 한빛대 연구소장은 박지후 교수가 겸임한다는 소문은 사실이 아니다.',
    absent: ['WORKS_FOR 박지후 -> 누리소프트'],
  },
];

describe('generalise: set 121 forms', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkFactRow(row));
});
