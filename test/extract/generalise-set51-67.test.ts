/**
 * Generalisation rows for a further round on sets 51 and 67: a speaker who introduces themselves with where their company
 * is ("대구에 있는 X 대표 NAME입니다", after small talk) speaks for that company in their "저희"; a model whose beta or
 * preview a company opens ("Y 베타를 열었습니다") is its model and what the next lines are about; a score that "came out"
 * on a benchmark ("B에서 N 나왔습니다", "B1 N1, B2 N2 나왔어요") is the model in focus's.
 * Sentences and names written for these tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const NEWS = 'AI 소식\n\n';

const rows: FactRow[] = [
  // a self-introduction with a place clause before the company: "저희" is that company, not the first one the page named
  { cat: 'self-introduction.place', text: `${NEWS}한결소프트가 어제 '한결-LM 2'를 공개했죠. 비가 오네요 ☔ 대구에 있는 누리웍스 대표 최다온입니다. 저희가 '누리-OCR 3'을 공개했습니다.`, expect: ['DEVELOPED 누리웍스 -> 누리-OCR 3'], absent: ['DEVELOPED 한결소프트 -> 누리-OCR 3'] },
  { cat: 'self-introduction.place', text: `${NEWS}한결소프트가 어제 '한결-LM 2'를 공개했죠. 성수동에 본사를 둔 누리웍스 대표 최다온입니다. 저희가 '누리-OCR 3'을 공개했습니다.`, expect: ['DEVELOPED 누리웍스 -> 누리-OCR 3'] },
  // a place clause about another company in a sentence that introduces no one: no new speaker
  { cat: 'self-introduction.place', text: `${NEWS}한결소프트가 어제 '한결-LM 2'를 공개했죠. 대구에 있는 누리웍스는 경쟁사입니다. 저희가 '한결-LM 2 미니'도 공개했습니다.`, absent: ['DEVELOPED 누리웍스 -> 한결-LM 2 미니'] },
  // a beta opened: the company's model, and the model the next sentence's base and score are about
  { cat: 'developed.subject-beta-opened', text: "가람데이터는 법률 모델 '가람-Law 7B'를 공개했다. 한편 소담테크는 음성 모델 '바다-Voice 2' 베타를 열었다. 메타의 라마 3.1 8B를 기반으로 상담 녹취를 추가 학습했다.", expect: ['DEVELOPED 소담테크 -> 바다-Voice 2', 'BASED_ON 바다-Voice 2 -> 라마 3.1 8B'], absent: ['BASED_ON 가람-Law 7B -> 라마 3.1 8B'] },
  { cat: 'developed.subject-beta-opened', text: "소담테크는 음성 모델 '바다-Voice 2' 베타 테스트를 진행할 계획이다.", absent: ['DEVELOPED 소담테크 -> 바다-Voice 2'] },
  // "B에서 N 나왔습니다": the focus model's score, in a locative or in a list of bare pairs
  { cat: 'scored.focus-score-came-out', text: "소담테크는 음성 모델 '바다-Voice 2'를 공개했습니다. 한국어 음성 인식 벤치마크인 KsponSpeech에서 91.4 나왔습니다.", expect: ['SCORED 바다-Voice 2 -> KsponSpeech'], edgeProps: ['SCORED 바다-Voice 2 -> KsponSpeech score=91.4'] },
  { cat: 'scored.focus-score-came-out', text: "소담테크는 음성 모델 '바다-Voice 2'를 공개했습니다. KsponSpeech에서 91.4 나왔다는 소문은 사실이 아닙니다.", absent: ['SCORED 바다-Voice 2 -> KsponSpeech'] },
  // a connective "나와서" in a side remark, after the focus moved on, gives none (it may be about another model, as a comment's)
  { cat: 'scored.focus-score-came-out', text: "소담테크는 음성 모델 '바다-Voice 2'를 공개했습니다. 우리 팀 모델도 KsponSpeech 88.0 나와서 내부적으론 만족했는데 아직 못 팔고 있음.", absent: ['SCORED 바다-Voice 2 -> KsponSpeech'] },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});
