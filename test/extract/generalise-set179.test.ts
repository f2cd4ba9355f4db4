/**
 * Generalisation rows for set 179's forms: a company introduced by a quotative ("X라는 지역 스타트업"); the partner named
 * right after a known company's subject ("A는 X와 … 공동 개발하는 협약을"); a denied copula before a bare version ("만든 것이
 * 아니라 1.5의"); a council's minutes turn by a local government head ("○도지사 NAME"); a programme topic led or announced by
 * an official with a numbered post ("제2차관") or words between; a bare "프로젝트" as a topic and as the last "… 프로젝트"; a
 * known policy's edition quoted with its version; a former name glossed ("출시 당시 이름") and two names said to be one model;
 * a predecessor with a gloss before "의 후속"; firms selected into a supplier or buyer role; a quoted
 * claim called untrue. Second round: a family word's own developer ("X 계열은 … A가 자체 개발한"), the brand word before a
 * bare version, a programme topic before a list taking part, a version tag a gloss lists, a checkpoint trained on from,
 * a contact line, a topic released open past its clause's object. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // "X라는 (지역) 스타트업": the quotative names a company; a noun after the company word is a modifier, no company
  { cat: 'discover.called-kind', text: '한결소프트라는 대전 스타트업이 올해 참여기업으로 선정됐다.', nodes: ['Company:한결소프트'] },
  { cat: 'discover.called-kind', text: '바람솔루션이라는 국내 AI 기업과 손잡았다.', nodes: ['Company:바람솔루션'] },
  { cat: 'discover.called-kind', text: '우리는 새로운 도전이라는 회사 비전을 세웠다.', noNodes: ['Company:새로운 도전', 'Company:도전'] },
  { cat: 'discover.called-kind', text: '참 좋다라는 기업 평판이 돌았다.', noNodes: ['Company:좋다', 'Company:참 좋다'] },
  { cat: 'discover.called-kind', text: '업스테이지는 새 모델을 냈다. 오픈소스 모델이라는 점을 회사는 강조했다.', noNodes: ['Company:모델', 'Company:오픈소스 모델'] },
  { cat: 'discover.called-kind', text: '업스테이지는 새 모델을 냈다. 당장 쓰기 어려운 것이라는 추측이 돌지만 회사는 부인했다.', noNodes: ['Company:것이', 'Company:것'] },
  // "A는 X와 … 공동 개발하는 협약을 맺었다": the partner after a known company's subject is a company; a university is not
  { cat: 'discover.partner-object', text: '업스테이지는 바람누리와 설비 고장 예측 모델을 공동 개발하는 협약을 맺었다.', nodes: ['Company:바람누리'], expect: ['PARTNERS_WITH 바람누리 -> 업스테이지'] },
  { cat: 'discover.partner-object', text: '업스테이지는 한밭대와 공동 연구 협약을 맺었다.', noNodes: ['Company:한밭대'] },
  { cat: 'discover.partner-object', text: '업스테이지는 바람누리와 달리 자체 모델을 쓴다.', noNodes: ['Company:바람누리'] },
  // "새로 만든 것이 아니라 1.5의 가중치를": the denied copula opens no model name; the number is the version named before
  { cat: 'discover.denied-copula-number', text: "바람랩은 '바람-K 2'를 공개했다. 바람-K 2는 바람-K 1.5의 후속 모델인데, 처음부터 만든 것이 아니라 1.5의 가중치를 이어받아 추가 학습했다.", noNodes: ['Model:아니라 1.5'], expect: ['SUCCEEDS 바람-K 2 -> 바람-K 1.5'] },
  // a council's minutes: a local government head's turn that leads a programme speaks for it; the chair's and a member's turns do not
  { cat: 'promotes.minutes-official-turn', text: "○위원 한다은 지사께서 챙기고 계신 '해오름 스마트항만 사업'에 대해 묻겠습니다.\n○도지사 윤태호 답변드리겠습니다. 해오름 스마트항만 사업은 제가 직접 단장을 맡아 추진하고 있는 사업입니다.", expect: ['PROMOTES 윤태호 -> 해오름 스마트항만 사업'], absent: ['PROMOTES 한다은 -> 해오름 스마트항만 사업'] },
  { cat: 'promotes.minutes-official-turn', text: "○의장 윤태호 '해오름 스마트항만 사업'에 대한 질문을 계속하겠습니다. 해오름 스마트항만 사업은 도가 추진하고 있는 사업입니다.", absent: ['PROMOTES 윤태호 -> 해오름 스마트항만 사업'] },
  { cat: 'promotes.minutes-official-turn', text: "○도지사 윤태호 '해오름 스마트항만 사업'은 제가 추진하지 않습니다. 해당 부서가 맡고 있습니다.", absent: ['PROMOTES 윤태호 -> 해오름 스마트항만 사업'] },
  // a programme's topic, then an official with a numbered post, or words of the ministry, before the name
  { cat: 'promotes.policy-led-by', text: "'해오름 데이터 댐 사업'은 하지민 제2차관이 총괄해 왔다.", expect: ['PROMOTES 하지민 -> 해오름 데이터 댐 사업'] },
  { cat: 'promotes.policy-led-by', text: "'해오름 데이터센터 사업'은 하지민 강원도지사가 2024년부터 유치를 주도해 온 사업이다.", expect: ['PROMOTES 하지민 -> 해오름 데이터센터 사업'] },
  { cat: 'promotes.policy-led-by', text: "'해오름 데이터 댐 사업'은 하지민 제2차관이 총괄하지 않는다.", absent: ['PROMOTES 하지민 -> 해오름 데이터 댐 사업'] },
  { cat: 'promotes.policy-led-by', text: "'해오름 데이터센터'는 하지민 강원도지사가 예산을 깎았고 다른 부서가 주도한 사업이다.", absent: ['PROMOTES 하지민 -> 해오름 데이터센터 사업'] },
  { cat: 'promotes.policy-announced-by', text: "'해오름 데이터 댐 사업'은 행정안전부 하지민 제1차관이 지난 3월 사업 계획을 발표하였다.", expect: ['PROMOTES 하지민 -> 해오름 데이터 댐 사업'] },
  { cat: 'promotes.policy-announced-by', text: "'해오름 데이터 댐 사업'은 행정안전부 하지민 제1차관이 발표를 미뤘다.", absent: ['PROMOTES 하지민 -> 해오름 데이터 댐 사업'] },
  // a bare "프로젝트" as the topic an official leads; a bare "프로젝트" is the last "… 프로젝트" named, not a "… 사업" named since
  { cat: 'references.bare-project-topic', text: "정부는 '해오름 파운데이션 모델 프로젝트' 2차 평가를 마쳤다. 프로젝트는 하지민 제2차관이 총괄해 왔다.", expect: ['PROMOTES 하지민 -> 해오름 파운데이션 모델 프로젝트'] },
  { cat: 'references.bare-project-topic', text: "정부는 '해오름 파운데이션 모델 프로젝트' 2차 평가를 마쳤다. 프로젝트는 하지민 제2차관이 비판해 왔다.", absent: ['PROMOTES 하지민 -> 해오름 파운데이션 모델 프로젝트'] },
  { cat: 'references.bare-project-last', text: "정부는 '해오름 파운데이션 모델 프로젝트' 결과를 발표한다. 이어 '달빛 공공 AI 사업' 설명회도 연다. 프로젝트를 총괄하는 하지민 제2차관이 평가 결과를 발표한다.", expect: ['PROMOTES 하지민 -> 해오름 파운데이션 모델 프로젝트'], absent: ['PROMOTES 하지민 -> 달빛 공공 AI 사업'] },
  // a known policy's edition quoted whole with its version is its own policy; a quoted version with no policy inside is none
  { cat: 'discover.versioned-policy', text: "하지민 차관이 발표한 '차세대 K-클라우드 3.0' 계획에 업계가 주목한다.", nodes: ['Policy:차세대 K-클라우드 3.0'], noNodes: ['Policy:K-클라우드'] },
  { cat: 'discover.versioned-policy', text: "하지민 차관이 발표한 'K-클라우드' 계획에 업계가 주목한다.", nodes: ['Policy:K-클라우드'] },
  { cat: 'discover.versioned-policy', text: "하지민 차관이 발표한 '공공 데이터 2.0' 계획에 업계가 주목한다.", noNodes: ['Policy:공공 데이터 2.0'] },
  // a former name glossed as such, and two names said to be one model: one entity
  { cat: 'renames.former-gloss', text: "바람랩은 '바람-K 3'를 공개했다. 바람-K 3는 지난해 내놓은 바람-K 2(출시 당시 이름 '바람-Lite')의 후속 모델이다.", sameNode: ['바람-K 2=바람-Lite'], expect: ['SUCCEEDS 바람-K 3 -> 바람-K 2'] },
  { cat: 'renames.same-model', text: "바람랩이 처음 낸 모델은 '솔결 LM 1.0'이다. 이후 이름을 '다솜'으로 바꿨다. 그래서 다솜 2.0과 솔결 LM 2.0은 같은 모델입니다.", sameNode: ['다솜 2.0=솔결 LM 2.0'] },
  { cat: 'renames.same-model', text: "바람랩이 처음 낸 모델은 '솔결 LM 1.0'이다. 다솜 2.0과 솔결 LM 2.0은 같은 모델이 아니다.", nodes: ['Model:다솜 2.0', 'Model:솔결 LM 2.0'] },
  // an early name of the model an item opened on: "X라는 이름으로 올라가 있었는데, 같은 모델입니다"
  { cat: 'renames.early-name', text: '바람-7B-v2: 1세대의 후속 버전입니다. 공개 초기 한 달 동안은 Baram-7B-Preview라는 이름으로 배포됐는데, 같은 모델입니다.', sameNode: ['바람-7B-v2=Baram-7B-Preview'] },
  { cat: 'renames.early-name', text: '바람-7B-v2: 1세대의 후속 버전입니다. 공개 초기 한 달 동안은 Baram-7B-Preview라는 이름으로 배포됐는데, 다른 모델입니다.', nodes: ['Model:바람-7B-v2', 'Model:Baram-7B-Preview'] },
  // firms selected into a supplier or buyer role: the article's programme
  { cat: 'participates.role-selected-into', text: "'2027년 AI 바우처 지원사업' 결과를 안내합니다. 바람랩은 자사 '바람-K 2'로 공급기업에 선정되었습니다. 수요기업으로는 한결소프트 등이 선정되어 있습니다.", expect: ['PARTICIPATES_IN 바람랩 -> AI 바우처 지원사업', 'PARTICIPATES_IN 한결소프트 -> AI 바우처 지원사업'] },
  { cat: 'participates.role-selected-into', text: "'2027년 AI 바우처 지원사업' 결과를 안내합니다. 바람랩은 공급기업에 선정되지 않았습니다.", absent: ['PARTICIPATES_IN 바람랩 -> AI 바우처 지원사업'] },
  // a claim quoted and called untrue takes back its clause
  { cat: 'hearsay.quoted-untrue', text: "바람랩은 '바람-K 2'를 공개했다. 일부에서 제기된 '바람랩이 업스테이지와 손잡았다'는 내용은 사실과 다릅니다.", absent: ['PARTNERS_WITH 바람랩 -> 업스테이지'] },
  { cat: 'hearsay.quoted-untrue', text: "바람랩은 '바람-K 2'를 공개했다. 바람랩이 업스테이지와 손잡았다.", expect: ['PARTNERS_WITH 바람랩 -> 업스테이지'] },
  // a product-line word opening a numbered name ("코어 2.1") is led by the family's brand word before it; a describing or
  // particle-ended word before it leads nothing
  { cat: 'discover.brand-line-word', text: '바람랩은 솔담 코어 2.1을 공개했다. 솔담 코어 2.1은 솔담 코어 2.0의 업그레이드 버전이다.', nodes: ['Model:솔담 코어 2.1', 'Model:솔담 코어 2.0'], noNodes: ['Model:코어 2.1', 'Model:코어 2.0'], expect: ['DEVELOPED 바람랩 -> 솔담 코어 2.1', 'SUCCEEDS 솔담 코어 2.1 -> 솔담 코어 2.0'] },
  { cat: 'discover.brand-line-word', text: '바람랩은 누리결 맥스 2.5를 출시했다.', nodes: ['Model:누리결 맥스 2.5'], noNodes: ['Model:맥스 2.5'] },
  { cat: 'discover.brand-line-word', text: '바람랩이 공개한 누리결 라이트 1.5는 KMMLU에서 60.1점을 받았다.', expect: ['SCORED 누리결 라이트 1.5 -> KMMLU'], edgeProps: ['SCORED 누리결 라이트 1.5 -> KMMLU score=60.1'] },
  { cat: 'discover.brand-line-word', text: '바람랩은 차세대 코어 2.1을 공개했다.', noNodes: ['Model:차세대 코어 2.1'] },
  { cat: 'discover.brand-line-word', text: '바람랩은 당사 코어 2.1을 공개했다.', noNodes: ['Model:당사 코어 2.1'] },
  { cat: 'discover.brand-line-word', text: '바람랩이 공개한 코어 2.1은 KMMLU에서 60.1점을 받았다.', noNodes: ['Model:공개한 코어 2.1'] },
  { cat: 'discover.brand-line-word', text: '업스테이지는 새 모델을 공개했다. 회사가 프로 2.0을 출시했다.', noNodes: ['Model:회사가 프로 2.0'] },
  { cat: 'discover.brand-line-word', text: '회사 발표에 따르면 씽크 2는 KMMLU에서 70.1점을 받았다.', noNodes: ['Model:따르면 씽크 2'] },
  { cat: 'discover.brand-line-word', text: '바람랩은 업스테이지와 손잡고 코어 2.1을 공개했다.', noNodes: ['Model:손잡고 코어 2.1'] },
  // "X 계열은 처음부터 A가 자체 개발한 모델": a family's bare word said to be a company's own work gives it to the family's versions
  { cat: 'developed.family-word-own', text: '솔담 코어 2.0은 KMMLU에서 50.2점을 받았다. 성능표에 라마를 실었을 뿐, 솔담 계열은 처음부터 한결랩스가 자체 개발한 모델입니다.', expect: ['DEVELOPED 한결랩스 -> 솔담 코어 2.0'] },
  { cat: 'developed.family-word-own', text: '솔담 코어 2.0은 KMMLU에서 50.2점을 받았다. 솔담 계열은 한결랩스가 자체 개발한 모델이 아닙니다.', absent: ['DEVELOPED 한결랩스 -> 솔담 코어 2.0'] },
  { cat: 'developed.family-word-own', text: '솔담 코어 2.0은 KMMLU에서 50.2점을 받았다. 솔담 계열은 한결랩스가 자체 개발한 모델인가요?', absent: ['DEVELOPED 한결랩스 -> 솔담 코어 2.0'] },
  // "X 코어 2.0은 X 1.5의 후속": the brand word alone before a bare version names the line's older model, not "X 코어 1.5"
  { cat: 'versions.brand-before-version', text: '바람랩은 솔담 코어 2.0을 공개했다. 솔담 코어 2.0은 솔담 1.5의 후속입니다.', nodes: ['Model:솔담 1.5'], noNodes: ['Model:솔담 코어 1.5'], expect: ['SUCCEEDS 솔담 코어 2.0 -> 솔담 1.5'] },
  { cat: 'versions.brand-before-version', text: '바람랩은 솔담 코어 2.0을 공개했다. 솔담 코어 2.0은 1.5의 후속입니다.', nodes: ['Model:솔담 코어 1.5'], noNodes: ['Model:솔담 1.5'] },
  // "X 사업은 …. 현재 A와 B 두 곳이 참여하고 있습니다": the programme the sentence before has as its topic
  { cat: 'participates.topic-programme-before', text: "'해오름 스마트항만 사업'은 하지민 지사가 직접 추진하고 있는 사업입니다. 현재 1차로 선정된 바람소프트와 한결테크놀로지 두 곳이 참여하고 있습니다.", expect: ['PARTICIPATES_IN 바람소프트 -> 해오름 스마트항만 사업', 'PARTICIPATES_IN 한결테크놀로지 -> 해오름 스마트항만 사업'] },
  { cat: 'participates.topic-programme-before', text: "'해오름 스마트항만 사업'은 하지민 지사가 직접 추진하고 있는 사업입니다. 현재 바람소프트와 한결테크놀로지는 참여하고 있지 않습니다.", absent: ['PARTICIPATES_IN 바람소프트 -> 해오름 스마트항만 사업'] },
  { cat: 'participates.topic-programme-before', text: "하지민 지사는 '해오름 스마트항만 사업' 예산을 줄였다. 현재 바람소프트 등이 다른 공모에 참여하고 있습니다.", absent: ['PARTICIPATES_IN 바람소프트 -> 해오름 스마트항만 사업'] },
  // "X-7B (X-7B, v1)": a tag the gloss lists names the model alone, and the model's name with a later tag is that tag's model
  { cat: 'names.glossed-version-tag', text: '바람랩이 공개한 모델을 정리합니다.\n\n바람-7B (Baram-7B, v1): 2025년 공개.\n\n바람-7B-v2: v1의 후속 버전입니다.\n\n바람-14B-v2: 같은 세대의 큰 크기입니다.\n\n점수는 HAERAE 기준 v2가 71.4, v1이 66.0입니다.', expect: ['SUCCEEDS 바람-7B-v2 -> 바람-7B', 'SCORED 바람-7B-v2 -> HAERAE', 'SCORED 바람-7B -> HAERAE'], absent: ['SCORED 바람-14B-v2 -> HAERAE'] },
  { cat: 'names.glossed-version-tag', text: '바람랩은 바람-7B-v2와 바람-14B-v2를 공개했다.\n\n점수는 HAERAE 기준 v2가 71.4입니다.', absent: ['SCORED 바람-7B-v2 -> HAERAE', 'SCORED 바람-14B-v2 -> HAERAE'] },
  // "(X는 …) 2.0의 체크포인트에서 출발해 … 이어서 학습": a bare version's checkpoint the model in focus is built on
  { cat: 'based-on.focus-continued-weights', text: '바람랩 공지. 바람랩은 솔담 코어 2.1을 공개했다. 솔담 코어 2.1은 솔담 코어 2.0의 업그레이드 버전입니다. 새 구조로 다시 만든 모델이 아니라, 2.0의 체크포인트에서 출발해 긴 문맥 데이터로 이어서 학습했습니다.', expect: ['BASED_ON 솔담 코어 2.1 -> 솔담 코어 2.0'] },
  { cat: 'based-on.focus-continued-weights', text: '바람랩 공지. 바람랩은 솔담 코어 2.1을 공개했다. 솔담 코어 2.1은 솔담 코어 2.0의 업그레이드 버전입니다. 새 구조로 처음부터 다시 학습했으며 2.0의 체크포인트는 쓰지 않았습니다.', absent: ['BASED_ON 솔담 코어 2.1 -> 솔담 코어 2.0'] },
  // a contact line with the organisation, its unit, the name and the role: the person works for the company the line names
  { cat: 'works-for.contact-line', text: '한결에이아이 공지. 한결에이아이는 새 모델을 공개했습니다.\n문의: 한결에이아이 데이터플랫폼팀 윤서준 팀장 (help@hangyeol.example)', expect: ['WORKS_FOR 윤서준 -> 한결에이아이'] },
  { cat: 'works-for.contact-line', text: '한결에이아이 공지. 한결에이아이는 새 모델을 공개했습니다.\n문의: 한결에이아이 데이터플랫폼팀 대표메일 (help@hangyeol.example)', noNodes: ['Person:대표메일'] },
  // "'B'는 A를 증류한 작은 모델로 오픈소스로 풀린다": the topic is what is released open, not the model its clause names as the object
  { cat: 'property.open-source-released', text: "바람랩 소식. 바람랩은 이날 새 모델을 공개한다. 함께 공개하는 경량형 '바람-K 2 플래시'는 바람-K 2를 증류한 작은 크기 모델로 오픈소스로 풀린다.", props: ['바람-K 2 플래시=openSource:true'] },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});
