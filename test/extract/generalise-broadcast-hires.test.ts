/**
 * Generalisation rows for phrasings met in a held-out set of common news layouts (business dailies,
 * wire copy, broadcast transcripts). Every sentence here is written for the tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  {
    cat: 'consortium.lends-a-hand',
    text: '정부가 \'K-클라우드 도약 사업\' 2차 단계평가를 시작했다. 네이버클라우드 컨소시엄에는 퓨리오사AI와 코난테크놀로지가, 카카오 컨소시엄에는 보안 기업인 마음AI가 힘을 보탰다.',
    expect: [
      'PARTNERS_WITH 퓨리오사AI -> 네이버클라우드', 'PARTNERS_WITH 코난테크놀로지 -> 네이버클라우드', 'PARTNERS_WITH 마음AI -> 카카오',
      'PARTICIPATES_IN 퓨리오사AI -> K-클라우드 도약 사업', 'PARTICIPATES_IN 마음AI -> K-클라우드 도약 사업',
    ],
  },
  {
    cat: 'consortium.lends-a-hand',
    text: '정부가 \'K-클라우드 도약 사업\' 심사를 마쳤다. 카카오 컨소시엄에는 마음AI가 가세했다.',
    expect: ['PARTNERS_WITH 마음AI -> 카카오'],
  },
  {
    cat: 'works-for.speaker-caption',
    text: '[인터뷰] 고은비 / 마음AI 대표\n\n"공문서를 다시 가르쳤습니다."',
    expect: ['WORKS_FOR 고은비 -> 마음AI'],
    nodes: ['Person:고은비'],
  },
  {
    cat: 'works-for.speaker-caption',
    text: '[인터뷰] 서하람 / 카카오 AI 전략 부사장 "외산 모델보다 비용이 덜 듭니다."',
    expect: ['WORKS_FOR 서하람 -> 카카오'],
    nodes: ['Person:서하람'],
  },
  {
    cat: 'benchmark.latin-prefix-hangul-core',
    text: '업스테이지의 솔라 프로 2는 법률 문서 이해 평가인 K-법률QA에서 81.5점을 받았다.',
    expect: ['SCORED 솔라 프로 2 -> K-법률QA'],
    nodes: ['Benchmark:K-법률QA'],
  },
  {
    cat: 'benchmark.latin-prefix-hangul-core',
    text: '업스테이지는 내부 평가로 K-공공 사업 적합도를 따졌다.',
    noNodes: ['Benchmark:K-공공'],
  },
  {
    cat: 'promotes.official-bare-programme',
    text: '정부는 소버린 AI 확보를 서두른다. 정부는 \'AI 바우처 지원사업\'에 참여한 업스테이지 등 12개 기업을 늘릴 계획이다. 사업을 총괄하는 홍지민 과학기술정보통신부 제1차관은 보안 기준도 마련하겠다고 밝혔다.',
    expect: ['PROMOTES 홍지민 -> AI 바우처 지원사업'],
  },
  {
    // "사업 실무를 총괄하는 A 정책관": the programme's work; a strategy named since is not what 사업 refers to
    cat: 'promotes.official-bare-programme',
    text: '과학기술정보통신부가 \'AI 물류 실증 사업\' 참여 기업 3곳을 골랐다. 홍지민 장관은 "이 사업을 소버린 AI 전략의 중심에 두겠다"고 말했다. 사업 실무를 총괄하는 윤서진 과기정통부 인공지능정책관은 점검을 강화하겠다고 밝혔다.',
    expect: ['PROMOTES 윤서진 -> AI 물류 실증 사업'],
  },
  {
    cat: 'promotes.official-bare-programme',
    text: '과학기술정보통신부가 \'AI 바우처 지원사업\' 2차 평가를 시작했다. 홍지민 과학기술정보통신부 장관은 이날 "하반기에는 지원 규모를 두 배로 늘리겠다"며 사업 일정을 직접 발표했다.',
    expect: ['PROMOTES 홍지민 -> AI 바우처 지원사업'],
  },
  {
    cat: 'promotes.official-bare-programme',
    text: '과학기술정보통신부가 \'AI 바우처 지원사업\' 2차 평가를 시작했다. 홍지민 업스테이지 대표는 이날 신규 사업을 직접 발표했다.',
    absent: ['PROMOTES 홍지민 -> AI 바우처 지원사업'],
  },
  {
    cat: 'based-on.focus-trained-further',
    text: '업스테이지는 다온-행정 1.0을 공개했다. LG AI연구원의 엑사원 4.0을 기반으로 공문서를 추가로 학습시켰다.',
    expect: ['BASED_ON 다온-행정 1.0 -> 엑사원 4.0'],
  },
  {
    cat: 'scored.topic-base-aside',
    text: '마음AI는 가람-코드 3를 공개했다. 가람-코드 3는 가람-코드 2에 금융 문서를 추가 학습한 모델로, 수학 벤치마크 GSM8K에서 77.3점을 기록했다.',
    expect: ['SCORED 가람-코드 3 -> GSM8K'],
    absent: ['SCORED 가람-코드 2 -> GSM8K'],
    edgeProps: ['SCORED 가람-코드 3 -> GSM8K score=77.3'],
  },
  {
    cat: 'participates.casualty-far-from-programme',
    text: '정부가 \'AI 바우처 지원사업\' 2차 평가를 시작했다. 장관은 일정을 직접 설명했다. 이번 평가는 현장 실증을 중시한다. 점수 비중도 바뀌었다. 심사위원도 늘었다.\n\n1차 평가에서 탈락한 코난테크놀로지는 이번 단계에 나서지 않는다.',
    expect: ['PARTICIPATES_IN 코난테크놀로지 -> AI 바우처 지원사업'],
  },
  {
    cat: 'works-for.hired-object',
    text: '마음AI는 음성 모델 사업을 키운다고 밝혔다. 최근에는 카카오가 마음AI의 모델을 도입했다. 임원진도 새로 꾸렸다. 리벨리온 출신 최고기술책임자(CTO) 하도윤 씨를 새로 영입했다.',
    expect: ['WORKS_FOR 하도윤 -> 마음AI'],
    absent: ['WORKS_FOR 하도윤 -> 리벨리온', 'WORKS_FOR 하도윤 -> 카카오'],
  },
  {
    cat: 'works-for.hired-object',
    text: '마음AI는 음성 모델 사업을 키운다고 밝혔다. 최고재무책임자(CFO) 하도윤 씨를 영입했다.',
    expect: ['WORKS_FOR 하도윤 -> 마음AI'],
  },
  {
    cat: 'works-for.takes-role',
    text: '퓨리오사AI에서 칩 설계를 이끌던 하도윤 박사가 내년 1월부터 리벨리온 최고기술책임자(CTO)를 맡는다.',
    expect: ['WORKS_FOR 하도윤 -> 리벨리온'],
  },
  {
    cat: 'works-for.takes-role',
    text: '남도훈 씨는 리벨리온 대표를 맡지 않는다.',
    absent: ['WORKS_FOR 남도훈 -> 리벨리온'],
  },
  {
    cat: 'based-on.focus-reinforcement',
    text: '업스테이지가 추론 모델 다온-R 2를 공개했다. 업스테이지는 자사 다온-베이스 3를 바탕으로 강화학습을 반복해 수학 실력을 높였다고 설명했다.',
    expect: ['BASED_ON 다온-R 2 -> 다온-베이스 3'],
  },
];

describe('generalisation rows (set-14 layouts and phrasings)', () => {
  it.each(rows.map((r, i) => ({ ...r, i })))('$cat #$i', (row) => checkFactRow(row));
});
