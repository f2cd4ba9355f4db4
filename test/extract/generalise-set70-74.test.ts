/**
 * Generalisation rows for sets 70 and 74's forms: an omitted subject's partnership signed with its kind written twice
 * ("와 … 업무협약(MOU)을 맺고"); a partnership named by the tie it set up ("B와 맺은 전략적 파트너십에 따라 …"),
 * also under a list item's "B:" label. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // "와 … 업무협약(MOU)을 맺고": the agreement's kind repeated in parentheses is no break before its verb
  { cat: 'partners.omitted-subject-dated', text: '누리메디AI는 의료 AI 스타트업이다. 2025년 9월에는 SK텔레콤과 병원 특화 AI 공동 개발을 위한 전략적 업무협약(MOU)을 맺고 전용 모델을 함께 만들고 있다.', expect: ['PARTNERS_WITH 누리메디AI -> SK텔레콤'] },
  { cat: 'partners.omitted-subject-dated', text: '누리메디AI는 의료 AI 스타트업이다. 지난달 SK텔레콤과 데이터 협력 협약(MOU)을 체결했다.', expect: ['PARTNERS_WITH 누리메디AI -> SK텔레콤'] },
  { cat: 'partners.omitted-subject-dated', text: '누리메디AI는 의료 AI 스타트업이다. 2025년 9월에는 SK텔레콤과 업무협약(MOU)을 맺을지 검토했지만 결론을 내지 못했다.', absent: ['PARTNERS_WITH 누리메디AI -> SK텔레콤'] },
  { cat: 'partners.omitted-subject-dated', text: '누리메디AI는 의료 AI 스타트업이다. 2025년 9월에는 SK텔레콤과 업무협약(MOU)을 맺었다는 보도는 사실이 아니다.', absent: ['PARTNERS_WITH 누리메디AI -> SK텔레콤'] },
  // "B와 맺은 전략적 파트너십에 따라 …": the tie set up with B is the omitted subject's partnership
  { cat: 'partners.omitted-subject-relative-tie', text: '바람테크는 번역 모델을 새로 내놨다. SK텔레콤과 맺은 전략적 파트너십에 따라 SK텔레콤의 문서 플랫폼에서도 이 모델을 쓸 수 있다.', expect: ['PARTNERS_WITH 바람테크 -> SK텔레콤'] },
  { cat: 'partners.omitted-subject-relative-tie', text: '바람테크는 번역 모델을 새로 내놨다.\n\n- SK텔레콤: SK텔레콤과 체결한 업무협약을 통해 문서 플랫폼에 이 모델을 넣는다.', expect: ['PARTNERS_WITH 바람테크 -> SK텔레콤'] },
  { cat: 'partners.omitted-subject-relative-tie', text: '바람테크는 번역 모델을 새로 내놨다.\n\n- SK텔레콤: SK텔레콤 마켓플레이스에 이 모델이 입점했다. 판매 채널 등록일 뿐 제휴 계약은 아니다.', absent: ['PARTNERS_WITH 바람테크 -> SK텔레콤'] },
  { cat: 'partners.omitted-subject-relative-tie', text: '바람테크는 번역 모델을 새로 내놨다. SK텔레콤과 맺은 파트너십에 따라 모델을 공급한다는 소문은 사실이 아니다.', absent: ['PARTNERS_WITH 바람테크 -> SK텔레콤'] },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});
