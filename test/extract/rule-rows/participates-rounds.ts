/** Rows for participates.* readings of programme rounds, teams kept or cut, calls, supports and consortium members named in a round. */
import type { Row } from './row.js';

export const participatesRoundRows: Row[] = [
  // the ministry keeps teams in a round ("N차 심사에서 A와 B 컨소시엄만 남겼다"): they take part in the programme
  { rule: 'participates.round-kept', sentence: "해양수산부는 '스마트 항만 AI 실증 사업' 참여 기업 여섯 곳을 골랐다. 이어 2차 심사에서 카카오와 다온AI 컨소시엄만 남겼다.", expect: ['PARTICIPATES_IN 카카오 -> 스마트 항만 AI 실증 사업', 'PARTICIPATES_IN 다온AI -> 스마트 항만 AI 실증 사업'] },
  { rule: 'participates.round-kept', sentence: "해양수산부는 '스마트 항만 AI 실증 사업' 참여 기업 여섯 곳을 골랐다. 2차 심사에서 카카오 컨소시엄을 남겼다는 관측이 나온다.", absent: ['PARTICIPATES_IN 카카오 -> 스마트 항만 AI 실증 사업'] },
  // (a round is a programme's: after an agenda named last, the round's teams take part in the programme, not the agenda)
  { rule: 'participates.round-kept', sentence: "'스마트 항만 AI 실증 사업'은 정부가 내건 소버린 AI의 한 축이다. 해수부는 1차 평가에서 카카오와 다온AI 컨소시엄을 남겼다.", expect: ['PARTICIPATES_IN 카카오 -> 스마트 항만 AI 실증 사업'], absent: ['PARTICIPATES_IN 카카오 -> 소버린 AI'] },
  { rule: 'participates.en-survived-round', sentence: 'The ministry launched the Daejeon Quantum AI Program last spring. Wrtn and Gaon Cloud survived the second round in May, officials said.', expect: ['PARTICIPATES_IN Wrtn -> Daejeon Quantum AI Program', 'PARTICIPATES_IN Gaon Cloud -> Daejeon Quantum AI Program'] },
  { rule: 'participates.en-survived-round', sentence: 'The ministry launched the Daejeon Quantum AI Program last spring. Wrtn survived the second quarter of layoffs, officials said.', absent: ['PARTICIPATES_IN Wrtn -> Daejeon Quantum AI Program'] },
  // a newcomer picked by a programme's extra call readies the next round "with" the teams already in it: they take part too, no partnership
  { rule: 'participates.companions-in-round', sentence: "다온AI는 '스마트 항만 AI 실증 사업' 재공모에 뽑혀 카카오, 한빛소프트와 함께 최종 심사를 앞두고 있다.", expect: ['PARTICIPATES_IN 카카오 -> 스마트 항만 AI 실증 사업', 'PARTICIPATES_IN 한빛소프트 -> 스마트 항만 AI 실증 사업'] },
  // set 95: a team led by a company that was eliminated; a programme's first beneficiary as the object; an upgraded version; a possessive policy its official launched; an announced release
  { rule: 'participates.en-led-team-eliminated', sentence: 'The city graded the Daegu Robot Taxi Project in May. A second team, led by the Seoul-based startup Wrtn, was eliminated.', expect: ['PARTICIPATES_IN Wrtn -> Daegu Robot Taxi Project'] },
  { rule: 'participates.en-cut-from-programme', sentence: 'The city graded the Daegu Robot Taxi Project in May. In June, the city cut Wrtn and Liner from the project after the first review.', expect: ['PARTICIPATES_IN Wrtn -> Daegu Robot Taxi Project', 'PARTICIPATES_IN Liner -> Daegu Robot Taxi Project'] },
  { rule: 'participates.en-cut-from-programme', sentence: 'The city graded the Daegu Robot Taxi Project in May. In June, the city cut spending on robots from the project, Wrtn said.', absent: ['PARTICIPATES_IN Wrtn -> Daegu Robot Taxi Project'] },
  { rule: 'participates.programme-target-object', sentence: "시는 'AI 물류 실증 사업'의 첫 지원 대상으로 뤼튼을 선정했다.", expect: ['PARTICIPATES_IN 뤼튼 -> AI 물류 실증 사업'] },
  // a company supported through a programme ("P로 … 지원받고 있다", "P 지원을 받고 있다")
  { rule: 'participates.supported-through', sentence: "다온랩은 지난해부터 '부산 AI 실증 바우처'로 클라우드 비용 일부를 지원받고 있다.", expect: ['PARTICIPATES_IN 다온랩 -> 부산 AI 실증 바우처'] },
  { rule: 'participates.supported-through', sentence: "다온랩은 올해 부산시의 '부산 AI 실증 바우처' 지원을 받았다.", expect: ['PARTICIPATES_IN 다온랩 -> 부산 AI 실증 바우처'] },
  { rule: 'participates.supported-through', sentence: "다온랩은 '부산 AI 실증 바우처'로 클라우드 비용을 지원받지 못했다.", absent: ['PARTICIPATES_IN 다온랩 -> 부산 AI 실증 바우처'] },
  // (an interview's answer, its omitted subject the company that speaks)
  { rule: 'participates.omitted-subject-supported-through', sentence: '다온랩은 해양 AI 기업이다.\n\n-어려운 점은.\n\n"인재죠. 그래도 부산시가 \'부산 AI 실증 바우처\'로 클라우드 비용을 대주고 있어서 그 지원을 받고 있습니다. 저희는 버팁니다."', expect: ['PARTICIPATES_IN 다온랩 -> 부산 AI 실증 바우처'] },
  // (the companies counted after the list: "A와 B 2곳을")
  { rule: 'participates.programme-target-object', sentence: "경남도는 'AI 조선 특화 실증사업'의 실증기관으로 뤼튼과 솔트룩스 2곳을 선정했다.", expect: ['PARTICIPATES_IN 뤼튼 -> AI 조선 특화 실증사업', 'PARTICIPATES_IN 솔트룩스 -> AI 조선 특화 실증사업'] },
  { rule: 'participates.programme-target-object', sentence: "경남도는 'AI 조선 특화 실증사업'의 실증기관으로 뤼튼과 솔트룩스 2곳을 선정할지 검토하고 있다.", absent: ['PARTICIPATES_IN 뤼튼 -> AI 조선 특화 실증사업'] },
  { rule: 'participates.en-teams-in-programme-include', sentence: 'The city runs the Daegu Robot Taxi Project with two teams. Companies currently in the project include Wrtn and Upstage.', expect: ['PARTICIPATES_IN Wrtn -> Daegu Robot Taxi Project', 'PARTICIPATES_IN Upstage -> Daegu Robot Taxi Project'] },
  // a runner-up of an earlier stage took part in the programme
  { rule: 'participates.earlier-stage-runner-up', sentence: "'AI 물류 실증사업' 2단계가 시작됐다. 정부는 1단계 차점 팀이었던 가온랩스에 합류를 제안했다.", expect: ['PARTICIPATES_IN 가온랩스 -> AI 물류 실증사업'] },
  { rule: 'participates.earlier-stage-runner-up', sentence: "'AI 물류 실증사업' 2단계가 시작됐다. 1단계 차점 팀이었던 곳은 공개되지 않았고, 가온랩스는 사업 밖에서 물류 모델을 따로 만든다.", absent: ['PARTICIPATES_IN 가온랩스 -> AI 물류 실증사업'] },
  // (the teams counted after the list, under review in a round of it: "A, B 두 정예팀이 2차 평가를 받고 있다")
  { rule: 'participates.named-teams-under-review', sentence: "'AI 반도체 실증사업'은 현재 뤼튼, 솔트룩스 두 컨소시엄이 1차 심사를 받고 있다.", expect: ['PARTICIPATES_IN 뤼튼 -> AI 반도체 실증사업', 'PARTICIPATES_IN 솔트룩스 -> AI 반도체 실증사업'] },
  { rule: 'participates.named-teams-under-review', sentence: "'AI 반도체 실증사업'은 현재 뤼튼, 솔트룩스 두 컨소시엄이 1차 심사를 받고 있지 않다.", absent: ['PARTICIPATES_IN 뤼튼 -> AI 반도체 실증사업'] },
  { rule: 'participates.named-teams-word-under-review', sentence: "정부는 '독자 AI 파운데이션 모델' 프로젝트의 3차 평가 일정을 공개했다. 장관은 \"지금 뤼튼, 솔트룩스, 코난테크놀로지 세 정예팀이 3차 평가를 받고 있다\"고 말했다.", expect: ['PARTICIPATES_IN 뤼튼 -> 독자 AI 파운데이션 모델', 'PARTICIPATES_IN 코난테크놀로지 -> 독자 AI 파운데이션 모델'] },
  { rule: 'participates.named-teams-word-under-review', sentence: "정부는 '독자 AI 파운데이션 모델' 프로젝트의 3차 평가 일정을 공개했다. 장관은 \"뤼튼, 솔트룩스, 코난테크놀로지 세 정예팀이 3차 평가를 받을 수도 있다\"고 말했다.", absent: ['PARTICIPATES_IN 뤼튼 -> 독자 AI 파운데이션 모델'] },
  { rule: 'participates.paired-entry', sentence: "뤼튼은 솔트룩스와 짝을 이뤄 'AI 물류 실증사업'에 들어갔다.", expect: ['PARTICIPATES_IN 뤼튼 -> AI 물류 실증사업', 'PARTICIPATES_IN 솔트룩스 -> AI 물류 실증사업'] },
  { rule: 'participates.paired-entry', sentence: "뤼튼은 솔트룩스와 짝을 이뤄 'AI 물류 실증사업'에 들어가지 않았다.", absent: ['PARTICIPATES_IN 뤼튼 -> AI 물류 실증사업', 'PARTICIPATES_IN 솔트룩스 -> AI 물류 실증사업'] },
  { rule: 'participates.paired-entry-companion', sentence: "뤼튼은 솔트룩스와 손을 잡고 'AI 물류 실증사업'에 합류했다.", expect: ['PARTICIPATES_IN 솔트룩스 -> AI 물류 실증사업'] },
  { rule: 'participates.paired-entry-companion', sentence: "뤼튼은 솔트룩스와 손을 잡고 'AI 물류 실증사업'에 합류하지 않았다.", absent: ['PARTICIPATES_IN 솔트룩스 -> AI 물류 실증사업'] },
  { rule: 'participates.formed-team-entry', sentence: "'AI 물류 실증사업'에는 뤼튼과 솔트룩스가 공동 컨소시엄을 구성해 지원했다.", expect: ['PARTICIPATES_IN 뤼튼 -> AI 물류 실증사업', 'PARTICIPATES_IN 솔트룩스 -> AI 물류 실증사업'] },
  { rule: 'participates.formed-team-entry', sentence: "'AI 물류 실증사업'에는 뤼튼과 솔트룩스가 공동 컨소시엄을 구성해 지원하지 않았다.", absent: ['PARTICIPATES_IN 뤼튼 -> AI 물류 실증사업', 'PARTICIPATES_IN 솔트룩스 -> AI 물류 실증사업'] },
  { rule: 'participates.consortium-in-programme', sentence: "정부의 '독자 AI 파운데이션 모델 프로젝트'에서는 솔트룩스 컨소시엄의 참여사 구성이 바뀌었다.", expect: ['PARTICIPATES_IN 솔트룩스 -> 독자 AI 파운데이션 모델 프로젝트'] },
  { rule: 'participates.consortium-in-programme', sentence: "정부의 '독자 AI 파운데이션 모델 프로젝트'에서는 솔트룩스 컨소시엄의 탈락설이 돌았지만 사실이 아니다.", absent: ['PARTICIPATES_IN 솔트룩스 -> 독자 AI 파운데이션 모델 프로젝트'] },
  { rule: 'participates.left-after-stage', sentence: "'AI 물류 실증사업'은 2단계에 들어갔고, 1단계에 함께했던 솔트룩스는 2단계를 앞두고 빠졌다.", expect: ['PARTICIPATES_IN 솔트룩스 -> AI 물류 실증사업'] },
  { rule: 'participates.left-after-stage', sentence: "'AI 물류 실증사업'은 2단계에 들어갔고, 1단계에 함께했던 솔트룩스는 빠질지 고민하고 있다.", absent: ['PARTICIPATES_IN 솔트룩스 -> AI 물류 실증사업'] },
  { rule: 'participates.consortium-lead-roster', sentence: "부산시는 「해양 AI 실증 지원사업」 선정 결과를 발표했다. 바다결AI 컨소시엄에는 카카오가 참여한다.", expect: ['PARTICIPATES_IN 바다결AI -> 해양 AI 실증 지원사업'] },
  { rule: 'participates.consortium-lead-roster', sentence: "부산시는 「해양 AI 실증 지원사업」 선정 결과를 발표했다. 바다결AI 컨소시엄에는 카카오가 참여하지 않는다.", absent: ['PARTICIPATES_IN 바다결AI -> 해양 AI 실증 지원사업'] },
  { rule: 'participates.consortium-formed-of', sentence: "부산시는 「해양 AI 실증 지원사업」 선정 결과를 발표했다. 물소리랩 컨소시엄은 KT와 데이터 기업 파도데이터로 꾸려졌다.", expect: ['PARTICIPATES_IN KT -> 해양 AI 실증 지원사업', 'PARTICIPATES_IN 파도데이터 -> 해양 AI 실증 지원사업', 'PARTICIPATES_IN 물소리랩 -> 해양 AI 실증 지원사업'] },
  { rule: 'participates.consortium-formed-of', sentence: "물소리랩 컨소시엄은 KT와 파도데이터로 꾸려졌다.", absent: ['PARTICIPATES_IN KT -> 해양 AI 실증 지원사업'] },
  { rule: 'participates.led-consortium-joins', sentence: "광주시의 「AI 제조 혁신 사업」 2년 차가 시작됐다. 가전 분야에선 광주 스타트업 빛고을로보가 이끄는 컨소시엄이 새로 합류한다.", expect: ['PARTICIPATES_IN 빛고을로보 -> AI 제조 혁신 사업'] },
  { rule: 'participates.led-consortium-joins', sentence: "광주시의 「AI 제조 혁신 사업」 2년 차가 시작됐다. 가전 분야에선 빛고을로보가 이끄는 컨소시엄이 합류할 가능성이 거론된다.", absent: ['PARTICIPATES_IN 빛고을로보 -> AI 제조 혁신 사업'] },
  { rule: 'participates.earlier-round-member', sentence: "「AI 선박 특화모델 개발사업」은 올해 두 번째 해를 맞았다. 1차년도에 솔트룩스 컨소시엄의 참여기업이었던 파도데이터는 2차년도부터 참여를 철회했다.", expect: ['PARTICIPATES_IN 파도데이터 -> AI 선박 특화모델 개발사업'] },
  { rule: 'participates.earlier-round-member', sentence: "「AI 선박 특화모델 개발사업」은 올해 두 번째 해를 맞았다. 1단계에서 심사를 맡았던 파도데이터는 2단계에는 참여하지 않기로 했다.", absent: ['PARTICIPATES_IN 파도데이터 -> AI 선박 특화모델 개발사업'] },
  { rule: 'participates.partnered-consortium-applied', sentence: "「해양 관광 AI 지원사업」 수행기관이 선정됐다. 이번 공모에는 물소리랩이 파도데이터와 꾸린 컨소시엄도 신청했다.", expect: ['PARTICIPATES_IN 물소리랩 -> 해양 관광 AI 지원사업'] },
  { rule: 'participates.partnered-consortium-applied', sentence: "「해양 관광 AI 지원사업」 수행기관이 선정됐다. 이번 공모에는 물소리랩이 파도데이터와 꾸린 컨소시엄도 신청을 검토하고 있다.", absent: ['PARTICIPATES_IN 물소리랩 -> 해양 관광 AI 지원사업'] },
  { rule: 'participates.partnered-consortium-member-applied', sentence: "「해양 관광 AI 지원사업」 수행기관이 선정됐다. 이번 공모에는 물소리랩이 데이터 기업 파도데이터와 함께 결성한 컨소시엄이 응모했다.", expect: ['PARTICIPATES_IN 파도데이터 -> 해양 관광 AI 지원사업'] },
  { rule: 'participates.partnered-consortium-member-applied', sentence: "「해양 관광 AI 지원사업」 수행기관이 선정됐다. 이번 공모에는 물소리랩이 파도데이터와 꾸린 컨소시엄도 참여 여부를 저울질하고 있다.", absent: ['PARTICIPATES_IN 파도데이터 -> 해양 관광 AI 지원사업'] },
  { rule: 'participates.cleft-among-selected', sentence: "과기정통부는 'AI 학습 인프라 바우처' 지원 대상 기업을 선정했다. 선정 기업 가운데 눈에 띄는 곳은 솔트룩스다.", expect: ['PARTICIPATES_IN 솔트룩스 -> AI 학습 인프라 바우처'] },
  { rule: 'participates.cleft-among-selected', sentence: "과기정통부는 'AI 학습 인프라 바우처' 지원 대상 기업을 선정했다. 선정 기업 가운데 빠진 곳은 솔트룩스다.", absent: ['PARTICIPATES_IN 솔트룩스 -> AI 학습 인프라 바우처'] },
  // companies doing the work through a programme take part in it (h144_03)
  { rule: 'participates.through-programme', sentence: "솔트룩스와 뤼튼은 'AI 민원 실증사업'을 통해 상담 요약 기능을 함께 검증할 예정이다.", expect: ['PARTICIPATES_IN 솔트룩스 -> AI 민원 실증사업', 'PARTICIPATES_IN 뤼튼 -> AI 민원 실증사업'] },
  { rule: 'participates.through-programme', sentence: "솔트룩스는 'AI 민원 실증사업'을 통해 얻은 데이터를 공개하지 않았다.", absent: ['PARTICIPATES_IN 솔트룩스 -> AI 민원 실증사업'] },
  // "B는 A가 주관하는 컨소시엄에 참여기업으로 합류했다" after the programme is named (h148_01)
  { rule: 'participates.member-joined-led-consortium', sentence: "이날 'K-에이전트 실증사업' 얘기도 나왔다. 새봄소프트은 다온AI가 주관하는 컨소시엄에 참여기업으로 합류했다.", expect: ['PARTICIPATES_IN 새봄소프트 -> K-에이전트 실증사업'] },
  { rule: 'participates.member-joined-led-consortium', sentence: "이날 'K-에이전트 실증사업' 얘기도 나왔다. 새봄소프트은 다온AI가 주관하는 컨소시엄에 합류하지 않았다.", absent: ['PARTICIPATES_IN 새봄소프트 -> K-에이전트 실증사업'] },
  { rule: 'participates.lead-of-joined-consortium', sentence: "이날 'K-에이전트 실증사업' 얘기도 나왔다. 새봄소프트은 다온AI가 주관하는 컨소시엄에 참여기업으로 합류했다.", expect: ['PARTICIPATES_IN 다온AI -> K-에이전트 실증사업'] },
  { rule: 'participates.lead-of-joined-consortium', sentence: "이날 'K-에이전트 실증사업' 얘기도 나왔다. 새봄소프트은 다온AI가 주관하는 컨소시엄에 들어가지 않는다.", absent: ['PARTICIPATES_IN 다온AI -> K-에이전트 실증사업'] },
  // "A가 주관하고, B와 C가 참여기업으로 들어와 있다" after the programme is named (h148_04)
  { rule: 'participates.lead-with-members-in', sentence: "이날 'K-에이전트 실증사업' 얘기도 나왔다. 다온AI가 주관하고, 농업 스타트업 새봄소프트과 물류 기업 한결로지스가 참여기업으로 들어와 있다.", expect: ['PARTICIPATES_IN 다온AI -> K-에이전트 실증사업', 'PARTICIPATES_IN 새봄소프트 -> K-에이전트 실증사업'] },
  { rule: 'participates.lead-with-members-in', sentence: "다온AI가 행사를 주관하고, 새봄소프트과 한결로지스가 관람객으로 들어와 있다.", absent: ['PARTICIPATES_IN 새봄소프트 -> K-에이전트 실증사업'] },
  // "P는 … 간다고 했으니 지금 남은 A, B, C 다 …": the teams still in the programme named before, listed as those that remain
  { rule: 'participates.remaining-list', sentence: "장관이 'AI 챔피언 사업'은 끝까지 경쟁시켜 최종 1곳만 남긴다고 했으니 지금 남은 네이버, 카카오, KT 다 긴장하고 있을 듯.", expect: ['PARTICIPATES_IN 네이버 -> AI 챔피언 사업', 'PARTICIPATES_IN KT -> AI 챔피언 사업'] },
  { rule: 'participates.remaining-list', sentence: "장관이 'AI 챔피언 사업'은 끝까지 경쟁시킨다고 했는데 지금 남은 과제는 네이버와 카카오의 데이터 문제다.", absent: ['PARTICIPATES_IN 네이버 -> AI 챔피언 사업'] },
  // "N차 평가에서 고배를 마신 B에 이어 … P는": a company an earlier round left out took part in the programme the sentence is about (set 131)
  { rule: 'participates.round-loser-then-programme', sentence: '1차 평가에서 고배를 마신 가온소프트에 이어 누리랩까지 빠지면서 독자 AI 파운데이션 모델 프로젝트는 세 팀 체제가 됐다.', expect: ['PARTICIPATES_IN 가온소프트 -> 독자 AI 파운데이션 모델 프로젝트'] },
  { rule: 'participates.round-loser-then-programme', sentence: '2차 심사에서 탈락한 가온소프트와 누리랩도 AI 바우처 사업의 공급기업으로 나선다.', expect: ['PARTICIPATES_IN 가온소프트 -> AI 바우처', 'PARTICIPATES_IN 누리랩 -> AI 바우처'] },
  { rule: 'participates.round-loser-then-programme', sentence: '1차 평가에서 고배를 마신 가온소프트가 AI 바우처 사업에 지원할지는 불투명하다.', absent: ['PARTICIPATES_IN 가온소프트 -> AI 바우처'] },
  // "X, a … startup, said it has been named a supplier under the government's P": a supplier named for a programme takes part (set 130)
  { rule: 'participates.en-named-supplier', sentence: "Dorim Labs, a Busan-based startup that builds speech models for hospitals and clinics, said Monday it has been named a supplier under the government's AI Voucher Program.", expect: ['PARTICIPATES_IN Dorim Labs -> AI Voucher Program'] },
  { rule: 'participates.en-named-supplier', sentence: "Dorim Labs said it has not been named a supplier under the government's AI Voucher Program.", absent: ['PARTICIPATES_IN Dorim Labs -> AI Voucher Program'] },
  { rule: 'participates.en-among-selected', sentence: "Dorim Labs was also among the 40 startups selected in May for the Ministry of Science and ICT's AI Compute Voucher Program.", expect: ['PARTICIPATES_IN Dorim Labs -> AI Compute Voucher Program'] },
  { rule: 'participates.en-among-selected', sentence: "Dorim Labs was not among the 40 startups selected in May for the Ministry of Science and ICT's AI Compute Voucher Program.", absent: ['PARTICIPATES_IN Dorim Labs -> AI Compute Voucher Program'] },
  // a headline-style outcome line: the consortia of a programme's round, then "N차 단계 진출" with no verb; a failure or a forecast is no outcome
  { rule: 'participates.stage-advance-headline', sentence: "'지역 AI 거점 사업' 중간 평가 결과 ▶ 가온랩스·누리소프트 컨소시엄 2차 단계 진출", expect: ['PARTICIPATES_IN 가온랩스 -> 지역 AI 거점 사업', 'PARTICIPATES_IN 누리소프트 -> 지역 AI 거점 사업'] },
  { rule: 'participates.stage-advance-headline', sentence: "'지역 AI 거점 사업' 결과 발표 앞둬… 가온랩스 컨소시엄 2차 평가 진출 유력", absent: ['PARTICIPATES_IN 가온랩스 -> 지역 AI 거점 사업'] },
  // "P … N차 평가에 (함께) 오른 X는": X reached the programme's round; a round not reached is no part
  { rule: 'participates.adnominal-round-reached', sentence: "'지역 AI 거점 사업' 2차 평가에 함께 오른 가온데이터는 다음 달 새 모델을 선보인다.", expect: ['PARTICIPATES_IN 가온데이터 -> 지역 AI 거점 사업'] },
  { rule: 'participates.adnominal-round-reached', sentence: "'지역 AI 거점 사업' 2차 평가에 오르지 못한 가온데이터는 재도전을 검토한다.", absent: ['PARTICIPATES_IN 가온데이터 -> 지역 AI 거점 사업'] },
  // (the companies that reached it named before a possessive: "… 2차 단계에 오른 A·B의 평가 방식")
  { rule: 'participates.adnominal-round-reached', sentence: "박서온 국장은 '지역 AI 거점 사업'을 맡고 있으며, 사업 2차 단계에 오른 가온데이터·누리소프트의 평가 기준을 소개한다.", expect: ['PARTICIPATES_IN 가온데이터 -> 지역 AI 거점 사업', 'PARTICIPATES_IN 누리소프트 -> 지역 AI 거점 사업'] },
  // "X는 P에 B가 이끄는 컨소시엄의 일원으로 지원했다": X applied to P (B's 가 is the relative clause's)
  { rule: 'participates.applied-in-led-consortium', sentence: "누리데이터는 지난해 '지역 AI 거점 사업'에 한빛소프트가 이끄는 컨소시엄의 일원으로 지원했다.", expect: ['PARTICIPATES_IN 누리데이터 -> 지역 AI 거점 사업'] },
  { rule: 'participates.applied-in-led-consortium', sentence: "누리데이터는 '지역 AI 거점 사업'에 한빛소프트가 이끄는 컨소시엄의 일원으로 지원할지 검토하고 있다.", absent: ['PARTICIPATES_IN 누리데이터 -> 지역 AI 거점 사업'] },
  // (sets 93/68) the active '뽑았다' of the one who selects, beside '뽑혔다'; one not selected is none
  { rule: 'participates.included-groups', sentence: "중소벤처기업부는 '스마트 제조 AI 실증사업'을 시작하고, 가온소프트 등 8곳을 첫 지원 대상으로 뽑았다.", expect: ['PARTICIPATES_IN 가온소프트 -> 스마트 제조 AI 실증사업'] },
  { rule: 'participates.included-groups', sentence: "중소벤처기업부는 '스마트 제조 AI 실증사업'을 시작했지만, 가온소프트 등 8곳은 지원 대상으로 뽑지 않았다.", absent: ['PARTICIPATES_IN 가온소프트 -> 스마트 제조 AI 실증사업'] },
  // (sets 66/72) a member named after the relative clause of the call it joined through ("…와 추가 공모로 합류한 X 등 4개 팀")
  { rule: 'participates.joined-through-call', sentence: "헤드라인\n\n과학기술정보통신부가 '지역 AI 거점 사업'의 중간 평가를 다음 달 진행한다. 평가 대상은 업스테이지, KT와 추가 공모로 합류한 트릴리온랩스 등 3개 팀이다.", expect: ['PARTICIPATES_IN 트릴리온랩스 -> 지역 AI 거점 사업', 'PARTICIPATES_IN KT -> 지역 AI 거점 사업'] },
  { rule: 'participates.joined-through-call', sentence: "헤드라인\n\n과학기술정보통신부가 '지역 AI 거점 사업'의 중간 평가를 다음 달 진행한다. 평가 대상은 업스테이지, KT와 추가 공모로 합류를 노리는 트릴리온랩스 등 3개 팀이다.", absent: ['PARTICIPATES_IN 트릴리온랩스 -> 지역 AI 거점 사업'] },
  // (set 182) an application filed with its subject omitted ("…2차 공모에는 지원서를 냈다"): the company the sentences before are about
  { rule: 'participates.omitted-subject-filed', sentence: "가온데이터는 KT와 물류 특화 모델을 공동 개발한다. '지역 AI 거점 사업' 2차 공모에는 지원서를 냈다.", expect: ['PARTICIPATES_IN 가온데이터 -> 지역 AI 거점 사업'] },
  { rule: 'participates.omitted-subject-filed', sentence: "가온데이터는 KT와 물류 특화 모델을 공동 개발한다. '지역 AI 거점 사업' 2차 공모에 지원서를 낼지는 미정이다.", absent: ['PARTICIPATES_IN 가온데이터 -> 지역 AI 거점 사업'] },
  // (set 182) "A가 주관하고 B·C가 참여하는 컨소시엄이 P 최종 선정": the members named in the consortium's relative clause
  { rule: 'participates.members-of-consortium-selected', sentence: "업스테이지가 주관하고 KT·솔트룩스가 참여하는 컨소시엄이 '스마트 항만 AI 실증사업'에 최종 선정됐다.", expect: ['PARTICIPATES_IN KT -> 스마트 항만 AI 실증사업', 'PARTICIPATES_IN 솔트룩스 -> 스마트 항만 AI 실증사업'] },
  { rule: 'participates.members-of-consortium-selected', sentence: "KT와 솔트룩스가 참여하는 컨소시엄이 '스마트 항만 AI 실증사업'에 선정될지 주목된다.", absent: ['PARTICIPATES_IN KT -> 스마트 항만 AI 실증사업'] },
  // an English team eliminated, or leading a team that survived a cut, took part in the programme named before
  { rule: 'participates.en-possessive-team-eliminated', sentence: "The city graded the Daegu Robot Taxi Project in May. Wrtn's consortium was eliminated.", expect: ['PARTICIPATES_IN Wrtn -> Daegu Robot Taxi Project'] },
  { rule: 'participates.en-possessive-team-eliminated', sentence: "The city graded the Daegu Robot Taxi Project in May. Wrtn's consortium could be eliminated next.", absent: ['PARTICIPATES_IN Wrtn -> Daegu Robot Taxi Project'] },
  { rule: 'participates.en-teams-led-by-eliminated', sentence: 'The city graded the Daegu Robot Taxi Project in May. Two teams - led by Wrtn, a chatbot maker, and Liner - were eliminated in the first round.', expect: ['PARTICIPATES_IN Wrtn -> Daegu Robot Taxi Project', 'PARTICIPATES_IN Liner -> Daegu Robot Taxi Project'] },
  { rule: 'participates.en-lead-surviving-teams', sentence: 'The city graded the Daegu Robot Taxi Project in May. Wrtn and Liner lead the two teams that survived the cut.', expect: ['PARTICIPATES_IN Wrtn -> Daegu Robot Taxi Project', 'PARTICIPATES_IN Liner -> Daegu Robot Taxi Project'] },
  { rule: 'participates.en-lead-surviving-teams', sentence: 'The city graded the Daegu Robot Taxi Project in May. Wrtn and Liner may lead the two teams that survived the cut.', absent: ['PARTICIPATES_IN Wrtn -> Daegu Robot Taxi Project'] },
  // (set 83) "CEO NAME wrote that they applied to P": the company the story is about applied to the programme
  { rule: 'participates.en-omitted-subject-they-applied', sentence: "Tidewell Labs released Tallow-3 today. CEO Oh Ye-rin wrote on her blog that they applied to the government's Independent AI Foundation Model Project last year.", expect: ['PARTICIPATES_IN Tidewell Labs -> Independent AI Foundation Model Project'] },
  { rule: 'participates.en-omitted-subject-they-applied', sentence: "Tidewell Labs released Tallow-3 today. CEO Oh Ye-rin wrote on her blog that they did not apply to the government's Independent AI Foundation Model Project.", absent: ['PARTICIPATES_IN Tidewell Labs -> Independent AI Foundation Model Project'] },
  // a topic company lost a round of the programme in its clause; a subject-less round lost after the sentence naming both
  { rule: 'participates.topic-programme-round-lost', sentence: "다온랩스는 부산시가 추진하는 '항만 AI 바우처 사업'에는 1차 심사에서 탈락한 뒤 재도전을 저울질하고 있다.", expect: ['PARTICIPATES_IN 다온랩스 -> 항만 AI 바우처 사업'] },
  { rule: 'participates.topic-programme-round-lost', sentence: "다온랩스는 부산시가 추진하는 '항만 AI 바우처 사업'에는 1차 심사에서 탈락했을 가능성이 거론된다.", absent: ['PARTICIPATES_IN 다온랩스 -> 항만 AI 바우처 사업'] },
  { rule: 'participates.omitted-subject-round-lost', sentence: "다온랩스는 '항만 AI 바우처 사업' 2차 공모에 지원할지 정하지 못했다. 1차 심사에서 탈락한 뒤 내부 정비에 들어갔다.", expect: ['PARTICIPATES_IN 다온랩스 -> 항만 AI 바우처 사업'] },
  { rule: 'participates.omitted-subject-round-lost', sentence: "다온랩스는 '항만 AI 바우처 사업' 2차 공모에 지원할지 정하지 못했다. 1차 심사를 앞둔 만큼 내부 정비에 들어갔다.", absent: ['PARTICIPATES_IN 다온랩스 -> 항만 AI 바우처 사업'] },
  // (set 186) an outcome label opening a line lists the teams of the programme named before; a label for something else is none
  { rule: 'participates.outcome-label-list', sentence: "정부가 '지역 AI 거점 사업' 1차 평가 결과를 내놨다. 통과: 바다소프트, 누리데이터, 가온랩 세 팀. 탈락: 한빛소프트 팀.", expect: ['PARTICIPATES_IN 바다소프트 -> 지역 AI 거점 사업', 'PARTICIPATES_IN 누리데이터 -> 지역 AI 거점 사업', 'PARTICIPATES_IN 한빛소프트 -> 지역 AI 거점 사업'] },
  { rule: 'participates.outcome-label-list', sentence: "정부가 '지역 AI 거점 사업' 1차 평가 결과를 내놨다. 참고: 바다소프트는 신청 여부를 검토 중이다.", absent: ['PARTICIPATES_IN 바다소프트 -> 지역 AI 거점 사업'] },
  // "P에 … 고배를 마셨고, 이후 N차 단계에는 A, B 등 N개 팀이 진출해": the later stage is the programme's named earlier in the sentence
  { rule: 'participates.later-stage-list', sentence: "카카오는 'AI 반도체 실증 사업'에 도전했다가 1차 심사에서 탈락했고, 이후 2차 단계에는 리벨리온, 퓨리오사AI 등 2개 팀이 진출했다.", expect: ['PARTICIPATES_IN 리벨리온 -> AI 반도체 실증 사업', 'PARTICIPATES_IN 퓨리오사AI -> AI 반도체 실증 사업'] },
  { rule: 'participates.later-stage-list', sentence: "카카오는 'AI 반도체 실증 사업'에 도전했다가 1차 심사에서 탈락했고, 이후 2차 단계에는 리벨리온, 퓨리오사AI 등 2개 팀이 진출하지 못했다.", absent: ['PARTICIPATES_IN 리벨리온 -> AI 반도체 실증 사업'] },
  // an application labelled with its counterpart in parentheses ('A(공급기업 B) 신청 건은 … 미선정'): the counterpart applied too (h189_01)
  { rule: 'participates.labelled-counterpart', sentence: "「2026년 서해 AI 도입 바우처 사업」 결과를 알립니다. ※ (주)파도식품(공급기업 하람비전) 신청 건은 기준점(65점)에 미달하여 미선정되었습니다.", expect: ['PARTICIPATES_IN 하람비전 -> 2026년 서해 AI 도입 바우처 사업', 'PARTICIPATES_IN 파도식품 -> 2026년 서해 AI 도입 바우처 사업'] },
  { rule: 'participates.labelled-counterpart', sentence: "「2026년 서해 AI 도입 바우처 사업」 공고가 나왔습니다. (주)파도식품(공급기업 하람비전)은 신청 여부를 검토 중입니다.", absent: ['PARTICIPATES_IN 하람비전 -> 2026년 서해 AI 도입 바우처 사업'] },
  // a zone's building programme and its tenants ('N기 입주기업으로 합류', 'N기 입주기업인 B', '입주 협약을 체결'); a postponed entry is none (h189_03)
  { rule: 'participates.zone-tenant', sentence: "포항은 그동안 이차전지 소재 특구 육성사업으로 설비를 갖췄다. ㈜해솔소재도 올해 2기 입주기업으로 합류했다. 1기 입주기업인 ㈜바다셀은 증설에 들어갔다.", expect: ['PARTICIPATES_IN 해솔소재 -> 이차전지 소재 특구 육성사업', 'PARTICIPATES_IN 바다셀 -> 이차전지 소재 특구 육성사업'] },
  { rule: 'participates.zone-tenant', sentence: "포항은 그동안 이차전지 소재 특구 육성사업으로 설비를 갖췄다. ㈜해솔소재는 2기 입주기업으로 합류할지 검토하고 있다.", absent: ['PARTICIPATES_IN 해솔소재 -> 이차전지 소재 특구 육성사업'] },
  { rule: 'participates.omitted-subject-joined-led-named-consortium', sentence: "다온AI는 검색 모델을 만든다. 누리소프트가 주관하는 '의료 AI 실증 프로젝트' 컨소시엄에 올봄 새로 합류했다.", expect: ['PARTICIPATES_IN 다온AI -> 의료 AI 실증 프로젝트'] },
  { rule: 'participates.omitted-subject-joined-led-named-consortium', sentence: "다온AI는 검색 모델을 만든다. 누리소프트가 주관하는 '의료 AI 실증 프로젝트' 컨소시엄에 합류했다는 보도는 사실이 아니다.", absent: ['PARTICIPATES_IN 다온AI -> 의료 AI 실증 프로젝트'] },
];
