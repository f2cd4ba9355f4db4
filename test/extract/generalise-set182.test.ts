/**
 * Generalisation rows for set 182's forms: an application filed with its subject omitted ("…2차 공모에는 지원서를
 * 냈다"), past a company put aside as only a customer after a relative clause; a model released "on a hub as open source"
 * by the company of its passive clause; "NAME 씨는 현재 C에서 ROLE로 일하며"; a consortium's members named in its
 * relative clause when it is selected; a row of a labelled table ("주관기관 | A | …") that is no selection-line header;
 * "X는 Y를 … 학습한 모델로, … 오픈소스로 공개되어 있음"; a noun with the distributive -별 that is no name; a line labelled
 * with a company ("- A : NAME TITLE, NAME TITLE"); a maker's own kind of model before a bare family word; a résumé's
 * career entry heading its description lines; a bare name in the clause after its one sized name. Sentences written for
 * these tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // an application filed, its subject the company the post is about; a customer put aside is no subject the next line omits
  { cat: 'participates.omitted-subject-filed', text: "1. 가온데이터는 KT와 물류 특화 모델 '누리-L'을 공동 개발하는 계약을 맺었다고 공시함.\n\n2. 하나은행은 누리-L을 사서 콜센터에 쓰는 고객사일 뿐, 개발 파트너는 아님.\n\n3. '지역 AI 거점 사업' 2차 공모에는 지원서를 냈다고 함.", expect: ['PARTICIPATES_IN 가온데이터 -> 지역 AI 거점 사업'], absent: ['PARTICIPATES_IN 하나은행 -> 지역 AI 거점 사업'] },
  { cat: 'participates.omitted-subject-filed', text: "가온데이터는 KT와 물류 특화 모델 '누리-L'을 공동 개발한다. '지역 AI 거점 사업' 공모에도 신청서를 제출했다.", expect: ['PARTICIPATES_IN 가온데이터 -> 지역 AI 거점 사업'] },
  { cat: 'participates.omitted-subject-filed', text: "가온데이터는 KT와 물류 특화 모델 '누리-L'을 공동 개발한다. '지역 AI 거점 사업' 공모에 지원서를 낼지는 검토 중이다.", absent: ['PARTICIPATES_IN 가온데이터 -> 지역 AI 거점 사업'] },
  // "Y는 B가 … 깃허브에 오픈소스로 공개한 … 모델이다": a release venue in the gap; a denial is none
  { cat: 'developed.passive-released-on-hub', text: "의료 스타트업 가온헬스가 병원과 협약을 맺었다. '메디온-3B'는 가온헬스가 지난 4월 허깅페이스에 오픈소스로 공개한 30억 파라미터 모델이다.", expect: ['DEVELOPED 가온헬스 -> 메디온-3B'] },
  { cat: 'developed.passive-released-on-hub', text: "의료 스타트업 가온헬스가 병원과 협약을 맺었다. '메디온-3B'는 가온헬스가 지난 4월 오픈소스로 공개한 모델이 아니다.", absent: ['DEVELOPED 가온헬스 -> 메디온-3B'] },
  // "NAME 씨는 현재 C에서 ROLE로 일하며 …": works for C
  { cat: 'works-for.works-at-as-connective', text: '2023년 학부 졸업생 한서진 씨는 현재 네이버클라우드에서 엔지니어로 일하며 검색 모델 평가를 맡고 있다.', expect: ['WORKS_FOR 한서진 -> 네이버클라우드'] },
  { cat: 'works-for.works-at-as-connective', text: '2023년 학부 졸업생 한서진 씨는 내년부터 네이버클라우드에서 엔지니어로 일하며 검색 모델 평가를 맡을 예정이다.', absent: ['WORKS_FOR 한서진 -> 네이버클라우드'] },
  // a gazetteer family whose name opens on the product-line word (LLM42): its versions are models of it
  { cat: 'gazetteer.llm42', text: "가온모빌리티는 포티투마루의 LLM42 2.0을 바탕으로 만든 '가온-드라이브'를 공개했다.", expect: ['BASED_ON 가온-드라이브 -> LLM42 2.0', 'DEVELOPED 포티투마루 -> LLM42 2.0'] },
  // "A가 주관하고 B·C가 참여하는 컨소시엄이 P 최종 선정": the members are selected too; a selection only wondered about is none
  { cat: 'participates.members-of-consortium-selected', text: "■ 업스테이지가 주관하고 KT·솔트룩스가 참여하는 컨소시엄이 '스마트 항만 AI 실증사업' 최종 선정", expect: ['PARTICIPATES_IN KT -> 스마트 항만 AI 실증사업', 'PARTICIPATES_IN 솔트룩스 -> 스마트 항만 AI 실증사업'] },
  { cat: 'participates.members-of-consortium-selected', text: "업스테이지가 주관하고 KT와 솔트룩스가 참여하는 컨소시엄이 '스마트 항만 AI 실증사업'에 최종 선정됐다.", expect: ['PARTICIPATES_IN KT -> 스마트 항만 AI 실증사업'] },
  { cat: 'participates.members-of-consortium-selected', text: "KT와 솔트룩스가 참여하는 컨소시엄이 '스마트 항만 AI 실증사업'에 선정될지 관심이 쏠린다.", absent: ['PARTICIPATES_IN KT -> 스마트 항만 AI 실증사업'] },
  // a labelled table's rows ("주관기관 | A | A(변경 없음)") are no header of selection lines: its "책임자" row names no company
  { cat: 'selection-lines.labelled-rows', text: "「2027 스마트 항만 AI 실증사업」 협약 변경 알림\n\n주관기관 | 업스테이지 | 업스테이지(변경 없음)\n\n참여기관 | KT, 솔트룩스 | KT, 코난테크놀로지\n\n책임자 | 홍길동 CTO(업스테이지) | 홍길동 CTO(변경 없음)", noNodes: ['Company:책임자'] },
  // "X는 Y를 … 학습한 모델로, … 오픈소스로 공개되어 있음": Y is open; a release not decided is not
  { cat: 'property.described-object-model', text: "2) 가온랩스는 '바다-21B'를 처음부터 학습한 모델로, 210억 파라미터 규모이며 오픈소스로 공개되어 있음", props: ['바다-21B=openSource:true', '바다-21B=parameters:21000000000'] },
  { cat: 'property.described-object-model', text: "2) 가온랩스는 '바다-21B'를 처음부터 학습한 모델로, 오픈소스 공개 여부는 내년에 정하기로 함", props: ['바다-21B=openSource:undefined'] },
  // a noun and the distributive -별 ("기관별 책임자") is no name; a name before a title still is
  { cat: 'names.distributive-noun', text: '4. 기관별 책임자\n\n- 솔트룩스 : 홍길동 대표', noNodes: ['Person:기관별'], nodes: ['Person:홍길동'] },
  // "- A : NAME TITLE, NAME TITLE": each works for A, a unit word before the title is no company; a line not labelled by a company gives none
  { cat: 'works-for.labelled-company-line', text: '4. 참여기관별 책임자\n\n- 솔트룩스 : 홍길동 대표, 김민수 최고기술책임자\n\n- KT : 이서준 엔터프라이즈AI 리더', expect: ['WORKS_FOR 홍길동 -> 솔트룩스', 'WORKS_FOR 김민수 -> 솔트룩스', 'WORKS_FOR 이서준 -> KT'], noNodes: ['Company:엔터프라이즈AI'] },
  { cat: 'works-for.labelled-company-line', text: '○ 자문위원 : 홍길동 교수, 김민수 변호사\n\n○ 수요처 : 솔트룩스 (실증 결과만 제공받음)', absent: ['WORKS_FOR 홍길동 -> 솔트룩스', 'WORKS_FOR 김민수 -> 솔트룩스'] },
  // "카카오 자체 언어모델 카나나의 …": the line named as a model of its own beside the page's one version; a bare word alone is that version
  { cat: 'families.own-kind-before-family', text: "가온랩스의 '바다-8B'는 카카오의 카나나 1.5 8B를 기반으로 했다. 카카오 자체 언어모델 카나나의 평가 체계도 함께 만들었다.", nodes: ['Model:카나나', 'Model:카나나 1.5 8B'], expect: ['DEVELOPED 카카오 -> 카나나'] },
  { cat: 'families.own-kind-before-family', text: "가온랩스의 '바다-8B'는 카카오의 카나나 1.5 8B를 기반으로 했다. 카나나의 평가 체계도 함께 만들었다.", noNodes: ['Model:카나나'] },
  // "'X 13B'를 공개한 바 있으며, Y는 X와 별도로 …": the bare name in the next clause is the one sized model named before; named side by side, two
  { cat: 'names.sized-short-form-next-clause', text: "가온랩스는 2025년 자체 개발한 '바다-M 13B'를 오픈소스로 공개한 바 있으며, 바다-K는 바다-M과 별도로 처음부터 학습하는 신규 모델이다.", sameNode: ['바다-M 13B=바다-M'] },
  { cat: 'names.sized-short-form-next-clause', text: "가온랩스는 '바다-M'과 '바다-M 13B'를 함께 공개했다.", nodes: ['Model:바다-M', 'Model:바다-M 13B'] },
  // a résumé's career entry ("X CTO 2025.03 ~ 현재") heads its description lines; a plan is no fact
  { cat: 'career-entry.omitted-subject', text: "자기소개\n\n2025년 3월 가온랩스에 합류해 CTO를 맡고 있습니다.\n\n경력\n\n가온랩스 CTO 2025.03 ~ 현재\n\n바다-8B 개발 총괄 (2026년 5월 공개)\n\nKT클라우드와 보험 특화 모델 공동 개발 협약 체결(2026.02)\n\n중소벤처기업부 팁스(TIPS) 프로그램 선정 (2026.01)", expect: ['DEVELOPED 가온랩스 -> 바다-8B', 'PARTNERS_WITH 가온랩스 -> KT클라우드', 'PARTICIPATES_IN 가온랩스 -> 팁스(TIPS)'] },
  { cat: 'career-entry.omitted-subject', text: "자기소개\n\n2025년 3월 가온랩스에 합류해 CTO를 맡고 있습니다.\n\n경력\n\n가온랩스 CTO 2025.03 ~ 현재\n\n바다-8B 개발 총괄 계획 (2027년)\n\nKT클라우드와 보험 특화 모델 공동 개발 협약 체결 검토 중", absent: ['DEVELOPED 가온랩스 -> 바다-8B', 'PARTNERS_WITH 가온랩스 -> KT클라우드'] },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});
