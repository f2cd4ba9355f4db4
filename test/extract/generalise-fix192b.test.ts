/**
 * Generalisation rows for forms left over from held-out set 192 (partnerships and co-development outside news articles):
 * a term a contract defines ('"T"이란 … Y를 말한다', '"T" means Y'); an English filing's defined party ('X Corp. (the
 * "Company")', 'X, Inc. ("Short")') and its sentences on "the Company"; a quoted model's Latin spelling before an object
 * particle; a versioned Latin name after a base's verb; 'compared with N on B for M'; 'a consortium led by X was selected
 * for P'; 'the first model developed jointly by the two companies, Y,'; a model named on its company's brand word
 * ('새봄AI … 새봄 톡 9B' form); a line that is only 'Hangul (Latin)'; a tier definition that states no one's act.
 * Every row is a short text written for these tests; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // a contract's defined term for a model stands for that model in its later articles
  {
    cat: 'defined-term.korean-model',
    text: "제3조 (용어) ① \"원천모델\"이란 주식회사 다온소프트가 자체 개발한 언어모델 \"다온 4.1 9B\"를 말한다. 원천모델은 다온소프트의 이전 모델인 \"다온 3\"의 후속 모델이다. ② 원천모델의 성능은 KMMLU 기준 52.7점이다.",
    expect: ['SUCCEEDS 다온 4.1 9B -> 다온 3', 'SCORED 다온 4.1 9B -> KMMLU'],
    noNodes: ['Model:원천모델'],
  },
  // the term is a plain word where no definition names an entity
  {
    cat: 'defined-term.korean-model',
    text: "원천모델은 아직 정해지지 않았다. 다온소프트는 \"다온 4.1 9B\"를 공개했다고 밝혔다.",
    absent: ['SUCCEEDS 다온 4.1 9B -> 다온 3'],
    noNodes: ['Model:원천모델'],
  },
  // an English definition ('"Licensed Model" means …')
  {
    cat: 'defined-term.english-model',
    text: 'Section 1. "Licensed Model" means the language model Corvo 3.2 trained by Tessellate Labs. The Licensed Model scored 64.1 on KMMLU.',
    expect: ['SCORED Corvo 3.2 -> KMMLU'],
    sameNode: ['Corvo 3.2=Licensed Model'],
  },
  // an English filing's defined party: "the Company" is the registrant in its later sentences (a reference, never its name)
  {
    cat: 'defined-term.english-party',
    text: 'On March 2, 2026, Hanbora Networks Corporation (the "Company") announced a decision. Under the agreement, the Company and Quillmark Systems, Inc. ("Quillmark") will jointly develop enterprise language models.',
    expect: ['PARTNERS_WITH Hanbora Networks -> Quillmark Systems'],
    noNodes: ['Company:the Company'],
    sameNode: ['Quillmark Systems=Quillmark'],
  },
  // a consortium led by the defined party, selected for a programme
  {
    cat: 'participates.en-led-consortium-selected',
    text: 'Hanbora Networks Corporation (the "Company") filed this report. A consortium led by the Company was selected on May 9, 2026 for the first phase of the K-Cloud AI Voucher Program.',
    expect: ['PARTICIPATES_IN Hanbora Networks -> K-Cloud AI Voucher Program'],
  },
  // a model the two partners developed jointly, named in apposition; its base the company's own
  {
    cat: 'developed.en-model-jointly-by-named',
    text: 'Hanbora Networks Corporation (the "Company") and Quillmark Systems, Inc. ("Quillmark") signed a partnership. The second model built jointly by the two companies, Verra 14B, was released in May. Verra 14B was initialized from the weights of the Company\'s own Hanbo-Core 2.1 and further trained on legal documents.',
    expect: ['DEVELOPED Hanbora Networks -> Verra 14B', 'DEVELOPED Quillmark Systems -> Verra 14B', 'BASED_ON Verra 14B -> Hanbo-Core 2.1', 'DEVELOPED Hanbora Networks -> Hanbo-Core 2.1'],
  },
  // a compared score with its benchmark before "for"
  {
    cat: 'scored.en-compared-on-bench-for',
    text: 'Quillmark Systems released Verra 14B in May. Verra 14B scored 70.2 on KMMLU, compared with 65.9 on KMMLU for Verra 7B.',
    expect: ['SCORED Verra 14B -> KMMLU', 'SCORED Verra 7B -> KMMLU'],
    edgeProps: ['SCORED Verra 7B -> KMMLU score=65.9'],
  },
  // a quoted model's same-numbered Latin spelling before an object particle is that model
  {
    cat: 'models.quoted-latin-spelling-object',
    text: "해담랩스는 의료 특화 모델 \"해담 3.5 12B\"(HAEDAM-3.5-12B)를 오픈소스로 공개했다. 해담 3.5 12B는 KorMedMCQA에서 58.1점을 받았다.",
    expect: ['DEVELOPED 해담랩스 -> 해담 3.5 12B', 'SCORED 해담 3.5 12B -> KorMedMCQA'],
    sameNode: ['해담 3.5 12B=HAEDAM-3.5-12B'],
  },
  // a one-syllable line word and a size after the company's own brand word: a model of that brand
  {
    cat: 'models.company-brand-line',
    text: "가람AI는 보험사와 손잡고 보험 특화 모델 가람 솔 8B를 공동 개발했다고 밝혔다. 가람 솔 8B는 가람AI의 가람 3 8B를 기반으로 만들었다.",
    expect: ['DEVELOPED 가람AI -> 가람 솔 8B', 'BASED_ON 가람 솔 8B -> 가람 3 8B'],
  },
  // a line that is only a Hangul name and its same-sounding Latin spelling names a company
  {
    cat: 'companies.glossed-line',
    text: "루미나브릿지 (LuminaBridge)\n\n루미나브릿지는 가람AI와 함께 법률 특화 모델 가람 온 8B를 공동 개발했습니다.",
    expect: ['PARTNERS_WITH 가람AI -> 루미나브릿지', 'DEVELOPED 루미나브릿지 -> 가람 온 8B'],
  },
  // a gloss that spells other sounds is no name of the line's word
  {
    cat: 'companies.glossed-line',
    text: "데이터센터 (Overview)\n\n가람AI는 서버를 늘렸다.",
    noNodes: ['Company:데이터센터'],
  },
  // a tier's definition line ('…와 공동으로 개발하는 파트너') gives the company before it no partnership
  {
    cat: 'partners.defining-phrase',
    text: "하늘칩은 GPU 서버를 공급하는 회사입니다.\n\n가람AI와 모델을 공동으로 개발하는 파트너",
    absent: ['PARTNERS_WITH 하늘칩 -> 가람AI'],
  },
  // a consortium's own name on a page whose one labelled lead is another company: what the consortium did, the lead did
  {
    cat: 'consortium.own-name',
    text: "미르 컨소시엄은 '지역 특화 AI 모델 개발사업' 수행기관으로 선정됐다. 미르 컨소시엄은 첫 모델 미르-1을 공개했다. 과제 총괄은 가온랩스 김도훈 대표가 맡았다.\n\n주관기관\n\n가온랩스\n\n참여기관\n\n새롬데이터",
    expect: ['DEVELOPED 가온랩스 -> 미르-1', 'PARTICIPATES_IN 가온랩스 -> 지역 특화 AI 모델 개발사업'],
    noNodes: ['Company:미르'],
  },
  // a consortium named after its lead keeps the lead's name
  {
    cat: 'consortium.own-name',
    text: "가온랩스 컨소시엄은 '지역 특화 AI 모델 개발사업' 수행기관으로 선정됐다.\n\n주관기관: 가온랩스",
    expect: ['PARTICIPATES_IN 가온랩스 -> 지역 특화 AI 모델 개발사업'],
  },
  // a polite yes-no question about a report ('…다는 보도가 있던데 사실인가요?') states no partnership
  {
    cat: 'questions.polite-whether',
    text: "가온랩스은 새 모델을 공개했습니다.\n\nQ. 하늘칩과 협력한다는 보도가 있던데 사실인가요?\n\nA. 아닙니다. 하늘칩에서 서버를 구매했을 뿐입니다.",
    absent: ['PARTNERS_WITH 가온랩스 -> 하늘칩'],
  },
  // a sentence selecting a numbered table's rows by their numbers: the companies of those rows take part
  {
    cat: 'participates.row-reference',
    text: "우수 AI 제품 선정 결과를 알립니다.\n\n순번\n\n제품명\n\n기업명\n\n1\n\n번역 엔진 '가람 트랜스'\n\n가람랩스 (오세진)\n\n2\n\n음성 비서 '소리온'\n\n새롬테크 (민지우)\n\n3\n\n물류 로봇 'LR-2'\n\n하늘로보틱스 (정민수)\n\n순번 1번과 3번 기업은 「2027년 공공 AI 실증 사업」 대상으로 최종 선정되었습니다.",
    expect: ['PARTICIPATES_IN 가람랩스 -> 2027년 공공 AI 실증 사업', 'PARTICIPATES_IN 하늘로보틱스 -> 2027년 공공 AI 실증 사업'],
    absent: ['PARTICIPATES_IN 새롬테크 -> 2027년 공공 AI 실증 사업'],
  },
  {
    cat: 'participates.row-reference',
    text: "우수 AI 제품 선정 결과를 알립니다.\n\n순번\n\n제품명\n\n기업명\n\n1\n\n번역 엔진 '가람 트랜스'\n\n가람랩스 (오세진)\n\n2\n\n음성 비서 '소리온'\n\n새롬테크 (민지우)\n\n순번 1번 기업은 「2027년 공공 AI 실증 사업」 대상으로 선정되지 않았습니다.",
    absent: ['PARTICIPATES_IN 가람랩스 -> 2027년 공공 AI 실증 사업'],
  },
  // a public body's page ('우리 센터가 …'): its contact line's person is the body's staff, not the first company named
  {
    cat: 'works-for.public-body-contact',
    text: "우리 센터는 지난달 수출 상담회를 열었습니다. 새롬랩스가 현지 기업과 공급계약을 맺었습니다.\n\n○ 문의 : 수출지원팀 한지민 과장 (02-123-4567)",
    absent: ['WORKS_FOR 한지민 -> 새롬랩스'],
  },
  // a company's own notice: its contact works for it
  {
    cat: 'works-for.public-body-contact',
    text: "새롬랩스는 새 모델 '새롬-2 7B'를 공개했습니다.\n\n문의: 새롬랩스 플랫폼팀 한지민 팀장 (help@saerom.example)",
    expect: ['WORKS_FOR 한지민 -> 새롬랩스'],
  },
  // a programme overview's labelled lines: the person named as running it promotes it
  {
    cat: 'promotes.overview-runs',
    text: "사업 개요\n\n사업명: 지역 특화 AI 모델 개발사업 (2027~2029)\n\n전담기관: 한국지능정보원 — 사업 총괄: 서하람 디지털본부장\n\n총 사업비: 120억원",
    expect: ['PROMOTES 서하람 -> 지역 특화 AI 모델 개발사업'],
  },
  {
    cat: 'promotes.overview-runs',
    text: "사업 개요\n\n사업명: 지역 특화 AI 모델 개발사업 (2027~2029)\n\n참여기업 대표: 서하람",
    absent: ['PROMOTES 서하람 -> 지역 특화 AI 모델 개발사업'],
  },
];

describe('generalise: leftovers of set 192', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkFactRow(row));
});
