/**
 * Generalisation rows for the forms first met in held-out set 115: a verb's adnominal before 는 that is no company
 * ("인터넷 없이 돌아가는 모델"), a post held alongside another ("X의 최고기술책임자(CTO)를 겸하는 NAME"), entering a
 * programme ("…에 발을 들였다"), joining another company's consortium with the subject omitted, and a score range.
 * Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // a connective and an auxiliary before 는 ("돌아가는", "이어오는") is a verb's adnominal, not a company's topic
  {
    cat: 'discover.verb-adnominal',
    text: "가람테크가 클라우드 없이 돌아가는 경량 언어모델 '가람-1B'를 지난 3일 공개했다.",
    expect: ['DEVELOPED 가람테크 -> 가람-1B'],
    noNodes: ['Company:돌아가'],
  },
  {
    cat: 'discover.verb-adnominal',
    text: "별빛랩은 10년간 이어오는 검색 사업 대신 새 모델 '별빛 2'를 내놨다.",
    expect: ['DEVELOPED 별빛랩 -> 별빛 2'],
    noNodes: ['Company:이어오'],
  },
  // a subject whose name ends like a verb stem is still read when its particle is 가/이
  {
    cat: 'discover.verb-adnominal',
    text: "누비온은 새 언어모델 Aster 2를 내놨다.",
    expect: ['DEVELOPED 누비온 -> Aster 2'],
  },
  // a post held alongside another one, with its Latin abbreviation in parentheses
  {
    cat: 'works-for.held-alongside',
    text: '다온테크의 최고기술책임자(CTO)를 겸하는 이서연 교수는 "경량화가 핵심"이라고 말했다.',
    expect: ['WORKS_FOR 이서연 -> 다온테크'],
  },
  {
    cat: 'works-for.held-alongside',
    text: '가온소프트의 연구소장을 겸임하고 있는 박도윤 박사는 새 모델을 소개했다.',
    expect: ['WORKS_FOR 박도윤 -> 가온소프트'],
  },
  // a post that was held alongside once is no present employment
  {
    cat: 'works-for.held-alongside',
    text: '가온소프트의 연구소장을 겸하던 박도윤 박사는 지난해 학교로 돌아갔다.',
    absent: ['WORKS_FOR 박도윤 -> 가온소프트'],
  },
  // "…에 발을 들였다": entering a programme is taking part in it; not entering is not
  {
    cat: 'participates.set-foot',
    text: "모아데이터는 정부의 '공공 AI 전환 사업'에 발을 들였다.",
    expect: ['PARTICIPATES_IN 모아데이터 -> 공공 AI 전환 사업'],
  },
  {
    cat: 'participates.set-foot',
    text: "모아데이터는 정부의 '공공 AI 전환 사업'에는 발을 들이지 않았다.",
    absent: ['PARTICIPATES_IN 모아데이터 -> 공공 AI 전환 사업'],
  },
  // the next sentence omits its subject and joins a consortium another company leads: the two partner
  {
    cat: 'partners.omitted-subject-led-consortium',
    text: "모아데이터는 '공공 AI 전환 사업'에도 발을 들였다. 가온소프트가 주관하는 컨소시엄에 올해 2단계부터 새 참여사로 이름을 올렸다.",
    expect: ['PARTNERS_WITH 가온소프트 -> 모아데이터', 'PARTICIPATES_IN 모아데이터 -> 공공 AI 전환 사업'],
  },
  {
    cat: 'partners.omitted-subject-led-consortium',
    text: '별빛랩은 지난달 투자를 받았다. 다온테크가 이끄는 컨소시엄에 이번 단계부터 합류했다.',
    expect: ['PARTNERS_WITH 다온테크 -> 별빛랩'],
  },
  // only considering it is no partnership
  {
    cat: 'partners.omitted-subject-led-consortium',
    text: '별빛랩은 지난달 투자를 받았다. 다온테크가 이끄는 컨소시엄에 합류할지는 아직 정하지 않았다.',
    absent: ['PARTNERS_WITH 다온테크 -> 별빛랩'],
  },
  // a range is no score; one figure is
  {
    cat: 'scored.range',
    text: "가람-1B의 '한빛 리더보드' 종합 점수는 0.66~0.67 구간으로만 표시됐다.",
    absent: ['SCORED 가람-1B -> 한빛 리더보드'],
  },
  {
    cat: 'scored.range',
    text: '가람-1B는 KMMLU에서 52~54점 사이를 기록했다.',
    absent: ['SCORED 가람-1B -> KMMLU'],
  },
  {
    cat: 'scored.range',
    text: '가람-1B는 KMMLU에서 53.2점을 기록했다.',
    expect: ['SCORED 가람-1B -> KMMLU'],
    edgeProps: ['SCORED 가람-1B -> KMMLU score=53.2'],
  },
  // a table comparing where models start: a bare 방식 column, a base cell listing a body and a teacher, a family cell
  {
    cat: 'tables.base-cells',
    text: '국내 모델의 출발점을 정리했다.\n\n모델 | 개발사 | 출발점 | 방식\n바다-7B | 바다테크 | Llama 3.1 8B | 추가 사전학습\n솔잎-R | 솔잎랩 | Qwen2.5-7B / DeepSeek-R1(교사) | 증류\n여울-2 | 여울AI | 젬마 계열(버전 비공개) | 지시 학습',
    expect: [
      'DEVELOPED 바다테크 -> 바다-7B',
      'BASED_ON 바다-7B -> Llama 3.1 8B',
      'BASED_ON 솔잎-R -> Qwen2.5-7B',
      'BASED_ON 솔잎-R -> DeepSeek-R1',
      'BASED_ON 여울-2 -> 젬마',
    ],
  },
  // a slashed cell whose parts name no model gives no base
  {
    cat: 'tables.base-cells',
    text: '국내 모델의 출발점을 정리했다.\n\n모델 | 개발사 | 출발점 | 방식\n바다-7B | 바다테크 | 없음 / 자체 설계 | 프롬 스크래치\n솔잎-R | 솔잎랩 | Qwen2.5-7B | 증류',
    expect: ['BASED_ON 솔잎-R -> Qwen2.5-7B'],
    absent: ['BASED_ON 바다-7B -> 없음'],
  },
  // a model that only generated the data distilled into another is not derived from it
  {
    cat: 'based-on.teacher-data-subject',
    text: '솔잎랩은 딥시크의 R1 모델이 생성한 풀이 데이터를 알리바바의 큐웬2.5-7B에 증류했다.',
    absent: ['BASED_ON DeepSeek-R1 -> Qwen2.5-7B'],
  },
  {
    cat: 'based-on.teacher-data-subject',
    text: '솔잎-R은 큐웬2.5-7B를 증류한 모델이다.',
    expect: ['BASED_ON 솔잎-R -> 큐웬2.5-7B'],
  },
  // a model presented as another's base or teacher does not become what the next sentence's "이 모델" is
  {
    cat: 'focus.base-role-topic',
    text: "솔잎랩의 '솔잎-R'은 추론 모델이다. 학생 모델의 몸체는 큐웬2.5-7B, 교사는 딥시크-R1이다. 솔잎랩은 이 모델을 지난달 허깅페이스에 공개했다.",
    absent: ['DEVELOPED 솔잎랩 -> DeepSeek-R1'],
  },
  // a family's root presented at the end ("제품군의 뿌리는 Y다") is read as presented, not as a base role: no base edge from it
  {
    cat: 'focus.base-role-topic',
    text: "바다테크가 '바다 2' 제품군을 내놨다. 제품군의 뿌리는 바다 2-30B-Base다. 토크나이저 설계부터 사전학습까지 모두 직접 수행한 프롬 스크래치 모델이다.",
    expect: ['DEVELOPED 바다테크 -> 바다 2'],
    absent: ['BASED_ON 바다 2 -> 바다 2-30B-Base'],
  },
  // a known lead that passed "with the team it formed with B, C": B and C take part and partner with it
  {
    cat: 'consortium-scope.formed-team',
    text: "과기정통부는 '독자 AI 파운데이션 모델 프로젝트' 2차 평가 결과를 발표했다. 가온소프트, 누리테크가 이끄는 2개 정예팀이 다음 단계에 올랐다. 누리테크는 모아데이터, 한빛AI와 꾸린 팀으로 통과했다.",
    expect: ['PARTICIPATES_IN 모아데이터 -> 독자 AI 파운데이션 모델 프로젝트', 'PARTICIPATES_IN 한빛AI -> 독자 AI 파운데이션 모델 프로젝트', 'PARTNERS_WITH 누리테크 -> 모아데이터'],
  },
  {
    cat: 'consortium-scope.formed-team',
    text: "과기정통부는 '독자 AI 파운데이션 모델 프로젝트' 2차 평가 결과를 발표했다. 가온소프트, 누리테크가 이끄는 2개 정예팀이 다음 단계에 올랐다. 누리테크는 모아데이터와 꾸린 팀으로 참여할 계획이다.",
    absent: ['PARTICIPATES_IN 모아데이터 -> 독자 AI 파운데이션 모델 프로젝트'],
  },
];

describe('generalise: set 115 forms', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkFactRow(row));
});
