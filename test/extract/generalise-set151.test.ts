/**
 * Generalisation rows for the forms first met in held-out set 151: a lighter model pruned or distilled from another with a
 * gloss in parentheses after the method ("가지치기(프루닝)해"), a size written "N 파라미터짜리" between a distillation and the
 * model it made, and a teacher whose reasoning steps ("추론 과정") were distilled into a model, the teacher's name glossed in
 * parentheses; a model released in a clause before "는데," that the next clause says was trained on another; a merge's
 * ingredients named after it ("재료는 A와 B"); a bare family word read twice in one clause; a Hangul 베이스 after a bare family
 * word ("-based", no variant); a base one sentence passes on that a later one, the company's own, denies by
 * both names. Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // "X는 Y를 가지치기(프루닝)해 … 줄인 모델이다": a gloss of the method in parentheses before its verb ending
  {
    cat: 'based-on.lightened',
    text: "다온소프트가 지난 3일 '다온 4'를 공개했다. 소형판 '다온 4 미니'는 다온 4를 가지치기(pruning)해 40억 파라미터로 줄인 모델이다.",
    expect: ['BASED_ON 다온 4 미니 -> 다온 4'],
  },
  {
    cat: 'based-on.lightened',
    text: "다온소프트가 '다온 4'를 공개했다. 함께 나온 '다온 4 미니'는 다온 4를 양자화(4비트)해 휴대폰에서 돌아가게 만든 모델이다.",
    expect: ['BASED_ON 다온 4 미니 -> 다온 4'],
  },
  // a denied pruning gives no base
  {
    cat: 'based-on.lightened',
    text: "다온소프트가 '다온 4'를 공개했다. 회사는 '다온 4 미니'가 다온 4를 가지치기(프루닝)한 모델이 아니라고 설명했다.",
    absent: ['BASED_ON 다온 4 미니 -> 다온 4'],
  },
  // "Y에서 (지식) 증류로 만든 N 파라미터짜리 'X'": the size between the verb and the model it made
  {
    cat: 'based-on.distilled-head',
    text: "새솔정보는 지난달 '새솔 2'를 내놨다. 이번에는 새솔 2에서 증류로 만든 15억 파라미터짜리 '새솔 2 나노'가 공개됐다.",
    expect: ['BASED_ON 새솔 2 나노 -> 새솔 2'],
  },
  {
    cat: 'based-on.distilled-head',
    text: "새솔정보는 '새솔 2'를 내놨다. 새솔 2를 압축해 만든 70억 매개변수짜리 '새솔 2 라이트'도 함께 나왔다.",
    expect: ['BASED_ON 새솔 2 라이트 -> 새솔 2'],
  },
  // a model only compared with the other after its size is no distilled one
  {
    cat: 'based-on.distilled-head',
    text: "새솔정보는 '새솔 2'를 내놨다. 15억 파라미터짜리 '새솔 2 나노'는 새솔 2와 비교해 속도가 빠르다.",
    absent: ['BASED_ON 새솔 2 나노 -> 새솔 2'],
  },
  // "X는 …를 뼈대로 삼고, T(gloss)가 만든 추론 과정을 증류해 입혔다": a teacher's reasoning steps distilled into X
  {
    cat: 'based-on.teacher-data-topic',
    text: "가람테크가 이번 주 내놓은 수학 모델 '가람-M 7B'는 '큐웬2.5-7B'를 바탕으로 삼고, 오픈AI의 'o3(오쓰리)'가 만든 풀이 과정을 증류해 학습시켰다.",
    expect: ['BASED_ON 가람-M 7B -> o3', 'BASED_ON 가람-M 7B -> 큐웬2.5-7B'],
  },
  // reasoning steps the teacher made that were only compared, not distilled: no base
  {
    cat: 'based-on.teacher-data-topic',
    text: "가람테크의 '가람-M 7B'는 오픈AI의 'o3'가 만든 추론 과정과 자사 풀이를 나란히 놓고 비교했을 뿐, 증류는 하지 않았다.",
    absent: ['BASED_ON 가람-M 7B -> o3'],
  },
  // "C는 … 'X'를 내놨는데, Y에 … 추가 학습한 모델이다": the clause after 는데 describes the model just released
  {
    cat: 'based-on.released-then-trained-copula',
    text: "핀테크 스타트업 누리페이는 지난 8월 금융 상담 모델 '누리핀 8B'를 공개했는데, 솔트룩스의 '루시아 8B'에 약관 데이터를 더해 추가 학습한 모델이다.",
    expect: ['BASED_ON 누리핀 8B -> 루시아 8B'],
  },
  // the clause denies it: no base
  {
    cat: 'based-on.released-then-trained-copula',
    text: "누리페이는 지난 8월 '누리핀 8B'를 공개했는데, 솔트룩스의 '루시아 8B'에 약관 데이터를 더해 추가 학습한 모델은 아니다.",
    absent: ['BASED_ON 누리핀 8B -> 루시아 8B'],
  },
  // "재료는 A와 B다" after a sentence on a merged model: the merge's ingredients
  {
    cat: 'based-on.focus-ingredients-are',
    text: "다온랩은 두 모델을 섞은 병합 모델 '다온-Mix 7B'를 공개했다. 재료는 미스트랄AI의 '미스트랄 7B'와 새솔정보의 '새솔챗 7B'입니다.",
    expect: ['BASED_ON 다온-Mix 7B -> 미스트랄 7B', 'BASED_ON 다온-Mix 7B -> 새솔챗 7B'],
  },
  {
    cat: 'based-on.focus-ingredients-are',
    text: "다온랩은 병합 모델 '다온-Mix 7B'를 공개했다. 재료는 '미스트랄 7B'가 아니다.",
    absent: ['BASED_ON 다온-Mix 7B -> 미스트랄 7B'],
  },
  // ingredients compared, not named as the merge's: no base
  {
    cat: 'based-on.focus-ingredients-are',
    text: "다온랩은 병합 모델 '다온-Mix 7B'를 공개했다. 재료는 '미스트랄 7B'와 비교해 더 다양하다.",
    absent: ['BASED_ON 다온-Mix 7B -> 미스트랄 7B'],
  },
  // a bare family word read twice in one comparing clause: both readings are the article's one version of it
  {
    cat: 'families.fold-bare',
    text: "가온랩의 '가온챗 3'은 'K-LawQA'에서 81.2점을 받았다. 구글의 '젬마 3 27B(Gemma 3 27B)'는 같은 평가에서 74.0점이었다. 젬마는 비교 대상일 뿐, 가온챗 3이 젬마를 가져다 쓴 건 아니다.",
    expect: ['SCORED 젬마 3 27B -> K-LawQA', 'DEVELOPED 구글 -> 젬마 3 27B'],
    noNodes: ['Model:젬마'],
  },
  // a Hangul 베이스 right after a bare family word is "-based", no base variant
  {
    cat: 'gazetteer.variant-base',
    text: "\"라마 베이스 아니다\" 누리랩스의 해명\n\n누리랩스는 '누리-13B'가 메타의 '라마 3 8B'를 고친 모델이라는 의혹에 대해 \"누리-13B는 라마 3 8B 기반이 아니다\"라고 밝혔다.",
    noNodes: ['Model:라마 베이스'],
    absent: ['BASED_ON 누리-13B -> 라마 3 8B'],
  },
  // a versioned name with 베이스 after it is still the base variant
  {
    cat: 'gazetteer.variant-base',
    text: "누리랩스는 '큐웬3 베이스'를 가져와 한국어 데이터로 추가 학습한 '누리-14B'를 공개했다.",
    nodes: ['Model:큐웬3 베이스'],
  },
  // a rumour one sentence passes on, which a later one denies by both names: no base
  {
    cat: 'dispute.denied-by-name',
    text: "한 개발자 게시판에는 다온AI의 '다온-13B'가 알리바바의 '큐웬3-14B'를 기반으로 했다는 글이 올라왔다. 다온AI는 같은 날 \"다온-13B는 큐웬3-14B를 기반으로 하지 않았다\"고 밝혔다.",
    absent: ['BASED_ON 다온-13B -> 큐웬3-14B'],
  },
  // the denial names another base: the stated one stays
  {
    cat: 'dispute.denied-by-name',
    text: "다온AI의 '다온-13B'는 알리바바의 '큐웬3-14B'를 기반으로 추가 학습한 모델이다. 다온AI는 \"다온-13B는 메타의 라마 3.1 8B를 기반으로 하지 않았다\"고 밝혔다.",
    expect: ['BASED_ON 다온-13B -> 큐웬3-14B'],
  },
  // the negated clause is another model's: the stated base stays
  {
    cat: 'dispute.denied-by-name',
    text: "다온AI의 '다온-13B'는 '큐웬3-14B'를 기반으로 추가 학습한 모델이다. 다온-13B는 성능이 좋고, 다온AI의 '다온-7B'는 큐웬3-14B를 기반으로 하지 않았다.",
    expect: ['BASED_ON 다온-13B -> 큐웬3-14B'],
  },
];

describe('generalise: set 151 forms', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkFactRow(row));
});
