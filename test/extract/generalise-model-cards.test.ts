/** Model cards and repository READMEs: co-developed releases, tuning applied to a base, token counts, team names, a contact line. Every sentence is written for the tests. */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  {
    // "A와 B는 C와 ㈜D가 공동 개발한 …": every model of the list by every company of the list (a corporate mark before a member)
    cat: 'developed.passive-model-list',
    text: "Nabi-7B와 Nabi-7B-Chat은 누리솔AI와 ㈜한결데이터가 공동 개발한 한국어 언어모델입니다.",
    expect: ['DEVELOPED 누리솔AI -> Nabi-7B', 'DEVELOPED 누리솔AI -> Nabi-7B-Chat', 'DEVELOPED 한결데이터 -> Nabi-7B', 'DEVELOPED 한결데이터 -> Nabi-7B-Chat'],
  },
  {
    // "X는 Y에 미세조정(SFT)과 DPO를 적용한 모델": tuning applied to Y makes Y the base
    cat: 'based-on.tuning-applied',
    text: "Nabi-7B-Chat은 Nabi-7B에 지시 미세조정(SFT)과 DPO를 적용한 대화형 모델입니다.",
    expect: ['BASED_ON Nabi-7B-Chat -> Nabi-7B'],
  },
  {
    cat: 'based-on.tuning-applied',
    text: "Nabi-7B-Chat은 Nabi-7B에 새 안전 정책을 적용한 대화형 모델입니다.",
    absent: ['BASED_ON Nabi-7B-Chat -> Nabi-7B'],
  },
  {
    // "추가 학습 250B 토큰": a count of training tokens, no model named "학습 250B"
    cat: 'model.token-count-no-size',
    text: "Nabi-7B는 라마 3.1 8B를 기반으로 만든 언어모델입니다.\n\n학습 데이터\n\n추가 학습 250B 토큰",
    noNodes: ['Model:학습 250B'],
    expect: ['BASED_ON Nabi-7B -> 라마 3.1 8B'],
  },
  {
    // "알리바바 Qwen 팀의 모델": a family name before 팀 names a team, not a model
    cat: 'model.family-team',
    text: "Nabi-7B는 알리바바 Qwen 팀의 오픈소스 모델 Qwen2.5-7B를 기반으로 만들었습니다.",
    noNodes: ['Model:Qwen'],
    expect: ['BASED_ON Nabi-7B -> Qwen2.5-7B'],
  },
  {
    // "기술 문의: NAME COMPANY 연구팀장 (mail)": a labelled contact line names a person at the company
    cat: 'works-for.contact-line',
    text: "Nabi-7B는 누리솔AI가 개발한 언어모델입니다.\n\n기술 문의: 오하진 누리솔AI 연구팀장 (ohj@nurisol.example)",
    expect: ['WORKS_FOR 오하진 -> 누리솔AI'],
  },
  {
    // a reporter's byline with an address stays page chrome
    cat: 'works-for.contact-line',
    text: "Nabi-7B는 누리솔AI가 개발한 언어모델입니다.\n\n오하진 기자 ohj@news.example",
    noNodes: ['Person:오하진'],
  },
  {
    cat: 'a transposed score table whose benchmark rows name editions ("HumanEval+", "MBPP Plus"): each edition is a benchmark of its own name',
    text: [
      '## 평가',
      '',
      '벤치마크 | Dalbit-Code-8B | Qwen3-8B',
      'HumanEval+ | 77.4 | 70.2',
      'KMMLU | 51.0 | 52.3',
    ].join('\n'),
    expect: ['SCORED Dalbit-Code-8B -> HumanEval+', 'SCORED Qwen3-8B -> HumanEval+', 'SCORED Dalbit-Code-8B -> KMMLU'],
    edgeProps: ['SCORED Dalbit-Code-8B -> HumanEval+ score=77.4'],
    nodes: ['Benchmark:HumanEval+'],
    noNodes: ['Benchmark:HumanEval'],
  },
  {
    cat: 'an edition word after a known benchmark in prose ("SWE-bench Verified에서", "LiveCodeBench v6 점수") names that edition',
    text: '달빛소프트의 Dalbit-Code-8B는 SWE-bench Verified에서 41.5%를 기록했다. LiveCodeBench v6 점수는 다음 달 공개한다.',
    expect: ['SCORED Dalbit-Code-8B -> SWE-bench Verified'],
    nodes: ['Benchmark:SWE-bench Verified', 'Benchmark:LiveCodeBench v6'],
    noNodes: ['Benchmark:SWE-bench'],
  },
  {
    // a card's metadata block: 'metadata' is a common word, no company ending in …데이터
    cat: 'company.common-data-compound',
    text: '메타데이터 (README.md 상단)\n\nlicense: apache-2.0\n\nNabi-7B는 누리솔AI가 만든 한국어 언어모델입니다. 이 모델의 메타데이터에는 라이선스가 적혀 있습니다.',
    noNodes: ['Company:메타데이터'],
  },
  {
    // a repository id's namespace ("meta-llama/…", "google/…") is the base's owner, not the card's "당사"
    cat: 'company-reference.first-person-not-namespace',
    text: 'base_model: google/gemma-3-4b-pt\nmodel_creator: Nuri AI (누리AI)\n\n이 모델은 당사가 지난해 공개한 Nabi-3B의 후속 모델입니다.',
    expect: ['DEVELOPED Nuri AI -> Nabi-3B'],
    absent: ['DEVELOPED 구글 -> Nabi-3B', 'DEVELOPED google -> Nabi-3B'],
  },
  // a weights repository's path glossed after a model's name and kind words is that model, also where a spec table writes it alone
  {
    cat: 'alias.glossed-repository-path',
    text: "한결데이터의 번역 모델 Sori-T 9B는 메타가 공개한 Llama 3.1 8B 기본 모델(`meta-llama/llama-3.1-8b-base`)에 번역 말뭉치를 추가 학습했습니다.\n\n| 항목 | 내용 |\n| --- | --- |\n| Base model | meta-llama/llama-3.1-8b-base |",
    sameNode: ['llama-3.1-8b-base=Llama 3.1 8B'],
    expect: ['DEVELOPED 메타 -> llama-3.1-8b-base'],
    noNodes: ['Model:Llama 3.1 8B'],
  },
  { cat: 'alias.glossed-repository-path', text: '한결데이터는 Sori-T 9B 번역 모델(hangyeol/orca-ko-2b)도 함께 공개했습니다.', noNodes: ['Model:Sori-T 9B orca-ko-2b'], absent: ['SUCCEEDS Sori-T 9B -> orca-ko-2b'] },
  // a Hangul nickname in parentheses that leaves out the checkpoint's variant word is the model's alias
  { cat: 'alias.nickname-without-variant', text: '한결데이터가 개발한 Sori-T-9B-Instruct(소리-T-9B)는 번역에 특화된 모델입니다.', sameNode: ['Sori-T-9B-Instruct=소리-T-9B'], noNodes: ['Model:소리-T-9B'] },
];

describe('model cards and repository READMEs', () => {
  it.each(rows.map((r, i) => ({ ...r, i })))('$cat #$i', (row) => checkFactRow(row));
});
