/**
 * Generalisation rows for sets 84 and 102's forms: a forum reply that tips another model ("Y도 한번 보세요") and then
 * gives its score in speech ("KMMLU 48.6 나왔고,"); a greeting whose team is named after a dotted line name
 * ("안녕하세요, X A.X 팀 홍길동입니다"); a two-syllable Korean name glossed by its own Latin spelling ("박준(Jun Park)").
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // a tip to try a model makes it the topic of the next sentence, and a bare pair before a spoken "나왔고," is its score
  { cat: 'scored.focus-bare-pairs', text: "저희는 사내 모델 '가람-7B'를 쓰고 있어요. 참고로 카카오의 Kanana 1.5 8B도 한번 보세요. 제 환경(5-shot)에서 KMMLU 47.2 나왔고, 라이선스도 괜찮습니다.", expect: ['SCORED Kanana 1.5 8B -> KMMLU'], absent: ['SCORED 가람-7B -> KMMLU'], edgeProps: ['SCORED Kanana 1.5 8B -> KMMLU score=47.2'] },
  { cat: 'scored.focus-bare-pairs', text: "보람소프트는 경량 모델 'NS-4'를 공개했어요. 돌려 보니 KoBEST 80.3 나왔고, 속도도 빠릅니다.", expect: ['SCORED NS-4 -> KoBEST'] },
  // the trap: a tip with no figure after it gives no score; a relative drop is no score either
  { cat: 'scored.focus-bare-pairs', text: "저희는 사내 모델 '가람-7B'를 쓰고 있어요. 참고로 카카오의 Kanana 1.5 8B도 한번 보세요. 라이선스도 상업 이용이 됩니다.", absent: ['SCORED Kanana 1.5 8B -> KMMLU', 'SCORED 가람-7B -> KMMLU'] },
  { cat: 'scored.focus-bare-pairs', text: "보람소프트는 경량 모델 'NS-4'를 공개했어요. 튜닝 후 KMMLU가 3점 넘게 빠졌고, 원인을 찾고 있어요.", absent: ['SCORED NS-4 -> KMMLU'] },
  // a greeting's team named after a dotted line name
  { cat: 'works-for.greeting-team', text: '안녕하세요, SK텔레콤 A.X 팀 문서하입니다. 질문이 있어서 답변 드립니다.', expect: ['WORKS_FOR 문서하 -> SK텔레콤'], nodes: ['Person:문서하'] },
  { cat: 'works-for.greeting-team', text: '안녕하세요, 카카오 추론팀 서가온입니다.', expect: ['WORKS_FOR 서가온 -> 카카오'] },
  // the trap: a greeting that names no person before 입니다 ("… 팀 공식 계정입니다")
  { cat: 'works-for.greeting-team', text: '안녕하세요, SK텔레콤 A.X 팀 공식 계정입니다. 질문 환영합니다.', absent: ['WORKS_FOR 공식 -> SK텔레콤'], noNodes: ['Person:공식'] },
  // a two-syllable Korean name with its own Latin spelling in brackets is a person (and its title gives WORKS_FOR)
  { cat: 'persons.glossed-short-name', text: "스타트업 바람랩스가 '바람-M 2'를 공개했다. 정민(Min Jung) 바람랩스 대표는 \"가중치를 가져온 적은 없다\"고 밝혔다.", nodes: ['Person:정민'], expect: ['WORKS_FOR 정민 -> 바람랩스'] },
  { cat: 'persons.glossed-short-name', text: "최훈(Hoon Choi) 카카오 이사는 이날 발표를 맡았다.", nodes: ['Person:최훈'], expect: ['WORKS_FOR 최훈 -> 카카오'] },
  // the traps: a gloss that spells another name, or a two-syllable word that is no name
  { cat: 'persons.glossed-short-name', text: "김율(Minho Park) 카카오 대표는 이날 발표를 맡았다.", noNodes: ['Person:김율'] },
  { cat: 'persons.glossed-short-name', text: "이번(This Time) 카카오 발표는 길었다.", noNodes: ['Person:이번'] },
  // a lower-case name glued after a dot, "=" or "@" is part of a host name, a header key or an address, no company
  { cat: 'gazetteer.host-part', text: "Received: from mail-out7.google.com (mail-out7.google.com [10.0.0.1])\nDKIM-Signature: v=1; d=nurilabs.kr; s=google;", noNodes: ['Company:google'] },
  { cat: 'gazetteer.host-part', text: "바람랩스는 Google과 검색 모델을 공동 개발한다.", nodes: ['Company:Google'] },
  // a bare family word beside a generic build from scratch ("처음부터 만드는 것보다") is the article's one version of it
  { cat: 'families.from-scratch-generic', text: "가람AI는 카카오의 카나나 1.5를 바탕으로 '가람 v3'를 만들었다. 가람AI CTO는 \"카나나의 토크나이저가 좋아 처음부터 만드는 것보다 훨씬 싸게 모델을 뽑았다\"고 설명했다.", noNodes: ['Model:카나나'], expect: ['BASED_ON 가람 v3 -> 카나나 1.5'] },
  // a bare family word said to be a base, after the clause's one version of it, is that version
  { cat: 'families.base-after-version', text: "바람브레인의 바람-K 8B는 레이어 수가 메타의 라마 3.1 8B와 거의 같아 업계에서는 라마 기반 모델로 추정하고 있다.", noNodes: ['Model:라마'] },
  // the trap: the family word said to be a base where the clause names two of its versions stays the family
  { cat: 'families.base-after-version', text: "바람브레인의 바람-K 8B는 라마 3 8B, 라마 3.1 8B와 레이어 수가 같아 업계에서는 라마 기반 모델로 추정하고 있다.", nodes: ['Model:라마'] },
  // a successor phrase ends with its clause ("…의 후속 모델로 … 규모이며,"): the co-released model of the next clause succeeds nothing
  { cat: 'succeeds.successor-modifier', text: "가람AI의 가람-X는 가람-9의 후속 모델로 1200억 개 매개변수 규모이며, 바람랩스의 바람-M 2와 함께 가중치가 공개됐다.", expect: ['SUCCEEDS 가람-X -> 가람-9'], absent: ['SUCCEEDS 바람-M 2 -> 가람-9'] },
  { cat: 'succeeds.successor-modifier', text: "가람-9의 후속 모델로 가람AI가 내놓은 가람-X가 주목받는다.", expect: ['SUCCEEDS 가람-X -> 가람-9'] },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});
