/**
 * Generalisation rows for the page forms of held-out set 214 (a poster abstract book as text from a PDF, and the other
 * unusual forms of that week): an entry's author line with superscript affiliation marks and its affiliation line, hard
 * wrapped into the entry's paragraph; a company named by its team or lab in an affiliation; a one-author entry.
 * Every row is a short text written for these tests; none comes from a test page.
 */
import { describe, expect, it } from 'vitest';
import { checkFactRow, pageFacts, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // an abstract book's entry: authors with superscript marks, then the affiliations on the next line, in one paragraph
  {
    cat: 'abstract-book.superscript-authors',
    text: "[P-03]\n다온-3B: 소형 법률 상담 언어모델\n윤다솜¹*, 곽태민¹, 남궁현²\n¹별무리소프트 AI연구팀, ²한빛대학교 컴퓨터공학과  (*교신저자)\n\n요약: 법률 상담용 소형 언어모델을 제안한다.",
    expect: ['WORKS_FOR 윤다솜 -> 별무리소프트', 'WORKS_FOR 곽태민 -> 별무리소프트'],
    nodes: ['Person:남궁현'],
    noNodes: ['Company:별무리소프트 AI연구팀', 'Company:한빛대학교'],
  },
  // a company named by its lab or a department ("X 리서치랩", "X 디지털혁신팀"): the company is the first word
  {
    cat: 'abstract-book.team-affiliation',
    text: "[P-04]\n조선소 문서 검색 평가셋 구축\n도하늘¹, 표재원²*\n¹물보라중공업 디지털혁신팀, ²바다결 리서치랩  (*교신저자)\n\n요약: 조선소 문서 검색 평가셋을 구축하였다.",
    expect: ['WORKS_FOR 도하늘 -> 물보라중공업', 'WORKS_FOR 표재원 -> 바다결'],
    noNodes: ['Company:리서치랩', 'Company:바다결 리서치랩'],
  },
  // a one-author entry: the corresponding author's mark makes the line an author line
  {
    cat: 'abstract-book.one-author',
    text: "[P-05]\n금융 상담 모델의 환각 측정\n변수아¹*\n¹은빛파이낸스 AI랩  (*교신저자)\n\n요약: 금융 상담 모델의 환각을 측정하였다.",
    expect: ['WORKS_FOR 변수아 -> 은빛파이낸스'],
  },
  // a team after a company's name in the second affiliation
  {
    cat: 'abstract-book.team-affiliation',
    text: "[P-06]\n해양 예보 모델\n주하람¹*, 문서진²\n¹한국해양과학연구원 예보연구실, ²물결데이터 AI팀  (*교신저자)\n\n요약: 해양 예보 모델을 제안한다.",
    expect: ['WORKS_FOR 문서진 -> 물결데이터'],
    noNodes: ['Company:물결데이터 AI팀'],
  },
  // a poster's number in brackets opening its entry is no model; each entry's model is what its own abstract scores
  {
    cat: 'abstract-book.entry-focus',
    text: "[QA-03]\n누리-3B: 소형 상담 언어모델\n윤다솜¹*\n¹별무리소프트 AI연구팀  (*교신저자)\n\n요약: 상담용 소형 언어모델 누리-3B를 제안한다. 자체 평가셋 CareQA에서 누리-3B는 61.2점을 기록했다.\n\n[QA-04]\n바람-8B: 해양 문서 언어모델\n곽태민¹*\n¹물결데이터 AI팀  (*교신저자)\n\n요약: 해양 문서에 특화한 언어모델 바람-8B를 구축하였다. 알리바바의 Qwen2.5-7B를 기반으로 추가 학습하였으며, 해양 문서 평가셋 SeaDocQA에서 77.5점을 얻었다.",
    expect: ['SCORED 바람-8B -> SeaDocQA', 'SCORED 누리-3B -> CareQA'],
    absent: ['SCORED 누리-3B -> SeaDocQA'],
    noNodes: ['Model:QA-03', 'Model:QA-04'],
  },
  // a formal "-하였다" says a joint development as "-했다" does
  {
    cat: 'developed.object-first-formal-past',
    text: "요약: 항만 문서에 특화한 언어모델 갈매기-7B를 물보라중공업과 등대AI가 공동 개발하였다.",
    expect: ['DEVELOPED 물보라중공업 -> 갈매기-7B', 'DEVELOPED 등대AI -> 갈매기-7B'],
  },
  // an acknowledgement after a paragraph whose joint subject did the work: both took part (not the base model's maker)
  {
    cat: 'participates.acknowledged-joint-subject',
    text: "해양 AI 학술대회 초록\n\n요약: 항만 문서에 특화한 언어모델 갈매기-7B를 물보라중공업과 등대AI가 공동 개발하였다. 메타의 Llama 3.1 8B를 기반으로 추가 학습하였다. 본 연구는 해양수산부 「항만 AI 실증 지원사업」의 지원을 받아 수행되었다.",
    expect: ['PARTICIPATES_IN 물보라중공업 -> 항만 AI 실증 지원사업', 'PARTICIPATES_IN 등대AI -> 항만 AI 실증 지원사업'],
    absent: ['PARTICIPATES_IN 메타 -> 항만 AI 실증 지원사업'],
  },
  // a PDF's hard wrap splitting a past-tense ending off its verb ("학습하" / "였으며") joins the word again
  {
    cat: 'parse.wrapped-ending',
    text: "요약: 항만 문서에 특화한 언어모델 갈매기-7B를 물보라중공업과 등대AI가 공동 개발하\n였다.",
    expect: ['DEVELOPED 물보라중공업 -> 갈매기-7B', 'DEVELOPED 등대AI -> 갈매기-7B'],
  },
  // "Y를 교사 모델로 하여 … 지식 증류를 수행하였다": the model in focus was distilled from Y
  {
    cat: 'based-on.focus-teacher-performed',
    text: "요약: 소형 상담 언어모델 누리-1.2B를 제안한다. 메타의 Llama 3.1 8B를 교사 모델로 하여 상담 대화 20만 건으로 지식 증류를 수행하였다.",
    expect: ['BASED_ON 누리-1.2B -> Llama 3.1 8B'],
  },
  // "베이스 모델(62.4점)" after the sentence named the base itself; "교사 모델(58.1점)" after a sentence named the teacher
  {
    cat: 'scored.base-role-noun',
    text: "요약: 해양 문서 언어모델 바람-8B를 구축하였다. 메타의 Llama 3.1 8B를 기반으로 추가 학습하였으며, 자체 평가셋 SeaDocQA에서 77.5점을 얻어 베이스 모델(61.3점)을 크게 앞섰다.",
    expect: ['SCORED 바람-8B -> SeaDocQA', 'SCORED Llama 3.1 8B -> SeaDocQA'],
    edgeProps: ['SCORED Llama 3.1 8B -> SeaDocQA score=61.3'],
  },
  {
    cat: 'scored.teacher-role-noun',
    text: "요약: 소형 상담 언어모델 누리-1.2B를 제안한다. 메타의 Llama 3.1 8B를 교사 모델로 하여 지식 증류를 수행하였다. 상담 평가셋 CareQA에서 누리-1.2B는 52.7점을 기록해 교사 모델(58.1점)의 약 91% 성능을 유지했다.",
    expect: ['SCORED 누리-1.2B -> CareQA', 'SCORED Llama 3.1 8B -> CareQA'],
    edgeProps: ['SCORED Llama 3.1 8B -> CareQA score=58.1'],
  },
  // a sentence telling what the new benchmark is made of does not end its being the one the next scores are on
  {
    cat: 'scored.benchmark-made-of-note',
    text: "요약: 한국어 세무 벤치마크 TaxKo-QA를 구축하였다. 세무사 8명이 검수한 문항 1,520개로 구성된다. 모델 세 종을 평가한 결과 GPT-4o가 70.2점, Qwen3-14B가 61.8점을 기록했다.",
    expect: ['SCORED GPT-4o -> TaxKo-QA', 'SCORED Qwen3-14B -> TaxKo-QA'],
  },
  // a service notice's "A와 당사가 공동 개발한 … 모델 X 텔코": the sender made the telco edition with its partner
  {
    cat: 'developed.first-person-joint-maker',
    text: "구름소프트는 구름 2를 운영한다. KT와 당사가 공동 개발한 상담 특화 모델 구름 2 텔코도 이번 달부터 API로 제공됩니다. 구름 2 텔코는 구름 2를 기반으로 추가 학습한 모델입니다.",
    expect: ['DEVELOPED 구름소프트 -> 구름 2 텔코', 'DEVELOPED KT -> 구름 2 텔코', 'BASED_ON 구름 2 텔코 -> 구름 2'],
    absent: ['DEVELOPED KT -> 구름 2'],
  },
  // an official answer's table of selected companies with the model each puts to work and a remark: every company takes
  // part; a model its remark says the company built (on a base, or by itself) is the company's; one with its maker beside it is not
  {
    cat: 'selection-table.model-and-remark',
    text: "해양수산부는 '해양 AI 전환 지원사업'에 최종 3개 기업이 선정되었다고 밝혔다. 선정 기업과 각 기업이 제안한 모델은 다음과 같다.\n\n선정 기업 | 수행 과제 | 활용 모델 | 비고\n물결소프트 | 항만 민원 상담 | 물결-K 8B | 메타 Llama 3.1 8B 기반 추가 학습\n등대AI | 선박 문서 요약 | 등대 2.0 | 자체 개발(프롬 스크래치)\n갈매기솔루션 | 어업 통계 | 솔라 프로2 (업스테이지) | 업스테이지 모델 API 이용",
    expect: ['PARTICIPATES_IN 물결소프트 -> 해양 AI 전환 지원사업', 'PARTICIPATES_IN 갈매기솔루션 -> 해양 AI 전환 지원사업', 'DEVELOPED 물결소프트 -> 물결-K 8B', 'DEVELOPED 등대AI -> 등대 2.0', 'BASED_ON 물결-K 8B -> Llama 3.1 8B'],
    absent: ['DEVELOPED 갈매기솔루션 -> 솔라 프로2'],
    noNodes: ['Model:메타 Llama 3.1 8B'],
  },
  // a press release's headline quoted on a talk page ("제목이 \"A·B, … X 공동 개발\"이었습니다"): both made X
  {
    cat: 'developed.quoted-headline-joint',
    text: "정보상자 개발사 칸에 가람테크만 있는데, 공개 당시 보도자료 제목이 \"가람테크·누리시스템즈, 한국어 LLM 별빛-2 공동 개발\"이었습니다. 두 회사를 같이 적어야 하지 않을까요?",
    expect: ['DEVELOPED 가람테크 -> 별빛-2', 'DEVELOPED 누리시스템즈 -> 별빛-2'],
  },
  // bare benchmark-score pairs for the model in focus, the last one closing its clause with "이고"
  {
    cat: 'scored.focus-bare-pairs-clause',
    text: "별빛-2는 가람테크의 언어모델이다. 기술 보고서 표 2 기준으로 KMMLU 55.3, KoBEST 78.6이고, 별빛-2 미니는 KMMLU 41.2입니다.",
    expect: ['SCORED 별빛-2 -> KoBEST', 'SCORED 별빛-2 -> KMMLU', 'SCORED 별빛-2 미니 -> KMMLU'],
    edgeProps: ['SCORED 별빛-2 -> KoBEST score=78.6'],
  },
];

describe('generalise: set 214, unusual page forms', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkFactRow(row));
});

/** A company's service mailing saved as a page: layout tables, the sender in brackets opening the subject, a business line in a cell. */
function mailPage(sender: string, latin: string, head: string, body: string): string {
  return `<html><head><meta charset="utf-8"><title>[${sender}] 모델 API 서비스 종료 안내</title></head><body>
<table width="640"><tr><td>메일이 보이지 않으면 웹에서 보기</td></tr>
<tr><td><b>모델 API 서비스 종료 안내</b><br>발송일 : 2026년 11월 3일(화)<br><br>${body}<br><br>감사합니다.<br><b>${sender} 고객지원팀 드림</b></td></tr>
<tr><td style="font-size:11px">(주)${sender} | 대표이사 ${head} | 사업자등록번호 000-00-00000 | 서울특별시 중구 세종대로 000<br>
본 메일은 수신 거부와 관계없이 발송되는 필수 안내 메일입니다.<br>Copyright (c) ${latin} Inc. All rights reserved.</td></tr></table></body></html>`;
}

describe('generalise: set 214, a service mailing', () => {
  // the business line of a mailing's layout table (no footer element) names the sender's head
  it('mail.business-line-head: the sender tagged in the subject, its head in the business line', () => {
    const facts = pageFacts(mailPage('구름웍스', 'Gureumworks', '채도윤', '안녕하세요, 고객님. 구름웍스 API를 이용해 주셔서 감사드립니다. 당사의 기존 언어모델 구름 3의 API 제공이 2026년 12월 31일에 종료됩니다. 후속 모델인 구름 4로 전환해 주시기 바랍니다.'));
    expect(facts).toContain('WORKS_FOR 채도윤 -> 구름웍스');
  });
});

/** A bank's explanatory release as plain text: the bank its first-person writer, a co-development line in its body. */
const bankRelease = `누리은행 | 보도참고자료

설 명 자 료
배포일시: 2026. 10. 5.(월) 14:00
담당부서: 디지털전략부

제목: 10.5.(월) △△일보 「누리은행, 해외 빅테크와 금융 LLM 공동 개발」 기사 관련 설명

1. 보도 내용
 ○ 누리은행이 해외 빅테크와 금융 특화 언어모델을 공동 개발하고 있다고 보도

2. 설명 내용
 □ 당행의 금융 특화 언어모델 '누리 뱅크LM 2'는 업스테이지의 '솔라 프로 2'를 기반으로 당행이 추가 학습한 모델임
  ○ 개발은 당행 자회사 누리정보시스템 및 금융 AI 스타트업 별하랩스와 공동으로 진행하였음
`;

describe('generalise: set 214, a first person owning its partner', () => {
  // "개발은 당행 자회사 X 및 Y와 공동으로 진행": 당행 owns the subsidiary and is no second partner ("A와 당사가 …"),
  // so the subsidiary and the start-up made the model with the writer's bank
  it('developed.first-person-owner-of-subsidiary: both co-developers, the bank partners each', () => {
    const facts = pageFacts(bankRelease, 'page.txt');
    expect(facts).toContain('DEVELOPED 누리정보시스템 -> 누리 뱅크LM 2');
    expect(facts).toContain('DEVELOPED 별하랩스 -> 누리 뱅크LM 2');
    expect(facts).toContain('PARTNERS_WITH 누리은행 -> 누리정보시스템');
  });
});
