/**
 * Generalisation rows for a first-person essay by someone who names where they work: the workplace described
 * by its line of business only ("여행 예약 서비스 X에서 … 일한다"), the writer's "사내 모델", and a colleague
 * introduced with "우리" and a post ("우리 CTO인 NAME 님"). Every sentence is written for the tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  { cat: 'essay.narrator-workplace', text: '저는 여행 예약 서비스 누리트립에서 백엔드 개발자로 일합니다. 요즘은 검색 품질을 본다.', nodes: ['Company:누리트립'] },
  { cat: 'essay.narrator-workplace', text: '나는 현업에서 데이터 분석가로 일한다. 나는 판교에서 근무한다.', noNodes: ['Company:현업', 'Company:판교'] },
  {
    cat: 'developed.made-inhouse',
    text: "나는 중고차 거래 앱 달리마켓에서 연구원으로 일한다. 우리는 올해 데이터 바우처 사업에 뽑혔다. 작년 가을 처음 만든 사내 모델 '달리-S 1'은 구글의 젬마 3 12B를 바탕으로 했다.",
    expect: ['DEVELOPED 달리마켓 -> 달리-S 1', 'BASED_ON 달리-S 1 -> 젬마 3 12B'],
    absent: ['DEVELOPED 구글 -> 달리-S 1'],
  },
  { cat: 'developed.made-inhouse', text: "한빛소프트가 개발한 자체 모델 '한빛-Q'는 고객 상담에 쓰인다.", expect: ['DEVELOPED 한빛소프트 -> 한빛-Q'] },
  {
    cat: 'works-for.our-post',
    text: '나는 물류 플랫폼 다온로지스에서 데이터 엔지니어로 일한다. 우리는 올해 정부의 데이터 바우처 사업에 선정됐다. 우리 CTO인 박민호 님은 신중한 편이다.',
    expect: ['WORKS_FOR 박민호 -> 다온로지스', 'PARTICIPATES_IN 다온로지스 -> 데이터 바우처'],
  },
];

describe('first-person essays', () => {
  it.each(rows.map((r) => [r.cat, r] as const))('%s', (_cat, row) => checkFactRow(row));
});
