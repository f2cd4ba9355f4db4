/**
 * Generalisation rows for layouts and phrasings met in a blind set: programme names that start with a
 * known programme, consortium wording, co-development, derivation cues. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';
import { extractArticle } from '../../src/pipeline/index.js';
import { parseArticle } from '../../src/parse/index.js';

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
  // the company whose model is the base is no maker of the model built on it
  { cat: 'developed.self-built', text: "설계 AI 스타트업 다온웍스가 가온텔레콤의 '가온 3 라이트'를 바탕으로 직접 개발한 설계 특화 모델 'DW-2'는 조선소에서 쓰인다.", expect: ['BASED_ON DW-2 -> 가온 3 라이트'], absent: ['DEVELOPED 가온텔레콤 -> DW-2'] },
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
  // an official's pledge in a clause after the one that names the programme ("이 사업을 …내세웠고, 홍길동 장관은 "…"고 약속했다")
  { cat: 'promotes.official-later-clause', text: '독자 AI 파운데이션 모델 프로젝트의 평가 결과가 나왔다.\n\n김도윤 대통령은 취임 직후부터 이 사업을 핵심 과제로 내세웠고, 최서준 과기정통부 장관은 어제 발표 자리에서 "끝까지 지원하겠다"고 약속했다.', expect: ['PROMOTES 최서준 -> 독자 AI 파운데이션 모델 프로젝트'] },
  // … not when the later clause's official speaks of another programme the sentence names
  { cat: 'promotes.official-later-clause', text: '독자 AI 파운데이션 모델 프로젝트의 평가 결과가 나왔다.\n\n김도윤 대통령은 이 사업을 핵심 과제로 내세웠고, 최서준 장관은 \'AI 바우처 사업\'을 늘리겠다고 약속했다.', absent: ['PROMOTES 최서준 -> 독자 AI 파운데이션 모델 프로젝트'] },
  // a clause after the teams' list: the company that joined late and was eliminated took part too
  { cat: 'participates.selection-outcome-after-list', text: '과기정통부가 어제 독자 AI 파운데이션 모델 프로젝트의 평가 결과를 발표했다. KT와 카카오 등 2개 정예팀이 다음 단계에 올랐고, 추가 공모로 합류했던 스타트업 누리벨로AI는 이번 평가에서 고배를 마셨다.', expect: ['PARTICIPATES_IN 누리벨로AI -> 독자 AI 파운데이션 모델 프로젝트', 'PARTICIPATES_IN KT -> 독자 AI 파운데이션 모델 프로젝트'] },
  // time and novelty words before 사업 name no programme ("카카오가 내년 새 사업에 뛰어들 수 있다")
  { cat: 'policy.qualifier-only-name', text: '네이버는 자체 모델 고도화에 집중하겠다고 밝혔다. 카카오가 내년 새 사업에 뛰어들 수 있다는 관측도 나온다.', noNodes: ['Policy:내년 새 사업', 'Policy:새 사업'] },
  // "…에 진출해 있는 정예팀은 A, B, C다": the team word stands for the programme the sentence before named, the list is its teams
  { cat: 'participates.team-word-copula-list', text: '독자 AI 파운데이션 모델 프로젝트는 정부가 대표 모델을 키우려 시작한 사업이다. 현재 3차 단계에 올라 있는 정예팀은 KT, 네이버클라우드, 카카오다.', expect: ['PARTICIPATES_IN KT -> 독자 AI 파운데이션 모델 프로젝트', 'PARTICIPATES_IN 네이버클라우드 -> 독자 AI 파운데이션 모델 프로젝트', 'PARTICIPATES_IN 카카오 -> 독자 AI 파운데이션 모델 프로젝트'] },
  // … not a list of the programme's teams told as a negation
  { cat: 'participates.team-word-copula-list', text: '독자 AI 파운데이션 모델 프로젝트는 정부가 대표 모델을 키우려 시작한 사업이다. 정예팀은 KT가 아니다.', absent: ['PARTICIPATES_IN KT -> 독자 AI 파운데이션 모델 프로젝트'] },
  // a quoted programme name that starts with a known programme's name is a programme of its own
  { cat: 'policy.longer-quoted', text: '과기정통부는 「소버린 AI 지역 확산 사업」의 2027년 수행 컨소시엄으로 가온소프트, 다래테크를 최종 선정했다고 밝혔다.', nodes: ['Policy:소버린 AI 지역 확산 사업'], noNodes: ['Policy:소버린 AI', 'Company:수행'], expect: ['PARTICIPATES_IN 가온소프트 -> 소버린 AI 지역 확산 사업', 'PARTICIPATES_IN 다래테크 -> 소버린 AI 지역 확산 사업'] },
  { cat: 'policy.longer-quoted', text: "가온소프트와 다래테크는 'K-AI 아시아 공동연구 지원사업' 과제로도 함께 선정됐다.", nodes: ['Policy:K-AI 아시아 공동연구 지원사업'], noNodes: ['Policy:K-AI'], expect: ['PARTICIPATES_IN 가온소프트 -> K-AI 아시아 공동연구 지원사업'] },
  { cat: 'policy.longer-quoted', text: "정부는 '소버린 AI 인재 양성 프로그램' 공모를 시작했다.", nodes: ['Policy:소버린 AI 인재 양성 프로그램'], noNodes: ['Policy:소버린 AI'] },
  // a tenant of a cluster programme takes part in it
  { cat: 'participates.tenant-of', text: "AI 스타트업 누리봇은 '인공지능 데이터 밸리 조성사업'(데이터 밸리 사업) 입주기업으로, 사업단의 GPU를 지원받았다.", expect: ['PARTICIPATES_IN 누리봇 -> 인공지능 데이터 밸리 조성사업'] },
  { cat: 'participates.tenant-of', text: "AI 스타트업 누리봇은 '인공지능 데이터 밸리 조성사업' 입주기업이 되는 방안을 검토하고 있다.", absent: ['PARTICIPATES_IN 누리봇 -> 인공지능 데이터 밸리 조성사업'] },
  // "기존 정예팀인 A, B와 C까지": the programme's teams in apposition; Hangul names with a Latin gloss inside ("엘지(LG)AI연구원")
  { cat: 'participates.teams-apposition', text: "정부는 '독자 AI 파운데이션 모델 프로젝트' 추가 공모 결과를 발표했다. 이로써 프로젝트는 기존 정예팀인 엘지(LG)AI연구원, 가온소프트와 업스테이지까지 3개 팀으로 늘었다.", expect: ['PARTICIPATES_IN LG AI연구원 -> 독자 AI 파운데이션 모델 프로젝트', 'PARTICIPATES_IN 업스테이지 -> 독자 AI 파운데이션 모델 프로젝트', 'PARTICIPATES_IN 가온소프트 -> 독자 AI 파운데이션 모델 프로젝트'] },
  // a subjectless clause selected for a programme: the company the sentences were about
  { cat: 'participates.omitted-subject-selected', text: "AI 스타트업 누리봇은 지난달 새 모델을 공개했다. 이어 벤처캐피털에서 30억 원을 투자받았고, 중소벤처기업부의 'AI 초격차 스타트업 육성사업'에도 선정됐다.", expect: ['PARTICIPATES_IN 누리봇 -> AI 초격차 스타트업 육성사업'] },
  { cat: 'participates.omitted-subject-selected', text: "AI 스타트업 누리봇은 지난달 새 모델을 공개했다. 이어 투자를 받았고, 중소벤처기업부의 'AI 초격차 스타트업 육성사업'에도 선정될지 관심이 쏠린다.", absent: ['PARTICIPATES_IN 누리봇 -> AI 초격차 스타트업 육성사업'] },
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
  // "참여한 적이 없는 A": never having taken part is no participation
  { cat: 'participates.never-took-part', text: "'해양 AI 실증 사업'에 참여한 적이 없는 AI 스타트업 누리봇은 올해 처음 지원을 검토한다.", absent: ['PARTICIPATES_IN 누리봇 -> 해양 AI 실증 사업'] },
  { cat: 'participates.never-took-part', text: "'해양 AI 실증 사업'에 참여한 AI 스타트업 누리봇은 올해 성과를 냈다.", expect: ['PARTICIPATES_IN 누리봇 -> 해양 AI 실증 사업'] },
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
  // a known programme's name at the end of a longer quoted name, after a qualifier, is a programme of its own (not after a round)
  { cat: 'policy.qualified-known', text: "과기정통부는 '해양 AI 파운데이션 모델 개발 사업' 공모 결과를 발표했다. 정부는 '2차 독자 AI 파운데이션 모델 프로젝트' 공모도 시작했다.", nodes: ['Policy:해양 AI 파운데이션 모델 개발 사업', 'Policy:독자 AI 파운데이션 모델 프로젝트'], noNodes: ['Policy:2차 독자 AI 파운데이션 모델 프로젝트'] },
  // "A, B가 각각 이끄는 컨소시엄 두 곳을 최종 선정": the leads take part in the programme
  { cat: 'participates.led-consortia-selected', text: "중기부는 '농업 AI 실증 사업' 결과를 공개하고 가람소프트, 누리테크가 각각 이끄는 컨소시엄 두 곳을 최종 선정했다고 밝혔다.", expect: ['PARTICIPATES_IN 가람소프트 -> 농업 AI 실증 사업', 'PARTICIPATES_IN 누리테크 -> 농업 AI 실증 사업'] },
  // consortia described clause by clause in an article about one programme: each clause's companies take part and partner
  // a count before 컨소시엄 ("각각 이끄는 2개 컨소시엄을") and an outcome as a stage's advancing teams ("3단계 진출팀으로 확정")
  { cat: 'participates.led-consortia-selected: a count before the consortia, advancing teams as the outcome', text: "중기부는 '농업 AI 실증 사업' 1단계 심사를 마치고 SK텔레콤, 업스테이지가 각각 이끄는 2개 컨소시엄을 2단계 진출팀으로 확정했다.", expect: ['PARTICIPATES_IN SK텔레콤 -> 농업 AI 실증 사업', 'PARTICIPATES_IN 업스테이지 -> 농업 AI 실증 사업'] },
  { cat: 'participates.led-consortia-selected: consortia counted but only introduced take no part', text: "중기부는 '농업 AI 실증 사업'을 소개하며 SK텔레콤, 업스테이지가 각각 이끄는 2개 컨소시엄의 사례를 들었다.", absent: ['PARTICIPATES_IN SK텔레콤 -> 농업 AI 실증 사업'] },
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
  // an applicant excluded at selection took part (it applied)
  { cat: 'participates.excluded', text: "과기정통부는 '해양 AI 실증 사업' 수행 기관으로 가온소프트를 최종 선정했다. 평가 결과 다래테크 컨소시엄은 보안 요건 미비로 최종 선정에서 제외됐다.", expect: ['PARTICIPATES_IN 다래테크 -> 해양 AI 실증 사업'] },
  // a consortium a company formed with a partner: the partner joins the programmes the company takes part in (and 꾸린 is no company)
  { cat: 'consortium.formed-adnominal', text: "정부가 추진하는 '독자 AI 파운데이션 모델 프로젝트'의 2차 관문을 업스테이지 등 3개 팀이 통과했다. 업스테이지는 노타와 함께 꾸린 컨소시엄으로 '솔라 오픈 3'를 선보였다.", expect: ['PARTICIPATES_IN 노타 -> 독자 AI 파운데이션 모델 프로젝트', 'PARTNERS_WITH 업스테이지 -> 노타'], noNodes: ['Company:꾸린'] },
  // a stage passed as an object ("…의 N차 평가에서 A와 B, C 컨소시엄이 관문을 통과했다", "문턱을 넘었다"); failing it still is taking part
  { cat: 'participates.gate-passed', text: "해양수산부가 추진 중인 '해양 AI 실증 사업'의 2차 심사에서 가람소프트와 누리테크, 다솔센싱 컨소시엄이 관문을 통과했다.", expect: ['PARTICIPATES_IN 가람소프트 -> 해양 AI 실증 사업', 'PARTICIPATES_IN 누리테크 -> 해양 AI 실증 사업', 'PARTICIPATES_IN 다솔센싱 -> 해양 AI 실증 사업'] },
  { cat: 'participates.gate-passed', text: "'해양 AI 실증 사업' 본선 심사에서 별빛테크가 문턱을 넘었다.", expect: ['PARTICIPATES_IN 별빛테크 -> 해양 AI 실증 사업'] },
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
  // two teams in one sentence, each clause from its lead to the next ("A가 이끄는 컨소시엄에는 B가 합류했고, C 컨소시엄에는 D와 E가 함께했다"), the programme named a few sentences back
  { cat: 'consortium.two-teams-one-sentence', text: "행정안전부의 '스마트 행정 AI 실증 사업' 예산이 확정됐다. 민원 응대를 AI가 맡도록 하는 사업이다. 올해는 공모에서 선정된 두 개 컨소시엄이 참여한다. 가온소프트가 이끄는 컨소시엄에는 다래테크가 합류했고, 누리봇 컨소시엄에는 한빛데이터와 솔빛AI가 함께했다.", expect: ['PARTICIPATES_IN 다래테크 -> 스마트 행정 AI 실증 사업', 'PARTICIPATES_IN 누리봇 -> 스마트 행정 AI 실증 사업', 'PARTICIPATES_IN 한빛데이터 -> 스마트 행정 AI 실증 사업', 'PARTICIPATES_IN 솔빛AI -> 스마트 행정 AI 실증 사업', 'PARTNERS_WITH 가온소프트 -> 다래테크', 'PARTNERS_WITH 누리봇 -> 한빛데이터', 'PARTNERS_WITH 누리봇 -> 솔빛AI'], absent: ['PARTNERS_WITH 가온소프트 -> 한빛데이터', 'PARTNERS_WITH 다래테크 -> 누리봇'] },
  { cat: 'consortium.two-teams-one-sentence', text: "정부가 '스마트 행정 AI 실증 사업' 수행 기업을 선정했다. 가온소프트 컨소시엄엔 다래테크가 참여했으며 누리봇이 주관하는 컨소시엄에는 솔빛AI가 손을 잡았다.", expect: ['PARTNERS_WITH 가온소프트 -> 다래테크', 'PARTNERS_WITH 누리봇 -> 솔빛AI', 'PARTICIPATES_IN 솔빛AI -> 스마트 행정 AI 실증 사업'], absent: ['PARTNERS_WITH 가온소프트 -> 솔빛AI'] },
  // a company selected on its own in the programme whose teams the sentences list
  { cat: 'consortium.selected-alone', text: "정부가 '스마트 행정 AI 실증 사업' 수행 기업을 선정했다. 가온소프트가 이끄는 컨소시엄에는 다래테크가 합류했다. AI 스타트업 누리봇은 단독으로 선정됐다.", expect: ['PARTICIPATES_IN 누리봇 -> 스마트 행정 AI 실증 사업'] },
  { cat: 'consortium.selected-alone', text: "정부가 '스마트 행정 AI 실증 사업' 수행 기업을 선정했다. 가온소프트가 이끄는 컨소시엄에는 다래테크가 합류했다. AI 스타트업 누리봇은 홀로 이름을 올렸다.", expect: ['PARTICIPATES_IN 누리봇 -> 스마트 행정 AI 실증 사업'] },
  { cat: 'consortium.selected-alone', text: "정부가 '스마트 행정 AI 실증 사업' 수행 기업을 선정했다. 가온소프트가 이끄는 컨소시엄에는 다래테크가 합류했다. AI 스타트업 누리봇은 단독으로 참여하지 않기로 했다.", absent: ['PARTICIPATES_IN 누리봇 -> 스마트 행정 AI 실증 사업'] },
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
  // an official of a city or province ("부산시 디지털정책국장") names a person; "사업을 이끄는 …" leads the programme named before
  { cat: 'promotes.regional-official-leads', text: "부산시는 '해양 AI 실증 클러스터 사업' 참여 기업 5곳을 선정했다. 사업을 이끄는 민태호 부산시 디지털정책국장은 \"항만에서 먼저 검증하겠다\"고 말했다.", nodes: ['Person:민태호'], expect: ['PROMOTES 민태호 -> 해양 AI 실증 클러스터 사업'] },
  { cat: 'promotes.regional-official-leads', text: "전라남도의 '에너지 AI 특구 사업'에 누리봇이 합류했다. 특구 사업을 이끌고 있는 고은채 전라남도 미래산업정책관은 \"기업을 더 모으겠다\"고 했다.", nodes: ['Person:고은채'], expect: ['PROMOTES 고은채 -> 에너지 AI 특구 사업'] },
  { cat: 'promotes.regional-official-leads', text: "홍길동 연구 국장은 회의에 참석했다.", noNodes: ['Person:홍길동'] },
  // a plan or strategy a ministry or a city issues is a policy; the official who leads it ("계획을 총괄하는", "전략 발표를 맡은") promotes it
  { cat: 'policy.government-plan', text: "시는 지난 4월 'AI 해양도시 인천 육성계획'을 발표했다. 계획을 총괄하는 오민재 인천시 미래산업실장은 \"기업을 키우겠다\"고 말했다. AI 스타트업 누리봇은 AI 해양도시 인천 육성계획의 첫 실증기업으로 뽑혔다.", nodes: ['Policy:AI 해양도시 인천 육성계획', 'Person:오민재'], noNodes: ['Person:인천시'], expect: ['PROMOTES 오민재 -> AI 해양도시 인천 육성계획', 'PARTICIPATES_IN 누리봇 -> AI 해양도시 인천 육성계획'] },
  { cat: 'policy.government-plan', text: "중기부가 지난달 내놓은 '지역 AI 창업 확산 전략'은 세 단계로 나뉜다. 당시 전략 발표를 맡은 하지수 중기부 창업정책관은 \"지역에 투자하겠다\"고 했다.", nodes: ['Policy:지역 AI 창업 확산 전략'], noNodes: ['Model:지역 AI 창업 확산 전략'], expect: ['PROMOTES 하지수 -> 지역 AI 창업 확산 전략'] },
  { cat: 'policy.government-plan', text: "가온AI는 '투 트랙 성장 전략'을 내세웠다. 회사는 내년 '글로벌 진출 계획'도 공개했다.", noNodes: ['Policy:투 트랙 성장 전략', 'Policy:글로벌 진출 계획'] },
  // "현재 참여 중인 정예팀은 A, B, C(다)": the programme's teams named by a copula (or a verbless card line) after the programme was named
  { cat: 'participates.teams-roster-copula', text: "정부 '국가 AI 인재 양성 프로젝트' 2차 평가는 내년 1월. 현재 참여 중인 정예팀은 가람소프트, 다래테크, KT.", expect: ['PARTICIPATES_IN 가람소프트 -> 국가 AI 인재 양성 프로젝트', 'PARTICIPATES_IN 다래테크 -> 국가 AI 인재 양성 프로젝트', 'PARTICIPATES_IN KT -> 국가 AI 인재 양성 프로젝트'] },
  { cat: 'participates.teams-roster-copula', text: "'국가 AI 인재 양성 프로젝트' 2차 평가가 끝났다. 정예팀은 가람소프트, KT 등 2곳이다.", expect: ['PARTICIPATES_IN 가람소프트 -> 국가 AI 인재 양성 프로젝트', 'PARTICIPATES_IN KT -> 국가 AI 인재 양성 프로젝트'] },
  { cat: 'participates.teams-roster-copula', text: "'국가 AI 인재 양성 프로젝트' 2차 평가가 끝났다. 정예팀은 가람소프트, KT가 아니다.", absent: ['PARTICIPATES_IN KT -> 국가 AI 인재 양성 프로젝트'] },
  {
    cat: "a phase after a quoted programme ('X 프로젝트' 2단계 사업에 참여) is that programme's phase, no programme of its own",
    text: "AI 반도체 스타트업 모아칩은 산업통상자원부가 추진하는 '차세대 엣지 반도체 프로젝트' 3단계 사업에 참여하고 있다.",
    expect: ['PARTICIPATES_IN 모아칩 -> 차세대 엣지 반도체 프로젝트'],
    noNodes: ['Policy:3단계 사업'],
  },

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
  // "이 사업 1차 지원 기업으로 선정돼": the programme named before, before the word for the companies it supports
  {
    cat: 'policy-ref.supported-companies',
    text: "시는 올해 '부산형 AI 자율제조 실증사업'을 시작했다.\n\n업스테이지는 이 사업 1차 지원 기업으로 선정돼 4억원을 지원받았다.",
    expect: ['PARTICIPATES_IN 업스테이지 -> 부산형 AI 자율제조 실증사업'],
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
  // a stage reached told with a count of the listed companies and "N차 단계에", the programme before or earlier in the sentence
  { cat: 'participates.stage-reached', text: "한빛소프트, 누리데이타, 가온랩스 세 곳이 '지역 AI 거점 사업' 2차 단계에 올랐다.", expect: ['PARTICIPATES_IN 한빛소프트 -> 지역 AI 거점 사업', 'PARTICIPATES_IN 누리데이타 -> 지역 AI 거점 사업', 'PARTICIPATES_IN 가온랩스 -> 지역 AI 거점 사업'] },
  { cat: 'participates.stage-reached-after-programme', text: "행정안전부는 지난봄 '지역 AI 거점 사업'을 시작했고, 서류 심사를 거쳐 한빛소프트·가온랩스 두 곳이 2차 평가에 진출했다.", expect: ['PARTICIPATES_IN 한빛소프트 -> 지역 AI 거점 사업', 'PARTICIPATES_IN 가온랩스 -> 지역 AI 거점 사업'] },
  { cat: 'participates.stage-reached-after-programme', text: "행정안전부는 지난봄 '지역 AI 거점 사업'을 시작했지만, 한빛소프트는 2차 평가에 진출하지 못했다.", absent: ['PARTICIPATES_IN 한빛소프트 -> 지역 AI 거점 사업'] },
  // a bare programme word before one of its numbered stages, mid-sentence ("자료에 따르면 사업 2차 단계에는 A, B 등 N개 팀이 참여하고 있다")
  { cat: 'policy.bare-programme-stage', text: "행정안전부의 '지역 AI 거점 사업'을 두고 국정감사에서 질의가 이어졌다. 행안부가 낸 자료에 따르면 사업 2차 단계에는 한빛소프트, 가온랩스 등 2개 팀이 참여하고 있다.", expect: ['PARTICIPATES_IN 한빛소프트 -> 지역 AI 거점 사업', 'PARTICIPATES_IN 가온랩스 -> 지역 AI 거점 사업'] },
];

describe('h12 generalisation rows', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 70)}`, () => checkFactRow(row));
});

describe('the byline author of a first-person essay who says where they work', () => {
  const page = (first: string) => `<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="author" content="한지수">
<meta property="article:published_time" content="2026-03-02"><title>모델 개발 회고</title></head><body><article><h1>모델 개발 회고</h1>
<p>${first} 지난달 우리 팀이 새 언어모델 '도담 5'를 공개했다.</p><p>도담 5는 파라미터 90억 개 규모의 모델이다. 이 글은 그 과정에 대한 회고다.</p></article></body></html>`;
  it.each([
    ['나는 성수동의 스타트업 도담봇에서 데이터 엔지니어로 일한다.', '데이터 엔지니어'],
    ['저는 스타트업 도담봇에서 연구원으로 근무하고 있다.', '연구원'],
  ])('%s', (first, title) => {
    const g = extractArticle(parseArticle(Buffer.from(page(first)), { source: 'essay.html' }));
    const name = (id: string) => g.nodes.find((n) => n.id === id)?.name;
    const works = g.edges.filter((e) => e.type === 'WORKS_FOR').map((e) => `${name(e.source)} ${name(e.target)} ${e.properties.title}`);
    expect(works).toContain(`한지수 도담봇 ${title}`);
  });
  it('a reporter writing about a company is not its employee', () => {
    const g = extractArticle(parseArticle(Buffer.from(page('도담봇은 성수동의 스타트업이다.')), { source: 'news.html' }));
    expect(g.edges.some((e) => e.type === 'WORKS_FOR')).toBe(false);
  });
});
