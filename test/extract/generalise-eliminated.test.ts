/**
 * Generalisation rows for a team eliminated from a programme (test/holdout/README.md, "A team eliminated from a programme"):
 * a company said to have been dropped, to have lost a round ("고배를 마셨던 X", "X's consortium was eliminated") or to lead a
 * team that survived a cut took part in the programme named before; one that only may be dropped, may lead, or never took
 * part gets no edge. Every sentence here is written for the tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const P = 'PARTICIPATES_IN';
const rows: FactRow[] = [
  // Korean: a past-perfect adnominal of losing a round ("고배를 마셨던 X는", "떨어졌던 X는"), then a later call it skips
  {
    cat: 'ko.lost-round-adnominal',
    text: "해양수산부는 '스마트 항만 AI 실증사업' 2차 공모를 열었다. 지난해 1차 심사에서 고배를 마셨던 가온데이터는 이번 공모에 다시 지원하지 않았다.",
    expect: [`${P} 가온데이터 -> 스마트 항만 AI 실증사업`],
  },
  {
    cat: 'ko.lost-round-adnominal',
    text: "해양수산부는 '스마트 항만 AI 실증사업' 2차 공모를 열었다. 1차 심사에서 떨어졌던 가온데이터는 재도전 여부를 검토하고 있다.",
    expect: [`${P} 가온데이터 -> 스마트 항만 AI 실증사업`],
  },
  // trap: a company that only considers applying is no participant
  {
    cat: 'ko.lost-round-adnominal',
    text: "해양수산부는 '스마트 항만 AI 실증사업' 2차 공모를 열었다. 가온데이터는 이번 공모에 지원할지 검토하고 있다.",
    absent: [`${P} 가온데이터 -> 스마트 항만 AI 실증사업`],
  },
  // English: a possessive team eliminated
  {
    cat: 'en.possessive-team-eliminated',
    text: "The city graded the Busan Smart Port Project in May. Wrtn's team was eliminated in March.",
    expect: [`${P} Wrtn -> Busan Smart Port Project`],
  },
  {
    cat: 'en.possessive-team-eliminated',
    text: "The city graded the Busan Smart Port Project in May. Wrtn's team might be eliminated in March.",
    absent: [`${P} Wrtn -> Busan Smart Port Project`],
  },
  // English: "teams - led by A, a description, and B - were eliminated": the leads, not the companies in the descriptions
  {
    cat: 'en.teams-led-by-eliminated',
    text: 'The city graded the Busan Smart Port Project in May. Two teams - led by Wrtn, a unit of Kakao, and Liner - were eliminated in the first round.',
    expect: [`${P} Wrtn -> Busan Smart Port Project`, `${P} Liner -> Busan Smart Port Project`],
    absent: [`${P} Kakao -> Busan Smart Port Project`],
  },
  // English: leading the teams that survived a cut
  {
    cat: 'en.lead-surviving-teams',
    text: 'The city graded the Busan Smart Port Project in May. Wrtn and Liner lead the two teams that survived the June cut.',
    expect: [`${P} Wrtn -> Busan Smart Port Project`, `${P} Liner -> Busan Smart Port Project`],
  },
  {
    cat: 'en.lead-surviving-teams',
    text: 'The city graded the Busan Smart Port Project in May. Wrtn and Liner could lead the two teams that survived the June cut.',
    absent: [`${P} Wrtn -> Busan Smart Port Project`],
  },
  // Korean: an elimination told far after the programme, an agenda named between ("소버린 AI"): the one programme named so far
  {
    cat: 'ko.round-loser-far-programme',
    text: "해양수산부가 추진하는 '스마트 항만 AI 실증사업'의 2차 평가 결과가 발표됐다. 한울소프트와 솔트룩스가 다음 단계에 올랐다. 장관은 \"항만 AI는 소버린 AI의 출발점\"이라고 말했다. 한울소프트는 자체 모델을 냈다. 솔트룩스는 협력사를 늘렸다. 평가 기준은 공개되지 않았다. 1차 평가에서 탈락한 가온데이터는 이번 추가 공모에 지원하지 않았다.",
    expect: [`${P} 가온데이터 -> 스마트 항만 AI 실증사업`],
  },
  {
    cat: 'ko.round-loser-far-programme',
    text: "해양수산부가 추진하는 '스마트 항만 AI 실증사업'의 2차 평가 결과가 발표됐다. 한울소프트와 솔트룩스가 다음 단계에 올랐다. 장관은 \"항만 AI는 소버린 AI의 출발점\"이라고 말했다. 한울소프트는 자체 모델을 냈다. 솔트룩스는 협력사를 늘렸다. 평가 기준은 공개되지 않았다. 1차 평가에서 고배를 마신 가온데이터를 둘러싼 논쟁이 대표적이다.",
    expect: [`${P} 가온데이터 -> 스마트 항만 AI 실증사업`],
  },
  // traps: a company that never applied; one only expected to be eliminated
  {
    cat: 'ko.round-loser-far-programme',
    text: "해양수산부가 추진하는 '스마트 항만 AI 실증사업'의 2차 평가 결과가 발표됐다. 한울소프트와 솔트룩스가 다음 단계에 올랐다. 장관은 \"항만 AI는 소버린 AI의 출발점\"이라고 말했다. 한울소프트는 자체 모델을 냈다. 솔트룩스는 협력사를 늘렸다. 평가 기준은 공개되지 않았다. 가온데이터는 이번 추가 공모에 지원하지 않았다.",
    absent: [`${P} 가온데이터 -> 스마트 항만 AI 실증사업`],
  },
  {
    cat: 'ko.round-loser-far-programme',
    text: "해양수산부가 추진하는 '스마트 항만 AI 실증사업'의 2차 평가 결과가 발표됐다. 한울소프트와 솔트룩스가 다음 단계에 올랐다. 장관은 \"항만 AI는 소버린 AI의 출발점\"이라고 말했다. 한울소프트는 자체 모델을 냈다. 솔트룩스는 협력사를 늘렸다. 평가 기준은 공개되지 않았다. 1차 평가에서 탈락할 것으로 보이는 가온데이터는 자체 모델 개발에 집중하고 있다.",
    absent: [`${P} 가온데이터 -> 스마트 항만 AI 실증사업`],
  },
  // English: teams led by A and B eliminated, the programme named far before and an agenda between
  {
    cat: 'en.teams-eliminated-far-programme',
    text: 'The city launched the Busan Smart Port Project last year with five teams. "Sovereign AI is about ownership," the mayor said. The city wants one model trained at home. Wrtn is building a port model. Liner leads a team of its own. Reviewers have not published the scores. Two of the original five teams - led by Scatter Lab, the chatbot unit of Kakao, and Riiid, the tutoring firm - were eliminated in the first evaluation in January.',
    expect: [`${P} Scatter Lab -> Busan Smart Port Project`, `${P} Riiid -> Busan Smart Port Project`],
    absent: [`${P} Kakao -> Busan Smart Port Project`],
  },
  {
    cat: 'en.teams-eliminated-far-programme',
    text: 'The city launched the Busan Smart Port Project last year with five teams. "Sovereign AI is about ownership," the mayor said. The city wants one model trained at home. Wrtn is building a port model. Liner leads a team of its own. Reviewers have not published the scores. Two of the original five teams - led by Scatter Lab and Riiid - could be eliminated in the next evaluation.',
    absent: [`${P} Scatter Lab -> Busan Smart Port Project`, `${P} Riiid -> Busan Smart Port Project`],
  },
  // Korean: "1차 평가에서 탈락한 X가 P2에는 들어갔는데": the round is of the programme named with its stages, not of the P2 contrasted
  {
    cat: 'ko.round-loser-other-programme',
    text: "회의에는 '스마트 항만 AI 실증사업' 2단계에 진출한 기업 대표들이 참석했다. 차관은 'AI 민원 비서 시범사업'의 추진 방향을 설명했다. 이 시범사업에는 KT와 가온데이터가 함께 참여한다. 질문: 1차 평가에서 탈락한 가온데이터가 AI 민원 비서 시범사업에는 들어갔는데, 패자부활로 봐야 합니까?",
    expect: [`${P} 가온데이터 -> 스마트 항만 AI 실증사업`],
  },
  {
    cat: 'ko.round-loser-other-programme',
    text: "회의에는 '스마트 항만 AI 실증사업' 2단계에 진출한 기업 대표들이 참석했다. 차관은 'AI 민원 비서 시범사업'의 추진 방향을 설명했다. 이 시범사업에는 KT와 가온데이터가 함께 참여한다. 질문: 1차 평가를 앞둔 가온데이터가 AI 민원 비서 시범사업에는 들어갔는데, 이중 지원으로 봐야 합니까?",
    absent: [`${P} 가온데이터 -> 스마트 항만 AI 실증사업`],
  },
  // Korean: the topic company, the programme in its clause, "1차 선정에서 탈락한 뒤 재도전 여부를 검토 중": it took part
  {
    cat: 'ko.topic-programme-round-lost',
    text: "한편 가온데이터는 해양수산부가 추진하는 '스마트 항만 AI 실증사업'에는 올해 1차 선정에서 탈락한 뒤 재도전 여부를 두고 \"내부적으로 검토 중\"이라는 입장이다.",
    expect: [`${P} 가온데이터 -> 스마트 항만 AI 실증사업`],
  },
  // traps: only considering applying; a hedged elimination
  {
    cat: 'ko.topic-programme-round-lost',
    text: "한편 가온데이터는 해양수산부가 추진하는 '스마트 항만 AI 실증사업'에는 지원 여부를 두고 \"내부적으로 검토 중\"이라는 입장이다.",
    absent: [`${P} 가온데이터 -> 스마트 항만 AI 실증사업`],
  },
  {
    cat: 'ko.topic-programme-round-lost',
    text: "한편 가온데이터는 해양수산부가 추진하는 '스마트 항만 AI 실증사업'에는 1차 선정에서 탈락할 수도 있다는 관측이 나온다.",
    absent: [`${P} 가온데이터 -> 스마트 항만 AI 실증사업`],
  },
  // Korean: a subject-less "1차 때 고배를 마신 만큼" after a sentence whose subject is the company and which names the programme
  {
    cat: 'ko.omitted-subject-round-lost',
    text: "가온데이터는 '스마트 항만 AI 실증사업' 2차 공모 지원 여부에 대해 \"내부적으로 검토하고 있다\"고 전했다. 1차 때 고배를 마신 만큼 신중하게 접근하는 것으로 풀이된다.",
    expect: [`${P} 가온데이터 -> 스마트 항만 AI 실증사업`],
  },
  {
    cat: 'ko.omitted-subject-round-lost',
    text: "가온데이터는 '스마트 항만 AI 실증사업' 2차 공모 지원 여부에 대해 \"내부적으로 검토하고 있다\"고 전했다. 첫 도전인 만큼 신중하게 접근하는 것으로 풀이된다.",
    absent: [`${P} 가온데이터 -> 스마트 항만 AI 실증사업`],
  },
];

describe('generalise: a team eliminated from a programme', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 60)}`, () => checkFactRow(row));
});
