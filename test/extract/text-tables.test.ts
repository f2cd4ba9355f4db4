/**
 * Tables and lists written as text (rows written for these tests, in their own words): press-release
 * text tables with a model cell that names a base or a used model, and the lines of such a table
 * written without blank lines between them.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  {
    cat: 'text table of teams, rows on consecutive lines: model cell "M (X 기반)" gives BASED_ON, the one programme named gives PARTICIPATES_IN',
    text: [
      "□ 과기정통부는 「해양 AI 실증 사업」 수행 과제 3개를 확정했다고 밝혔다.",
      '',
      '번호 | 분야 | 주관기업 | 참여기업 | 모델(기반 모델)',
      '1 | 항만 | 물결AI | 여울데이터 | 물결-P 7B (엑사원 3.5 7.8B 기반)',
      '2 | 수산 | 해담소프트 | - | 해담-F 2 (자체 개발)',
      '3 | 조선 | 바닷길랩스 | 카카오 | 카나나 1.5 8B 활용 (카카오)',
      '※ 참여기업은 컨소시엄 구성원을 뜻함',
    ].join('\n'),
    expect: [
      'DEVELOPED 물결AI -> 물결-P 7B', 'BASED_ON 물결-P 7B -> 엑사원 3.5 7.8B', 'DEVELOPED 해담소프트 -> 해담-F 2', 'DEVELOPED 카카오 -> 카나나 1.5 8B',
      'PARTNERS_WITH 물결AI -> 여울데이터', 'PARTNERS_WITH 바닷길랩스 -> 카카오',
      'PARTICIPATES_IN 물결AI -> 해양 AI 실증 사업', 'PARTICIPATES_IN 해담소프트 -> 해양 AI 실증 사업', 'PARTICIPATES_IN 여울데이터 -> 해양 AI 실증 사업', 'PARTICIPATES_IN 카카오 -> 해양 AI 실증 사업',
    ],
    absent: ['DEVELOPED 바닷길랩스 -> 카나나 1.5 8B', 'BASED_ON 해담-F 2 -> 자체 개발'],
  },
  {
    cat: 'a team table in an article naming two programmes: no programme is guessed',
    text: [
      "정부는 'AI 바우처 사업'과 '데이터 댐 사업' 결과를 함께 발표했다.",
      '',
      '주관기업 | 참여기업 | 모델',
      '물결AI | 여울데이터 | 물결-P 7B',
    ].join('\n'),
    expect: ['PARTNERS_WITH 물결AI -> 여울데이터', 'DEVELOPED 물결AI -> 물결-P 7B'],
    absent: ['PARTICIPATES_IN 물결AI -> AI 바우처 사업', 'PARTICIPATES_IN 물결AI -> 데이터 댐 사업'],
  },
  {
    cat: 'list items headed by a model ("M: X를 base로 …", "M: X 위에서 CPT"): the head is the item\'s topic',
    text: [
      '모아랩스는 새 모델 Nuri-Ko 2 14B를 공개했다. 소형 모델 Nuri-Ko 2 3B도 함께 냈다.',
      '',
      'Nuri-Ko 2 14B: Qwen3-14B를 base로 한국어 코퍼스를 continual pre-training 했다.',
      '',
      'Nuri-Ko 2 3B: 라마 3.2 3B 위에서 SFT를 거쳤다.',
    ].join('\n'),
    expect: ['BASED_ON Nuri-Ko 2 14B -> Qwen3-14B', 'BASED_ON Nuri-Ko 2 3B -> 라마 3.2 3B'],
    absent: ['BASED_ON Nuri-Ko 2 3B -> Qwen3-14B'],
  },
  {
    cat: 'a bar chart written as text under a caption naming the benchmark: one SCORED per row',
    text: [
      '한울랩은 새 모델 한울-M 9B의 성적을 공개했다.',
      '',
      '[차트] HAE-RAE 벤치 점수 비교',
      '한울-M 9B ▇▇▇▇▇▇▇ 70.2',
      '젬마 3 12B ▇▇▇▇▇ 64.8점',
      '',
      '회사는 다음 달 더 큰 모델도 낼 계획이다.',
    ].join('\n'),
    expect: ['SCORED 한울-M 9B -> HAE-RAE', 'SCORED 젬마 3 12B -> HAE-RAE'],
    edgeProps: ['SCORED 한울-M 9B -> HAE-RAE score=70.2', 'SCORED 젬마 3 12B -> HAE-RAE score=64.8'],
  },
  {
    cat: "a text bar chart whose rows give the developer in parentheses ('M(D) ████ 66.8'): one SCORED and one DEVELOPED per row",
    text: [
      '한울랩은 새 모델 한울-M 9B의 성적을 공개했다.',
      '',
      '[그래픽] 소형 모델 HAE-RAE 점수 비교 (단위: 점)',
      '한울-M 9B(한울랩) ████████ 70.2',
      '가온-3B(가온소프트) ██████ 64.8',
      '젬마 3 4B(구글) █████ 60.1',
      '',
      '회사는 다음 달 더 큰 모델도 낼 계획이다.',
    ].join('\n'),
    expect: ['DEVELOPED 가온소프트 -> 가온-3B', 'DEVELOPED 구글 -> 젬마 3 4B'],
    edgeProps: ['SCORED 한울-M 9B -> HAE-RAE score=70.2', 'SCORED 가온-3B -> HAE-RAE score=64.8', 'SCORED 젬마 3 4B -> HAE-RAE score=60.1'],
  },
  {
    cat: 'bars without a caption that names one benchmark give no score',
    text: ['한울랩은 새 모델 한울-M 9B를 공개했다.', '', '[차트] 월별 내려받기 수 (단위: 만 건)', '한울-M 9B ██████ 12.5', '젬마 3 12B ████ 8.1'].join('\n'),
    absent: ['SCORED 한울-M 9B -> HAE-RAE'],
    noNodes: ['Benchmark:월별 내려받기 수'],
  },
  {
    cat: "an infographic's score lines ('MODEL(DEVELOPER) 81.2') in groups under a heading naming the benchmark: one SCORED per line, a withheld score none",
    text: [
      "[인포그래픽] 법률 AI 평가 '바른벤치 2027' 결과",
      '',
      '※ 4개 영역 1,200문항, 100점 만점',
      '■ 국내 모델',
      '가온-L 2(가온랩스) 81.2',
      '솔라 프로2(업스테이지) 78.4',
      '누리-Ko 14B(누리소프트) 70.6',
      '■ 해외 모델',
      'GPT-4o(오픈AI) 83.0',
      '클로드 3.7 소네트(앤트로픽) 비공개*',
      '평가를 맡은 연구원은 결과를 6일 공개했다.',
    ].join('\n\n'),
    expect: ['SCORED 가온-L 2 -> 바른벤치 2027', 'SCORED 솔라 프로2 -> 바른벤치 2027', 'SCORED 누리-Ko 14B -> 바른벤치 2027', 'SCORED GPT-4o -> 바른벤치 2027'],
    edgeProps: ['SCORED 가온-L 2 -> 바른벤치 2027 score=81.2', 'SCORED GPT-4o -> 바른벤치 2027 score=83'],
    absent: ['SCORED 클로드 3.7 소네트 -> 바른벤치 2027'],
  },
  {
    cat: "score lines with a dash and a marked note ('M (D) — 66.1점 ※재집계') keep the list going, as does a withheld score with its reason ('— 점수 비공개(요청)')",
    text: [
      "대회 측은 '누리벤치 3'의 9월 결과를 냈다. 채점 기준은 지난달과 같다.",
      '상위 모델의 점수는 아래와 같다(100점 만점).',
      '가람-7B (가람랩) — 68.4점',
      '다온 2 (다온소프트) — 66.1점 ※재집계',
      '누리-M (누리AI) — 점수 비공개(개발사 요청)',
      '솔라 프로 2 (업스테이지) — 64.0점',
      '세부 점수는 누리리포트에 실린다.',
    ].join('\n\n'),
    edgeProps: ['SCORED 가람-7B -> 누리벤치 3 score=68.4', 'SCORED 다온 2 -> 누리벤치 3 score=66.1', 'SCORED 솔라 프로 2 -> 누리벤치 3 score=64'],
    absent: ['SCORED 누리-M -> 누리벤치 3'],
  },
  {
    cat: 'a line with a marked note but no model (a count) under a benchmark heading gives no score',
    text: ["대회 측은 '누리벤치 3'의 9월 결과를 냈다.", '참가 기관 (국내) — 41 ※잠정', '참가 기관 (해외) — 12', '참가 기관 (기타) — 3'].join('\n\n'),
    noNodes: ['Model:참가 기관'],
  },
  {
    cat: "a bracketed heading ('[M 주요 벤치마크 점수]', '[M 미니 성능]') makes its model the one the ▲ score line under it is about",
    text: [
      '누리랩은 새 모델 누리-9B와 경량 모델 누리-9B 미니를 공개했다.',
      '누리-9B 미니는 30억 파라미터 규모로 휴대폰에서 돌아가는 모델이다.',
      '[누리-9B 주요 벤치마크 점수]',
      '▲KMMLU 61.5점 ▲KoBEST 80.2점',
      '[누리-9B 미니 성능]',
      '▲KMMLU 48.3점 ▲HAE-RAE 52.0점',
      '누리랩은 두 모델을 다음 달 오픈소스로 풀 계획이다.',
    ].join('\n\n'),
    edgeProps: ['SCORED 누리-9B -> KMMLU score=61.5', 'SCORED 누리-9B -> KoBEST score=80.2', 'SCORED 누리-9B 미니 -> KMMLU score=48.3', 'SCORED 누리-9B 미니 -> HAE-RAE score=52'],
    absent: ['SCORED 누리-9B 미니 -> KoBEST', 'SCORED 누리-9B -> HAE-RAE'],
  },
  {
    cat: "a ranked list with scores in parentheses ('1위 M (82.0)'), a rank-only entry skipped, on the benchmark its '※ X 기준' note names",
    text: [
      '누리랩은 비교 모델 다섯 개의 순위도 함께 냈다.',
      '1위 누리-9B (82.0)',
      '2위 GPT-4o (80.4)',
      '3위 젬마 3 27B',
      '4위 솔라 프로 2 (77.9)',
      '※ KoBEST 벤치마크 기준. 누리랩 자체 측정.',
    ].join('\n\n'),
    edgeProps: ['SCORED 누리-9B -> KoBEST score=82', 'SCORED GPT-4o -> KoBEST score=80.4', 'SCORED 솔라 프로 2 -> KoBEST score=77.9'],
    absent: ['SCORED 젬마 3 27B -> KoBEST'],
  },
  {
    cat: "a ranked list with figures in parentheses whose note names no benchmark gives no score",
    text: ['누리랩은 비교 모델 세 개의 순위도 함께 냈다.', '1위 누리-9B (82.0)', '2위 GPT-4o (80.4)', '3위 솔라 프로 2 (77.9)', '※ 내려받기 수 기준. 단위 만 건.'].join('\n\n'),
    absent: ['SCORED 누리-9B -> KoBEST', 'SCORED 누리-9B -> 내려받기 수'],
    noNodes: ['Benchmark:내려받기 수'],
  },
  {
    cat: 'lines of a name and a number that are no models (prices, counts) under a benchmark heading give no score',
    text: [
      "[인포그래픽] 법률 AI 평가 '바른벤치 2027' 참가 현황",
      '',
      '서울 지역 41',
      '부산 지역 12',
      '대구 지역 9',
    ].join('\n\n'),
    absent: ['SCORED 서울 지역 -> 바른벤치 2027'],
    noNodes: ['Model:서울 지역', 'Model:부산 지역'],
  },
  {
    cat: "a quoted name the partners '공동 개발해' is a model; one introduced by a not-model noun ('서비스 \'X\'') is not",
    text: "카카오와 해솔헬스가 업무협약을 맺었다. 두 회사는 카나나 2를 기반으로 '해솔-M'을 공동 개발해 내년 공개할 예정이다. 해솔헬스는 교육 기업과 손잡고 서비스 '해솔케어'를 공동 개발해 내놓기로 했다.",
    nodes: ['Model:해솔-M'],
    expect: ['BASED_ON 해솔-M -> 카나나 2'],
    noNodes: ['Model:해솔케어'],
  },
  {
    cat: 'a bare size next to a sized model of the family ("M 1.5B: 32B를 teacher로") is that family\'s model; the item head stays the focus',
    text: [
      '모아랩스는 새 모델 Nuri-Ko 2 32B를 공개했다.',
      '',
      'Nuri-Ko 2 1.5B: 32B를 teacher로 distillation한 온디바이스 모델.',
    ].join('\n'),
    expect: ['BASED_ON Nuri-Ko 2 1.5B -> Nuri-Ko 2 32B'],
    noNodes: ['Model:32B'],
  },
  {
    cat: 'a fixed-width ranking table whose header is underlined column by column ("----  ------  ----"), no rule above or below it: rows give SCORED on the heading\'s benchmark and DEVELOPED from the maker column',
    text: [
      '한빛평가원은 자체 개발한 벤치마크 \'누리벤치 2027\' 결과를 공개했다.',
      '',
      '■ 누리벤치 2027 종합 순위',
      '',
      '  순위  모델              개발사         종합 점수',
      '  ----  ----------------  -------------  ---------',
      '   1    바다-M 2          물결소프트     77.5',
      '   2    누리-S 9B         누리소프트     75.0',
      '',
      '한빛평가원은 내년에도 평가를 이어 간다.',
    ].join('\n'),
    expect: ['SCORED 바다-M 2 -> 누리벤치 2027', 'SCORED 누리-S 9B -> 누리벤치 2027', 'DEVELOPED 물결소프트 -> 바다-M 2', 'DEVELOPED 누리소프트 -> 누리-S 9B'],
    edgeProps: ['SCORED 바다-M 2 -> 누리벤치 2027 score=77.5'],
    absent: ['DEVELOPED 물결소프트 -> 누리-S 9B'],
  },
];

describe('text tables and press-release lists', () => {
  it.each(rows.map((r) => [r.cat, r] as const))('%s', (_cat, row) => checkFactRow(row));
});
