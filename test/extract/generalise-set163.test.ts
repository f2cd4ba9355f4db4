/**
 * Generalisation rows for the forms first met in held-out set 163: a bill's long formal title proposed by a
 * lawmaker ("「… 및 지원에 관한 특별법안」을 5일 대표발의했다", "대표발의한 「…」", "「…법 일부개정법률안」"); a consortium
 * roster's second clause ("A가 참여기관으로, B가 신규 참여기관으로 합류"); a model "made with" a partner; a sentence whose
 * subject is an unnamed firm ("… 떨어진 곳도 있다") carries no topic; a consortium lead's joint development needs the joint
 * word in its own clause; a bare round of evaluation ("1·2차 평가에는 … 참여") and a role selected ("수요기업으로 선정됐던")
 * stand for the article's programme. Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // a bill's formal title, longer than other names, proposed by a lawmaker: a policy the lawmaker promotes
  {
    cat: 'promotes.bill-formal-title',
    text: '국회 과학기술정보방송통신위원회 소속 박하늘 의원(무소속, 서울 마포구을)은 국가 차원의 데이터 확보 목표를 법률에 명시하고, 지역 데이터센터에 세제 특례를 부여하는 「데이터 인프라 확충 및 지원에 관한 특별법안」(이하 ‘데이터 인프라 특별법’)을 5일 대표발의했다고 밝혔다.',
    nodes: ['Policy:데이터 인프라 확충 및 지원에 관한 특별법안'],
    expect: ['PROMOTES 박하늘 -> 데이터 인프라 확충 및 지원에 관한 특별법안'],
  },
  {
    cat: 'promotes.bill-formal-title',
    text: '국회 상임위는 4일 소위원회를 열고 무소속 김새벽 의원이 대표발의한 「양자 소프트웨어 산업 진흥 및 인재 양성 지원에 관한 특별법안」을 의결했다.',
    nodes: ['Policy:양자 소프트웨어 산업 진흥 및 인재 양성 지원에 관한 특별법안'],
    expect: ['PROMOTES 김새벽 -> 양자 소프트웨어 산업 진흥 및 인재 양성 지원에 관한 특별법안'],
  },
  // an amendment bill is a policy of its own, not the law it amends
  {
    cat: 'promotes.bill-formal-title',
    text: '「데이터 기본법」 시행령은 내년에 바뀐다. 박하늘 의원이 발의한 「데이터 기본법 일부개정법률안」이 국회를 통과하면 바로 작업에 들어간다.',
    nodes: ['Policy:데이터 기본법 일부개정법률안'],
    expect: ['PROMOTES 박하늘 -> 데이터 기본법 일부개정법률안'],
    absent: ['PROMOTES 박하늘 -> 데이터 기본법'],
  },
  // a bill only being considered for co-sponsorship, or a lawmaker who did not propose it
  {
    cat: 'promotes.bill-formal-title',
    text: '박하늘 의원은 지역 데이터센터에 세제 특례를 부여하는 「데이터 인프라 확충 및 지원에 관한 특별법안」을 대표발의하지 않았다.',
    absent: ['PROMOTES 박하늘 -> 데이터 인프라 확충 및 지원에 관한 특별법안'],
  },
  // the second clause of a consortium's roster: the member joining anew takes part and partners the lead
  {
    cat: 'participates.consortium-roster-second-clause',
    text: '「국가 데이터 허브 사업」 2차 평가 결과가 나왔다. 가온텔레콤 컨소시엄에는 누리소프트와 솔빛랩이 참여기관으로, 물류 전문기업 ‘한결로지스’가 신규 참여기관으로 합류하였다.',
    expect: ['PARTICIPATES_IN 한결로지스 -> 국가 데이터 허브 사업', 'PARTNERS_WITH 가온텔레콤 -> 한결로지스', 'PARTICIPATES_IN 누리소프트 -> 국가 데이터 허브 사업'],
  },
  {
    cat: 'participates.consortium-roster-second-clause',
    text: '「국가 데이터 허브 사업」 2차 평가 결과가 나왔다. 가온텔레콤 컨소시엄에는 누리소프트와 솔빛랩이 참여기관으로, 물류 전문기업 ‘한결로지스’가 신규 참여기관으로 합류하지 않았다.',
    absent: ['PARTICIPATES_IN 한결로지스 -> 국가 데이터 허브 사업', 'PARTNERS_WITH 가온텔레콤 -> 한결로지스'],
  },
  // a model "made with" a partner: the partner develops it too, beside the maker
  {
    cat: 'developed.model-made-with-company',
    text: '가온소프트는 ‘누리-2’를 바탕으로 추가 학습한 ‘누리-코더 7B’를 공개했다. 가온소프트 측은 “누리-코더는 한빛데이터와 함께 만든 모델”이라고 밝혔다.',
    expect: ['DEVELOPED 한빛데이터 -> 누리-코더 7B', 'DEVELOPED 가온소프트 -> 누리-코더 7B'],
  },
  {
    cat: 'developed.model-made-with-company',
    text: '가온소프트는 ‘누리-코더 7B’를 공개했다. 가온소프트 측은 “누리-코더는 한빛데이터와 함께 만든 모델이 아니다”라고 밝혔다.',
    absent: ['DEVELOPED 한빛데이터 -> 누리-코더 7B'],
  },
  // a sentence whose subject is an unnamed firm ("… 떨어진 곳도 있다") says nothing of the topic before it
  {
    cat: 'clause.unnamed-subject',
    text: "「국가 데이터 허브 사업」 1차 선정 결과가 나왔다. 가온소프트는 “이번 사업에는 참여하지 않는다”는 입장이다. 1차 공모에 신청했다가 떨어진 곳도 있다. 스타트업 '누리온'이 주관한 컨소시엄은 서면평가에서 탈락했다.",
    absent: ['PARTICIPATES_IN 가온소프트 -> 국가 데이터 허브 사업'],
  },
  // a consortium lead's joint development: the joint word in a later, unrelated clause does not make the lead a developer
  {
    cat: 'developed.consortium-lead-joint-clause',
    text: "가온텔레콤 컨소시엄이 제출한 ‘가온-K2’ 모델이 미국 누리AI의 ‘누리-V3’를 기반으로 개발되었다는 주장에 대해, 정부는 검증 결과를 3차 평가와 함께 공개할 예정이다.",
    absent: ['DEVELOPED 가온텔레콤 -> 누리-V3'],
  },
  {
    cat: 'developed.consortium-lead-joint-clause',
    text: "가온텔레콤 컨소시엄에는 누리소프트와 솔빛랩이 참여해 ‘가온-K2’를 공동 개발하고 있다.",
    expect: ['DEVELOPED 가온텔레콤 -> 가온-K2'],
  },
  // a buyer selected in that role ("수요기업으로 선정됐던"), the programme the article is about, not a scheme named since
  {
    cat: 'references.role-selected',
    text: "농림부가 올해 도입한 '농업 AI 바우처 지원사업'의 첫 지원 대상이 확정됐다. 바우처와 별도로 과기정통부의 'GPU 임차 지원사업' 대상도 발표됐다. 한편 당초 수요기업으로 선정됐던 한 업체는 참여를 포기했고, 농림부는 과수 선별업체 '다솜청과'를 대신 선정했다.",
    absent: ['PARTICIPATES_IN 다솜청과 -> GPU 임차 지원사업'],
  },
  // a bare round of evaluation a company took part in is a round of the article's programme, even before a contrast
  {
    cat: 'references.bare-round',
    text: '「국가 데이터 허브 사업」 3차 평가가 열린다. 가온소프트는 지난 1·2차 평가에는 주관기관으로 참여하였으나, 이번 3차 단계부터는 참여하지 않는다.',
    expect: ['PARTICIPATES_IN 가온소프트 -> 국가 데이터 허브 사업'],
  },
  {
    cat: 'references.bare-round',
    text: '「국가 데이터 허브 사업」 3차 평가가 열린다. 가온소프트는 2차 평가에 참여하지 않았다.',
    absent: ['PARTICIPATES_IN 가온소프트 -> 국가 데이터 허브 사업'],
  },
  // a buyer and a supplier each named as the subject of the selection ("A가 수요기업, B가 공급기업으로 선정돼") both take part
  {
    cat: 'references.role-selected',
    text: "이번 구축은 과기정통부의 ‘AI 바우처 지원사업’을 통해 진행됐다. 다솜제약이 수요기업, 한결데이터가 공급기업으로 선정돼 구축비 절반을 지원받았다.",
    expect: ['PARTICIPATES_IN 한결데이터 -> AI 바우처 지원사업'],
  },
];

describe('generalise: set 163 forms', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkFactRow(row));
});
