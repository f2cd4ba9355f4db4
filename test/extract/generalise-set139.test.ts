/**
 * Generalisation rows for the forms first met in held-out set 139: a parent company the body names only as the
 * modifier of a service or an era, and an English company named in apposition with a counted kind ("a 40-person startup").
 * Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // a heading's parent whose body names it only before a word ("네이버 지도에", "네이버 시절") is the subsidiary the body names
  {
    cat: 'resolve.headline-parent-modifier',
    text: "◆ 네이버, 새 판 짠다\n\n네이버클라우드는 새 모델 '누리온-3'을 공개했다. 네이버클라우드는 이 모델을 네이버 지도에 먼저 넣는다. 박서윤 팀장은 네이버 시절 내내 지도를 맡았다.",
    expect: ['DEVELOPED 네이버클라우드 -> 누리온-3'],
    sameNode: ['네이버클라우드=네이버'],
  },
  // a parent the body names as a party with its particle stays a company of its own
  {
    cat: 'resolve.headline-parent-modifier',
    text: "◆ 네이버, 새 판 짠다\n\n네이버클라우드는 새 모델 '누리온-3'을 공개했다. 네이버는 이 모델에 300억 원을 투자했다. 네이버클라우드는 이 모델을 네이버 지도에 먼저 넣는다.",
    nodes: ['Company:네이버', 'Company:네이버클라우드'],
  },
  // the parent's side or its people ("네이버 쪽은", "네이버 관계자") are the parent as a party
  {
    cat: 'resolve.headline-parent-modifier',
    text: "◆ 네이버, 새 판 짠다\n\n네이버클라우드는 새 모델 '누리온-3'을 공개했다. 네이버 쪽은 내부 승진으로 빈자리를 채웠다. 네이버클라우드는 이 모델을 네이버 지도에 먼저 넣는다.",
    nodes: ['Company:네이버', 'Company:네이버클라우드'],
  },
  // "NAME, a 40-person startup in Busan": a counted kind in apposition names a company
  {
    cat: 'discover.en-counted-kind',
    text: "Kim Da-eun joined Harbor Loom, a 25-person startup in Busan, in May. In July, Harbor Loom released Loom-1, a 3-billion-parameter model.",
    nodes: ['Company:Harbor Loom'],
    expect: ['DEVELOPED Harbor Loom -> Loom-1'],
  },
  // a count of years before no kind word names none
  {
    cat: 'discover.en-counted-kind',
    text: 'Kim Da-eun joined Harbor Loom, a 25-year veteran of the port, in May.',
    noNodes: ['Company:Harbor Loom'],
  },
  // "Y, an open-weight model published by …" and "Y, a 1.3-billion-parameter model …, with open weights": the appositive calls Y open
  {
    cat: 'property.en-apposed-open',
    text: "Harbor Loom released Loom-2 in July. It built Loom-2 on Kestrel Base 30B, an open-weight model published by a Daejeon lab last year. It also released Loom-2 Mini, a 1.3-billion-parameter model distilled from Loom-2, with open weights under an MIT license.",
    props: ['Kestrel Base 30B=openSource:true', 'Loom-2 Mini=openSource:true'],
  },
  // a hedged appositive calls no model open
  {
    cat: 'property.en-apposed-open',
    text: "Harbor Loom released Loom-2 in July. It built Loom-2 on Kestrel Base 30B, which may become an open-weight model next year.",
    props: ['Kestrel Base 30B=openSource:undefined'],
  },
  // "Y, released last Friday," against a Friday article: the Friday a week before; "released on Monday," the latest Monday
  {
    cat: 'property.en-apposed-weekday',
    publishedAt: '2026-03-13',
    text: 'Harbor Loom released Loom-1 in 2025. Harbor Loom released Loom-2 in March. Harbor Loom released Loom-2 Mini in March. Its successor, Loom-2, released last Friday, runs on a single GPU. A smaller sibling, Loom-2 Mini, released on Monday, is free to try.',
    props: ['Loom-2=releasedOn:2026-03-06', 'Loom-2 Mini=releasedOn:2026-03-09'],
  },
  // a weekday that is no release of the model gives no day
  {
    cat: 'property.en-apposed-weekday',
    publishedAt: '2026-03-13',
    text: 'Harbor Loom released Loom-1 in 2025. Harbor Loom released Loom-2 in March. Harbor Loom released Loom-2 Mini in March. Its successor, Loom-2, praised last Friday by reviewers, runs on a single GPU.',
    props: ['Loom-2=releasedOn:undefined'],
  },
  // "A는 … 기존 B를 대체해": the model that replaced the earlier one succeeds it
  {
    cat: 'succeeds.replaces-existing',
    text: "가온랩은 지난해 '가온-R 1'을 공개했다. 가온-R 2는 지난 9월 기존 가온-R 1을 대체해 회사 검색 서비스에 탑재된 모델이다.",
    expect: ['SUCCEEDS 가온-R 2 -> 가온-R 1'],
  },
  // another company's model replaced without "기존" names no succession
  {
    cat: 'succeeds.replaces-existing',
    text: "가온랩은 지난해 '가온-R 1'을 공개했다. 가온-R 2는 해외 모델을 대체할 수 있을지 주목된다.",
    absent: ['SUCCEEDS 가온-R 2 -> 가온-R 1'],
  },
  // a base is no successor of the model built on it, whatever subject a later sentence carries
  {
    cat: 'succeeds.no-successor-of-derived',
    text: "가온랩은 새 모델 '가온-M 2'를 내놨다. \"가온-M 1은 바다-8B를 미세조정한 모델이었어요. 바다는 이번엔 안 썼어요. 가온-M 1의 후속이긴 한데 사실상 다른 모델이죠.\"",
    absent: ['SUCCEEDS 바다-8B -> 가온-M 1'],
  },
  // "◇X AI 조직 인사" over "▲POST NAME(신임)" lines: each listed person works for X, under the post (a note of the term, or of a former job, closes the line)
  {
    cat: 'works-for.diamond-roster',
    text: "카카오는 새 AI 조직을 꾸렸다고 밝혔다. 김서진 박사는 2019년 학위를 받았다.\n\n◇카카오 AI 조직 인사\n\n▲에이전트 플랫폼장 김서진(신임·전 네이버클라우드 연구원)\n\n▲멀티모달 성과리더 오태민(유임)",
    expect: ['WORKS_FOR 김서진 -> 카카오', 'WORKS_FOR 오태민 -> 카카오'],
    edgeProps: ['WORKS_FOR 오태민 -> 카카오 title=멀티모달 성과리더'],
    absent: ['WORKS_FOR 김서진 -> 네이버클라우드'],
  },
  // a diamond heading that is no personnel list opens no roster
  {
    cat: 'works-for.diamond-roster',
    text: "카카오는 새 AI 조직을 꾸렸다고 밝혔다.\n\n◇카카오 AI 조직 개편 배경\n\n▲에이전트 플랫폼장 김서진(신임)",
    absent: ['WORKS_FOR 김서진 -> 카카오'],
  },
  // "X는 … Y 컨소시엄의 일원으로 참여했다": a member of the consortium named after its lead partners the lead
  {
    cat: 'partners.member-of-named-consortium',
    text: '가온랩은 지난 1차 평가에서 코난테크놀로지 컨소시엄의 일원으로 참여했다.',
    expect: ['PARTNERS_WITH 가온랩 -> 코난테크놀로지'],
  },
  {
    cat: 'partners.member-of-named-consortium',
    text: '가온랩은 코난테크놀로지 컨소시엄과 경쟁했다.',
    absent: ['PARTNERS_WITH 가온랩 -> 코난테크놀로지'],
  },
  // a rumour of joining that the lead denies is no partnership
  {
    cat: 'partners.member-of-named-consortium',
    text: '가온랩이 코난테크놀로지 컨소시엄에 합류했다는 설도 돌았지만, 코난테크놀로지는 "사실무근"이라고 일축했다.',
    absent: ['PARTNERS_WITH 가온랩 -> 코난테크놀로지'],
  },
  // "두 회사가 같이 개발하는 관계는 아닙니다": the head noun of the clause of doing it together is denied, and so is the partnership
  {
    cat: 'partners.denied-head-topic',
    text: '가온랩은 코난테크놀로지의 모델을 라이선스대로 쓴다. 가온랩 대표는 "두 회사가 뭘 같이 개발하는 관계는 아닙니다"라고 말했다.',
    absent: ['PARTNERS_WITH 가온랩 -> 코난테크놀로지'],
  },
  {
    cat: 'partners.denied-head-topic',
    text: '가온랩은 코난테크놀로지와 함께 개발하는 의료 모델을 내년에 내놓는다.',
    expect: ['PARTNERS_WITH 가온랩 -> 코난테크놀로지'],
  },
  // "회사를 2019년 세운 창업자 NAME": the verb of founding before the title names no company
  {
    cat: 'discover.founder-verb',
    text: '가온랩은 새 대표를 선임했다. 회사를 2019년 세운 창업자 박도윤 전 대표는 이사회 의장을 맡는다.',
    noNodes: ['Company:세운'],
  },
  {
    cat: 'discover.founder-verb',
    text: '누리온 창업자 박도윤 대표는 새 모델 개발을 이끌고 있다.',
    nodes: ['Company:누리온'],
  },
];

describe('generalise: set 139 forms', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkFactRow(row));
});
