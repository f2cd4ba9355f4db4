/**
 * Generalisation rows for lineage writing: an English research letter ("X, a Daejeon startup …, put out M on Friday",
 * "M is C's B with continued pre-training", "S on A, against S for the untouched B …, and S on A2", "Weights are open on
 * Hugging Face", a person as "C's Speech AI Lab head", a quoted phrase "built on M"), a lineage table whose columns are
 * "뿌리(기반 모델) | 만든 방식 | 공개", a Korean adnominal co-developer ("A와 공동으로 … 개발 중인 B 측은") and a hyphenated
 * Hangul model named later without its size ("X-Y 8B" … "X-Y는"); a teacher named in a quote ("…에서 증류한 것"이라며 "Z를 …") is
 * no base of the model after it; "평가셋 'K'에서는 BLEU 기준 S점"; an English correction ("In issue #12 we wrote that M has 9 billion
 * parameters. It has 6.7 billion.").
 * Every sentence is written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { checkFactRow, factsOf, nodeNamed, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  {
    cat: 'release.en-weekday-after-model',
    publishedAt: '2026-03-10',
    text: 'Hanul Works released Piri 3 (피리 3) last Wednesday, the successor to the Piri 2 line. The new model has 9 billion parameters. Weights are available under an open license that allows commercial use.',
    expect: ['DEVELOPED Hanul Works -> Piri 3'],
    props: ['Piri 3=releasedOn:2026-03-04', 'Piri 3=openSource:true'],
  },
  {
    cat: 'developed.en-apposed-put-out',
    publishedAt: '2026-03-10',
    text: 'Gaon Forge, a Daejeon startup founded in 2024 by former Kakao engineers, put out Tarae-14B on Friday. The payoff shows in the numbers. Tarae-14B scores 61.2 on KMMLU. Weights are open on Hugging Face.',
    expect: ['DEVELOPED Gaon Forge -> Tarae-14B'],
    props: ['Tarae-14B=releasedOn:2026-03-06', 'Tarae-14B=openSource:true', 'Gaon Forge=country:KR'],
  },
  {
    cat: 'based-on.en-is-base-with-training',
    text: "Gaon Forge is open about where it started: Tarae-8B is Meta's Llama 3.1 8B with continued pre-training on Korean court rulings.",
    expect: ['BASED_ON Tarae-8B -> Llama 3.1 8B'],
  },
  {
    cat: 'based-on.en-is-base-with-training-negated',
    text: "Gaon Forge stressed that Tarae-8B is not Meta's Llama 3.1 8B with extra fine-tuning.",
    absent: ['BASED_ON Tarae-8B -> Llama 3.1 8B'],
  },
  {
    cat: 'scored.en-against-untouched-and-more',
    text: 'Gaon Forge released Tarae-8B. Tarae-8B reaches 61.2 on KMMLU, against 55.4 for the untouched Llama 3.1 8B run the same way, and 6.9 on LogicKor.',
    expect: ['SCORED Tarae-8B -> KMMLU', 'SCORED Llama 3.1 8B -> KMMLU', 'SCORED Tarae-8B -> LogicKor'],
    absent: ['SCORED Llama 3.1 8B -> LogicKor'],
    edgeProps: ['SCORED Tarae-8B -> LogicKor score=6.9', 'SCORED Llama 3.1 8B -> KMMLU score=55.4'],
  },
  {
    cat: 'works-for.en-company-unit-head',
    text: '"Every layer has to be explainable," Kim Ha-eun, Naver\'s Speech AI Lab head, said at the briefing.',
    expect: ['WORKS_FOR Kim Ha-eun -> Naver'],
    noNodes: ['Company:Speech AI Lab'],
  },
  {
    cat: 'model.en-quoted-phrase-no-name',
    text: 'Gaon Forge released Tarae-14B. It hints at a "Tarae-14B-R" reasoning variant "built on Tarae-14B" for next spring.',
    noNodes: ['Model:built on Tarae-14B'],
  },
  {
    cat: 'table.lineage-root-and-release-columns',
    text: "국산 모델의 계보를 표로 정리했다.\n| 모델 | 개발사 | 뿌리(기반 모델) | 만든 방식 | 파라미터 | 공개 |\n|---|---|---|---|---|---|\n| 하늬 7B | 솔빛AI | Qwen2.5 (알리바바) | 추가 학습 | 70억 | 오픈소스 |\n| 가람 12B | 가람헬스 | 없음 (자체) | 프롬 스크래치 | 120억 | 비공개 |",
    expect: ['DEVELOPED 솔빛AI -> 하늬 7B', 'BASED_ON 하늬 7B -> Qwen2.5'],
    props: ['하늬 7B=openSource:true', '하늬 7B=parameters:7000000000', '가람 12B=parameters:12000000000'],
  },
  {
    cat: 'partners.adnominal-codeveloper',
    text: '솔빛AI는 올해 정부 공모에 지원했다. 솔빛AI와 공동으로 금융 특화 모델을 개발 중인 가람캐피탈 측은 "협업은 그대로 간다"고 했다.',
    expect: ['PARTNERS_WITH 가람캐피탈 -> 솔빛AI'],
  },
  {
    cat: 'model.hyphenated-hangul-short-form',
    text: "재료는 한솔AI가 공개한 '한솔-코더 8B'와 누리소프트의 '누리봇 8B'입니다. 한솔-코더는 Qwen3 8B에 코드 데이터를 얹어 미세조정한 모델입니다. LogicKor에선 누리봇 8B(7.1점)보다 높고 한솔-코더(7.9점)와는 비슷합니다.",
    expect: ['BASED_ON 한솔-코더 8B -> Qwen3 8B', 'SCORED 한솔-코더 8B -> LogicKor'],
    noNodes: ['Model:코더', 'Model:한솔-코더'],
  },
  {
    cat: 'based-on.distilled-it-was-not-the-next-model',
    text: '가람랩스가 \'가람 3.5 미니\'를 공개했다. 가람 3.5 미니는 가람 3.5를 교사 모델로 삼아 증류한 모델이다. 회사 측은 "가중치는 가람 3.5에서 증류한 것"이라며 "가람 3를 다시 손본 모델로 보는 건 오해"라고 설명했다.',
    expect: ['BASED_ON 가람 3.5 미니 -> 가람 3.5'],
    absent: ['BASED_ON 가람 3 -> 가람 3.5'],
  },
  {
    cat: 'scored.focus-metric-basis',
    text: "연구팀이 '메디봇 2'를 공개했다. 메디봇 2는 KorMedMCQA에서 68.4점을 기록했다. 연구팀이 자체 구축한 판례 요약 평가셋 'K-판례요약'에서는 BLEU 기준 33.2점을 얻었다.",
    expect: ['SCORED 메디봇 2 -> K-판례요약'],
    edgeProps: ['SCORED 메디봇 2 -> K-판례요약 score=33.2'],
  },
  {
    cat: 'correction.en-we-wrote-then-right-value',
    text: 'CORRECTION\n\nIn issue #12 we wrote that Kanana 1.5 has 9 billion parameters. It has 6.7 billion. Thanks to the reader who caught it.',
    props: ['Kanana 1.5=parameters:6700000000'],
  },
];

describe('lineage letters, tables and co-developers', () => {
  it.each(rows.map((r) => [r.cat, r] as const))('%s', (_cat, row) => checkFactRow(row));
});

describe('a release day only where the release is told as past', () => {
  it('a planned release on a weekday gives no release day', () => {
    const { graph } = factsOf('Gaon Forge released Tarae-8B in May. Gaon Forge said it will put out Tarae-14B on Friday.', '2026-03-10');
    expect(nodeNamed(graph, 'Tarae-14B')?.properties.releasedOn).toBeUndefined();
  });
});

describe('an English correction that only retracts', () => {
  it('"we wrote that …" with no right value after it states nothing', () => {
    const { graph } = factsOf('CORRECTION\n\nIn our last issue we wrote that Kanana 1.5 has 9 billion parameters. We regret the error.');
    expect(nodeNamed(graph, 'Kanana 1.5')?.properties.parameters).toBeUndefined();
  });
});
