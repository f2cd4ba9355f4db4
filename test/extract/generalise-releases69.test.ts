/**
 * Generalisation rows for held-out set 69's page shapes (a ministry release exported from HWP, a press-kit FAQ, an
 * English wire story), in wording written for the tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

/** A release announcing a second programme's consortia, whose lead also takes part in the first. */
const SELECTION_RELEASE = [
  "□ 중소벤처기업부는 「지역 특화 AI 실증 사업」(이하 '실증 사업')의 수행 컨소시엄으로 물류, 농업 2개 분야 컨소시엄을 선정했다고 밝혔다.",
  "○ 실증 사업은 「국가 AI 거점 프로젝트」로 만든 모델을 현장 데이터와 묶어 분야별 서비스로 키우는 사업이다.",
  '○ 공모에는 모두 7개 컨소시엄이 신청했다.',
  '□ (물류) 한빛로지가 주관하는 컨소시엄에는 누리데이타, 가온모빌리티가 참여한다.',
  '□ (농업) 스마트팜 기업 다솜팜이 주관하고 농업 센서 스타트업 새봄센서가 참여하는 컨소시엄이 선정됐다.',
  "○ 한빛로지는 「국가 AI 거점 프로젝트」 수행기업으로도 참여하고 있다.",
].join('\n\n');

const rows: FactRow[] = [
  {
    // a programme that opens its sentence as the topic is what the next sentences are about, not the means it names later;
    // a team led by a company that also takes part in another programme belongs to the programme whose consortia are selected
    cat: "consortium release: teams belong to the selected programme ('X 사업은 「Y」로 만든 …', a lead also in Y)",
    text: SELECTION_RELEASE,
    expect: ['PARTICIPATES_IN 누리데이타 -> 실증 사업', 'PARTICIPATES_IN 가온모빌리티 -> 실증 사업', 'PARTICIPATES_IN 한빛로지 -> 실증 사업', 'PARTICIPATES_IN 새봄센서 -> 실증 사업', 'PARTICIPATES_IN 다솜팜 -> 실증 사업', 'PARTICIPATES_IN 한빛로지 -> 국가 AI 거점 프로젝트'],
    absent: ['PARTICIPATES_IN 누리데이타 -> 국가 AI 거점 프로젝트', 'PARTICIPATES_IN 새봄센서 -> 국가 AI 거점 프로젝트', 'PARTICIPATES_IN 다솜팜 -> 국가 AI 거점 프로젝트'],
  },
  {
    // one organisation a row under a role column, the field cell repeated where the page had spanned it: a lead's row opens a
    // team, the member rows after it join it; a hospital is no company; one lead's other programme says nothing of the table
    cat: "consortium table with a role column ('분야 | 구분 | 기관명': '주관 | A', '참여 | B'); a single lead's other programme is not the table's",
    text: [
      "행정안전부는 「공공 AI 전환 실증 사업」 수행 컨소시엄 2곳을 선정했다고 밝혔다. 한빛로지는 「국가 AI 거점 프로젝트」에도 참여하고 있다.",
      '붙임 선정 결과',
      '분야 | 구분 | 기관명 | 비고',
      '물류 | 주관 | 한빛로지 | 신규',
      '물류 | 참여 | 가온모빌리티 | 신규',
      '물류 | 참여 | 새봄대학교병원 | 신규',
      '농업 | 주관 | 다솜팜 | 신규',
      '농업 | 참여 | 누리센서 | 신규',
    ].join('\n\n'),
    expect: ['PARTNERS_WITH 한빛로지 -> 가온모빌리티', 'PARTNERS_WITH 다솜팜 -> 누리센서'],
    absent: ['PARTNERS_WITH 한빛로지 -> 누리센서', 'PARTNERS_WITH 다솜팜 -> 가온모빌리티', 'PARTICIPATES_IN 다솜팜 -> 국가 AI 거점 프로젝트', 'PARTICIPATES_IN 누리센서 -> 국가 AI 거점 프로젝트'],
    noNodes: ['Company:새봄대학교병원'],
  },
  {
    // (h69_01: a light model's sentence with no subject, its size between the verb and the name)
    cat: "'Y를 증류 방식으로 압축한 N억 파라미터 규모의 X': X is based on Y",
    text: "누리별은 작은 모델도 내놨다. 바람-X 2를 지식 증류 기법으로 줄인 30억 파라미터급의 '바람-X 2 라이트'다.",
    expect: ['BASED_ON 바람-X 2 라이트 -> 바람-X 2'],
  },
  {
    // (h69_01: the members listed before "에 더해" join the team as the new one does)
    cat: "'A 컨소시엄에는 기존 참여사인 B, C에 더해 D가 합류했다': B, C and D all partner with A",
    text: "업스테이지는 '독자 AI 파운데이션 모델 프로젝트' 2차 평가를 통과했다. 업스테이지 컨소시엄에는 기존 참여사인 와이즈넛, 마키나락스에 더해 올해 스타트업 올거나이즈가 새로 합류했다.",
    expect: ['PARTNERS_WITH 업스테이지 -> 와이즈넛', 'PARTNERS_WITH 업스테이지 -> 마키나락스', 'PARTNERS_WITH 업스테이지 -> 올거나이즈'],
  },
  {
    // (h69_02's press-kit answers: the company that answers is the omitted subject)
    cat: "an omitted subject that forms a consortium with a partner ('또 X와 컨소시엄을 꾸려 …') partners with it",
    text: '셀바스AI는 올해 새 모델을 공개했다. 또 마키나락스와 컨소시엄을 꾸려 제조 분야 사업에 함께 도전하고 있다.',
    expect: ['PARTNERS_WITH 셀바스AI -> 마키나락스'],
  },
  {
    cat: "an omitted subject selected as a programme's supplier for years running ('P의 공급기업으로 3년 연속 선정돼') takes part in P",
    text: "셀바스AI는 올해 새 모델을 공개했다. 중소벤처기업부가 운영하는 '데이터 바우처 사업'의 공급기업으로 3년 연속 선정돼 소상공인 200곳에 서비스를 공급했다.",
    expect: ['PARTICIPATES_IN 셀바스AI -> 데이터 바우처 사업'],
  },
  {
    // (h69_03's profile: the model is the topic of one sentence, the next has no subject and says what it is)
    cat: "'X(alias)은 작년에 나왔다. Y를 바탕으로 … 학습한 N억 파라미터급 모델이다.': X is based on Y",
    text: "셀바스AI가 개발한 두 번째 모델 바다-S 2(Bada-S 2)는 지난해 10월 나왔다. 알리바바의 Qwen2.5-7B를 바탕으로 상담 기록을 추가 학습한 70억 파라미터급 모델이다.",
    expect: ['BASED_ON 바다-S 2 -> Qwen2.5-7B'],
  },
  {
    // (h69_02's FAQ: margins over a rival, not the focus model's scores)
    cat: "'Z와 비교하면 KMMLU에서 3.1점, HRM8K에서 0.9점 앞선다': margins, not the focus model's scores",
    text: "셀바스AI는 새 모델 바다-S 3을 공개했다. 바다-S 3은 사내 문서 요약에 맞춘 모델이다. 비슷한 크기의 엑사원 3.5 32B와 비교하면 KMMLU에서 3.1점, 수학 평가 HRM8K에서 0.9점 앞선다.",
    absent: ['SCORED 바다-S 3 -> KMMLU', 'SCORED 바다-S 3 -> HRM8K'],
  },
];

describe('set 69 page shapes', () => {
  it.each(rows.map((r) => [r.cat, r] as const))('%s', (_cat, row) => checkFactRow(row));
});
