/**
 * Generalisation rows (fifty-first session, r51b): a sentence that ends on a note in parentheses before its full stop, a
 * kind of model and a linking copula before a bare version ("버전이지 2.0의"), a roster's "NAME (X 연구원)", a table legend
 * that says what its bracketed figures are ("괄호 안은 이전 버전 Y의 점수"), a subject scored by a figure right after the
 * benchmark's name. Each row is a short article written for these tests in wording of its own; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // a verb's ending, a note in parentheses, then the full stop: the next sentence starts there and reads its subject from the focus
  { cat: 'parse.note-before-stop', text: "모래빛랩스가 만든 '해솔 4'는 KoBEST 71.2점을 얻었다(직전 모델 해솔 3은 66.0점). LogicKor에서는 8.12점으로 해솔 3의 7.40점보다 올랐다.", expect: ['SCORED 해솔 4 -> LogicKor', 'SCORED 해솔 3 -> LogicKor'], edgeProps: ['SCORED 해솔 4 -> LogicKor score=8.12'] },
  { cat: 'parse.note-before-stop', text: "모래빛랩스는 '해솔 4'를 공개했습니다(사진은 발표 현장). KMMLU에서는 62.4점을 기록했습니다.", expect: ['SCORED 해솔 4 -> KMMLU'] },
  // (a note inside a sentence, no full stop after it, keeps the sentence whole)
  { cat: 'parse.note-before-stop', text: "모래빛랩스는 '해솔 4'를 공개했다(오픈소스) 는 소식이 돌았다. KMMLU에서는 62.4점을 기록했다.", expect: ['SCORED 해솔 4 -> KMMLU'] },
  // "Y는 BENCH 64.7점을 받았다": the subject scored right after the benchmark's name is what the next sentence's score is about
  { cat: 'focus.scored-subject', text: '물결AI가 내놓은 물결-7은 KMMLU 63.9점을 받았다. 이어 KoBEST에서는 80.2점을 냈다.', expect: ['SCORED 물결-7 -> KMMLU', 'SCORED 물결-7 -> KoBEST'], edgeProps: ['SCORED 물결-7 -> KoBEST score=80.2'] },
  // a kind of model and a linking copula before a bare version end a clause: no model "버전이지 2.0"
  { cat: 'discover.copula-before-version', text: "카카오는 '카나나 3.0'과 함께 '카나나 3.0 2.1B'도 내놨다. 카나나 3.0 2.1B는 휴대폰용으로 줄인 버전이지 3.0의 후속이 아니다.", noNodes: ['Model:버전이지 3.0'], absent: ['SUCCEEDS 카나나 3.0 2.1B -> 카나나 3.0'] },
  { cat: 'discover.copula-before-version', text: '카나나 3.0 2.1B는 휴대폰용 경량 모델이고 3.0과는 학습 데이터가 같다.', noNodes: ['Model:모델이고 3.0'] },
  { cat: 'discover.copula-before-version', text: "한울소프트는 '노을 2.0'을 공개했다. 노을 2.0은 노을 1.5의 개량판이며 1.5의 후속 모델이다.", noNodes: ['Model:개량판이며 1.5'], expect: ['SUCCEEDS 노을 2.0 -> 노을 1.5'] },
  // a roster's person with the employer and a staff role in parentheses ("NAME (X 연구원)", "NAME（X 개발자）")
  { cat: 'works-for.staff-paren', text: '감사의 말\n\n- 도하람 (별무리테크 연구원)\n- 예서진 (별무리테크 개발자)\n\n문의는 메일로 보내 주세요.', nodes: ['Person:도하람', 'Person:예서진'], expect: ['WORKS_FOR 도하람 -> 별무리테크', 'WORKS_FOR 예서진 -> 별무리테크'], edgeProps: ['WORKS_FOR 도하람 -> 별무리테크 title=연구원'] },
  { cat: 'works-for.staff-paren', text: '별무리테크는 법률 데이터셋을 공개했다. 이번 데이터셋은 봉이안 (별무리테크 선임연구원)이 정리했다.', expect: ['WORKS_FOR 봉이안 -> 별무리테크'] },
  { cat: 'works-for.staff-paren', text: '발표는 한국전자통신연구원 (ETRI) 연구원들이 맡았다.', noNodes: ['Person:한국전자통신연구원'] },
  // a legend of a score table: the bracketed figures are the previous version's, no successor of the model in focus
  { cat: 'succeeds.focus-previous', text: "별무리테크는 '별빛-3'과 경량판 '별빛-3-Mini'를 함께 공개했다. 별빛-3-Mini 가중치는 누구나 받을 수 있다.\n\n성능\n\n괄호 안은 이전 버전 별빛-2의 점수입니다.", absent: ['SUCCEEDS 별빛-3-Mini -> 별빛-2'] },
  { cat: 'succeeds.focus-previous', text: "별무리테크는 경량판 '별빛-3-Mini'를 공개했다. 괄호 속 숫자는 전작 별빛-2 기준이다.", absent: ['SUCCEEDS 별빛-3-Mini -> 별빛-2'] },
  { cat: 'succeeds.focus-previous', text: "별무리테크는 '별빛-3'을 공개했다. 이전 버전 별빛-2보다 답이 빨라졌다.", expect: ['SUCCEEDS 별빛-3 -> 별빛-2'] },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});
