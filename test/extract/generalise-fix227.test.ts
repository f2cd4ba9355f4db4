/**
 * Generalisation rows for fix227: social and community posts. A video page saved as text with its auto-generated
 * captions appended (the page's description kept; speech without punctuation closed at its endings; numerals, spelled
 * letters and English number words written as an article would; a number the speaker takes back), a brand's
 * one-syllable product-line word before a version ('X 챗 2.0'), and a model's bare run of benchmark scores
 * ('Y KMMLU 60.1, KoBEST 70.2'), numbers taken back and corrected in a later post or the same
 * sentence ('…라고 했는데 최종 … 기준 N입니다', '…라고 말했는데 실제는 N', '… N이 맞음'), and a chat's 'N 이요'. Every sentence and name is written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { checkFactRow, edgeLines, nodeLines, pageGraph, scoresOf, type FactRow } from './helpers.js';

const VIDEO = [
  '[영상 저장본] https://video.example/watch?v=abc',
  '제목: 국산 모델 누리온 LM 2 개발자 인터뷰 | 점수 검증',
  '채널: 모델 읽는 채널',
  '조회수 1.2만회 · 2027. 3. 10.',
  '',
  '[설명]',
  '누리온랩스 박도현 CTO님을 모시고 누리온 LM 2 얘기를 들었습니다.',
  '',
  '[자막 (한국어 - 자동 생성)]',
  'WEBVTT',
  'Kind: captions',
  'Language: ko',
  '',
  '00:00:01.000 --> 00:00:05.000',
  '안녕하세요 오늘은 누리온랩스 씨티오님을 모셨습니다',
  '',
  '00:00:05.000 --> 00:00:09.000',
  '이번에 저희가 공개한 누리온 엘엠 투는 전작 누리온 엘엠 원의',
  '',
  '00:00:09.000 --> 00:00:13.000',
  '후속 모델입니다 파라미터는 칠십억 개고요',
  '',
  '00:03:00.000 --> 00:03:06.000',
  '벤치마크는 케이엠엠엘유 육십일 점 오 나왔고요 코베스트는 칠십 아니 칠십이 점 삼 나왔습니다',
  '',
  '00:03:06.000 --> 00:03:10.000',
  '전작은 케이엠엠엘유 오십일 점 정도였고요 감사합니다',
  '',
].join('\n');

const rows: FactRow[] = [
  {
    cat: "a brand word, a one-syllable product-line word and a version name a model ('X 챗 2.0은 … 만든 모델')",
    text: '가람 챗 2.0은 스타트업 가람AI가 만든 70억 파라미터 모델이에요. 작년에 나온 가람 챗 1.0의 후속작입니다.',
    nodes: ['Model:가람 챗 2.0', 'Model:가람 챗 1.0'],
    expect: ['DEVELOPED 가람AI -> 가람 챗 2.0', 'SUCCEEDS 가람 챗 2.0 -> 가람 챗 1.0'],
  },
  {
    cat: "a one-syllable product-line word and a version with no brand word before it name no model ('새 챗 2.0')",
    text: '가람AI는 새 챗 2.0 화면을 공개했다.',
    noNodes: ['Model:챗 2.0', 'Model:새 챗 2.0'],
  },
  {
    cat: "a model's bare run of scores: each benchmark after the first is the same model's ('Y KMMLU 60.1, KoBEST 70.2, HAE-RAE 65.0')",
    text: "가람AI는 새 모델 '가람 3'를 공개했다. 가람 3 KMMLU 60.1, KoBEST 70.2, HAE-RAE 65.0 / 가람 2 KMMLU 48.3",
    edgeProps: ['SCORED 가람 3 -> KMMLU score=60.1', 'SCORED 가람 3 -> KoBEST score=70.2', 'SCORED 가람 3 -> HAE-RAE score=65', 'SCORED 가람 2 -> KMMLU score=48.3'],
    absent: ['SCORED 가람 2 -> KoBEST'],
  },
  {
    cat: "a poster taking back a number later ('아까 B 79.3이라고 했는데 최종 카드 기준 79.8입니다'): the earlier line is read with the real one",
    text: "다온AI는 새 모델 '다온 3'를 공개했다. 다온 3는 HAE-RAE 61.0, KoBEST 79.3을 기록했다. 참고로 정정 하나만요! 아까 KoBEST 79.3이라고 했는데 최종 카드 기준 79.8입니다.",
    edgeProps: ['SCORED 다온 3 -> KoBEST score=79.8'],
  },
  {
    cat: "a number said wrong and the real one after '실제는' in the same sentence ('B 점수를 78점이라고 말했는데 실제는 87.4입니다')",
    text: "다온AI는 새 모델 '다온 3'를 공개했다. 다온 3의 KMMLU 점수는 63.2점이다. 정정합니다. 영상에서 KoBEST 점수를 78점이라고 말했는데 실제는 87.4입니다.",
    edgeProps: ['SCORED 다온 3 -> KoBEST score=87.4'],
  },
  {
    cat: "a correction closed by a casual '맞음' ('정정: B 81.0이라고 썼는데 80.1이 맞음')",
    text: "다온AI는 새 모델 '다온 3'를 공개했다. 다온 3는 KoBEST 81.0을 기록했다. 정정: KoBEST 81.0이라고 썼는데 80.1이 맞음.",
    edgeProps: ['SCORED 다온 3 -> KoBEST score=80.1'],
  },
  {
    cat: "a chat line's bare score pairs closed by a spoken copula ('KMMLU 52.1 / KoBEST 77.0 이요')",
    text: "다온AI는 새 모델 '다온 3'를 공개했다. 다온 3 점수는요? KMMLU 52.1 / KoBEST 77.0 이요.",
    edgeProps: ['SCORED 다온 3 -> KoBEST score=77'],
  },
];

describe('fix227: social and community posts', () => {
  it.each(rows.map((r) => [r.cat, r] as const))('%s', (_cat, row) => checkFactRow(row));

  it("a video page saved as text keeps its description before the appended captions ('WEBVTT' after the page's lines)", () => {
    const g = pageGraph(VIDEO, 'video.txt');
    expect(edgeLines(g)).toContain('WORKS_FOR 박도현 -> 누리온랩스');
  });

  it('auto-generated captions: sentences closed, spelled letters and number words as Latin and digits, a number taken back dropped', () => {
    const g = pageGraph(VIDEO, 'video.txt');
    expect(nodeLines(g)).toContain('Model:누리온 LM 2');
    expect(edgeLines(g)).toContain('SUCCEEDS 누리온 LM 2 -> 누리온 LM 1');
    expect(scoresOf(g)).toEqual(expect.arrayContaining(['누리온 LM 2 KMMLU 61.5', '누리온 LM 2 코베스트 72.3']));
    expect(scoresOf(g).join('\n')).not.toMatch(/코베스트 70$/m);
    const lm2 = g.nodes.find((n) => n.name === '누리온 LM 2');
    expect(lm2?.properties.parameters).toBe(7000000000);
  });
});
