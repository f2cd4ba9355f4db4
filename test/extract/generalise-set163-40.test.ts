/**
 * Generalisation rows for the forms of sets 163 and 40 read in round r47i: a briefing's own record (a header block naming
 * its title and its briefing officials; an opening-remarks label naming its speaker) whose officials announce the policies
 * it is about; a programme named again without the work it funds ("X 구축 사업" … "X 사업"); a slide's or a table's
 * noun-phrase title naming the company whose own models its rows are ("— X 자체 개발 모델").
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const HEADER = (who: string) => `산업통상자원부 기자단 공유 | 브리핑 녹취\n\n제목: 「스마트공장 AI 전환전략」 후속 조치 및 '제조 AI 얼라이언스 사업' 선정 관련 브리핑\n장소: 정부세종청사 브리핑실\n브리핑: ${who}\n정리: 기자단 간사\n\n[질의응답]\n\n문) 몇 곳이 신청했습니까?\n\n답) 다섯 곳이 신청했습니다.`;
const REMARKS = (label: string, body: string) => `산업통상자원부 백브리핑 녹취 정리\n\n${label}\n\n오늘 말씀드릴 것은 한 가지입니다. ${body}\n\n[질의응답]\n\n문) 예산은 얼마입니까?\n\n답) 300억원입니다.`;
const TABLE = (title: string) => `AI 학회 2026 트랙 발표 자료\n\n[슬라이드 4]\n\n${title}\n\n 모델          | 파라미터 | 공개\n --------------+----------+----------\n 새솔 2      | 14B      | 2026.03\n 새솔 2 미니 | 3B       | 2026.09\n\n ※ 새솔 2 미니: 허깅페이스에 공개`;

const rows: FactRow[] = [
  // a briefing header: each official who briefs announces the policies the title names; a reporter or moderator is no official
  { cat: 'promotes.briefing-header', text: HEADER('한도윤 산업통상자원부 제1차관, 서예린 산업정책실장'), expect: ['PROMOTES 한도윤 -> 스마트공장 AI 전환전략', 'PROMOTES 한도윤 -> 제조 AI 얼라이언스 사업', 'PROMOTES 서예린 -> 제조 AI 얼라이언스 사업'] },
  { cat: 'promotes.briefing-header', text: HEADER('한도윤 산업통상자원부 제1차관'), expect: ['PROMOTES 한도윤 -> 제조 AI 얼라이언스 사업'] },
  { cat: 'promotes.briefing-header', text: HEADER('한도윤 가람테크 대표, 서예린 기자').replace('브리핑\n장소', '브리핑\n장소'), absent: ['PROMOTES 한도윤 -> 제조 AI 얼라이언스 사업', 'PROMOTES 서예린 -> 제조 AI 얼라이언스 사업'] },
  { cat: 'promotes.briefing-header', text: HEADER('한도윤 산업통상자원부 제1차관').replace('선정 관련 브리핑', '선정 관련 의견 수렴'), absent: ['PROMOTES 한도윤 -> 제조 AI 얼라이언스 사업'] },
  // an opening-remarks label: its speaker announces the policies the first remarks name, not those of later turns
  { cat: 'promotes.opening-remarks', text: REMARKS('[모두발언 - 한도윤 제1차관]', "'제조 AI 얼라이언스 사업' 1차 선정 결과입니다."), expect: ['PROMOTES 한도윤 -> 제조 AI 얼라이언스 사업'] },
  { cat: 'promotes.opening-remarks', text: REMARKS('[모두발언 - 한도윤 가람테크 대표]', "'제조 AI 얼라이언스 사업' 참여 소감입니다."), absent: ['PROMOTES 한도윤 -> 제조 AI 얼라이언스 사업'] },
  { cat: 'promotes.opening-remarks', text: REMARKS('[모두발언 - 한도윤 제1차관]', '선정 결과입니다.').replace('답) 300억원입니다.', "답) '제조 AI 얼라이언스 사업' 예산은 300억원입니다."), absent: ['PROMOTES 한도윤 -> 제조 AI 얼라이언스 사업'] },
  // a programme named without the work it funds is the same programme ("X 팜 구축 사업" … "X 팜 사업은")
  { cat: 'names.workless-programme', text: "정부는 '해양 데이터 팜 구축 사업'을 추진한다. 정부는 예산안에 '수산 AI 풀스택 실증 사업'도 담았다. 윤하람 해양수산부 해양정책실장은 \"법이 통과되면 해양 데이터 팜 사업은 상시 사업이 된다\"고 밝혔다.", expect: ['PROMOTES 윤하람 -> 해양 데이터 팜 구축 사업'], absent: ['PROMOTES 윤하람 -> 수산 AI 풀스택 실증 사업'] },
  { cat: 'names.workless-programme', text: "정부는 '해양 데이터 팜 구축 사업'을 추진한다. 가람테크는 '해양 데이터 팜 사업'에 참여한다.", expect: ['PARTICIPATES_IN 가람테크 -> 해양 데이터 팜 구축 사업'], noNodes: ['Policy:해양 데이터 팜 사업'] },
  { cat: 'names.workless-programme', text: "정부는 '해양 데이터 팜 구축 사업'을 추진한다. 가람테크는 '해양 관측 사업'에 참여한다.", absent: ['PARTICIPATES_IN 가람테크 -> 해양 데이터 팜 구축 사업'] },
  // a slide's noun-phrase title names the company whose own models its table's rows are
  { cat: 'tables.own-models-noun-title', text: TABLE('3. 새솔 패밀리 한눈에 — 가람랩 자체 개발 모델'), expect: ['DEVELOPED 가람랩 -> 새솔 2', 'DEVELOPED 가람랩 -> 새솔 2 미니'] },
  { cat: 'tables.own-models-noun-title', text: TABLE('3. 가람랩의 독자 개발 LLM 현황'), expect: ['DEVELOPED 가람랩 -> 새솔 2'] },
  { cat: 'tables.own-models-noun-title', text: TABLE('3. 가람랩이 비교한 공개 모델'), absent: ['DEVELOPED 가람랩 -> 새솔 2', 'DEVELOPED 가람랩 -> 새솔 2 미니'] },
];

describe('generalisation rows (sets 163 and 40, round r47i)', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 60)}`, () => checkFactRow(row));
});
