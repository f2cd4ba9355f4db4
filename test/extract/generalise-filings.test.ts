/**
 * Disclosure filings quoted as text (a 사업보고서 excerpt on an IR page), in this test's own words:
 * the cover block names the filer ("당사") and its officers; a table row's name cell is what the
 * row's items are about; items written in the noun-final style ("…로 개발", "…에 미세조정").
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const cover = [
  '사 업 보 고 서',
  '',
  '  회    사    명 :  하니소프트 주식회사',
  '  대  표  이  사 :  남궁민',
  '  작 성 책 임 자 :  (직책) 경영지원실장  (성명) 서다현',
  '',
].join('\n');

const rows: FactRow[] = [
  {
    cat: 'a filing cover: the filer is what "당사" means, its chief executive and signer work for it',
    text: [cover, '당사의 주력 모델인 HANI-7은 의료 상담에 특화된 모델입니다.', '', '당사는 올해 경량 모델 HANI-7 Mini를 출시하였습니다.'].join('\n'),
    expect: ['DEVELOPED 하니소프트 -> HANI-7', 'DEVELOPED 하니소프트 -> HANI-7 Mini', 'WORKS_FOR 남궁민 -> 하니소프트', 'WORKS_FOR 서다현 -> 하니소프트'],
    edgeProps: ['WORKS_FOR 남궁민 -> 하니소프트 title=대표이사', 'WORKS_FOR 서다현 -> 하니소프트 title=경영지원실장'],
  },
  {
    cat: "a viewer's company overview in aligned columns, no colons: the filer, its chief executive and its disclosure officer",
    text: ['회사개황', '  회사명(국문)        주식회사 하람정보', '  종목코드            512340', '  대표이사            윤서진', '  업종                데이터 처리 및 호스팅업', '  공시책임자          전무 장태오 (02-555-0100)', '', "당사가 자체 개발한 언어모델 '하람-LM 2'를 공급합니다."].join('\n'),
    expect: ['WORKS_FOR 윤서진 -> 하람정보', 'WORKS_FOR 장태오 -> 하람정보'],
    edgeProps: ['WORKS_FOR 장태오 -> 하람정보 title=전무'],
    noNodes: ['Company:공시책임자'],
  },
  {
    cat: 'no cover, no officers: a "대표이사 :" line alone names nobody\'s employer',
    text: ['대표이사 : 남궁민', '', 'AI 스타트업 하니소프트는 자체 개발한 언어모델 HANI-7을 공개했다.'].join('\n'),
    expect: ['DEVELOPED 하니소프트 -> HANI-7'],
    absent: ['WORKS_FOR 남궁민 -> 하니소프트'],
  },
  {
    cat: "a box table's rows: the items of a row are about the model of its name cell (base, day, licence, scores, successor)",
    publishedAt: '2026-10-02',
    text: [
      cover,
      '라. 연구개발 실적',
      '┌────┬──────────────┬────────────────────────────────────┐',
      '│ 번호 │ 과제         │ 결과                               │',
      '├────┼──────────────┼────────────────────────────────────┤',
      '│ 1  │ HANI-7 개발  │ · 2026년 2월 3일 출시. 자체 구축   │',
      '│    │              │ · KoBEST 71.2점                    │',
      '├────┼──────────────┼────────────────────────────────────┤',
      '│ 2  │ HANI-7 Mini 개발 │ · HANI-7을 교사 모델로 한 지식 증류로 개발 │',
      '│    │              │ · 2026년 6월 9일 허깅페이스에 오픈소스로 공개 │',
      '│    │              │ · KoBEST 60.4점                    │',
      '├────┼──────────────┼────────────────────────────────────┤',
      '│ 3  │ HANI-Med 3B 개발 │ · 구글의 젬마 3 4B에 진료 기록 데이터 미세조정 │',
      '├────┼──────────────┼────────────────────────────────────┤',
      '│ 4  │ 차세대 모델 HANI-8 │ · HANI-7의 후속 모델로 개발 진행 중 │',
      '└────┴──────────────┴────────────────────────────────────┘',
    ].join('\n'),
    expect: [
      'SCORED HANI-7 -> KoBEST', 'SCORED HANI-7 Mini -> KoBEST', 'BASED_ON HANI-7 Mini -> HANI-7', 'BASED_ON HANI-Med 3B -> 젬마 3 4B', 'SUCCEEDS HANI-8 -> HANI-7',
    ],
    absent: ['SCORED HANI-Med 3B -> KoBEST', 'BASED_ON HANI-7 -> HANI-7 Mini'],
    edgeProps: ['SCORED HANI-7 -> KoBEST score=71.2', 'SCORED HANI-7 Mini -> KoBEST score=60.4'],
    props: ['HANI-7=releasedOn:2026-02-03', 'HANI-7 Mini=releasedOn:2026-06-09', 'HANI-7 Mini=openSource:true'],
  },
  {
    cat: 'noun-final items in a press-release list: "Y에 … 미세조정" and "Y를 교사 모델로 … 개발" about the model in focus',
    text: ["소라AI는 법률 특화 모델 '소라-L 8B'를 공개했다.", '', '- 메타의 라마 3.1 8B에 판례 데이터 미세조정', '', "소라AI는 경량 모델 '소라-S'도 내놨다.", '', '- 소라-L 8B를 교사 모델로 한 지식 증류로 개발'].join('\n'),
    expect: ['BASED_ON 소라-L 8B -> 라마 3.1 8B', 'BASED_ON 소라-S -> 소라-L 8B'],
  },
  {
    cat: 'a noun-final item that denies the base is no base',
    text: ["소라AI는 법률 특화 모델 '소라-L 8B'를 공개했다.", '', '- 라마 3.1 8B에 미세조정한 것이 아님'].join('\n'),
    absent: ['BASED_ON 소라-L 8B -> 라마 3.1 8B'],
  },
  {
    cat: "a filing's tables of contracts and government programmes: a joint-development counterparty is a partner, a supply customer is not; a programme selected or applied for is taken part in, one given up is not",
    text: [
      cover,
      '가. 경영상의 주요 계약',
      '┌──────────────┬──────────────────────────────┬───────────────┐',
      '│ 계약 상대방  │ 계약 내용                    │ 계약 기간     │',
      '├──────────────┼──────────────────────────────┼───────────────┤',
      '│ ㈜가온데이터 │ HANI-7 기반 상담 AI 공동 개발 협약 │ 2026.01~2027.12 │',
      '├──────────────┼──────────────────────────────┼───────────────┤',
      '│ ㈜바로메디 │ HANI-7 구축형 라이선스 공급 계약 │ 2026.03~2028.02 │',
      '└──────────────┴──────────────────────────────┴───────────────┘',
      '',
      '나. 정부 연구과제 등 참여 현황',
      '┌──────────────────────────┬──────────────────┬──────────────┐',
      '│ 과제명                   │ 주관 기관        │ 비고         │',
      '├──────────────────────────┼──────────────────┼──────────────┤',
      '│ AI 바우처 지원사업       │ 과학기술정보통신부 │ 공급기업 선정 │',
      '├──────────────────────────┼──────────────────┼──────────────┤',
      '│ 독자 AI 파운데이션 모델 프로젝트 │ 과학기술정보통신부 │ 참여 포기 │',
      '└──────────────────────────┴──────────────────┴──────────────┘',
    ].join('\n'),
    expect: ['PARTNERS_WITH 가온데이터 -> 하니소프트', 'PARTICIPATES_IN 하니소프트 -> AI 바우처 지원사업'],
    absent: ['PARTNERS_WITH 바로메디 -> 하니소프트', 'PARTNERS_WITH 하니소프트 -> 바로메디', 'PARTICIPATES_IN 하니소프트 -> 독자 AI 파운데이션 모델 프로젝트'],
  },
  {
    cat: 'the same rows in an article with no filing cover give no partner and no programme',
    text: ['AI 기업 하니소프트는 새 모델을 공개했다.', '', '계약 상대방 | 계약 내용 | 계약 기간', '㈜가온데이터 | 상담 AI 공동 개발 협약 | 2026.01~2027.12', '', '과제명 | 주관 기관 | 비고', 'AI 바우처 지원사업 | 과학기술정보통신부 | 공급기업 선정'].join('\n'),
    absent: ['PARTNERS_WITH 가온데이터 -> 하니소프트', 'PARTICIPATES_IN 하니소프트 -> AI 바우처 지원사업'],
  },
  {
    cat: "a cover printed as a table (each label alone in its cell, the value in the next; names letter-spaced): the filer, its head and signer; a Hangul company glossed with its Latin legal name is one company",
    text: [
      '주요사항보고서',
      '',
      '회 사 명 :',
      '',
      '주식회사 다람시스템',
      '',
      '대 표 이 사 :',
      '',
      '윤 하 린',
      '',
      '작 성 책 임 자 :',
      '',
      '(직 책) 전무이사 (성 명) 고 은 별',
      '',
      '발행회사인 주식회사 누리마루 (Nurimaru Inc.)는 언어모델 누리-7B를 개발했습니다. 당사는 공공기관 및 법무법인 등에 이를 공급할 예정입니다.',
    ].join('\n'),
    expect: ['WORKS_FOR 윤하린 -> 다람시스템', 'WORKS_FOR 고은별 -> 다람시스템'],
    edgeProps: ['WORKS_FOR 고은별 -> 다람시스템 title=전무이사'],
    sameNode: ['누리마루=Nurimaru Inc.'],
    noNodes: ['Company:Nurimaru Inc', 'Company:법무법인 등에', 'Company:등에'],
  },
  {
    cat: "two short forms defined at once ('(이하 'X' 또는 '발행회사')'): either stands for the company; 'NOUN 예정인 X' names no person",
    text: [
      cover,
      "주식회사 누리마루(이하 '누리마루' 또는 '발행회사')는 2024년 설립된 AI 스타트업입니다.",
      '',
      "당사와 발행회사는 2026년 5월 2일 '공동 개발 및 사업 협력에 관한 계약'을 체결하였습니다. 당사 대표이사 남궁민은 다음 달 개최 예정인 발행회사 임시주주총회에서 사외이사로 선임될 예정입니다.",
    ].join('\n'),
    expect: ['PARTNERS_WITH 누리마루 -> 하니소프트'],
    sameNode: ['누리마루=발행회사'],
    noNodes: ['Person:예정인'],
  },

];

describe('disclosure filings and their tables', () => {
  it.each(rows.map((r) => [r.cat, r] as const))('%s', (_cat, row) => checkFactRow(row));
});
