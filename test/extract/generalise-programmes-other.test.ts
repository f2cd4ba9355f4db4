/**
 * Generalisation rows of generalise-programmes: the 'developed', 'promotes', 'policy', 'consortium', 'based-on', 'partners', 'model', 'interview', 'essay', 'company', 'scored', 'gazetteer', 'selection', 'programme', 'policy-ref' rows.
 * The others are in the other generalise-programmes-*.test.ts files. Each row is a short article written
 * for these tests, the facts it must give and the facts it must not give; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // the company whose model is the base is no maker of the model built on it
  { cat: 'developed.self-built', text: "설계 AI 스타트업 다온웍스가 가온텔레콤의 '가온 3 라이트'를 바탕으로 직접 개발한 설계 특화 모델 'DW-2'는 조선소에서 쓰인다.", expect: ['BASED_ON DW-2 -> 가온 3 라이트'], absent: ['DEVELOPED 가온텔레콤 -> DW-2'] },
  // an official's pledge in a clause after the one that names the programme ("이 사업을 …내세웠고, 홍길동 장관은 "…"고 약속했다")
  { cat: 'promotes.official-later-clause', text: '독자 AI 파운데이션 모델 프로젝트의 평가 결과가 나왔다.\n\n김도윤 대통령은 취임 직후부터 이 사업을 핵심 과제로 내세웠고, 최서준 과기정통부 장관은 어제 발표 자리에서 "끝까지 지원하겠다"고 약속했다.', expect: ['PROMOTES 최서준 -> 독자 AI 파운데이션 모델 프로젝트'] },
  // … not when the later clause's official speaks of another programme the sentence names
  { cat: 'promotes.official-later-clause', text: '독자 AI 파운데이션 모델 프로젝트의 평가 결과가 나왔다.\n\n김도윤 대통령은 이 사업을 핵심 과제로 내세웠고, 최서준 장관은 \'AI 바우처 사업\'을 늘리겠다고 약속했다.', absent: ['PROMOTES 최서준 -> 독자 AI 파운데이션 모델 프로젝트'] },
  // time and novelty words before 사업 name no programme ("카카오가 내년 새 사업에 뛰어들 수 있다")
  { cat: 'policy.qualifier-only-name', text: '네이버는 자체 모델 고도화에 집중하겠다고 밝혔다. 카카오가 내년 새 사업에 뛰어들 수 있다는 관측도 나온다.', noNodes: ['Policy:내년 새 사업', 'Policy:새 사업'] },
  // a quoted programme name that starts with a known programme's name is a programme of its own
  { cat: 'policy.longer-quoted', text: '과기정통부는 「소버린 AI 지역 확산 사업」의 2027년 수행 컨소시엄으로 가온소프트, 다래테크를 최종 선정했다고 밝혔다.', nodes: ['Policy:소버린 AI 지역 확산 사업'], noNodes: ['Policy:소버린 AI', 'Company:수행'], expect: ['PARTICIPATES_IN 가온소프트 -> 소버린 AI 지역 확산 사업', 'PARTICIPATES_IN 다래테크 -> 소버린 AI 지역 확산 사업'] },
  { cat: 'policy.longer-quoted', text: "가온소프트와 다래테크는 'K-AI 아시아 공동연구 지원사업' 과제로도 함께 선정됐다.", nodes: ['Policy:K-AI 아시아 공동연구 지원사업'], noNodes: ['Policy:K-AI'], expect: ['PARTICIPATES_IN 가온소프트 -> K-AI 아시아 공동연구 지원사업'] },
  { cat: 'policy.longer-quoted', text: "정부는 '소버린 AI 인재 양성 프로그램' 공모를 시작했다.", nodes: ['Policy:소버린 AI 인재 양성 프로그램'], noNodes: ['Policy:소버린 AI'] },
  // a regional head (the region glued to the title) speaking for the one programme of the article
  // an official announcing the bare programme's expansion ("…며 프로젝트 확대 방침을 밝혔다") promotes the programme named before
  // a name with a programme word after its closing quote ("'X 동맹' 사업을") is a programme of the speech's own, not a slogan: the article's programme stays out
  { cat: 'promotes.official-own-programme-in-speech', text: "독자 AI 파운데이션 모델 프로젝트의 2차 평가가 끝났다. 산업부 한도윤 AI정책국장은 \"제조 데이터를 모으는 '스마트 제조 데이터 동맹' 사업을 내년부터 시작한다\"고 말했다.", expect: ['PROMOTES 한도윤 -> 스마트 제조 데이터 동맹'], absent: ['PROMOTES 한도윤 -> 독자 AI 파운데이션 모델 프로젝트'] },
  { cat: 'promotes.official-announces-bare-programme', text: "누리정밀은 산업부의 '스마트 공장 AI 전환 사업' 수요기업으로 선정됐다. 민서윤 산업부 장관은 지난달 현장 간담회에서 \"공장 500곳을 바꾸겠다\"며 사업 확대 방침을 밝힌 바 있다.", expect: ['PROMOTES 민서윤 -> 스마트 공장 AI 전환 사업'] },
  { cat: 'promotes.official-announces-bare-programme', text: "가람소프트는 '국가 AI 데이터 댐 사업' 참여 기업이다. 홍지석 과기정통부 차관은 지난주 포럼에서 \"데이터를 두 배로 늘리겠다\"며 프로젝트 확대 계획을 공언했다.", expect: ['PROMOTES 홍지석 -> 국가 AI 데이터 댐 사업'] },
  // a surname and an official title ("홍 장관은") stand for the official named before, with the title after the surname as after the name
  { cat: 'promotes.official-by-surname', text: "민서윤 전 원장이 과기정통부 장관에 올랐다. 자리를 옮긴 민 장관은 '국가 AI 데이터 댐 사업'을 직접 챙기고 있다.", expect: ['PROMOTES 민서윤 -> 국가 AI 데이터 댐 사업'] },
  { cat: 'promotes.official-by-surname', text: "홍지석 중기부 차관이 현장을 찾았다. 홍 차관은 '농업 AI 실증 사업'을 내년에 두 배로 늘리겠다고 밝혔다.", expect: ['PROMOTES 홍지석 -> 농업 AI 실증 사업'] },
  { cat: 'promotes.official-by-surname', text: "권태오 과기정통부 장관이 취임했다. 권 장관은 취임 직후 '소버린 AI 인재 양성 사업'을 발표했다.", expect: ['PROMOTES 권태오 -> 소버린 AI 인재 양성 사업'] },
  // … a company title after a surname stays part of the reference: "X는 윤 상무의 후임으로" names no post held at X
  { cat: 'promotes.official-by-surname', text: "윤하림 상무가 카카오로 옮겼다. 업스테이지는 윤 상무의 후임으로 현예린 디렉터를 승진시켰다.", absent: ['WORKS_FOR 윤하림 -> 업스테이지'] },
  { cat: 'promotes.regional-head', text: "AI 스타트업 누리봇은 '인공지능 데이터 밸리 조성사업' 입주기업이다. 행사에 참석한 민서윤 부산시장은 \"데이터 밸리 2단계 예산을 꼭 확보하겠다\"고 말했다.", nodes: ['Person:민서윤'], expect: ['PROMOTES 민서윤 -> 인공지능 데이터 밸리 조성사업'] },
  { cat: 'promotes.regional-head', text: "AI 스타트업 누리봇은 '인공지능 데이터 밸리 조성사업' 입주기업이다. 민서윤 대표는 국내 시장이 \"곧 커질 것\"이라고 말했다.", absent: ['PROMOTES 민서윤 -> 인공지능 데이터 밸리 조성사업'] },
  // a programme's name used for a company's own strategy is no programme there
  { cat: 'policy.company-strategy', text: "중동에 이어 카카오가 내세워 온 '소버린 AI' 전략이 유럽으로 넓어진다.", noNodes: ['Policy:소버린 AI'] },
  { cat: 'policy.company-strategy', text: "정부의 '소버린 AI' 정책에 따라 카카오도 투자를 늘린다.", nodes: ['Policy:소버린 AI'] },
  // a programme's name quoted as a word people use ("'X'라는 말/표현/구호") is no mention of the programme
  { cat: 'policy.quoted-as-a-word', text: "'국가대표 AI'라는 말이 흔해졌지만 실력은 제각각이다.", noNodes: ['Policy:국가대표 AI', 'Policy:독자 AI 파운데이션 모델 프로젝트'] },
  { cat: 'policy.quoted-as-a-word', text: '"소버린 AI"라는 표현은 이제 어느 회사나 쓴다.', noNodes: ['Policy:소버린 AI'] },
  { cat: 'policy.quoted-as-a-word', text: "'국가대표 AI'라는 구호와 달리 예산은 줄었다.", noNodes: ['Policy:국가대표 AI'] },
  { cat: 'policy.quoted-as-a-word', text: "정부는 '국가대표 AI' 육성 사업을 시작했고, 가온소프트가 선정됐다.", nodes: ['Policy:국가대표 AI'] },
  // an official speaking of, announcing, or in charge of the programme the article is about (its name not in the sentence)
  { cat: 'promotes.official-programme-in-context', text: "정부가 '해양 AI 실증 사업' 1단계 결과를 발표했다. 민서윤 과학기술정보통신부 차관은 \"성과가 크다\"고 했다.", expect: ['PROMOTES 민서윤 -> 해양 AI 실증 사업'] },
  { cat: 'promotes.official-programme-in-context', text: "정부가 '해양 AI 실증 사업' 1단계 결과를 발표했다. 민서윤 과기정통부 인공지능정책관은 브리핑에서 결과를 발표하며 \"점수는 공개하지 않는다\"고 밝혔다.", expect: ['PROMOTES 민서윤 -> 해양 AI 실증 사업'] },
  { cat: 'promotes.official-programme-in-context', text: "정부가 '해양 AI 실증 사업' 1단계 결과를 발표했다. 민서윤 과학기술정보통신부 장관이 직접 챙기는 대표 사업이다.", expect: ['PROMOTES 민서윤 -> 해양 AI 실증 사업'] },
  { cat: 'promotes.official-programme-in-context', text: "정부가 '해양 AI 실증 사업' 1단계 결과를 발표했다. 사업을 총괄하는 민서윤 과학기술정보통신부 차관은 현장을 찾았다.", expect: ['PROMOTES 민서윤 -> 해양 AI 실증 사업'] },
  { cat: 'promotes.official-programme-in-context', text: "정부가 '해양 AI 실증 사업' 1단계 결과를 발표했다. 민서윤 과학기술정보통신부 차관은 지난주 다른 행사에 참석했다.", absent: ['PROMOTES 민서윤 -> 해양 AI 실증 사업'] },
  // a government's national plan named without quotes ("정부의 국가 AI 로드맵", "정부가 발표한 국가 인공지능 전략") is a policy; a bare "AI 정책" is not
  { cat: 'policy.national-plan-unquoted', text: '다래테크 대표는 "베트남 정부의 국가 AI 로드맵에 맞춰 공공 부문부터 보급하겠다"고 밝혔다.', nodes: ['Policy:국가 AI 로드맵'] },
  { cat: 'policy.national-plan-unquoted', text: '정부가 발표한 국가 인공지능 전략은 세 갈래다.', nodes: ['Policy:국가 인공지능 전략'] },
  { cat: 'policy.national-plan-unquoted', text: '정부의 AI 정책은 아직 모호하다.', noNodes: ['Policy:AI 정책'] },
  // a known programme's name at the end of a longer quoted name, after a qualifier, is a programme of its own (not after a round)
  { cat: 'policy.qualified-known', text: "과기정통부는 '해양 AI 파운데이션 모델 개발 사업' 공모 결과를 발표했다. 정부는 '2차 독자 AI 파운데이션 모델 프로젝트' 공모도 시작했다.", nodes: ['Policy:해양 AI 파운데이션 모델 개발 사업', 'Policy:독자 AI 파운데이션 모델 프로젝트'], noNodes: ['Policy:2차 독자 AI 파운데이션 모델 프로젝트'] },
  // "<2단계 진출 컨소시엄 구성>": an advancing consortium names no lead called 진출
  { cat: 'the word before 컨소시엄 that says it advanced is no company', text: "중기부는 '농업 AI 실증 사업' 결과를 공개했다.\n\n<2단계 진출 컨소시엄 구성>\n\n통과 컨소시엄은 모두 두 곳이다.", noNodes: ['Company:진출', 'Company:통과'] },
  { cat: 'consortium.clauses', text: "중기부는 '농업 AI 실증 사업' 결과를 공개하고 가람소프트, 누리테크가 각각 이끄는 컨소시엄 두 곳을 최종 선정했다고 밝혔다. 축산 분야는 가람소프트가 주관하고 드론 기업 하늬에어가 함께 참여한 컨소시엄이 뽑혔고, 과수 분야는 누리테크와 센서 업체 다솔센싱이 꾸린 컨소시엄이 선정됐다. 별빛테크 컨소시엄도 축산 분야에 도전했지만 고배를 마셨다.", expect: ['PARTICIPATES_IN 하늬에어 -> 농업 AI 실증 사업', 'PARTICIPATES_IN 다솔센싱 -> 농업 AI 실증 사업', 'PARTICIPATES_IN 별빛테크 -> 농업 AI 실증 사업', 'PARTNERS_WITH 가람소프트 -> 하늬에어', 'PARTNERS_WITH 누리테크 -> 다솔센싱'], absent: ['PARTNERS_WITH 가람소프트 -> 누리테크'], noNodes: ['Company:꾸린'] },
  { cat: 'consortium.clauses', text: "중기부는 '항만 AI 실증 사업'의 최종 결과를 발표했다. 정부는 수행 기관으로 가람소프트, 누리테크, 다솔센싱이 각각 이끄는 3개 컨소시엄을 선정했다. 가람소프트 컨소시엄에는 하늬에어가 참여한다.", expect: ['PARTICIPATES_IN 가람소프트 -> 항만 AI 실증 사업', 'PARTICIPATES_IN 다솔센싱 -> 항만 AI 실증 사업'], absent: ['PARTNERS_WITH 가람소프트 -> 누리테크', 'PARTNERS_WITH 누리테크 -> 다솔센싱', 'PARTNERS_WITH 가람소프트 -> 다솔센싱'] },
  // a member switching consortia: "X 컨소시엄에 참여했던 … Y는 … Z 컨소시엄에 합류하기로 했다" joins Z's
  { cat: 'consortium.joined-another', text: "중기부는 '항만 AI 실증 사업' 2단계 결과를 발표했다. 가람소프트 컨소시엄이 통과했고 누리테크 컨소시엄은 탈락했다. 누리테크 컨소시엄에 참여했던 센서 업체 다솔센싱은 다음 단계부터 가람소프트 컨소시엄에 합류하기로 했다. 별빛테크는 가람소프트 컨소시엄에 합류하지 않기로 했다.", expect: ['PARTNERS_WITH 가람소프트 -> 다솔센싱', 'PARTICIPATES_IN 다솔센싱 -> 항만 AI 실증 사업'], absent: ['PARTNERS_WITH 가람소프트 -> 별빛테크'] },
  { cat: 'consortium.clauses', text: "중기부는 '농업 AI 실증 사업' 결과를 공개하고 가람소프트가 이끄는 컨소시엄을 최종 선정했다. 누리테크와 다솔센싱이 꾸린 컨소시엄은 내년 선정을 검토 중이다.", absent: ['PARTICIPATES_IN 다솔센싱 -> 농업 AI 실증 사업'] },
  // an official's statement is about the article's one programme; another named only in contrast ('과 별도로') does not count
  { cat: 'promotes.official-contrasted-programme', text: "중기부는 '농업 AI 실증 사업' 수행 기업으로 가람소프트를 최종 선정했다. 이 사업은 '국가 AI 데이터 댐 사업'과 별도로 추진된다. 브리핑에 나선 홍지석 중기부 차관은 \"현장 적용을 돕겠다\"고 말했다.", expect: ['PROMOTES 홍지석 -> 농업 AI 실증 사업'], absent: ['PROMOTES 홍지석 -> 국가 AI 데이터 댐 사업'] },
  { cat: 'promotes.official-contrasted-programme', text: "과기정통부는 '스마트 물류 AI 사업' 수행 기업으로 누리온을 뽑았다. 이번 사업은 '국가 AI 데이터 댐 사업'과는 별개로 운영된다. 브리핑에 나선 서지안 과기정통부 차관은 \"물류 현장을 바꾸겠다\"고 말했다.", expect: ['PROMOTES 서지안 -> 스마트 물류 AI 사업'], absent: ['PROMOTES 서지안 -> 국가 AI 데이터 댐 사업'] },
  // a teacher model and distillation "기법으로 만든" a light model, with a size between: the light model derives from the teacher
  { cat: 'based-on.teacher-technique', text: "새봄소프트는 새봄 5를 교사 모델로 삼아 지식 증류(distillation) 기법으로 만든 15억개 규모 경량 모델 '새봄 5 라이트'도 내놨다.", expect: ['BASED_ON 새봄 5 라이트 -> 새봄 5'] },
  // "'Y'도 이날 함께 나왔다. X를 바탕으로 … 추가 학습한 멀티모달 모델로, …": Y (released along) derives from X
  { cat: 'based-on.released-along', text: "새봄소프트가 '새봄 5'를 공개했다. 플래그십인 새봄 5는 API로만 제공한다. 문서 인식 기능을 갖춘 '새봄 5 비전'도 이날 함께 나왔다. 새봄 5를 바탕으로 도표 데이터를 더해 추가 학습한 멀티모달 모델로, 도표 해석에 강하다.", expect: ['BASED_ON 새봄 5 비전 -> 새봄 5'] },
  // a company in a list may carry a country before it or a note in parentheses after it
  { cat: 'partners.list-notes', text: "국내 AI 스타트업 가온소프트(대표 김하람)와 프랑스 미스트랄 AI(Mistral AI)가 한국어 모델 '누리 9B'를 공동 개발해 25일 공개했다.", expect: ['PARTNERS_WITH 가온소프트 -> 미스트랄 AI', 'DEVELOPED 가온소프트 -> 누리 9B', 'DEVELOPED 미스트랄 AI -> 누리 9B', 'WORKS_FOR 김하람 -> 가온소프트'], absent: ['PARTNERS_WITH 가온소프트 -> 김하람', 'DEVELOPED 김하람 -> 누리 9B'] },
  { cat: 'partners.list-notes', text: "바른소프트와 독일 알레프 알파가 법률 특화 모델 '바른 2'를 함께 개발했다.", expect: ['PARTNERS_WITH 바른소프트 -> 알레프 알파', 'DEVELOPED 바른소프트 -> 바른 2'] },
  // a company's head as the subject of a release
  { cat: 'developed.head-release', text: "업스테이지 대표 한가을(前 카카오 연구원)은 지난 3일 새 추론 모델 '솔빛 2'를 공개했다.", expect: ['DEVELOPED 업스테이지 -> 솔빛 2'] },
  { cat: 'developed.head-release', text: "바닐라에이아이 대표 윤서하는 지난달 한국어 모델 '바닐라 LM 3'를 출시했다. 바닐라에이아이는 직원 20명의 회사다.", expect: ['DEVELOPED 바닐라에이아이 -> 바닐라 LM 3'] },
  // once the article names '<stem> <version>', the stem with another version or a variant word names a model of the line
  { cat: 'model.sibling', text: "하람소프트는 지난 5일 '하람 LM 3'를 공개했다. 전작인 하람 LM 2보다 모든 항목에서 앞선다. 내년에는 하람 LM 3를 경량화한 하람 LM 3 미니를 낼 계획이다.", nodes: ['Model:하람 LM 2', 'Model:하람 LM 3 미니'], noNodes: ['Model:LM 2'], expect: ['DEVELOPED 하람소프트 -> 하람 LM 3 미니', 'SUCCEEDS 하람 LM 3 -> 하람 LM 2', 'BASED_ON 하람 LM 3 미니 -> 하람 LM 3'] },
  // a Q&A interview's answer turns ("대표: …") speak for the interviewee's company, like quoted answers
  { cat: 'interview.answer-turn', text: "다솜에이아이는 지난 2일 모델 '다솜 3'를 공개했다. 문하준 대표를 만났다.\n\n기자: 협력사는 어디인가.\n\n대표: KT와 고객센터 에이전트를 함께 만드는 업무협약을 올해 초 맺었습니다. 학습은 서지우 CTO가 총괄합니다.\n\n기자: 정부 사업은.\n\n대표: 저희는 규모가 작습니다. 대신 올해 'AI 바우처 지원사업' 공급기업으로 선정됐습니다.", expect: ['PARTNERS_WITH 다솜에이아이 -> KT', 'WORKS_FOR 서지우 -> 다솜에이아이', 'PARTICIPATES_IN 다솜에이아이 -> AI 바우처 지원사업'] },
  // a first-person essay by someone who says where they work speaks for that company
  { cat: 'essay.narrator', text: "나는 성수동의 작은 스타트업 별하나봇에서 데이터 엔지니어로 일하고 있다. 지난달 우리 팀이 새 언어모델 '별하나 4'를 공개했다.\n\n이번 달에는 정부의 '지역 AI 확산 지원사업'에 우리 회사가 선정됐다.\n\n내년에는 별하나 4를 증류한 '별하나 4 미니'를 낼 생각이다.", expect: ['DEVELOPED 별하나봇 -> 별하나 4', 'PARTICIPATES_IN 별하나봇 -> 지역 AI 확산 지원사업', 'BASED_ON 별하나 4 미니 -> 별하나 4'] },
  { cat: 'essay.narrator', text: "스타트업 입장에서 보면 공개 모델은 반갑다. 구글 스타트업 캠퍼스에서 행사가 열렸다.", noNodes: ['Company:입장', 'Company:캠퍼스'] },
  { cat: 'company.startup-at', text: '나는 스타트업 도담봇에서 일한다. 도담봇은 데이터 도구를 만든다.', nodes: ['Company:도담봇'] },
  // 'X 컨소시엄은 A, B와 함께 …': the members are companies, partners of the lead, and take part in the lead's programme
  { cat: 'consortium.with-members', text: "정부는 '항만 AI 실증 사업' 수행 컨소시엄으로 바람소프트를 최종 선정했다.\n\n바람소프트 컨소시엄은 가온정보, 다래데이터랩과 함께 자사 모델 '바람 3'를 토대로 해양 특화 모델 '바람 3-M'을 개발한다.", nodes: ['Company:가온정보', 'Company:다래데이터랩'], expect: ['PARTICIPATES_IN 바람소프트 -> 항만 AI 실증 사업', 'PARTICIPATES_IN 가온정보 -> 항만 AI 실증 사업', 'PARTNERS_WITH 바람소프트 -> 다래데이터랩', 'DEVELOPED 바람소프트 -> 바람 3-M'] },
  { cat: 'consortium.with-members', text: "바람소프트 컨소시엄은 새봄대학교병원과 함께 진료 기록 요약 모델을 시험한다.", noNodes: ['Company:새봄대학교병원'] },
  // teams described across sentences: a lead opens a team's scope, the next sentences that only add members stay in it
  { cat: 'consortium.team-scope', text: "과학기술정보통신부가 '해양 로봇 AI 사업' 선정 결과를 발표했습니다. 모두 네 팀이 도전해 두 팀이 뽑혔습니다. 먼저 가람로보틱스가 이끄는 컨소시엄입니다. 물류 로봇 업체 하늬소프트, 비전 스타트업 다솔데이터가 힘을 보탭니다. 또 한 팀은 AI 스타트업 누리테크가 주관하고, 별빛랩스와 온담테크가 함께합니다. 정부는 두 팀에 100억 원을 지원합니다.", expect: ['PARTICIPATES_IN 가람로보틱스 -> 해양 로봇 AI 사업', 'PARTICIPATES_IN 하늬소프트 -> 해양 로봇 AI 사업', 'PARTICIPATES_IN 다솔데이터 -> 해양 로봇 AI 사업', 'PARTICIPATES_IN 누리테크 -> 해양 로봇 AI 사업', 'PARTICIPATES_IN 온담테크 -> 해양 로봇 AI 사업', 'PARTNERS_WITH 가람로보틱스 -> 하늬소프트', 'PARTNERS_WITH 누리테크 -> 별빛랩스'], absent: ['PARTNERS_WITH 가람로보틱스 -> 누리테크', 'PARTNERS_WITH 가람로보틱스 -> 별빛랩스'] },
  { cat: 'consortium.team-scope', text: "중기부는 '스마트 항만 AI 실증 사업' 수행 기관 선정 결과를 공개했다. 첫 컨소시엄은 가람로보틱스가 이끈다. 하늬소프트와 다솔데이터가 참여한다. 다음 팀은 누리테크 컨소시엄이다. 별빛랩스가 새로 합류했다.", expect: ['PARTICIPATES_IN 하늬소프트 -> 스마트 항만 AI 실증 사업', 'PARTICIPATES_IN 별빛랩스 -> 스마트 항만 AI 실증 사업', 'PARTNERS_WITH 가람로보틱스 -> 다솔데이터', 'PARTNERS_WITH 누리테크 -> 별빛랩스'], absent: ['PARTNERS_WITH 가람로보틱스 -> 별빛랩스'] },
  { cat: 'consortium.team-scope', text: "중기부는 '스마트 항만 AI 실증 사업' 수행 기관으로 가람로보틱스, 누리테크가 각각 이끄는 컨소시엄 두 곳을 선정했다. 누리테크는 별빛랩스, 온담테크와 손잡고 항만 물류 실증에 나선다.", expect: ['PARTICIPATES_IN 별빛랩스 -> 스마트 항만 AI 실증 사업', 'PARTICIPATES_IN 온담테크 -> 스마트 항만 AI 실증 사업'] },
  // the scope closes at a sentence that adds nobody; denials and plans add nobody; no programme selected, no team of one
  { cat: 'consortium.team-scope', text: "과학기술정보통신부가 '해양 로봇 AI 사업' 선정 결과를 발표했습니다. 먼저 가람로보틱스가 이끄는 컨소시엄입니다. 하늬소프트가 힘을 보탭니다. 정부는 두 팀에 100억 원을 지원합니다. 별빛랩스도 합류를 검토했지만 불참했습니다. 온담테크는 다솔데이터와 함께 새 모델을 공개했습니다.", expect: ['PARTICIPATES_IN 하늬소프트 -> 해양 로봇 AI 사업'], absent: ['PARTICIPATES_IN 별빛랩스 -> 해양 로봇 AI 사업', 'PARTICIPATES_IN 온담테크 -> 해양 로봇 AI 사업', 'PARTICIPATES_IN 다솔데이터 -> 해양 로봇 AI 사업'] },
  { cat: 'consortium.team-scope', text: "가람로보틱스가 이끄는 컨소시엄에는 하늬소프트가 합류했다. 누리테크는 별빛랩스와 손잡고 새 모델을 공개했다.", absent: ['PARTICIPATES_IN 하늬소프트 -> 해양 로봇 AI 사업', 'PARTICIPATES_IN 별빛랩스 -> 스마트 항만 AI 실증 사업'] },
  { cat: 'consortium.team-scope', text: "중기부가 추진하는 '스마트 항만 AI 실증 사업'입니다. 모두 다섯 컨소시엄이 지원했는데, 두 곳이 최종 관문을 넘었습니다. 먼저 가람로보틱스 팀입니다. 물류 업체 하늬소프트, 그리고 센서 스타트업 다솔데이터와 손을 잡았습니다. 누리테크는 같은 그룹의 별빛랩스, 그리고 온담테크와 컨소시엄을 꾸렸습니다.", expect: ['PARTICIPATES_IN 가람로보틱스 -> 스마트 항만 AI 실증 사업', 'PARTICIPATES_IN 다솔데이터 -> 스마트 항만 AI 실증 사업', 'PARTICIPATES_IN 별빛랩스 -> 스마트 항만 AI 실증 사업', 'PARTNERS_WITH 가람로보틱스 -> 하늬소프트', 'PARTNERS_WITH 누리테크 -> 별빛랩스'], absent: ['PARTNERS_WITH 가람로보틱스 -> 별빛랩스', 'PARTNERS_WITH 누리테크 -> 다솔데이터'] },
  // an ordinal before 컨소시엄 is no company; members of two joining clauses ("B가 가세했고, C도 동참한다") both join
  { cat: 'consortium.team-scope', text: "과기정통부는 '국가 AI 컴퓨팅 실증 사업' 최종 선정 결과를 발표했다. 두 번째 컨소시엄은 누리테크가 주도한다. 여기에 별빛랩스가 가세했고, 온담데이터도 동참한다. 누리테크는 지난해 매출 300억 원을 올렸다.", noNodes: ['Company:번째'], expect: ['PARTICIPATES_IN 누리테크 -> 국가 AI 컴퓨팅 실증 사업', 'PARTICIPATES_IN 별빛랩스 -> 국가 AI 컴퓨팅 실증 사업', 'PARTICIPATES_IN 온담데이터 -> 국가 AI 컴퓨팅 실증 사업', 'PARTNERS_WITH 누리테크 -> 온담데이터'] },
  // a company of its own as the topic ends the team before: what it does is not the team's
  { cat: 'consortium.team-scope', text: "중기부는 '스마트 항만 AI 실증 사업' 수행 기관 선정 결과를 공개했다. 첫 컨소시엄은 가람로보틱스가 이끈다. 누리테크는 별빛랩스와 함께 새 모델을 공개했다.", absent: ['PARTICIPATES_IN 별빛랩스 -> 스마트 항만 AI 실증 사업', 'PARTNERS_WITH 가람로보틱스 -> 별빛랩스'] },
  // a rise stated in points is no score ("전작보다 8.3점 올랐다")
  { cat: 'scored.rise-not-score', text: "가온소프트가 '가온 5 베이스'를 공개했다.\n\n모델 | KMMLU | CLIcK\n가온 5 베이스 | 62.4 | 70.1\n\n가온소프트는 \"베이스 기준 KMMLU가 전작보다 8.3점 올랐다\"고 밝혔다.", edgeProps: ['SCORED 가온 5 베이스 -> KMMLU score=62.4'] },
  // a family's developer in the gazetteer is the group; the group company the article says released the line takes its other models
  { cat: 'developed.family-subsidiary', text: "네이버클라우드가 추론 모델 '하이퍼클로바X 씽크 9'를 공개했다. 씽크 9를 교사로 증류한 경량 모델 '하이퍼클로바X 시드 9 2B'도 오픈소스로 풀었다. 씽크 9는 다음 달 네이버 검색에 들어간다.", expect: ['DEVELOPED 네이버클라우드 -> 하이퍼클로바X 시드 9 2B'], absent: ['DEVELOPED 네이버 -> 하이퍼클로바X 시드 9 2B', 'DEVELOPED 네이버 -> 하이퍼클로바X 씽크 9'] },
  // gazetteer: Aramco's digital arm is a company of its own, not Aramco
  { cat: 'gazetteer.aramco-digital', text: '가온소프트는 아람코 디지털과 아랍어 상담 모델을 공동 개발하기로 했다.', nodes: ['Company:아람코 디지털'], noNodes: ['Company:아람코'], expect: ['PARTNERS_WITH 가온소프트 -> 아람코 디지털'] },
  // a version before 점수 ("A.X 4.0 점수가 빠져 있음") is no score
  { cat: 'scored.version-before-jeomsu', text: '가온소프트가 가온 3를 공개함. 비교표에는 엑사원 4.0이 KMMLU 64.1로 나와 있음. 다만 HRM8K 쪽 표에는 엑사원 4.0 점수가 없음.', absent: ['SCORED 엑사원 4.0 -> HRM8K'] },
  // a quoted name after '파인튜닝한'/'미세조정한'/'개조한' is a model derived from the one before
  { cat: 'model.after-derivation-verb', text: "새봄소프트는 자사 '새봄 4'를 법률 문서로 파인튜닝한 '새봄 4 로'를 법원에 공급한다.", nodes: ['Model:새봄 4 로'], expect: ['BASED_ON 새봄 4 로 -> 새봄 4'] },
  { cat: 'model.after-derivation-verb', text: "새봄소프트는 자사 '새봄 4'를 의료 데이터로 미세조정한 '새봄 4 케어'를 병원에 투입한다.", nodes: ['Model:새봄 4 케어'], expect: ['BASED_ON 새봄 4 케어 -> 새봄 4'] },
  // a consortium a company formed with a partner: the partner joins the programmes the company takes part in (and 꾸린 is no company)
  { cat: 'consortium.formed-adnominal', text: "정부가 추진하는 '독자 AI 파운데이션 모델 프로젝트'의 2차 관문을 업스테이지 등 3개 팀이 통과했다. 업스테이지는 노타와 함께 꾸린 컨소시엄으로 '솔라 오픈 3'를 선보였다.", expect: ['PARTICIPATES_IN 노타 -> 독자 AI 파운데이션 모델 프로젝트', 'PARTNERS_WITH 업스테이지 -> 노타'], noNodes: ['Company:꾸린'] },
  // a team selected in an extra call of the programme named before takes part in it
  { cat: 'selection.extra-call', text: "정부가 추진하는 '독자 AI 파운데이션 모델 프로젝트'의 2차 관문을 LG AI연구원 등 3개 팀이 통과했다. 빈자리는 추가 공모로 채운다. 과기정통부는 지난달 진행한 추가 공모에서 AI 스타트업 바람AI가 이끄는 컨소시엄을 새로 선정했다.", expect: ['PARTICIPATES_IN 바람AI -> 독자 AI 파운데이션 모델 프로젝트'] },
  {
    cat: 'the lead of a consortium named by a relative clause (X가 이끄는/주도한 컨소시엄에는 …) takes part in the programme the sentence before named',
    text: '과기정통부는 ‘국가 AI 물류 플래그십 사업’ 수행기관으로 두 컨소시엄을 뽑았다. 한빛AI가 이끄는 컨소시엄에는 퓨리오사AI와 가온랩스가 이름을 올렸다.',
    expect: ['PARTICIPATES_IN 한빛AI -> 국가 AI 물류 플래그십 사업', 'PARTICIPATES_IN 가온랩스 -> 국가 AI 물류 플래그십 사업'],
  },
  {
    cat: 'the lead of a consortium named by a relative clause (X가 이끄는/주도한 컨소시엄에는 …) takes part in the programme the sentence before named',
    text: '과기정통부는 ‘국가 AI 물류 플래그십 사업’ 수행기관으로 두 컨소시엄을 뽑았다. 한빛AI가 주도한 컨소시엄에는 리벨리온이 합류했다.',
    expect: ['PARTICIPATES_IN 한빛AI -> 국가 AI 물류 플래그십 사업'],
  },
  // two teams in one sentence, each clause from its lead to the next ("A가 이끄는 컨소시엄에는 B가 합류했고, C 컨소시엄에는 D와 E가 함께했다"), the programme named a few sentences back
  { cat: 'consortium.two-teams-one-sentence', text: "행정안전부의 '스마트 행정 AI 실증 사업' 예산이 확정됐다. 민원 응대를 AI가 맡도록 하는 사업이다. 올해는 공모에서 선정된 두 개 컨소시엄이 참여한다. 가온소프트가 이끄는 컨소시엄에는 다래테크가 합류했고, 누리봇 컨소시엄에는 한빛데이터와 솔빛AI가 함께했다.", expect: ['PARTICIPATES_IN 다래테크 -> 스마트 행정 AI 실증 사업', 'PARTICIPATES_IN 누리봇 -> 스마트 행정 AI 실증 사업', 'PARTICIPATES_IN 한빛데이터 -> 스마트 행정 AI 실증 사업', 'PARTICIPATES_IN 솔빛AI -> 스마트 행정 AI 실증 사업', 'PARTNERS_WITH 가온소프트 -> 다래테크', 'PARTNERS_WITH 누리봇 -> 한빛데이터', 'PARTNERS_WITH 누리봇 -> 솔빛AI'], absent: ['PARTNERS_WITH 가온소프트 -> 한빛데이터', 'PARTNERS_WITH 다래테크 -> 누리봇'] },
  { cat: 'consortium.two-teams-one-sentence', text: "정부가 '스마트 행정 AI 실증 사업' 수행 기업을 선정했다. 가온소프트 컨소시엄엔 다래테크가 참여했으며 누리봇이 주관하는 컨소시엄에는 솔빛AI가 손을 잡았다.", expect: ['PARTNERS_WITH 가온소프트 -> 다래테크', 'PARTNERS_WITH 누리봇 -> 솔빛AI', 'PARTICIPATES_IN 솔빛AI -> 스마트 행정 AI 실증 사업'], absent: ['PARTNERS_WITH 가온소프트 -> 솔빛AI'] },
  // a company selected on its own in the programme whose teams the sentences list
  { cat: 'consortium.selected-alone', text: "정부가 '스마트 행정 AI 실증 사업' 수행 기업을 선정했다. 가온소프트가 이끄는 컨소시엄에는 다래테크가 합류했다. AI 스타트업 누리봇은 단독으로 선정됐다.", expect: ['PARTICIPATES_IN 누리봇 -> 스마트 행정 AI 실증 사업'] },
  { cat: 'consortium.selected-alone', text: "정부가 '스마트 행정 AI 실증 사업' 수행 기업을 선정했다. 가온소프트가 이끄는 컨소시엄에는 다래테크가 합류했다. AI 스타트업 누리봇은 홀로 이름을 올렸다.", expect: ['PARTICIPATES_IN 누리봇 -> 스마트 행정 AI 실증 사업'] },
  { cat: 'consortium.selected-alone', text: "정부가 '스마트 행정 AI 실증 사업' 수행 기업을 선정했다. 가온소프트가 이끄는 컨소시엄에는 다래테크가 합류했다. AI 스타트업 누리봇은 단독으로 참여하지 않기로 했다.", absent: ['PARTICIPATES_IN 누리봇 -> 스마트 행정 AI 실증 사업'] },
  {
    // "X 컨소시엄에는 A와 B가 참여해 'Y'를 공동 개발하고 있다": the lead develops it with its members
    cat: 'developed.consortium-lead',
    text: "한빛AI 컨소시엄에는 가온소프트와 누리봇이 참여해 초거대 모델 '한빛-K'를 공동 개발하고 있다.",
    expect: ['DEVELOPED 한빛AI -> 한빛-K', 'PARTNERS_WITH 한빛AI -> 가온소프트'],
  },
  {
    // "A와 B 컨소시엄은 탈락했다": two consortia dropped from a selection, no joint consortium
    cat: 'partners.eliminated-consortia-apart',
    text: "정부가 2차 단계 진출 팀을 발표했다. 가온소프트와 누리봇 컨소시엄은 탈락했다. 다온랩스와 한결AI 컨소시엄은 새 모델을 공동 개발한다.",
    absent: ['PARTNERS_WITH 가온소프트 -> 누리봇'],
    expect: ['PARTNERS_WITH 다온랩스 -> 한결AI'],
  },
  // an official of a city or province ("부산시 디지털정책국장") names a person; "사업을 이끄는 …" leads the programme named before
  { cat: 'promotes.regional-official-leads', text: "부산시는 '해양 AI 실증 클러스터 사업' 참여 기업 5곳을 선정했다. 사업을 이끄는 민태호 부산시 디지털정책국장은 \"항만에서 먼저 검증하겠다\"고 말했다.", nodes: ['Person:민태호'], expect: ['PROMOTES 민태호 -> 해양 AI 실증 클러스터 사업'] },
  { cat: 'promotes.regional-official-leads', text: "전라남도의 '에너지 AI 특구 사업'에 누리봇이 합류했다. 특구 사업을 이끌고 있는 고은채 전라남도 미래산업정책관은 \"기업을 더 모으겠다\"고 했다.", nodes: ['Person:고은채'], expect: ['PROMOTES 고은채 -> 에너지 AI 특구 사업'] },
  { cat: 'promotes.regional-official-leads', text: "홍길동 연구 국장은 회의에 참석했다.", noNodes: ['Person:홍길동'] },
  // a plan or strategy a ministry or a city issues is a policy; the official who leads it ("계획을 총괄하는", "전략 발표를 맡은") promotes it
  { cat: 'policy.government-plan', text: "시는 지난 4월 'AI 해양도시 인천 육성계획'을 발표했다. 계획을 총괄하는 오민재 인천시 미래산업실장은 \"기업을 키우겠다\"고 말했다. AI 스타트업 누리봇은 AI 해양도시 인천 육성계획의 첫 실증기업으로 뽑혔다.", nodes: ['Policy:AI 해양도시 인천 육성계획', 'Person:오민재'], noNodes: ['Person:인천시'], expect: ['PROMOTES 오민재 -> AI 해양도시 인천 육성계획', 'PARTICIPATES_IN 누리봇 -> AI 해양도시 인천 육성계획'] },
  { cat: 'policy.government-plan', text: "중기부가 지난달 내놓은 '지역 AI 창업 확산 전략'은 세 단계로 나뉜다. 당시 전략 발표를 맡은 하지수 중기부 창업정책관은 \"지역에 투자하겠다\"고 했다.", nodes: ['Policy:지역 AI 창업 확산 전략'], noNodes: ['Model:지역 AI 창업 확산 전략'], expect: ['PROMOTES 하지수 -> 지역 AI 창업 확산 전략'] },
  { cat: 'policy.government-plan', text: "가온AI는 '투 트랙 성장 전략'을 내세웠다. 회사는 내년 '글로벌 진출 계획'도 공개했다.", noNodes: ['Policy:투 트랙 성장 전략', 'Policy:글로벌 진출 계획'] },
  {
    cat: "a phase after a quoted programme ('X 프로젝트' 2단계 사업에 참여) is that programme's phase, no programme of its own",
    text: "AI 반도체 스타트업 모아칩은 산업통상자원부가 추진하는 '차세대 엣지 반도체 프로젝트' 3단계 사업에 참여하고 있다.",
    expect: ['PARTICIPATES_IN 모아칩 -> 차세대 엣지 반도체 프로젝트'],
    noNodes: ['Policy:3단계 사업'],
  },
  // a field of AI before a programme's words ("제조AI 실증", "물류AI 확산") is no company
  {
    cat: 'company.field-ai',
    text: "도는 '물류AI 확산 지원사업'을 연다. 김해의 물류 기업 로지온은 물류AI 도입을 검토하고 있다.",
    noNodes: ['Company:물류AI'],
    nodes: ['Company:로지온'],
  },
  // a company after its kind word, ending a list with "등이"
  {
    cat: 'company.kind-word-before-deung',
    text: "올해 실증 사업에는 현대위아와 물류 솔루션 기업 로지온 등이 참여한다.",
    nodes: ['Company:로지온'],
  },

  // a quoted programme name on the copula after 사업 ("과기정통부의 'X' 사업이었다"), then "이 사업 지원 대상으로 선정돼"
  {
    cat: 'programme.quoted-before-copula-and-beneficiary-reference',
    text: "우리가 지원한 건 중소벤처기업부의 'AI 새싹 클라우드 이용권' 사업이었다. 지난 5월 미르AI는 이 사업 지원 대상으로 선정돼 GPU 서버를 석 달 동안 빌려 썼다.",
    nodes: ['Policy:AI 새싹 클라우드 이용권'],
    expect: ['PARTICIPATES_IN 미르AI -> AI 새싹 클라우드 이용권'],
  },
  {
    cat: 'programme.quoted-before-copula-and-beneficiary-reference',
    text: "중소벤처기업부는 'AI 새싹 클라우드 이용권' 사업을 시작했다. 미르AI는 이 사업 지원 대상에서 빠졌다고 밝혔다.",
    absent: ['PARTICIPATES_IN 미르AI -> AI 새싹 클라우드 이용권'],
  },
  // the companies a selection sentence's next sentence lists as "이름을 올렸다" take part in the programme in context
  {
    cat: 'programme.listed-names-after-selection',
    text: "중소벤처기업부가 'AI 돌봄 실증사업' 1차 수행기업 8곳을 선정했다고 3일 밝혔다. 한울AI와 미르소프트, 네이버 등이 이름을 올렸다.",
    expect: ['PARTICIPATES_IN 한울AI -> AI 돌봄 실증사업', 'PARTICIPATES_IN 미르소프트 -> AI 돌봄 실증사업', 'PARTICIPATES_IN 네이버 -> AI 돌봄 실증사업'],
  },
  {
    // a place named for the names is another list than the programme's
    cat: 'programme.listed-names-after-selection',
    text: "중소벤처기업부가 'AI 돌봄 실증사업' 1차 수행기업 8곳을 선정했다고 3일 밝혔다. 한편 한울AI는 한국어 리더보드 상위권에 이름을 올렸다.",
    absent: ['PARTICIPATES_IN 한울AI -> AI 돌봄 실증사업'],
  },
  // a deputy mayor or governor with a portfolio ("NAME 광주시 경제부시장") is an official who leads the city's programme
  {
    cat: 'promotes.deputy-mayor',
    text: "미르AI는 광주시가 올해 시행한 '광주 AI 돌봄 바우처' 사업의 수혜 기업으로 선정됐다. 사업을 총괄하는 구하람 광주시 경제부시장은 \"내년에는 규모를 늘리겠다\"고 말했다.",
    nodes: ['Person:구하람'],
    expect: ['PROMOTES 구하람 -> 광주 AI 돌봄 바우처'],
  },
  // a contest a ministry holds ("X부가 연 'Y'에 A가 선정돼") is a public programme; a ministry's event without a selection is none
  {
    cat: 'programme.government-held-contest',
    text: "올해 중소벤처기업부가 연 ‘AI 멀티모달 챌린지’에 미르AI가 선정돼 GPU를 석 달 지원받았다.",
    nodes: ['Policy:AI 멀티모달 챌린지'],
    expect: ['PARTICIPATES_IN 미르AI -> AI 멀티모달 챌린지'],
  },
  {
    cat: 'programme.government-held-contest',
    text: "중소벤처기업부가 연 ‘AI 스타트업 데모데이’에 미르AI 대표가 연사로 나섰다.",
    noNodes: ['Policy:AI 스타트업 데모데이'],
  },
  {
    cat: "a list that passes the programme's evaluation ('A, B, C 3개 컨소시엄이 평가를 통과해 최종 단계에 올랐다') after a sentence naming the programme takes part in it",
    text: "과기정통부가 '국가 AI 반도체 실증 사업' 2차 평가 결과를 발표했다.\n\n카카오, KT, 네이버클라우드 3개 컨소시엄이 심사를 통과해 최종 단계에 올랐다.",
    expect: ['PARTICIPATES_IN 카카오 -> 국가 AI 반도체 실증 사업', 'PARTICIPATES_IN KT -> 국가 AI 반도체 실증 사업', 'PARTICIPATES_IN 네이버클라우드 -> 국가 AI 반도체 실증 사업'],
  },
  {
    cat: "a subject-less 'passed and advanced' clause before a list, with an earlier company as the last topic, gives the earlier company nothing",
    text: "카카오는 다음 공모 참여 여부를 정하지 못했다.\n\n'국가 AI 반도체 실증 사업' 예산도 늘었다.\n\n1차 평가를 통과해 2단계에 진출한 KT, 네이버클라우드 등 2개 팀에 GPU가 추가로 지원된다.",
    absent: ['PARTICIPATES_IN 카카오 -> 국가 AI 반도체 실증 사업'],
  },
  // a quoted name of five words that 사업 follows is a programme ('…' 사업), however long
  {
    cat: 'policy.quoted-before-programme-word',
    text: "시가 도내 기업의 모델 개발을 돕는 '부산 해양 AI 실증 허브' 사업 2기 참여 기업 10곳을 확정했다.\n\n사업을 총괄하는 한미래 부산시 디지털국장은 \"성과가 크다\"고 말했다.",
    nodes: ['Policy:부산 해양 AI 실증 허브'],
    expect: ['PROMOTES 한미래 -> 부산 해양 AI 실증 허브'],
  },
  // "이 사업 1차 지원 기업으로 선정돼": the programme named before, before the word for the companies it supports
  {
    cat: 'policy-ref.supported-companies',
    text: "시는 올해 '부산형 AI 자율제조 실증사업'을 시작했다.\n\n업스테이지는 이 사업 1차 지원 기업으로 선정돼 4억원을 지원받았다.",
    expect: ['PARTICIPATES_IN 업스테이지 -> 부산형 AI 자율제조 실증사업'],
  },
  {
    cat: "a list with its kind noun ('A, B 등 스타트업이') is the subject: 'A와 B 등 스타트업이 이름을 올렸다' gives no partnership",
    text: "정부가 'AI 교육 실증사업' 참여 기업을 확정했다. 솔빛랩스와 누리소리AI 등 스타트업이 이름을 올렸다.",
    expect: ['PARTICIPATES_IN 솔빛랩스 -> AI 교육 실증사업', 'PARTICIPATES_IN 누리소리AI -> AI 교육 실증사업'],
    absent: ['PARTNERS_WITH 누리소리AI -> 솔빛랩스'],
  },
  // a quoted programme whose name opens on a short possessive word ('모두의 …', '국민의 …'); not a company's own project ('X의 … 프로젝트')
  {
    cat: 'policy.quoted-possessive-opener',
    text: "행정안전부 김나래 차관은 '국민의 AI 상담 프로젝트'의 내년도 계획을 발표했다. 한빛소프트는 '국민의 AI 상담 프로젝트' 참여 기업으로 뽑혔다.",
    nodes: ['Policy:국민의 AI 상담 프로젝트'],
    expect: ['PARTICIPATES_IN 한빛소프트 -> 국민의 AI 상담 프로젝트'],
  },
  { cat: 'policy.quoted-possessive-opener', text: "카카오는 '카카오의 AI 상담 프로젝트'를 시작했다.", noNodes: ['Policy:카카오의 AI 상담 프로젝트'] },
  // a bare programme word before one of its numbered stages, mid-sentence ("자료에 따르면 사업 2차 단계에는 A, B 등 N개 팀이 참여하고 있다")
  { cat: 'policy.bare-programme-stage', text: "행정안전부의 '지역 AI 거점 사업'을 두고 국정감사에서 질의가 이어졌다. 행안부가 낸 자료에 따르면 사업 2차 단계에는 한빛소프트, 가온랩스 등 2개 팀이 참여하고 있다.", expect: ['PARTICIPATES_IN 한빛소프트 -> 지역 AI 거점 사업', 'PARTICIPATES_IN 가온랩스 -> 지역 AI 거점 사업'] },
];

describe('h12 generalisation rows', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 70)}`, () => checkFactRow(row));
});
