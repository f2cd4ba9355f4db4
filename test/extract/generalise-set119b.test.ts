/**
 * Generalisation rows for the forms met in the second round on held-out set 119: kinds of institution and in-house
 * departments ("은행 측", "기업 인사팀", "한 법무법인 변호사") that are no companies; a quoted adnominal verb before a
 * generic word ("'생각하는 AI'") and a quoted score with a word on it ("'50점 안팎'") that name no model; a tie on a
 * benchmark that scores both models; a range of scores ("N점에서 M점 사이") that is no score; a model's maker found
 * before a release to come ("X가 … 공개 예정인 'Y'") or as its owner with its use between ("X의 상담용 모델 'Y'");
 * roster lines "LEAD 팀 - A, B" whose members join their lead's programme; a model named after an open release's
 * adnominal ("오픈소스로 푼 'Y'") as open source; a team's entry ("X는 … 모델 'Y'로 이름을 올렸다", "'Y'를 내세웠다")
 * as the model it develops; the company that fills a leaver's place in a team ("그 자리는 C가 채웠다") as a member.
 * Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // an institution's kind or an in-house team, said in place of a name, is no company
  {
    cat: 'nonentity.institution-kind',
    text: '하나로저축이 지난달 출시한 상담 모델 \'하나로봇 3\'는 바람랩스와 함께 만들었다. 은행 측은 "상담 품질이 좋아졌다"고 밝혔다. 기업 인사팀의 채용 도우미로도 쓰인다. 한 법무법인 변호사는 "계약을 꼼꼼히 봐야 한다"고 말했다.',
    expect: ['DEVELOPED 하나로저축 -> 하나로봇 3'],
    noNodes: ['Company:은행', 'Company:인사팀', 'Company:법무법인 변호사'],
  },
  // a named law firm stays a company
  {
    cat: 'nonentity.institution-kind',
    text: '법무법인 세림은 리걸테크 기업 판도랩스와 업무협약을 맺었다고 밝혔다.',
    nodes: ['Company:판도랩스'],
  },
  // an adnominal verb before a generic word, quoted, describes a kind of AI and names no model
  {
    cat: 'quoted.described-kind',
    text: "바람랩스가 '말하는 AI'를 내세운 음성 모델 '바람보이스 2'를 공개했다.",
    expect: ['DEVELOPED 바람랩스 -> 바람보이스 2'],
    noNodes: ['Model:말하는 AI'],
  },
  // a quoted name that only ends in a generic word is still a name
  {
    cat: 'quoted.described-kind',
    text: "바람랩스가 음성 모델 '바람 AI'를 공개했다.",
    expect: ['DEVELOPED 바람랩스 -> 바람 AI'],
  },
  // "A와 B가 BENCH에서 나란히 N점을 받았다": a tie gives both models the one score
  {
    cat: 'scored.models-level-on-bench',
    text: "바람랩스의 '바람 7B'와 누리소프트의 '누리 2'가 한국어 상식을 묻는 KoBEST에서 나란히 71.3점을 받았다.",
    expect: ['SCORED 바람 7B -> KoBEST', 'SCORED 누리 2 -> KoBEST'],
    edgeProps: ['SCORED 바람 7B -> KoBEST score=71.3', 'SCORED 누리 2 -> KoBEST score=71.3'],
  },
  // a hoped-for score is no score reached
  {
    cat: 'scored.models-level-on-bench',
    text: "바람랩스의 '바람 7B'와 누리소프트의 '누리 2'가 KoBEST에서 나란히 71.3점을 받을 것으로 예상된다.",
    absent: ['SCORED 바람 7B -> KoBEST'],
  },
  // a score with a word on it, quoted, names no model
  {
    cat: 'quoted.score-phrase',
    text: "바람랩스의 소형 모델 '바람 1B'는 측정마다 KMMLU 점수가 흔들려 '40점 안팎'으로만 표기됐다.",
    noNodes: ['Model:40점 안팎'],
  },
  // "N점에서 M점 사이를 오갔다": a range gives the model no score
  {
    cat: 'scored.range-between',
    text: '비교용으로 돌린 누리 2는 회차에 따라 KoBEST 61점에서 64점 사이를 오갔다.',
    absent: ['SCORED 누리 2 -> KoBEST'],
  },
  // one score stated after the range's words is still a score
  {
    cat: 'scored.range-between',
    text: '누리 2는 KoBEST에서 64점을 받았다. 회차 사이 편차는 작았다.',
    expect: ['SCORED 누리 2 -> KoBEST'],
  },
  // "X가 이달 말 공개 예정인 'Y'": the subject of a release to come is the model's maker, found and linked
  {
    cat: 'discover.maker-to-release',
    text: "소나무랩이 이달 말 공개 예정인 '솔잎-K 3B'는 한국어 대화에 맞춰 학습한 모델이다.",
    expect: ['DEVELOPED 소나무랩 -> 솔잎-K 3B'],
    nodes: ['Company:소나무랩'],
  },
  // "X의 상담용 모델 'Y'": the owner of a quoted model, its use and kind between, is a company
  {
    cat: 'discover.owner-with-kind',
    text: "소나무랩의 번역용 모델 '솔잎-T 2'는 기반 모델을 밝히지 않았다.",
    expect: ['DEVELOPED 소나무랩 -> 솔잎-T 2'],
    nodes: ['Company:소나무랩'],
  },
  // a generic noun before the kind is no company
  {
    cat: 'discover.owner-with-kind',
    text: "업계의 상담용 모델 '솔잎-T 2'는 기반 모델을 밝히지 않았다.",
    noNodes: ['Company:업계'],
  },
  // roster lines "LEAD 팀 - A, B" under a heading that names no programme: members join their lead's programme
  {
    cat: 'participates.team-roster-line',
    text: "바람랩스가 이끄는 컨소시엄이 독자 AI 파운데이션 모델 프로젝트 2단계에 올랐다.\n\n■ 2단계 통과 팀\n\n바람랩스 팀 - 누리소프트, 소나무랩 (모델: 바람 7B)\n",
    expect: ['PARTICIPATES_IN 누리소프트 -> 독자 AI 파운데이션 모델 프로젝트', 'PARTICIPATES_IN 소나무랩 -> 독자 AI 파운데이션 모델 프로젝트', 'PARTNERS_WITH 누리소프트 -> 바람랩스'],
  },
  // where no lead is said to take part in a programme, the roster's members take part in none
  {
    cat: 'participates.team-roster-line',
    text: "업계에서 꾸린 연구 모임이 늘고 있다.\n\n■ 연구 모임\n\n바람랩스 팀 - 누리소프트, 소나무랩\n",
    absent: ['PARTICIPATES_IN 누리소프트 -> 독자 AI 파운데이션 모델 프로젝트'],
  },
  // "X가 오픈소스로 푼 'Y'를 기반으로": the model an open release's adnominal names is open source
  {
    cat: 'property.open-release-adnominal',
    text: "소나무랩은 바람랩스가 오픈소스로 푼 '바람 7B'를 기반으로 번역 모델 '솔잎-T 2'를 개발한다.",
    props: ['바람 7B=openSource:true'],
  },
  // a model released without the open-source words is not said open
  {
    cat: 'property.open-release-adnominal',
    text: "소나무랩은 바람랩스가 지난달 공개한 '바람 7B'를 기반으로 번역 모델 '솔잎-T 2'를 개발한다.",
    props: ['바람 7B=openSource:undefined'],
  },
  // "X는 … 모델 'Y'로 이름을 올렸다", "X는 … 모델 'Y'를 내세웠다": a team's entry is the model it develops
  {
    cat: 'developed.entered-with-model',
    text: "소나무랩은 물류 특화 모델 '솔잎-L 1'로 이름을 올렸다.",
    expect: ['DEVELOPED 소나무랩 -> 솔잎-L 1'],
  },
  {
    cat: 'developed.entered-with-model',
    text: "바람랩스는 이번 공모에 조선 설계 모델 '바람 쉽 2'를 내세웠다.",
    expect: ['DEVELOPED 바람랩스 -> 바람 쉽 2'],
  },
  // a denied entry gives nothing
  {
    cat: 'developed.entered-with-model',
    text: "소나무랩은 물류 특화 모델 '솔잎-L 1'로 이름을 올렸다는 보도를 부인하며 '솔잎-L 1'은 다른 회사 모델이라고 밝혔다.",
    absent: ['DEVELOPED 소나무랩 -> 솔잎-L 1'],
  },
  // "A 컨소시엄에 … B는 빠졌고, 그 자리는 C가 채웠다": C joins A's team, and A's programme
  {
    cat: 'partners.consortium-place-filled',
    text: "바람랩스 컨소시엄이 산업 AI 실증 사업에 선정됐다. 당초 바람랩스 컨소시엄에 합류했던 누리소프트는 제출 직전 빠졌고, 그 자리는 소나무랩이 채웠다.",
    expect: ['PARTNERS_WITH 바람랩스 -> 소나무랩', 'PARTICIPATES_IN 소나무랩 -> 산업 AI 실증 사업'],
  },
  // a place filled in something other than a team is no partnership
  {
    cat: 'partners.consortium-place-filled',
    text: "바람랩스의 대표가 물러났고, 그 자리는 소나무랩 출신 인사가 채웠다.",
    absent: ['PARTNERS_WITH 바람랩스 -> 소나무랩'],
  },
];

describe('generalisation rows (set 119, second round)', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkFactRow(row));
});
