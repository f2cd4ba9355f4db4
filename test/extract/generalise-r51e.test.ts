/**
 * Generalisation rows (session r51e): a bare family word asked about its unnamed next version ("X 후속 버전",
 * "X 차기 모델") in an article naming one version of the family stands for that version; a parent named once in the
 * body as the owner of "its own model" ("네이버 자체 모델인 …") in an article about its subsidiary is the subsidiary;
 * a numbered or bulleted line "MODEL — COMPANY" names the model's maker; models tuned from as many bases and named one for each
 * ("각각 … 결과물을 X, Y라고 부른다") are based on them in order; a name on a known model's hyphened stem listed beside it is a model;
 * a family word quoted whole after a kind of model ("범용 모델 '커맨드 A'를 토대로") is that model, not the article's version; a team's working document (a writer's line
 * with the company, "우리 팀" in the body) makes people named with a bare post its staff; a
 * board's fraction score with a rank ("0.701로 10위권") a few sentences below the board is scored on it. Every row is a short text written for these tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  {
    cat: 'family-next-unnamed.question',
    text: "사내 검색 도구에 구글의 '젬마 3 12B'를 붙여 봤다. 젬마 3 12B는 요약이 깔끔했다. 독자 질문: 젬마 차기 모델은 언제쯤 나올까요?",
    noNodes: ['Model:젬마'],
    expect: ['DEVELOPED 구글 -> 젬마 3 12B'],
  },
  {
    cat: 'family-next-unnamed.statement',
    text: "연구팀은 알리바바의 '큐웬3 8B'로 실험했다. 큐웬3 8B는 한국어 답변이 무난했다. 큐웬 다음 버전은 아직 발표되지 않았다.",
    noNodes: ['Model:큐웬'],
  },
  // the next version named in the same sentence: the bare word stays its own node (the predecessor)
  {
    cat: 'family-next-unnamed.named-successor',
    text: "구글은 '젬마 2'를 먼저 내놨다. 젬마 후속 모델인 '젬마 3'는 올해 공개됐다.",
    nodes: ['Model:젬마 3'],
    absent: ['SUCCEEDS 젬마 3 -> 젬마 3'],
  },
  // the sentence says a model is that next version ("X의 후속 모델로,", "X의 후속 모델이다"): the bare word is the predecessor
  {
    cat: 'family-next-unnamed.copular-successor',
    text: "구글이 새 모델 '젬마 3'를 공개했다. 지난해 나온 '젬마'의 후속 모델로, 매개변수는 270억 개다.",
    nodes: ['Model:젬마'],
  },
  {
    cat: 'parent-own-model.subsidiary',
    text: "네이버클라우드는 새 경량 모델 '하이퍼클로바X 시드 4B'를 공개했다. 네이버클라우드 측은 이 모델을 사내 검색에 먼저 붙였다고 했다. 네이버클라우드 연구진에 따르면 이 모델은 네이버 자체 모델인 '하이퍼클로바X 씽크'를 줄여 만든 것이다.",
    noNodes: ['Company:네이버'],
    expect: ['DEVELOPED 네이버클라우드 -> 하이퍼클로바X 씽크'],
  },
  // the subsidiary named once only: the parent stays a company of its own
  {
    cat: 'parent-own-model.subsidiary-rare',
    text: "네이버클라우드는 새 경량 모델 '하이퍼클로바X 시드 4B'를 공개했다. 이 모델은 네이버 자체 모델인 '하이퍼클로바X 씽크'를 줄여 만든 것이다.",
    nodes: ['Company:네이버'],
  },
  {
    cat: 'numbered-line-maker.blog-list',
    text: "주말에 번역 모델 세 개를 비교했다. 가람소프트는 번역 스타트업이다.\n\n2) 누리말-9B — 가람소프트 지난 겨울에 공개된 번역 특화 모델이다.",
    expect: ['DEVELOPED 가람소프트 -> 누리말-9B'],
  },
  {
    cat: 'numbered-line-maker.bullet',
    text: "사내 요약 봇 후보를 정리했다. 한울데이터는 데이터 라벨링 기업이다.\n\n- 한울요약-3B (Hanul-3B) – 한울데이터\n\n속도는 가장 빨랐다.",
    expect: ['DEVELOPED 한울데이터 -> 한울요약-3B'],
  },
  // a company after the dash that the model is compared with is no maker
  {
    cat: 'numbered-line-maker.comparison',
    text: "사내 요약 봇 후보를 정리했다. 한울데이터는 데이터 라벨링 기업이다.\n\n- 누리말-9B — 한울데이터 대비 느리다.",
    absent: ['DEVELOPED 한울데이터 -> 누리말-9B'],
  },
  // (r51e) models tuned from as many bases, named one for each ("각각 … 결과물을 X, Y라고 부른다"): BASED_ON in written order
  {
    cat: 'respective-derivatives.bases-before',
    text: "2026년 5월 의료 스타트업 메디온이 사내 모델 두 개를 소개했다. 비교 대상은 메타의 '라마 3.1 8B'와 구글의 '젬마 2 9B'다. 각각 미세조정한 모델을 사내에서는 MD-Care-L, MD-Care-G로 부르고 있다. 같은 데이터로 학습한 MD-Care-G는 답이 짧았다.",
    expect: ['BASED_ON MD-Care-L -> 라마 3.1 8B', 'BASED_ON MD-Care-G -> 젬마 2 9B', 'DEVELOPED 메디온 -> MD-Care-L', 'DEVELOPED 메디온 -> MD-Care-G'],
    absent: ['BASED_ON MD-Care-L -> 젬마 2 9B', 'DEVELOPED 메타 -> MD-Care-L', 'DEVELOPED 구글 -> MD-Care-G'],
  },
  {
    cat: 'respective-derivatives.bases-in-sentence',
    text: "교육 기업 해든에듀는 '큐웬3 4B'와 '라마 3.2 3B'를 각각 추가 학습한 모델을 HD-Tutor-Q와 HD-Tutor-L이라고 부른다고 밝혔다.",
    expect: ['BASED_ON HD-Tutor-Q -> 큐웬3 4B', 'BASED_ON HD-Tutor-L -> 라마 3.2 3B'],
  },
  // no naming verb after the list: the sentence only compares them
  {
    cat: 'respective-derivatives.no-naming',
    text: "교육 기업 해든에듀는 '큐웬3 4B'와 '라마 3.2 3B'를 비교했다. 각각 추가 학습한 모델은 HD-Tutor-Q와 HD-Tutor-L보다 느렸다.",
    absent: ['BASED_ON HD-Tutor-Q -> 큐웬3 4B', 'BASED_ON HD-Tutor-L -> 라마 3.2 3B'],
  },
  // (r51e) a name on a known model's hyphened stem, listed beside it, is a model of that line ("X-Y-AX, X-Y-Qw")
  {
    cat: 'listed-sibling.comma',
    text: "보안 기업 누리시큐는 탐지 모델 NS-Guard-DX, NS-Guard-Mini를 시험했다. 같은 데이터로 학습한 NS-Guard-Mini는 속도가 빨랐다. 최종적으로는 NS-Guard-DX를 골랐다.",
    nodes: ['Model:NS-Guard-DX'],
  },
  // (r51e) a family word quoted whole after a kind of model, beside a relation word, is that model, not the article's one version
  {
    cat: 'kind-quoted-family.base',
    text: "업스테이지는 '솔라 프로 2'를 공개했다. 스타트업 누리봇랩의 1세대 모델 '누리봇-1'은 업스테이지의 범용 모델 '솔라'를 토대로 만들어졌다.",
    expect: ['BASED_ON 누리봇-1 -> 솔라'],
    absent: ['BASED_ON 누리봇-1 -> 솔라 프로 2'],
  },
  // a maker whose name ends in "AI" before the quote is no kind word: the headline's family word is still the article's version
  {
    cat: 'kind-quoted-family.maker-ai',
    text: "노을웨이브, 업스테이지AI '솔라' 튜닝한 모델 공개\n\n노을웨이브가 업스테이지의 '솔라 프로 2'를 미세조정한 '노을-W 22B'를 공개했다.",
    noNodes: ['Model:솔라'],
  },
  // (r51e) a team's working document: the writer's line gives the company, the body says "우리 팀"; people named with a bare post are its staff
  {
    cat: 'writer-team-owner.notes',
    text: "번역 엔진 교체 회의록\n\n작성: 문가람 (누리링크 언어기술팀 책임연구원)\n\n누리링크는 번역 솔루션 스타트업이다. 우리 팀이 쓰는 번역 모델을 바꿀지 논의했다. 다음 회의 전까지 비용표 정리 — 담당 문가람, 검토 하도윤 파트장.",
    expect: ['WORKS_FOR 문가람 -> 누리링크', 'WORKS_FOR 하도윤 -> 누리링크'],
  },
  // no first-person team voice: a bare post names no employer
  {
    cat: 'writer-team-owner.no-voice',
    text: "번역 엔진 비교 기사\n\n작성: 문가람 (누리링크 언어기술팀 책임연구원)\n\n누리링크는 번역 솔루션 스타트업이다. 업계는 번역 모델 교체를 논의했다. 행사에는 하도윤 파트장도 참석했다.",
    absent: ['WORKS_FOR 하도윤 -> 누리링크'],
  },
  // (r51e) a board's fraction score with a rank, a few sentences below the board ("… 0.701로 10위권 턱걸이"): scored on that board
  {
    cat: 'ranked-fraction.rank-band',
    text: "한국어 종합 평가인 호랑이 리더보드의 새 시즌 결과가 공개됐다. 종합 점수는 1점 만점이다. 국산 모델 가운데 선두는 변하지 않았다. 업스테이지의 '솔라 오픈 100B'는 0.688로 10위권 밖이었다.",
    expect: ['SCORED 솔라 오픈 100B -> 호랑이 리더보드'],
    edgeProps: ['SCORED 솔라 오픈 100B -> 호랑이 리더보드 score=0.688'],
  },
];

describe('generalise: r51e', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkFactRow(row));
});
