/**
 * Generalisation rows of generalise-properties: the 'from-scratch', 'scored', 'property', 'other' rows.
 * The others are in the other generalise-properties-*.test.ts files. Each row is a short article written
 * for these tests, the facts it must give and the facts it must not give; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  {
    // "같은 회사의 Y는 …": the same maker's other model becomes what the next sentences are about, over the model before
    cat: 'from-scratch.same-maker-topic',
    text: '카카오가 지난해 공개한 카나나 2는 큐웬3를 바탕으로 추가 학습한 모델이다. 같은 회사의 카나나 1.5는 사정이 다르다. 기술 보고서는 처음부터 자체 데이터로 학습한 프롬 스크래치 모델이라고 적고 있다.',
    props: ['카나나 1.5=fromScratch:true'],
  },
  {
    // a threshold ("60점을 넘겼다", "70점대", "55점 이상") is no score
    cat: 'scored.threshold-not-score',
    text: "다래테크의 주력 모델 '다래-S'는 사내 데이터로 만들어졌다. 내부 테스트에서 KMMLU 60점을 넘겼다는 소문도 있다.",
    absent: ['SCORED 다래-S -> KMMLU'],
  },
  {
    // a reported claim in the clause that modifies the model ("…했다고 밝힌 'X'")
    cat: 'from-scratch.reported-adnominal',
    text: "다만 한빛AI가 밑바닥부터 직접 학습했다고 밝힌 '별빛 5'는 해외 모델과 관계가 없다.",
    props: ['별빛 5=fromScratch:true'],
  },
  {
    // "처음부터 새로 만든 건 아니고": the from-scratch cue negated a few words later
    cat: 'from-scratch.negated-later',
    text: "한빛AI가 새 언어모델 '별빛 5'를 내놨다. 별빛 5는 처음부터 새로 만든 모델은 아니고 젬마 3를 기반으로 했다.",
    props: ['별빛 5=fromScratch:undefined'],
  },
  {
    // a bare "처음부터" with no building verb is "from the start", not "from scratch"
    cat: 'from-scratch.bare-from-the-start',
    text: "한빛AI가 새 언어모델 '별빛 5'를 내놨다. 별빛 5는 처음부터 한국어에 맞춘 토크나이저를 썼다.",
    props: ['별빛 5=fromScratch:undefined'],
  },
  {
    // "외부 모델 없이 만들었다": built without another model
    cat: 'from-scratch.without-external-model',
    text: "한빛AI가 새 언어모델 '별빛 5'를 내놨다. 한빛AI는 별빛 5를 외부 모델 없이 만들었다고 설명했다.",
    props: ['별빛 5=fromScratch:true'],
  },
  {
    // every stage of building done in-house
    cat: 'from-scratch.all-stages',
    text: "한빛AI가 새 언어모델 '별빛 5'를 내놨다. 별빛 5는 데이터 수집부터 사전학습까지 모두 직접 진행했다.",
    props: ['별빛 5=fromScratch:true'],
  },
  {
    cat: 'from-scratch.more-wordings',
    text: "한빛AI가 새 언어모델 '별빛 5'를 내놨다. 별빛 5는 외부 모델에 의존하지 않고 독자 기술로 개발됐다.",
    props: ['별빛 5=fromScratch:true'],
  },
  // "사전학습 단계부터 자체 데이터로 학습": trained from the first stage in-house
  {
    cat: 'from-scratch.pretraining-stage',
    text: "'별빛 4'는 지난해 선보인 '별빛 3'의 후속 모델로, 한빛AI는 사전학습 단계부터 자체 데이터로 학습했다고 밝혔다.",
    props: ['별빛 4=fromScratch:true'],
  },
  {
    cat: 'from-scratch.pretraining-stage',
    text: "한빛AI는 '별빛 4'를 사전 학습 과정부터 직접 진행했다고 설명했다.",
    props: ['별빛 4=fromScratch:true'],
  },

  // each clause's from-scratch cue describes its own model ("A는 X를 프롬 스크래치로 …고, B도 Y를 처음부터 독자 구축해")
  {
    cat: 'from-scratch.one-per-clause',
    text: "가람소프트는 가람-7B를 프롬 스크래치 방식으로 개발했다고 밝혔고, 누리랩스도 누리-LM 2를 처음부터 독자 구축해 공개했다.",
    props: ['가람-7B=fromScratch:true', '누리-LM 2=fromScratch:true'],
  },
  {
    cat: 'from-scratch.one-per-clause',
    text: "다온AI는 다온-8B를 밑바닥부터 직접 학습했으며, 한솔비전 역시 한솔-3B를 처음부터 자체 학습했다.",
    props: ['다온-8B=fromScratch:true', '한솔-3B=fromScratch:true'],
  },
  {
    // "X과 마찬가지로 … 프롬 스크래치 모델이다" about the model in focus: X, said to be alike, is from scratch too
    cat: 'property.alike-shares',
    text: "누리랩스는 이날 '누리 LM 3'를 공개했다. 지난해 선보인 '누리 LM 2'의 후속작이다.\n\n누리 LM 2와 마찬가지로 처음부터 자체 학습한 프롬 스크래치 모델이다.",
    props: ['누리 LM 3=fromScratch:true', '누리 LM 2=fromScratch:true'],
  },
  {
    // a model set against it ("X와 달리") does not share it
    cat: 'property.alike-shares',
    text: "누리랩스는 이날 '누리 LM 3'를 공개했다. 지난해 선보인 '누리 LM 2'의 후속작이다.\n\n누리 LM 2와 달리 처음부터 자체 학습한 프롬 스크래치 모델이다.",
    props: ['누리 LM 3=fromScratch:true'],
  },
  // a bare size right before a quoted name is that name's tag, not the model named before it
  { cat: 'parameters / bare size before a quoted name', text: "바른AI, '바른 3' 이어 1.2B '소형'까지…\"1020억 파라미터 모델\"\n\n바른AI가 '바른 3'를 공개했다. 바른 3의 매개변수는 1020억 개다.", props: ['바른 3=parameters:102000000000'] },
  // an article of the 12th updated on the 13th: "13일" is the update's day, not last month's 13th (without the update it is)
  { cat: 'released-on / bare day after an update stamp', text: "한빛AI, 별빛 5 공개\n\n[업데이트 10월 13일 오전 9시]\n\n한빛AI는 13일 경량 모델 '별빛 5 라이트'를 깃허브에 오픈소스로 추가 공개했다.", publishedAt: '2026-10-12', props: ['별빛 5 라이트=releasedOn:2026-10-13'] },
  { cat: 'released-on / bare day after an update stamp', text: "한빛AI, 별빛 5 공개\n\n한빛AI는 13일 경량 모델 '별빛 5 라이트'를 깃허브에 오픈소스로 공개했다.", publishedAt: '2026-10-12', props: ['별빛 5 라이트=releasedOn:2026-09-13'] },
  // a size in lower case after a known family's hyphen ('gpt-oss-20b', 'gemma-2-9b') is the parameter count, not a version letter
  { cat: 'parameters / lower-case size in a known name', text: "가온랩은 오픈AI의 'gpt-oss-20b'를 바탕으로 상담 모델 '가온-챗'을 만들었다.", props: ['gpt-oss-20b=parameters:20000000000'] },
];

describe('property rows (release days, sizes)', () => {
  it.each(rows.map((r, i) => ({ ...r, i })))('$cat #$i', (row) => checkFactRow(row));
});
