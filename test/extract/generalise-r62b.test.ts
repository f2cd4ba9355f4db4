/**
 * Generalisation rows for the forms of round r62b (sets 219, 215 and 212: services on models, developer-tool pages,
 * personnel pages): a company sheet's items whose subject is the labelled company, a test set named in brackets after
 * the test word. Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // a fact sheet's item with no subject of its own ("- 협력: X와 … 공동 개발 중이고, … 공급기업으로 선정됐습니다"): the labelled company's
  {
    cat: 'company-sheet.item-omitted-subject',
    text: "안녕하세요, 포지션 제안드립니다.\n\n■ 회사: 가람AI (GaramAI)\n- 설립: 2021년\n- 주력 모델: 가람-LM 3 (Doran-LM 3)\n- 협력: LG유플러스와 콜센터 특화 모델을 공동 개발 중이고, 올해 정부 'AI 바우처 지원사업' 공급기업으로 선정됐습니다",
    expect: ['PARTNERS_WITH LG유플러스 -> 가람AI', 'PARTICIPATES_IN 가람AI -> AI 바우처 지원사업'],
  },
  // the label line names no company a list knows and no item after it says what it did with another company: no partner
  {
    cat: 'company-sheet.item-omitted-subject',
    text: "안녕하세요, 포지션 제안드립니다.\n\n■ 회사: 가람AI (GaramAI)\n- 고객: LG유플러스 콜센터에 모델을 공급 중입니다",
    absent: ['PARTNERS_WITH LG유플러스 -> 가람AI'],
  },
  // "평가셋(자체 구축 'X')": the quoted name in brackets after the test word is a test set
  {
    cat: 'benchmarks.test-word-bracketed-name',
    text: "한빛AI는 '한빛-LM 3'를 공개했다. 이번 채용 포지션의 업무는 평가셋(자체 구축 'HanEval-Med') 고도화다.",
    nodes: ['Benchmark:HanEval-Med'],
    noNodes: ['Model:HanEval-Med'],
  },
  // "최종 선택은 X가 공개한 Y(Y', 115억 파라미터)였다. … 이 모델에 … 추가 학습시켜 'Z'를": the model the copula presents, its alias and size
  // glossed in brackets, is what "이 모델" stands for next (not the model named in the sentence before)
  {
    cat: 'focus.presented-with-bracket-gloss',
    text: "한빛은행은 처음에 오픈AI의 GPT-4o mini를 호출하는 방식이었다. 최종 선택은 KT가 공개한 믿:음 2.0 베이스(Mi:dm 2.0 Base, 115억 파라미터)였다. 은행 디지털부와 라온솔루션은 이 모델에 약관 등 약 2억 토큰을 추가 학습시켜 '한빛 BankLM'을 함께 개발했다.",
    expect: ['BASED_ON 한빛 BankLM -> 믿:음 2.0 베이스'],
    absent: ['BASED_ON 한빛 BankLM -> GPT-4o mini'],
  },
  // a numbered answer titled by a rumoured base ("2. Y 증류설?", "1. Y 파인튜닝인가?"): the thread's model stays the one the
  // maker's own scores after it are for
  {
    cat: 'focus.suspected-base-heading',
    text: "안녕하세요. 지난주 올라온 Hanul-Chat 3 8B 잘 쓰고 있습니다. 베이스가 궁금합니다.\n\n답변드립니다.\n\n1. Qwen2.5 7B 파인튜닝인가? 아닙니다. 가중치는 쓰지 않았습니다.\n\n2. 솔라 프로2 증류설? 사실이 아닙니다. 다만 평가 때 솔라 프로2를 비교 대상으로 둔 적은 있습니다.\n\n저희 공식 측정치는 KMMLU 51.3, HAE-RAE 64.2입니다.",
    expect: ['SCORED Hanul-Chat 3 8B -> KMMLU', 'SCORED Hanul-Chat 3 8B -> HAE-RAE'],
    absent: ['SCORED 솔라 프로2 -> KMMLU', 'SCORED Qwen2.5 7B -> KMMLU'],
  },
  // a city's programme named after the city ("별하 AI 상담비서 시범사업", "별하시장"): the rest of its name alone later is the
  // programme, even where another programme was named between them
  {
    cat: 'programme-aliases.city-led-pilot',
    text: "별하시는 올해 「별하 AI 상담비서 시범사업」을 마쳤다. 스마트도시과가 결과를 정리했다. ㅇ 수행기관 ㈜별하에이아이는 과학기술정보통신부 「AI 바우처 지원사업」의 공급기업으로 선정된 바 있음. ㅇ 2027년 본사업으로 확대하여 전 읍·면·동에 도입 추진. ㅇ 김도현 별하시장은 \"AI 상담비서를 시민 누구나 쓰는 기본 행정서비스로 만들겠다\"며 본사업 확대를 직접 챙기겠다고 밝힘",
    expect: ['PROMOTES 김도현 -> 별하 AI 상담비서 시범사업'],
    sameNode: ['별하 AI 상담비서 시범사업=AI 상담비서'],
  },
  // "A와 B를 … 병합한 모델이다. … BENCH N로 두 부모 모델(각각 a, b)을 넘었다": the merge's parents scored a and b, in order
  {
    cat: 'scored.merged-parents-respectively',
    text: "한 줄 요약: 가람랩스가 공개한 MergeKo 8B는 자사 Garam-Chat 8B와 공개 모델 Solbit 8B를 SLERP 방식으로 병합한 모델이다. 추가 학습 없이 KMMLU 44.2로 두 부모 모델(각각 41.5, 40.9)을 넘었다.",
    expect: ['SCORED Garam-Chat 8B -> KMMLU', 'SCORED Solbit 8B -> KMMLU', 'SCORED MergeKo 8B -> KMMLU'],
    edgeProps: ['SCORED Garam-Chat 8B -> KMMLU score=41.5', 'SCORED Solbit 8B -> KMMLU score=40.9'],
  },
  // two models compared, not merged: their scores in brackets are no parents' of anything
  {
    cat: 'scored.merged-parents-respectively',
    text: "가람랩스가 공개한 MergeKo 8B는 Garam-Chat 8B와 Solbit 8B를 비교 대상으로 삼았다. KMMLU 44.2로 두 비교 모델(각각 41.5, 40.9)을 넘었다.",
    absent: ['SCORED Garam-Chat 8B -> KMMLU', 'SCORED Solbit 8B -> KMMLU'],
  },
];

describe('generalise: round r62b, services, developer-tool and personnel pages', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkFactRow(row));
});
