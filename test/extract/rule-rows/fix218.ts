/** Rows for the readings added in fix218 (ordinary news pages: successors told with "그 후속작", interviews, programmes). */
import type { Row } from './row.js';

export const fix218Rows: Row[] = [
  // "Y를 … 테스트한 바 있으며, 이번 N 모델이 그 정식 후속작이다": the model in focus, called "이번 … 모델", succeeds the one named before (fix218)
  { rule: 'succeeds.model-then-focus-its-successor', sentence: "누리소프트가 '누리 7B'를 출시했다. 누리 7B는 70억 파라미터 규모다. 회사는 지난해 첫 모델 '누리 베타'를 비공개로 시험한 바 있으며, 이번 7B 모델이 그 정식 후속작이다.", expect: ['SUCCEEDS 누리 7B -> 누리 베타'] },
  { rule: 'succeeds.model-then-focus-its-successor', sentence: "누리소프트가 '누리 7B'를 출시했다. 누리 7B는 70억 파라미터 규모다. 회사는 지난해 첫 모델 '누리 베타'를 비공개로 시험한 바 있으며, 이번 7B 모델이 그 후속작인지는 밝히지 않았다.", absent: ['SUCCEEDS 누리 7B -> 누리 베타'] },
  // "P는 … 사업으로, A와 B를 비롯한 N개 팀이 선정돼": a programme's topic sentence listing its selected teams (fix218)
  { rule: 'participates.topic-including-list', sentence: '독자 AI 파운데이션 모델 프로젝트는 과학기술정보통신부가 2025년 시작한 사업으로, 누리소프트와 한빛랩스를 비롯한 5개 정예팀이 1차로 선정돼 경쟁을 벌여 왔다.', expect: ['PARTICIPATES_IN 누리소프트 -> 독자 AI 파운데이션 모델 프로젝트', 'PARTICIPATES_IN 한빛랩스 -> 독자 AI 파운데이션 모델 프로젝트'] },
  { rule: 'participates.topic-including-list', sentence: '독자 AI 파운데이션 모델 프로젝트는 과학기술정보통신부가 2025년 시작한 사업으로, 누리소프트와 한빛랩스를 비롯한 5개 팀이 선정될지 관심이다.', absent: ['PARTICIPATES_IN 누리소프트 -> 독자 AI 파운데이션 모델 프로젝트'] },
  // "올해 하반기에는 B가 이끄는 컨소시엄의 일원으로 'P'에도 합류했다": the omitted subject joined the programme under B (fix218)
  { rule: 'participates.omitted-subject-member-of-led-consortium', sentence: "2021년 창업한 누리랩스는 지난달 새 모델 '누리 2'를 공개하며 주목을 받았다. 올해 하반기에는 KT가 이끄는 컨소시엄의 일원으로 정부의 '독자 AI 파운데이션 모델 프로젝트'에도 합류했다.", expect: ['PARTICIPATES_IN 누리랩스 -> 독자 AI 파운데이션 모델 프로젝트', 'PARTNERS_WITH KT -> 누리랩스'] },
  { rule: 'participates.omitted-subject-member-of-led-consortium', sentence: "2021년 창업한 누리랩스는 지난달 새 모델 '누리 2'를 공개하며 주목을 받았다. 올해 하반기에는 KT가 이끄는 컨소시엄의 일원으로 정부의 '독자 AI 파운데이션 모델 프로젝트'에 합류할지 검토 중이다.", absent: ['PARTICIPATES_IN 누리랩스 -> 독자 AI 파운데이션 모델 프로젝트'] },
  // "협약식에는 X에서 NAME (unit words) 상무가 참석했다": a company's side at an event, a long title after the name (fix218)
  { rule: 'works-for.company-side-attended', sentence: '누리랩스는 이날 KT와 업무협약을 맺었다. 협약식에는 KT에서 김태호 엔터프라이즈부문 AI사업담당 상무가 참석했다.', expect: ['WORKS_FOR 김태호 -> KT'], props: ['WORKS_FOR 김태호 -> KT=엔터프라이즈부문 AI사업담당 상무'] },
  { rule: 'works-for.company-side-attended', sentence: '누리랩스는 이날 KT와 업무협약을 맺었다. 협약식에는 KT에서 김태호 상무가 참석하지 않았다.', absent: ['WORKS_FOR 김태호 -> KT'] },
  // "X는 … 창업한 회사다. NAME 대표는 Y에서 … 지냈고, 공동창업자인 NAME CTO는 Z 출신이다": the founders' company is the omitted employer (fix218)
  { rule: 'works-for.omitted-subject-cofounder-clause', sentence: '누리랩스는 2023년 카카오 출신 연구자들이 창업한 회사다. 한서윤 대표는 카카오에서 리더를 지냈고, 공동창업자인 문도하 최고기술책임자(CTO)는 삼성리서치 출신이다.', expect: ['WORKS_FOR 문도하 -> 누리랩스', 'WORKS_FOR 한서윤 -> 누리랩스'], absent: ['WORKS_FOR 문도하 -> 삼성리서치'] },
  { rule: 'works-for.omitted-subject-cofounder-clause', sentence: '누리랩스는 2023년 카카오 출신 연구자들이 창업한 회사다. 한서윤 대표는 카카오에서 리더를 지냈고, 공동창업자인 문도하 최고기술책임자(CTO)는 삼성리서치에서 일하고 있다.', absent: ['WORKS_FOR 문도하 -> 누리랩스'] },
  // "A and (a nationality, a kind) B unveiled X, a … model the two companies developed together": partners (fix218)
  { rule: 'partners.en-pair-unveiled-made-together', sentence: "Upstage and Thai telecommunications company Chao Digital on Tuesday unveiled Nova-X, a Thai-language large language model the two companies developed together over the past 10 months. Sompong Dee, Chao Digital's chief technology officer, said the model is theirs.", expect: ['PARTNERS_WITH Chao Digital -> Upstage', 'DEVELOPED Upstage -> Nova-X', 'DEVELOPED Chao Digital -> Nova-X'] },
  { rule: 'partners.en-pair-unveiled-made-together', sentence: "Upstage and Thai telecommunications company Chao Digital on Tuesday unveiled Nova-X, a model the two companies did not develop together. Sompong Dee, Chao Digital's chief technology officer, said so.", absent: ['PARTNERS_WITH Chao Digital -> Upstage'] },
  // "P … Rival X, another participant, released …": a company called another participant of the programme in context (fix218)
  { rule: 'participates.en-another-participant', sentence: "At home, Kakao remains one of the five teams in the government's Independent AI Foundation Model Project. Its project model is new. Rival Upstage, another participant, released its Solar Pro 3 model in October.", expect: ['PARTICIPATES_IN Upstage -> Independent AI Foundation Model Project'] },
  { rule: 'participates.en-another-participant', sentence: "At home, Kakao remains one of the five teams in the government's Independent AI Foundation Model Project. Its project model is new. Rival Upstage, another participant in the chip market, did not apply.", absent: ['PARTICIPATES_IN Upstage -> Independent AI Foundation Model Project'] },
  // "…, 올해 초 X에서 합류한 NAME 박사가 TITLE을 맡고 있다": a joiner from X holds the post at the company the sentence omits (fix218)
  { rule: 'works-for.omitted-subject-joiner-took-post', sentence: '누리랩스는 직원이 48명으로 늘었다. 연구는 문도하 최고기술책임자(CTO)가 총괄하고, 올해 초 카카오에서 합류한 배시온 박사가 사전학습팀장을 맡고 있다.', expect: ['WORKS_FOR 배시온 -> 누리랩스'], props: ['WORKS_FOR 배시온 -> 누리랩스=사전학습팀장'] },
  { rule: 'works-for.omitted-subject-joiner-took-post', sentence: '누리랩스는 직원이 48명으로 늘었다. 연구는 문도하 최고기술책임자(CTO)가 총괄하고, 올해 초 카카오에서 합류한 배시온 박사가 사전학습팀장을 맡지 않았다.', absent: ['WORKS_FOR 배시온 -> 누리랩스'] },
];
