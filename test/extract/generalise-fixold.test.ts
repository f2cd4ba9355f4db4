/**
 * Generalisation rows for a second round on held-out sets 106, 109 and 110: a counted group of three companies, a
 * base presented with the copula, a co-developed family's sizes, and more below.
 * Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // "세 회사가 함께 개발한": the company that speaks and the two it named as partners in the sentence before
  {
    cat: 'developed.counted-group',
    text: "저희 가온랩스가 오늘 새 모델 '누리'를 공개합니다. 이번 작업은 다온AI의 김하늘 님, 바다소프트의 이도윤 님과 공동 연구로 진행했어요. 세 회사가 함께 개발한 첫 모델입니다.",
    expect: ['DEVELOPED 가온랩스 -> 누리', 'DEVELOPED 다온AI -> 누리', 'DEVELOPED 바다소프트 -> 누리', 'PARTNERS_WITH 가온랩스 -> 다온AI', 'PARTNERS_WITH 가온랩스 -> 바다소프트', 'PARTNERS_WITH 다온AI -> 바다소프트'],
  },
  {
    cat: 'developed.counted-group',
    text: "가온랩스는 새 모델 '누리'를 공개했다. 다온AI, 바다소프트, 하늘AI가 개발에 참여했다. 세 회사가 함께 개발한 첫 모델이다.",
    expect: ['DEVELOPED 다온AI -> 누리', 'DEVELOPED 하늘AI -> 누리', 'PARTNERS_WITH 바다소프트 -> 하늘AI'],
  },
  // (two companies named as rivals, not partners of the speaker: no group of three)
  {
    cat: 'developed.counted-group',
    text: "가온랩스는 새 모델 '누리'를 공개했다. 다온AI와 바다소프트는 경쟁 모델을 준비 중이다. 세 회사 모두 함께 성장하길 바란다.",
    absent: ['PARTNERS_WITH 가온랩스 -> 다온AI', 'DEVELOPED 다온AI -> 누리'],
  },
  // "Y의 베이스는 Z입니다": the base presented at the sentence's end is not the model the story goes on about
  {
    cat: 'focus.base-presented',
    text: "가온랩스가 새 모델 '누리'를 공개합니다. 누리의 베이스는 메타의 라마 3입니다. 이번 작업은 다온AI와 공동 연구로 진행했어요. 두 회사가 함께 개발한 첫 모델입니다.",
    expect: ['DEVELOPED 다온AI -> 누리', 'BASED_ON 누리 -> 라마 3'],
    absent: ['DEVELOPED 가온랩스 -> 라마 3', 'DEVELOPED 다온AI -> 라마 3'],
  },
  // a family co-developed by three companies gives all three to its sizes
  {
    cat: 'developed.family-co-developed',
    text: "저희 가온랩스가 오늘 새 모델 '누리'를 8B, 70B 두 가지 크기로 공개합니다. 누리 70B는 KMMLU 60.1점, 누리 8B는 KMMLU 48.2점입니다. 이번 작업은 다온AI의 김하늘 님, 바다소프트의 이도윤 님과 함께 진행했어요. 세 회사가 함께 개발한 첫 모델입니다.",
    expect: ['DEVELOPED 다온AI -> 누리 70B', 'DEVELOPED 바다소프트 -> 누리 8B', 'DEVELOPED 가온랩스 -> 누리 8B'],
  },
  // a programme's one named lead and a member it takes in ("이 사업에는 B가 참여 기관으로 함께한다"): the lead's partner
  {
    cat: 'partners.programme-lead-member',
    text: "다온AI는 경남도가 추진하는 '스마트 양식 AI 실증사업'의 주관 기업으로 선정됐다. 이 사업에는 지역 어구 업체 바다테크가 참여 기관으로 함께한다.",
    expect: ['PARTICIPATES_IN 다온AI -> 스마트 양식 AI 실증사업', 'PARTNERS_WITH 다온AI -> 바다테크'],
  },
  // (two companies each selected on its own: no lead over the other, no partnership)
  {
    cat: 'partners.programme-lead-member',
    text: "다온AI와 바다테크는 '스마트 양식 AI 실증사업'에 각각 선정됐다. 두 기업은 서로 다른 과제를 수행한다.",
    absent: ['PARTNERS_WITH 다온AI -> 바다테크'],
  },
  // "A는 Y를 만든 데 이어 …하고 있고, B는 Z를 공개한 뒤 …": each clause's own topic makes its own model; "데" is no head noun
  {
    cat: 'clauses.own-clause-topic',
    text: "가온랩스는 자체 개발한 '누리 2'를 기반으로 의료 특화 모델 '누리 메드'를 만든 데 이어, 누리 메드를 다시 증류해 경량화한 '누리 메드 미니'까지 선보이며 병원 공략에 속도를 내고 있고, 다온AI는 80억 개 매개변수의 '하늘-8B'를 오픈소스로 공개한 뒤 후속 모델 개발에 들어갔다.",
    expect: ['DEVELOPED 가온랩스 -> 누리 메드', 'DEVELOPED 다온AI -> 하늘-8B', 'BASED_ON 누리 메드 -> 누리 2'],
    absent: ['DEVELOPED 가온랩스 -> 하늘-8B'],
  },
  {
    cat: 'clauses.own-clause-topic',
    text: "가온랩스는 의료 특화 모델 '누리 메드'를 만든 데 이어, 병원 공략에 속도를 내고 있다.",
    expect: ['DEVELOPED 가온랩스 -> 누리 메드'],
  },
  // "P에서는 …했으며, NAME 장관은 \"…\"고 밝혔다": the official quoted in the later clause of the sentence naming the programme
  {
    cat: 'promotes.official-quote-after-programme',
    text: "과학기술정보통신부가 추진하는 '독자 AI 파운데이션 모델 프로젝트'에서는 지난달 2차 평가 결과 가온랩스, 다온AI 컨소시엄이 다음 단계에 진출했으며, 한도윤 과학기술정보통신부 장관은 \"연말까지 최종 2개 팀으로 압축하겠다\"고 밝혔다.",
    expect: ['PROMOTES 한도윤 -> 독자 AI 파운데이션 모델 프로젝트', 'PARTICIPATES_IN 가온랩스 -> 독자 AI 파운데이션 모델 프로젝트'],
  },
  {
    cat: 'promotes.official-quote-after-programme',
    text: "'독자 AI 파운데이션 모델 프로젝트'에서는 두 팀이 탈락했으며, 가온랩스 한도윤 대표는 \"결과를 받아들인다\"고 밝혔다.",
    absent: ['PROMOTES 한도윤 -> 독자 AI 파운데이션 모델 프로젝트'],
  },
  // "'X'는, 올해 선보였던 'Y'의 후속 모델로, 매개변수는 N개로": a topic set off by a comma keeps the count, not the predecessor
  {
    cat: 'properties.comma-topic-parameters',
    text: "가온랩스가 지난 10월 공개한 '누리 4.5'는, 올해 7월 선보였던 '누리 4.0'의 후속 모델로, 멀티모달 기능을 더하면서도 매개변수(파라미터)는 320억 개로 전작과 같은 수준을 유지했다.",
    props: ['누리 4.5=parameters:32000000000'],
    expect: ['SUCCEEDS 누리 4.5 -> 누리 4.0'],
  },
  // "'X 전용 Y'": a company's custom edition of a model, quoted, is a model of its own built on Y; a field's is no name
  {
    cat: 'models.custom-edition',
    text: "LG유플러스는 MS의 'GPT-4o'를 한국어 데이터로 미세조정한 'LG유플러스 전용 GPT-4o'를 기업 고객에게 공급하고 있다.",
    nodes: ['Model:LG유플러스 전용 GPT-4o'],
    expect: ['BASED_ON LG유플러스 전용 GPT-4o -> GPT-4o'],
  },
  {
    cat: 'models.custom-edition',
    text: "가온랩스는 'GPT-4o'를 미세조정한 '금융 전용 GPT-4o'를 공급한다.",
    noNodes: ['Model:금융 전용 GPT-4o'],
  },
  // "The model, made public on Thursday, Nov. 27, … as open weights …, was built on …": the participle releases the model in focus
  {
    cat: 'properties.en-model-participle',
    text: "Gaon Labs on Friday unveiled Nuri-R 14B, a reasoning model for Korean. The model, made public on Thursday, Nov. 27, on Hugging Face as open weights under the Apache 2.0 license, was built on top of Meta's Llama 3.1 8B.",
    publishedAt: '2026-11-28',
    props: ['Nuri-R 14B=openSource:true', 'Nuri-R 14B=releasedOn:2026-11-27'],
    expect: ['BASED_ON Nuri-R 14B -> Llama 3.1 8B'],
  },
  {
    cat: 'properties.en-model-participle',
    text: "Gaon Labs on Friday unveiled Nuri-R 14B, a reasoning model for Korean. The model, released on Thursday to enterprise customers only, was built on top of Meta's Llama 3.1 8B.",
    publishedAt: '2026-11-28',
    props: ['Nuri-R 14B=openSource:undefined'],
  },
  // "Y를 DATE1 공개한 데 이어 DATE2 Z를 오픈소스로 내놨다": each date (and the openness) belongs to the model of its own clause
  {
    cat: 'properties.release-in-sequence',
    text: "AI 스타트업 가온AI가 자체 개발한 대형언어모델(LLM) '누리 3'(NURI 3)를 지난달 28일 공개한 데 이어 2일 경량 모델 '누리 3 나노'를 오픈소스로 내놨다.",
    publishedAt: '2026-12-02',
    props: ['누리 3=releasedOn:2026-11-28', '누리 3 나노=releasedOn:2026-12-02', '누리 3 나노=openSource:true', '누리 3=openSource:undefined'],
  },
  {
    cat: 'properties.release-in-sequence',
    text: "가온AI는 '누리 3'를 지난 5일 공개한 뒤 12일 '누리 3 미니'를 내놨다.",
    publishedAt: '2026-12-02',
    props: ['누리 3=releasedOn:2026-11-05', '누리 3 미니=releasedOn:2026-11-12'],
  },
  // a thread saved as text: its writer (the profile line's name, heading the posts) holds the post they name at their company
  // ("X 리서치 리드로서", first person near), and the counted group takes the company the writer speaks for
  {
    cat: 'works-for.thread-writer-role',
    text: "새 모델 공개 스레드\n\n김하람 Haram Kim @haram_ml\nLLMs · 의견은 개인 의견입니다\n\n[1] 김하람 Haram Kim @haram_ml · 2026년 9월 3일 오전 9:02\n오늘 저희 가온랩스가 한국어 모델 '누리'를 공개합니다!\n가온랩스 리서치 리드로서 1년 가까이 준비한 결과물이에요.\n\n[2] 김하람 Haram Kim @haram_ml · 오전 9:04\n이번 작업은 다온AI의 이도윤 님, 바다소프트의 서지율 님과 공동 연구로 진행했어요.\n세 회사가 함께 개발한 첫 모델입니다.",
    nodes: ['Person:김하람'],
    expect: ['WORKS_FOR 김하람 -> 가온랩스', 'DEVELOPED 다온AI -> 누리', 'PARTNERS_WITH 가온랩스 -> 바다소프트'],
    edgeProps: ['WORKS_FOR 김하람 -> 가온랩스 title=리서치 리드'],
  },
  // (a news story opening a sentence on a company and a role, no one speaking in the first person: no narrator)
  {
    cat: 'works-for.thread-writer-role',
    text: "가온랩스는 새 모델 '누리'를 공개했다. 가온랩스 협력사로서 다온AI도 참여했다.",
    absent: ['WORKS_FOR 김하람 -> 가온랩스'],
    noNodes: ['Person:김하람'],
  },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});
