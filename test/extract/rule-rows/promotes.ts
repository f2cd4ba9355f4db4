/** Rows for the promotes.* rules: sentences in varied phrasings, the facts each must and must not give. */
import type { Row } from './row.js';

export const promotesRows: Row[] = [
  { rule: 'promotes.leader-of', sentence: "'K-클라우드 전환사업'을 설계한 한도윤 과기정통부 정보통신정책관은 성과를 강조했다.", expect: ['PROMOTES 한도윤 -> K-클라우드 전환사업'] },
  { rule: 'promotes.leader-of', sentence: "'AI 바우처 지원사업' 실무를 맡아 온 한도윤 과장이 정보통신정책관으로 승진했다.", expect: ['PROMOTES 한도윤 -> AI 바우처 지원사업'] },
  { rule: 'promotes.leader-of', sentence: "'AI 바우처 지원사업' 홍보를 맡은 한도윤 과장이 자리를 옮겼다.", absent: ['PROMOTES 한도윤 -> AI 바우처 지원사업'] },
  { rule: 'promotes.leader-of', sentence: "'K-클라우드 전환사업'을 비판한 한도윤 의원은 예산 삭감을 요구했다.", absent: ['PROMOTES 한도윤 -> K-클라우드 전환사업'] },
  { rule: 'promotes.policy-led-by', sentence: "'K-클라우드 전환사업'은 한도윤 과기정통부 장관이 역점을 두는 사업이다.", expect: ['PROMOTES 한도윤 -> K-클라우드 전환사업'] },
  { rule: 'promotes.policy-led-by', sentence: "'K-클라우드 전환사업'은 한도윤 장관이 역점을 두지 않는 사업이다.", absent: ['PROMOTES 한도윤 -> K-클라우드 전환사업'] },
  { rule: 'promotes.policy-launched-as-agenda', sentence: "'남해 스마트어항 실증사업'은 한도윤 경남지사가 지난해 취임식에서 '바다 디지털 혁신'을 도정 핵심 과제로 내세우면서 추진됐다.", expect: ['PROMOTES 한도윤 -> 남해 스마트어항 실증사업'] },
  { rule: 'promotes.policy-launched-as-agenda', sentence: "'남해 스마트어항 실증사업'은 한도윤 경남지사가 예산 삭감을 요구했지만 그대로 추진됐다.", absent: ['PROMOTES 한도윤 -> 남해 스마트어항 실증사업'] },
  { rule: 'promotes.leader-of', sentence: "'AI 바우처 지원사업'을 총괄하는 배경훈 과학기술정보통신부 장관은 예산을 늘리겠다고 말했다.", expect: ['PROMOTES 배경훈 -> AI 바우처 지원사업'] },
  // a ministry's division director ("…부 X과장"), as its office heads are (h101_04, h101_06); a bare 과장 is no official
  { rule: 'promotes.ministry-post', sentence: '별빛AI는 ‘디지털 민원 AI 사업’에 선정됐다. 윤하람 행정안전부 공공데이터정책과장은 “디지털 민원 AI 사업은 내년에도 이어진다”고 말했다.', expect: ['PROMOTES 윤하람 -> 디지털 민원 AI 사업'] },
  { rule: 'promotes.ministry-post', sentence: '별빛AI는 ‘디지털 민원 AI 사업’에 선정됐다. 윤하람 별빛AI 과장은 “디지털 민원 AI 사업은 내년에도 이어진다”고 말했다.', absent: ['PROMOTES 윤하람 -> 디지털 민원 AI 사업'] },
  { rule: 'promotes.ministry-post', sentence: '별빛AI는 ‘디지털 민원 AI 사업’에 선정됐다. 윤하람 행정안전부 공공데이터실장은 “디지털 민원 AI 사업을 전국으로 넓히겠다”고 말했다.', expect: ['PROMOTES 윤하람 -> 디지털 민원 AI 사업'] },
  { rule: 'promotes.official-bite', sentence: '정부가 오늘 ‘지역 AI 거점 사업’ 결과를 발표했습니다. [인터뷰] 한지우 / 중소벤처기업부 차관 "끝까지 지원하겠습니다."', expect: ['PROMOTES 한지우 -> 지역 AI 거점 사업'] },
  { rule: 'promotes.policy-led-by', sentence: "정부는 '지역 거점 AI 에이전트 사업'을 추진한다. 이 사업은 중소벤처기업부 홍민준 장관이 직접 챙기는 핵심 사업이다. 소버린 AI는 기업들이 주도하는 흐름이다.", expect: ['PROMOTES 홍민준 -> 지역 거점 AI 에이전트 사업'], absent: ['PROMOTES 홍민준 -> 소버린 AI'] },
  { rule: 'promotes.official', sentence: '배경훈 과학기술정보통신부 장관도 “독자 AI 파운데이션 모델 프로젝트와 AI 바우처를 두 축으로 삼겠다”고 밝혔다.', expect: ['PROMOTES 배경훈 -> 독자 AI 파운데이션 모델 프로젝트', 'PROMOTES 배경훈 -> AI 바우처'] },
  { rule: 'promotes.official', sentence: '이재명 대통령은 “대한민국이 소버린 AI를 갖춘 3대 강국으로 도약하는 출발점”이라고 말했다.', expect: ['PROMOTES 이재명 -> 소버린 AI'] },
  { rule: 'promotes.official', sentence: '배경훈 부총리 겸 과학기술정보통신부 장관은 독자 AI 파운데이션 모델 프로젝트를 통해 글로벌 수준의 모델을 확보하겠다고 밝혔다.', expect: ['PROMOTES 배경훈 -> 독자 AI 파운데이션 모델 프로젝트'] },
  { rule: 'promotes.official-caption', sentence: '[한서윤 / 과학기술정보통신부 인공지능정책관 : 내년에는 AI 바우처 지원 대상을 두 배로 늘리겠습니다.]', expect: ['PROMOTES 한서윤 -> AI 바우처'] },
  { rule: 'promotes.official-caption', sentence: '[한서윤 / 과학기술정보통신부 인공지능정책관 : AI 바우처는 현장에서 쓰기 어렵다는 비판을 받아 왔습니다.]', absent: ['PROMOTES 한서윤 -> AI 바우처'] },
  { rule: 'promotes.person', sentence: '이재명 대통령은 취임 직후부터 AI 기본법 시행을 강조해 왔다. 이 대통령은 소버린 AI를 핵심 국정과제로 내걸었다.', expect: ['PROMOTES 이재명 -> 소버린 AI', 'PROMOTES 이재명 -> AI 기본법'] },
  { rule: 'promotes.en-ministry-head-apposition', sentence: "The Ministry of Science and ICT (Minister Yoo Sang-im) announced on Monday the twelve winners of this year's AI Voucher programme.", expect: ['PROMOTES Yoo Sang-im -> AI Voucher'] },
  { rule: 'promotes.en-ministry-head-apposition', sentence: "The Ministry of Science and ICT (Minister Yoo Sang-im) said it may not expand the AI Voucher programme.", absent: ['PROMOTES Yoo Sang-im -> AI Voucher'] },
  { rule: 'promotes.policy-person-put-forward', sentence: 'AI 기본법은 김민수 장관이 취임 직후부터 핵심 과제로 내건 정책이다.', expect: ['PROMOTES 김민수 -> AI 기본법'] },
  { rule: 'promotes.policy-person-put-forward', sentence: 'AI 기본법은 김민수 장관이 반대해 온 정책이다.', absent: ['PROMOTES 김민수 -> AI 기본법'] },
  { rule: 'promotes.en-centerpiece', sentence: 'Science Minister Oh Da-eun has made the AI Voucher Program a cornerstone of her ministry.', expect: ['PROMOTES Oh Da-eun -> AI Voucher Program'] },
  // the official who announces the programme's call, round or results, the programme named earlier in the sentence
  { rule: 'promotes.official-announces-round', sentence: "노을랩스는 'AI 반도체 실증 사업' 2차 공모에 지원했는데, 한도윤 장관이 공모를 발표하며 국산 칩 우대를 예고했다.", expect: ['PROMOTES 한도윤 -> AI 반도체 실증 사업'] },
  { rule: 'promotes.official-announces-round', sentence: "'AI 반도체 실증 사업' 1차 평가가 끝난 가운데, 한도윤 과기정통부 차관이 최종 선정 결과를 직접 발표했다.", expect: ['PROMOTES 한도윤 -> AI 반도체 실증 사업'] },
  { rule: 'promotes.official-announces-round', sentence: "'AI 반도체 실증 사업' 공모가 마감됐지만, 한도윤 장관이 결과를 발표할지는 정해지지 않았다.", absent: ['PROMOTES 한도윤 -> AI 반도체 실증 사업'] },
  // the programme's results briefing, given by an official
  { rule: 'promotes.briefing-by', sentence: "'AI 반도체 실증 사업' 최종 결과 브리핑은 한도윤 과기정통부 장관이 직접 맡았다.", expect: ['PROMOTES 한도윤 -> AI 반도체 실증 사업'] },
  { rule: 'promotes.briefing-by', sentence: "'AI 반도체 실증 사업' 선정 결과 발표도 한도윤 차관이 진행했다.", expect: ['PROMOTES 한도윤 -> AI 반도체 실증 사업'] },
  // "사업을 진두지휘한 인물은 NAME 장관이다": the bare programme word is the programme named before; the leader named after 인물은/사람은
  { rule: 'promotes.leader-of', sentence: "정부는 'AI 반도체 실증 사업' 참여 기업 세 곳을 발표했다. 사업을 총괄한 사람은 한도윤 과기정통부 국장이다.", expect: ['PROMOTES 한도윤 -> AI 반도체 실증 사업'] },
  { rule: 'promotes.leader-of', sentence: "'AI 반도체 실증 사업'을 진두지휘한 인물은 한도윤 차관이었다.", expect: ['PROMOTES 한도윤 -> AI 반도체 실증 사업'] },
  { rule: 'promotes.en-who-announced', sentence: 'Minister Bae Kyung-hoon, who announced the Sovereign AI Foundation Model Project, visited Pangyo.', expect: ['PROMOTES Bae Kyung-hoon -> Sovereign AI Foundation Model Project'] },
  { rule: 'promotes.en-centerpiece', sentence: 'Prime Minister Han Ji-su has made the Regional AI Hub Initiative a top priority of her term.', expect: ['PROMOTES Han Ji-su -> Regional AI Hub Initiative'] },
  { rule: 'promotes.en-which-championed', sentence: 'Firms lined up for the Regional AI Hub Initiative, which Minister Han Ji-su has championed since June.', expect: ['PROMOTES Han Ji-su -> Regional AI Hub Initiative'] },
  { rule: 'promotes.en-championed', sentence: 'Han Ji-su, a vice minister at the science ministry, who oversees the Regional AI Hub Initiative, visited Busan.', expect: ['PROMOTES Han Ji-su -> Regional AI Hub Initiative'] },
  { rule: 'promotes.en-championed', sentence: 'Han Ji-su, who has never overseen the Regional AI Hub Initiative, declined to comment.', absent: ['PROMOTES Han Ji-su -> Regional AI Hub Initiative'] },
  // the passive: "X was overseen by Minister of … NAME"
  { rule: 'promotes.en-programme-led-by', sentence: 'Startups lined up for the Regional AI Hub Initiative, the two-year program led by Trade Minister Han Ji-su that opens in March.', expect: ['PROMOTES Han Ji-su -> Regional AI Hub Initiative'] },
  { rule: 'promotes.en-programme-led-by', sentence: 'Startups lined up for the Regional AI Hub Initiative, a program that may be led by Trade Minister Han Ji-su.', absent: ['PROMOTES Han Ji-su -> Regional AI Hub Initiative'] },
  { rule: 'promotes.official-announces-outcome', sentence: "‘지역 AI 거점 사업’ 중간 평가 결과 한지수 산업통상부 장관은 가온랩스, 누리소프트 컨소시엄의 2차 단계 진출을 발표했다.", expect: ['PROMOTES 한지수 -> 지역 AI 거점 사업'] },
  { rule: 'promotes.official-announces-outcome', sentence: "‘지역 AI 거점 사업’ 중간 평가 결과 한지수 산업통상부 장관은 가온랩스의 2차 단계 진출을 발표하지 않았다.", absent: ['PROMOTES 한지수 -> 지역 AI 거점 사업'] },
  { rule: 'promotes.en-overseen-by', sentence: 'Since 2024 the Regional AI Hub Initiative has been overseen by Vice Minister of Trade Han Ji-su.', expect: ['PROMOTES Han Ji-su -> Regional AI Hub Initiative'] },
  { rule: 'promotes.en-which-official-oversees', sentence: 'Gaon Labs joined the Regional AI Hub Initiative, which Vice Minister of Trade Han Ji-su oversees.', expect: ['PROMOTES Han Ji-su -> Regional AI Hub Initiative'] },
  { rule: 'promotes.en-overseen-by', sentence: 'Since 2024 the Regional AI Hub Initiative has not been overseen by Vice Minister of Trade Han Ji-su.', absent: ['PROMOTES Han Ji-su -> Regional AI Hub Initiative'] },
  { rule: 'promotes.en-official-announced', sentence: 'Han Ji-su, director general for AI policy at the ministry, announced the winners of the Regional AI Hub Initiative on Monday.', expect: ['PROMOTES Han Ji-su -> Regional AI Hub Initiative'] },
  { rule: 'promotes.en-championed', sentence: 'Han Ji-su, who has championed the GPU Rental Support program since spring, toured Daegu.', expect: ['PROMOTES Han Ji-su -> GPU Rental Support program'] },
  { rule: 'promotes.en-champion-of', sentence: 'The city launched the Daegu Robot Data Program in 2025. Mayor Rhee Jun-ho has been an early backer of the program.', expect: ['PROMOTES Rhee Jun-ho -> Daegu Robot Data Program'] },
  { rule: 'promotes.en-possessive-champion', sentence: "The city launched the Daegu Robot Data Program in 2025. Na Yu-ri, a city councillor, was the program's chief advocate.", expect: ['PROMOTES Na Yu-ri -> Daegu Robot Data Program'] },
  // PROMOTES
  { rule: 'promotes.en-championed', sentence: 'Vice Minister Ryu Je-myung, who spearheads the AI Voucher Program, met chipmakers on Friday.', expect: ['PROMOTES Ryu Je-myung -> AI Voucher Program'] },
  { rule: 'promotes.ministry-head-apposition', sentence: "산업통상자원부(장관 윤서하, 이하 '산업부')는 「AI 팩토리 선도 사업」의 수행기관으로 4개 컨소시엄을 선정했다고 밝혔다.", expect: ['PROMOTES 윤서하 -> AI 팩토리 선도 사업'] },
  { rule: 'promotes.person', sentence: '배경훈 과학기술정보통신부 장관은 소버린 AI 정책을 적극 추진하겠다고 밝혔다.', expect: ['PROMOTES 배경훈 -> 소버린 AI 정책'] },
  // an official announcing a programme's call ('NAME 과장이 'P' 하반기 모집을 N월에 연다고 설명했다')
  { rule: 'promotes.official-quote-after-programme', sentence: "과기정통부가 추진하는 'AI 바우처 지원사업'에서는 올해 120곳이 선정됐으며, 한서윤 과학기술정보통신부 인공지능정책관은 \"내년에 두 배로 늘리겠다\"고 밝혔다.", expect: ['PROMOTES 한서윤 -> AI 바우처 지원사업'] },
  { rule: 'promotes.official-quote-after-programme', sentence: "'AI 바우처 지원사업'에서는 올해 120곳이 선정됐으며, 한서윤 과학기술정보통신부 인공지능정책관은 \"절차가 번거롭다는 비판이 있다\"고 밝혔다.", absent: ['PROMOTES 한서윤 -> AI 바우처 지원사업'] },
  { rule: 'promotes.call-announced', sentence: "정보통신산업진흥원 한서윤 디지털인프라지원팀장은 'AI 바우처 지원사업' 하반기 공모를 9월에 시작한다고 직접 안내했다.", expect: ['PROMOTES 한서윤 -> AI 바우처 지원사업'] },
  { rule: 'promotes.call-announced', sentence: "정보통신산업진흥원 한서윤 팀장은 'AI 바우처 지원사업' 하반기 공모를 9월에 시작한다고 할지는 정하지 않았다고 밝혔다.", expect: [] },
  { rule: 'promotes.person-announced-adnominal', sentence: "정부는 지난 3월 박서윤 제2차관이 도입을 발표한 'AI 바우처 확대 사업'의 1차 지원 기업을 공개했다.", expect: ['PROMOTES 박서윤 -> AI 바우처 확대 사업'] },
  { rule: 'promotes.en-administration-calls', sentence: "Grants flow through what Governor Han Do-yun's government now brands the Coastal AI Model Programme, launched in May.", expect: ['PROMOTES Han Do-yun -> Coastal AI Model Programme'] },
  { rule: 'promotes.en-administration-calls', sentence: "Critics of Governor Han Do-yun's government say the Coastal AI Model Programme is underfunded.", absent: ['PROMOTES Han Do-yun -> Coastal AI Model Programme'] },
  { rule: 'promotes.en-centerpiece-of-pledge', sentence: "The government's Coastal AI Model Programme, funded with 300 billion won, is the cornerstone of President Han Do-yun's digital agenda.", expect: ['PROMOTES Han Do-yun -> Coastal AI Model Programme'] },
  // an official pushing on a bare "사업" ("사업을 계획대로 추진하겠다"): the last programme named, with an agenda named too
  { rule: 'promotes.official', sentence: "정부는 소버린 AI 전략의 하나로 '스마트 항만 AI 실증 사업'을 시작했다. 김도현 해양수산부 차관은 브리핑에서 \"내년까지 항만 10곳에 적용하겠다\"며 사업을 계획대로 추진하겠다고 강조했다.", expect: ['PROMOTES 김도현 -> 스마트 항만 AI 실증 사업'] },
  { rule: 'promotes.en-possessive-launched', sentence: "The fund is part of Minister Oh Ji-won's Sovereign AI drive, which she unveiled in March.", expect: ['PROMOTES Oh Ji-won -> Sovereign AI'] },
  { rule: 'promotes.official-bite-title-first', sentence: "중기부는 「AI 상점 도우미 사업」 2기 기업을 확정했습니다.\n\n▶ 인터뷰 : 한지수 소상공인정책관 / 중소벤처기업부\n\"상인들이 바로 쓸 수 있는 도구가 되도록 챙기겠습니다.\"", expect: ['PROMOTES 한지수 -> AI 상점 도우미 사업'] },
  { rule: 'promotes.official-bite-title-first', sentence: "중기부는 「AI 상점 도우미 사업」 2기 기업을 확정했습니다.\n\n▶ 인터뷰 : 한지수 전략본부장 / 가온소프트 사업부\n\"상인들이 바로 쓸 수 있는 도구가 되도록 만들겠습니다.\"", absent: ['PROMOTES 한지수 -> AI 상점 도우미 사업'] },
  // an official in charge of a programme's design (h144_05); a lawmaker's bill, before or after its name (h144_04)
  { rule: 'promotes.person-design-charge', sentence: "오지훈 국장은 'AI 민원 실증사업' 후속 설계를 새로 맡았다.", expect: ['PROMOTES 오지훈 -> AI 민원 실증사업'] },
  { rule: 'promotes.person-design-charge', sentence: "오지훈 솔트룩스 이사는 'AI 민원 실증사업' 참여 기업 교육 설계를 맡았다.", absent: ['PROMOTES 오지훈 -> AI 민원 실증사업'] },
  { rule: 'promotes.person-proposed-bill', sentence: "채유진 의원이 공동 발의한 '공공 클라우드 전환 촉진법'은 본회의를 통과했다.", expect: ['PROMOTES 채유진 -> 공공 클라우드 전환 촉진법'] },
  { rule: 'promotes.person-proposed-bill', sentence: "채유진 의원은 정부가 발의한 '공공 클라우드 전환 촉진법'에 반대했다.", absent: ['PROMOTES 채유진 -> 공공 클라우드 전환 촉진법'] },
  { rule: 'promotes.person-proposed-bill-joined', sentence: '국회 소위는 무소속 김새벽 의원이 대표발의한 「양자 소프트웨어 진흥 및 지원에 관한 특별법안」을 의결했다.', expect: ['PROMOTES 김새벽 -> 양자 소프트웨어 진흥 및 지원에 관한 특별법안'] },
  { rule: 'promotes.person-proposed-bill-joined', sentence: '김새벽 의원은 정부가 대표발의한 「양자 소프트웨어 진흥 및 지원에 관한 특별법안」에 반대했다.', absent: ['PROMOTES 김새벽 -> 양자 소프트웨어 진흥 및 지원에 관한 특별법안'] },
  { rule: 'promotes.topic-person-proposes-bill-far', sentence: '채유진 의원은 지역 데이터센터에 전력 특례를 부여하고 세제를 지원하는 「지역 데이터센터 지원에 관한 특별법안」을 4일 대표발의했다.', expect: ['PROMOTES 채유진 -> 지역 데이터센터 지원에 관한 특별법안'] },
  { rule: 'promotes.topic-person-proposes-bill-far', sentence: '채유진 의원은 지역 데이터센터에 전력 특례를 부여하고 세제를 지원하는 「지역 데이터센터 지원에 관한 특별법안」을 대표발의하지 않았다.', absent: ['PROMOTES 채유진 -> 지역 데이터센터 지원에 관한 특별법안'] },
  { rule: 'promotes.person-proposes-bill', sentence: "채유진 의원, '공공 클라우드 전환 촉진법' 대표 발의", expect: ['PROMOTES 채유진 -> 공공 클라우드 전환 촉진법'] },
  // (set 159, second round) a programme as the topic, an official as the subject who announced it; one who only attended
  { rule: 'promotes.policy-announced-by', sentence: "산업부는 'K-로봇 실증 지원사업'을 새로 연다. K-로봇 실증 지원사업은 한서진 산업통상자원부 산업정책실장이 지난달 기업 설명회에서 발표했으며, 공고는 내년 1월에 나온다.", expect: ['PROMOTES 한서진 -> K-로봇 실증 지원사업'] },
  { rule: 'promotes.policy-announced-by', sentence: "산업부는 'K-로봇 실증 지원사업'을 새로 연다. K-로봇 실증 지원사업은 한서진 산업통상자원부 산업정책실장이 참석한 가운데 설명회를 열었다.", absent: ['PROMOTES 한서진 -> K-로봇 실증 지원사업'] },
  // "(programme) … 결과 발표를 맡은 NAME 부처 정책관": the official who announces a programme's results speaks for it; a company's head does not
  { rule: 'promotes.announcer-of-programme-result', sentence: "'지역 AI 거점 사업' 1차 평가 결과 발표에 나선 홍길순 과기정통부 인공지능정책관은 \"다음 단계는 더 엄격하게 보겠다\"고 말했다.", expect: ['PROMOTES 홍길순 -> 지역 AI 거점 사업'] },
  { rule: 'promotes.announcer-of-programme-result', sentence: "'지역 AI 거점 사업' 1차 평가 결과 발표를 맡은 홍길순 가온랩스 대표는 웃었다.", absent: ['PROMOTES 홍길순 -> 지역 AI 거점 사업'] },
  // (sets 93/68) an agency's head named between the agency and a bare head title; criticism of the programme is no promotion
  { rule: 'promotes.agency-head-name-between', sentence: "한국데이터산업진흥원 서지호 원장은 간담회에서 \"올해 '데이터 가공 바우처 사업' 예산을 늘리겠다\"고 말했다.", expect: ['PROMOTES 서지호 -> 데이터 가공 바우처 사업'] },
  { rule: 'promotes.agency-head-name-between', sentence: "한국데이터산업진흥원 서지호 원장은 '데이터 가공 바우처 사업'의 예산 삭감을 비판했다.", absent: ['PROMOTES 서지호 -> 데이터 가공 바우처 사업'] },
  // (a post with Latin letters, r57b: "SW산업본부장", "AI정책실장")
  { rule: 'promotes.agency-head-name-between', sentence: "한국데이터산업진흥원(K-DATA) 서지호 SW산업본부장은 '데이터 가공 바우처 사업' 규모를 내년에 늘린다고 말했다.", expect: ['PROMOTES 서지호 -> 데이터 가공 바우처 사업'] },
  // the name first, then the agency and the head's title ("NAME AGENCY 원장은")
  { rule: 'promotes.name-agency-head', sentence: "서지호 한국데이터산업진흥원 원장은 간담회에서 \"올해 '데이터 가공 바우처 사업' 예산을 늘리겠다\"고 말했다.", expect: ['PROMOTES 서지호 -> 데이터 가공 바우처 사업'] },
  { rule: 'promotes.name-agency-head', sentence: "서지호 한국데이터산업진흥원 원장은 '데이터 가공 바우처 사업'의 예산 삭감을 비판했다.", absent: ['PROMOTES 서지호 -> 데이터 가공 바우처 사업'] },
  // (set 179) a numbered vice minister ("제2차관"), a ministry's words before the name, a lead verb a few words on
  { rule: 'promotes.policy-led-by', sentence: "'해오름 데이터 댐 사업'은 하지민 제2차관이 직접 총괄해 왔다.", expect: ['PROMOTES 하지민 -> 해오름 데이터 댐 사업'] },
  { rule: 'promotes.policy-led-by', sentence: "'해오름 데이터 댐 사업'은 하지민 원장이 사업단장을 맡아 총괄하고 있다.", expect: ['PROMOTES 하지민 -> 해오름 데이터 댐 사업'] },
  { rule: 'promotes.policy-led-by', sentence: "'해오름 데이터 댐 사업'은 하지민 원장이 반대하고 다른 부서가 총괄한다.", absent: ['PROMOTES 하지민 -> 해오름 데이터 댐 사업'] },
  { rule: 'promotes.policy-led-by', sentence: "'해오름 데이터 댐 사업'은 윤서진 차관이 계획을 발표했고, 우리 원 하지민 원장이 사업단장을 맡아 총괄하고 있다.", expect: ['PROMOTES 하지민 -> 해오름 데이터 댐 사업'] },
  { rule: 'promotes.policy-announced-by', sentence: "'해오름 데이터 댐 사업'은 행정안전부 하지민 제1차관이 지난달 계획을 발표했다.", expect: ['PROMOTES 하지민 -> 해오름 데이터 댐 사업'] },
  // (the honorific subject, 'NAME 군수님께서 … 발표하신 사업입니다')
  { rule: 'promotes.policy-announced-by', sentence: "우리 군은 '해오름 농업 드론 사업'을 올해 시작했다. 해오름 농업 드론 사업은 옥서하 군수님께서 작년 가을 발표하신 사업입니다.", expect: ['PROMOTES 옥서하 -> 해오름 농업 드론 사업'] },
  // "C는 'P'에 참여하고 있으며, 사업을 총괄하는 NAME … 국장은": the programme's head, an official by the title after the name (set 185)
  { rule: 'promotes.programme-then-its-head-official', sentence: "누리온AI는 경상남도가 추진하는 '경남 AI 물류 실증사업'에 참여하고 있으며, 사업을 총괄하는 윤가람 경상남도 미래산업국장은 성과를 기대한다고 말했다.", expect: ['PROMOTES 윤가람 -> 경남 AI 물류 실증사업'] },
  { rule: 'promotes.programme-then-its-head-official', sentence: "누리온AI는 '경남 AI 물류 실증사업'에 참여하고 있으며, 사업을 총괄하는 윤가람 누리온AI 본부장은 성과를 기대한다고 말했다.", absent: ['PROMOTES 윤가람 -> 경남 AI 물류 실증사업'] },
  { rule: 'promotes.programme-then-its-head-official', sentence: "누리온AI는 '경남 AI 물류 실증사업'에 참여하고 있으며, 사업을 총괄하지 않는 윤가람 경상남도 미래산업국장은 말을 아꼈다.", absent: ['PROMOTES 윤가람 -> 경남 AI 물류 실증사업'] },
  // a digest's bite under a programme's news: "- NAME X부 제2차관 \"…\"" (not a company's officer)
  { rule: 'promotes.official-digest-bite', sentence: "📰 [속보] 과기정통부, '독자 AI 파운데이션 모델 프로젝트' 3차 평가 결과 발표\n- 한도윤 과학기술정보통신부 제2차관 \"연말까지 최종 팀을 가리겠다\"", expect: ['PROMOTES 한도윤 -> 독자 AI 파운데이션 모델 프로젝트'] },
  { rule: 'promotes.official-digest-bite', sentence: "📰 [속보] 과기정통부, '독자 AI 파운데이션 모델 프로젝트' 3차 평가 결과 발표\n- 한도윤 다온랩 본부장 \"결과에 만족\"", absent: ['PROMOTES 한도윤 -> 독자 AI 파운데이션 모델 프로젝트'] },
  // a notice's closing line naming who heads its matters ("본 공고에 관한 사항은 AGENCY TITLE NAME이 총괄하며"): that official leads the programme announced
  { rule: 'promotes.matters-headed-by', sentence: "'2026년 데이터 가공 바우처 지원사업' 2차 선정 결과를 다음과 같이 공고합니다.\n\n다. 본 공고에 관한 사항은 한국데이터산업진흥원 데이터진흥본부장 하윤재가 총괄하며, 문의는 데이터팀으로 하시기 바람", expect: ['PROMOTES 하윤재 -> 2026년 데이터 가공 바우처 지원사업'] },
  { rule: 'promotes.matters-headed-by', sentence: "'2026년 데이터 가공 바우처 지원사업' 2차 선정 결과를 다음과 같이 공고합니다.\n\n다. 본 공고에 관한 문의는 데이터팀 하윤재 주무관에게 하시기 바람", absent: ['PROMOTES 하윤재 -> 2026년 데이터 가공 바우처 지원사업'] },
  // a bite caption whose title is a city's or ministry's office head of any field ('NAME / X시 Y실장'), the quote naming the programme (h189_02)
  { rule: 'promotes.government-office-bite', sentence: "광양시가 '광양형 AI 제철 실증 사업' 참여 기업을 발표했습니다.\n\n◀SYN▶ 남궁별 / 광양시 탄소중립혁신실장\n\n\"제철 실증 사업을 3년 안에 넓히겠습니다.\"", expect: ['PROMOTES 남궁별 -> 광양형 AI 제철 실증 사업'] },
  { rule: 'promotes.government-office-bite', sentence: "광양시가 '광양형 AI 제철 실증 사업' 참여 기업을 발표했습니다.\n\n◀INT▶ 남궁별 / 포스코DX 탄소중립혁신실장\n\n\"제철 실증 사업에 참여해 기쁩니다.\"", absent: ['PROMOTES 남궁별 -> 광양형 AI 제철 실증 사업'] },
  // the official who led the zone's building, the zone word bare ('특구 조성을 이끌어 온 … NAME 단장') (h189_03)
  { rule: 'promotes.zone-leader', sentence: "포항은 그동안 이차전지 소재 특구 육성사업으로 설비를 갖췄다. 특구 조성을 앞장서 이끌어 온 포항소재산업추진단 남도율 단장은 소감을 밝혔다.", expect: ['PROMOTES 남도율 -> 이차전지 소재 특구 육성사업'] },
  { rule: 'promotes.zone-leader', sentence: "포항은 그동안 이차전지 소재 특구 육성사업으로 설비를 갖췄다. 특구 조성을 앞장서 반대해 온 환경단체 남도율 대표는 소송을 냈다.", absent: ['PROMOTES 남도율 -> 이차전지 소재 특구 육성사업'] },
  // "사업은 … X실(실장 NAME)이 총괄": the office's head named in parentheses oversees the programme (r53c)
  { rule: 'promotes.office-head-in-parentheses-oversees', sentence: "'스마트 항만 AI 바우처 사업'은 해양수산부 항만물류국(국장 도윤재)이 총괄한다.", expect: ['PROMOTES 도윤재 -> 스마트 항만 AI 바우처 사업'] },
  { rule: 'promotes.office-head-in-parentheses-oversees', sentence: "'스마트 항만 AI 바우처 사업'은 해양수산부 항만물류국(국장 도윤재)이 총괄하지 않는다.", absent: ['PROMOTES 도윤재 -> 스마트 항만 AI 바우처 사업'] },
];
