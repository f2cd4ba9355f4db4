/**
 * Generalisation rows for the forms of sets 56 and 133 read in this round: a model named as the predicate of a copular
 * answer ("음성 쪽은 'X'라는 모델인데, …"), its base in the clause after the comma; a channel bulletin's headline-style
 * outcome of a programme's round ("A·B 컨소시엄 3차 단계 진출", no verb); the official who announces a round's results.
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // "'X'라는 모델인데/모델입니다": the whole quoted name is the model (not its last words)
  { cat: 'discover.named-model-copular', text: "번역 쪽은 '누리 트랜스 3'라는 모델인데, 계약서 번역에 씁니다.", nodes: ['Model:누리 트랜스 3'], noNodes: ['Model:트랜스 3'] },
  { cat: 'discover.named-model-copular', text: "저희가 요약에 쓰는 건 '하늬 서머리 2'라는 모델입니다.", nodes: ['Model:하늬 서머리 2'], noNodes: ['Model:서머리 2'] },
  { cat: 'discover.named-model-copular', text: "이 서비스는 '누리 트랜스'라는 이름입니다.", noNodes: ['Model:누리 트랜스'] },
  // "'X'라는 모델인데, Y를 바탕으로 … 학습시켰다": the base of the model named; not where the training is denied
  { cat: 'based-on.named-model-then-base', text: "가온랩스 대표는 \"번역 쪽은 '누리 트랜스 3'라는 모델인데, 메타의 라마 3.1을 바탕으로 계약서 20만 건을 더 학습시켰습니다\"라고 말했다.", expect: ['BASED_ON 누리 트랜스 3 -> 라마 3.1'] },
  { cat: 'based-on.named-model-then-base', text: "요약 쪽은 '하늬 서머리 2'라는 모델인데요, 알리바바의 큐웬3-8B를 토대로 뉴스 데이터를 추가로 학습했어요.", expect: ['BASED_ON 하늬 서머리 2 -> 큐웬3-8B'] },
  { cat: 'based-on.named-model-then-base', text: "번역 쪽은 '누리 트랜스 3'라는 모델인데, 메타의 라마 3.1을 바탕으로 학습시킨 건 아닙니다.", absent: ['BASED_ON 누리 트랜스 3 -> 라마 3.1'] },
  { cat: 'based-on.named-model-then-base', text: "번역 쪽은 '누리 트랜스 3'라는 모델인데, 메타의 라마 3.1을 바탕으로 학습시킬지는 검토 중입니다.", absent: ['BASED_ON 누리 트랜스 3 -> 라마 3.1'] },
  // a bulletin's outcome line: "(programme) … 결과 ✅ A·B 컨소시엄 N차 단계 진출"; a failure, a forecast is no outcome
  { cat: 'participates.stage-advance-headline', text: "📌 '스마트항만 AI 실증사업' 1차 평가 결과 ✅ 한결로지스·바다데이터 컨소시엄 2차 단계 진출", expect: ['PARTICIPATES_IN 한결로지스 -> 스마트항만 AI 실증사업', 'PARTICIPATES_IN 바다데이터 -> 스마트항만 AI 실증사업'] },
  { cat: 'participates.stage-advance-headline', text: "'스마트항만 AI 실증사업' 서면 심사 결과: 한결로지스 컨소시엄 본선 진출", expect: ['PARTICIPATES_IN 한결로지스 -> 스마트항만 AI 실증사업'] },
  { cat: 'participates.stage-advance-headline', text: "'스마트항만 AI 실증사업' 1차 평가 결과 한결로지스 컨소시엄 2차 단계 진출 실패", absent: ['PARTICIPATES_IN 한결로지스 -> 스마트항만 AI 실증사업'] },
  { cat: 'participates.stage-advance-headline', text: "'스마트항만 AI 실증사업' 발표 임박… 한결로지스 컨소시엄 2차 평가 진출 전망", absent: ['PARTICIPATES_IN 한결로지스 -> 스마트항만 AI 실증사업'] },
  // "… 결과 발표를 맡은 NAME 부처 OFFICIAL": the announcing official promotes the programme; a company head who announces does not
  { cat: 'promotes.announcer-of-programme-result', text: "'스마트항만 AI 실증사업' 1차 평가 결과가 나왔다. 한결로지스가 2차 단계에 올랐다. 결과 발표를 맡은 남궁솔 해양수산부 항만정책관은 \"내년에는 예산을 늘리겠다\"고 말했다.", expect: ['PROMOTES 남궁솔 -> 스마트항만 AI 실증사업'] },
  { cat: 'promotes.announcer-of-programme-result', text: "'스마트항만 AI 실증사업' 1차 평가 결과 발표를 맡은 남궁솔 한결로지스 대표는 \"기쁘다\"고 말했다.", absent: ['PROMOTES 남궁솔 -> 스마트항만 AI 실증사업'] },
  // a company's own table of counterparties ("주요 협력사 현황": "기업 | 구분 | 내용"): a tie kind is a partner; a supplier or an investee is not
  { cat: 'partners.own-partner-table', text: "가온소프트 2026 지속가능경영보고서\n\n가온소프트는 기업용 AI 모델을 개발합니다. 당사는 협력사를 유형별로 관리합니다.\n\n표 3. 주요 협력사 현황\n\n기업 | 구분 | 내용\n누리헬스 | 공동 개발 | 병원 상담 모델 공동 개발\n한빛통신 | 전략적 제휴 | 콜센터 AI 공동 사업\n다온클라우드 | 공급 | GPU 임차 계약\n바람벤처스 | 투자 | 시리즈A 투자", expect: ['PARTNERS_WITH 가온소프트 -> 누리헬스', 'PARTNERS_WITH 가온소프트 -> 한빛통신'], absent: ['PARTNERS_WITH 가온소프트 -> 다온클라우드', 'PARTNERS_WITH 가온소프트 -> 바람벤처스'] },
  { cat: 'partners.own-partner-table', text: "가온소프트 2026 지속가능경영보고서\n\n가온소프트는 기업용 AI 모델을 개발합니다.\n\n표 4. 주요 고객사 현황\n\n기업 | 구분 | 내용\n누리헬스 | 공동 개발 | 병원 상담 모델 납품", absent: ['PARTNERS_WITH 가온소프트 -> 누리헬스'] },
  // "NAME 대학 AI대학원 교수": a department with a Latin word in it still stands between the school and the title
  { cat: 'discover.name-org-dept-title', text: "강다솜 누리대 AI대학원 교수는 \"공개 벤치마크를 함께 봐야 한다\"고 말했다.", nodes: ['Person:강다솜'] },
  { cat: 'discover.name-org-dept-title', text: "육해진 가나대 AI융합학과 교수는 \"데이터가 관건\"이라고 말했다.", nodes: ['Person:육해진'] },
  // "모닝AI 위클리": a suffixed name before a publication's word is a newsletter, no company; the same name before a verb is one
  { cat: 'discover.publication-name', text: "안녕하세요, 새벽AI 위클리 구독자 여러분. 새벽AI 위클리는 매주 월요일에 발송됩니다.", noNodes: ['Company:새벽AI'] },
  { cat: 'discover.publication-name', text: "NIGHT AI WEEKLY 구독자 여러분, 반갑습니다.", noNodes: ['Company:NIGHT AI'] },
  { cat: 'discover.publication-name', text: "새벽AI는 법률 특화 모델을 공개했다.", nodes: ['Company:새벽AI'] },
  // "과기정통부 실증사업": a ministry and one word for a kind of programme name no programme
  { cat: 'discover.programme-kind-word', text: "이번 호에서는 과기정통부 실증사업 참여 기업 명단을 정리했습니다.", noNodes: ['Policy:실증사업'] },
  { cat: 'discover.programme-kind-word', text: "과기정통부 지원사업에 선정된 곳은 세 곳이다.", noNodes: ['Policy:지원사업'] },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});
