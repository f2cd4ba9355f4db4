/**
 * Generalisation rows of generalise-companies: the 'company' rows.
 * The others are in the other generalise-companies-*.test.ts files. Each row is a short article written
 * for these tests, the facts it must give and the facts it must not give; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  {
    // a startup named as the object of founding or buying: the word after "스타트업" is a company
    cat: 'company.startup-founded-object',
    text: '두 연구자는 지난해 AI 스타트업 누빔랩을 설립했다.',
    nodes: ['Company:누빔랩'],
  },
  {
    cat: 'company.startup-founded-object',
    text: '카카오는 스타트업 모아시스를 인수했다고 밝혔다.',
    nodes: ['Company:모아시스'],
  },
  {
    cat: 'company.startup-founded-object',
    text: '그는 대학 동기와 스타트업 하늘결을 공동 창업한 뒤 투자를 받았다.',
    nodes: ['Company:하늘결'],
  },
  {
    // … not any object after the word ("스타트업 투자를", "스타트업 육성을")
    cat: 'company.startup-founded-object',
    text: '정부는 스타트업 육성을 늘리고 스타트업 투자를 확대한다.',
    noNodes: ['Company:육성', 'Company:투자'],
  },
  {
    // the subject of partnering with a known company is a company itself
    cat: 'company.partner-subject',
    text: '새로 문을 연 루미엘로는 네이버클라우드와 컨소시엄을 꾸려 사업에 지원했다.',
    nodes: ['Company:루미엘로'],
    expect: ['PARTNERS_WITH 루미엘로 -> 네이버클라우드'],
  },
  {
    cat: 'company.partner-subject',
    text: '한편 카이로스텍은 KT와 손잡고 물류 특화 모델을 만든다.',
    nodes: ['Company:카이로스텍'],
  },
  {
    cat: 'company.partner-subject',
    text: '올해 설립된 Brightwell은 카카오와 업무협약을 맺었다.',
    nodes: ['Company:Brightwell'],
  },
  {
    // … not a generic subject ("정부는", "업계는") nor a university
    cat: 'company.partner-subject',
    text: '정부는 카카오와 협약을 맺었다. 서울대학교는 네이버와 공동 연구를 한다. 스타트업들은 KT와 손잡았다.',
    noNodes: ['Company:정부', 'Company:서울대학교', 'Company:스타트업들'],
  },
  {
    // a plural noun after a company word is people, not a company
    cat: 'company.plural-after-company-word',
    text: "행사에 오른 국내 AI 기업 수장들은 '에이전트'를 외쳤다. 스타트업 대표들이 자리를 채웠고 기업 임원들도 참석했다.",
    noNodes: ['Company:수장들', 'Company:대표들', 'Company:임원들'],
  },
  {
    // a sentence defining its topic as a company names a company ("X는 … 스타트업이다")
    cat: 'company.defined-as',
    text: '하늬솔루션은 2023년 판교에서 문을 연 음성 AI 스타트업이다. 하늬솔루션의 정다빈 최고기술책임자는 말했다.',
    nodes: ['Company:하늬솔루션'],
    expect: ['WORKS_FOR 정다빈 -> 하늬솔루션'],
  },
  {
    cat: 'company.defined-as',
    text: "Quillmark는 의료 문서 요약 모델을 만드는 개발사다. Quillmark는 새 모델 '퀼-M 2'를 공개했다.",
    nodes: ['Company:Quillmark'],
    expect: ['DEVELOPED Quillmark -> 퀼-M 2'],
  },
  {
    cat: 'company.defined-as',
    text: '가온누리는 국내 제조 현장에 특화된 언어모델을 공급하는 기업입니다.',
    nodes: ['Company:가온누리'],
  },
  {
    // … not a pronoun, a plural, a generic subject or an institution
    cat: 'company.defined-as',
    text: '이곳은 판교의 스타트업이다. 참가사들은 모두 AI 기업이다. 서울대학교는 연구 중심 기관이다. 스타트업은 작은 회사다.',
    noNodes: ['Company:이곳', 'Company:참가사들', 'Company:서울대학교', 'Company:스타트업'],
  },
  {
    // the outcome a sentence opens on before a list of unknown names ("집계 결과, A, B가 …") is no company; the names are
    cat: 'company.list-after-outcome',
    text: "심사 결과, 라온마인드, 벼리랩, 도담소프트가 본선에 진출했다. 라온마인드의 '라온 5'는 KMMLU에서 58.4점을 받았다.",
    nodes: ['Company:라온마인드', 'Company:벼리랩', 'Company:도담소프트'],
    noNodes: ['Company:결과'],
  },
  {
    cat: 'company.list-after-outcome',
    text: "이번 집계에서 순위, 벼리랩, 도담소프트 순으로 정리됐다는 설명이다. 그 결과, 가온테크와 벼리랩이 상위권에 들었다.",
    noNodes: ['Company:결과', 'Company:순위'],
  },
  {
    // "스마트조선 얼라이언스", "시스템반도체 산업이": a company suffix heading a sector or body names no company
    cat: 'company.sector-compound',
    text: "한빛중공업은 '스마트조선 얼라이언스'에 가입했다. 시스템반도체 산업이 커지면서 한빛중공업도 AI 모델 '바다-7B'를 공개했다.",
    noNodes: ['Company:스마트조선', 'Company:시스템반도체'],
    nodes: ['Company:한빛중공업'],
  },
  {
    // "국내 기업들이 자체 개발한": a plural generic noun as the builder is no company's name
    cat: 'company.plural-generic-builder',
    text: "박람회에서는 국내 기업들이 자체 개발한 언어모델을 선보였다. 스타트업 누리실드는 탐지 모델 '실드넷'을 공개했다.",
    noNodes: ['Company:기업들'],
    nodes: ['Company:누리실드'],
  },
  {
    // "법무법인 X", "회계법인 X": a firm named after its legal form is a company (here a partner)
    cat: 'company.law-firm',
    text: "스타트업 다온로직은 법무법인 한결과 업무협약을 맺고 계약 검토 에이전트를 공동 개발하고 있다.",
    // (named as written, "법무법인 한결", and known by its bare name too)
    nodes: ['Company:법무법인 한결'],
    sameNode: ['법무법인 한결=한결'],
    expect: ['PARTNERS_WITH 다온로직 -> 한결'],
  },
  // a professional firm named with its legal form ("법무법인 X", "특허법인 X") is called so as written: the form is part of its name
  {
    cat: 'company.law-firm',
    text: "가람소프트는 계약서 데이터셋을 법무법인 한빛누리와 함께 구축했다.",
    nodes: ['Company:법무법인 한빛누리'],
    expect: ['PARTNERS_WITH 가람소프트 -> 법무법인 한빛누리'],
  },
  {
    // a kind of bank ("인터넷전문은행", "저축은행") is no company; the internet-only banks are
    cat: 'company.bank-kinds',
    text: '인터넷전문은행은 핀테크 스타트업과 손잡았다. 토스뱅크는 AI 스타트업 다온랩스와 업무협약을 맺었다.',
    noNodes: ['Company:인터넷전문은행'],
    expect: ['PARTNERS_WITH 다온랩스 -> 토스뱅크'],
    props: ['토스뱅크=country:KR'],
  },
  {
    cat: 'company.bank-kinds',
    text: "케이뱅크는 한빛AI의 '별빛 3'을 도입한다.",
    nodes: ['Company:케이뱅크'],
  },
  { cat: 'company.suffixed-possessive-person', text: '가온랩스의 김하늘 CTO는 "성능이 좋다"고 말했다.', nodes: ['Company:가온랩스'], expect: ['WORKS_FOR 김하늘 -> 가온랩스'] },
  // a verb's connective ending before 컨소시엄 is no consortium lead; "에도" after a kind word's name is its particle
  { cat: 'company.not-connective-ending', text: '중도 포기 팀이 생기면서 컨소시엄 구성도 바뀌었다. 솔빛랩스는 보안 전문기업 누리가드에도 참여를 제안했다.', noNodes: ['Company:생기면서', 'Company:누리가드에'], nodes: ['Company:누리가드'] },
  {
    // a writer's own company defined with its Latin spelling ("우리 회사 X(Latin)는 … 스타트업이다") is a company, and makes its model
    cat: 'company.defined-own-with-gloss',
    text: "우리 회사 다온브릭(Daonbrick)은 대구에 있는 직원 30명 남짓의 AI 스타트업이다. 지난달 다온브릭의 첫 모델 '다온-S 9B'를 공개했다.",
    nodes: ['Company:다온브릭'],
    sameNode: ['다온브릭=Daonbrick'],
    expect: ['DEVELOPED 다온브릭 -> 다온-S 9B'],
  },
  {
    cat: 'company.defined-own-with-gloss',
    text: "저희 회사 가람누리(Garamnuri)는 제조 현장의 비전 모델을 만드는 회사입니다.",
    nodes: ['Company:가람누리'],
  },
  {
    // a predicate's connective ending after a company word ("흔한 스타트업 이야기겠지만,") names no company
    cat: 'company.not-connective-ending',
    text: "누군가에게는 흔한 스타트업 이야기겠지만, 모델을 직접 만드는 일은 여전히 드물다. 대기업 사정이지만, 다들 GPU가 모자란다.",
    noNodes: ['Company:이야기겠지만', 'Company:사정이지만'],
  },
  {
    // "합작법인(JV) 'X'": a gloss in parentheses between the noun and the name of the company being set up
    cat: 'company.founded-with-gloss',
    text: "누리랩스는 지난 5일 한결유통과 물류 AI 합작법인(JV) '로지누리'를 설립하는 계약을 맺었다.",
    nodes: ['Company:로지누리'],
  },
  // a release's boilerplate heading "About X AI": the company is X AI, the heading word no part of it
  {
    cat: 'company.latin-heading-word',
    text: "세피라AI는 새 모델을 출시했다.\n\nAbout Norvale AI\nFounded in 2021 in Austin, Norvale AI is an AI research company.",
    nodes: ['Company:Norvale AI'],
    noNodes: ['Company:About Norvale AI'],
  },
  {
    // an association that built something itself ("포럼이 자체 개발한 벤치마크") is no company
    cat: 'company.association-builder',
    text: "한국생성AI포럼(이하 포럼)은 조사 결과를 발표했다. 평가에는 포럼이 자체 개발한 벤치마크 '누리워크 2027'을 썼다.",
    noNodes: ['Company:포럼'],
  },
  {
    // a booth at a fair ('중국 기업 부스는'), no company named '부스'; the exhibitor's own model stays its own
    cat: 'company.fair-booth-word',
    text: "AI 전시회가 개막했다. 외국 기업 부스는 알리바바클라우드 한 곳뿐이었다. 참가 업체 전시관에서는 관람객이 몰렸다. 국내 스타트업 한빛소프트 부스에서 관람객이 이 회사가 자체 개발한 모델 '한빛-V 2'를 써 보고 있다.",
    noNodes: ['Company:부스', 'Company:전시관'],
    expect: ['DEVELOPED 한빛소프트 -> 한빛-V 2'],
  },
  {
    // a short form defined in parentheses ("다온시스템(이하 다온)은"), where no rule reads the long name itself:
    // one company under both names, whatever its sentences say of either
    cat: 'company.defined-short-form',
    text: "다온시스템(이하 다온)은 30일 언어모델 '다온-K 3'를 공개했다. 한서윤 다온 대표는 \"속도가 강점\"이라고 말했다. 다온은 KT와 업무협약을 맺었다.",
    expect: ['DEVELOPED 다온 -> 다온-K 3', 'PARTNERS_WITH KT -> 다온', 'WORKS_FOR 한서윤 -> 다온'],
    sameNode: ['다온=다온시스템'],
  },
  {
    // a judgment's caption names each party under its role, spaced out ("원 고 주식회사 X"); the role word is the company
    // in the rest of the judgment, and a model defined as "(이하 '원고 모델'이라 한다)" keeps its name under that term
    cat: 'company.judgment-party-role',
    text: "원       고        주식회사 솔바람랩\n\n피       고        주식회사 하늬소프트\n\n원고는 2022. 5. 언어모델 '솔바람-7B'(이하 '원고 모델'이라 한다)를 개발하였다. 피고는 2024. 3. 정보통신산업진흥원이 주관하는 'AI 바우처 지원사업'의 공급기업으로 선정되었다.",
    expect: ['DEVELOPED 솔바람랩 -> 솔바람-7B', 'PARTICIPATES_IN 하늬소프트 -> AI 바우처 지원사업'],
    sameNode: ['원고=솔바람랩'],
  },
  {
    // and where the long name is read but the short form is not ("누리랩스(대표 …, 이하 누리)")
    cat: 'company.defined-short-form',
    text: "AI 스타트업 누리랩스(대표 한서윤, 이하 누리)는 새 모델 '누리-3'을 공개했다. 누리는 카카오와 손잡고 서비스를 만든다.",
    expect: ['DEVELOPED 누리랩스 -> 누리-3', 'PARTNERS_WITH 카카오 -> 누리랩스'],
    sameNode: ['누리랩스=누리'],
  },
  {
    // a Hangul name glued to a kind word, later written as its head alone ("가람데이터" … "가람의 NAME 팀장")
    cat: 'company.glued-kind-head',
    text: "노을소프트는 데이터 기업 가람데이터와 손잡았다. 가람의 정하늘 팀장은 정제 규칙을 만들었다.",
    expect: ['WORKS_FOR 정하늘 -> 가람데이터', 'PARTNERS_WITH 가람데이터 -> 노을소프트'],
    sameNode: ['가람데이터=가람'],
  },
  {
    // not where the head names the company's own model family ("누리온AI" … "누리온 2"): the head stays the model's
    cat: 'company.glued-kind-head',
    text: "누리온AI는 새 모델 '누리온 2'를 공개했다. 누리온 2는 KMMLU에서 61.0점을 받았다.",
    expect: ['DEVELOPED 누리온AI -> 누리온 2', 'SCORED 누리온 2 -> KMMLU'],
  },
];

describe('company rows (gazetteer entries, countries)', () => {
  it.each(rows.map((r, i) => ({ ...r, i })))('$cat #$i', (row) => checkFactRow(row));
});
