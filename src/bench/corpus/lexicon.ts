/**
 * Word lists the synthetic industry is built from. Names are assembled from syllables, so the
 * companies, models and benchmarks are invented: no gazetteer can know them.
 */

/** [Latin, Hangul] syllables for invented names; `final` marks those that may end a name. */
export const SYLLABLES: readonly (readonly [string, string, boolean])[] = [
  ['pa', '파', true], ['ra', '라', true], ['gon', '곤', true], ['nu', '누', true], ['vi', '비', true],
  ['zen', '젠', true], ['lu', '루', true], ['mi', '미', true], ['tor', '토르', true], ['ka', '카', true],
  ['quin', '퀸', true], ['sol', '솔', true], ['vex', '벡스', true], ['o', '오', false], ['tal', '탈', true],
  ['ren', '렌', true], ['do', '도', false], ['xa', '자', true], ['fen', '펜', true], ['mo', '모', true],
  ['lix', '릭스', true], ['dra', '드라', true], ['vo', '보', true], ['nim', '님', true], ['sa', '사', true],
  ['ter', '테르', true], ['hal', '할', true], ['ky', '키', true], ['bel', '벨', true], ['ar', '아르', false],
  ['rix', '릭스', true], ['ze', '제', true], ['phy', '피', true], ['lon', '론', true], ['ve', '베', true],
  ['ta', '타', true], ['ryn', '린', true], ['cor', '코르', true], ['ne', '네', true], ['tis', '티스', true],
  ['ma', '마', true], ['ru', '루', true], ['kai', '카이', true], ['nox', '녹스', true], ['sen', '센', true],
  ['bi', '비', true], ['jun', '준', true], ['hex', '헥스', true], ['ul', '울', true], ['vian', '비안', true],
];

/** Company name endings: [Latin, Hangul]. */
export const COMPANY_SUFFIXES: readonly (readonly [string, string])[] = [
  ['Labs', '랩스'], ['AI', 'AI'], ['Tech', '테크'], ['Mind', '마인드'], ['Works', '웍스'],
  ['Systems', '시스템즈'], ['Soft', '소프트'], ['Data', '데이터'], ['Cloud', '클라우드'],
  ['Intelligence', '인텔리전스'], ['Dynamics', '다이내믹스'], ['', ''], ['', ''],
];

export interface CountryInfo {
  code: string;
  /** How a Korean article names the country. */
  ko: string;
  weight: number;
}

export const COUNTRIES: readonly CountryInfo[] = [
  { code: 'KR', ko: '국내', weight: 44 },
  { code: 'US', ko: '미국', weight: 20 },
  { code: 'CN', ko: '중국', weight: 12 },
  { code: 'FR', ko: '프랑스', weight: 5 },
  { code: 'JP', ko: '일본', weight: 5 },
  { code: 'GB', ko: '영국', weight: 4 },
  { code: 'CA', ko: '캐나다', weight: 3 },
  { code: 'DE', ko: '독일', weight: 3 },
  { code: 'IL', ko: '이스라엘', weight: 2 },
  { code: 'AE', ko: '아랍에미리트(UAE)', weight: 2 },
];

/** How a company is introduced, by kind; `{c}` is the country word. */
export const COMPANY_KINDS = {
  startup: ['{c} AI 스타트업', '{c} 인공지능(AI) 스타트업', '{c} AI 기업'],
  bigtech: ['{c} 빅테크', '{c} 정보기술(IT) 기업', '{c} AI 기업'],
  lab: ['{c} AI 연구기업', '{c} AI 기업', '{c} 생성형 AI 개발사'],
  telecom: ['{c} 통신사', '{c} 통신 기업', '{c} IT 서비스 기업'],
} as const;
export type CompanyKind = keyof typeof COMPANY_KINDS;

export const KOREAN_COUNTRY_WORDS = ['국내', '한국'] as const;

/** Model size variants: [Latin, Hangul]. */
export const VARIANTS: readonly (readonly [string, string])[] = [
  ['Lite', '라이트'], ['Mini', '미니'], ['Pro', '프로'], ['Flash', '플래시'], ['Max', '맥스'], ['Turbo', '터보'],
];

/** Parameter counts the generator writes, in billions. */
export const PARAMETER_SIZES = [0.5, 1.2, 2.4, 3, 7, 8, 13, 14, 32, 34, 70, 72, 110, 405] as const;

export const KOREAN_SURNAMES = ['김', '이', '박', '최', '정', '강', '조', '윤', '장', '임', '한', '오', '서', '신', '권', '황', '안', '송', '류', '홍'];
export const KOREAN_GIVEN = [
  '도윤', '서준', '하준', '지호', '민재', '예린', '수아', '지안', '서윤', '하은', '현우', '태민', '유진', '다인',
  '성훈', '재원', '은서', '승민', '가온', '채원', '준혁', '민서', '시우', '윤아', '정훈', '소율', '건우', '나연',
];
export const FOREIGN_GIVEN = ['제임스', '에밀리', '다니엘', '소피아', '루카스', '올리비아', '마르코', '클라라', '노아', '엘레나', '토마스', '한나', '빅터', '레아'];

/** Titles people hold, by how senior they sound. */
export const TITLES = ['대표', '최고기술책임자(CTO)', 'AI 연구소장', '부사장', '상무', 'AI 랩장', '최고경영자(CEO)', '개발총괄', '연구원', '전무'];

export const MINISTRIES = ['과학기술정보통신부', '산업통상자원부', '중소벤처기업부', '행정안전부'] as const;

export const POLICY_PREFIXES = ['차세대', '초거대', '독자', '국가', '지역 거점', '글로벌', 'K-', '공공', '범부처', '민관 합동'];
export const POLICY_CORES = [
  'AI 파운데이션 모델', 'AI 반도체 연계', 'AI 데이터 댐', 'AI 컴퓨팅 인프라', 'AI 에이전트', '오픈소스 AI 생태계',
  'AI 바우처', '초거대 AI 실증', 'AI 인재 양성', '산업 특화 LLM', '공공 AI 전환', '멀티모달 AI',
];
export const POLICY_SUFFIXES = ['프로젝트', '사업', '프로그램', '지원사업'];

export const LEADERBOARD_ANIMALS = ['수달', '담비', '부엉이', '고래', '여우', '두루미', '반딧불', '너구리', '매', '산양'];
export const BENCH_WORDS = ['Logic', 'Eval', 'Reason', 'QA', 'Bench', 'Sense', 'Math', 'Code', 'Chat', 'Law'];
export const BENCH_PREFIXES = ['Ko', 'Han', 'K', 'Seo', 'Ara', 'Nuri'];

/** Outlets (news agencies are not companies in the gold). */
export const OUTLETS = ['테크온뉴스', '한결일보', '미래경제신문', '디지털타임라인', '코리아AI저널', '산업투데이', '누리경제', '데일리브리프'];
export const OUTLET_DOMAINS = ['techon.example', 'hangyeol.example', 'mirae-econ.example', 'digitaltl.example', 'kaij.example', 'sanup.example', 'nuri-econ.example', 'dailybrief.example'];
