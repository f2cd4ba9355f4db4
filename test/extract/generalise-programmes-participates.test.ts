/**
 * Generalisation rows of generalise-programmes: the 'participates' rows.
 * The others are in the other generalise-programmes-*.test.ts files. Each row is a short article written
 * for these tests, the facts it must give and the facts it must not give; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const HAEYANG = '해양 AI 특화모델 지원사업';
/** A spoken briefing: the programme named with its selection, another set beside it ("이 사업으로"), then its teams field by field. */
const BRIEFING = `어제 과기정통부가 '${HAEYANG}' 선정 결과를 공개했죠. 어떤 사업인가요?\n\n네. 항만과 조선에 맞춘 모델을 만드는 팀을 정부가 골라 2년 동안 돕는 사업입니다. 예산은 800억 원 규모입니다. 큰 모델은 독자 AI 파운데이션 모델 프로젝트로 키우고, 현장 모델은 이 사업으로 키우겠다는 겁니다.\n\n어떤 팀이 뽑혔나요?\n\n모두 세 팀이 뽑혔습니다. 먼저 항만 분야에서는 한빛텔레콤이 주관하고 물류 AI 스타트업 누리소리AI가 참여하는 컨소시엄이 선정됐습니다. 조선 분야는 가온중공업과 설계 AI 스타트업 다온웍스가 손을 잡은 팀이 뽑혔고요. 어업 분야는 바다소프트와 수산 데이터 기업 물결랩이 함께 꾸린 컨소시엄입니다. 이 가운데 별빛AI가 주관한 조선 컨소시엄은 마지막 평가까지 올라갔다가 고배를 마셨습니다.`;

const rows: FactRow[] = [
  // teams listed field by field after a programme's selection is named, another programme set beside it in between; a field word is no company
  {
    cat: 'participates.consortium-scope (teams formed by a pair)', text: BRIEFING,
    expect: [
      `PARTICIPATES_IN 한빛텔레콤 -> ${HAEYANG}`, `PARTICIPATES_IN 누리소리AI -> ${HAEYANG}`, `PARTICIPATES_IN 가온중공업 -> ${HAEYANG}`, `PARTICIPATES_IN 다온웍스 -> ${HAEYANG}`,
      `PARTICIPATES_IN 바다소프트 -> ${HAEYANG}`, `PARTICIPATES_IN 물결랩 -> ${HAEYANG}`, `PARTICIPATES_IN 별빛AI -> ${HAEYANG}`,
      'PARTNERS_WITH 누리소리AI -> 한빛텔레콤', 'PARTNERS_WITH 가온중공업 -> 다온웍스', 'PARTNERS_WITH 물결랩 -> 바다소프트',
    ],
    absent: [
      'PARTNERS_WITH 가온중공업 -> 한빛텔레콤', 'PARTNERS_WITH 바다소프트 -> 한빛텔레콤', 'PARTNERS_WITH 다온웍스 -> 한빛텔레콤',
      'PARTICIPATES_IN 한빛텔레콤 -> 독자 AI 파운데이션 모델 프로젝트', 'PARTICIPATES_IN 가온중공업 -> 독자 AI 파운데이션 모델 프로젝트',
    ],
    noNodes: ['Company:조선'],
  },
  // a lead named by its own word ('주관기관을 맡고') opens a team of its own, with no team word in the sentence
  {
    cat: 'participates.consortium-scope (a lead without a team word)',
    text: `과기정통부는 '${HAEYANG}' 수행 컨소시엄 두 곳을 선정했다. 항만 분야는 한빛텔레콤이 주관하고 누리소리AI가 참여한다. 한빛텔레콤 컨소시엄은 기존 모델을 고도화한다. 조선 분야에서는 가온중공업이 주관기관을 맡고 다온웍스가 함께한다.`,
    expect: ['PARTNERS_WITH 다온웍스 -> 가온중공업', `PARTICIPATES_IN 다온웍스 -> ${HAEYANG}`],
    absent: ['PARTNERS_WITH 다온웍스 -> 한빛텔레콤', 'PARTNERS_WITH 가온중공업 -> 한빛텔레콤'],
  },
  // a round's survivors in the sentence after the round is named
  { cat: 'clause.participates.context-programme', text: "과기정통부는 '해양 AI 실증 사업' 2차 평가 결과를 발표했다. 누리소리AI와 한빛텔레콤이 살아남았다.", expect: ['PARTICIPATES_IN 누리소리AI -> 해양 AI 실증 사업', 'PARTICIPATES_IN 한빛텔레콤 -> 해양 AI 실증 사업'] },
  // taking part told by what the company gets or does through the programme, its role, a stage reached, a registration
  { cat: 'participates.support-through', text: "누리소리AI는 '해양 AI 실증 사업'을 통해 올해 GPU 64장을 지원받았다.", expect: ['PARTICIPATES_IN 누리소리AI -> 해양 AI 실증 사업'] },
  { cat: 'participates.support-through', text: "누리소리AI는 '해양 AI 실증 사업'을 통해 지원을 받을지 검토하고 있다.", absent: ['PARTICIPATES_IN 누리소리AI -> 해양 AI 실증 사업'] },
  { cat: 'participates.part-of', text: "누리소리AI는 '해양 AI 실증 사업'의 일환으로 항만 물류 모델을 만들었다.", expect: ['PARTICIPATES_IN 누리소리AI -> 해양 AI 실증 사업'] },
  { cat: 'participates.role-company-copula', text: "누리소리AI는 '해양 AI 실증 사업' 수행 기업이다.", expect: ['PARTICIPATES_IN 누리소리AI -> 해양 AI 실증 사업'] },
  { cat: 'participates.role-company-copula', text: "누리소리AI는 '해양 AI 실증 사업' 수행 기업이 아니다.", absent: ['PARTICIPATES_IN 누리소리AI -> 해양 AI 실증 사업'] },
  { cat: 'participates.stage-reached', text: "누리소리AI가 '해양 AI 실증 사업' 본선에 진출했다.", expect: ['PARTICIPATES_IN 누리소리AI -> 해양 AI 실증 사업'] },
  { cat: 'participates.stage-reached', text: "누리소리AI 컨소시엄은 '해양 AI 실증 사업' 3차 평가로 진입했다.", expect: ['PARTICIPATES_IN 누리소리AI -> 해양 AI 실증 사업'] },
  { cat: 'participates.registered-as', text: "누리소리AI는 'AI 바우처 지원사업' 공급기업으로 정식 등록됐다.", expect: ['PARTICIPATES_IN 누리소리AI -> AI 바우처 지원사업'] },
  { cat: 'participates.not-advanced', text: "누리소리AI는 '해양 AI 실증 사업' 1차 관문을 넘지 못했다.", expect: ['PARTICIPATES_IN 누리소리AI -> 해양 AI 실증 사업'] },
  // a clause after the teams' list: the company that joined late and was eliminated took part too
  { cat: 'participates.selection-outcome-after-list', text: '과기정통부가 어제 독자 AI 파운데이션 모델 프로젝트의 평가 결과를 발표했다. KT와 카카오 등 2개 정예팀이 다음 단계에 올랐고, 추가 공모로 합류했던 스타트업 누리벨로AI는 이번 평가에서 고배를 마셨다.', expect: ['PARTICIPATES_IN 누리벨로AI -> 독자 AI 파운데이션 모델 프로젝트', 'PARTICIPATES_IN KT -> 독자 AI 파운데이션 모델 프로젝트'] },
  // "…에 진출해 있는 정예팀은 A, B, C다": the team word stands for the programme the sentence before named, the list is its teams
  { cat: 'participates.team-word-copula-list', text: '독자 AI 파운데이션 모델 프로젝트는 정부가 대표 모델을 키우려 시작한 사업이다. 현재 3차 단계에 올라 있는 정예팀은 KT, 네이버클라우드, 카카오다.', expect: ['PARTICIPATES_IN KT -> 독자 AI 파운데이션 모델 프로젝트', 'PARTICIPATES_IN 네이버클라우드 -> 독자 AI 파운데이션 모델 프로젝트', 'PARTICIPATES_IN 카카오 -> 독자 AI 파운데이션 모델 프로젝트'] },
  // … not a list of the programme's teams told as a negation
  { cat: 'participates.team-word-copula-list', text: '독자 AI 파운데이션 모델 프로젝트는 정부가 대표 모델을 키우려 시작한 사업이다. 정예팀은 KT가 아니다.', absent: ['PARTICIPATES_IN KT -> 독자 AI 파운데이션 모델 프로젝트'] },
  // a tenant of a cluster programme takes part in it
  { cat: 'participates.tenant-of', text: "AI 스타트업 누리봇은 '인공지능 데이터 밸리 조성사업'(데이터 밸리 사업) 입주기업으로, 사업단의 GPU를 지원받았다.", expect: ['PARTICIPATES_IN 누리봇 -> 인공지능 데이터 밸리 조성사업'] },
  { cat: 'participates.tenant-of', text: "AI 스타트업 누리봇은 '인공지능 데이터 밸리 조성사업' 입주기업이 되는 방안을 검토하고 있다.", absent: ['PARTICIPATES_IN 누리봇 -> 인공지능 데이터 밸리 조성사업'] },
  // "기존 정예팀인 A, B와 C까지": the programme's teams in apposition; Hangul names with a Latin gloss inside ("엘지(LG)AI연구원")
  { cat: 'participates.teams-apposition', text: "정부는 '독자 AI 파운데이션 모델 프로젝트' 추가 공모 결과를 발표했다. 이로써 프로젝트는 기존 정예팀인 엘지(LG)AI연구원, 가온소프트와 업스테이지까지 3개 팀으로 늘었다.", expect: ['PARTICIPATES_IN LG AI연구원 -> 독자 AI 파운데이션 모델 프로젝트', 'PARTICIPATES_IN 업스테이지 -> 독자 AI 파운데이션 모델 프로젝트', 'PARTICIPATES_IN 가온소프트 -> 독자 AI 파운데이션 모델 프로젝트'] },
  // a subjectless clause selected for a programme: the company the sentences were about
  { cat: 'participates.omitted-subject-selected', text: "AI 스타트업 누리봇은 지난달 새 모델을 공개했다. 이어 벤처캐피털에서 30억 원을 투자받았고, 중소벤처기업부의 'AI 초격차 스타트업 육성사업'에도 선정됐다.", expect: ['PARTICIPATES_IN 누리봇 -> AI 초격차 스타트업 육성사업'] },
  { cat: 'participates.omitted-subject-selected', text: "AI 스타트업 누리봇은 지난달 새 모델을 공개했다. 이어 투자를 받았고, 중소벤처기업부의 'AI 초격차 스타트업 육성사업'에도 선정될지 관심이 쏠린다.", absent: ['PARTICIPATES_IN 누리봇 -> AI 초격차 스타트업 육성사업'] },
  // "참여한 적이 없는 A": never having taken part is no participation
  { cat: 'participates.never-took-part', text: "'해양 AI 실증 사업'에 참여한 적이 없는 AI 스타트업 누리봇은 올해 처음 지원을 검토한다.", absent: ['PARTICIPATES_IN 누리봇 -> 해양 AI 실증 사업'] },
  { cat: 'participates.never-took-part', text: "'해양 AI 실증 사업'에 참여한 AI 스타트업 누리봇은 올해 성과를 냈다.", expect: ['PARTICIPATES_IN 누리봇 -> 해양 AI 실증 사업'] },
  // a selection told without the programme's name, in an article about one programme: that programme
  { cat: 'participates.programme-in-context', text: "정부가 '해양 AI 실증 사업' 1단계 결과를 발표했다. 가온소프트, 다래테크 등 두 개 팀이 선정됐다.", expect: ['PARTICIPATES_IN 가온소프트 -> 해양 AI 실증 사업', 'PARTICIPATES_IN 다래테크 -> 해양 AI 실증 사업'] },
  { cat: 'participates.programme-in-context', text: "정부가 '해양 AI 실증 사업' 1단계 결과를 발표했다. Q. 누가 뽑혔나. A. 지난해 가온소프트, 다래테크, 누리랩스 등 3개 기업이 선정됐다.", expect: ['PARTICIPATES_IN 가온소프트 -> 해양 AI 실증 사업', 'PARTICIPATES_IN 다래테크 -> 해양 AI 실증 사업', 'PARTICIPATES_IN 누리랩스 -> 해양 AI 실증 사업'] },
  { cat: 'participates.programme-in-context', text: "정부가 '해양 AI 실증 사업' 1단계 결과를 발표했다. 이번에는 가온소프트와 다래테크 컨소시엄이 모두 통과했다.", expect: ['PARTICIPATES_IN 가온소프트 -> 해양 AI 실증 사업', 'PARTICIPATES_IN 다래테크 -> 해양 AI 실증 사업'] },
  { cat: 'participates.programme-in-context', text: "정부가 '해양 AI 실증 사업' 1단계 결과를 발표했다. 가온소프트와 다래테크 2개사가 새로 뽑혔다.", expect: ['PARTICIPATES_IN 가온소프트 -> 해양 AI 실증 사업', 'PARTICIPATES_IN 다래테크 -> 해양 AI 실증 사업'] },
  { cat: 'participates.programme-in-context', text: "정부가 '해양 AI 실증 사업' 1단계 결과를 발표했다. 빈자리를 채우는 추가 공모에는 다래테크도 지원했지만 선정되지 않았다.", expect: ['PARTICIPATES_IN 다래테크 -> 해양 AI 실증 사업'] },
  { cat: 'participates.programme-in-context', text: "정부가 '해양 AI 실증 사업' 1단계 결과를 발표했다. 가온소프트는 다래테크에 GPU를 지원했다.", absent: ['PARTICIPATES_IN 가온소프트 -> 해양 AI 실증 사업', 'PARTICIPATES_IN 다래테크 -> 해양 AI 실증 사업'] },
  { cat: 'participates.programme-in-context', text: "정부가 '해양 AI 실증 사업' 1단계 결과를 발표했다. 가온소프트는 올해의 AI 기업으로 선정됐다.", absent: ['PARTICIPATES_IN 가온소프트 -> 해양 AI 실증 사업'] },
  { cat: 'participates.programme-in-context', text: "정부가 '해양 AI 실증 사업' 1단계 결과를 발표했다. 가온소프트는 처음부터 지원하지 않았다.", absent: ['PARTICIPATES_IN 가온소프트 -> 해양 AI 실증 사업'] },
  { cat: 'participates.programme-in-context', text: "정부가 '해양 AI 실증 사업' 1단계 결과를 발표했다. 가온소프트는 지원할지 고민했지만 결국 포기했다.", absent: ['PARTICIPATES_IN 가온소프트 -> 해양 AI 실증 사업'] },
  // "A, B가 각각 이끄는 컨소시엄 두 곳을 최종 선정": the leads take part in the programme
  { cat: 'participates.led-consortia-selected', text: "중기부는 '농업 AI 실증 사업' 결과를 공개하고 가람소프트, 누리테크가 각각 이끄는 컨소시엄 두 곳을 최종 선정했다고 밝혔다.", expect: ['PARTICIPATES_IN 가람소프트 -> 농업 AI 실증 사업', 'PARTICIPATES_IN 누리테크 -> 농업 AI 실증 사업'] },
  // consortia described clause by clause in an article about one programme: each clause's companies take part and partner
  // a count before 컨소시엄 ("각각 이끄는 2개 컨소시엄을") and an outcome as a stage's advancing teams ("3단계 진출팀으로 확정")
  { cat: 'participates.led-consortia-selected: a count before the consortia, advancing teams as the outcome', text: "중기부는 '농업 AI 실증 사업' 1단계 심사를 마치고 SK텔레콤, 업스테이지가 각각 이끄는 2개 컨소시엄을 2단계 진출팀으로 확정했다.", expect: ['PARTICIPATES_IN SK텔레콤 -> 농업 AI 실증 사업', 'PARTICIPATES_IN 업스테이지 -> 농업 AI 실증 사업'] },
  { cat: 'participates.led-consortia-selected: consortia counted but only introduced take no part', text: "중기부는 '농업 AI 실증 사업'을 소개하며 SK텔레콤, 업스테이지가 각각 이끄는 2개 컨소시엄의 사례를 들었다.", absent: ['PARTICIPATES_IN SK텔레콤 -> 농업 AI 실증 사업'] },
  // an applicant excluded at selection took part (it applied)
  { cat: 'participates.excluded', text: "과기정통부는 '해양 AI 실증 사업' 수행 기관으로 가온소프트를 최종 선정했다. 평가 결과 다래테크 컨소시엄은 보안 요건 미비로 최종 선정에서 제외됐다.", expect: ['PARTICIPATES_IN 다래테크 -> 해양 AI 실증 사업'] },
  // a stage passed as an object ("…의 N차 평가에서 A와 B, C 컨소시엄이 관문을 통과했다", "문턱을 넘었다"); failing it still is taking part
  { cat: 'participates.gate-passed', text: "해양수산부가 추진 중인 '해양 AI 실증 사업'의 2차 심사에서 가람소프트와 누리테크, 다솔센싱 컨소시엄이 관문을 통과했다.", expect: ['PARTICIPATES_IN 가람소프트 -> 해양 AI 실증 사업', 'PARTICIPATES_IN 누리테크 -> 해양 AI 실증 사업', 'PARTICIPATES_IN 다솔센싱 -> 해양 AI 실증 사업'] },
  { cat: 'participates.gate-passed', text: "'해양 AI 실증 사업' 본선 심사에서 별빛테크가 문턱을 넘었다.", expect: ['PARTICIPATES_IN 별빛테크 -> 해양 AI 실증 사업'] },
  {
    // participants listed with "를 포함한/비롯한 N개 기업이 참여": each named one takes part
    cat: 'participates.including-list',
    text: "과기정통부는 'AI 바우처 확산 사업'을 발표했다. 이 사업에는 네이버를 비롯한 8개사가 참여했다.",
    expect: ['PARTICIPATES_IN 네이버 -> AI 바우처 확산 사업'],
  },
  {
    cat: 'participates.including-list',
    text: '과기정통부의 AI 바우처 확산 사업에 KT와 LG유플러스를 포함해 모두 10곳이 참가한다.',
    expect: ['PARTICIPATES_IN KT -> AI 바우처 확산 사업', 'PARTICIPATES_IN LG유플러스 -> AI 바우처 확산 사업'],
  },
  {
    // a round of the programme just named ("1차 사업에는", "2단계 사업에") refers to it
    cat: 'participates.round-reference',
    text: "정부는 'AI 에이전트 실증 프로젝트'를 공개했다. 1차 사업에는 카카오와 업스테이지가 참여한다.",
    expect: ['PARTICIPATES_IN 카카오 -> AI 에이전트 실증 프로젝트', 'PARTICIPATES_IN 업스테이지 -> AI 에이전트 실증 프로젝트'],
  },
  {
    cat: 'participates.round-reference',
    text: "정부는 'AI 에이전트 실증 프로젝트'를 공개했다. 2단계 사업에는 카카오와 업스테이지를 포함한 9개 기업이 선정됐다.",
    expect: ['PARTICIPATES_IN 카카오 -> AI 에이전트 실증 프로젝트'],
  },
  {
    // … not a list merely mentioned, nor a denial
    cat: 'participates.including-list',
    text: "정부는 'AI 바우처 확산 사업'을 발표했다. 이 사업에는 네이버를 포함한 대기업이 참여하지 않는다.",
    absent: ['PARTICIPATES_IN 네이버 -> AI 바우처 확산 사업'],
  },
  // a bare programme word opening the sentence as where companies take part stands for the programme just named
  { cat: 'participates.bare-programme-opening', text: "내년에는 '스마트 행정 AI 실증 사업'의 2단계 평가가 이어진다. 사업에 참여 중인 가온소프트, 다래테크 등이 어떤 성과를 낼지 관심이 쏠린다.", expect: ['PARTICIPATES_IN 가온소프트 -> 스마트 행정 AI 실증 사업', 'PARTICIPATES_IN 다래테크 -> 스마트 행정 AI 실증 사업'] },
  { cat: 'participates.bare-programme-opening', text: "내년에는 'K-에이전트 챌린지 프로젝트' 본선이 열린다. 프로젝트에 참가한 가온소프트와 다래테크가 결선에 올랐다.", expect: ['PARTICIPATES_IN 가온소프트 -> K-에이전트 챌린지 프로젝트'] },
  { cat: 'participates.bare-programme-opening', text: "내년에는 '스마트 행정 AI 실증 사업'의 2단계 평가가 이어진다. 가온소프트는 다른 사업에 참여 중인 다래테크와 손잡았다.", absent: ['PARTICIPATES_IN 다래테크 -> 스마트 행정 AI 실증 사업'] },
  {
    // a company a participation verb modifies ("새로 합류한 X 컨소시엄은", "추가 공모로 뽑힌 X는") takes part in the programme the story is about
    cat: 'participates.adnominal-joined',
    text: "정부는 ‘지역 AI 거점 사업’ 2차 결과를 발표했다. 추가 공모를 통해 새로 합류한 누리봇 컨소시엄은 내년 상반기 평가를 받는다.",
    expect: ['PARTICIPATES_IN 누리봇 -> 지역 AI 거점 사업'],
  },
  {
    cat: 'participates.adnominal-joined',
    text: "정부는 ‘지역 AI 거점 사업’ 결과를 발표했다. 재공모로 뽑힌 다온랩스는 다음 달 협약을 맺는다.",
    expect: ['PARTICIPATES_IN 다온랩스 -> 지역 AI 거점 사업'],
  },
  {
    // "참여한 적 없는 X", "선정된 적이 없는 X": a participation the clause denies
    cat: 'participates.adnominal-never',
    text: "‘지역 AI 거점 사업’에 참여한 적 없는 가온소프트는 불참했다. ‘AI 데이터 바우처 사업’에 한 번도 선정된 적이 없는 누리봇은 올해 다시 지원한다.",
    absent: ['PARTICIPATES_IN 가온소프트 -> 지역 AI 거점 사업', 'PARTICIPATES_IN 누리봇 -> AI 데이터 바우처 사업'],
  },
  {
    // "과학기술정보통신부가 주도하는 'X 협의체'에도 참여": what a ministry leads is a public programme, whatever its last word
    cat: 'participates.government-led-body',
    text: "한빛중공업은 과학기술정보통신부가 주도하는 '해양로봇 협의체'에도 참여하고 있다.",
    nodes: ['Policy:해양로봇 협의체'],
    expect: ['PARTICIPATES_IN 한빛중공업 -> 해양로봇 협의체'],
  },
  {
    // "'X' 2차 지정 결과를 발표하고 A, B, C 등 N개 회사를 새로 지정했다": a quoted programme's designation round;
    // the official who announced it ("…기획단장") promotes it
    cat: 'participates.designated-round',
    text: "보건복지부는 지난주 '의료 AI 규제 특례 지원' 3차 지정 결과를 발표하고 가온소프트, 네이버클라우드, 업스테이지 등 9개 기업을 새로 지정했다. 지정된 기업은 실증 특례를 받는다. 지정 결과를 발표한 한도윤 보건복지부 의료혁신기획단장은 \"안전 기준을 마련하겠다\"고 말했다.",
    nodes: ['Policy:의료 AI 규제 특례 지원'],
    expect: ['PARTICIPATES_IN 가온소프트 -> 의료 AI 규제 특례 지원', 'PARTICIPATES_IN 네이버클라우드 -> 의료 AI 규제 특례 지원', 'PARTICIPATES_IN 업스테이지 -> 의료 AI 규제 특례 지원', 'PROMOTES 한도윤 -> 의료 AI 규제 특례 지원'],
  },
  {
    // "'X 프로젝트'에서도 … 정예팀으로 선발돼": the programme is where the carried subject takes part, not an agent
    cat: 'participates.programme-with-eseodo',
    text: "누리랩스는 다온클라우드와 업무협약을 맺고 새 모델을 공공 클라우드에 올리기로 했다. 정부의 '해양 AI 모델 프로젝트'에서도 지난달 정예팀으로 선발돼 GPU를 지원받고 있다.",
    expect: ['PARTICIPATES_IN 누리랩스 -> 해양 AI 모델 프로젝트'],
  },
  {
    cat: 'participates.programme-with-eseodo',
    text: "누리랩스는 새 모델을 공개했다. 정부의 '해양 AI 모델 프로젝트'에서는 이번에 선정되지 못했다. '해양 AI 모델 프로젝트'에서도 올해 참여 기업을 모집한다.",
    absent: ['PARTICIPATES_IN 누리랩스 -> 해양 AI 모델 프로젝트'],
  },
  {
    // companies named after a designation round that left them out take no part
    cat: 'participates.designated-round',
    text: "보건복지부는 '의료 AI 규제 특례 지원' 3차 지정 결과를 발표했지만 가온소프트, 누리봇은 지정하지 않았다.",
    absent: ['PARTICIPATES_IN 가온소프트 -> 의료 AI 규제 특례 지원', 'PARTICIPATES_IN 누리봇 -> 의료 AI 규제 특례 지원'],
  },
  // "현재 참여 중인 정예팀은 A, B, C(다)": the programme's teams named by a copula (or a verbless card line) after the programme was named
  { cat: 'participates.teams-roster-copula', text: "정부 '국가 AI 인재 양성 프로젝트' 2차 평가는 내년 1월. 현재 참여 중인 정예팀은 가람소프트, 다래테크, KT.", expect: ['PARTICIPATES_IN 가람소프트 -> 국가 AI 인재 양성 프로젝트', 'PARTICIPATES_IN 다래테크 -> 국가 AI 인재 양성 프로젝트', 'PARTICIPATES_IN KT -> 국가 AI 인재 양성 프로젝트'] },
  { cat: 'participates.teams-roster-copula', text: "'국가 AI 인재 양성 프로젝트' 2차 평가가 끝났다. 정예팀은 가람소프트, KT 등 2곳이다.", expect: ['PARTICIPATES_IN 가람소프트 -> 국가 AI 인재 양성 프로젝트', 'PARTICIPATES_IN KT -> 국가 AI 인재 양성 프로젝트'] },
  { cat: 'participates.teams-roster-copula', text: "'국가 AI 인재 양성 프로젝트' 2차 평가가 끝났다. 정예팀은 가람소프트, KT가 아니다.", absent: ['PARTICIPATES_IN KT -> 국가 AI 인재 양성 프로젝트'] },

  // a regional programme's selection told without its name: "지원 대상으로 X를 비롯한 N개 기업을 선정했다" is the programme just named
  {
    cat: 'participates.selected-count',
    text: "전남도가 추진하는 '전남 스마트농업 AI 확산사업'에 올해 처음 민간 모델이 쓰인다. 도는 3일 올해 1차 지원 대상으로 목포의 AI 스타트업 바다솔루션을 비롯한 6개 기업을 선정했다고 밝혔다.",
    expect: ['PARTICIPATES_IN 바다솔루션 -> 전남 스마트농업 AI 확산사업'],
  },
  {
    cat: 'participates.selected-count',
    text: "전남도가 추진하는 '전남 스마트농업 AI 확산사업'에 올해 처음 민간 모델이 쓰인다. 도는 올해 수혜 기업으로 바다랩스와 들녘데이터 등 6곳을 최종 선정했다.",
    expect: ['PARTICIPATES_IN 바다랩스 -> 전남 스마트농업 AI 확산사업', 'PARTICIPATES_IN 들녘데이터 -> 전남 스마트농업 AI 확산사업'],
  },
  // … not a selection the sentence says has not been made
  {
    cat: 'participates.selected-count',
    text: "전남도가 추진하는 '전남 스마트농업 AI 확산사업'에 올해 처음 민간 모델이 쓰인다. 도는 지원 대상으로 바다솔루션을 비롯한 6개 기업을 선정하지 않았다.",
    absent: ['PARTICIPATES_IN 바다솔루션 -> 전남 스마트농업 AI 확산사업'],
  },
  // the selected companies listed each with a description ("목포의 수산가공업체 B, 순천의 농업 데이터 기업 C")
  {
    cat: 'participates.described-list',
    text: "전남도가 '전남 스마트농업 AI 확산사업' 대상을 발표했다. 선정 기업에는 삼성전자와 목포의 수산가공업체 바다식품, 순천의 농업 데이터 기업 들녘데이터 등이 이름을 올렸다.",
    expect: ['PARTICIPATES_IN 삼성전자 -> 전남 스마트농업 AI 확산사업', 'PARTICIPATES_IN 바다식품 -> 전남 스마트농업 AI 확산사업', 'PARTICIPATES_IN 들녘데이터 -> 전남 스마트농업 AI 확산사업'],
  },
  {
    cat: 'participates.selected-count: the counted noun may join two kinds ("12개 기업·기관을 선정")',
    text: "중소벤처기업부는 3일 ‘AI 데이터 바우처 사업’ 3차 지원 대상으로 미르AI, 누리온시스템 등 12개 기업·기관을 선정했다고 밝혔다.",
    expect: ['PARTICIPATES_IN 미르AI -> AI 데이터 바우처 사업', 'PARTICIPATES_IN 누리온시스템 -> AI 데이터 바우처 사업'],
  },
  {
    cat: 'participates.supported-by: a programme\'s support received ("X 사업의 지원을 받아 Y가 개발")',
    text: "이 모델은 중소벤처기업부의 ‘AI 데이터 바우처 사업’의 지원을 받아 미르AI가 개발했다.",
    expect: ['PARTICIPATES_IN 미르AI -> AI 데이터 바우처 사업'],
  },
  {
    cat: 'participates.supported-by-subject: the company as topic, then the programme\'s support; a refusal is none',
    text: "미르AI는 ‘AI 데이터 바우처 사업’의 지원을 받아 모델을 고도화했다. 누리온시스템은 ‘AI 데이터 바우처 사업’의 지원을 받지 못했다.",
    expect: ['PARTICIPATES_IN 미르AI -> AI 데이터 바우처 사업'],
    absent: ['PARTICIPATES_IN 누리온시스템 -> AI 데이터 바우처 사업'],
  },
  {
    cat: 'participates.selected-role-note: a slide\'s note "X 프로젝트 선정 (주관기관: Y)"',
    text: "미르AI는 자체 모델 '미르-2'를 공개했다.\n\n• 중기부 「AI 데이터 바우처 사업」 2027년 선정 (주관기관: 미르AI)",
    expect: ['PARTICIPATES_IN 미르AI -> AI 데이터 바우처 사업'],
  },
  {
    cat: 'participates.subject: "X 사업 대상 기업으로 뽑혀" (the connective form of 뽑히다)',
    text: "미르AI는 올해 부산시의 ‘부산형 AI 실증 지원사업’ 대상 기업으로 뽑혀 3억원을 지원받는다.",
    expect: ['PARTICIPATES_IN 미르AI -> 부산형 AI 실증 지원사업'],
  },
  // "정예팀은 A, B 2곳과 … C를 더해 모두 3곳이다": the company added to the roster takes part too (and "스타트업 C를 더해" names a company)
  { cat: 'participates.roster-added', text: "'국가 AI 데이터 댐 사업'이 두 번째 해를 맞았다. 지금 사업에 남은 정예팀은 KT, 카카오 2곳과 올봄 재공모로 들어온 스타트업 미르내비를 더해 모두 3곳이다.", nodes: ['Company:미르내비'], expect: ['PARTICIPATES_IN 미르내비 -> 국가 AI 데이터 댐 사업', 'PARTICIPATES_IN KT -> 국가 AI 데이터 댐 사업'] },
  { cat: 'participates.roster-added', text: "'국가 AI 데이터 댐 사업'이 두 번째 해를 맞았다. 참여 기업은 KT와 카카오에 중견기업 한울정보를 합쳐 총 3곳이다.", expect: ['PARTICIPATES_IN 한울정보 -> 국가 AI 데이터 댐 사업'] },
  // … not when the roster is only hoped for
  { cat: 'participates.roster-added', text: "'국가 AI 데이터 댐 사업'이 두 번째 해를 맞았다. 정예팀은 KT, 카카오 2곳에 스타트업 미르내비를 더해 모두 3곳이 될 수도 있다.", absent: ['PARTICIPATES_IN 미르내비 -> 국가 AI 데이터 댐 사업'] },
  // "A와 X의 … 스타트업 B 등도 이름을 올렸다": members each described by a kind noun are one list that 등 closes
  {
    cat: 'participates.described-list-members',
    text: "시가 '부산 해양 AI 실증 허브' 사업 2기 참여 기업 10곳을 확정했다.\n\n2기에는 창원의 조선 AI 기업 선박지능과 거제의 물류 AI 스타트업 항만봇(HangmanBot) 등도 이름을 올렸다.",
    expect: ['PARTICIPATES_IN 선박지능 -> 부산 해양 AI 실증 허브', 'PARTICIPATES_IN 항만봇 -> 부산 해양 AI 실증 허브'],
  },
  {
    cat: 'participates.described-list-members',
    text: "시가 '부산 해양 AI 실증 허브' 사업 2기 참여 기업 10곳을 확정했다.\n\n선박지능은 창원의 조선 AI 기업 항만봇과 함께 이름을 올렸다.",
    absent: ['PARTICIPATES_IN 선박지능 -> 항만봇'],
  },
  // "1기 참여 기업인 X는": a programme's status noun with the copula says X takes part in the programme in context
  {
    cat: 'participates.status-apposition',
    text: "시가 '부산 해양 AI 실증 허브' 사업 2기 참여 기업 10곳을 확정했다.\n\n1기 참여 기업인 파도소프트(PadoSoft)는 먼저 성과를 냈다.",
    expect: ['PARTICIPATES_IN 파도소프트 -> 부산 해양 AI 실증 허브'],
  },
  {
    cat: 'participates.status-apposition',
    text: "시가 '부산 해양 AI 실증 허브' 사업 계획을 밝혔다.\n\n파도소프트는 참여 여부를 아직 정하지 않았다.",
    absent: ['PARTICIPATES_IN 파도소프트 -> 부산 해양 AI 실증 허브'],
  },
  // "같은 사업에 선정된 포항의 해양 AI 기업 X도": the selected company described by its place and kind
  {
    cat: 'participates.adnominal-described',
    text: "시는 올해 '부산형 AI 자율제조 실증사업'을 시작했다.\n\n같은 사업에 선정된 포항의 해양 AI 기업 바다봇(BadaBot)도 모델을 개발하고 있다.",
    expect: ['PARTICIPATES_IN 바다봇 -> 부산형 AI 자율제조 실증사업'],
  },
  // the teams a ministry confirms for a programme's next stage, the programme named the sentence before ("A와 B, C 컨소시엄을 3차 단계 진출팀으로 확정했다")
  {
    cat: 'participates.advancing-teams',
    text: "정부의 '해양 AI 실증 사업'이 막바지에 들어섰다. 해양수산부는 지난주 중간평가 결과를 공개하고 KT와 네이버클라우드, 업스테이지 컨소시엄을 2차 단계 진출팀으로 확정했다.",
    expect: ['PARTICIPATES_IN KT -> 해양 AI 실증 사업', 'PARTICIPATES_IN 네이버클라우드 -> 해양 AI 실증 사업', 'PARTICIPATES_IN 업스테이지 -> 해양 AI 실증 사업'],
  },
  { cat: 'participates.advancing-teams', text: "'해양 AI 실증 사업' 2단계 평가가 끝났다. 해양수산부는 KT를 수행기관으로 최종 선정했다.", expect: ['PARTICIPATES_IN KT -> 해양 AI 실증 사업'] },
  { cat: 'participates.advancing-teams', text: "'해양 AI 실증 사업' 2단계 평가가 끝났다. 해양수산부는 KT를 진출팀으로 확정하지 않았다.", absent: ['PARTICIPATES_IN KT -> 해양 AI 실증 사업'] },
  // a newsletter item: a list with its kind noun ('… 같은 스타트업이', '… 등 대기업과 함께') listed for the programme named before;
  // the company its headline says stays out is no omitted subject of the listing sentence
  {
    cat: "clause.participates.context-programme: 'A와 B 등 대기업과 함께 C, D 같은 스타트업이 이름을 올렸다' lists all four; 'X는 불참' in the item's headline stays out",
    text: "'AI 물류 실증사업' 30곳 확정…한빛텔레콤은 불참\n\n정부가 올해 'AI 물류 실증사업'에 참여할 30개 기업을 확정했다. 네이버와 카카오 등 대기업과 함께 솔빛랩스, 누리소리AI 같은 스타트업이 이름을 올렸다. 반면 한빛텔레콤은 이번 공모에 지원하지 않았다.",
    expect: ['PARTICIPATES_IN 네이버 -> AI 물류 실증사업', 'PARTICIPATES_IN 카카오 -> AI 물류 실증사업', 'PARTICIPATES_IN 솔빛랩스 -> AI 물류 실증사업', 'PARTICIPATES_IN 누리소리AI -> AI 물류 실증사업'],
    absent: ['PARTICIPATES_IN 한빛텔레콤 -> AI 물류 실증사업'],
  },
  // a stage reached told with a count of the listed companies and "N차 단계에", the programme before or earlier in the sentence
  { cat: 'participates.stage-reached', text: "한빛소프트, 누리데이타, 가온랩스 세 곳이 '지역 AI 거점 사업' 2차 단계에 올랐다.", expect: ['PARTICIPATES_IN 한빛소프트 -> 지역 AI 거점 사업', 'PARTICIPATES_IN 누리데이타 -> 지역 AI 거점 사업', 'PARTICIPATES_IN 가온랩스 -> 지역 AI 거점 사업'] },
  { cat: 'participates.stage-reached-after-programme', text: "행정안전부는 지난봄 '지역 AI 거점 사업'을 시작했고, 서류 심사를 거쳐 한빛소프트·가온랩스 두 곳이 2차 평가에 진출했다.", expect: ['PARTICIPATES_IN 한빛소프트 -> 지역 AI 거점 사업', 'PARTICIPATES_IN 가온랩스 -> 지역 AI 거점 사업'] },
  { cat: 'participates.stage-reached-after-programme', text: "행정안전부는 지난봄 '지역 AI 거점 사업'을 시작했지만, 한빛소프트는 2차 평가에 진출하지 못했다.", absent: ['PARTICIPATES_IN 한빛소프트 -> 지역 AI 거점 사업'] },
  // a hedge word in what the topic does ("…여부를 점검하는 도구를 만드는 곳으로,") is about its product, not the selection that follows
  {
    cat: 'participates.described-topic',
    text: "미르랩는 LLM의 탈옥 여부를 자동으로 점검하는 도구를 만드는 곳으로, 이번 주 중소벤처기업부 팁스(TIPS) 프로그램에도 선정됐다.",
    expect: ['PARTICIPATES_IN 미르랩 -> 팁스(TIPS)'],
  },
  { cat: 'participates.described-topic', text: "미르랩는 보안 도구를 만드는 곳으로, 팁스(TIPS) 프로그램 참여 여부를 검토 중이다.", absent: ['PARTICIPATES_IN 미르랩 -> 팁스(TIPS)'] },
];

describe('h12 generalisation rows', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 70)}`, () => checkFactRow(row));
});
