/**
 * Generalisation rows of generalise-phrasings: programmes, who takes part in them and who promotes them.
 * The others are in the other generalise-phrasings-*.test.ts files. Each row is a short article written
 * for these tests, the facts it must give and the facts it must not give; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // "A 팀의 경우 … 합류한 B가 정식 참여기관으로 등록을 마쳤습니다" (h102_06): a member registered as a participating body joins the team's programme
  {
    cat: 'consortium.registered-member',
    text: "과학기술정보통신부는 'AI 반도체 실증 사업' 2차 평가 결과를 발표했다. AI 반도체 실증 사업 2차 평가를 통과한 나래소프트, 한결테크 두 팀은 최종 모델을 제출한다. 한결테크가 이끄는 팀의 경우 최근 합류한 미르데이터가 정식 참여기관으로 등록됐다.",
    expect: ['PARTICIPATES_IN 미르데이터 -> AI 반도체 실증 사업', 'PARTNERS_WITH 한결테크 -> 미르데이터'],
  },
  // "지난 5월 NAME 제2차관께서 신설을 발표하신 'X'" (h102_06): the official who announced the programme promotes it
  {
    cat: 'promotes.announced-adnominal',
    text: "정부는 오늘 지난 5월 김하늘 제2차관께서 신설을 발표하신 '지역 AI 거점 사업'의 선정 결과를 공개했다.",
    expect: ['PROMOTES 김하늘 -> 지역 AI 거점 사업'],
  },
  // "다음은 재도전 트랙입니다. … 2개 팀을 선정했습니다. A와 B가 함께 구성한 컨소시엄은 …" (h102_06): a programme's last two words stand for it, and the team formed is in it
  {
    cat: 'programme.tail-reference',
    text: "과학기술정보통신부는 'AI 반도체 실증 사업' 2차 평가 계획과 '로봇 AI 특화 트랙' 선정 결과를 발표했다. 먼저 실증 사업입니다. 2차 평가를 통과한 나래소프트 팀은 내년 초까지 최종 모델을 냅니다. 다음은 특화 트랙입니다. 공모에는 5개 팀이 신청했고, 심사를 거쳐 1개 팀을 선정했습니다. 한결테크와 미르데이터가 함께 구성한 컨소시엄은 물류 로봇용 모델을 개발합니다.",
    expect: ['PARTICIPATES_IN 한결테크 -> 로봇 AI 특화 트랙', 'PARTICIPATES_IN 미르데이터 -> 로봇 AI 특화 트랙'],
  },
  // "… 함께 구성한 컨소시엄은 'X'를, 로봇 스타트업 C는 'Y'를 개발합니다" (h102_06): the gapped clause's topic is another team selected
  {
    cat: 'programme.gapped-second-team',
    text: "과학기술정보통신부는 '로봇 AI 특화 트랙' 선정 결과를 발표했다. 공모에는 6개 팀이 신청했고, 심사를 거쳐 2개 팀을 선정했습니다. 한결테크와 미르데이터가 함께 구성한 컨소시엄은 물류 모델 '미르-L'을, 드론 스타트업 하늘비전은 항공 영상 모델 '하늘-V'를 개발합니다.",
    expect: ['PARTICIPATES_IN 하늘비전 -> 로봇 AI 특화 트랙', 'PARTICIPATES_IN 한결테크 -> 로봇 AI 특화 트랙'],
    absent: ['PARTICIPATES_IN 한결테크 -> AI 반도체 실증 사업', 'PARTICIPATES_IN 미르데이터 -> AI 반도체 실증 사업'],
  },
  // a colon introducing the selected teams as list items ("N teams advance to … of X:"), and a "Dropped …:" line of the same list
  {
    cat: 'participates.en-roster-item',
    text: "Regional model round\n\nThe ministry spoke on Tuesday. Four teams have advanced to the second round of the Sovereign AI Foundation Model Project:\n\n- Kakao with Kanana-3 (a 32B dense model trained in-house)\n\n- Krafton's consortium with its vision model\n\nEliminated in this round: FuriosaAI.\n\nNaver Cloud has not said what it will do next.",
    expect: ['PARTICIPATES_IN Kakao -> Sovereign AI Foundation Model Project', 'PARTICIPATES_IN Krafton -> Sovereign AI Foundation Model Project', 'PARTICIPATES_IN FuriosaAI -> Sovereign AI Foundation Model Project'],
    absent: ['PARTICIPATES_IN Naver Cloud -> Sovereign AI Foundation Model Project'],
  },
  {
    cat: 'participates.en-roster-item',
    text: "Regional model round\n\nThe ministry spoke on Tuesday. Questions remain about the Sovereign AI Foundation Model Project:\n\n- Kakao with Kanana-3 (a 32B dense model trained in-house)\n\n- Krafton with its vision model for phones",
    absent: ['PARTICIPATES_IN Kakao -> Sovereign AI Foundation Model Project', 'PARTICIPATES_IN Krafton -> Sovereign AI Foundation Model Project'],
  },
  // a director-general "at the Ministry of Science and ICT" speaking of the one programme promotes it (not one of another ministry)
  {
    cat: 'promotes.en-director-science-ministry',
    text: "Finalists named\n\nThe Sovereign AI Foundation Model Project named its finalists. Kakao is one of them.\n\nChoi Ga-eun, the director-general for AI policy at the Ministry of Science and ICT, said the last round ends in March.",
    expect: ['PROMOTES Choi Ga-eun -> Sovereign AI Foundation Model Project'],
  },
  {
    cat: 'promotes.en-director-science-ministry',
    text: "Finalists named\n\nThe Sovereign AI Foundation Model Project named its finalists. Kakao is one of them.\n\nChoi Ga-eun, the director-general for welfare at the Ministry of Health, said hospitals will test the models.",
    absent: ['PROMOTES Choi Ga-eun -> Sovereign AI Foundation Model Project'],
  },
  // a company confirming it joins, the programme named a few sentences before ("X가 참여를 확정했다"); weighing it or declining gives nothing
  { cat: 'clause.participates.context-programme', text: "산업통상자원부가 '온디바이스 AI 칩 검증 사업' 신청을 받는다. 예산은 120억 원 규모다. 설계 업체 중에서는 한빛소프트가 가장 먼저 참여를 확정했다.", expect: ['PARTICIPATES_IN 한빛소프트 -> 온디바이스 AI 칩 검증 사업'] },
  { cat: 'clause.participates.context-programme', text: "산업통상자원부가 '온디바이스 AI 칩 검증 사업' 신청을 받는다. 한빛소프트는 참여를 확정하지 않았다.", absent: ['PARTICIPATES_IN 한빛소프트 -> 온디바이스 AI 칩 검증 사업'] },
  { cat: 'clause.participates.context-programme', text: "산업통상자원부가 '온디바이스 AI 칩 검증 사업' 신청을 받는다. 한빛소프트는 참여 여부를 아직 고민하고 있다.", absent: ['PARTICIPATES_IN 한빛소프트 -> 온디바이스 AI 칩 검증 사업'] },
  // the interior ministry's government-wide AI platform programme, named with or without 사업 and 초거대
  // a sentence opening on a time topic with no subject ('2024년에는 …'), applying to a programme's call in a role: the company just spoken of
  { cat: 'participates.omitted-subject-applied', text: "가온랩스는 한국어 모델 '가온 3'를 개발했다. 2024년에는 정부의 독자 AI 파운데이션 모델 프로젝트 2차 공모에 참여기업으로 지원했으나 결과는 아직 나오지 않았다.", expect: ['PARTICIPATES_IN 가온랩스 -> 독자 AI 파운데이션 모델 프로젝트'] },
  // a company's consortium "ahead of" the programme's next evaluation is in the programme
  { cat: 'participates.consortium-ahead-of-stage', text: "솔트룩스가 새 모델 '루나-3'을 공개했다. 루나-3는 'K-클라우드 실증 사업' 최종 심사를 앞두고 솔트룩스 컨소시엄이 준비한 주력 모델이다.", expect: ['PARTICIPATES_IN 솔트룩스 -> K-클라우드 실증 사업'] },
  { cat: 'participates.consortium-ahead-of-stage', text: "솔트룩스가 새 모델 '루나-3'을 공개했다. 루나-3는 'K-클라우드 실증 사업' 최종 심사를 앞두고 솔트룩스 컨소시엄이 참여할지 검토하는 모델이다.", absent: ['PARTICIPATES_IN 솔트룩스 -> K-클라우드 실증 사업'] },
  { cat: 'participates.subject', text: "솔빛데이터는 지난달 행정안전부 '범정부 AI 공통기반' 사업의 사업자로 선정됐다.", expect: ['PARTICIPATES_IN 솔빛데이터 -> 범정부 AI 공통기반'] },
  { cat: 'participates.subject', text: '솔빛데이터는 범정부 초거대 AI 공통기반 구현 사업에 참여한다.', expect: ['PARTICIPATES_IN 솔빛데이터 -> 범정부 AI 공통기반'] },
  // a round's outcome told after the programme is named, the programme left out ("A, B 이렇게 두 곳이 3차에 진출했다", "That left … into the final round", "X did not make the cut")
  { cat: 'participates.stage-reached-counted', text: "정부는 '지역 AI 거점 사업' 2차 심사를 마쳤다. 한빛소프트, 가온랩스 이렇게 두 곳이 3차에 진출했다.", expect: ['PARTICIPATES_IN 한빛소프트 -> 지역 AI 거점 사업', 'PARTICIPATES_IN 가온랩스 -> 지역 AI 거점 사업'] },
  { cat: 'participates.stage-reached-counted', text: "한빛소프트, 가온랩스 이렇게 두 곳이 3차에 진출했다.", absent: ['PARTICIPATES_IN 한빛소프트 -> 지역 AI 거점 사업'] },
  // a programme's selected teams walked through after a cue ("선정된 기업들을 살펴보면 …"): each subject company and the partner it joins
  { cat: 'participates.selected-roster', text: "행정안전부는 '지역 AI 거점 사업' 수행 기업 5곳을 뽑았다. 선정된 기업들을 살펴보면 규모가 다양하다. 한빛소프트는 가온랩스와 함께 민원 안내 챗봇을 구축한다. 영상 분석 전문 기업 솔빛데이터는 하천 감시를 맡는다.", expect: ['PARTICIPATES_IN 한빛소프트 -> 지역 AI 거점 사업', 'PARTICIPATES_IN 가온랩스 -> 지역 AI 거점 사업', 'PARTICIPATES_IN 솔빛데이터 -> 지역 AI 거점 사업'] },
  { cat: 'participates.selected-roster', text: "행정안전부는 '지역 AI 거점 사업' 수행 기업 5곳을 뽑았다. 선정된 기업들을 살펴보면 규모가 다양하다. 날씨는 맑았다. 한빛소프트는 민원 안내 챗봇을 구축한다.", absent: ['PARTICIPATES_IN 한빛소프트 -> 지역 AI 거점 사업'] },
  { cat: 'participates.selected-roster', text: "행정안전부는 '지역 AI 거점 사업' 수행 기업 5곳을 뽑았다. 선정된 기업들을 살펴보면 규모가 다양하다. 한빛소프트는 이번 공모에 지원하지 않았다.", absent: ['PARTICIPATES_IN 한빛소프트 -> 지역 AI 거점 사업'] },
  { cat: 'participates.en-teams-left', text: 'The ministry scored the proposals for its Independent AI Foundation Model Project last week. The review left two teams — Kakao and Upstage — in the final round.', expect: ['PARTICIPATES_IN Kakao -> Independent AI Foundation Model Project', 'PARTICIPATES_IN Upstage -> Independent AI Foundation Model Project'] },
  { cat: 'participates.en-cut', text: 'The ministry scored the proposals for its Independent AI Foundation Model Project last week. Kakao, the messenger operator, did not make the cut.', expect: ['PARTICIPATES_IN Kakao -> Independent AI Foundation Model Project'] },
  // a programme won ("따냈다", "수주했다"): the programme is what was won, not one named before "에 이어"
  { cat: 'clause.participates.won', text: "한빛소프트 컨소시엄은 'AI 반도체 실증 사업'을 따냈다.", expect: ['PARTICIPATES_IN 한빛소프트 -> AI 반도체 실증 사업'] },
  { cat: 'clause.participates.won', text: "한빛소프트는 'AI 반도체 실증 사업'을 수주했다.", expect: ['PARTICIPATES_IN 한빛소프트 -> AI 반도체 실증 사업'] },
  { cat: 'clause.participates.won', text: "한빛소프트는 'AI 반도체 실증 사업'을 수주하지 못했다.", absent: ['PARTICIPATES_IN 한빛소프트 -> AI 반도체 실증 사업'] },
  {
    cat: 'clause.participates.won',
    text: "한빛소프트는 지난해 'AI 반도체 실증 사업'에 이어 올해도 정부 과제를 따냈다.",
    absent: ['PARTICIPATES_IN 한빛소프트 -> AI 반도체 실증 사업'],
  },
  // the companies a programme listed ("X에 이름을 올린 곳은 A, B, C 등 5곳이다")
  {
    cat: 'participates.adnominal',
    text: "'AI 반도체 실증 사업'에 이름을 올린 곳은 한빛소프트, 노을랩스 등 5곳이다.",
    expect: ['PARTICIPATES_IN 한빛소프트 -> AI 반도체 실증 사업', 'PARTICIPATES_IN 노을랩스 -> AI 반도체 실증 사업'],
  },
  // an official leading a programme named with its quotes and its programme noun ("'X' 사업을 이끄는 NAME …", "'X' 사업은 NAME … 국장이 총괄한다")
  // a ministry's office head ("X부 …실장", four syllables or more before 실장) quoted in a blogger's report ("\"…\"고 하던데") speaks for the programme just named
  { cat: 'promotes.ministry-office-head', text: "요새 'AI 데이터 댐 사업' 얘기가 자주 나온다. 누리웍스도 이 사업에 들어가 있다. 지난달 포럼에서 서지안 행안부 공공데이터정책실장이 \"하반기엔 참여 기관을 늘리겠다\"고 하더라, 기대된다.", expect: ['PROMOTES 서지안 -> AI 데이터 댐 사업'] },
  { cat: 'promotes.ministry-office-head', text: "요새 'AI 데이터 댐 사업' 얘기가 자주 나온다. 누리웍스도 이 사업에 들어가 있다. 서지안 누리웍스 사업부 영업실장은 \"하반기엔 매출을 늘리겠다\"고 말했다.", absent: ['PROMOTES 서지안 -> AI 데이터 댐 사업'] },
  { cat: 'promotes.leader-of', text: "'독자 AI 파운데이션 모델' 사업을 이끄는 김도윤 과기정통부 인공지능기반정책관은 말했다.", expect: ['PROMOTES 김도윤 -> 독자 AI 파운데이션 모델'] },
  // "이 사업의 실무를 총괄하는", "이 사업을 주관하는": the programme named before, led or hosted by the official after
  { cat: 'promotes.leader-of', text: "과기정통부는 '국가 AI 데이터 구축 사업'을 추진한다. 이 사업의 실무를 총괄하는 박하준 데이터정책관은 \"품질이 먼저\"라고 말했다.", expect: ['PROMOTES 박하준 -> 국가 AI 데이터 구축 사업'] },
  { cat: 'promotes.leader-of', text: "솔빛랩스는 고용노동부의 '청년 AI 일자리 지원사업'에 선정됐다. 이 사업을 주관하는 김도윤 노동부 청년정책관은 \"지원을 늘리겠다\"고 밝혔다.", expect: ['PROMOTES 김도윤 -> 청년 AI 일자리 지원사업'] },
  { cat: 'promotes.policy-led-by', text: "'독자 AI 파운데이션 모델' 사업은 김도윤 과기정통부 국장이 총괄한다.", expect: ['PROMOTES 김도윤 -> 독자 AI 파운데이션 모델'] },
  // a brief written in noun-ending style: the official's statement ends "…고 밝힘." as a sentence ends "…고 밝혔다."
  { cat: 'promotes.official-noun-ending', text: "■ '국가 AI 데이터 구축 사업' 2차 공모 시작. 올해 예산은 900억 원 규모. 박하준 과기정통부 데이터정책관은 \"품질 검증을 강화하겠다\"고 밝힘.", expect: ['PROMOTES 박하준 -> 국가 AI 데이터 구축 사업'] },
  { cat: 'promotes.policy-led-by', text: "'독자 AI 파운데이션 모델' 사업은 김도윤 과기정통부 국장이 총괄하지 않는다.", absent: ['PROMOTES 김도윤 -> 독자 AI 파운데이션 모델'] },
  // a company "doing" a programme, in a reader's colloquial words ("X도 Y 프로젝트 하고 있으니")
  { cat: 'participates.doing-programme', text: '해솔랩도 독자 AI 파운데이션 모델 프로젝트 하고 있으니 곧 새 모델이 나오겠네요.', expect: ['PARTICIPATES_IN 해솔랩 -> 독자 AI 파운데이션 모델 프로젝트'] },
  { cat: 'participates.doing-programme', text: '해솔랩은 독자 AI 파운데이션 모델 프로젝트를 하고 있지 않다.', absent: ['PARTICIPATES_IN 해솔랩 -> 독자 AI 파운데이션 모델 프로젝트'] },
  // "has made the programme a personal cause": an official who champions it (not "a cause for concern")
  { cat: 'promotes.en-centerpiece', text: "Title\n\nThe Ministry of Science and ICT runs the K-Cloud Project. Science minister Moon Ha-rin has made the project a personal cause.", expect: ['PROMOTES Moon Ha-rin -> K-Cloud'] },
  { cat: 'promotes.en-centerpiece', text: "Title\n\nThe Ministry of Science and ICT runs the K-Cloud Project. Science minister Moon Ha-rin has made the project a cause for concern.", absent: ['PROMOTES Moon Ha-rin -> K-Cloud'] },
  // a relative clause after the official's name before "has made the project a personal cause"
  { cat: 'promotes.en-centerpiece', text: "Title\n\nThe Ministry of Science and ICT runs the K-Cloud Project. Science minister Moon Ha-rin, who ran Samsung's AI lab before joining the cabinet, has made the project a personal cause.", expect: ['PROMOTES Moon Ha-rin -> K-Cloud'] },
  // an official urging companies to join "the project" the sentence before named ("프로젝트 참여를 독려했다"); a CEO doing so promotes nothing
  { cat: 'promotes.official', text: "제목\n\n누리랩은 과학기술정보통신부의 'K-클라우드 프로젝트'에 지원서를 냈다. 박서연 과기정통부 인공지능정책관은 설명회에서 프로젝트 참여를 독려했다.", expect: ['PROMOTES 박서연 -> K-클라우드 프로젝트'] },
  { cat: 'promotes.official', text: "제목\n\n누리랩은 과학기술정보통신부의 'K-클라우드 프로젝트'에 지원서를 냈다. 박서연 누리랩 대표는 설명회에서 프로젝트 참여를 독려했다.", absent: ['PROMOTES 박서연 -> K-클라우드 프로젝트'] },
  // a programme won as a contract or a status ("과제를 수주했다", "대상자로 확정됐다", "공급기업 자격을 얻었다"), not one only wondered about ("선정될지")
  { cat: 'participates.subject', text: "노을랩스는 AI 스타트업이다. 노을랩스는 'AI 바우처 지원사업' 과제를 수주했다.", expect: ['PARTICIPATES_IN 노을랩스 -> AI 바우처 지원사업'] },
  { cat: 'participates.subject', text: "노을랩스는 AI 스타트업이다. 노을랩스는 'AI 바우처 지원사업' 대상자로 확정됐다.", expect: ['PARTICIPATES_IN 노을랩스 -> AI 바우처 지원사업'] },
  { cat: 'participates.subject', text: "노을랩스는 AI 스타트업이다. 노을랩스는 올해 'AI 바우처 지원사업'의 공급기업 자격을 얻었다.", expect: ['PARTICIPATES_IN 노을랩스 -> AI 바우처 지원사업'] },
  { cat: 'participates.subject', text: "노을랩스는 AI 스타트업이다. 노을랩스는 'AI 바우처 지원사업' 과제를 수주하지 못했다.", absent: ['PARTICIPATES_IN 노을랩스 -> AI 바우처 지원사업'] },
  { cat: 'participates.subject', text: "노을랩스는 AI 스타트업이다. 노을랩스는 'AI 바우처 지원사업' 예산이 확정되자 채용을 늘렸다.", absent: ['PARTICIPATES_IN 노을랩스 -> AI 바우처 지원사업'] },
  { cat: 'participates.subject', text: "노을랩스는 AI 스타트업이다. 노을랩스는 'AI 바우처 지원사업'의 수요기업을 찾고 있다.", absent: ['PARTICIPATES_IN 노을랩스 -> AI 바우처 지원사업'] },
  { cat: 'participates.subject', text: "노을랩스는 AI 스타트업이다. 노을랩스는 'AI 바우처 지원사업'에 선정될지 관심이다.", absent: ['PARTICIPATES_IN 노을랩스 -> AI 바우처 지원사업'] },
  // listed in a programme ("…에 이름을 올렸다", "명단에 포함됐다", "…의 일원으로"), or taking part in it as a relative clause ("참가 중인 X"),
  // not one only hoped for ("일원이 되기를 희망한다") or wondered about ("이름을 올릴지")
  { cat: 'participates.subject', text: "노을랩스는 AI 스타트업이다. 노을랩스는 'AI 바우처 지원사업'에 이름을 올렸다.", expect: ['PARTICIPATES_IN 노을랩스 -> AI 바우처 지원사업'] },
  { cat: 'participates.subject', text: "노을랩스는 AI 스타트업이다. 노을랩스도 'AI 바우처 지원사업' 최종 명단에 포함됐다.", expect: ['PARTICIPATES_IN 노을랩스 -> AI 바우처 지원사업'] },
  { cat: 'participates.subject', text: "노을랩스는 AI 스타트업이다. 노을랩스는 'AI 바우처 지원사업'의 일원으로 서비스를 만든다.", expect: ['PARTICIPATES_IN 노을랩스 -> AI 바우처 지원사업'] },
  { cat: 'participates.subject', text: "노을랩스는 AI 스타트업이다. 노을랩스는 'AI 바우처 지원사업'의 일원이 되기를 희망한다.", absent: ['PARTICIPATES_IN 노을랩스 -> AI 바우처 지원사업'] },
  { cat: 'participates.subject', text: "노을랩스는 AI 스타트업이다. 노을랩스가 'AI 바우처 지원사업'에 이름을 올릴지 관심이다.", absent: ['PARTICIPATES_IN 노을랩스 -> AI 바우처 지원사업'] },
  { cat: 'participates.subject', text: "노을랩스는 AI 스타트업이다. 노을랩스는 'AI 바우처 지원사업' 명단에 포함되지 않았다.", absent: ['PARTICIPATES_IN 노을랩스 -> AI 바우처 지원사업'] },
  { cat: 'participates.adnominal', text: "노을랩스는 AI 스타트업이다. 'AI 바우처 지원사업'에 참가 중인 노을랩스는 내년 서비스를 연다.", expect: ['PARTICIPATES_IN 노을랩스 -> AI 바우처 지원사업'] },
  { cat: 'participates.adnominal', text: "노을랩스는 AI 스타트업이다. 'AI 바우처 지원사업'에 참여하고 있는 노을랩스는 내년 서비스를 연다.", expect: ['PARTICIPATES_IN 노을랩스 -> AI 바우처 지원사업'] },
  // the official who runs a programme, named after the ministry ("사업을 총괄하는 과기정통부 NAME 정책관") or before a joined title ("NAME 인공지능정책관이 주도하고 있다")
  { cat: 'promotes.leader-of', text: "'AI 바우처 지원사업'을 총괄하는 중기부 한서윤 국장은 이렇게 말했다.", expect: ['PROMOTES 한서윤 -> AI 바우처 지원사업'] },
  { cat: 'promotes.policy-led-by', text: "한서윤 국장은 공무원이다. 'AI 바우처 지원사업'은 한서윤 디지털혁신국장이 주도하고 있다.", expect: ['PROMOTES 한서윤 -> AI 바우처 지원사업'] },
  // a lead's team is the programme of its own sentence, not one the lead is named a team of only later
  {
    cat: 'participates.consortium-scope',
    text: "정부는 '해양 AI 실증 사업' 수행 컨소시엄 3곳을 최종 선정했다고 밝혔다. 선정된 컨소시엄을 보면 다음과 같다. 가온소프트는 다솜데이터와 컨소시엄을 꾸려 자체 모델을 항만 관제에 적용한다. 이번 실증은 '독자 AI 파운데이션 모델 프로젝트'와도 맞물린다. 이 프로젝트의 2단계 정예팀인 가온소프트와 물결랩스가 모두 이름을 올렸다.",
    expect: ['PARTICIPATES_IN 다솜데이터 -> 해양 AI 실증 사업', 'PARTICIPATES_IN 가온소프트 -> 독자 AI 파운데이션 모델 프로젝트', 'PARTICIPATES_IN 물결랩스 -> 독자 AI 파운데이션 모델 프로젝트'],
    absent: ['PARTICIPATES_IN 다솜데이터 -> 독자 AI 파운데이션 모델 프로젝트'],
  },
  // members named as going on together with the lead ("A 컨소시엄은 B, C와 함께 3단계에 진출했다"); a time word before 컨소시엄 is no lead
  {
    cat: 'participates.consortium-scope',
    text: "정부가 추진하는 '해양 AI 실증 사업' 2차 평가에서 가온소프트, 물결랩스 등 2개 컨소시엄이 살아남았다. 물결랩스 컨소시엄은 다솜데이터, 누리로보틱스와 함께 3단계에 진출했다. 솔빛번역은 이번 단계부터 컨소시엄에서 빠졌다.",
    expect: ['PARTICIPATES_IN 다솜데이터 -> 해양 AI 실증 사업', 'PARTICIPATES_IN 누리로보틱스 -> 해양 AI 실증 사업', 'PARTNERS_WITH 물결랩스 -> 다솜데이터', 'PARTNERS_WITH 물결랩스 -> 누리로보틱스'],
    noNodes: ['Company:단계부터'],
  },
  { cat: 'participates.consortium-scope', text: "정부가 추진하는 '해양 AI 실증 사업' 2차 평가에서 물결랩스 컨소시엄이 살아남았다. 물결랩스 컨소시엄은 다솜데이터 컨소시엄과 달리 3단계에 진출했다.", absent: ['PARTNERS_WITH 물결랩스 -> 다솜데이터'] },
  // a programme as the topic and its teams counted after their names ('P는 지금 A, B, C 세 팀이 2단계를 진행 중')
  { cat: 'participates.programme-topic-teams', text: "정부는 '해양 AI 실증 사업'을 진행한다. 해양 AI 실증 사업은 현재 가온소프트, 다솜데이터 두 팀이 본사업을 수행하고 있다.", expect: ['PARTICIPATES_IN 가온소프트 -> 해양 AI 실증 사업', 'PARTICIPATES_IN 다솜데이터 -> 해양 AI 실증 사업'] },
  { cat: 'participates.programme-topic-teams', text: "정부는 '해양 AI 실증 사업'을 진행한다. 해양 AI 실증 사업은 가온소프트, 다솜데이터 두 팀이 참여하지 않았다.", absent: ['PARTICIPATES_IN 가온소프트 -> 해양 AI 실증 사업'] },
  // a programme's remaining teams, counted ('A, B 이렇게 두 군데가 남아 있고'); an official who has been leading it ('이 사업을 끌고 오시면서')
  { cat: 'participates.counted-remaining', text: "'해양 AI 실증 사업' 얘기를 해 볼게요. 지금 한빛소프트, 가온랩스 이렇게 두 군데가 남아 있고, 한 곳을 더 뽑는대요.", expect: ['PARTICIPATES_IN 한빛소프트 -> 해양 AI 실증 사업', 'PARTICIPATES_IN 가온랩스 -> 해양 AI 실증 사업'] },
  { cat: 'participates.counted-remaining', text: "'해양 AI 실증 사업' 얘기를 해 볼게요. 한빛소프트, 가온랩스 두 곳이 남아 있을지도 모르겠어요.", absent: ['PARTICIPATES_IN 한빛소프트 -> 해양 AI 실증 사업'] },
  { cat: 'promotes.person', text: "해양수산부 도재원 디지털정책관이 어제 새 기준을 냈어요. '해양 AI 실증 사업' 말이에요. 도재원 정책관님이 이 사업을 처음부터 끌고 오셨잖아요.", expect: ['PROMOTES 도재원 -> 해양 AI 실증 사업'] },
  // the teams of a programme named as a group after '등' ('P에는 A와 B 등 정예팀이 참여해'), the programme named or referred to
  { cat: 'participates.included-groups', text: "정부는 '해양 AI 실증 사업'을 시작했다. 현재 이 사업에는 가온소프트와 다솜데이터 등 정예팀이 참여해 중간 평가를 받고 있다.", expect: ['PARTICIPATES_IN 가온소프트 -> 해양 AI 실증 사업', 'PARTICIPATES_IN 다솜데이터 -> 해양 AI 실증 사업'] },
  { cat: 'participates.included-groups', text: "정부는 '해양 AI 실증 사업'을 시작했다. 해양 AI 실증 사업에는 가온소프트, 다솜데이터 등 기업들이 참여한다.", expect: ['PARTICIPATES_IN 가온소프트 -> 해양 AI 실증 사업', 'PARTICIPATES_IN 다솜데이터 -> 해양 AI 실증 사업'] },
  // a round's losers told after the programme is named ('A랑 B는 아쉽게 이번에 떨어졌고요'); no programme before, or no round word, gives nothing
  { cat: 'participates.stage-dropped', text: "정부는 '해양 AI 실증 사업' 2차 심사를 마쳤다. 가온랩스 이렇게 한 곳이 3차로 올라갔어요. 그리고 한빛소프트는 아쉽게 이번에 떨어졌어요.", expect: ['PARTICIPATES_IN 한빛소프트 -> 해양 AI 실증 사업'] },
  { cat: 'participates.stage-dropped', text: '정부의 AI 바우처 사업 2차 관문을 카카오, 네이버 두 팀이 넘었다. KT 팀과 스타트업 모레 팀은 고배를 마셨다.', expect: ['PARTICIPATES_IN KT -> AI 바우처', 'PARTICIPATES_IN 모레 -> AI 바우처'] },
  { cat: 'participates.stage-dropped', text: "정부는 '해양 AI 실증 사업'을 시작했다. 한빛소프트의 주가는 이번에 떨어졌어요.", absent: ['PARTICIPATES_IN 한빛소프트 -> 해양 AI 실증 사업'] },
  // "the company said it submitted an application for" a programme this sentence names first (h88_05)
  { cat: 'participates.en-applied', text: "Seoul-based Lumen Robotics raised new funding on Friday. The firm said it had submitted a bid in October for the second round of the government's Sovereign AI Foundation Model Project.", expect: ["PARTICIPATES_IN Lumen Robotics -> Sovereign AI Foundation Model Project"] },
  { cat: 'participates.en-applied', text: "Seoul-based Lumen Robotics raised new funding on Friday. The firm said it had not submitted a bid for the government's Sovereign AI Foundation Model Project.", absent: ["PARTICIPATES_IN Lumen Robotics -> Sovereign AI Foundation Model Project"] },
  { cat: 'participates.en', text: "Brightfield AI applied in March for a place in the government's Sovereign AI Foundation Model Project.", expect: ['PARTICIPATES_IN Brightfield AI -> Sovereign AI Foundation Model Project'] },
  // a programme named in full, then by its last two words ("… 스마트물류 실증사업에 참여한다")
  { cat: 'participates.policy-tail', text: "시는 올해 '인천 AI 스마트물류 실증사업'을 시작한다. 가온소프트는 스마트물류 실증사업에 참여한다.", expect: ['PARTICIPATES_IN 가온소프트 -> 인천 AI 스마트물류 실증사업'] },
  { cat: 'participates.together-with-subject', text: "가온소프트 컨소시엄은 다솜데이터, 한빛소프트와 함께 '해양 AI 실증 사업' 본선에 올랐다.", expect: ['PARTICIPATES_IN 다솜데이터 -> 해양 AI 실증 사업', 'PARTICIPATES_IN 한빛소프트 -> 해양 AI 실증 사업'], absent: ['PARTNERS_WITH 가온소프트 -> 다솜데이터'] },
  // a round lost in other words ('1차에서 쓴맛을 봤다') still took part; the next clause's own topic company ('…냈고, B는 … 여부를') keeps its hedge
  { cat: 'participates.selection-outcome', text: "'해양 AI 실증 사업' 1차 평가 결과가 나왔다. 가온소프트도 1차에서 쓴맛을 봤다.", expect: ['PARTICIPATES_IN 가온소프트 -> 해양 AI 실증 사업'] },
  { cat: 'participates.subject', text: "'해양 AI 실증 사업' 공고가 났다. 다솜데이터가 이 사업에 지원서를 냈고, 가온소프트는 참여 여부를 정하지 않았다.", expect: ['PARTICIPATES_IN 다솜데이터 -> 해양 AI 실증 사업'], absent: ['PARTICIPATES_IN 가온소프트 -> 해양 AI 실증 사업'] },
  // a funding acknowledgement ('이 연구는 「Y 사업」 지원을 받아 수행되었습니다') names a programme the page's company took part in
  { cat: 'participates.acknowledged-funding', text: "가온소프트가 '물결-7B'를 공개했다.\n\n이 연구는 해양수산부의 「해양 AI 실증 사업」 지원을 받아 수행되었습니다.", expect: ['PARTICIPATES_IN 가온소프트 -> 해양 AI 실증 사업'] },
  { cat: 'participates.acknowledged-funding', text: "가온소프트가 '물결-7B'를 공개했다.\n\n이 연구는 「해양 AI 실증 사업」과 무관하게 수행되었습니다.", absent: ['PARTICIPATES_IN 가온소프트 -> 해양 AI 실증 사업'] },
  // a late round's entrants ('추가 공모에 지원했다', '추가 공모로 들어온 X 컨소시엄은 … 통과했다') take part in the programme named before
  { cat: 'participates.selection-outcome', text: "'해양 AI 실증 사업' 2차 평가 결과가 나왔다. 추가 공모로 들어온 가온소프트·다솜데이터 컨소시엄은 자료 보완을 조건으로 통과했다.", expect: ['PARTICIPATES_IN 가온소프트 -> 해양 AI 실증 사업'] },
  // taking part as a goal ("… 참여를 목표로 하고 있다") is no participation yet
  { cat: 'participates.goal', text: "가온소프트는 교육용 모델 '가온-에듀 3B'를 공개했다. 회사는 교육부의 'AI 교실 실증 사업' 참여를 목표로 하고 있다.", absent: ['PARTICIPATES_IN 가온소프트 -> AI 교실 실증 사업'] },
  // a former official ("NAME 당시 X부 장관이 발표한 '…'") still announced the plan; a programme named after an adnominal verb ("'…'에 따른 Y 사업") starts after it
  { cat: 'promotes.former-official', text: "가온소프트는 한서윤 당시 행정안전부 장관이 2024년 발표한 '디지털 행정 혁신 방안'에 따른 공공 말뭉치 구축 사업에 참여했다.", expect: ['PROMOTES 한서윤 -> 디지털 행정 혁신 방안'], nodes: ['Policy:공공 말뭉치 구축 사업'], noNodes: ['Policy:따른 공공 말뭉치 구축 사업'] },
  // an official at the briefing of the programme the sentence before named ("… 사업 설명회에서 "…"고 밝힌 바 있다") speaks for it
  { cat: 'promotes.briefing', text: "가온소프트는 'K-클라우드 전환 사업'에도 참여한다. 회사는 행정안전부의 'AI 민원 혁신 사업' 주관사로 선정됐다. 박지후 행정안전부 디지털정부기획관은 사업 설명회에서 \"현장부터 바꾸겠다\"고 밝힌 바 있다.", expect: ['PROMOTES 박지후 -> AI 민원 혁신 사업'], absent: ['PROMOTES 박지후 -> K-클라우드 전환 사업'] },
  // an interview's answer about the late round the question named ("추가 공모에 X가 주관사로 지원했습니다")
  { cat: 'participates.late-round-answer', text: "인터뷰\n\nQ. 정부의 'K-클라우드 실증 사업' 추가 공모에도 지원했다고 들었다.\n\nA. 네. 지난달 마감한 추가 공모에 가온소프트가 주관사로 지원했습니다.", expect: ['PARTICIPATES_IN 가온소프트 -> K-클라우드 실증 사업'] },
  // the members of a consortium a subject-less answer formed ("A, B와 컨소시엄을 꾸렸어요") take part in the programme the exchange is about
  { cat: 'participates.formed-team-omitted-subject', text: "인터뷰\n\nQ. 정부의 'K-클라우드 실증 사업' 추가 공모에도 지원했다고 들었다.\n\nA. 네. 지난달 마감한 추가 공모에 가온소프트가 주관사로 지원했습니다. 누리은행, 데이터 전문기업 말글데이터와 컨소시엄을 꾸렸어요.", expect: ['PARTICIPATES_IN 누리은행 -> K-클라우드 실증 사업', 'PARTICIPATES_IN 말글데이터 -> K-클라우드 실증 사업'] },
  { cat: 'participates.formed-team-omitted-subject', text: "인터뷰\n\nQ. 정부의 'K-클라우드 실증 사업' 추가 공모에도 지원했다고 들었다.\n\nA. 네. 지난달 마감한 추가 공모에 가온소프트가 주관사로 지원했습니다. 누리은행, 말글데이터와 컨소시엄을 꾸릴지는 검토 중입니다.", absent: ['PARTICIPATES_IN 누리은행 -> K-클라우드 실증 사업'] },
  // an agency's acronym before the official who runs the programme ('사업을 총괄하는 NIPA NAME … PM은'); students' titles make persons
  { cat: 'promotes.leader-of', text: "가온브릭은 '독자 AI 파운데이션 모델 프로젝트'에 참여했다. 사업을 총괄하는 NIPA 하서진 초거대AI PM은 \"성과가 좋다\"고 말했다.", expect: ['PROMOTES 하서진 -> 독자 AI 파운데이션 모델 프로젝트'], absent: ['WORKS_FOR 하서진 -> 가온브릭'] },
  // a model selected for a programme: its developer takes part ('Y는 Z의 … 분야 모델로 선정돼'); not when it failed
  { cat: 'participates.model-selected', text: "누리온 문서\n\n누리온 3은 한빛데이터가 개발한 언어 모델이다. 2026년 봄 공개됐다.\n\n이후 누리온 3은 과학기술정보통신부의 '초거대 AI 플래그십 프로젝트' 법률 분야 모델로 선정돼 내년부터 쓰일 예정이다.", expect: ['PARTICIPATES_IN 한빛데이터 -> 초거대 AI 플래그십 프로젝트'] },
  { cat: 'participates.model-selected', text: "누리온 문서\n\n누리온 3은 한빛데이터가 개발한 언어 모델이다. 2026년 봄 공개됐다.\n\n누리온 3은 '초거대 AI 플래그십 프로젝트' 법률 분야 모델로 선정되지 못했다.", absent: ['PARTICIPATES_IN 한빛데이터 -> 초거대 AI 플래그십 프로젝트'] },
  // an entry's line on an official ('NAME — MINISTRY TITLE.') and the programme the next sentence, with no subject, runs
  { cat: 'promotes.profile-official', text: "누리온 문서\n\n누리온 3은 한빛데이터가 개발한 언어 모델이다. '초거대 AI 플래그십 프로젝트'와 'AI 바우처'에 참여했다. 하서진 과학기술정보통신부 디지털정책관도 현장을 찾았다.\n\n관련 인물\n\n하서진 — 과학기술정보통신부 디지털정책관. 초거대 AI 플래그십 프로젝트를 총괄하며 선정 결과를 알렸다.", expect: ['PROMOTES 하서진 -> 초거대 AI 플래그십 프로젝트'], absent: ['PROMOTES 하서진 -> AI 바우처'] },
  // a team's scope outlasts one sentence about its model with no company as its subject, when the next joins "the consortium";
  // "각각" after the joining word shares out the work, it lists no teams
  { cat: 'participates.consortium-scope-model-aside', text: "과기정통부는 'K-해양 AI 실증 사업' 2차 평가 결과를 발표했다. 가온소프트 컨소시엄은 매개변수 300억 개의 '누리온-3'로 평가를 받았다. 누리온-3은 지난봄 깃허브에 오픈소스로 공개됐다. 말글데이터와 누리로보틱스가 컨소시엄에 참여해 각각 말뭉치 구축과 현장 실증을 맡는다.", expect: ['PARTICIPATES_IN 말글데이터 -> K-해양 AI 실증 사업', 'PARTICIPATES_IN 누리로보틱스 -> K-해양 AI 실증 사업', 'PARTNERS_WITH 가온소프트 -> 말글데이터'] },
  { cat: 'participates.consortium-scope-model-aside', text: "과기정통부는 'K-해양 AI 실증 사업' 2차 평가 결과를 발표했다. 가온소프트 컨소시엄은 매개변수 300억 개의 '누리온-3'로 평가를 받았다. 누리온-3은 지난봄 깃허브에 오픈소스로 공개됐다. 말글데이터와 누리로보틱스가 각자 다른 사업에 참여해 현장 실증을 맡는다.", absent: ['PARTNERS_WITH 가온소프트 -> 말글데이터'] },
  // a programme's stage named by its field ("X 육성사업" … "X 2단계"): the same programme
  { cat: 'policy.stage-of-programme', text: "부산시가 '해양 데이터밸리 육성사업'을 추진한다. 부산시는 '해양 데이터밸리 2단계' 참여 기업으로 말글데이터와 누리로보틱스를 선정했다고 밝혔다.", expect: ['PARTICIPATES_IN 말글데이터 -> 해양 데이터밸리 육성사업'], sameNode: ['해양 데이터밸리 육성사업=해양 데이터밸리 2단계'] },
  // a headline's short programme name whose words all stand, in order, in the body's one longer name is that programme
  {
    cat: 'policy.headline-short-name',
    text: "충북 'AI 제조 혁신사업' 12곳 선정\n\n충청북도가 '충북 중소기업 AI 제조 혁신사업' 참여 기업 12곳을 선정했다고 밝혔다.",
    sameNode: ['충북 중소기업 AI 제조 혁신사업=AI 제조 혁신사업'],
  },
  // a numbered call ("2차 공모") is the programme named last (or the one the headline names), not a strategy named since
  { cat: 'promotes.numbered-call-programme', text: "부산시가 '해양 데이터밸리 육성사업'을 추진한다. 이 사업은 시가 지난해 발표한 '해양 디지털 혁신 전략'의 핵심 과제다. 한서윤 부산시 디지털산업국장은 \"하반기 2차 공모를 통해 참여 기업을 늘리겠다\"고 말했다.", expect: ['PROMOTES 한서윤 -> 해양 데이터밸리 육성사업'], absent: ['PROMOTES 한서윤 -> 해양 디지털 혁신 전략'] },
  // a broadcast's speaker caption of an official ("[NAME / 부처 TITLE : …P…]")
  { cat: 'promotes.official-caption', text: "정부는 'K-클라우드 프로젝트' 예산을 늘렸습니다.\n\n[도하람 / 과학기술정보통신부 인공지능정책관 : 공공기관 스무 곳에 국산 칩을 넣는 게 K-클라우드 프로젝트의 올해 과제입니다.]", expect: ['PROMOTES 도하람 -> K-클라우드 프로젝트'] },
  // a ministry named bare before its programme, as speech runs
  {
    cat: 'participates.ministry-bare',
    text: "별빛소프트는 중기부 초거대 AI 실증 사업에 올해 선정됐다.",
    expect: ['PARTICIPATES_IN 별빛소프트 -> 초거대 AI 실증 사업'],
  },
  // a programme's next round reached ("3차 단계에 올라갔고") is taking part in it, as a round failed is
  {
    cat: 'participates.round-reached',
    text: "정부의 'AI 반도체 실증 사업' 2차 평가 결과가 나왔다. 카카오, KT가 3차 단계에 올라갔고 코난테크놀로지는 탈락했다.",
    expect: ['PARTICIPATES_IN 카카오 -> AI 반도체 실증 사업', 'PARTICIPATES_IN KT -> AI 반도체 실증 사업', 'PARTICIPATES_IN 코난테크놀로지 -> AI 반도체 실증 사업'],
  },
  // "the N remaining teams - led by A, B and C - …": a dashed list of a programme named before
  { cat: 'participates.en-teams-dash-led-by', text: "The government's Coastal AI Model Programme, launched last year with six teams, is under review. The minister said on Friday that the three remaining teams - led by Kakao, Krafton and start-up Haneul AI - would get more chips.", expect: ['PARTICIPATES_IN Kakao -> Coastal AI Model Programme', 'PARTICIPATES_IN Krafton -> Coastal AI Model Programme', 'PARTICIPATES_IN Haneul AI -> Coastal AI Model Programme'] },
  // "The programme is the centrepiece of President X's pledge": the person whose pledge it serves promotes it
  { cat: 'promotes.en-centerpiece-of-pledge', text: "The government's Coastal AI Model Programme, funded with 300 billion won, is the cornerstone of President Han Do-yun's digital agenda.", expect: ['PROMOTES Han Do-yun -> Coastal AI Model Programme'] },
  // "부처(부총리 겸 장관 NAME, 이하 …)는 '사업'의 … 선정했다": a deputy prime minister who heads the ministry, named in its apposition
  { cat: 'promotes.ministry-head-apposition', text: "해양수산부(부총리 겸 장관 한도윤, 이하 '해수부')는 '해양 AI 모델 육성사업'의 2차 단계평가 결과, 3개 정예팀을 3단계 개발 대상으로 최종 선정했다고 밝혔다.", expect: ['PROMOTES 한도윤 -> 해양 AI 모델 육성사업'] },
  // "A, B 등이 주관기관으로 참여했다" right after a programme is named: the listed companies take part in it
  { cat: 'participates.role-joined-after-programme', text: "독자 AI 파운데이션 모델 프로젝트는 과기정통부가 추진해 온 사업이다. 첫해에는 KT, 카카오, 네이버클라우드 등이 주관기관으로 참여했다.", expect: ['PARTICIPATES_IN KT -> 독자 AI 파운데이션 모델 프로젝트', 'PARTICIPATES_IN 카카오 -> 독자 AI 파운데이션 모델 프로젝트', 'PARTICIPATES_IN 네이버클라우드 -> 독자 AI 파운데이션 모델 프로젝트'] },
  // "A가 X를 내놨고, Y 프로젝트는 평가 결과를 발표했다": a programme that is its own clause's topic is no company's selection
  { cat: 'participates.programme-own-topic', text: "연휴에도 업계는 바빴다. KT가 새 모델을 내놨고, 독자 AI 파운데이션 모델 프로젝트는 2차 평가 결과를 발표했다.", absent: ['PARTICIPATES_IN KT -> 독자 AI 파운데이션 모델 프로젝트'] },
  // consortia laid out team by team under subheads ("A 컨소시엄 — …", "[B 팀] …"): a company that brings or takes on something in a team's section is its member (h96_03's layout); one that did not join, one quoted, one of the next section are not
  {
    cat: 'consortium.team-sections',
    text: "정부의 '해양 AI 모델 육성사업' 2단계에 두 팀이 올랐다. 팀별 면면을 살펴봤다.\n\n카카오 컨소시엄 — 검색 데이터로 승부\n\n카카오가 주도하는 컨소시엄의 구성은 단출하다. 반도체 설계사 퓨리오사AI는 추론 서버를 책임지고, 솔트룩스가 문서 데이터 정제를 맡는다. 리벨리온은 이번에는 합류하지 않았다.\n\n[코난테크놀로지 팀] 공공 문서에 집중\n\n코난테크놀로지는 공공 분야에 강하다. 마음AI는 음성 데이터를 제공한다. 코난테크놀로지 관계자는 \"KT와도 협의하겠다\"고 말했다.",
    expect: ['PARTNERS_WITH 카카오 -> 퓨리오사AI', 'PARTNERS_WITH 솔트룩스 -> 카카오', 'PARTNERS_WITH 마음AI -> 코난테크놀로지', 'PARTICIPATES_IN 퓨리오사AI -> 해양 AI 모델 육성사업', 'PARTICIPATES_IN 코난테크놀로지 -> 해양 AI 모델 육성사업'],
    absent: ['PARTNERS_WITH 리벨리온 -> 카카오', 'PARTICIPATES_IN 리벨리온 -> 해양 AI 모델 육성사업', 'PARTNERS_WITH 마음AI -> 카카오', 'PARTNERS_WITH KT -> 코난테크놀로지'],
  },
  // another lead's sentence in a team's section, "X는 Y 등 컨소시엄 참여사와 함께 …", makes X no member of the section's team (Y partners X)
  {
    cat: 'consortium.team-sections',
    text: "정부의 '해양 AI 모델 육성사업' 2단계에 두 팀이 올랐다. 팀별 면면을 살펴봤다.\n\n카카오 컨소시엄 — 검색 데이터로 승부\n\n카카오가 주도하는 컨소시엄의 구성은 단출하다. 반도체 설계사 퓨리오사AI는 추론 서버를 책임진다. 네이버는 모레 등 컨소시엄 참여사와 함께 실증을 시작한다.",
    expect: ['PARTNERS_WITH 카카오 -> 퓨리오사AI', 'PARTNERS_WITH 모레 -> 네이버'],
    absent: ['PARTNERS_WITH 네이버 -> 카카오'],
  },
  // "A 팀과 B 팀이다": teams listed by their companies (h96_03)
  { cat: 'participates.team-list', text: "'해양 AI 모델 육성사업' 1차 평가에서 탈락한 곳은 카카오 팀과 KT 팀이다.", expect: ['PARTICIPATES_IN 카카오 -> 해양 AI 모델 육성사업', 'PARTICIPATES_IN KT -> 해양 AI 모델 육성사업'] },
  // a city's programme notice (h96_06): a fund bracketed like a programme is a Policy; "이번 사업" after it is still the programme, and so is an official's
  // bare "사업"; a consortium not selected is no lead a later "컨소시엄" means; the selected lead's "컨소시엄이 개발할 모델의 이름은 'Y'" names its model
  {
    cat: 'policy.bracketed-fund',
    text: "□ 울산시는 「울산형 제조 AI 모델 개발사업」의 수행 컨소시엄을 선정하고, 「울산 AI 성장펀드」를 300억 원 규모로 만든다고 밝혔다.\n\n□ 이번 사업은 제조 현장 데이터를 쓰는 모델을 확보하기 위해 마련됐다. 시는 3년간 90억 원을 쓴다. 현장 수요도 많다. 예산은 국비가 절반이다.\n\n○ 시는 ㈜한빛소프트가 주관하는 컨소시엄을 수행기관으로 선정했다. 한빛소프트 컨소시엄에는 KT가 참여한다.\n\n○ 함께 신청한 ㈜가온로직 컨소시엄은 선정되지 않았다.\n\n□ 컨소시엄이 개발할 모델의 이름은 '울림 1.0'이다.\n\n□ 오민서 울산정보산업진흥원장은 \"사업 전담기관으로서 일정을 챙기겠다\"라고 말했다.",
    nodes: ['Policy:울산 AI 성장펀드'],
    expect: ['DEVELOPED 한빛소프트 -> 울림 1.0', 'PROMOTES 오민서 -> 울산형 제조 AI 모델 개발사업', 'PARTICIPATES_IN KT -> 울산형 제조 AI 모델 개발사업'],
    absent: ['DEVELOPED 가온로직 -> 울림 1.0', 'PARTICIPATES_IN KT -> 울산 AI 성장펀드'],
    noNodes: ['Company:전담기관으로서'],
  },
  // a city's office head ("…경제실장", h96_06) speaking right after its programme is named promotes it
  { cat: 'promotes.city-office-head', text: "□ 울산시는 「울산형 제조 AI 모델 개발사업」 수행기관을 선정했다.\n\n□ 한서윤 울산시 미래경제실장은 \"지역 기업의 성장을 끝까지 돕겠다\"라고 밝혔다.", expect: ['PROMOTES 한서윤 -> 울산형 제조 AI 모델 개발사업'] },
  // "X가 이끈 컨소시엄은 … 고배를 마셨다": the lead of a consortium that lost applied; "이끈" is no company (h99_06)
  { cat: 'participates.selection-outcome', text: "'해안 AI 실증 사업' 1차 평가 결과가 나왔다. 음성 AI 기업 소리랩이 이끈 컨소시엄은 본선에 올랐지만 탈락했다.", expect: ['PARTICIPATES_IN 소리랩 -> 해안 AI 실증 사업'], noNodes: ['Company:이끈'] },
  // "A와 B가 꾸린 컨소시엄을 최종 수행기관으로 확정했다": both members of the chosen consortium take part (h99_06)
  { cat: 'participates.led-consortia-selected', text: "도는 '산림 AI 실증 사업' 심사를 마치고 푸른소프트와 숲데이터가 꾸린 컨소시엄을 최종 사업자로 확정했다.", expect: ['PARTICIPATES_IN 푸른소프트 -> 산림 AI 실증 사업', 'PARTICIPATES_IN 숲데이터 -> 산림 AI 실증 사업'] },
  // "A 컨소시엄이 낸 모델 …. A는 …. B와 C 등이 같은 팀에 속해 있다": the lead's own sentence keeps its team open; members belonging to the same team join it (h99_02)
  { cat: 'participates.consortium-scope-same-team', text: "과기정통부는 'K-해양 AI 실증 사업' 2차 평가 결과를 발표했다. 가온소프트 컨소시엄이 낸 '누리온-3'는 높은 점수를 받았다. 가온소프트는 이 모델을 자체 기술로 학습했다고 밝혔다. 물류 기업 누리로보틱스와 데이터 기업 말글데이터 등이 같은 컨소시엄에 속해 있다.", expect: ['PARTICIPATES_IN 말글데이터 -> K-해양 AI 실증 사업', 'PARTICIPATES_IN 누리로보틱스 -> K-해양 AI 실증 사업', 'PARTNERS_WITH 가온소프트 -> 말글데이터'] },
  // a programme said to have started as N teams, the companies listed before the count (h100_06): each participates
  { cat: 'participates.started-as-teams', text: "국가대표 AI 프로젝트는 한빛소프트, 가온랩스, 누리소프트 등 3곳 정예팀으로 출범했다.", expect: ['PARTICIPATES_IN 한빛소프트 -> 국가대표 AI', 'PARTICIPATES_IN 누리소프트 -> 국가대표 AI'] },
  { cat: 'participates.started-as-teams', text: "국가대표 AI 프로젝트는 한빛소프트, 가온랩스 등 2개 팀으로 출발할 가능성이 거론된다.", absent: ['PARTICIPATES_IN 한빛소프트 -> 국가대표 AI'] },
  // "selected as a participant in the second phase of …": the programme after the role and the phase (h100_04 reads otherwise)
  { cat: 'participates.en-selected-as-participant', text: "Tidewell Labs released Kestrel-4 in May. In March, Tidewell Labs was selected as a participant in the final round of the Independent AI Foundation Model Project.", expect: ['PARTICIPATES_IN Tidewell Labs -> Independent AI Foundation Model Project'] },
  // an official who designed a programme promotes it ("…를 …의 뼈대로 설계한", h100_06's wording differs)
  { cat: 'promotes.person-designed', text: "도정민 과학기술정보통신부 차관은 국가대표 AI 프로젝트를 직접 설계한 인물이다.", expect: ['PROMOTES 도정민 -> 국가대표 AI'] },
  // a bulleted results line under a programme's headline ("- 신규 선정: A, B")
  { cat: 'participates.new-selection-label', text: "과기정통부, '국가 AI 바우처 사업' 2차 평가 결과 발표\n- 신규 선정: 가온랩스, 나래소프트\n- 나머지 팀은 다음 달 발표", expect: ['PARTICIPATES_IN 가온랩스 -> 국가 AI 바우처 사업', 'PARTICIPATES_IN 나래소프트 -> 국가 AI 바우처 사업'] },
  { cat: 'participates.new-selection-label', text: "과기정통부, '국가 AI 바우처 사업' 2차 평가 결과 발표\n- 신규 채용: 가온랩스, 나래소프트", absent: ['PARTICIPATES_IN 가온랩스 -> 국가 AI 바우처 사업'] },
  // a stage "입선" (selected in a contest's round) is a selection; a translated programme name glossed by the name it is called by
  // ("…(한국어로 \"Y\"라고 부름)") is that programme, not a second one
  { cat: 'participates.contest-selected', text: '제목\n\n가온랩은 정부의 "독자 AI 파운데이션 모델 프로젝트" 제2단계에 입선했다.', expect: ['PARTICIPATES_IN 가온랩 -> 독자 AI 파운데이션 모델 프로젝트'] },
  { cat: 'participates.contest-selected', text: '제목\n\n가온랩은 정부의 "독자 AI 파운데이션 모델 프로젝트" 제2단계에 입선하지 못했다.', absent: ['PARTICIPATES_IN 가온랩 -> 독자 AI 파운데이션 모델 프로젝트'] },
  { cat: 'policy.called-gloss', text: '제목\n\n가온랩은 한국 정부의 "국산 기초 모형 개발사업"(한국어로 "독자 AI 파운데이션 모델 프로젝트"라고 부름)에 선정됐다.', expect: ['PARTICIPATES_IN 가온랩 -> 독자 AI 파운데이션 모델 프로젝트'], noNodes: ['Policy:국산 기초 모형 개발사업'] },
  { cat: 'policy.called-gloss', text: '제목\n\n가온랩은 한국 정부의 "국산 기초 모형 개발사업"(독자 AI 파운데이션 모델 프로젝트와 별개)에 선정됐다.', nodes: ['Policy:국산 기초 모형 개발사업'] },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});
