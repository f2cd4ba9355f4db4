/**
 * Generalisation rows for the forms first met in held-out set 112: an alliance formed with a counted list of
 * companies ("A·B·C 등 3개사와 '… 얼라이언스'를 결성했다"), a company's common short name, and more below.
 * Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // a counted list of partners before "와", an alliance formed after a release in the same sentence
  {
    cat: 'partners.counted-list',
    text: "누리랩스(대표 김민수)는 사무용 언어모델 '누리 3'을 5일 출시하고, 가온소프트·별빛데이터·한빛테크 등 3개사와 '행정 AI 얼라이언스'를 결성했다고 밝혔다.",
    expect: ['PARTNERS_WITH 가온소프트 -> 누리랩스', 'PARTNERS_WITH 누리랩스 -> 별빛데이터', 'PARTNERS_WITH 누리랩스 -> 한빛테크'],
  },
  {
    cat: 'partners.counted-list',
    text: '다온테크는 가람은행, 모아증권 등 2곳과 금융 AI 협의체를 꾸렸다.',
    expect: ['PARTNERS_WITH 다온테크 -> 모아증권', 'PARTNERS_WITH 가람은행 -> 다온테크'],
  },
  // an alliance the company decided not to form is no partnership
  {
    cat: 'partners.counted-list',
    text: '다온테크는 가람은행, 모아증권 등 2곳과 얼라이언스를 결성하지 않기로 했다.',
    absent: ['PARTNERS_WITH 다온테크 -> 모아증권', 'PARTNERS_WITH 가람은행 -> 다온테크'],
  },
  // a company's common short name is the same company
  {
    cat: 'gazetteer.short-name',
    text: '더존비즈온은 회계 모델을 공개했다. 더존은 이 모델을 자사 서비스에 붙인다.',
    nodes: ['Company:더존비즈온'],
    noNodes: ['Company:더존'],
  },
  // a model the sentence is about was selected for a programme: its maker takes part, not the company named before
  {
    cat: 'participates.omitted-subject',
    text: "가온소프트는 사무용 모델 '가온 2'를 공개했다. 다만 누리테크는 자체 모델 '누리 LLM'을 따로 공급한다. 가온 2는 정보화진흥원이 주관하는 '행정 AI 시범사업'에 선정돼 내년부터 적용된다.",
    expect: ['PARTICIPATES_IN 가온소프트 -> 행정 AI 시범사업'],
    absent: ['PARTICIPATES_IN 누리테크 -> 행정 AI 시범사업'],
  },
  {
    cat: 'participates.omitted-subject',
    text: "가람랩스는 '바다 3'을 공개했다. 누리테크는 자체 모델을 공급한다. 바다 3은 '행정 AI 시범사업'에 선정됐다.",
    expect: ['PARTICIPATES_IN 가람랩스 -> 행정 AI 시범사업'],
    absent: ['PARTICIPATES_IN 누리테크 -> 행정 AI 시범사업'],
  },
  {
    cat: 'participates.omitted-subject',
    text: "□ 가람랩스는 '바다 3'을 공개했다.\n\n□ 누리테크는 자체 모델을 공급한다.\n\n□ 바다 3은 '행정 AI 시범사업'에 선정돼 내년부터 쓰인다.",
    expect: ['PARTICIPATES_IN 가람랩스 -> 행정 AI 시범사업'],
    absent: ['PARTICIPATES_IN 누리테크 -> 행정 AI 시범사업'],
  },
  // "X는 올해 초 TITLE로 영입한 NAME 전 Y …가": hired into the post, a former employer after the name
  {
    cat: 'works-for.hired-into-post-adnominal',
    text: '가온소프트는 새 모델을 공개했다. 한편 가온소프트는 올해 초 최고기술책임자(CTO)로 영입한 박지훈 전 네이버클라우드 연구소장이 개발을 총괄했다.',
    expect: ['WORKS_FOR 박지훈 -> 가온소프트'],
    edgeProps: ['WORKS_FOR 박지훈 -> 가온소프트 title=최고기술책임자'],
  },
  {
    cat: 'works-for.hired-into-post-adnominal',
    text: '누리테크는 지난해 연구소장으로 선임한 김하늘 박사가 새 모델 개발을 이끌었다고 밝혔다.',
    expect: ['WORKS_FOR 김하늘 -> 누리테크'],
  },
  // "‘Y for Field’": a known model's edition for a field, a model of its own built on it, however many words Y has
  {
    cat: 'discover.quoted-edition',
    text: "업스테이지가 자사 언어모델 '솔라 프로 2'에 의료 데이터를 추가 학습한 '솔라 프로 2 for Medical'을 27일 공개했다.",
    expect: ['DEVELOPED 업스테이지 -> 솔라 프로 2 for Medical', 'BASED_ON 솔라 프로 2 for Medical -> 솔라 프로 2'],
    nodes: ['Model:솔라 프로 2 for Medical'],
  },
  // "‘COMPANY 전용 MODEL’": a company's own edition of a known model, built on it
  {
    cat: 'discover.company-edition',
    text: "LG유플러스는 구글과 손잡고 GPT-4o에 상담 데이터를 추가 학습한 'LG유플러스 전용 GPT-4o'를 만들어 사내에 적용했다.",
    expect: ['DEVELOPED LG유플러스 -> LG유플러스 전용 GPT-4o', 'BASED_ON LG유플러스 전용 GPT-4o -> GPT-4o'],
    absent: ['DEVELOPED LG유플러스 -> GPT-4o'],
  },
  // (a field before 전용 is a kind of model, not a company's edition)
  {
    cat: 'discover.company-edition',
    text: "LG유플러스는 '상담 전용 GPT-4o'를 사내에 적용했다.",
    noNodes: ['Model:상담 전용 GPT-4o'],
  },
  // "…을 내놨고, A는 B와 손잡았다": a contracted verb's connective ending before the comma is no party of the tie-up
  {
    cat: 'discover.coordinated-parties',
    text: "SK텔레콤은 새 모델을 내놨고, KT는 마이크로소프트와 손잡았다.",
    expect: ['PARTNERS_WITH KT -> 마이크로소프트'],
    noNodes: ['Company:내놨고'],
    absent: ['PARTNERS_WITH SK텔레콤 -> 마이크로소프트'],
  },
  {
    cat: 'discover.coordinated-parties',
    text: "가온랩스는 모델 평가를 마쳐 봤고, 누리테크는 마이크로소프트와 손잡았다.",
    noNodes: ['Company:봤고'],
  },
  // the edition's company is its developer even where no verb of the sentence says so
  {
    cat: 'developed.namesake',
    text: "LG유플러스는 자체 모델 '누리 3.0'과 구글과 손잡고 만든 'LG유플러스 전용 GPT-4o'를 함께 운영한다.",
    expect: ['DEVELOPED LG유플러스 -> LG유플러스 전용 GPT-4o'],
  },
  // "Y에서 (지식) 증류 방식으로 만든", "Y 본 모델에서 …": distilled from the base, the way named before the particle
  {
    cat: 'based-on.lightened',
    text: '엑사원 4.0 미니는 엑사원 4.0 본 모델에서 지식 증류 방식으로 만든 모델로, 기기 안에서 돌아가도록 설계됐다.',
    expect: ['BASED_ON 엑사원 4.0 미니 -> 엑사원 4.0'],
  },
  {
    cat: 'based-on.lightened',
    text: '누리 2 나노는 누리 2에서 지식 증류 방식으로 만든 모델이다.',
    expect: ['BASED_ON 누리 2 나노 -> 누리 2'],
  },
  {
    cat: 'based-on.lightened',
    text: '엑사원 4.0 미니는 엑사원 4.0 본 모델에서 증류 방식으로 만든 모델이 아니다.',
    absent: ['BASED_ON 엑사원 4.0 미니 -> 엑사원 4.0'],
  },
  // "X은 …지만, 후속작인 Y는 …": the successor in apposition after a clause about the earlier model
  {
    cat: 'succeeds.topic-then-successor-apposition',
    text: '누리랩스가 지난달 공개한 첫 모델 \'누리-1\'은 자체 모델이다. 김 CTO는 "누리-1은 남의 모델 위에 지은 집이지만, 후속작인 누리-2는 처음부터 우리 데이터로 학습할 것"이라고 밝혔다.',
    expect: ['SUCCEEDS 누리-2 -> 누리-1'],
  },
  // (a model named between, the topic of its own clause, is the one the successor follows)
  {
    cat: 'succeeds.topic-then-successor-apposition',
    text: "가온 3은 작년에 나왔다. 가온 3이 약점으로 지적되자 경쟁사 누리 2는 인기를 끌었고, 후속 모델인 가온 4는 처음부터 자체 학습했다.",
    absent: ['SUCCEEDS 가온 4 -> 가온 3'],
  },
  // a group before 계열사/그룹사 only says whose affiliates a noun phrase is about: no company (not the group's electronics firm)
  {
    cat: 'company.group-of-affiliates',
    text: '가온데이터는 한빛클라우드와 손잡고 삼성 계열사 고객 문의 데이터로 상담 모델을 학습했다. SK 그룹사 직원들도 이 모델을 쓴다.',
    noNodes: ['Company:삼성', 'Company:삼성전자', 'Company:SK 그룹', 'Company:SK그룹'],
    nodes: ['Company:가온데이터'],
  },
  {
    cat: 'company.group-of-affiliates',
    text: 'LG 계열사와 협력해 온 누리랩스는 새 모델을 공개했다.',
    // (계열사 with its own particle is the phrase's head: the group stays)
    nodes: ['Company:누리랩스', 'Company:LG'],
  },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});
