/**
 * Generalisation rows (session r58c): a family named with the family word and the model noun ("X 계열 모델"), a model
 * written with its other spelling in parentheses inside its name ("X(Y) 14B"), an app word the gazetteer keeps out
 * hyphened to a parameter size, "the two companies" after a sentence naming one of a partnership, a compared model's
 * score that "fell short" with the evaluation left untold, and "다음 달" that tells a time, no next version. Each row is
 * a short article written for these tests in wording of its own; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // "X 계열 모델": the family word with the model noun is a name of the family node, as "X 계열" is
  { cat: 'family-word-alias', text: '한빛소프트는 다음 제품도 라마 계열 모델을 토대로 할지는 아직 정하지 않았다고 했다.', sameNode: ['라마=라마 계열 모델', '라마=라마 계열'] },
  { cat: 'family-word-alias', text: '업계에서는 젬마 계열 모델들이 작은 크기에서 강하다고 본다.', sameNode: ['젬마=젬마 계열 모델'] },
  { cat: 'family-word-alias', text: '젬마 계열사 두 곳이 이번 행사에 참석했다.', absent: ['DEVELOPED 구글 -> 젬마 계열 모델'] },
  // "X(Y) 14B": the written form, gloss and all, is kept beside the name without the gloss
  { cat: 'written-gloss-alias', text: '같은 시험에서 알리바바의 큐웬3(Qwen3) 14B는 58.20점을 얻었다.', sameNode: ['큐웬3 14B=큐웬3(Qwen3) 14B'], expect: ['DEVELOPED 알리바바 -> 큐웬3 14B'] },
  { cat: 'written-gloss-alias', text: '같은 시험에서 메타의 라마3(Llama3) 70B는 61.40점을 얻었다.', sameNode: ['라마3 70B=라마3(Llama3) 70B'] },
  { cat: 'written-gloss-alias', text: '노을랩은 경량 모델 솔빛 미니(Solbit Mini)를 함께 내놨다.', sameNode: ['솔빛 미니=Solbit Mini'] },
  { cat: 'written-gloss-alias', text: '엔비디아의 H100(호퍼) 칩 512장을 들여왔다.', noNodes: ['Model:H100(호퍼)'] },
  // an app word the gazetteer keeps out, hyphened to a parameter size, is a model's name
  { cat: 'size-glued-app-word', text: "바람소프트는 2024. 5. 3. 매개변수 70억 개 규모의 언어모델 '이루다-7B'를 공개하였다.", nodes: ['Model:이루다-7B'], expect: ['DEVELOPED 바람소프트 -> 이루다-7B'] },
  { cat: 'size-glued-app-word', text: '요즘 이루다 앱을 쓰는 사람이 다시 늘었다.', noNodes: ['Model:이루다'] },
  // "the two companies" after a sentence that names only one company of the partnership just named
  {
    cat: 'pair-reference-en',
    text: 'Kakao on Monday unveiled Kanana 2, its largest language model, and said it had signed a partnership with Osaka-based Kumo Systems to build a Japanese version for insurers.\n\nUnder the partnership with Kumo Systems, the two companies will jointly develop "Kanana 2 JP," a Japanese edition for insurers.',
    expect: ['DEVELOPED Kumo Systems -> Kanana 2 JP', 'DEVELOPED Kakao -> Kanana 2 JP', 'PARTNERS_WITH Kakao -> Kumo Systems'],
  },
  {
    cat: 'pair-reference-en',
    text: 'Kakao on Monday unveiled Kanana 2, its largest language model, and said it had signed a partnership with Osaka-based Kumo Systems.\n\nUnder a separate deal with Naver Cloud, the two companies will jointly develop "Kanana 2 JP," a Japanese edition for insurers.',
    absent: ['DEVELOPED Kumo Systems -> Kanana 2 JP'],
  },
  // a compared model "fell short" with no evaluation named: the next bare score is still the article's model's
  {
    cat: 'focus.falls-short',
    text: "노을랩이 새 모델 '윤슬 2'를 공개했다. KMMLU에서 윤슬 2는 71.2점을 받았다. 메타의 '라마 3.1 70B'는 65.4점에 그쳤다. CLIcK에서는 77.3점을 기록해 가장 높았다고 회사는 밝혔다.",
    expect: ['SCORED 윤슬 2 -> CLIcK'],
    absent: ['SCORED 라마 3.1 70B -> CLIcK'],
  },
  {
    cat: 'focus.falls-short',
    text: "노을랩이 새 모델 '윤슬 2'를 공개했다. KMMLU에서 윤슬 2는 71.2점을 받았다. 메타의 '라마 3.1 70B'는 같은 조건에서 65.4점에 머물렀다. CLIcK에서는 77.3점을 기록했다.",
    expect: ['SCORED 윤슬 2 -> CLIcK'],
  },
  // "다음 달", "다음 주" tell a time, no next version: a bare family word beside them is the article's one version of it
  {
    cat: 'family-fold.next-month',
    text: '노을랩은 다음 달 새 모델을 내놓는다. 전작 솔바람 2는 구글의 오픈 모델 젬마 3 12B를 바탕으로 추가 학습한 모델이었다.\n\n◆ 젬마 떼고 자체 모델로…솔바람 3 다음 달 출시\n\n솔바람 3은 처음부터 직접 학습했다.',
    noNodes: ['Model:젬마'],
    expect: ['BASED_ON 솔바람 2 -> 젬마 3 12B'],
  },

];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});
