/**
 * Generalisation rows for set 192's forms (partnerships, supply and co-development outside news articles): a result
 * table whose company column gives each company's head in brackets ("업체명 (대표자)"), a contract's one-letter parties
 * ("(이하 "갑"이라 한다)") with its preamble, its contacts listed by party with the post before the name ("- 갑: 연구소장 NAME")
 * and its signature block ("(갑) X 주식회사 (을) 주식회사 Y … 대표이사 홍 길 동 (인) 대표이사 …"); a deals board's numbered table
 * of home and counterpart sides with a kind column; a Korean edition's suffix on a known benchmark ("X-Ko"); an English filing's signature block ("X CO., LTD." / "By: /s/ NAME" / "Name: NAME Title: TITLE").
 * Sentences and names written for these tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // a result table flattened one cell per line: the head in brackets after each company works for it as 대표
  {
    cat: 'works-for.head-cell', text: [
      '물류 AI 실증 지원 대상 발표', '물류 AI 실증 지원 대상은 아래와 같다.', "하늬로지스는 자체 개발한 언어모델 '하늬 LM 2'로, 새솔모빌리티는 자체 개발한 '새솔-7B'로 신청했다.", '순번', '과제명', '기업명(대표자)', '지원금',
      '1', '창고 재고 예측', '㈜하늬로지스 (남궁윤)', '3억원', '2', '배차 최적화', '새솔모빌리티㈜ (표지안)', '2억원',
    ].join('\n\n'),
    expect: ['WORKS_FOR 남궁윤 -> 하늬로지스', 'WORKS_FOR 표지안 -> 새솔모빌리티'], edgeProps: ['WORKS_FOR 표지안 -> 새솔모빌리티 title=대표'],
  },
  // the same cells written as a row of a text table ("a | b | c"), with a co-applicant's note after a dash
  {
    cat: 'works-for.head-cell', text: "스마트팜 AI 과제 선정 결과\n\n들녘AI는 자체 개발한 언어모델 '들녘-3'을 탑재한다.\n\n번호 | 과제 | 참여기업 (대표) | 비고\n\n1 | 온실 제어 | 주식회사 들녘AI (곽은채) - 공동참여 | 신규",
    expect: ['WORKS_FOR 곽은채 -> 들녘AI'],
  },
  // a company column with no head in its title: a name in brackets is no head (a product code, a city)
  {
    cat: 'works-for.head-cell', text: "스마트팜 AI 과제 선정 결과\n\n들녘AI는 자체 개발한 언어모델 '들녘-3'을 탑재한다.\n\n번호 | 과제 | 참여기업 | 비고\n\n1 | 온실 제어 | 주식회사 들녘AI (곽은채) | 신규",
    absent: ['WORKS_FOR 곽은채 -> 들녘AI'],
  },
  // a contract's one-letter parties stand for the companies that define them; their contacts, post first, work there
  {
    cat: 'works-for.labelled-company-line-title-first', text: [
      '주식회사 무지개텍(이하 "갑"이라 한다)과 별하늘데이터 주식회사(이하 "을"이라 한다)는 다음과 같이 협약을 체결한다.',
      '제2조 (사업 참여) 갑은 "항만 AI 고도화 사업" 수행기관으로 선정되었으며, 을은 같은 사업에 참여한다.',
      '제5조 (연락 담당)', '- 갑: 기술개발실장 봉하람', '- 을: 데이터사업부장 길서우',
    ].join('\n\n'),
    expect: ['WORKS_FOR 봉하람 -> 무지개텍', 'WORKS_FOR 길서우 -> 별하늘데이터', 'PARTICIPATES_IN 무지개텍 -> 항만 AI 고도화 사업'],
    nodes: ['Company:무지개텍', 'Company:별하늘데이터'], noNodes: ['Company:갑', 'Company:을'],
  },
  // a contract's preamble: two parties, each with its legal form and its party letter, agree to co-develop (partners)
  {
    cat: 'encode.party-letter-trailer', text: '구름솔루션 주식회사(이하 "갑"이라 한다)와 주식회사 파랑데이터(이하 "을"이라 한다)는 물류 특화 언어모델의 공동개발을 위하여 다음과 같이 협약을 체결한다.',
    expect: ['PARTNERS_WITH 구름솔루션 -> 파랑데이터'],
  },
  // a signature block printed in two columns: the parties in order, then each head's seal line (names letter-spaced)
  {
    cat: 'works-for.signatory', text: [
      '구름솔루션 주식회사(이하 "갑"이라 한다)와 주식회사 파랑데이터(이하 "을"이라 한다)는 물류 특화 언어모델의 공동개발을 위하여 다음과 같이 협약을 체결한다.',
      '2027년 2월 3일',
      '(갑) 구름솔루션 주식회사 (을) 주식회사 파랑데이터 대전광역시 유성구 대학로 000 부산광역시 해운대구 센텀로 000 대표이사 제 갈 윤 (인) 대표  탁 민 서 (인)',
    ].join('\n\n'),
    expect: ['WORKS_FOR 제갈윤 -> 구름솔루션', 'WORKS_FOR 탁민서 -> 파랑데이터'], edgeProps: ['WORKS_FOR 탁민서 -> 파랑데이터 title=대표'],
    absent: ['WORKS_FOR 제갈윤 -> 파랑데이터', 'WORKS_FOR 탁민서 -> 구름솔루션'],
  },
  // one column a line: the party's line, then its head's seal line
  {
    cat: 'works-for.signatory', text: [
      '구름솔루션 주식회사(이하 "갑"이라 한다)와 주식회사 파랑데이터(이하 "을"이라 한다)는 물류 특화 언어모델의 공동개발을 위하여 다음과 같이 협약을 체결한다.',
      '갑: 구름솔루션 주식회사', '대표이사 제갈윤 (인)', '을: 주식회사 파랑데이터', '대표이사 탁민서 (서명)',
    ].join('\n\n'),
    expect: ['WORKS_FOR 제갈윤 -> 구름솔루션', 'WORKS_FOR 탁민서 -> 파랑데이터'],
  },
  // more seals than parties named: no one is paired by guess
  {
    cat: 'works-for.signatory', text: [
      '구름솔루션 주식회사(이하 "갑"이라 한다)와 주식회사 파랑데이터(이하 "을"이라 한다)는 물류 특화 언어모델의 공동개발을 위하여 다음과 같이 협약을 체결한다.',
      '(갑) 구름솔루션 주식회사 대표이사 제갈윤 (인) 입회인 대표 탁민서 (인)',
    ].join('\n\n'),
    absent: ['WORKS_FOR 탁민서 -> 구름솔루션'],
  },
  // a Korean edition's suffix on a known benchmark ("X-Ko"); an English filing's signature block: the registrant in capitals, "By: /s/ NAME", "Name: … Title: …"
  {
    cat: 'works-for.filing-signer', text: [
      'Harborlight Systems Co., Ltd. announced that its board approved a joint development agreement with Quillon AI Inc. for a Korean speech model, Harbor-Voice 2.',
      'SIGNATURES', 'HARBORLIGHT SYSTEMS CO., LTD.', 'Date: March 3, 2027', 'By: /s/ Min-ji Seo', 'Name: Min-ji Seo Title: Executive Director, Corporate Finance',
    ].join('\n\n'),
    expect: ['WORKS_FOR Min-ji Seo -> Harborlight Systems'], noNodes: ['Person:Executive Director'],
  },
  // a signature with no registrant named above it gives no employer
  {
    cat: 'works-for.filing-signer', text: [
      'Harborlight Systems Co., Ltd. announced that its board approved a joint development agreement with Quillon AI Inc. for a Korean speech model, Harbor-Voice 2.',
      'SIGNATURES', 'Witnessed in Seoul on March 3, 2027.', 'By: /s/ Min-ji Seo', 'Name: Min-ji Seo Title: Notary',
    ].join('\n\n'),
    absent: ['WORKS_FOR Min-ji Seo -> Harborlight Systems'],
  },
  // a deals board's numbered table ("번호 | 한국측 | 상대측 | 구분 | 내용"): a joint-development or consortium row is a
  // partnership; a supply contract, an investment letter, a postponed signing or a row with an agency is none
  {
    cat: 'partners.pair-table', text: [
      '「한-베트남 디지털 협력 포럼」 협약 체결 현황', '체결 현황은 아래와 같습니다.', '번호', '한국측', '상대측', '구분', '비고',
      '1', '이음소프트', '사이공 테크 (Saigon Tech)', '공동연구 협약', '음성 모델 공동 연구',
      '2', '하람클라우드', '메콩넷 (Mekong Net)', '공급계약', '서버 3년 공급',
      '3', '이음소프트', '베트남 정보통신부 (MIC)', 'MOU', '실증 협력',
      '4', '다온비전', '메콩넷', '합작 MOU (서명 연기)', '내년 재추진',
      '5', '이음소프트', '하람클라우드', '컨소시엄 협약', '공동 입찰',
    ].join('\n\n'),
    expect: ['PARTNERS_WITH 이음소프트 -> 사이공 테크', 'PARTNERS_WITH 이음소프트 -> 하람클라우드'],
    absent: ['PARTNERS_WITH 하람클라우드 -> 메콩넷', 'PARTNERS_WITH 다온비전 -> 메콩넷'],
  },
  // a Korean edition's suffix glued to a known benchmark ("X-Ko") names a test set of its own, in either language
  {
    cat: 'benchmarks.korean-edition', text: 'Harborlight said Harbor-Voice 2 scored 62.5 on ARC-Challenge and 58.0 on HellaSwag-Ko.',
    expect: ['SCORED Harbor-Voice 2 -> HellaSwag-Ko'], absent: ['SCORED Harbor-Voice 2 -> HellaSwag'],
  },
  {
    cat: 'benchmarks.korean-edition', text: "하버라이트의 '하버보이스 2'는 MT-Bench-KO에서 7.9점, MT-Bench에서 8.2점을 기록했다.",
    nodes: ['Benchmark:MT-Bench-KO', 'Benchmark:MT-Bench'],
  },
  // a one-letter short form outside quotation marks, or a letter no contract gives its parties, defines nothing
  {
    cat: 'names.party-letter', text: '주식회사 무지개텍(이하 갑)은 항만 모델을 공개했다.\n\n갑은 무지개텍의 오랜 고객이다.',
    noNodes: ['Company:갑'],
  },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});
