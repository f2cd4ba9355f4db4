/**
 * Company-profile and product pages (written for these tests in their own words): product cards whose title line is a
 * model's name with a kind word, described by noun phrases with no subject ("…를 바탕으로 추가 학습한 음성인식 모델."),
 * the company called "회사" in the middle of a sentence, and error-rate metrics that are no model names.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  {
    cat: "an error-rate metric with its figure ('WER 6.3') is no model name",
    text: "바람소리AI는 음성인식 모델 'Baram-STT 2'를 공개했다. 공개 평가셋 기준 WER 6.3을 기록했다.",
    noNodes: ['Model:WER 6.3'],
    nodes: ['Model:Baram-STT 2'],
  },
  {
    cat: "a card's title line ('X 모델') makes the next subject-less noun phrase about X: its base",
    text: "바람소리AI는 콜센터용 음성 AI를 만드는 회사다.\n\nBaram-STT 2 모델\n\n메타의 Llama 3.1 8B를 바탕으로 보험 상담 음성 3000시간을 추가 학습한 음성인식 모델. 2025.03.04 출시.",
    expect: ['BASED_ON Baram-STT 2 -> Llama 3.1 8B'],
    props: ['Baram-STT 2=releasedOn:2025-03-04'],
  },
  {
    cat: "a noun-phrase description with several modifiers before '언어모델' names the base of the card's model",
    text: "바람소리AI는 콜센터용 음성 AI를 만드는 회사다.\n\nBaram-Note 1B 모델\n\n구글의 'Gemma 3 1B'를 기반으로 미세조정한 통화 기록·민원 분류용 경량 언어모델. 매개변수 10억 개.",
    expect: ['BASED_ON Baram-Note 1B -> Gemma 3 1B'],
  },
  {
    cat: "each card's title line moves the focus: the second card's facts are not the first card's",
    text: "바람소리AI는 콜센터용 음성 AI를 만드는 회사다.\n\nBaram-STT 2 모델\n\n메타의 Llama 3.1 8B를 바탕으로 추가 학습한 음성인식 모델.\n\nBaram-TTS 4 모델\n\n2023년 선보인 Baram-TTS 3의 후속 버전으로, 회사가 처음부터 자체 설계한 음성합성 모델.",
    expect: ['SUCCEEDS Baram-TTS 4 -> Baram-TTS 3', 'DEVELOPED 바람소리AI -> Baram-TTS 4'],
    absent: ['SUCCEEDS Baram-STT 2 -> Baram-TTS 3'],
  },
  {
    cat: "a bare '회사가 자체 …한' after a clause's start is the company the page is about",
    text: "바람소리AI는 콜센터용 음성 AI를 만드는 회사다. Baram-TTS 4는 회사가 직접 개발한 음성합성 모델이다.",
    expect: ['DEVELOPED 바람소리AI -> Baram-TTS 4'],
  },
  {
    cat: "'다른 회사가 자체 개발한' is some other company: no edge to the page's company",
    text: "바람소리AI는 콜센터용 음성 AI를 만드는 회사다. Baram-TTS 4는 다른 회사가 자체 개발한 음성합성 모델을 대체한다.",
    absent: ['DEVELOPED 바람소리AI -> Baram-TTS 4'],
  },
  {
    cat: "'고객사는 A와 B이며, C와는 … 공동 개발': the customers are complements of the copula, not C's partners",
    text: "노을비전은 물류 영상을 분석하는 AI 모델을 만드는 스타트업입니다. 주요 고객사는 신한은행과 현대모비스이며, 솔트웨어와는 창고 관리용 AI를 공동 개발하고 있습니다.",
    absent: ['PARTNERS_WITH 솔트웨어 -> 신한은행', 'PARTNERS_WITH 솔트웨어 -> 현대모비스'],
  },
];

describe('company-profile pages: product cards, the company as "회사", metrics', () => {
  it.each(rows.map((r) => [r.cat, r] as const))('%s', (_cat, row) => checkFactRow(row));
});
