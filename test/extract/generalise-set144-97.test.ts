/**
 * Generalisation rows for a further round on sets 144 and 97: an encyclopedia's lead that glosses the name in English
 * ("X(영어: Y)은 … C가 개발한 대형 언어 모델(LLM) 계열이다"), a Latin alias in parentheses that keeps its variant word
 * ("(Y 2.5 Mini)"), a predecessor denied ("Y의 후속 버전이 아니라"), a model called "독자 학습 모델" (trained by its
 * maker from scratch), a subjectless release clause opening a sentence, an interview's answer introducing another company
 * ("X 같은 곳도 있습니다"), and an app's quoted name ("앱 'X'") that is no model. Sentences and names written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';
import { loadRules } from '../../src/extract/rules.js';
import { findMentions } from '../../src/extract/engine/mentions.js';
import { predecessorOfFocus } from '../../src/extract/successors.js';

const rows: FactRow[] = [
  // an encyclopedia's gloss word before the Latin spelling; the lead defines a family of the company that made it
  { cat: 'discover.english-gloss', text: '바다솔(영어: Badasol)은 대한민국의 인공지능 기업 누리소프트가 개발한 대형 언어 모델(LLM) 계열이다. 초기 버전은 공개 모델을 기반으로 했다.', expect: ['DEVELOPED 누리소프트 -> 바다솔'], sameNode: ['바다솔=Badasol'] },
  { cat: 'discover.english-gloss', text: '바다솔(영어: Badasol)은 누리소프트가 개발한 언어 모델 계열이다.', expect: ['DEVELOPED 누리소프트 -> 바다솔'] },
  { cat: 'developed.topic-made-by-copula', text: '바다솔 2는 누리소프트가 개발해 온 대형 언어 모델 계열을 가리킨다.', expect: ['DEVELOPED 누리소프트 -> 바다솔 2'] },
  // (a gloss before a place's or a person's name calls nothing a model)
  { cat: 'discover.english-gloss', text: '바다솔(영어: Badasol)은 경상남도 남해안의 작은 마을이다. 누리소프트가 이곳에 연구소를 세웠다.', noNodes: ['Model:바다솔', 'Model:Badasol'] },
  { cat: 'discover.english-gloss', text: '바다솔(영어: Badasol)은 누리소프트가 운영하는 해변 리조트다.', absent: ['DEVELOPED 누리소프트 -> 바다솔'] },
  // a Latin alias in parentheses keeps its variant word: no shorter name without it
  { cat: 'discover.latin-variant-alias', text: '같은 해 10월에는 파도 2.0을 교사 모델로 삼아 증류한 경량 모델 파도 2.5 미니(Pado 2.5 Mini)가 오픈소스로 공개됐다. 매개변수는 30억 개다.', nodes: ['Model:파도 2.5 미니'], noNodes: ['Model:Pado 2.5'], props: ['파도 2.5 미니=parameters:3000000000'] },
  { cat: 'discover.latin-variant-alias', text: '한빛랩스는 경량 모델 Pado 2.5 Mini를 공개했다.', nodes: ['Model:Pado 2.5 Mini'], noNodes: ['Model:Pado 2.5'] },
  { cat: 'discover.latin-variant-alias', text: '한빛랩스는 새 모델 Pado 2.5를 공개했다.', nodes: ['Model:Pado 2.5'] },
  // a predecessor denied: the model in focus is no successor of it
  // a sentence opening on a release clause with no subject: the company the sentence before was about released the model
  { cat: 'developed.omitted-subject-release-clause', text: '스타트업 소식\n\nAI 스타트업 누리웨이브는 업계에서 유명하다. 지난달 오픈소스로 공개한 물결-13B가 130억 개 파라미터 모델이다.', expect: ['DEVELOPED 누리웨이브 -> 물결-13B'] },
  { cat: 'developed.omitted-subject-release-clause', text: '스타트업 소식\n\nAI 스타트업 누리웨이브는 업계에서 유명하다. 지난달 한빛소프트가 공개한 물결-13B가 화제였다.', absent: ['DEVELOPED 누리웨이브 -> 물결-13B'], expect: ['DEVELOPED 한빛소프트 -> 물결-13B'] },
  // an interview's answer that names a company 'X 같은 곳도 있습니다': the next sentence's head is at X, not at the company the answers named first
  { cat: 'interview.company-introduced', text: '[인터뷰] 김가온 장관 "스타트업이 답이다"\n\n중기부가 선정 기업을 발표했다. 김가온 장관을 만났다.\n\n선정된 곳 중에 눈에 띄는 기업을 꼽는다면.\n\n"특정 기업을 말하기가 조심스럽지만, AI 스타트업 누리웨이브는 다들 아실 겁니다. 박서준 대표가 심사장에서 \'우리는 끝까지 간다\'고 했던 게 기억에 남습니다."\n\n"반대로 AI 스타트업 한빛소프트 같은 곳도 있습니다. 정하람 대표가 이끄는 스무 명 남짓한 회사인데, 해외 모델을 바탕으로 \'한빛-8B\'를 만들었어요."', expect: ['WORKS_FOR 정하람 -> 한빛소프트', 'WORKS_FOR 박서준 -> 누리웨이브'], absent: ['WORKS_FOR 정하람 -> 누리웨이브'] },
  // a quoted name right after "앱" names the app, not the model line it shares a name with; a numbered model in it stays
  { cat: 'discover.app-named', text: "카카오의 AI 메이트 앱 '카나나'가 출시 두 달 만에 누적 사용자 100만 명을 넘었습니다.", noNodes: ['Model:카나나'] },
  { cat: 'discover.app-named', text: "카카오는 AI 메이트 앱 '카나나'에 새 모델 '카나나 2'를 넣었다.", nodes: ['Model:카나나 2'], noNodes: ['Model:카나나'] },
  { cat: 'discover.app-named', text: "카카오는 언어모델 '카나나'를 공개했다.", expect: ['DEVELOPED 카카오 -> 카나나'] },
  // "독자 학습 모델": built by its maker from scratch; not "독자 학습 데이터" over a named base
  { cat: 'cue.from-scratch', text: '2026년 3월 5일 출시된 누리 3은 누리 2.0의 후속 모델로, 매개변수 320억 개 규모의 독자 학습 모델이다.', props: ['누리 3=fromScratch:true'], expect: ['SUCCEEDS 누리 3 -> 누리 2.0'] },
  { cat: 'cue.from-scratch', text: '누리 3은 누리 2.0을 기반으로 한 독자 학습 데이터를 쓴 모델이다.', absent: ['SUCCEEDS 누리 3 -> 누리 2.0'], expect: ['BASED_ON 누리 3 -> 누리 2.0'] },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});

// a predecessor named after the model in focus, its successor word denied ('Y의 후속 버전이 아니라'): no SUCCEEDS
describe('succeeds.focus-predecessor denied', () => {
  const rules = loadRules();
  const focus = findMentions('엑사원 4.0이 공개됐다.', rules).find((m) => m.type === 'Model')!;
  const read = (text: string) => predecessorOfFocus(text, findMentions(text, rules), focus);
  it('reads the predecessor stated', () => expect(read('이름처럼 엑사원 3.5의 후속 버전으로 소개됐다.')?.target.surface).toBe('엑사원 3.5'));
  it('reads none where it is denied', () => expect(read('이름과 달리 엑사원 3.5의 후속 버전이 아니라 파생 모델이다.')).toBeUndefined());
  it('reads none where a successor word is denied (후속작)', () => expect(read('엑사원 3.5의 후속작이 아닌 별도 모델이다.')).toBeUndefined());
});
