/**
 * Generalisation rows for phrasings met in a held-out set of ordinary news layouts (market briefs,
 * IT dailies). Every sentence here is written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/parse/index.js';
import { extractArticle } from '../../src/pipeline/index.js';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  {
    cat: 'succeeds.successor-then-further-training',
    text: '가온소프트는 전날 자체 LLM \'누리 5(NURI 5)\'를 공개했다. 전작인 누리 4의 후속 모델로, 메타의 공개 모델 \'라마 3.1 70B\'에 법률 문서 1조 토큰을 추가 학습했다.',
    expect: ['SUCCEEDS 누리 5 -> 누리 4', 'BASED_ON 누리 5 -> 라마 3.1 70B'],
    absent: ['SUCCEEDS 라마 3.1 70B -> 누리 4'],
  },
  {
    cat: 'succeeds.successor-then-further-training',
    text: '한솔데이터가 \'별빛 3\'을 내놨다. 구글의 \'젬마 3 12B\'를 의료 문서로 미세조정했다.',
    expect: ['BASED_ON 별빛 3 -> 젬마 3 12B'],
  },
  {
    cat: 'succeeds.successor-then-further-training',
    text: '한솔데이터가 \'별빛 3\'을 내놨다. 별빛 2의 후속 모델인 별빛 3은 처음부터 직접 학습했다.',
    expect: ['SUCCEEDS 별빛 3 -> 별빛 2'],
  },
  {
    cat: 'succeeds.successor-adverb-then-sizes',
    text: '가온텔레콤이 차세대 LLM \'누리 3.0(Nuri 3.0)\'을 어제 공개했다. 지난해 선보인 누리 2.0의 후속작으로, 320억 개 파라미터의 본 모델과 23억 개 파라미터의 \'누리 3.0 라이트\' 두 가지 크기로 나왔다.',
    expect: ['SUCCEEDS 누리 3.0 -> 누리 2.0'],
    absent: ['SUCCEEDS 누리 3.0 라이트 -> 누리 2.0'],
  },
  {
    cat: 'succeeds.successor-adverb-then-sizes',
    text: '가온텔레콤이 누리 2.0의 후속작으로 누리 3.0을 공개했다.',
    expect: ['SUCCEEDS 누리 3.0 -> 누리 2.0'],
  },
  {
    cat: 'succeeds.focus-inherits',
    text: '한국어 LLM 순위가 공개됐다. 지난 3일 공개된 다올 3은 종합 점수 0.812를 받아 3위에 올랐다. 다올 2.5를 잇는 차세대 모델로, 처음부터 직접 사전학습한 300억 파라미터 모델이다.',
    expect: ['SUCCEEDS 다올 3 -> 다올 2.5'],
  },
  {
    cat: 'succeeds.focus-inherits',
    text: '다올 3이 공개됐다. 다올 2.5를 잇는 차세대 모델이 아니라 별도 계열이다.',
    absent: ['SUCCEEDS 다올 3 -> 다올 2.5'],
  },
  {
    cat: 'succeeds.focus-inherits',
    text: '하늘텔레콤은 이번 평가에 5190억 개 파라미터의 \'하늘-X 3\'를 제출했다. 지난 단계에서 낸 하늘-X 2를 잇는 모델이다.',
    expect: ['SUCCEEDS 하늘-X 3 -> 하늘-X 2'],
  },
  {
    cat: "focus: a roundup's next model, the topic of a score with no benchmark ('‘Y’는 7.02점이었다'), is what '이 모델은' then means",
    text: "카카오의 ‘카나나 2’는 재측정에서 7.64점을 받았다. 스타트업 가람랩의 ‘가람-R 8B’는 7.02점이었다. 이 모델은 메타의 라마 3.1 8B를 미세조정해 만든 80억 파라미터 모델이다.",
    expect: ['BASED_ON 가람-R 8B -> 라마 3.1 8B'],
    absent: ['BASED_ON 카나나 2 -> 라마 3.1 8B'],
  },
  {
    cat: "focus: a model measured alongside for comparison ('같은 조건에서 측정한 Z는 55.2점이었다') leaves the focus where it was",
    text: '가람랩의 가람-R 8B는 KMMLU에서 61.0점을 받았다. 같은 조건에서 측정한 메타의 라마 3.1 8B는 55.2점이었다. 이 모델은 구글의 젬마 2 9B를 미세조정해 만들었다.',
    expect: ['BASED_ON 가람-R 8B -> 젬마 2 9B'],
    absent: ['BASED_ON 라마 3.1 8B -> 젬마 2 9B'],
  },
  {
    cat: 'works-for.company-word-title-name',
    text: '인공지능 스타트업 별무리랩스가 새 모델 \'별무리-7B\'를 공개했다. 회사 최고기술책임자(CTO)인 한가람 이사는 "다음 버전은 추론 모델로 키운다"고 말했다.',
    expect: ['WORKS_FOR 한가람 -> 별무리랩스'],
  },
  {
    cat: 'works-for.company-word-title-name',
    text: '인공지능 스타트업 별무리랩스가 새 모델 \'별무리-7B\'를 공개했다. 회사 설명에 따르면 한가람 교수는 자문만 맡았다.',
    absent: ['WORKS_FOR 한가람 -> 별무리랩스'],
  },
  {
    cat: 'based-on.focus-knowledge-distilled',
    text: '가온클라우드가 멀티모달 모델 \'가온 미디 8B\'를 18일 공개했다. 파라미터 수는 80억 개다. 가온클라우드는 자사의 대형 추론 모델 \'가온 사고\'에서 지식을 증류해 작은 모델에 담았다고 설명했다.',
    expect: ['BASED_ON 가온 미디 8B -> 가온 사고'],
  },
  {
    cat: 'based-on.focus-knowledge-distilled',
    text: '가온클라우드가 멀티모달 모델 \'가온 미디 8B\'를 18일 공개했다. 가온클라우드는 \'가온 사고\'에서 지식을 증류하지 않았다고 밝혔다.',
    absent: ['BASED_ON 가온 미디 8B -> 가온 사고'],
  },
  {
    // "…공개한 Y다": the model a release clause leads to is what the next sentence's size and base are about
    cat: 'based-on.focus-teacher-after-predicate',
    text: "가온클라우드는 '가온-13B'를 먼저 냈다. 지난달 오픈 웨이트로 공개한 가람 나노(Garam Nano)다. 12억 파라미터(1.2B) 모델로, 가온-13B를 교사(teacher) 모델로 삼아 지식 증류(distillation)로 만들었다.",
    expect: ['BASED_ON 가람 나노 -> 가온-13B'],
    props: ['가람 나노=parameters:1200000000'],
  },
  {
    cat: 'based-on.focus-teacher-after-predicate',
    text: "한빛AI의 새 모델은 이번에 내놓은 '한빛 라이트'입니다. 30억 규모로, '한빛-32B'를 교사 모델로 두고 증류해 만들었습니다.",
    expect: ['BASED_ON 한빛 라이트 -> 한빛-32B'],
  },
];

describe('generalisation rows (set-15 layouts and phrasings)', () => {
  it.each(rows.map((r, i) => ({ ...r, i })))('$cat #$i', (row) => checkFactRow(row));
});


/** A headline that shortens a subsidiary to its parent, and one body sentence that opens on the parent as its topic. */
describe('a parent named once as a sentence topic is the short form of its one subsidiary', () => {
  const body = [
    "KT클라우드가 새 언어모델 '구름-9'를 공개했다.",
    'KT클라우드는 이 모델을 공공 기관에 먼저 공급한다.',
    'KT는 비슷한 크기의 외산 모델보다 한국어에서 앞선다고 밝혔다.',
    '한다온 KT클라우드 대표는 "공공 시장을 먼저 열겠다"고 말했다.',
  ].join(' ');
  // (with no headline naming the parent, the topic sentence right after one about the subsidiary still makes it the short
  // form: see generalise-r52c, which also keeps a parent far from any sentence about the subsidiary a party of its own)
  it.each([
    ["KT, 새 모델 '구름-9' 공개", false],
    ['새 모델 구름-9 공개', false],
  ])('%s', (title, parentKept) => {
    const g = extractArticle(parseText(`${title}\n\n${body}`, { source: 'test.txt', publishedAt: '2025-07-14' }));
    expect(g.nodes.some((n) => n.type === 'Company' && n.name === 'KT')).toBe(parentKept);
    expect(g.nodes.some((n) => n.type === 'Company' && n.name === 'KT클라우드')).toBe(true);
  });
});
