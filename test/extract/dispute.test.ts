/** BASED_ON status: stated, disputed where the text reports a denial of a claim, absent where the company itself says no. */
import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers.js';

interface Row {
  sentence: string;
  edge: string;
  /** The status the edge carries, or null when there must be no such edge. */
  status: 'stated' | 'disputed' | null;
}

const ROWS: Row[] = [
  { sentence: 'A.X 4.0은 알리바바의 큐웬2.5를 기반으로 만들어졌다.', edge: 'BASED_ON A.X 4.0 -> 큐웬2.5', status: 'stated' },
  // a claim, then its denial: the negation belongs to the denial
  { sentence: 'A.X 4.0이 큐웬을 기반으로 했다는 주장에 대해 SK텔레콤은 사실이 아니라고 반박했다.', edge: 'BASED_ON A.X 4.0 -> 큐웬', status: 'disputed' },
  { sentence: '회사 측은 믿:음 2.0이 Llama 3.1을 기반으로 만들어졌다는 의혹을 부인했다.', edge: 'BASED_ON 믿:음 2.0 -> Llama 3.1', status: 'disputed' },
  { sentence: '솔라 프로 2가 큐웬을 바탕으로 개발됐다는 보도는 사실무근이라고 업스테이지는 밝혔다.', edge: 'BASED_ON 솔라 프로 2 -> 큐웬', status: 'disputed' },
  // a rumour or a suspicion, then "but": what follows answers it
  { sentence: '한결 2가 큐웬을 기반으로 했다는 소문이 돌았지만, 한결AI는 한결 2가 처음부터 자체 학습한 모델이라고 밝혔다.', edge: 'BASED_ON 한결 2 -> 큐웬', status: 'disputed' },
  { sentence: '업계 일각에서 별솔-K 3이 라마 3를 바탕으로 개발됐다는 설이 제기됐지만 회사는 독자 기술로 만들었다고 설명했다.', edge: 'BASED_ON 별솔-K 3 -> 라마 3', status: 'disputed' },
  // a rumour or a claim nobody answers in the text is only raised: no base
  { sentence: '시장에서는 별솔-K 3이 라마 3를 바탕으로 개발됐다는 소문이 돌았다.', edge: 'BASED_ON 별솔-K 3 -> 라마 3', status: null },
  // every Korean base rule reads a claim and its denial: a distilled model alleged, then called groundless
  { sentence: "별솔AI는 코딩 모델 '별솔-코더 14B'를 공개했다. 한때 업계 일각에서는 별솔-코더가 딥시크-V3의 출력을 증류해 만든 모델이라는 의혹이 나왔지만 회사 측은 '사실무근'이라며 일축했다.", edge: 'BASED_ON 별솔-코더 14B -> 딥시크-V3', status: 'disputed' },
  // a claim passed on as "…했다'는 일부 커뮤니티 글" (or "…는 일부 주장", "…는 루머", "…는 게시물"), denied further on in the sentence
  { sentence: "별솔AI의 별솔-K 3은 이번 평가에서 3위에 올랐다. 한편 '별솔-K 3이 라마 3를 증류했다'는 일부 커뮤니티 글과 관련해, 평가 기관은 학습 이력을 따로 확인하지 않으며 별솔AI 역시 \"사실이 아니다\"라고 밝혔음을 알려드립니다.", edge: 'BASED_ON 별솔-K 3 -> 라마 3', status: 'disputed' },
  { sentence: "업계에서 나온 '하늘-3이 큐웬2.5를 바탕으로 만들어졌다'는 관측에 대해 그간 말을 아껴 온 하늘소프트는 \"비교 대상일 뿐\"이라고 반박했다.", edge: 'BASED_ON 하늘-3 -> 큐웬2.5', status: 'disputed' },
  // a company's own quoted statement of its base is no claim
  { sentence: "하늘소프트는 \"하늘-3은 라마 3.1을 바탕으로 만들었다\"고 밝혔다.", edge: 'BASED_ON 하늘-3 -> 라마 3.1', status: 'stated' },
  { sentence: '업계에서는 믿:음 2.0이 라마를 기반으로 만들어졌다는 지적이 나왔다.', edge: 'BASED_ON 믿:음 2.0 -> 라마', status: null },
  // a suspicion put as a question ("…한 것 아니냐는 이야기") or a guess ("…했을 것이라는 추측") asserts no base
  { sentence: '업계에선 하늘-3 모델이 큐원 2.5를 바탕으로 한 게 아니냐는 의심이 나왔다.', edge: 'BASED_ON 하늘-3 -> 큐원 2.5', status: null },
  { sentence: '커뮤니티에선 바다-7B가 라마 3를 기반으로 만든 것 아니냐고 묻는 글이 많다.', edge: 'BASED_ON 바다-7B -> 라마 3', status: null },
  { sentence: '하늘소프트의 하늘-3 모델은 라마 3.1을 기반으로 개발됐을 것이라는 추측이 나온다.', edge: 'BASED_ON 하늘-3 -> 라마 3.1', status: null },
  { sentence: '하늘소프트의 하늘-3 모델은 라마 3.1을 기반으로 개발됐다.', edge: 'BASED_ON 하늘-3 -> 라마 3.1', status: 'stated' },
  // a conjecture ("…라는 관측") the company then rebuts is disputed; left alone it asserts nothing
  { sentence: '업계에서는 별솔-K 3이 라마 3 기반이라는 관측이 나왔으나 별솔AI는 "독자 모델"이라고 반박했다.', edge: 'BASED_ON 별솔-K 3 -> 라마 3', status: 'disputed' },
  { sentence: '업계에서는 별솔-K 3이 라마 3를 토대로 만들어졌다는 추측이 나왔지만 회사는 이를 일축했다.', edge: 'BASED_ON 별솔-K 3 -> 라마 3', status: 'disputed' },
  { sentence: '업계에서는 별솔-K 3이 라마 3 기반이라는 관측이 나온다.', edge: 'BASED_ON 별솔-K 3 -> 라마 3', status: null },
  // the company's own negative statement: no edge
  { sentence: '카카오의 카나나 1.5는 Qwen2.5를 기반으로 하지 않았다고 회사 측은 밝혔다.', edge: 'BASED_ON 카나나 1.5 -> Qwen2.5', status: null },
  { sentence: 'A.X 4.0은 외산 모델을 기반으로 한 튜닝이 아닌 독자 모델이라고 회사는 설명했다.', edge: 'BASED_ON A.X 4.0 -> 외산 모델', status: null },
  // (in a later sentence, by both names: "…했다는 글이 올라왔다. … \"X는 Y를 기반으로 하지 않았다\"")
  { sentence: '한 게시판에는 다온-13B가 큐웬3-14B를 기반으로 했다는 글이 올라왔다. 다온AI는 "다온-13B는 큐웬3-14B를 기반으로 하지 않았다"고 밝혔다.', edge: 'BASED_ON 다온-13B -> 큐웬3-14B', status: null },
];

describe('BASED_ON status', () => {
  it.each(ROWS)('$sentence', ({ sentence, edge, status }) => {
    const { facts, graph } = factsOf(sentence);
    if (status === null) {
      expect(facts).not.toContain(edge);
      return;
    }
    expect(facts).toContain(edge);
    const i = facts.indexOf(edge);
    expect(graph.edges[i]!.properties.status).toBe(status);
  });
});

describe('correction notices: evidence quotes the article', () => {
  it('a corrected value keeps the wrong one in the evidence sentence ("X가 아니라 Y" is read as Y, quoted as written)', () => {
    const text = '본지는 지난 기사에서 바다AI의 파도-LM 2가 KMMLU에서 61.5점을 받았다고 보도했습니다. 바로잡습니다. 파도-LM 2의 KMMLU 점수는 61.5점이 아니라 57.9점입니다.';
    const { graph } = factsOf(text);
    const scored = graph.edges.filter((e) => e.type === 'SCORED');
    expect(scored.map((e) => e.properties?.score)).toEqual([57.9]);
    const sentences = scored[0]!.evidence.map((ev) => ev.sentence);
    expect(sentences).toContain('파도-LM 2의 KMMLU 점수는 61.5점이 아니라 57.9점입니다.');
  });

  it('a value a later update corrects cites the update too, and only for the fact with that value', () => {
    const text = [
      '[정정] 앞선 속보에서 다솔-S 4B의 KoBEST 점수를 61.2점으로 전해드렸으나, 주최 측 자료를 다시 확인한 결과 63.2점이 맞습니다.',
      '주요 모델의 점수는 다음과 같다.',
      '다솔-S 4B: KoBEST 61.2 / HAERAE 55.0',
    ].join('\n\n');
    const { facts, graph } = factsOf(text);
    const edge = (f: string) => graph.edges[facts.indexOf(f)]!;
    const kobest = edge('SCORED 다솔-S 4B -> KoBEST');
    expect(kobest.properties.score).toBe(63.2);
    expect(kobest.evidence.map((ev) => ev.rule)).toContain('correction.value');
    expect(kobest.evidence.find((ev) => ev.rule === 'correction.value')!.sentence).toContain('63.2점이 맞습니다');
    expect(kobest.evidence.some((ev) => ev.sentence.includes('KoBEST 61.2'))).toBe(true);
    expect(edge('SCORED 다솔-S 4B -> HAERAE').evidence.map((ev) => ev.rule)).not.toContain('correction.value');
  });
});

describe('correction notices: the right value told in the next sentence', () => {
  it.each([
    ['[바로잡습니다] 지난 기사에서 가람-9B의 KMMLU 점수를 71.4점으로 잘못 표기했습니다. 회사가 보내온 자료에 따르면 실제 점수는 66.0점입니다.', 'SCORED 가람-9B -> KMMLU', 66],
    ['정정합니다. 앞선 보도에서 다온-7B의 HAERAE 점수를 58.3점으로 잘못 기재했습니다. 정확한 점수는 55.1점입니다.', 'SCORED 다온-7B -> HAERAE', 55.1],
    ['[바로잡습니다] 누리-3B의 CLIcK 정확도를 80.2%로 잘못 적었습니다. 올바른 수치는 78.9%입니다.', 'SCORED 누리-3B -> CLIcK', 78.9],
  ])('%s', (text, fact, score) => {
    const { facts, graph } = factsOf(text);
    const at = facts.indexOf(fact);
    expect(at, facts.join('\n')).toBeGreaterThanOrEqual(0);
    expect(graph.edges[at]!.properties.score).toBe(score);
    // the evidence quotes the article's own words
    expect(graph.edges[at]!.evidence.some((ev) => ev.sentence.includes('잘못'))).toBe(true);
  });
  it('a wrong value with no right one after it stays unread', () => {
    const { facts } = factsOf('[바로잡습니다] 지난 기사에서 가람-9B의 KMMLU 점수를 71.4점으로 잘못 표기했습니다. 독자 여러분께 사과드립니다.');
    expect(facts.filter((f) => f.startsWith('SCORED'))).toEqual([]);
  });
});
