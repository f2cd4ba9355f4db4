/**
 * Generalisation rows for the forms of held-out set 215 (developer-tool pages): a leaderboard whose model cells are a
 * model hub's repository ids ("owner/Model-7B") and whose first column is a type mark ("T | Model | Base model | …").
 * Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // a leaderboard's model and base cells are repository ids: the model is the name after the namespace
  {
    cat: 'score-table.repository-ids',
    text: "누리파이낸스는 한국어 보험 약관 이해 능력을 평가하는 공개 리더보드를 운영합니다.\n\nModel | Base model | InsurQA | KMMLU\nnuri-fin/Nuri-Ins-7B-v2 | Qwen/Qwen2.5-7B-Instruct | 71.3 | 50.2\ngoogle/gemma-2-9b-it | - | 65.2 | 52.8",
    expect: ['SCORED Nuri-Ins-7B-v2 -> InsurQA', 'SCORED Nuri-Ins-7B-v2 -> KMMLU', 'BASED_ON Nuri-Ins-7B-v2 -> Qwen2.5-7B-Instruct', 'SCORED gemma-2-9b-it -> KMMLU'],
    edgeProps: ['SCORED Nuri-Ins-7B-v2 -> InsurQA score=71.3'],
  },
  // a type column of marks before the model column is no reason to stop reading the header
  {
    cat: 'score-table.type-column',
    text: "별빛AI 한국어 법률 리더보드\n\n별빛AI는 법률 질의응답 능력을 평가하는 리더보드를 공개했다.\n\nT | Model | Base model | Average ⬆️ | LawQA | KMMLU\n🔶 | byeol-ai/Byeol-Law-8B | meta-llama/Llama-3.1-8B | 61.0 | 70.4 | 51.6\n💬 | Qwen/Qwen2.5-7B-Instruct | - | 58.2 | 64.1 | 52.3",
    expect: ['SCORED Byeol-Law-8B -> LawQA', 'BASED_ON Byeol-Law-8B -> Llama-3.1-8B', 'SCORED Qwen2.5-7B-Instruct -> KMMLU', 'SCORED Qwen2.5-7B-Instruct -> LawQA'],
    absent: ['SCORED Byeol-Law-8B -> Average'],
  },
];

describe('generalise: set 215, developer-tool pages', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkFactRow(row));
});
