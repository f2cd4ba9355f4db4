/**
 * Generalisation rows for phrasings met in blind set 155: a released set of test questions is a benchmark, a share of
 * a noun ("문항의 20%") is no score, logistics companies, denied scores, references across sentences, contact lines.
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // a quoted name that a set of test questions makes up is a benchmark, though a release verb follows it
  {
    cat: 'benchmark.made-of-questions',
    text: "가람대 연구팀은 고교 과목 문항 8000개로 구성한 ‘HanSchool’을 지난 2일 공개했다. 가온소프트의 '가온-7B'는 HanSchool에서 58.1점을 받았다.",
    nodes: ['Benchmark:HanSchool'],
    noNodes: ['Model:HanSchool'],
    edgeProps: ['SCORED 가온-7B -> HanSchool score=58.1'],
  },
  {
    cat: 'benchmark.made-of-questions',
    text: "누리랩은 기출 문제 3천여 개로 이뤄진 'KoExamSet'을 내놨다.",
    nodes: ['Benchmark:KoExamSet'],
  },
  // … not a model trained on data made of questions
  {
    cat: 'benchmark.made-of-questions',
    text: "가온소프트는 시험 문항으로 구성된 데이터로 학습한 '가온-7B'를 공개했다.",
    nodes: ['Model:가온-7B'],
    noNodes: ['Benchmark:가온-7B'],
  },
  // a share of a noun after a benchmark's topic ("X는 … 문항의 20%를 바꾼다") is no score on it
  {
    cat: 'scored.focus (a share of a noun)',
    text: "가온소프트의 '가온-7B'는 KMMLU에서 61.2점을 받았다. 연구팀은 \"KMMLU는 해마다 문항의 15%를 바꿔야 한다\"고 말했다.",
    edgeProps: ['SCORED 가온-7B -> KMMLU score=61.2'],
  },
  {
    cat: 'scored.focus (a share of a noun)',
    text: "가온소프트의 '가온-7B'가 관심을 모았다. 가람대 교수는 \"KMMLU는 매년 문항의 15%를 교체한다\"고 말했다.",
    absent: ['SCORED 가온-7B -> KMMLU'],
  },
  // a name glued to a logistics suffix is a company; a kind of logistics before it ("스마트물류") names the trade
  {
    cat: 'company.logistics-suffix',
    text: "한빛물류는 가온소프트의 '가온-7B'를 배차 업무에 도입했다. 한빛물류와 가온소프트는 공동 개발 협약을 맺었다.",
    nodes: ['Company:한빛물류'],
    expect: ['PARTNERS_WITH 한빛물류 -> 가온소프트'],
  },
  {
    cat: 'company.logistics-suffix',
    text: "스마트물류 확산에 맞춰 가온소프트는 '가온-7B'를 공개했다.",
    noNodes: ['Company:스마트물류'],
  },
  // a person named after the company's unit in the possessive ("X 전략(ST)본부의 NAME 상무") works for the company
  {
    cat: 'works-for.company-name-title (unit in the possessive)',
    text: "한빛물류 데이터혁신(DI)센터의 오세린 상무는 새 모델을 검토했다.",
    expect: ['WORKS_FOR 오세린 -> 한빛물류'],
    edgeProps: ['WORKS_FOR 오세린 -> 한빛물류 title=상무'],
  },
  // a model named by its maker's name head and a word of its own is that word alone later
  {
    cat: 'model.company-headed short form',
    text: "한빛물류의 사내 모델 '한빛 카고마인드'는 가온소프트의 '가온-7B'를 기반으로 만든 모델이다. 카고마인드는 KMMLU에서 55.2점을 받았다.",
    sameNode: ['한빛 카고마인드=카고마인드'],
    noNodes: ['Company:카고마인드'],
    edgeProps: ['SCORED 한빛 카고마인드 -> KMMLU score=55.2'],
  },
  // … not a word that a company of another head carries
  {
    cat: 'model.company-headed short form',
    text: "가온소프트의 '누리 카고마인드'가 공개됐다. 카고마인드는 물류 특화 모델이다.",
    noNodes: ['Model:카고마인드'],
  },
  // a figure the sentence denies for another ("74점이 아닌 71점"), or calls inflated, is no score
  {
    cat: 'scored (a denied or inflated figure)',
    text: "가온소프트는 '가온-7B'를 공개했다.\n\n□ 가온-7B의 KMMLU 점수는 68.3점이 아닌 65.1점임\n\nㅇ 공통 평가에서 KMMLU 점수는 가온-7B가 65.1점이었음",
    edgeProps: ['SCORED 가온-7B -> KMMLU score=65.1'],
  },
  {
    cat: 'scored (a denied or inflated figure)',
    text: "일부 매체는 가온소프트의 '가온-7B' KMMLU 점수가 68.3점으로 과장됐다고 지적했다. 실제 가온-7B의 KMMLU 점수는 65.1점이다.",
    edgeProps: ['SCORED 가온-7B -> KMMLU score=65.1'],
  },
  // an official reply's nominal negation ("참여하지 않음") denies the membership
  {
    cat: 'negation (nominal ending)',
    text: "□ 누리랩은 가온소프트 컨소시엄에 참여하지 않음",
    absent: ['PARTNERS_WITH 누리랩 -> 가온소프트'],
  },
  {
    cat: 'negation (nominal ending)',
    text: "□ 누리랩은 가온소프트 컨소시엄에 참여함",
    expect: ['PARTNERS_WITH 누리랩 -> 가온소프트'],
  },
  // "Y 역시 … 만든 모델은 아니다": a sentence describing a model as its topic (with 역시, or denying a kind) makes it what "이 모델" means next
  {
    cat: 'focus.described-model (역시, denied kind)',
    text: "누리랩은 AI 스타트업 가온소프트의 '가온-7B'를 출발점으로 삼아 '누리-Law'를 만들었다고 밝혔다.\n\n가온-7B 역시 처음부터 만든 모델은 아니다. 이 모델은 알리바바의 큐웬2.5-7B(Qwen2.5-7B)에 한국어 데이터를 더해 추가 학습한 모델이다.",
    expect: ['BASED_ON 가온-7B -> 큐웬2.5-7B'],
    absent: ['BASED_ON 누리-Law -> 큐웬2.5-7B'],
  },
  // "경쟁사인 X는": a competitor named in apposition is a company
  {
    cat: 'company.competitor-apposition',
    text: "경쟁사인 한결리걸은 누리랩의 '누리-Law'가 표절됐다고 주장했다. 한결리걸은 자체 모델 '한결-Law 2'를 운영하고 있다.",
    nodes: ['Company:한결리걸'],
  },
  // "X는 'Y'의 개선 버전도 선보였다": the company releases its own model line's improved version
  {
    cat: 'developed.subject-release (improved version)',
    text: "의료 AI 스타트업 누리메드는 판독문 작성을 돕는 '누리-Scan 2'의 개선 버전도 선보였다.",
    expect: ['DEVELOPED 누리메드 -> 누리-Scan 2'],
  },
  // … not another maker's model the company only tried ("메타의 Y의 개선 버전을 써 봤다")
  {
    cat: 'developed.subject-release (improved version)',
    text: "누리메드는 메타의 라마 3.1 8B의 개선 버전을 써 봤다.",
    absent: ['DEVELOPED 누리메드 -> 라마 3.1 8B'],
  },
  // "이 모델은 회사가 지난해 내놓은 Y를 바탕으로": the bare 회사 is the company the article is about
  {
    cat: 'company-reference (회사가 내놓은)',
    text: "의료 AI 스타트업 누리메드가 '누리-Scan 2'를 공개했다.\n\n이 모델은 회사가 지난해 내놓은 '누리닥 1.0'을 바탕으로 판독문을 더 학습한 것이다.",
    expect: ['DEVELOPED 누리메드 -> 누리닥 1.0', 'BASED_ON 누리-Scan 2 -> 누리닥 1.0'],
  },
  // "연구실이 앞서 만든 Y에 … 지시 학습을 더한": "앞서" as "earlier" compares nothing
  {
    cat: 'based-on.tuning-applied (앞서 만든)',
    text: "가람대 연구팀은 '가람-8B-Chat'을 공개했다. 가람-8B-Chat은 연구실이 앞서 만든 '가람-8B'에 강의 자료로 지시 학습을 더한 것이다.",
    expect: ['BASED_ON 가람-8B-Chat -> 가람-8B'],
  },
  // … while "앞서다" (to lead) still vetoes
  {
    cat: 'based-on.tuning-applied (앞서 만든)',
    text: "가람대 연구팀은 '가람-8B-Chat'을 공개했다. 가람-8B-Chat은 성능에서 '가람-8B'에 앞서 지시 학습을 더한 것이다.",
    absent: ['BASED_ON 가람-8B-Chat -> 가람-8B'],
  },
  // "X는 Y를 … 계속 학습해 만들었다": continued training on a model is building on it
  {
    cat: 'based-on.finetune-topic (계속 학습)',
    text: "가람대 연구팀은 '가람-8B'를 공개했다. 가람-8B는 메타의 라마 3.1 8B(Llama 3.1 8B)를 한국어 논문 100억 토큰으로 계속 학습해 만들었다.",
    expect: ['BASED_ON 가람-8B -> 라마 3.1 8B'],
  },
  // "A는 컨소시엄을 이끌고, B는 …": a verb's connective after an object is no company listed with B
  {
    cat: 'company.coordinated-party (a verb after its object)',
    text: "누리랩은 자체 컨소시엄을 이끌고, 가온소프트는 다른 컨소시엄에 합류했다.",
    noNodes: ['Company:이끌고'],
  },
  // "X 팀에는 B 외에도 C, D 등이 참여": B is a member of the team too
  {
    cat: 'participates.consortium-scope (외에도)',
    text: "과학기술정보통신부는 독자 AI 파운데이션 모델 프로젝트 2단계 진출 팀을 발표했다. 누리랩 컨소시엄이 2단계에 올랐다. 누리랩 팀에는 가온소프트 외에도 다온데이터, 한빛테크 등이 참여하고 있다.",
    expect: ['PARTNERS_WITH 누리랩 -> 가온소프트', 'PARTNERS_WITH 누리랩 -> 다온데이터'],
  },
  // "…했다고 보도": what another outlet reported, the page answering it, is a claim, no fact
  {
    cat: 'claim (다고 보도)',
    text: "ㅇ 일부 매체는 누리랩이 가온소프트 컨소시엄에 새로 합류했다고 보도",
    absent: ['PARTNERS_WITH 누리랩 -> 가온소프트'],
  },
  {
    cat: 'claim (다고 보도)',
    text: "누리랩은 가온소프트 컨소시엄에 새로 합류했다고 밝혔다.",
    expect: ['PARTNERS_WITH 누리랩 -> 가온소프트'],
  },
  // a press release's contact line: a post word, a name and a phone number in brackets name a person
  {
    cat: 'person.contact-line',
    text: "과기정통부는 'AI 바우처 지원사업' 공모를 시작한다.\n\n담당 부서 | 책임자 | 담당자\n\n디지털산업과 | 과장 오세린 (044-202-1234) | 주무관 한다온 (044-202-5678)",
    nodes: ['Person:오세린', 'Person:한다온'],
  },
  // … not a post word and a phrase before a number that is no phone
  {
    cat: 'person.contact-line',
    text: "과장 회의록 (2026-12-01)을 공개했다.",
    noNodes: ['Person:회의록'],
  },
  // a judge named by the post right after the name
  {
    cat: 'person.judge-titles',
    text: "서울중앙지법 민사12부(재판장 오세린 부장판사)는 가온소프트의 신청을 기각했다.",
    nodes: ['Person:오세린'],
  },
  {
    cat: 'person.judge-titles',
    text: "한 특허 전문 판사는 \"입증 부담이 크다\"고 말했다.",
    noNodes: ['Person:특허 전문', 'Person:특허'],
  },
];

describe('generalise: set 155 phrasings', () => {
  it.each(rows.map((r) => [r.cat, r] as const))('%s', (_cat, row) => checkFactRow(row));
});
