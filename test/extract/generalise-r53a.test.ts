/**
 * Generalisation rows for the forms first met in held-out set 195 (session 53, round r53a): model lineage outside the news —
 * a model library's readme, an app's open-source notice, a forum release post, a car maker's release notes, a repository's
 * discussion thread, a company's download board. Every row is a short article written for these tests; none comes from a
 * test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // a Latin legal form after a known company's Latin name is part of its name, never a company of its own
  {
    cat: 'names.legal-form-tail',
    text: '파란솔은 Meta Platforms LLC가 공개한 Llama 3.2 3B를 바탕으로 만든 상담 모델이다.',
    expect: ['DEVELOPED 메타 -> Llama 3.2 3B'],
    noNodes: ['Company:LLC'],
  },
  {
    cat: 'names.legal-form-tail',
    text: '라이선스 고지: Phi-4-mini — Copyright (c) Microsoft Corporation. 온새미는 이 모델을 그대로 쓴다.',
    noNodes: ['Company:Corporation'],
  },
  // a checkpoint size word after a discovered Latin model is part of its name; a licence's numbered part is no model
  {
    cat: 'names.checkpoint-size-word',
    text: '달빛소프트는 한울랩이 공개한 HanulBERT-2 large를 수정 없이 쓴다. Licensed under the Apache License, Version 2.0.',
    nodes: ['Model:HanulBERT-2 large'],
    noNodes: ['Model:Version 2.0'],
  },
  // a bare line name written with two sizes is the family: each size keeps its own node and base, the family its successor
  {
    cat: 'names.line-with-two-sizes',
    text: [
      '모래바람AI의 번역 모델 사막별 3. 9B·27B 두 가지 크기.',
      '',
      '사막별 3(Sandstar 3)은 모래바람AI가 공개한 번역 모델입니다. 이전 세대인 사막별 2의 후속 모델입니다.',
      '',
      '사막별 3 9B — 구글의 Gemma 2 9B를 기반으로 번역 말뭉치를 추가 학습한 모델.',
      '',
      '사막별 3 27B — 구글의 Gemma 3 27B에서 출발해 SFT를 거친 모델.',
      '',
      '성능은 사막별 3 9B가 KMMLU 50.2점, 사막별 3 27B가 61.0점이다.',
    ].join('\n'),
    expect: ['SUCCEEDS 사막별 3 -> 사막별 2', 'BASED_ON 사막별 3 9B -> Gemma 2 9B', 'BASED_ON 사막별 3 27B -> Gemma 3 27B', 'DEVELOPED 모래바람AI -> 사막별 3 9B'],
    nodes: ['Model:사막별 3', 'Model:사막별 3 9B', 'Model:사막별 3 27B'],
    absent: ['SUCCEEDS 사막별 3 9B -> 사막별 2'],
  },
  // a company that quantised a model and uploaded the copy developed the copy, not the original; a Latin-named copy of a
  // Hangul-named original is built on it
  {
    cat: 'developed.quantised-upload',
    text: [
      '물빛랩은 한국어 모델 물빛 2 7B를 공개했다.',
      '',
      '서빙용으로는 큐빗랩스(QubitLabs)가 만든 4비트 양자화 버전 Mulbit-2-7B-GPTQ도 있다. 큐빗랩스가 물빛 2 7B를 양자화해 허깅페이스에 올린 것이다.',
    ].join('\n'),
    expect: ['DEVELOPED 큐빗랩스 -> Mulbit-2-7B-GPTQ', 'BASED_ON Mulbit-2-7B-GPTQ -> 물빛 2 7B'],
    absent: ['DEVELOPED 큐빗랩스 -> 물빛 2 7B'],
  },
  // a contact line's person: an address in passing in a sentence, or a team member's line with the address before the phone
  {
    cat: 'contacts.addressed-person',
    text: '물빛랩은 한국어 모델 물빛 2를 공개했다.\n\n모델에 대한 문의는 물빛랩 연구팀장 한지오(jio@mulbit.ai)에게, 설치 문제는 게시판에 남겨 주세요.',
    expect: ['WORKS_FOR 한지오 -> 물빛랩'],
  },
  {
    cat: 'contacts.addressed-person',
    text: '물빛랩은 한국어 모델 물빛 2를 공개했다.\n\n설치 문의는 물빛랩 기술팀장 노을비에게 해 주세요.',
    expect: ['WORKS_FOR 노을비 -> 물빛랩'],
  },
  // "이 모델" is the one model the sentence before named, where its maker is named again, not the model in focus
  {
    cat: 'references.previous-only-model',
    text: [
      '온누리앱은 자체 모델 온누리-S 2를 탑재했다.',
      '',
      '맞춤법 교정에는 글샘랩이 공개한 GeulCheck-3을 수정 없이 사용한다. 글샘랩은 이 모델을 오픈소스로 공개했으며, 온누리앱과 계약은 없다.',
    ].join('\n'),
    expect: ['DEVELOPED 글샘랩 -> GeulCheck-3'],
    absent: ['DEVELOPED 글샘랩 -> 온누리-S 2'],
  },
  // a distillation from one model into another, a replacement in the polite present, a base in a change log's note
  {
    cat: 'lineage.notice-forms',
    text: [
      '2-1. 해랑-Edge 2',
      '',
      '해랑-Edge 2는 해랑테크가 만든 온디바이스 모델입니다. 답변 데이터는 해랑테크의 서버 모델 해랑-Max 4가 만들었고, 이는 해랑-Max 4에서 해랑-Edge 2로의 지식 증류입니다.',
      '',
      '이번 버전부터 해랑-Edge 2가 기존 해랑-Edge 1을 대체합니다.',
      '',
      '- 2.0.0 (2026.02.10): 해랑-Edge 1 최초 탑재 (Qwen2.5-0.5B 기반)',
    ].join('\n'),
    expect: ['BASED_ON 해랑-Edge 2 -> 해랑-Max 4', 'SUCCEEDS 해랑-Edge 2 -> 해랑-Edge 1', 'BASED_ON 해랑-Edge 1 -> Qwen2.5-0.5B'],
  },
  // a person with a legal form before the company in parentheses
  {
    cat: 'works-for.paren-legal-form',
    text: '해랑테크는 새 모델 해랑-Edge 2를 공개했다.\n\n- 개인정보 보호책임자: 윤새롬 (주식회사 해랑테크 최고정보보호책임자)',
    expect: ['WORKS_FOR 윤새롬 -> 해랑테크'],
  },
  // initial weights taken from another model; a size stated as the subject's own is no sibling of the model beside it
  {
    cat: 'lineage.initialised-and-sized',
    text: '1. 가람-Lite 8B는 저희 모델 가람-Pro 70B를 교사로 삼아 증류했습니다. 학생 모델의 초기 가중치는 메타의 Llama 3.1 8B에서 가져왔습니다. 파라미터 수도 8.0B로 Llama 3.1 8B와 동일합니다.',
    expect: ['BASED_ON 가람-Lite 8B -> Llama 3.1 8B'],
    noNodes: ['Model:Llama 3.1 8.0B'],
  },
  // renames: a new way of writing the name from this version on; an old name of the model the numbered answers are about
  {
    cat: 'renames.written-as-and-old-name',
    text: "3. 일정 추천 모델 명칭 변경\n\n일정 추천 모델 'Day Planner 1.0'은 이번 버전부터 '데이플래너 1.1'로 표기됩니다. 모델 자체는 같습니다.",
    sameNode: ['데이플래너 1.1=Day Planner 1.0'],
  },
  {
    cat: 'renames.written-as-and-old-name',
    text: '1. Haneul-Lite-3B는 저희가 증류한 모델입니다.\n\n2. Haneul-Lite-3B-Instruct는 이 모델의 예전 이름입니다. 저장소 이름만 바뀌었습니다.',
    sameNode: ['Haneul-Lite-3B=Haneul-Lite-3B-Instruct'],
  },
  // a release tag glued to a model's name, written alone, points back to it; another tag of that form is the line's other release
  {
    cat: 'names.glued-release-tags',
    text: [
      '[배포] 솔빛-병합-8B-v2.1 올렸습니다',
      '',
      '안녕하세요 솔빛랩스입니다. 어제 허깅페이스에 솔빛-병합-8B-v2.1 가중치를 올렸습니다. v2.1은 v2.0의 후속이 아니라 비율만 바꾼 별도 실험본입니다.',
      '',
      'KoBEST 평균: v2.1 70.3 / v2.0 68.9',
      '',
      'LogicKor: v2.1 8.11 (v2.0은 측정 안 함)',
    ].join('\n'),
    expect: ['SCORED v2.0 -> KoBEST', 'SCORED 솔빛-병합-8B-v2.1 -> LogicKor', 'DEVELOPED 솔빛랩스 -> v2.0'],
    edgeProps: ['SCORED v2.0 -> KoBEST score=68.9', 'SCORED 솔빛-병합-8B-v2.1 -> LogicKor score=8.11'],
    absent: ['SCORED v2.0 -> LogicKor'],
  },
  // "이 모델에 … 추가 학습해서 Y를 만들어": "this model" as what was trained further is the model in focus, Y's base
  {
    cat: 'references.this-model-trained-on',
    text: '다온랩은 Daon-Base-3B를 공개했다.\n\n의료 스타트업 메디로그AI는 이 모델에 진료 기록 데이터로 추가 학습해서 의료 특화 모델 MediLog-3B를 만들었다고 밝혔다.',
    expect: ['BASED_ON MediLog-3B -> Daon-Base-3B'],
  },
  {
    cat: 'references.this-model-trained-on',
    text: '다온랩은 Daon-Base-3B를 공개했다.\n\n메디로그AI는 이 모델에 대해 검토했지만 자체 모델 MediLog-3B를 따로 만들었다.',
    absent: ['BASED_ON MediLog-3B -> Daon-Base-3B'],
  },
  // a notice in a company unit's voice owns its contact person with a bare in-house post; '로부터' closes a company's name
  {
    cat: 'staff.unit-voice-contact',
    text: [
      '[공지] 루미엔 4.2 업데이트 안내',
      '',
      '고객 여러분 안녕하십니까. (주)하늘결소프트 고객지원팀입니다. 문서 요약 엔진 루미엔(Lumien)의 새 모델 Lumien 4.2를 배포하였습니다.',
      '',
      '- 학습 데이터 일부는 (주)말글창고로부터 구매하였습니다. 공동 개발은 아닙니다.',
      '',
      '5. 문의',
      '',
      '고객지원팀 서하윤 과장 (help@haneulgyeol.co.kr / 02-000-0000)',
    ].join('\n'),
    expect: ['WORKS_FOR 서하윤 -> 하늘결소프트'],
    nodes: ['Company:말글창고'],
    noNodes: ['Company:말글창고로'],
  },
  // a table row's bare version whose other name carries the line's brand is the brand company's, as the full name is
  {
    cat: 'developed.namesake-by-alias',
    text: [
      '(주)하늘결소프트는 문서 모델 Haneul-Doc 4.0을 배포했다. Haneul-Doc 4.0은 Haneul-Doc 3.5의 후속 모델이다.',
      '',
      '| 버전 | 배포 | 비고 |',
      '| 4.0 | 2026.11 | 현재 버전 |',
      '| 3.5-S | 2026.05 | 3.5의 경량판 |',
      '',
      'Haneul-Doc 3.5-S는 3.5를 가지치기한 경량판입니다.',
    ].join('\n'),
    expect: ['DEVELOPED 하늘결소프트 -> Haneul-Doc 3.5-S'],
  },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});
