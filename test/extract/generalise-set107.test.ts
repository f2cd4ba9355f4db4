/**
 * Generalisation rows for the forms first met in held-out set 107: a programme referred to with adverbs before
 * "이 사업", consortia described field by field ("X 분야는 A가 맡는다", "A가 주관사로, B가 수요기관으로 참여한다"),
 * a listed company's name as the brand of a model it names, and more below.
 * Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const PROGRAMME = '스마트 농업 AI 모델 개발 지원사업';

const rows: FactRow[] = [
  // "올해 처음 이 사업에": adverbs before a demonstrative and the programme's noun name no programme; it refers back
  {
    cat: 'discover.programme-reference',
    text: `산업부가 '${PROGRAMME}' 참여 기업을 발표했다. 한빛소프트는 올해 처음 이 사업에 이름을 올렸다.`,
    expect: [`PARTICIPATES_IN 한빛소프트 -> ${PROGRAMME}`],
    noNodes: ['Policy:처음 이 사업', 'Policy:올해 처음 이 사업'],
  },
  {
    cat: 'discover.programme-reference',
    text: `산업부가 '${PROGRAMME}' 참여 기업을 발표했다. 누리랩스도 다시 그 사업에 도전했다.`,
    noNodes: ['Policy:다시 그 사업'],
  },
  // a consortium set out field by field, after the selection was confirmed ("확정했다")
  {
    cat: 'consortium-scope.field-lead',
    text: `제목\n\n정부가 '${PROGRAMME}' 2년차 참여 컨소시엄 3곳을 확정했다. 각 분야 데이터를 학습한 모델을 만드는 사업이다. 축산 분야는 한빛소프트가 주관하고 누리테크가 참여한다. 유통 분야에서는 다온랩스가 주관사로, 가람은행이 수요기관으로 참여한다.`,
    expect: [`PARTICIPATES_IN 가람은행 -> ${PROGRAMME}`, `PARTICIPATES_IN 다온랩스 -> ${PROGRAMME}`, 'PARTNERS_WITH 가람은행 -> 다온랩스', `PARTICIPATES_IN 누리테크 -> ${PROGRAMME}`],
    absent: ['PARTNERS_WITH 가람은행 -> 한빛소프트'],
  },
  {
    cat: 'consortium-scope.field-lead',
    text: `제목\n\n정부가 '${PROGRAMME}' 참여 컨소시엄 3곳을 확정했다. 축산 분야는 한빛소프트가 주관하고 누리테크가 참여한다. 물류 분야는 모아로보틱스가 맡는다. 모아로보틱스는 별빛데이터, 가온테크과 함께 배차 모델을 개발한다.`,
    expect: [`PARTICIPATES_IN 모아로보틱스 -> ${PROGRAMME}`, `PARTICIPATES_IN 별빛데이터 -> ${PROGRAMME}`, 'PARTNERS_WITH 모아로보틱스 -> 별빛데이터'],
  },
  // "A가 맡는다" with no field opening the sentence is no team's lead, so "함께" adds no member of a team
  {
    cat: 'consortium-scope.field-lead',
    text: `제목\n\n정부가 '${PROGRAMME}' 참여 컨소시엄 3곳을 확정했다. 홍보는 모아로보틱스가 맡는다. 모아로보틱스는 별빛데이터과 함께 배차 모델을 개발한다.`,
    absent: [`PARTICIPATES_IN 별빛데이터 -> ${PROGRAMME}`, `PARTICIPATES_IN 모아로보틱스 -> ${PROGRAMME}`],
  },
  // a listed company's bare name leading a model's name, with no other developer stated: the company's model
  {
    cat: 'developed.namesake',
    text: "루닛 컨소시엄은 판독 모델 '루닛 스캔 3'을 고도화한다. 루닛 스캔 3은 '루닛 스캔 2'의 후속 모델이다.",
    expect: ['DEVELOPED 루닛 -> 루닛 스캔 3', 'DEVELOPED 루닛 -> 루닛 스캔 2'],
  },
  // a rival named in apposition with its maker ("비교 대상인 Y사의 'Z'") leaves the scoring topic in focus for the next score
  {
    cat: 'focus.scored-topic-beside-rival',
    text: "한빛소프트가 '한빛 3'와 '한빛 3 미니'를 공개했다. 미니는 모바일용이다. 코딩 벤치마크 HumanEval에서 한빛 3는 71.2점을 받아 비교 대상인 메타의 '라마 3.1 8B'(65.0점)를 앞섰다. MBPP에서는 68.3점을 기록했다.",
    expect: ['SCORED 한빛 3 -> MBPP'],
    absent: ['SCORED 한빛 3 미니 -> MBPP'],
  },
  // "Y의 차기 버전인 'Z'": the successor is the model named right after, not the sentence's topic
  {
    cat: 'succeeds.upgrade-of',
    text: "누리는 가온랩스가 자체 개발한 소형 모델로, 지난해 공개된 '누리 1.0'의 차기 버전인 '누리 2.0'이 내년 출시된다.",
    expect: ['SUCCEEDS 누리 2.0 -> 누리 1.0'],
    absent: ['SUCCEEDS 누리 -> 누리 1.0'],
  },
  {
    cat: 'succeeds.upgrade-of',
    text: "가온랩스는 '누리 2.0'을 공개했다. 누리 2.0은 '누리 1.0'의 차기 버전이다.",
    expect: ['SUCCEEDS 누리 2.0 -> 누리 1.0'],
  },
  // a new model named first, then in its one size: one model ("'X-3'를 내놨다 … 'X-3 14B'를 공개했다")
  {
    cat: 'short-forms.sized-after-bare',
    text: "스타트업 모아랩스가 자체 언어모델 '모아-3'를 내놨다. 모아랩스는 지난 27일 '모아-3 14B'를 허깅페이스에 공개했다. 모아-3 14B는 KMMLU에서 61.5점을 받았다.",
    publishedAt: '2026-11-30',
    sameNode: ['모아-3=모아-3 14B'],
    expect: ['SCORED 모아-3 -> KMMLU'],
  },
  // not with a second size, nor for a listed family's version (a gazetteer's line is released in many sizes)
  {
    cat: 'short-forms.sized-after-bare',
    text: "스타트업 모아랩스가 자체 언어모델 '모아-3'를 내놨다. '모아-3 14B'와 '모아-3 2B' 두 가지다.",
    nodes: ['Model:모아-3 14B', 'Model:모아-3 2B'],
  },
  {
    cat: 'short-forms.sized-after-bare',
    text: "알리바바가 '큐웬3'를 공개했다. 누리AI는 큐웬3 32B를 바탕으로 '누리-R'을 만들었다.",
    nodes: ['Model:큐웬3 32B', 'Model:큐웬3'],
  },
  // a variant's head beside the size is no bare name beside it ("X 프로의 학습에는 X 14B의 …")
  {
    cat: 'short-forms.sized-after-bare',
    text: "모아랩스가 자체 언어모델 '모아-3'를 내놨다. 회사는 '모아-3 14B'를 허깅페이스에 공개했다. 모아-3 프로의 학습에는 모아-3 14B의 체크포인트를 쓴다.",
    sameNode: ['모아-3=모아-3 14B'],
    nodes: ['Model:모아-3 프로'],
  },
  // a distilled model's Hangul spelling: teacher, "디스틸", student, one model
  {
    cat: 'discover.distilled-name',
    text: "비교 모델인 '딥시크-R1 디스틸 라마 8B'는 KMMLU 48.2점에 그쳤다.",
    nodes: ['Model:딥시크-R1 디스틸 라마 8B'],
    noNodes: ['Model:라마 8B'],
    expect: ['SCORED 딥시크-R1 디스틸 라마 8B -> KMMLU'],
  },
  // "에센스" a tier of a series as "나노" and "플래시" are: alone it names the series' model, where the article names the series
  {
    cat: 'variant.essence',
    text: "카카오가 '카나나 3'를 공개했다. '카나나 3 에센스'와 '카나나 3 나노'로 구성됐다. 나노는 에센스를 교사 모델로 삼아 지식 증류 방식으로 학습했다.",
    expect: ['BASED_ON 카나나 3 나노 -> 카나나 3 에센스', 'DEVELOPED 카카오 -> 카나나 3 에센스'],
  },
  // "허깅페이스에 (오픈소스로) 올라왔다": uploaded to a model hub is a release; "A와 B는 …지만, C는 …" each side for its own
  {
    cat: 'property.open-source-uploaded',
    text: "카카오가 '카나나 3'를 공개했다. '카나나 3 에센스'와 '카나나 3 나노', '카나나 3 플래시'로 구성됐다. 나노와 플래시는 허깅페이스에 오픈소스로 올라왔지만, 에센스는 공개 여부를 검토 중이다.",
    props: ['카나나 3 나노=openSource:true', '카나나 3 플래시=openSource:true', '카나나 3 에센스=openSource:undefined'],
  },
  // scores that went up are no upload
  {
    cat: 'property.open-source-uploaded',
    text: "가온AI의 '가온-3'는 오픈소스 생태계에서 주목받았다. 가온-3의 점수도 많이 올라왔다.",
    props: ['가온-3=releasedOn:undefined'],
  },
  // "'X' 3종을 공개했다": the series' members listed after share its release day
  {
    cat: 'released-on.series-count',
    text: "카카오는 지난 12일 '카나나 4' 3종을 공개했다고 15일 밝혔다. 최상위 모델 '카나나 4 프로'와 경량 모델 '카나나 4 미니', '카나나 4 나노'로 구성됐다.",
    publishedAt: '2026-11-15',
    props: ['카나나 4 프로=releasedOn:2026-11-12', '카나나 4 미니=releasedOn:2026-11-12', '카나나 4 나노=releasedOn:2026-11-12'],
  },
  // a customer put aside as a topic ("C는 고객사로, …") is no subject a later sentence omits
  {
    cat: 'omitted-subject.customer-aside',
    text: "누리AI는 가온전자에 문서 검색 시스템을 공급하는 계약을 맺었다. 가온전자는 고객사로, 모델 개발에는 참여하지 않는다. 유통은 삼성SDS와 손잡았다.",
    expect: ['PARTNERS_WITH 누리AI -> 삼성SDS'],
    absent: ['PARTNERS_WITH 가온전자 -> 삼성SDS'],
  },
  // "X에서는 A CTO가 물러났다. 후임으로는 B 연구소장이 CTO 직무대행을 맡는다": the successor works at the company left
  {
    cat: 'works-for.successor-post',
    text: "가온테크에서는 김민재 최고기술책임자(CTO)가 물러났다. 후임으로는 박소연 AI연구소장이 CTO 직무대행을 맡는다.",
    expect: ['WORKS_FOR 박소연 -> 가온테크'],
    edgeProps: ['WORKS_FOR 박소연 -> 가온테크 title=CTO 직무대행'],
  },
  // not a successor only rumoured, nor one named where the sentence before names no departure
  {
    cat: 'works-for.successor-post',
    text: "가온테크에서는 김민재 최고기술책임자(CTO)가 물러났다. 후임으로는 박소연 AI연구소장이 거론되지만 확정되지 않았다.",
    absent: ['WORKS_FOR 박소연 -> 가온테크'],
  },
  {
    cat: 'works-for.successor-post',
    text: "가온테크는 새 모델을 공개했다. 후임으로는 박소연 AI연구소장이 CTO 직무대행을 맡는다.",
    absent: ['WORKS_FOR 박소연 -> 가온테크'],
  },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});
