/**
 * Generalisation rows of generalise-derivations: the 'developed' rows.
 * The others are in the other generalise-derivations-*.test.ts files. Each row is a short article written
 * for these tests, the facts it must give and the facts it must not give; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  {
    cat: 'developed.release-after-long-method',
    text: "AI 스타트업 한빛AI는 지난 9월 '별빛 1.5'를 처음부터 자체 데이터로 학습하는 프롬 스크래치 방식으로 개발해 공개했다.",
    expect: ['DEVELOPED 한빛AI -> 별빛 1.5'],
  },
  {
    // a variant-tagged name ("해솔-M") shares its stem with its predecessor ("해솔 2.0")
    cat: 'developed.family-sibling-variant-tag',
    text: "AI 스타트업 한빛AI가 해양 특화 모델 '해솔-M'을 선보였다. 매개변수는 80억개로, 지난해 선보인 '해솔 2.0'의 후속 모델이다.",
    expect: ['SUCCEEDS 해솔-M -> 해솔 2.0', 'DEVELOPED 한빛AI -> 해솔 2.0'],
  },
  {
    // "A는 B가 공개한 M1을 내려받아 … M2를 배포했다": B is the subject of the relative clause on M1, not M2's developer
    cat: 'developed.relative-clause-subject',
    text: "다온카드는 누리랩스가 오픈소스로 공개한 '누리-8B'를 내려받아 추가 학습한 '다온봇 2'를 지난달 사내에 배포했다.",
    expect: ['DEVELOPED 다온카드 -> 다온봇 2', 'DEVELOPED 누리랩스 -> 누리-8B', 'BASED_ON 다온봇 2 -> 누리-8B'],
    absent: ['DEVELOPED 누리랩스 -> 다온봇 2'],
  },
  {
    cat: 'developed.relative-clause-subject',
    text: "가온은행은 한빛AI가 공개한 '별빛 3'을 바탕으로 만든 '가온GPT'를 출시했다.",
    expect: ['DEVELOPED 가온은행 -> 가온GPT'],
    absent: ['DEVELOPED 한빛AI -> 가온GPT'],
  },
  {
    // without a topic before it, the subject releases both
    cat: 'developed.relative-clause-subject',
    text: "한빛AI가 최근 공개한 '별빛 3'에 이어 '별빛 3 씽크'를 선보였다.",
    expect: ['DEVELOPED 한빛AI -> 별빛 3 씽크'],
  },
  {
    // "A는 B와 공동 개발한 … M을 (적용)했다": both companies developed M, whatever the main verb
    cat: 'developed.co-developed-relative',
    text: "가온은행은 이달 초 누리랩스와 공동 개발한 금융 특화 LLM '다온-F 1.0'을 상담 시스템에 적용했다.",
    expect: ['DEVELOPED 가온은행 -> 다온-F 1.0', 'DEVELOPED 누리랩스 -> 다온-F 1.0', 'PARTNERS_WITH 가온은행 -> 누리랩스'],
  },
  {
    // "M은 B를 바탕으로 C가 … 만든 모델이다": the copula defines M as made by C
    cat: 'developed.topic-made-by-copula',
    text: "가온은행은 AI 스타트업 누리랩스와 업무협약을 맺었다. 다온-Fin 8B는 메타의 '라마 3.1 8B'를 바탕으로 누리랩스가 금융 말뭉치 50억 토큰을 추가 학습시켜 만든 모델이다.",
    expect: ['DEVELOPED 누리랩스 -> 다온-Fin 8B', 'BASED_ON 다온-Fin 8B -> 라마 3.1 8B'],
  },
  {
    // … not a company that only supplied what the model learned from, nor a negated copula
    cat: 'developed.topic-made-by-copula',
    text: '가온은행은 AI 스타트업 누리랩스와 업무협약을 맺었다. 다온-Fin 8B는 누리랩스가 제공한 데이터를 학습한 모델이다. 다온-7B는 누리랩스가 만든 모델이 아니다.',
    absent: ['DEVELOPED 누리랩스 -> 다온-Fin 8B', 'DEVELOPED 누리랩스 -> 다온-7B'],
  },
  {
    // a competition team entered under a company ("X의 '팀 Y'", "X 팀은 … 'M'을 제출했다/'M'으로 N점을 받았다"): the company built M
    cat: 'developed.team-entry',
    text: "장려상은 다온웍앤코의 '팀 새벽별'이 받았다. 다온웍앤코 팀은 메타의 '라마 3.1 8B'를 바탕으로 만든 '새벽별-상담'을 제출했다.",
    nodes: ['Company:다온웍앤코'],
    expect: ['DEVELOPED 다온웍앤코 -> 새벽별-상담', 'BASED_ON 새벽별-상담 -> 라마 3.1 8B'],
  },
  {
    cat: 'developed.team-entry',
    text: "우수상은 한빛대의 '팀 은하수'가 받았다. 한빛대 팀은 메타의 '라마 3.1 8B'를 바탕으로 만든 '은하수-7B'로 80.2점을 받았다.",
    noNodes: ['Company:한빛대'],
    absent: ['DEVELOPED 한빛대 -> 은하수-7B'],
  },

  // "X가 Y에 … 데이터를 추가 학습시킨 'Z'": the company that tuned the base made the model the clause's head noun names,
  // however long the description of the data between the base and the verb
  { cat: 'developed.derived-head', text: "스타트업 누리세움이 엑사원 4.0에 지방자치단체 조례와 최근 3년간 민원 답변 이력 데이터(개인정보 제거)를 추가 학습시킨 '세움챗'을 내놨다.", expect: ['DEVELOPED 누리세움 -> 세움챗', 'BASED_ON 세움챗 -> 엑사원 4.0'] },
  { cat: 'developed.derived-head', text: "스타트업 누리세움이 큐웬3를 증류한 '세움 미니'는 휴대폰에서 돈다.", expect: ['DEVELOPED 누리세움 -> 세움 미니', 'BASED_ON 세움 미니 -> 큐웬3'] },
  // … but the base a company tunes (the object) is not the company's
  { cat: 'developed.derived-head', text: '스타트업 누리세움은 엑사원 4.0을 미세조정했다.', absent: ['DEVELOPED 누리세움 -> 엑사원 4.0'] },
  // a first-person team releasing a family with a kind word and a code-mixed verb ("Y family를 release합니다"): the team's company
  // made the family and the sizes named after it
  { cat: 'developed.code-mixed-family-release', text: '제목\n\n안녕하세요, 가온소프트 ML 팀입니다 👋 오늘 Nuri-Ko 2 family를 release합니다. 사이즈는 1.5B, 7B 두 가지입니다.\nNuri-Ko 2 7B: Mistral AI의 Mistral 7B v0.3 위에서 CPT + SFT.\nNuri-Ko 2 1.5B: 7B를 teacher로 distillation한 on-device용 모델.', expect: ['DEVELOPED 가온소프트 -> Nuri-Ko 2 7B', 'DEVELOPED 가온소프트 -> Nuri-Ko 2 1.5B'], absent: ['DEVELOPED 가온소프트 -> Mistral 7B v0.3'] },
  { cat: 'developed.code-mixed-family-release', text: '제목\n\n안녕하세요, 가온소프트 ML 팀입니다. 오늘 Nuri-Ko 2 제품군을 공개합니다. 사이즈는 1.5B, 7B 두 가지입니다.\nNuri-Ko 2 7B: Mistral AI의 Mistral 7B v0.3 위에서 CPT + SFT.', expect: ['DEVELOPED 가온소프트 -> Nuri-Ko 2 7B'] },
  // "X의 첫 모델도 Y를 기반으로 만들었다": the possessive names X's own model, Y is its base, not X's
  { cat: 'developed.possessive-model-word-base', text: "한빛AI는 지난해 '누리-8B'를 공개했다. 가람랩스 김도윤 대표는 \"가람랩스의 첫 모델도 누리-8B를 기반으로 만들었다\"고 말했다.", expect: ['DEVELOPED 한빛AI -> 누리-8B'], absent: ['DEVELOPED 가람랩스 -> 누리-8B'] },
  { cat: 'developed.possessive-model-word-base', text: "한빛AI는 지난해 '누리-8B'를 공개했다. 가람랩스의 주력 모델은 누리-8B에 금융 데이터를 추가 학습한 것이다.", absent: ['DEVELOPED 가람랩스 -> 누리-8B'] },
  // … while the copula still names X's model
  { cat: 'developed.possessive-model-word-base', text: '가람랩스의 주력 모델은 누리-8B다.', expect: ['DEVELOPED 가람랩스 -> 누리-8B'] },
  // a family's model goes to the group company the article says made one of its models, before the parent given it by a bare
  // possessive ("네이버의 하이퍼클로바X" … "네이버클라우드가 공개한 하이퍼클로바X 시드": the subsidiary's)
  {
    cat: 'developed.family-stated-maker-first',
    text: "네이버의 초거대 AI 하이퍼클로바X를 만든 연구자가 미르웍스로 옮겼다. 미르웍스의 '미로 2'는 네이버클라우드가 공개한 하이퍼클로바X 시드를 기반으로 만들었다. 그는 하이퍼클로바X 씽크 개발에도 참여했다.",
    expect: ['DEVELOPED 네이버클라우드 -> 하이퍼클로바X 씽크', 'DEVELOPED 네이버클라우드 -> 하이퍼클로바X 시드'],
    absent: ['DEVELOPED 네이버 -> 하이퍼클로바X 씽크'],
  },
];

describe('derivation rows (bases and predecessors of the model the sentences are about)', () => {
  it.each(rows.map((r, i) => ({ ...r, i })))('$cat #$i', (row) => checkFactRow(row));
});
