/**
 * Generalisation rows for layouts and phrasings met in blind set 153: a quoted programme named by its cohort
 * ("'X' 3기 기업"), a selection table with a head column ("기업명 | 대표 | …") or a research-topic column,
 * members named before the consortium they joined, and words that name no company. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // a quoted name with a cohort of selected companies after it is a programme; the official who announces it promotes it
  {
    cat: 'policy.quoted-cohort',
    text: "부산시가 해양 분야 AI 기업을 키우려고 'AI 오션 챌린지' 3기 기업 8곳을 뽑았다. 바다결AI와 물소리랩이 포함됐다.\n\n정하늘 부산시 미래산업국장은 \"AI 오션 챌린지를 내년에도 이어 가겠다\"고 말했다.",
    nodes: ['Policy:AI 오션 챌린지'],
  },
  {
    cat: 'policy.quoted-cohort',
    text: "대전시는 'AI 연구 스테이지' 2기 참여 스타트업 모집을 시작했다.",
    nodes: ['Policy:AI 연구 스테이지'],
  },
  // … not a quoted model name with a number after it that selects no one
  {
    cat: 'policy.quoted-cohort',
    text: "가온소프트는 '가온 마루' 2기 모델의 학습을 마쳤다고 밝혔다.",
    noNodes: ['Policy:가온 마루'],
  },
  // a selection table with a head column: each company takes part, its head works for it as 대표 (a foreign name glossed in Latin too)
  {
    cat: 'participates.selection-table (head column)',
    text: "광주시가 'AI 남도 챌린지' 2기 기업을 확정했다.\n\nAI 남도 챌린지 2기 선정 기업\n\n기업명 | 대표 | 분야 | 주요 제품·서비스\n\n누리결AI | 서다온 | 의료 | 진료 요약 앱\n\n바람소프트 | 에밀리 박(Emily Park) | 물류 | 배차 최적화\n\n선정 기업은 1년 동안 GPU를 지원받는다.",
    expect: [
      'PARTICIPATES_IN 누리결AI -> AI 남도 챌린지', 'PARTICIPATES_IN 바람소프트 -> AI 남도 챌린지',
      'WORKS_FOR 서다온 -> 누리결AI', 'WORKS_FOR 에밀리 박 -> 바람소프트',
    ],
    edgeProps: ['WORKS_FOR 서다온 -> 누리결AI title=대표'],
    noNodes: ['Company:대표', 'Company:의료'],
  },
  // … and no head where the table's title selects nothing for a programme
  {
    cat: 'participates.selection-table (head column)',
    text: "광주시가 'AI 남도 챌린지'를 공고했다.\n\n지역 AI 기업 주요 제품\n\n기업명 | 대표 | 분야\n\n누리결AI | 서다온 | 의료\n\n공고는 다음 달까지 이어진다.",
    absent: ['PARTICIPATES_IN 누리결AI -> AI 남도 챌린지', 'WORKS_FOR 서다온 -> 누리결AI'],
  },
  // a selection table whose other columns are a joint research topic and the professor in charge
  {
    cat: 'participates.selection-table (topic column)',
    text: "한빛대학교는 과기정통부의 'AI 인재 산학 지원사업' 참여 기업 명단을 확정했다.\n\nAI 인재 산학 지원사업 참여 기업\n\n참여 기업 | 공동 연구 주제 | 책임 교수\n\n가람데이터 | 의료 영상 분할 | 윤도겸\n\n솔빛AI | 음성 합성 경량화 | 배시온\n\n연구는 내년 3월 시작된다.",
    expect: ['PARTICIPATES_IN 가람데이터 -> AI 인재 산학 지원사업', 'PARTICIPATES_IN 솔빛AI -> AI 인재 산학 지원사업'],
    absent: ['WORKS_FOR 윤도겸 -> 가람데이터'],
  },
  // members named before the consortium they joined are its lead's partners and join its programme
  {
    cat: 'partners.members-before-consortium',
    text: "한울로지스 컨소시엄이 'AI 물류 실증 사업'에 선정됐다. 1위는 바다결AI와 물소리랩이 참여한 한울로지스 컨소시엄이다.",
    expect: ['PARTNERS_WITH 바다결AI -> 한울로지스', 'PARTNERS_WITH 물소리랩 -> 한울로지스', 'PARTICIPATES_IN 물소리랩 -> AI 물류 실증 사업'],
  },
  // … not members who did not join it
  {
    cat: 'partners.members-before-consortium',
    text: "한울로지스 컨소시엄이 'AI 물류 실증 사업'에 선정됐다. 바다결AI가 참여하지 않은 한울로지스 컨소시엄이 1위였다.",
    absent: ['PARTNERS_WITH 바다결AI -> 한울로지스'],
  },
  // people by their role in research are no companies, whatever team they form
  {
    cat: 'company.role-words',
    text: "이 사업은 기업 연구자와 대학원생이 한 팀을 이뤄 6개월 동안 공동 연구를 하는 사업이다.",
    noNodes: ['Company:연구자', 'Company:대학원생'],
    absent: ['PARTNERS_WITH 대학원생 -> 연구자'],
  },
  // a verb's connective form before 컨소시엄 names no lead
  {
    cat: 'company.consortium-lead-verb',
    text: "1단계에 함께했던 가람에듀는 평가를 앞두고 컨소시엄에서 빠졌다. 윤다솔 상무는 한빛교육으로 자리를 옮겨 컨소시엄을 이끈다.",
    noNodes: ['Company:앞두고', 'Company:옮겨'],
  },
  // a company that took part in an earlier stage and left took part in the programme the article is about
  {
    cat: 'participates.left-after-stage',
    text: "과기정통부가 추진하는 'AI 물류 실증 사업'의 2단계 평가가 끝났다. 1단계에 함께했던 에듀테크 기업 가람에듀는 자체 제품에 집중하겠다며 2단계를 앞두고 컨소시엄에서 빠졌다.",
    expect: ['PARTICIPATES_IN 가람에듀 -> AI 물류 실증 사업'],
  },
  {
    cat: 'participates.left-after-stage',
    text: "과기정통부가 추진하는 'AI 물류 실증 사업'의 2단계 평가가 끝났다. 1년 차에 참여했던 부품업체 한솔정공은 2년 차에는 빠졌다.",
    expect: ['PARTICIPATES_IN 한솔정공 -> AI 물류 실증 사업'],
  },
  // … not one only weighing whether to leave
  {
    cat: 'participates.left-after-stage',
    text: "과기정통부가 추진하는 'AI 물류 실증 사업'의 2단계 평가가 끝났다. 1단계에 함께했던 가람에듀는 컨소시엄에서 빠질지 검토하고 있다.",
    absent: ['PARTICIPATES_IN 가람에듀 -> AI 물류 실증 사업'],
  },
  // a clause opening on a time word after a comma names no foreign person before a company and a title
  {
    cat: 'person.time-word-not-foreign-name',
    text: "윤다솔 상무는 가온텔레콤에서 모델 개발을 맡다, 이달 초 한빛중공업 AI센터장으로 자리를 옮겼다.",
    expect: ['WORKS_FOR 윤다솔 -> 한빛중공업'],
    noNodes: ['Person:이달 초'],
  },
  // a broadcast's bracketed caption in the order "[인터뷰 : X 대표 NAME]", and "[인터뷰 : NAME / 시 국장]" before the programme's quote
  {
    cat: 'works-for.caption-company-title-name',
    text: "가온브레인이 생산라인 분석 모델을 공개했습니다.\n\n[인터뷰 : 가온브레인 대표 한지민]\n\n\"공장 데이터로 처음부터 만들었습니다.\"",
    expect: ['WORKS_FOR 한지민 -> 가온브레인'],
  },
  {
    cat: 'promotes.bracketed-bite',
    text: "부산시가 '부산 제조 AI 실증사업'을 3년 차로 늘립니다.\n\n[인터뷰 : 배하윤 / 부산시 미래산업국장]\n\n\"지역 공장에서 쓰이도록 끝까지 지원하겠습니다.\"",
    expect: ['PROMOTES 배하윤 -> 부산 제조 AI 실증사업'],
  },
  // a committee roster's city office and agency head are no employers, a company is
  {
    cat: 'works-for.roster-row (public bodies)',
    text: "대구시가 AI 자문단을 꾸렸다.\n\n구분 | 성명 | 소속 및 직위\n\n위원 | 서도윤 | 가온데이터 대표\n\n위원 | 남궁훈 | 대구정보산업진흥원장\n\n위원 | 하지원 | 대구시 AI정책과장",
    expect: ['WORKS_FOR 서도윤 -> 가온데이터'],
    noNodes: ['Company:대구시', 'Company:대구정보산업진흥원장'],
  },
  // a school paper's word for a student is no company between a name and a post
  {
    cat: 'company.school-paper-words',
    text: "가온러닝은 컴퓨터학과 한다온(컴퓨터·21) 학우가 대표를 맡고, 같은 학과 서민재 학우가 최고기술책임자(CTO)로 합류해 세운 회사다.",
    noNodes: ['Company:학우가'],
    absent: ['WORKS_FOR 한다온 -> 학우가'],
  },
  // "among" as a word of its own, and the government with one kind of support, name no programme
  {
    cat: 'policy.government-kind',
    text: "창업지원단에 따르면 올해 학생 창업팀 가운데 정부 창업 지원사업에 선정된 팀은 가온러닝을 포함해 모두 5곳이다.",
    noNodes: ['Policy:정부 창업 지원사업', 'Policy:학생 창업팀 가운데 정부 창업 지원사업'],
  },
  {
    cat: 'policy.government-kind',
    text: "올해 학생 창업팀 가운데 AI 창업 도약 지원사업에 선정된 곳은 가온러닝이다.",
    nodes: ['Policy:AI 창업 도약 지원사업'],
  },
  // a ministry's 사무관 speaking of the one programme the article names promotes it
  {
    cat: 'promotes.civil-servant-rank',
    text: "가온러닝이 중기부의 '딥테크 도약 지원사업'에 선정됐다.\n\n중기부 기술창업과 한보람 사무관은 \"대학 연구실의 기술이 회사로 이어지도록 돕겠다\"고 밝혔다.",
    expect: ['PROMOTES 한보람 -> 딥테크 도약 지원사업'],
  },
  // a consortium's make-up told sentences after its programme: the lead and each member take part
  {
    cat: 'participates.consortium-makeup',
    text: "부산시는 「해양 AI 실증 지원사업」 선정 결과를 발표했다. 모두 4개 컨소시엄이 신청해 2곳이 뽑혔다.\n\n바다결AI 컨소시엄에는 카카오가 참여한다. 바다결AI는 카카오와 함께 항만 물류 모델을 만든다.\n\n이 모델은 선박 일정 예측에 쓰인다. 부두 작업 계획에도 쓰일 예정이다.\n\n물소리랩 컨소시엄은 KT와 지역 데이터 기업 파도데이터로 구성됐다.",
    expect: [
      'PARTICIPATES_IN 바다결AI -> 해양 AI 실증 지원사업', 'PARTICIPATES_IN 카카오 -> 해양 AI 실증 지원사업',
      'PARTICIPATES_IN 물소리랩 -> 해양 AI 실증 지원사업', 'PARTICIPATES_IN KT -> 해양 AI 실증 지원사업', 'PARTICIPATES_IN 파도데이터 -> 해양 AI 실증 지원사업',
    ],
  },
  // … a consortium a company leads joining the programme named before
  {
    cat: 'participates.consortium-makeup',
    text: "광주시의 「AI 제조 혁신 사업」 2년 차가 시작됐다.\n\n가전 분야에선 광주 스타트업 빛고을로보가 이끄는 컨소시엄이 새로 합류한다.",
    expect: ['PARTICIPATES_IN 빛고을로보 -> AI 제조 혁신 사업'],
  },
  // … not a make-up the sentence denies, nor a consortium formed for something else with no programme before
  {
    cat: 'participates.consortium-makeup',
    text: "부산시는 「해양 AI 실증 지원사업」 선정 결과를 발표했다.\n\n바다결AI 컨소시엄에는 카카오가 참여하지 않는다.",
    absent: ['PARTICIPATES_IN 카카오 -> 해양 AI 실증 지원사업', 'PARTICIPATES_IN 바다결AI -> 해양 AI 실증 지원사업'],
  },
  {
    cat: 'participates.consortium-makeup',
    text: "물소리랩 컨소시엄은 KT와 파도데이터로 구성됐다. 세 회사는 항만 모델을 함께 만든다.",
    absent: ['PARTICIPATES_IN KT -> 해양 AI 실증 지원사업'],
    noNodes: ['Policy:해양 AI 실증 지원사업'],
  },
  // a campus paper's "NAME(학과·학번) 동문은 …": the note marks a person, and the move or hire is theirs
  {
    cat: 'works-for.class-year-note',
    text: "학내 창업 동아리 출신들의 진로가 다양해졌다. 데이터 분석 동아리를 이끌던 서지안(산업공학·18) 동문은 지난달 카카오에 입사했다.\n\n게임 회사에서 일하던 문태오(경영 16학번) 학우는 올해 초 네이버클라우드로 자리를 옮겼다.",
    expect: ['WORKS_FOR 서지안 -> 카카오', 'WORKS_FOR 문태오 -> 네이버클라우드'],
    nodes: ['Person:서지안', 'Person:문태오'],
  },
  // … not a move the sentence denies, nor a note that is no class year
  {
    cat: 'works-for.class-year-note',
    text: "서지안(산업공학·18) 동문은 카카오에 입사하지 않았다.",
    absent: ['WORKS_FOR 서지안 -> 카카오'],
  },
  {
    cat: 'works-for.class-year-note',
    text: "가온소프트는 누리모델(경량·32) 버전을 공개했다.",
    noNodes: ['Person:누리모델'],
  },
  // a member the sentence calls one ("기존 구성원인 B는 그대로 남습니다") stays in the team in scope, and does not end it
  {
    cat: 'participates.named-member-stays',
    text: "교육청은 「AI 교실 도우미 사업」 2단계 진출팀을 발표했습니다. 셋째 팀인 가온에듀 컨소시엄에는 KT가 새로 합류했습니다. 기존 참여사인 데이터 기업 물결데이터는 그대로 남습니다.",
    expect: ['PARTICIPATES_IN 물결데이터 -> AI 교실 도우미 사업', 'PARTNERS_WITH 가온에듀 -> 물결데이터'],
  },
  // … not a company the sentence says leaves, nor one it does not call a member
  {
    cat: 'participates.named-member-stays',
    text: "교육청은 「AI 교실 도우미 사업」 2단계 진출팀을 발표했습니다. 셋째 팀인 가온에듀 컨소시엄에는 KT가 새로 합류했습니다. 기존 참여사인 물결데이터는 그대로 남지 않습니다.",
    absent: ['PARTNERS_WITH 가온에듀 -> 물결데이터'],
  },
  {
    cat: 'participates.named-member-stays',
    text: "교육청은 「AI 교실 도우미 사업」 2단계 진출팀을 발표했습니다. 셋째 팀인 가온에듀 컨소시엄에는 KT가 새로 합류했습니다. 경쟁사인 물결데이터는 그대로 남습니다.",
    absent: ['PARTNERS_WITH 가온에듀 -> 물결데이터'],
  },
  // a broadcast bite's caption with the title first and the ministry after the slash: the official promotes the article's programme
  {
    cat: 'promotes.bite-title-first',
    text: "중기부는 「AI 상점 도우미 사업」 2기 기업을 확정했습니다.\n\n▶ 인터뷰 : 한지수 소상공인정책관 / 중소벤처기업부\n\"상인들이 바로 쓸 수 있는 도구가 되도록 챙기겠습니다.\"",
    expect: ['PROMOTES 한지수 -> AI 상점 도우미 사업'],
  },
  // … not a company's manager captioned the same way
  {
    cat: 'promotes.bite-title-first',
    text: "중기부는 「AI 상점 도우미 사업」 2기 기업을 확정했습니다.\n\n▶ 인터뷰 : 한지수 전략본부장 / 가온소프트 사업부\n\"상인들이 바로 쓸 수 있는 도구가 되도록 만들겠습니다.\"",
    absent: ['PROMOTES 한지수 -> AI 상점 도우미 사업'],
  },
  // a model made by pruning or compressing another "down to" a size is built on it
  {
    cat: 'based-on.lightened (reduced to a size)',
    text: "가온소프트의 '가온-mini 2B'는 메타의 라마 3.1 8B(Llama 3.1 8B)를 가지치기 방식으로 20억 파라미터까지 줄인 모델이다.",
    expect: ['BASED_ON 가온-mini 2B -> 라마 3.1 8B'],
  },
  // … not a model whose own size the sentence says was cut, with no other model pruned
  {
    cat: 'based-on.lightened (reduced to a size)',
    text: "가온소프트의 '가온-mini 2B'는 메타의 라마 3.1 8B(Llama 3.1 8B)와 달리 처음부터 학습했고, 양자화 방식으로 메모리 사용량을 줄였다.",
    absent: ['BASED_ON 가온-mini 2B -> 라마 3.1 8B'],
  },
];

describe('generalise: set 153 layouts and phrasings', () => {
  it.each(rows.map((r) => [r.cat, r] as const))('%s', (_cat, row) => checkFactRow(row));
});
