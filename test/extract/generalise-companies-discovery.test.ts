/**
 * Generalisation rows of generalise-companies: the 'discovery' rows.
 * The others are in the other generalise-companies-*.test.ts files. Each row is a short article written
 * for these tests, the facts it must give and the facts it must not give; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  {
    // a 주식회사 name ending in 인 before its gloss in parentheses keeps its last syllable (no copula: "주식회사 X인 (X Inc.)")
    cat: 'discovery.corporate-form-before-gloss',
    text: '회사명: 주식회사 누리마인 (Nurimain Inc.)\n대표이사: 한서진',
    nodes: ['Company:누리마인'],
    noNodes: ['Company:누리마'],
  },
  {
    // a company first named with a kind word ("… 시스템즈") is its first word alone later ("벨모어 CEO")
    cat: 'discovery.kind-word-short-name',
    text: '한국 AI 스타트업 하람AI가 미국 소프트웨어 업체 벨모어 시스템즈(Belmore Systems)와 손잡았다.\n\n마이클 토런스 벨모어 CEO도 성명을 통해 "기대가 크다"고 밝혔다.',
    expect: ['WORKS_FOR 마이클 토런스 -> 벨모어 시스템즈'],
    sameNode: ['벨모어 시스템즈=벨모어'],
  },
  {
    // Hangul glued to Latin letters after it ("…로AI") is part of one name: the known word before it ('가우디', a chip) does not end there
    cat: 'discovery.particle-like-syllable-before-latin',
    text: '스타트업 가우디로AI는 이번 평가에서 고배를 마셨다.',
    nodes: ['Company:가우디로AI'],
  },
  {
    // the subject of leading a consortium is a company, whatever its name
    cat: 'discovery.leads-consortium',
    text: '정부가 두 팀을 뽑았습니다. 먼저 누리봇틱스가 이끄는 컨소시엄입니다.',
    nodes: ['Company:누리봇틱스'],
  },
  {
    cat: 'discovery.leads-consortium',
    text: '가람솔루션이 주관한 물류 컨소시엄은 심사를 통과했다.',
    nodes: ['Company:가람솔루션'],
  },
  {
    // what a company has ("기업 데이터", "기업 코드") is no company named after the word
    cat: 'discovery.company-word-before-a-common-noun',
    text: "다온랩스는 '다온-7B'를 금융 기업 데이터와 공공 문서로 추가 학습시켰다. 이 모델은 국내 기업 코드와 설계서로 다시 학습했다.",
    expect: ['DEVELOPED 다온랩스 -> 다온-7B'],
    noNodes: ['Company:데이터', 'Company:코드'],
  },
  {
    // what a company publishes ("기업 보도자료", "기업 홈페이지에는") is no company either
    cat: 'discovery.company-word-before-a-common-noun',
    text: "'한국형 AI'는 요즘 스타트업 보도자료마다 나오는 말이다. 대부분의 기업 홈페이지에는 같은 문구가 걸려 있고, 기업 공시에도 등장한다.",
    noNodes: ['Company:보도자료', 'Company:홈페이지에', 'Company:홈페이지', 'Company:공시에도'],
  },
  {
    // a thing built, topicalised ("학습 데이터는 자체 구축했다"), is no builder company
    cat: 'discovery.self-built-thing',
    text: '다온랩스는 "기반 모델은 외산이지만 학습 데이터는 자체 구축했다"고 말했다. 가람솔루션도 평가 데이터셋은 직접 설계했다고 밝혔다. 토크나이저는 독자 개발했다.',
    noNodes: ['Company:데이터', 'Company:데이터셋', 'Company:토크나이저'],
  },
  {
    // a company word, then a name of several words glossed word for word in Latin: a company (foreign ones too)
    cat: 'discovery.glossed-multiword-name',
    text: '다래테크는 싱가포르 물류 기업 시나 로지스(Sina Logis)와 협약을 맺었다. 가온소프트는 베트남 IT 업체 반 타오 소프트(Van Thao Soft)와 손잡고 현지 모델을 만든다.',
    nodes: ['Company:시나 로지스', 'Company:반 타오 소프트'],
    props: ['시나 로지스=country:SG', '반 타오 소프트=country:VN'],
    expect: ['PARTNERS_WITH 가온소프트 -> 반 타오 소프트'],
  },
  {
    // a gloss of another length, or a common noun phrase, names no company
    cat: 'discovery.glossed-multiword-name',
    text: '다래테크는 국내 기업 금융 데이터(Finance Data)를 모았다. 가온소프트는 해외 기업 고객 상담(Customer Care Service)에 쓴다.',
    noNodes: ['Company:금융 데이터', 'Company:고객 상담'],
  },
  {
    // a Hangul name and its Latin spelling, both ending in a company suffix ("…랩(…Lab)", "…테크(…Tech)"), is a company
    cat: 'discovery.suffixed-latin-gloss',
    text: "노바랩(NovaLab)은 지난달 새 모델을 공개했다. 솔빛테크(Solbit Tech)와 다온소프트(DaonSoft)도 같은 시장을 노린다.",
    nodes: ['Company:노바랩', 'Company:솔빛테크', 'Company:다온소프트'],
  },
  {
    // a gloss whose suffix does not answer the Hangul one names no company
    cat: 'discovery.suffixed-latin-gloss',
    text: "연구팀은 파도랩(Pado Model)이라는 이름을 붙였다.",
    noNodes: ['Company:파도랩'],
  },
  {
    // a consortium led by an unnamed company is no company called 컨소시엄
    cat: 'discovery.unnamed-consortium',
    text: '신청했던 한 통신사 컨소시엄은 이번 심사에서 떨어졌다.',
    noNodes: ['Company:컨소시엄'],
  },
  // a name coordinated with a known company as the joint subject of a clause both do together is a company; a university is not
  {
    cat: 'discovery.coordinated-party',
    text: "한빛대 연구소와 가온데이터, 누리온강원은 공동 개발한 언어모델 '가온-7B'를 공개했다.",
    nodes: ['Company:누리온강원'],
    noNodes: ['Company:한빛대 연구소', 'Company:연구소'],
    expect: ['DEVELOPED 누리온강원 -> 가온-7B', 'PARTNERS_WITH 가온데이터 -> 누리온강원'],
  },
  {
    cat: 'discovery.coordinated-party',
    text: '가온데이터와 누리온은 제품 개발과 별도로 물류 서비스 공동 사업을 위한 협약도 맺었다.',
    nodes: ['Company:누리온'],
    expect: ['PARTNERS_WITH 가온데이터 -> 누리온'],
  },
  {
    cat: 'discovery.coordinated-party',
    text: '누리온과 KT가 함께 개발한 상담 모델이 나왔다.',
    nodes: ['Company:누리온'],
  },
  {
    cat: 'discovery.coordinated-party',
    text: '가온데이터와 한빛대는 공동 연구를 진행한다. 가온데이터와 누리온은 각자 모델을 내놨다.',
    noNodes: ['Company:한빛대', 'Company:누리온'],
  },
  // "…에이아이랩", "…AI랩": a name ending in an AI lab word is a company, even where no company word stands before it
  {
    cat: 'discovery.ai-lab-suffix',
    text: "지역 기업 가운데서는 한밭에이아이랩이 단독으로 선정됐다. 이 회사는 지난 9일 소형 모델 '한밭-1B'를 오픈소스로 공개했다. 박지원 한밭에이아이랩 최고기술책임자는 \"성능에 자신 있다\"고 말했다.",
    nodes: ['Company:한밭에이아이랩'],
    expect: ['DEVELOPED 한밭에이아이랩 -> 한밭-1B', 'WORKS_FOR 박지원 -> 한밭에이아이랩'],
  },
  {
    cat: 'discovery.ai-lab-suffix',
    text: "누리AI랩은 새 모델 '누리-3'를 내놨다.",
    nodes: ['Company:누리AI랩'],
  },
  {
    // ('…브레인' like '…마인드', '…인텔리전스': a company by its suffix, two syllables or more before it)
    cat: 'discovery.brain-suffix',
    text: "스타트업의 반격이 시작됐다. 솔결브레인은 7월 700억 개 매개변수 모델 '솔결 2 70B'를 공개했다.",
    expect: ['DEVELOPED 솔결브레인 -> 솔결 2 70B'],
    nodes: ['Company:솔결브레인'],
  },
  // a university or institute with its president in parentheses, then its research unit as the subject of a making: the
  // institute (one entity with its unit) made the model; a unit that makes nothing is no company
  { cat: 'companies.presided-unit', text: "제목\n\n가람과학기술원(총장 ○○○) AI법률연구소는 AI 스타트업 누리브릿지와 함께 언어모델 'GARAM-Law 2'를 공동 개발해 지난 3일 공개했다고 5일 밝혔다.", expect: ['DEVELOPED 가람과학기술원 -> GARAM-Law 2', 'PARTNERS_WITH 가람과학기술원 -> 누리브릿지'], sameNode: ['AI법률연구소=가람과학기술원'] },
  { cat: 'companies.presided-unit', text: "제목\n\n가람대학교(총장 김하늘) 데이터지능연구소가 언어모델 'GARAM-Law 2'를 개발했다.", expect: ['DEVELOPED 가람대학교 -> GARAM-Law 2'] },
  { cat: 'companies.presided-unit', text: '제목\n\n가람과학기술원(총장 ○○○) AI법률연구소는 지난 3일 세미나를 열었다.', noNodes: ['Company:가람과학기술원', 'Company:AI법률연구소'] },
];

describe('company rows (gazetteer entries, countries)', () => {
  it.each(rows.map((r, i) => ({ ...r, i })))('$cat #$i', (row) => checkFactRow(row));
});
