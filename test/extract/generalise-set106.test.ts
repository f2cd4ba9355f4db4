/**
 * Generalisation rows for the forms first met in held-out set 106: a size right after a model name the article already
 * knows ("X 14B" once 'X' is named, even where the name ends like a particle), and more below.
 * Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // a size after a known model's name makes that size's model, even where the name ends in a syllable like a particle (도, 가, 이)
  {
    cat: 'known-name.size-tail',
    text: "누리소프트가 번역 모델 '포도'를 공개했다. 포도 9B는 KMMLU에서 58.2점을 받았다. 포도 2.4B는 스마트폰용이다.",
    expect: ['SCORED 포도 9B -> KMMLU'],
    nodes: ['Model:포도 9B', 'Model:포도 2.4B'],
    props: ['포도 9B=parameters:9000000000', '포도 2.4B=parameters:2400000000'],
  },
  {
    cat: 'known-name.size-tail',
    text: "한울AI는 추론 모델 '나비'를 내놨다. 나비 32B를 바탕으로 만든 요약 모델도 공개했다.",
    nodes: ['Model:나비 32B'],
  },
  // no size tail: a count of tokens, a size class
  {
    cat: 'known-name.size-tail',
    text: "한울AI는 추론 모델 '나비'를 내놨다. 나비 320B 토큰으로 학습했고, 경쟁 모델은 나비 70B급이다.",
    noNodes: ['Model:나비 320B', 'Model:나비 70B'],
  },
  // "각각 X의 A, Y의 B, Z의 C를 기반으로": each base with its owner's possessive is still one list, paired in order
  {
    cat: 'clause.respective-owned-list',
    text: "'한빛-S1', '한빛-M1', '한빛-L1'은 각각 마이크로소프트의 파이 4(Phi-4), 구글의 젬마 2, 딥시크의 딥시크-V3를 바탕으로 추가 학습됐다.",
    expect: ['BASED_ON 한빛-S1 -> 파이 4', 'BASED_ON 한빛-M1 -> 젬마 2', 'BASED_ON 한빛-L1 -> 딥시크-V3', 'DEVELOPED 구글 -> 젬마 2'],
    absent: ['BASED_ON 한빛-S1 -> 딥시크-V3', 'BASED_ON 한빛-M1 -> 딥시크-V3', 'BASED_ON 한빛-S1 -> 젬마 2'],
  },
  {
    cat: 'clause.respective-owned-list',
    text: "'나래-1'과 '나래-2'는 각각 메타의 라마 3, 알리바바의 큐웬2.5를 기반으로 추가 학습됐다.",
    expect: ['BASED_ON 나래-1 -> 라마 3', 'BASED_ON 나래-2 -> 큐웬2.5'],
    absent: ['BASED_ON 나래-1 -> 큐웬2.5', 'BASED_ON 나래-2 -> 라마 3'],
  },
  // not a parallel list: "자체 개발한 A, Y의 B를 바탕으로 만든 C" — A is no base of C
  {
    cat: 'clause.respective-owned-list',
    text: "누리텔레콤은 이로써 자체 개발한 '누리온 3', 구글의 '젬마 2 9B'를 바탕으로 만든 '누리-G'까지 모델 라인업을 갖췄다.",
    expect: ['BASED_ON 누리-G -> 젬마 2 9B'],
    absent: ['BASED_ON 누리-G -> 누리온 3'],
  },
  // "경량판 'X'": a lite edition is a model noun; "Y의 지식을 증류해 만들었다" makes Y its base
  {
    cat: 'model-noun.lite-edition',
    text: "바람소프트는 '바람-5'를 공개했다. 함께 나온 경량판 '바람-5-미니'는 바람-5의 지식을 증류해 만들었다.",
    nodes: ['Model:바람-5-미니'],
    expect: ['BASED_ON 바람-5-미니 -> 바람-5', 'DEVELOPED 바람소프트 -> 바람-5'],
  },
  // "'X(Qwen) 3'": a known model glossing a transliterated name before its version makes the whole one model of that family
  {
    cat: 'quoted.gloss-model-version',
    text: "루이펑은 자사 모델이 구글의 '지엠마(Gemma) 4'보다 앞섰다고 밝혔다.",
    nodes: ['Model:지엠마 4'],
    noNodes: ['Model:Gemma', 'Model:젬마'],
    sameNode: ['지엠마 4=Gemma 4'],
    expect: ['DEVELOPED 구글 -> 지엠마 4'],
  },
  // "X의 NAME 님(@handle)": a company's possessive before a named person with an honorific is where the person works
  {
    cat: 'works-for.company-possessive-honorific',
    text: "이번 모델은 가온랩의 서하윤 님(@hayoon_s), 바람소프트의 임도경 님과 같이 만들었어요.",
    expect: ['WORKS_FOR 서하윤 -> 가온랩', 'WORKS_FOR 임도경 -> 바람소프트'],
    absent: ['WORKS_FOR 서하윤 -> 바람소프트', 'WORKS_FOR 임도경 -> 가온랩'],
  },
  {
    cat: 'works-for.company-possessive-honorific',
    text: "가온랩의 서하윤 씨는 새 모델의 학습 데이터를 맡았다고 말했다.",
    expect: ['WORKS_FOR 서하윤 -> 가온랩'],
  },
  // "X의 NAME 님이 아니라": a denial says nothing
  {
    cat: 'works-for.company-possessive-honorific',
    text: "그 글을 쓴 사람은 가온랩의 서하윤 님이 아니라고 회사는 밝혔다.",
    absent: ['WORKS_FOR 서하윤 -> 가온랩'],
  },
  // "점수 (X): A 63.8 / B 55.2 / 자체 벤치 C-500 71.0": a score list after a model in parentheses and a colon, split by slashes
  {
    cat: 'scored.slash-list',
    text: "가온랩이 '누리 9B'를 공개했다. 결과 (누리 9B): KMMLU 58.4 / HAERAE 61.2 / 사내 벤치 LogiK-300 44.9.",
    expect: ['SCORED 누리 9B -> KMMLU', 'SCORED 누리 9B -> HAERAE', 'SCORED 누리 9B -> LogiK-300'],
    edgeProps: ['SCORED 누리 9B -> HAERAE score=61.2', 'SCORED 누리 9B -> LogiK-300 score=44.9'],
  },
  // a benchmark noun before a Latin word that no score follows names nothing
  {
    cat: 'scored.slash-list',
    text: "가온랩은 자체 벤치 Pilot 단계를 마쳤다고 밝혔다.",
    noNodes: ['Benchmark:Pilot'],
  },
  // an English verb of deriving in a Korean sentence ("Y에서 distill 했다", "Y를 fine-tuning했다")
  {
    cat: 'based-on.english-derive-verb',
    text: "바람소프트가 '바람 12B'를 공개했다. 바람 2B는 바람 12B에서 distill 했어요.",
    expect: ['BASED_ON 바람 2B -> 바람 12B'],
  },
  {
    cat: 'based-on.english-derive-verb',
    text: "바람소프트가 '바람 12B'를 공개했다. 바람 2B는 바람 12B를 fine-tuning해 만들었다.",
    expect: ['BASED_ON 바람 2B -> 바람 12B'],
  },
  {
    cat: 'based-on.english-derive-verb',
    text: "바람소프트가 '바람 12B'를 공개했다. 바람 2B는 바람 12B에서 distill 하지 않았다.",
    absent: ['BASED_ON 바람 2B -> 바람 12B'],
  },
  // "X는 A가 아니라 B를 기반으로": the negation of a corrective contrast is A's; B is the base, and A is no model built on B
  {
    cat: 'based-on.corrective-contrast',
    text: "누리랩이 개발한 '누리-LM 3'를 소개했다. 누리-LM 3는 라마 3가 아니라 미스트랄 7B를 기반으로 추가 학습한 모델이다.",
    expect: ['BASED_ON 누리-LM 3 -> 미스트랄 7B'],
    absent: ['BASED_ON 누리-LM 3 -> 라마 3', 'BASED_ON 라마 3 -> 미스트랄 7B'],
  },
  {
    cat: 'based-on.corrective-contrast',
    text: "누리랩이 개발한 '누리-LM 3'를 소개했다. 누리-LM 3는 미스트랄 7B를 기반으로 하지 않았다.",
    absent: ['BASED_ON 누리-LM 3 -> 미스트랄 7B'],
  },
  // "X가 개발해 함께 선보인 모델 'A', 'B', 'C'": the maker of a list of models made each of them
  {
    cat: 'developed.made-by-list',
    text: "가온소프트가 단독으로 개발해 함께 내놓은 소형 모델 '솔바람-1', '솔바람-2', '솔바람-3'은 모두 온디바이스용이다.",
    expect: ['DEVELOPED 가온소프트 -> 솔바람-1', 'DEVELOPED 가온소프트 -> 솔바람-2', 'DEVELOPED 가온소프트 -> 솔바람-3'],
  },
  // "A와 B가 공동 개발하고 C가 검증한 'D'": the joined clause modifies the same model; the verifier made nothing
  {
    cat: 'clause.shared-head',
    text: "하늘전자와 의료 스타트업 바다메드가 공동 개발하고 평가업체 누리체크가 안전성을 검증한 '하늘-Care 3'은 진료 보조용 언어모델이다.",
    expect: ['DEVELOPED 하늘전자 -> 하늘-Care 3', 'DEVELOPED 바다메드 -> 하늘-Care 3', 'PARTNERS_WITH 바다메드 -> 하늘전자'],
    absent: ['DEVELOPED 누리체크 -> 하늘-Care 3'],
  },
  {
    cat: 'clause.shared-head',
    text: "바다메드가 자체 개발하고 누리체크가 검증한 '바다-Med 2'는 진료 보조용 언어모델이다.",
    expect: ['DEVELOPED 바다메드 -> 바다-Med 2'],
    absent: ['DEVELOPED 누리체크 -> 바다-Med 2'],
  },
  // a connective with its own object keeps it: "A를 개발하고 C가 만든 'D'를 썼다" makes no D of the subject
  {
    cat: 'clause.shared-head',
    text: "바다메드는 '바다-Med 2'를 자체 개발하고, 누리체크가 만든 평가 모델 '누리-Eval 1'을 검증에 썼다.",
    expect: ['DEVELOPED 누리체크 -> 누리-Eval 1'],
    absent: ['DEVELOPED 바다메드 -> 누리-Eval 1'],
  },
  // a known model's version and one Hangul word of an edition inside the quotes, in a sentence about models: the whole is the model
  {
    cat: 'discover.quoted-version-edition',
    text: "제목\n\nSK텔레콤은 이번 평가에 낸 'A.X 6 파운데이션'이 처음부터 자체 개발한 모델이라고 밝혔다.",
    nodes: ['Model:A.X 6 파운데이션'],
    noNodes: ['Model:A.X 6'],
  },
  {
    cat: 'discover.quoted-version-edition',
    text: "제목\n\nLG AI연구원은 새 모델 '엑사원 6.0 오리진'을 공개하며 처음부터 학습한 모델이라고 설명했다.",
    nodes: ['Model:엑사원 6.0 오리진'],
  },
  // not a base, a kind or a product word after the version
  {
    cat: 'discover.quoted-version-edition',
    text: "제목\n\n가온소프트는 'A.X 4.0 기반' 상담 모델을 도입했다.",
    noNodes: ['Model:A.X 4.0 기반'],
  },
  {
    cat: 'discover.quoted-version-edition',
    text: "제목\n\n가온소프트는 '엑사원 4.0 서비스'에 새 모델을 붙였다.",
    noNodes: ['Model:엑사원 4.0 서비스'],
  },
  // a family released in the sizes it lists ("1.5B, 14B 두 가지 크기로"): the comma between sizes is no clause break, and the
  // family's release properties are the sizes' (not those of a size the sentence does not name)
  {
    cat: 'properties.family-sizes',
    publishedAt: '2026-05-04',
    text: "오늘 한빛AI가 요약 모델 '솔잎(Solip)'을 3B, 12B 두 가지 크기로 오픈소스 공개했다. 솔잎 12B는 KMMLU에서 60.1점을 받았다. 솔잎 3B는 모바일용이다. 솔잎 70B는 내년에 나온다.",
    props: ['솔잎 12B=openSource:true', '솔잎 3B=openSource:true', '솔잎 12B=releasedOn:2026-05-04', '솔잎 3B=releasedOn:2026-05-04', '솔잎 70B=openSource:undefined'],
  },
  {
    cat: 'properties.family-sizes',
    publishedAt: '2026-05-04',
    text: "누리소프트는 번역 모델 '모래'를 2B와 9B 버전으로 오픈 웨이트 공개했다. 모래 9B는 KMMLU에서 55.0점을 받았다. 모래 2B는 온디바이스용이다.",
    props: ['모래 9B=openSource:true', '모래 2B=openSource:true', '모래 2B=releasedOn:2026-05-04'],
  },
  // a count corrected by the one after it ("N이 아니라 M"): M is the size, even where an earlier sentence gave N
  {
    cat: 'parameters.corrected',
    text: '누리랩스의 가온 4.0은 파라미터가 300억 개다. 가온 4.0의 매개변수는 300억이 아니고 320억 개다.',
    props: ['가온 4.0=parameters:32000000000'],
  },
  {
    cat: 'parameters.corrected',
    text: '한빛AI의 별하 2.0은 파라미터가 120억 개 아니라 140억 개인 모델이다.',
    props: ['별하 2.0=parameters:14000000000'],
  },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});
