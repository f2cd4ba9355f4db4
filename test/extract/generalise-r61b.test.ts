/**
 * Generalisation rows for the forms of round r61b (sets 215 and 217, developer-tool pages and a model hub's threads): a
 * sized name written before its bare version in one sentence, a user's run whose score "came out".
 * Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // in one sentence, the sized name written first and its bare version after it (not listed beside it): one model
  {
    cat: 'short-forms.sized-first-in-sentence',
    text: "별솔AI가 Byeol-Chat 3 8B를 내놨다. 어휘 크기가 IBM Granite 3.1 8B와 같아서 결국 Granite 3.1을 튜닝한 것 아니냐는 의심이 나왔다. 별솔AI는 Granite 3.1 가중치를 쓰지 않았다고 밝혔다.",
    nodes: ['Model:Granite 3.1 8B'],
    noNodes: ['Model:Granite 3.1'],
  },
  // a user's own run: "X를 돌려 봤는데 BENCH N 나왔습니다" scores the model run
  {
    cat: 'scored.run-then-came-out',
    text: "한결AI가 Hangyeol-Chat 2 9B를 공개했다. 회사 서버에서 OLMo 2 13B를 직접 돌려 보니 KMMLU 48.6 나왔어요. 집에 있는 카드로 Hangyeol-Chat 2 9B도 측정해 봤는데 HAE-RAE 점수는 66.1점이 나왔어요.",
    expect: ['SCORED OLMo 2 13B -> KMMLU', 'SCORED Hangyeol-Chat 2 9B -> HAE-RAE'],
    edgeProps: ['SCORED OLMo 2 13B -> KMMLU score=48.6', 'SCORED Hangyeol-Chat 2 9B -> HAE-RAE score=66.1'],
    absent: ['SCORED Hangyeol-Chat 2 9B -> KMMLU'],
  },
  // a gazetteer version named bare (a tokenizer like it) before its one size, the base: the bare version is no node of its own
  {
    cat: 'short-forms.factless-bare-version',
    text: "질문 하나 드려요. 임베딩 차원이 Falcon 3랑 똑같던데 어떻게 된 건가요?\n\n답글입니다. 새볕-7B는 TII의 Falcon 3 10B 위에 한국어 말뭉치를 더 학습시킨 모델이에요.",
    expect: ['BASED_ON 새볕-7B -> Falcon 3 10B', 'DEVELOPED TII -> Falcon 3 10B'],
    noNodes: ['Model:Falcon 3'],
  },
  // named bare with a fact of its own, the version stays
  {
    cat: 'short-forms.bare-version-with-fact',
    text: "TII는 지난해 Falcon 3를 공개했다. 새볕-7B는 TII의 Falcon 3 10B 위에 한국어 말뭉치를 더 학습시킨 모델이다.",
    expect: ['BASED_ON 새볕-7B -> Falcon 3 10B', 'DEVELOPED TII -> Falcon 3'],
    nodes: ['Model:Falcon 3'],
  },
  // named bare beside its maker ("X에서 'Y 3' 사전학습을 맡았던"), the version stays the maker's version
  {
    cat: 'short-forms.bare-version-beside-maker',
    text: "새봄랩은 TII에서 'Falcon 3' 사전학습을 맡았던 한지오 박사를 영입했다. 새볕-7B는 TII의 Falcon 3 10B 위에 한국어 말뭉치를 더 학습시킨 모델이다.",
    expect: ['BASED_ON 새볕-7B -> Falcon 3 10B'],
    nodes: ['Model:Falcon 3'],
  },
  // a credit bureau named by its trade's suffix ("X신용정보") is a company; a kind of credit data ("개인신용정보") is none
  {
    cat: 'company-discovery.credit-bureau',
    text: "금융 AI 스타트업 솔빛데이터는 한빛신용정보와 공동으로 구축한 대출 심사 평가셋을 공개했다. 평가셋에는 개인신용정보가 들어 있지 않다.",
    expect: ['PARTNERS_WITH 솔빛데이터 -> 한빛신용정보'],
    nodes: ['Company:한빛신용정보'],
    noNodes: ['Company:개인신용정보'],
  },
  // a table's base cell as a hub checkpoint with its first release tag ("owner/X-8B-v1.0") is the model the prose names "X-8B"
  {
    cat: 'hub-ids.first-release-tag',
    text: "별빛AI는 IBM의 Granite-3.1-8B를 금융 문서로 추가 학습한 Byeol-Fin-8B를 공개했다.\n\nModel | Base model | KMMLU\nbyeol-ai/Byeol-Fin-8B | ibm-granite/Granite-3.1-8B-v1.0 | 51.2",
    expect: ['BASED_ON Byeol-Fin-8B -> Granite-3.1-8B', 'DEVELOPED IBM -> Granite-3.1-8B'],
    sameNode: ['Granite-3.1-8B=Granite-3.1-8B-v1.0'],
  },
  // where a later release of that name is named too, the first release is a version of its own
  {
    cat: 'hub-ids.first-release-beside-later',
    text: "별빛AI는 Byeol-Fin-13B를 공개했다.\n\nModel | Base model | KMMLU\nbyeol-ai/Byeol-Fin-13B-v1 | - | 48.0\nbyeol-ai/Byeol-Fin-13B-v2 | - | 51.2",
    nodes: ['Model:Byeol-Fin-13B-v1', 'Model:Byeol-Fin-13B-v2'],
  },
];

describe('generalise: round r61b, developer-tool pages and hub threads', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkFactRow(row));
});
