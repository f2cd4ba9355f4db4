/**
 * Generalisation rows for layouts and phrasings met in blind set 153: a quoted programme named by its cohort
 * ("'X' 3기 기업"), a selection table with a head column ("기업명 | 대표 | …") or a research-topic column,
 * members named before the consortium they joined, and words that name no company. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // a quoted name with a cohort of selected companies after it is a programme; the official who announces it promotes it
  {
    cat: 'policy.quoted-cohort',
    text: "부산시가 해양 분야 AI 기업을 키우려고 'AI 오션 챌린지' 3기 기업 8곳을 뽑았다. 바다결AI와 물소리랩이 포함됐다.\n\n정하늘 부산시 미래산업국장은 \"AI 오션 챌린지를 내년에도 이어 가겠다\"고 말했다.",
    nodes: ['Policy:AI 오션 챌린지'],
  },
  {
    cat: 'policy.quoted-cohort',
    text: "대전시는 'AI 연구 스테이지' 2기 참여 스타트업 모집을 시작했다.",
    nodes: ['Policy:AI 연구 스테이지'],
  },
  // … not a quoted model name with a number after it that selects no one
  {
    cat: 'policy.quoted-cohort',
    text: "가온소프트는 '가온 마루' 2기 모델의 학습을 마쳤다고 밝혔다.",
    noNodes: ['Policy:가온 마루'],
  },
  // a selection table with a head column: each company takes part, its head works for it as 대표 (a foreign name glossed in Latin too)
  {
    cat: 'participates.selection-table (head column)',
    text: "광주시가 'AI 남도 챌린지' 2기 기업을 확정했다.\n\nAI 남도 챌린지 2기 선정 기업\n\n기업명 | 대표 | 분야 | 주요 제품·서비스\n\n누리결AI | 서다온 | 의료 | 진료 요약 앱\n\n바람소프트 | 에밀리 박(Emily Park) | 물류 | 배차 최적화\n\n선정 기업은 1년 동안 GPU를 지원받는다.",
    expect: [
      'PARTICIPATES_IN 누리결AI -> AI 남도 챌린지', 'PARTICIPATES_IN 바람소프트 -> AI 남도 챌린지',
      'WORKS_FOR 서다온 -> 누리결AI', 'WORKS_FOR 에밀리 박 -> 바람소프트',
    ],
    edgeProps: ['WORKS_FOR 서다온 -> 누리결AI title=대표'],
    noNodes: ['Company:대표', 'Company:의료'],
  },
  // … and no head where the table's title selects nothing for a programme
  {
    cat: 'participates.selection-table (head column)',
    text: "광주시가 'AI 남도 챌린지'를 공고했다.\n\n지역 AI 기업 주요 제품\n\n기업명 | 대표 | 분야\n\n누리결AI | 서다온 | 의료\n\n공고는 다음 달까지 이어진다.",
    absent: ['PARTICIPATES_IN 누리결AI -> AI 남도 챌린지', 'WORKS_FOR 서다온 -> 누리결AI'],
  },
  // a selection table whose other columns are a joint research topic and the professor in charge
  {
    cat: 'participates.selection-table (topic column)',
    text: "한빛대학교는 과기정통부의 'AI 인재 산학 지원사업' 참여 기업 명단을 확정했다.\n\nAI 인재 산학 지원사업 참여 기업\n\n참여 기업 | 공동 연구 주제 | 책임 교수\n\n가람데이터 | 의료 영상 분할 | 윤도겸\n\n솔빛AI | 음성 합성 경량화 | 배시온\n\n연구는 내년 3월 시작된다.",
    expect: ['PARTICIPATES_IN 가람데이터 -> AI 인재 산학 지원사업', 'PARTICIPATES_IN 솔빛AI -> AI 인재 산학 지원사업'],
    absent: ['WORKS_FOR 윤도겸 -> 가람데이터'],
  },
  // a committee roster's city office and agency head are no employers, a company is
  {
    cat: 'works-for.roster-row (public bodies)',
    text: "대구시가 AI 자문단을 꾸렸다.\n\n구분 | 성명 | 소속 및 직위\n\n위원 | 서도윤 | 가온데이터 대표\n\n위원 | 남궁훈 | 대구정보산업진흥원장\n\n위원 | 하지원 | 대구시 AI정책과장",
    expect: ['WORKS_FOR 서도윤 -> 가온데이터'],
    noNodes: ['Company:대구시', 'Company:대구정보산업진흥원장'],
  },
];

describe('generalise: set 153 layouts and phrasings', () => {
  it.each(rows.map((r) => [r.cat, r] as const))('%s', (_cat, row) => checkFactRow(row));
});
