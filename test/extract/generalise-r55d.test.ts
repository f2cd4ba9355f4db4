/**
 * Generalisation rows (round r55d): a profile's list of related people whose line says no post ("NAME — 옛 동료.") and whose
 * next sentence gives the official post before the programme the person runs ("현재 … 장관으로서 Y를 이끌고 있다").
 * Each row is a short article written for these tests in wording of its own; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // the official post told in the entry's next sentence, before the programme it runs
  {
    cat: 'promotes.profile-official-post',
    text: '다온봇 개발기\n\n주변 사람들\n\n남궁서연 — 대학원 시절 지도교수. 지금은 중소벤처기업부 차관으로 AI 바우처 사업을 총괄하고 있다.\n\n도하람 — 첫 직장의 팀장. 현재 다온소프트 대표로 일한다.',
    expect: ['PROMOTES 남궁서연 -> AI 바우처'],
  },
  {
    cat: 'promotes.profile-official-post',
    text: '인물 정리\n\n주요 인물\n\n도하람 — 창업 초기 투자 심사역. 현재 대통령실 과학기술수석으로서 정부의 소버린 AI 정책을 이끌고 있다.',
    expect: ['PROMOTES 도하람 -> 소버린 AI'],
  },
  // a post that is no official's runs nothing of the government's
  {
    cat: 'promotes.profile-official-post',
    text: '인물 정리\n\n주요 인물\n\n도하람 — 창업 초기 투자 심사역. 현재 벤처캐피털 파트너로서 AI 바우처 신청 기업을 돕고 있다.',
    absent: ['PROMOTES 도하람 -> AI 바우처'],
  },
  // a line of its own speaks for no sentence of the next person's paragraph
  {
    cat: 'promotes.profile-official-post',
    text: '인물 정리\n\n관련 인물\n\n도하람 — 공동창업자이자 연구 총괄.\n\n남궁서연 — 옛 직장 상사.\n\n현재 과학기술정보통신부 장관으로서 AI 바우처 사업을 챙기고 있다.',
    absent: ['PROMOTES 도하람 -> AI 바우처'],
  },
  // common words before a model, a partner or a consortium are no companies ("같은 조건의 M", "혼자서는", "단독 컨소시엄", "설비 데이터 전문기업")
  { cat: 'nonentities.common-words', text: '한솔데이터는 새 모델을 내놓았다. 하지만 같은 조건의 GPT-4.1 점수는 밝히지 않았다.', noNodes: ['Company:조건', 'Company:같은 조건'], absent: ['DEVELOPED 조건 -> GPT-4.1'] },
  { cat: 'nonentities.common-words', text: '도담센서 윤가람 대표는 “중소기업 혼자서는 풀기 어려운 학습 인프라 문제를 네이버와 함께 해결하겠다”고 말했다.', noNodes: ['Company:혼자서'] },
  { cat: 'nonentities.common-words', text: '이번 재공모에는 벤처기업 한솔데이터가 단독 컨소시엄으로 지원했다.', noNodes: ['Company:단독'], nodes: ['Company:한솔데이터'] },
  { cat: 'nonentities.common-words', text: '컨소시엄에는 장비 데이터 전문기업 도담센서와 시설 관리 기업 누리빌드가 함께한다.', noNodes: ['Company:장비', 'Company:시설'] },
  // a programme's teams told one by one: those "left" (남은 팀은 …가 각각 이끄는 컨소시엄), a lead's consortium forming its team
  {
    cat: 'participates.remaining-teams-are',
    text: "정부의 '해양 AI 실증 프로젝트'가 마지막 심사를 앞두고 있다. 1차 평가를 넘은 두 팀이 준비에 한창이다.\n\n이제 남은 팀은 파도소프트와 물결테크가 각각 이끄는 컨소시엄이다.\n\n파도소프트 컨소시엄은 해솔데이터, 바람넷과 한 팀을 이뤘다.",
    expect: ['PARTICIPATES_IN 파도소프트 -> 해양 AI 실증 프로젝트', 'PARTICIPATES_IN 물결테크 -> 해양 AI 실증 프로젝트', 'PARTNERS_WITH 파도소프트 -> 해솔데이터', 'PARTNERS_WITH 파도소프트 -> 바람넷'],
  },
  // a second hire told with the additive 도, after the first
  { cat: 'works-for.moved-to-role', text: '바람테크는 올해 인재 영입에 공을 들였다. 검색 엔진을 만들던 고서율 박사도 이달 초 바람테크 연구소장으로 합류했다.', expect: ['WORKS_FOR 고서율 -> 바람테크'] },
  // a member selected "as one of X's consortium": X, the lead, takes part in the programme too
  { cat: 'participates.consortium-of-member-selected', text: "솔빛데이터는 올해 3월 KT 컨소시엄의 구성원으로 '스마트 항만 AI 실증 프로젝트'에 최종 선정돼 물류 예측 모델을 만들고 있다.", expect: ['PARTICIPATES_IN KT -> 스마트 항만 AI 실증 프로젝트', 'PARTICIPATES_IN 솔빛데이터 -> 스마트 항만 AI 실증 프로젝트'] },
  // the focus model's score in a subject-less sentence, rivals named after it "not to mention" ("A(…)은 물론 B(…)도 앞섰다")
  { cat: 'scored.focus-rivals-not-to-mention', text: '다래랩스의 새 모델 다래-R 3는 이번 주 공개됐다. 코드 평가셋 HumanEval에서 71.4점을 기록해 다래-R 2(58.0점)는 물론 GPT-4o mini(66.2점)까지 넘어섰다.', expect: ['SCORED 다래-R 3 -> HumanEval', 'SCORED 다래-R 2 -> HumanEval'], edgeProps: ['SCORED 다래-R 3 -> HumanEval score=71.4'] },
  // merges: the ingredients named with 원본 and a method with 방식; a model grown by stacking copies of another's layers
  { cat: 'based-on.merged-and-upscaled', text: "스타트업 누리젠은 지난주 '누리-블렌드-8B'를 허깅페이스에 올렸다. 누리젠은 메타의 Llama 3.1 8B 원본과 누리-챗-8B를 DARE 기법으로 합쳤다. 함께 나온 누리-블렌드-12B는 누리-블렌드-8B의 레이어 일부를 복제해 쌓아 크기를 키웠다.", expect: ['BASED_ON 누리-블렌드-8B -> Llama 3.1 8B', 'BASED_ON 누리-블렌드-8B -> 누리-챗-8B', 'BASED_ON 누리-블렌드-12B -> 누리-블렌드-8B'] },
  // a speaker's honorific report of an official's statement ("NAME 장관님께서 … 하셨는데") about the programme named before
  { cat: 'promotes.official-honorific-statement', text: '저희 회사가 이번에 국토교통부 ‘스마트 물류 바우처 사업’에 뽑혔습니다. 오하린 차관님께서 지난달 계획을 발표하실 때 스무 곳을 지원한다고 말씀하셨는데 저희도 그 가운데 하나입니다.', expect: ['PROMOTES 오하린 -> 스마트 물류 바우처 사업'] },
  { cat: 'promotes.official-honorific-statement', text: '저희 회사가 이번에 국토교통부 ‘스마트 물류 바우처 사업’에 뽑혔습니다. 오하린 차관님께서 지난주 저희 사무실에 들르셨습니다.', absent: ['PROMOTES 오하린 -> 스마트 물류 바우처 사업'] },
];

describe('generalisation rows (r55d)', () => {
  it.each(rows)('$cat: $text', (row) => checkFactRow(row));
});
