/**
 * Generalisation rows for sets 83 and 140: an English model in focus that "was …ed … and scored N on B", with its
 * predecessor's score given by the word for it ("up from the N its predecessor posted"); a ministry official quoted right
 * after the ministry announced a programme's selection promotes that programme; a teacher named with the bare role word;
 * a headline's question answered no; a company's making that a model is only put into ("X가 개발 중인 서비스에도 M이");
 * a subsidiary's country before it ("X의 미국 자회사 Y"); an English city base after a glossed name. Every sentence here is written for the tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  {
    cat: 'scored.en-focus-was-and-scored',
    text: 'Gaon Labs on Monday unveiled Gaon Reason 3, a reasoning model that succeeds the Gaon Reason 2 model it released in March.\n\nThe firm said the new model was trained on a larger corpus of legal text and scored 71.4 on KMMLU, a Korean-language knowledge test, up from the 64.2 its predecessor posted.',
    edgeProps: ['SCORED Gaon Reason 3 -> KMMLU score=71.4', 'SCORED Gaon Reason 2 -> KMMLU score=64.2'],
  },
  {
    cat: 'scored.en-model-was-and-scored',
    text: 'Orbis AI released Orbis Chat 4 on Friday. The model was fine-tuned for customer service and achieved 58.3 on HAE-RAE Bench.',
    edgeProps: ['SCORED Orbis Chat 4 -> HAE-RAE Bench score=58.3'],
  },
  // a hedge: no score yet; a predecessor's number with no word for it stays unassigned
  {
    cat: 'scored.en-model-was-and-scored',
    text: 'Orbis AI released Orbis Chat 4 on Friday. The model was fine-tuned for customer service and would have scored 58.3 on HAE-RAE Bench, the firm estimated.',
    absent: ['SCORED Orbis Chat 4 -> HAE-RAE Bench'],
  },
  {
    cat: 'scored.en-focus-was-and-scored',
    text: 'Gaon Labs on Monday unveiled Gaon Reason 3, a reasoning model that succeeds the Gaon Reason 2 model it released in March.\n\nThe firm said the new model was trained on legal text and scored 71.4 on KMMLU, up from 64.2 in an internal test.',
    edgeProps: ['SCORED Gaon Reason 3 -> KMMLU score=71.4'],
    absent: ['SCORED Gaon Reason 2 -> KMMLU'],
  },
  // a ministry announces a selection, its official speaks next: the official promotes that programme
  {
    cat: 'promotes.announcing-official',
    text: "중소벤처기업부는 'AI 제조혁신 바우처 사업' 지원 대상으로 누리봇, 한결데이터 등 8개 기업을 선정했다고 3일 밝혔다. 오태석 중기부 제조혁신정책관은 \"현장 데이터가 쌓인 공장에서 쓸 모델이 나오길 기대한다\"고 말했다.",
    expect: ['PROMOTES 오태석 -> AI 제조혁신 바우처 사업', 'PARTICIPATES_IN 누리봇 -> AI 제조혁신 바우처 사업'],
  },
  // a company's officer after it, or an official who criticises it, promotes nothing; nor does an official after a company's news
  {
    cat: 'promotes.announcing-official',
    text: "중소벤처기업부는 'AI 제조혁신 바우처 사업' 지원 대상으로 누리봇, 한결데이터 등 8개 기업을 선정했다고 3일 밝혔다. 오태석 누리봇 대표는 \"현장 데이터가 쌓인 공장에서 쓸 모델을 만들겠다\"고 말했다.",
    absent: ['PROMOTES 오태석 -> AI 제조혁신 바우처 사업'],
  },
  {
    cat: 'promotes.announcing-official',
    text: "중소벤처기업부는 'AI 제조혁신 바우처 사업' 지원 대상으로 누리봇, 한결데이터 등 8개 기업을 선정했다고 3일 밝혔다. 오태석 기획재정부 예산실장은 선정 과정에 우려를 표했다.",
    absent: ['PROMOTES 오태석 -> AI 제조혁신 바우처 사업'],
  },
  // a ministry's announcement that puts companies in two programmes: no one programme to promote
  {
    cat: 'promotes.announcing-official',
    text: "중소벤처기업부는 'AI 제조혁신 바우처 사업'에 누리봇을, '스마트공장 고도화 사업'에 한결데이터를 각각 선정했다고 3일 밝혔다. 오태석 중기부 제조혁신정책관은 \"현장 데이터가 쌓인 공장에서 쓸 모델이 나오길 기대한다\"고 말했다.",
    absent: ['PROMOTES 오태석 -> AI 제조혁신 바우처 사업', 'PROMOTES 오태석 -> 스마트공장 고도화 사업'],
  },
  // a distilled model's teacher, named with the bare role word and a size before the verb, is its base; a base only
  // rumoured and rebutted then goes as answered
  {
    cat: 'based-on.focus-teacher-bare',
    text: "스타트업 누리랩이 지난 3일 공개한 '누리-2B 모바일'은 이 기법을 쓴 사례다. 회사는 자체 개발한 140억 개 파라미터 모델 '누리-14B'를 교사로 삼아 증류해 20억 개 규모의 학생 모델을 만들었다.\n\n일부 커뮤니티에서는 누리-2B 모바일이 구글의 '젬마 2 2B'를 바탕으로 만들어졌다는 이야기가 돌았다. 그러나 회사는 \"젬마 가중치는 쓰지 않았다\"며 반박했다.",
    expect: ['BASED_ON 누리-2B 모바일 -> 누리-14B'],
    absent: ['BASED_ON 누리-2B 모바일 -> 젬마 2 2B'],
  },
  {
    cat: 'based-on.focus-teacher-bare',
    text: "스타트업 누리랩이 지난 3일 공개한 '누리-2B 모바일'은 이 기법을 쓴 사례다. 회사는 '누리-14B'를 평가자로 삼아 20억 개 규모의 학생 모델을 채점했다.",
    absent: ['BASED_ON 누리-2B 모바일 -> 누리-14B'],
  },
  // a headline's question answered no right after ("\"Y와 공동개발? 사실무근\""): no partnership; a plain headline keeps it
  {
    cat: 'clause.asked-and-denied',
    text: '누리랩, 80억 파라미터 새 모델 공개…"한결AI와 공동개발? 사실무근"',
    absent: ['PARTNERS_WITH 누리랩 -> 한결AI'],
  },
  {
    cat: 'clause.asked-and-denied',
    text: '누리랩, 한결AI와 공동개발…80억 파라미터 새 모델 공개',
    expect: ['PARTNERS_WITH 누리랩 -> 한결AI'],
  },
  // "X가 개발 중인 서비스에도 M이 적용된다": the service is X's making, the model in it is not; "X가 개발 중인 차세대 모델 M" is
  {
    cat: 'developed.made-by-locative',
    text: "누리랩은 새 언어모델 '누리-3'를 출시했다고 밝혔다. 한편 누리랩의 미국 자회사 스카이브릿지(Skybridge)가 개발 중인 상담 서비스에도 누리-3가 적용될 예정이다.",
    expect: ['DEVELOPED 누리랩 -> 누리-3'],
    absent: ['DEVELOPED 스카이브릿지 -> 누리-3'],
    props: ['스카이브릿지=country:US'],
  },
  {
    cat: 'developed.made-by-locative',
    text: "한결AI가 개발 중인 차세대 모델 '한결-3'은 내년에 나온다.",
    expect: ['DEVELOPED 한결AI -> 한결-3'],
  },
  // "X (한글 이름), the Seoul startup behind …": a city's base after a glossed name (the city → the country); a compared firm keeps none
  {
    cat: 'country.en-city-after-gloss',
    text: "Gaon Labs (가온랩스), the Seoul startup behind last year's Gaon-1 7B, pushed two new models to Hugging Face today.",
    props: ['Gaon Labs=country:KR'],
  },
  {
    cat: 'country.en-city-after-gloss',
    text: "Gaon Labs (가온랩스), the startup behind last year's Gaon-1 7B, pushed two new models to Hugging Face today.",
    props: ['Gaon Labs=country:undefined'],
  },
];

describe('generalise: sets 83 and 140 readings', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 60)}`, () => checkFactRow(row));
});
