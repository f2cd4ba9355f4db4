/**
 * Generalisation rows for a further round on sets 139 and 75: a broadcast script's names and scores read aloud with a
 * comma where print puts parentheses ("'Y', Y'를 바탕으로", "모델 'Y', 64.9점을 제쳤다"); a base its maker denies by the
 * weights not used ("Y의 가중치는 하나도 쓰지 않았다"); a bare programme word before a round after the sentence's topic
 * ("A는 프로젝트 1차 평가에서 B 컨소시엄의 일원으로 참여했다").
 * Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/pipeline/index.js';
import { parseArticle } from '../../src/parse/index.js';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // "'Y', Y'를 바탕으로": a name and its other spelling after a comma, as a script reads "'Y'(Y')" aloud, are one base
  { cat: 'encode.comma-gloss', text: "누리소프트가 어제 공개한 추론 모델 '누리-R2'입니다. 메타가 내놓은 오픈소스 모델 '라마 3.1', Llama 3.1을 바탕으로 한국어 법률 문서를 추가로 학습시켰습니다.", expect: ['BASED_ON 누리-R2 -> 라마 3.1'] },
  { cat: 'encode.comma-gloss', text: "누리소프트가 어제 공개한 추론 모델 '누리-R2'입니다. 메타의 '라마 3.1', 구글의 젬마 3를 비교한 뒤 자체 데이터로 처음부터 학습시켰습니다.", absent: ['BASED_ON 누리-R2 -> 라마 3.1', 'BASED_ON 누리-R2 -> 젬마 3'] },
  // "같은 조건에서 잰 Y, N점을 제쳤다": a compared model's score after a comma is its score on the benchmark of the sentence
  { cat: 'scored.comma-compared', text: "회사 측은 한국어 독해 벤치마크 KoBEST에서 누리-R2가 80.4점을 받아, 같은 조건에서 잰 구글의 모델 '젬마 3 12B', 72.9점을 앞섰다고 설명했습니다.", expect: ['SCORED 누리-R2 -> KoBEST', 'SCORED 젬마 3 12B -> KoBEST'], edgeProps: ['SCORED 젬마 3 12B -> KoBEST score=72.9'] },
  { cat: 'scored.comma-compared', text: "회사 측은 KoBEST에서 누리-R2가 80.4점을 받아, 젬마 3 12B, 큐웬3 8B를 제쳤다고 설명했습니다.", expect: ['SCORED 누리-R2 -> KoBEST'], absent: ['SCORED 젬마 3 12B -> KoBEST', 'SCORED 큐웬3 8B -> KoBEST'] },
  // a claimed base its maker answers by the weights not used ("Y의 가중치는 하나도 쓰지 않았다") is disputed, and goes for a model built from scratch
  { cat: 'disputed-bases.weights-not-used', text: "누리소프트가 '누리-M 5'를 공개했다. 회사는 \"누리-M 5는 처음부터 우리 손으로 학습한 모델\"이라고 했다. 한 커뮤니티에서는 누리-M 5가 메타의 라마 3.1을 바탕으로 만들어졌다는 주장이 돌았다. 회사는 \"구조가 비슷해 보였을 수는 있지만 라마 3.1의 가중치는 하나도 쓰지 않았다\"고 했다.", absent: ['BASED_ON 누리-M 5 -> 라마 3.1'] },
  { cat: 'disputed-bases.weights-not-used', text: "누리소프트가 '누리-M 5'를 공개했다. 누리-M 5는 메타의 라마 3.1을 바탕으로 만들어졌다. 회사는 경쟁사의 데이터는 쓰지 않았다고 했다.", expect: ['BASED_ON 누리-M 5 -> 라마 3.1'] },
  // "A는 프로젝트 1차 평가에서 B 컨소시엄의 일원으로 참여했다": the bare word after a topic is the programme named before; A and B take part, A partners B
  { cat: 'references.topic-programme-round', text: "회사는 \"정부 독자 AI 파운데이션 모델 프로젝트에 참여하며 쌓은 경험이 컸다\"고 말했다. 누리소프트는 프로젝트 1차 평가에서 LG AI연구원 컨소시엄의 일원으로 참여했다.", expect: ['PARTICIPATES_IN 누리소프트 -> 독자 AI 파운데이션 모델 프로젝트', 'PARTICIPATES_IN LG AI연구원 -> 독자 AI 파운데이션 모델 프로젝트', 'PARTNERS_WITH 누리소프트 -> LG AI연구원'] },
  { cat: 'references.topic-programme-round', text: "누리소프트는 사내 프로젝트 1차 평가에서 새 모델을 시험했다.", absent: ['PARTICIPATES_IN 누리소프트 -> 독자 AI 파운데이션 모델 프로젝트'] },
  // an English claim answered in the next sentence ("some developers claimed X had been distilled from Y. Z rejected that."): disputed, and gone beside a stated base
  { cat: 'disputed-bases.english-claim-rejected', text: "Nuri Labs released Nuri-7\n\nNuri Labs released Nuri-7 last week. The company took Meta's Llama 3.1 8B, an open-weight model, and continued pre-training it on legal text. Online, some users claimed Nuri-7 had been distilled from Alibaba's Qwen3 8B, pointing to similar answers. The CEO rejected that. \"There is no Qwen in it,\" he said.", expect: ['BASED_ON Nuri-7 -> Llama 3.1 8B'], absent: ['BASED_ON Nuri-7 -> Qwen3 8B'] },
  { cat: 'disputed-bases.english-claim-rejected', text: "Nuri Labs released Nuri-7. Nuri-7 was distilled from Alibaba's Qwen3 8B, the company said. Rivals rejected the approach as lazy.", expect: ['BASED_ON Nuri-7 -> Qwen3 8B'] },
  // "against 66.5 for the Y base it was built on": the base read before, no model "Y base it" (a pronoun "it" is no "-it" checkpoint)
  { cat: 'references.en-base-it-was-built-on', text: "Nuri Labs released Nuri-7\n\nNuri Labs released Nuri-7 last week. The company took Meta's Llama 3.1 8B, an open-weight model, and continued pre-training it on legal text. On KMMLU, Nuri-7 scored 58.2, according to figures the company shared, against 51.0 for the Llama base it was built on.", expect: ['SCORED Nuri-7 -> KMMLU', 'SCORED Llama 3.1 8B -> KMMLU'], edgeProps: ['SCORED Llama 3.1 8B -> KMMLU score=51'], noNodes: ['Model:Llama base it', 'Model:Llama base'] },
  { cat: 'references.en-base-it-was-built-on', text: "Nuri Labs released Nuri-7\n\nNuri Labs released Nuri-7 last week. The company took Meta's Llama 3.1 8B, an open-weight model, and continued pre-training it on legal text. Some users claimed Nuri-7 was distilled from Qwen3 8B. On KMMLU, Nuri-7 scored 58.2 against 51.0 for the base model it was built on.", expect: ['SCORED Llama 3.1 8B -> KMMLU'], absent: ['SCORED Qwen3 8B -> KMMLU'] },
  { cat: 'references.en-base-it-was-built-on', text: "Google released Gemma 3 27B IT last spring.", nodes: ['Model:Gemma 3 27B IT'] },
  // an answer opening "네, X는 …": X is the topic the next sentences are about ("A하고, … B를 가중치 단위로 합친 거예요" merges A and B into X)
  { cat: 'properties.answer-lead-topic', text: "누리소프트는 지난 18일 '누리-M 3'를 내놨다.\n\n\"네, 누리-M 3 플러스는 학습을 따로 한 게 아니라 머지(merge)로 만들었어요. 누리-M 3하고, 지난여름에 내부용으로 만든 추론 모델 누리-R 1을 가중치 단위로 합친 거예요.\"", expect: ['BASED_ON 누리-M 3 플러스 -> 누리-M 3', 'BASED_ON 누리-M 3 플러스 -> 누리-R 1'], absent: ['BASED_ON 누리-M 3 -> 누리-R 1'] },
  // "Y의 후속이긴 한데": a concessive copula of succession; a model said to be left out ("Z는 이번엔 한 줄도 안 들어갔어요") takes no focus
  { cat: 'succeeds.focus-concessive', text: "누리소프트는 지난 18일 '누리-M 3'를 내놨다.\n\n\"누리-M 3는 엑사원 4.0 32B를 가져와 추가 사전학습을 했습니다. 라마는 이번엔 한 줄도 안 들어갔어요. 누리-M 2의 후속이긴 한데, 사실상 다른 모델이라고 보셔도 돼요.\"", expect: ['SUCCEEDS 누리-M 3 -> 누리-M 2'], absent: ['SUCCEEDS 라마 -> 누리-M 2'] },
  { cat: 'succeeds.focus-concessive', text: "누리소프트는 지난 18일 '누리-M 3'를 내놨다.\n\n\"누리-M 3는 누리-M 2의 후속이긴 한데, 출시는 미뤘어요.\"", expect: ['SUCCEEDS 누리-M 3 -> 누리-M 2'] },
  // "Y는 KoBEST가 70점을 겨우 넘는 수준이었으니까 꽤 올랐죠": the predecessor's level is a measure; "해당 모델" after it is still the focus
  { cat: 'focus.predecessor-level', text: "누리소프트는 지난 18일 '누리-M 3'를 내놨다.\n\n\"누리-M 3는 KoBEST에서 79.4점 나왔어요. 누리-M 2는 KoBEST가 70점을 겨우 넘는 수준이었으니까 꽤 올랐죠. 법률 쪽은 저희가 만든 평가셋 LawKo-Eval로 보는데, 해당 모델이 86.2점을 받았습니다.\"", expect: ['SCORED 누리-M 3 -> LawKo-Eval'], absent: ['SCORED 누리-M 2 -> LawKo-Eval'] },
  { cat: 'focus.predecessor-level', text: "누리소프트는 지난 18일 '누리-M 3'를 내놨다.\n\n\"누리-M 2는 법률 평가셋 LawKo-Eval에서 86.2점을 받았습니다.\"", expect: ['SCORED 누리-M 2 -> LawKo-Eval'] },
  // "X의 공동창업자이자 최고기술책임자(CTO)는 Y 출신 NAME 박사다": the post held, its co-title and a former employer before the name
  { cat: 'works-for.post-held-by', text: "누리랩스는 이날 첫 모델을 공개했다. 누리랩스의 공동창업자이자 최고기술책임자(CTO)는 카카오브레인 출신 홍길순 박사다.", expect: ['WORKS_FOR 홍길순 -> 누리랩스'] },
  { cat: 'works-for.post-held-by', text: "누리랩스는 이날 첫 모델을 공개했다. 누리랩스의 전 최고기술책임자(CTO)는 카카오브레인 출신 홍길순 박사다.", absent: ['WORKS_FOR 홍길순 -> 누리랩스'] },
  // "그 Base 모델 위에": a demonstrative and a bare variant word stand for the variant named just before, no model "Base"
  { cat: 'references.variant-word', text: "Nuri-Ko-8B-Instruct는 누리소프트가 개발한 모델입니다. 메타가 공개한 Llama-3.1-8B를 출발점으로 삼아 추가 사전학습을 진행해 Nuri-Ko-8B-Base를 만들었습니다. 이 저장소의 Instruct 모델은 그 Base 모델 위에 지도 미세조정(SFT)을 더한 것입니다.", expect: ['BASED_ON Nuri-Ko-8B-Instruct -> Nuri-Ko-8B-Base'], absent: ['BASED_ON Nuri-Ko-8B-Instruct -> Base'] },
  { cat: 'references.variant-word', text: "Nuri-Ko-8B-Instruct는 누리소프트가 개발한 모델입니다. 성능은 메타의 Llama-3.1-8B와 비교했습니다. 이 저장소의 Instruct 모델은 그 Base 모델 위에 지도 미세조정(SFT)을 더한 것입니다.", absent: ['BASED_ON Nuri-Ko-8B-Instruct -> Llama-3.1-8B'] },
  // "Kim has since left to lead a … team at Y": a surname alone as the subject of a departure is the one person of that surname; Y employs them
  { cat: 'person-references.en-surname-left', text: "Co-founder Kim Do-yun served as chief technology officer until May. Kim has since left to lead a generative-AI team at Samsung SDS; he did not respond to requests for comment.", expect: ['WORKS_FOR Kim Do-yun -> Samsung SDS'] },
  { cat: 'person-references.en-surname-left', text: "Co-founder Kim Do-yun and adviser Kim Se-ra joined in May. Kim has since left to lead a generative-AI team at Samsung SDS.", absent: ['WORKS_FOR Kim Do-yun -> Samsung SDS', 'WORKS_FOR Kim Se-ra -> Samsung SDS'] },
  // "among the 32 startups selected in August for the Ministry of Science and ICT's Y Program": the ministry's programme, named in English, and a company selected for it
  { cat: 'discover-names.en-ministry-programme', text: "Dorim Labs, a Seoul startup, released a model. Dorim Labs was also among the 32 startups selected in August for the Ministry of Science and ICT's AI Compute Voucher Program, which gives it access to GPU clusters.", nodes: ['Policy:AI Compute Voucher Program'], expect: ['PARTICIPATES_IN Dorim Labs -> AI Compute Voucher Program'] },
  // "이거 Y 기반 아니냐는 말이 도는데, 아님": the base a rumour asks about takes no focus; "Z의 후속이긴 한데" stays the thread's model's
  { cat: 'focus.rumoured-base', text: "누리소프트가 '누리-2'를 공개했다. 벌써 \"이거 큐웬3 기반 아니냐\"는 말이 도는데, 아님. 작년에 나온 누리-1의 후속이긴 한데 구조는 완전히 바꿨다고 보면 됨.", expect: ['SUCCEEDS 누리-2 -> 누리-1'], absent: ['SUCCEEDS 큐웬3 -> 누리-1'] },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});

// a review's section headed "X (Y)": its sentences with no model or no subject are about X and Y (a table's name cell "X (Y)" is no heading)
describe('focus.heading-model-maker', () => {
  const page = (body: string) =>
    `<html><head><meta property="og:title" content="소형 모델 후기"><meta property="article:published_time" content="2026-05-04"></head><body><article><h1>소형 모델 후기</h1>${body}</article></body></html>`;
  const facts = (body: string) => {
    const g = extractArticle(parseArticle(Buffer.from(page(body)), { source: 't.html' }));
    const name = (id: string) => g.nodes.find((n) => n.id === id)?.name;
    return g.edges.map((e) => `${e.type} ${name(e.source)} -> ${name(e.target)}`);
  };
  it('the section model scores, the section maker partners', () => {
    const f = facts('<p>누리소프트와 KT의 소형 모델을 비교했다.</p><h3>믿:음 2.0 미니 (KT)</h3><p>KT가 작년에 낸 모델이에요.</p><h3>누리-3B (누리소프트)</h3><p>이번 글의 주인공이에요. 30억 파라미터인데 KMMLU 47.9점이면 꽤 괜찮아요. 학습 데이터 중 법률 데이터셋은 LG AI연구원과 함께 구축했다고 하고요.</p>');
    expect(f).toContain('SCORED 누리-3B -> KMMLU');
    expect(f.some((x) => /PARTNERS_WITH (누리소프트 -> LG AI연구원|LG AI연구원 -> 누리소프트)/.test(x))).toBe(true);
    expect(f.some((x) => /PARTNERS_WITH (KT -> LG AI연구원|LG AI연구원 -> KT)/.test(x))).toBe(false);
    expect(f).not.toContain('SCORED 믿:음 2.0 미니 -> KMMLU');
  });
  it('a model and its maker as a table cell set no subject', () => {
    const f = facts('<p>누리소프트가 새 모델을 냈다.</p><table><tr><td>모델</td><td>KMMLU</td></tr><tr><td>라마 3.1 8B (메타)</td><td>40.1</td></tr></table><p>학습 데이터는 LG AI연구원과 함께 구축했다고 밝혔다.</p>');
    expect(f.some((x) => /PARTNERS_WITH (메타 -> LG AI연구원|LG AI연구원 -> 메타)/.test(x))).toBe(false);
  });
});

