/**
 * Generalisation rows for r57d's round on held-out sets 88, 40, 93, 196, 137 and 148: a consortium's make-up told after an
 * agenda word (it is the programme's consortium), an official's words passed on as hearsay ("…겠다"고 했대요"), a ministry's
 * or agency's -관 post (통제관, 담당관) as an official's title, and a city's official speaking of the city's own programme in an
 * article that names a national one too, a chief officer's earlier workplace ("앞서 X에서"), a model a company will release
 * ("공개할 예정인 'M'"), a verbal noun's adnominal before a title ("설계한 … 책임자") as no name, a print dialogue's answers opened by bare names, a company's lab or academy as the subject, Code Llama in the gazetteer.
 * Every row is a short text written for these tests; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // a consortium's make-up after an agenda a speaker named last ('소버린 AI' in a turn): the members are in the programme, not in the agenda
  {
    cat: 'consortium-makeup-after-spoken-agenda',
    text: "신년 대담\n\n강다온 과학기술정보통신부 AI정책관 × 윤서진 노을통신 부사장\n\n— '독자 AI 파운데이션 모델 프로젝트' 2차 평가가 다가옵니다.\n\n강다온 준비는 끝났습니다. 처음부터 '소버린 AI'는 말이 아니라 설비라고 봤습니다.\n\n— 컨소시엄 구성은요.\n\n윤서진 저희가 주관하고, 마루게임즈와 한빛칩스가 참여기업으로 들어와 있습니다.\n\n강다온 지원은 계속됩니다.\n\n윤서진 성과로 보답하겠습니다.",
    expect: ['PARTICIPATES_IN 마루게임즈 -> 독자 AI 파운데이션 모델 프로젝트', 'PARTICIPATES_IN 한빛칩스 -> 독자 AI 파운데이션 모델 프로젝트'],
    absent: ['PARTICIPATES_IN 마루게임즈 -> 소버린 AI', 'PARTICIPATES_IN 한빛칩스 -> 소버린 AI'],
  },
  // a consortium's make-up after a centre named last in the report's own words is that centre's consortium
  {
    cat: 'consortium-makeup-after-spoken-agenda',
    text: "□ '독자 AI 파운데이션 모델 프로젝트'는 2단계에 들어갔다.\n\n□ 「국가AI컴퓨팅센터」는 한울SDS 컨소시엄을 사업자로 선정하였다.\n\nㅇ 컨소시엄에는 마루클라우드, 한빛칩스가 공동 참여하여 센터를 운영",
    absent: ['PARTICIPATES_IN 마루클라우드 -> 독자 AI 파운데이션 모델 프로젝트', 'PARTICIPATES_IN 한빛칩스 -> 독자 AI 파운데이션 모델 프로젝트'],
  },
  // an official's words a chat or a blog passes on as hearsay ("…고 했대요", "…고 밝혔답니다") in an article about one programme
  {
    cat: 'official-hearsay-statement',
    text: "'독자 AI 파운데이션 모델 프로젝트' 2차 결과가 나왔어요.\n\n오세훈 장관이 간담회에서 \"내년엔 GPU를 두 배로 늘리겠다\"고 했대요.",
    expect: ['PROMOTES 오세훈 -> 독자 AI 파운데이션 모델 프로젝트'],
  },
  {
    cat: 'official-hearsay-statement',
    text: "'독자 AI 파운데이션 모델 프로젝트' 2차 결과가 나왔습니다.\n\n남궁지안 차관은 \"평가 기준을 공개하겠다\"고 밝혔답니다.",
    expect: ['PROMOTES 남궁지안 -> 독자 AI 파운데이션 모델 프로젝트'],
  },
  // a ministry's or an agency's -관 post after its name: an official's title
  {
    cat: 'official-gwan-post',
    text: "해양수산부의 '스마트 항만 AI 실증사업'에 바다랩 컨소시엄이 뽑혔다.\n\n정다솜 해양경찰청 상황통제관은 \"내년 여름부터 현장에 넣어 보겠다\"고 말했다.",
    expect: ['PROMOTES 정다솜 -> 스마트 항만 AI 실증사업'],
  },
  {
    cat: 'official-gwan-post',
    text: "'공공 데이터 AI 활용 지원사업' 참여 기업 모집이 시작됐다.\n\n우태경 행정안전부 데이터정책담당관은 \"중소기업 몫을 늘렸다\"고 설명했다.",
    expect: ['PROMOTES 우태경 -> 공공 데이터 AI 활용 지원사업'],
  },
  // a city's official speaks of the city's own programme, though a national programme is named too
  {
    cat: 'regional-official-own-programme',
    text: "대구시는 '대구 AI 반도체 실증 지원사업' 대상으로 세 곳을 뽑았다. 이 가운데 별솔AI는 '데이터바우처 지원사업'에도 선정됐다.\n\n별솔AI는 내년 상반기에 새 모델을 낸다.\n\n한도윤 대구시 미래산업과장은 \"내년에는 지원 기업 수를 두 배로 늘리겠다\"고 밝혔다.",
    expect: ['PROMOTES 한도윤 -> 대구 AI 반도체 실증 지원사업'],
    absent: ['PROMOTES 한도윤 -> 데이터바우처 지원사업'],
  },
  // two programmes and none named for the official's region: no programme is guessed
  {
    cat: 'regional-official-own-programme',
    text: "'스마트 공장 AI 지원사업' 대상으로 세 곳이 뽑혔다. 이 가운데 별솔AI는 '데이터바우처 지원사업'에도 선정됐다.\n\n별솔AI는 내년 상반기에 새 모델을 낸다.\n\n한도윤 대구시 미래산업과장은 \"내년에는 지원 기업 수를 두 배로 늘리겠다\"고 밝혔다.",
    absent: ['PROMOTES 한도윤 -> 스마트 공장 AI 지원사업', 'PROMOTES 한도윤 -> 데이터바우처 지원사업'],
  },
  // "NAME CTO는 앞서 X에서 …": a company the person worked at earlier leaves the sentence's omitted subject the employer
  {
    cat: 'chief-with-earlier-workplace',
    text: '새솔데이터는 2022년 연구자 넷이 세운 회사다. 공동창업자인 임도하 최고기술책임자(CTO)는 앞서 네이버에서 검색 모델 개발에 참여했다.',
    expect: ['WORKS_FOR 임도하 -> 새솔데이터'],
    absent: ['WORKS_FOR 임도하 -> 네이버'],
  },
  {
    cat: 'chief-with-earlier-workplace',
    text: '물류 AI 스타트업 가온비전은 2020년 문을 열었다. 여태민 최고기술책임자(CTO)는 과거 카카오에서 추천 시스템을 맡았다.',
    expect: ['WORKS_FOR 여태민 -> 가온비전'],
  },
  // "X가 다음 달 공개할 예정인 'M'", "X가 내년 출시할 계획인 'M'": the company that will release the model made it
  {
    cat: 'developed.planned-release',
    text: "보람테크가 다음 달 공개할 예정인 '한울빛 2'는 의료 상담에 맞춘 모델이다.",
    expect: ['DEVELOPED 보람테크 -> 한울빛 2'],
  },
  {
    cat: 'developed.planned-release',
    text: "AI 스타트업 누리솔루션이 내년 상반기 출시할 계획인 '별무리 7B'는 현재 사내 시험 중이다.",
    expect: ['DEVELOPED 누리솔루션 -> 별무리 7B'],
  },
  // "X를 설계한 정부 쪽 책임자": a verbal noun's adnominal before a title is no person's name
  {
    cat: 'verbal-adnominal-no-name',
    text: "이번 좌담에는 '국가 AI 컴퓨팅 센터 구축사업'을 기획한 정부 쪽 책임자와 참여 기업 대표가 나왔다.",
    noNodes: ['Person:기획한'],
  },
  {
    cat: 'verbal-adnominal-no-name',
    text: '사내 평가 체계를 구축한 연구 책임자는 이 방식을 다른 팀에도 권했다.',
    noNodes: ['Person:구축한'],
  },
  // a print dialogue whose answers open on the speaker's bare name ("NAME 네, …니다."): an official's turns speak for the
  // programme they name, a company speaker's for the company
  {
    cat: 'bare-name-dialogue-turns',
    text: "신년 대담\n\n노하윤 중소벤처기업부 디지털혁신정책관 × 길태오 바람테크 대표\n\n— 올해 사업은 어떻게 달라지나요.\n\n노하윤 예산을 크게 늘렸습니다. 'AI 제조 혁신 바우처 사업'은 이제 지역 공장까지 넓힙니다.\n\n— 바람테크는 어떤 준비를 하나요.\n\n길태오 저희는 설비 점검 모델을 만들고 있습니다. 봄에 시험판을 냅니다.\n\n노하윤 현장 의견을 계속 듣겠습니다.\n\n길태오 정부와 자주 만나고 싶습니다.",
    expect: ['PROMOTES 노하윤 -> AI 제조 혁신 바우처 사업'],
    absent: ['PROMOTES 길태오 -> AI 제조 혁신 바우처 사업'],
  },
  // "COMPANY 연구소는", "COMPANY AI랩은", "COMPANY 아카데미는": a company's lab or academy as the subject acts for its company
  // (not for a company named in the sentence before)
  {
    cat: 'company-unit-subject',
    text: "에이치솔루션은 지난주 물류 모델 에이치-물류를 냈다. 클라우드 기업 온새미로소프트 AI연구소는 새 모델 '늘봄-2'를 개발했다.",
    expect: ['DEVELOPED 온새미로소프트 -> 늘봄-2'],
    absent: ['DEVELOPED 에이치솔루션 -> 늘봄-2'],
  },
  {
    cat: 'company-unit-subject',
    text: "에이치솔루션은 지난주 물류 모델 에이치-물류를 냈다. AI 스타트업 마루비트랩스 AI랩은 소형 모델 '마루-S'를 학습해 공개했다.",
    expect: ['DEVELOPED 마루비트랩스 -> 마루-S'],
    absent: ['DEVELOPED 에이치솔루션 -> 마루-S'],
  },
  // Meta's Code Llama (gazetteer), in Hangul or in Latin, is a model of its own, not the bare Llama family
  {
    cat: 'gazetteer-code-llama',
    text: '별솔코드는 자체 코드 모델 별솔-C를 냈다. 회사는 "메타의 코드 라마 같은 공개 모델은 쓰지 않았다"고 했다.',
    nodes: ['Model:코드 라마'],
    noNodes: ['Model:라마'],
    absent: ['BASED_ON 별솔-C -> 코드 라마'],
  },
];

describe('r57d: programmes an official or a consortium speaks of', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkFactRow(row));
});
