/**
 * Ministry board pages (보도자료 converted from HWP, written for these tests in their own words): a
 * short form defined in parentheses ("(이하 ‘X’)"), a consortium table with description and base-model
 * columns, public institutes in its member column, and a table whose title names its programme.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const cells = (...c: string[]) => c.join('\n\n');

const rows: FactRow[] = [
  {
    cat: "a short form defined in parentheses ('X'(이하 'Y')) is the same programme: an official's statement on Y promotes X",
    text: cells(
      "□ 행정안전부(장관 민도윤, 이하 ‘행안부’)는 ‘공공 초거대 AI 실증 지원사업’(이하 ‘실증 사업’)의 수행기관으로 3개 컨소시엄을 선정했다고 밝혔다.",
      "□ 민도윤 행안부 장관은 “실증 사업을 통해 공공 서비스를 바꾸겠다”고 강조했다.",
    ),
    expect: ['PROMOTES 민도윤 -> 실증 사업'],
    sameNode: ['실증 사업=공공 초거대 AI 실증 지원사업'],
  },
  {
    cat: "consortium table whose header has a description column ('주요 개발 내용') and a base-model column: rows stay aligned",
    text: cells(
      "정부는 ‘지역 제조 AI 실증 사업’ 수행 컨소시엄 두 곳을 발표했다.",
      '분야', '주관기관', '참여기관', '주요 개발 내용', '활용 기반모델',
      '조선', '카카오', '바닷길소프트, 부경대학교', '선박 설계 검토, 용접 검사', '카나나 2',
      '섬유', 'KT', '실마루텍', '원단 불량 판정', '믿:음 2.0',
    ),
    expect: ['PARTNERS_WITH 카카오 -> 바닷길소프트', 'PARTNERS_WITH KT -> 실마루텍', 'PARTICIPATES_IN 바닷길소프트 -> 지역 제조 AI 실증 사업', 'PARTICIPATES_IN KT -> 지역 제조 AI 실증 사업'],
    noNodes: ['Company:활용 기반모델', 'Company:조선', 'Company:선박 설계 검토', 'Company:부경대학교'],
  },
  {
    cat: "consortium table with a letter-spaced header ('구 분'), a '주요 모델' column and a line continuing a row ('- | - | - | (note)'), rows written as lines of cells: later rows still read",
    text: cells(
      "정부는 ‘스마트 물류 AI 사업’ 수행 컨소시엄 두 곳을 발표했다.",
      '구 분 | 주관기관 | 참여기관 | 주요 모델',
      '물 류 | 가온소프트 | 다솜데이터 | 가온-L 2',
      '- | - | - | (라마 3 기반)',
      '교 육 | 빛결AI | 누리에듀 | 빛결-E 1',
    ),
    expect: ['PARTNERS_WITH 가온소프트 -> 다솜데이터', 'PARTNERS_WITH 빛결AI -> 누리에듀', 'PARTICIPATES_IN 누리에듀 -> 스마트 물류 AI 사업'],
    noNodes: ['Company:주요 모델', 'Company:물 류', 'Company:구 분'],
  },
  {
    cat: 'public institutes in a consortium table (한국…연구원, …보안원, …연구소) are no companies',
    text: cells(
      "정부는 ‘공공 법률 AI 개발 사업’ 수행 컨소시엄을 확정했다.",
      '주관기관', '참여기관',
      '솔마루AI', '다온법률데이터, 한국행정연구원',
      '네이버클라우드', '전자금융보안원, 해양과학연구소',
    ),
    expect: ['PARTNERS_WITH 솔마루AI -> 다온법률데이터'],
    noNodes: ['Company:한국행정연구원', 'Company:전자금융보안원', 'Company:해양과학연구소'],
  },
  {
    cat: 'a consortium table titled with one programme: its members join that programme, not another their lead is in',
    text: cells(
      "□ 정부는 ‘의료 AI 전문모델 사업’ 수행 컨소시엄을 선정했다고 밝혔다.",
      "□ 지난해 ‘독자 AI 파운데이션 모델 프로젝트’ 정예팀으로 선정됐던 업스테이지가 이번에도 주관기관을 맡았다.",
      '붙임 1 의료 AI 전문모델 사업 선정 컨소시엄 현황',
      '분야', '주관기관', '참여기관',
      '진단', '업스테이지', '누리메디랩',
      '영상', '루멘헬스', '빛결소프트',
    ),
    expect: [
      'PARTICIPATES_IN 업스테이지 -> 의료 AI 전문모델 사업', 'PARTICIPATES_IN 업스테이지 -> 독자 AI 파운데이션 모델 프로젝트',
      'PARTICIPATES_IN 누리메디랩 -> 의료 AI 전문모델 사업', 'PARTICIPATES_IN 루멘헬스 -> 의료 AI 전문모델 사업', 'PARTICIPATES_IN 빛결소프트 -> 의료 AI 전문모델 사업',
    ],
    absent: ['PARTICIPATES_IN 누리메디랩 -> 독자 AI 파운데이션 모델 프로젝트', 'PARTICIPATES_IN 루멘헬스 -> 독자 AI 파운데이션 모델 프로젝트'],
  },
  {
    cat: "a company 'selected as the supplier' ('공급기업으로 선정돼') in the sentence after the programme is named takes part in it",
    text: cells(
      "이번 구축은 정부의 ‘AI 바우처 지원사업’을 통해 이뤄졌다.",
      "솔트룩스가 공급기업으로 선정돼 구축비의 절반을 지원받았다.",
    ),
    expect: ['PARTICIPATES_IN 솔트룩스 -> AI 바우처 지원사업'],
  },
  {
    cat: "an official whose title follows a ministry's name ('행안부 디지털정부혁신실장은') leads the programme a bare '사업을 총괄하는' refers to; a company division's 실장 does not",
    text: cells(
      "공공 서비스 상당수는 정부가 추진해 온 ‘공공부문 AI 전환 지원사업’을 통해 구축됐다.",
      "사업을 총괄하는 민서율 행안부 공공데이터혁신실장은 “내년부터 출처 제출을 의무화하겠다”고 말했다.",
      "카카오는 ‘AI 바우처 지원사업’에 공급기업으로 참여했다.",
      "사업을 총괄하는 하로운 카카오 AI사업부 실장은 “고객을 늘리겠다”고 말했다.",
    ),
    expect: ['PROMOTES 민서율 -> 공공부문 AI 전환 지원사업'],
    absent: ['PROMOTES 하로운 -> AI 바우처 지원사업'],
  },
  {
    cat: "a city's table of selected projects: '공동참여기업' members partner the lead and join the titled programme; an '적용 AI 모델(개발사)' column gives the maker in the note ('M(X)', 'M(X 자체 개발)', 'M(B 기반 자체 튜닝)'), never the team that only applies M",
    text: cells(
      "□ 울산시는 '2027년 조선 AI 현장 실증 지원사업' 참여 기업과 협약을 맺었다고 밝혔다.",
      '<2027년 조선 AI 현장 실증 지원사업 선정 과제>',
      '연번 | 주관기업 | 공동참여기업 | 과제명 | 적용 AI 모델(개발사)',
      '1 | 파랑솔루션㈜ | 가람정공㈜ | 도장 불량 판정 | WaveEye 2(파랑솔루션 자체 개발)',
      '2 | ㈜누리데이터 | - | 설계 문서 질의응답 | ND-Doc 9B(큐웬2.5 7B 기반 자체 튜닝)',
      '3 | ㈜한결물류 | 울산과학기술원(UNIST) | 야드 적재 최적화 | 카나나 1.5 8B(카카오)',
      "□ '조선 AI 현장 실증 지원사업'은 울산시가 조선 현장에 AI 모델을 적용하는 사업이다.",
    ),
    expect: [
      'PARTNERS_WITH 파랑솔루션 -> 가람정공', 'PARTICIPATES_IN 파랑솔루션 -> 조선 AI 현장 실증 지원사업', 'PARTICIPATES_IN 가람정공 -> 조선 AI 현장 실증 지원사업',
      'PARTICIPATES_IN 누리데이터 -> 조선 AI 현장 실증 지원사업', 'PARTICIPATES_IN 한결물류 -> 조선 AI 현장 실증 지원사업',
      'DEVELOPED 파랑솔루션 -> WaveEye 2', 'DEVELOPED 누리데이터 -> ND-Doc 9B', 'BASED_ON ND-Doc 9B -> 큐웬2.5 7B', 'DEVELOPED 카카오 -> 카나나 1.5 8B',
    ],
    absent: ['DEVELOPED 한결물류 -> 카나나 1.5 8B'],
    noNodes: ['Company:울산과학기술원(UNIST)', 'Company:울산과학기술원', 'Company:파랑솔루션 자체 개발'],
    sameNode: ['조선 AI 현장 실증 지원사업=2027년 조선 AI 현장 실증 지원사업'],
  },
  {
    cat: "a year before a programme's quoted name ('2027년 X 지원사업') dates a round of the same programme: one node",
    text: cells(
      "정부는 '2027년 AI 반도체 실증 지원사업' 공모를 시작했다.",
      "'AI 반도체 실증 지원사업'에는 올해 40억 원이 투입된다.",
    ),
    sameNode: ['AI 반도체 실증 지원사업=2027년 AI 반도체 실증 지원사업'],
  },
  {
    cat: "a model and its company's own-make note in parentheses ('M(X 자체 개발)'): X develops M, and 'X 자체 개발' is no company",
    text: cells('과제별 적용 모델은 다음과 같다.', 'SteelSight-3(다솜정밀 자체 개발)', "○ 다솜정밀은 압연 결함 판정 모델 'SteelSight-3'를 고도화한다."),
    expect: ['DEVELOPED 다솜정밀 -> SteelSight-3'],
    noNodes: ['Company:다솜정밀 자체 개발'],
  },
  {
    cat: "a city or province's office head ('광주시 AI산업실장', '경남도 디지털정책국장') speaking of the programme promotes it; a company's 실장 does not",
    text: cells(
      "□ 경남도는 '스마트 조선 AI 바우처 사업' 협약식을 열었다.",
      '□ 윤가람 경남도 디지털혁신국장은 "스마트 조선 AI 바우처 사업을 통해 중소 조선사를 돕겠다"고 말했다.',
      '○ 서하준 누리랩스 AI실장은 "스마트 조선 AI 바우처 사업에 참여해 기쁘다"고 말했다.',
    ),
    expect: ['PROMOTES 윤가람 -> 스마트 조선 AI 바우처 사업'],
    absent: ['PROMOTES 서하준 -> 스마트 조선 AI 바우처 사업'],
  },
  {
    // a funding column ('지원액') keeps the rows aligned; the article's main programme (named most) is the teams';
    // one member's past programme ("…에 참여한 경험이 있다") and an access note ("(API)") say nothing of the table
    cat: "consortium table with a number, a field and a funding column: its teams join the programme the article names most",
    text: cells(
      "□ 정부는 「물류 AI 실증 사업」 수행 컨소시엄 3곳을 선정했다.",
      "□ 「물류 AI 실증 사업」은 국산 모델로 물류 현장 에이전트를 만드는 사업이다.",
      "- 바닷길소프트는 2024년 「AI 바우처 지원사업」에 공급기업으로 참여한 경험이 있다.",
      // (a box-drawing table of a press release as plain text, folded into rows)
      '연번 | 분야 | 주관기관 | 참여기관 | 활용 모델 | 지원액',
      '1 | 항만 | 카카오 | 바닷길소프트 | 카나나 2 | 40억 원',
      '2 | 창고 | KT | 실마루텍 | 믿:음 2.0 | 35억 원',
      '3 | 배송 | 솔마루AI | - | 솔라 프로2(API) | 30억 원',
    ),
    expect: ['PARTNERS_WITH 카카오 -> 바닷길소프트', 'PARTICIPATES_IN 카카오 -> 물류 AI 실증 사업', 'PARTICIPATES_IN 솔마루AI -> 물류 AI 실증 사업', 'PARTICIPATES_IN 실마루텍 -> 물류 AI 실증 사업'],
    absent: ['PARTICIPATES_IN 카카오 -> AI 바우처 지원사업', 'PARTICIPATES_IN KT -> AI 바우처 지원사업'],
    noNodes: ['Company:항만', 'Company:API'],
  },
  {
    // (an agency's notice table: a funding column with a unit note in parentheses, a lead glossed by its Latin name,
    // a university's 산학협력단 among the members)
    cat: "consortium table whose funding header carries a unit note ('정부출연금 (1차년도, 백만원)'): the rows stay aligned; a '(주)X(Y)' lead is the company either spelling names; a university's 산학협력단 is no company",
    text: cells(
      "□ 정보통신진흥원은 「해양 특화 AI 모델 개발 사업」 선정 결과를 공고합니다.",
      '연번 | 분야 | 과제명 | 주관기관 | 참여기관 | 정부출연금 (1차년도, 백만원)',
      '1 | 항만 | 선박 입출항 예측 모델 개발 | (주)물결데이터 | (주)파랑항해, 한빛대학교 산학협력단 | 2,400',
      '2 | 어업 | 어획량 예측 특화 모델 개발 | (주)케이티에이아이(KT) | 솔바다로직스(주), 해양수산개발원 | 3,100',
      '합계 | 5,500',
    ),
    expect: [
      'PARTNERS_WITH 물결데이터 -> 파랑항해', 'PARTICIPATES_IN 물결데이터 -> 해양 특화 AI 모델 개발 사업', 'PARTICIPATES_IN 파랑항해 -> 해양 특화 AI 모델 개발 사업',
      'PARTNERS_WITH KT -> 솔바다로직스', 'PARTICIPATES_IN KT -> 해양 특화 AI 모델 개발 사업', 'PARTICIPATES_IN 솔바다로직스 -> 해양 특화 AI 모델 개발 사업',
    ],
    noNodes: ['Company:한빛대학교 산학협력단', 'Company:2,400', 'Company:합계'],
  },
  {
    cat: "a programme named only as the one the article's programme follows ('X의 후속 연계 사업으로') is no topic: an official's statement on '이번 사업' promotes the article's programme",
    text: cells(
      "□ 「스마트 항만 AI 고도화 사업」 선정 결과를 알려드립니다.",
      "○ 본 사업은 '독자 AI 파운데이션 모델 프로젝트'의 후속 연계 사업으로, 국산 모델을 항만에 적용한다.",
      '사업을 총괄하는 서다온 해수부 해양정책관은 "국산 파운데이션 모델이 현장에서 쓰이도록 이번 사업을 지원하겠다"고 밝혔다.',
    ),
    expect: ['PROMOTES 서다온 -> 스마트 항만 AI 고도화 사업'],
    absent: ['PROMOTES 서다온 -> 독자 AI 파운데이션 모델 프로젝트'],
  },
  {
    // (a procurement site's selection notice: a programme round named in 「」 with its year, nine words in all; the
    // lead column noted '(주관)', members and leads with their shares, a bare '종합' score column)
    cat: "procurement result table: '대표사(주관)' and '구성원' columns, shares in parentheses, a '종합' column; the year-dated 「…」 사업 is the programme",
    text: cells(
      "[공지] 「2025년 항만 물류 특화 AI 모델 개발 및 실증」 사업 우선협상대상자 선정 결과",
      "본 사업 입찰에는 2개 컨소시엄이 제안서를 제출하였으며, 평가를 거쳐 아래와 같이 우선협상대상자를 선정하였습니다.",
      '순위 | 대표사(주관) | 구성원 | 기술점수 | 가격점수 | 종합',
      '1 | (주)물결데이터 (55%) | (주)파랑항해 (30%), (주)솔바다로직스 (15%) | 85.10 | 9.20 | 94.30',
      '2 | 가온소프트(주) (65%) | (주)다솜데이터 (35%) | 80.40 | 9.90 | 90.30',
    ),
    expect: [
      'PARTICIPATES_IN 물결데이터 -> 2025년 항만 물류 특화 AI 모델 개발 및 실증', 'PARTICIPATES_IN 솔바다로직스 -> 2025년 항만 물류 특화 AI 모델 개발 및 실증',
      'PARTICIPATES_IN 가온소프트 -> 2025년 항만 물류 특화 AI 모델 개발 및 실증', 'PARTICIPATES_IN 다솜데이터 -> 2025년 항만 물류 특화 AI 모델 개발 및 실증',
      'PARTNERS_WITH 물결데이터 -> 파랑항해', 'PARTNERS_WITH 가온소프트 -> 다솜데이터',
    ],
    noNodes: ['Company:55%', 'Company:종합'],
  },
];

describe('board pages: defined short forms, consortium tables with more columns, titled programmes', () => {
  it.each(rows.map((r) => [r.cat, r] as const))('%s', (_cat, row) => checkFactRow(row));
});
