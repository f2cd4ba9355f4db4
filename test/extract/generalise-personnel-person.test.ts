/**
 * Generalisation rows of generalise-personnel: the 'person' rows.
 * The others are in the other generalise-personnel-*.test.ts files. Each row is a short article written
 * for these tests, the facts it must give and the facts it must not give; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // a name before a benchmark or a programme and the title of who runs it: a person (no company, no WORKS_FOR)
  { cat: 'person.organiser-title', text: 'KMMLU 점수가 새로 공개됐다. 한도윤 KMMLU 운영위원장은 "오차 범위를 감안해야 한다"고 설명했다.', nodes: ['Person:한도윤'] },
  { cat: 'person.organiser-title', text: "박하늘 '해양 AI 실증 사업' 총괄 PM은 결과를 설명했다.", nodes: ['Person:박하늘'] },
  { cat: 'person.organiser-title', text: 'KMMLU 점수가 새로 공개됐다. 최근 KMMLU 위원장 선거가 열렸다.', noNodes: ['Person:최근'] },
  // an age or a photo note after the title ("홍길동 X랩스 대표(45)는", "…대표(사진)는"): the unlisted company is still named
  { cat: 'person.name-org-title-note', text: '한가람 소리결랩스 대표(45)는 서울대를 졸업했다.', nodes: ['Company:소리결랩스'], expect: ['WORKS_FOR 한가람 -> 소리결랩스'] },
  // "연구원" is no title of its own: a company named "…연구원" after a word is no person ("…가운데 LG AI연구원의")
  { cat: 'person.no-title-word', text: "새 벤치마크에서 GPT-5가 1위를 차지한 가운데 LG AI연구원의 '엑사원 4.5'가 2위에 올랐다.", noNodes: ['Person:가운데'] },
  // a name, an unlisted company and a title as the object of a meeting or a question ("… 대표를 만났다", "… 대표에게 물었다")
  { cat: 'person.name-org-title-object', text: '지난주 서울 성수동에서 한가람 소리결랩스 대표를 만났다.', nodes: ['Person:한가람', 'Company:소리결랩스'], expect: ['WORKS_FOR 한가람 -> 소리결랩스'] },
  { cat: 'person.name-org-title-object', text: '기자는 윤다올 누리브레인AI 최고기술책임자에게 학습 비용을 물었다.', nodes: ['Person:윤다올', 'Company:누리브레인AI'], expect: ['WORKS_FOR 윤다올 -> 누리브레인AI'] },
  // (a hire's object: the post named there is the one left, so no new company comes of it)
  { cat: 'person.name-org-title-object', text: '가온테크는 한가람 소리결랩스 대표를 최고전략책임자로 영입했다.', noNodes: ['Company:소리결랩스'], absent: ['WORKS_FOR 한가람 -> 소리결랩스'] },
  {
    // a department between the organisation and the title still makes the name a person's
    cat: 'person.name-org-department-title',
    text: '오태윤 KAIST 전산학부 교수는 "가격을 먼저 낮춰야 한다"고 말했다.',
    nodes: ['Person:오태윤'],
  },
  {
    // a department between the company and a person's name and title is no person ("홍보실", "전략팀")
    cat: 'person.department-before-name-title',
    text: '문의는 카카오 홍보실 한지우 과장에게 하면 된다. 네이버 전략팀 박서연 팀장은 "연내 공개한다"고 말했다.',
    nodes: ['Person:한지우', 'Person:박서연'],
    noNodes: ['Person:홍보실', 'Person:전략팀'],
  },
  // "… 출신인 A 대표다": a title that ends the sentence as its predicate still names a person
  { cat: 'person.title-predicate', text: '물류 AI 기업 가온로직이 투자를 받았다. 회사를 맡은 이는 삼성SDS 출신인 윤서진 대표다.', nodes: ['Person:윤서진'] },
  // a verb's adnominal form before 대표 is no name ("제기된 대표 교체설")
  { cat: 'person.not-verb-form', text: '일각에서 제기된 대표 교체설에 대해 카카오는 사실무근이라고 밝혔다.', noNodes: ['Person:제기된'] },
  {
    cat: 'person.this-company',
    text: '한빛AI는 별무리 2를 공개했다. 이 회사 최고기술책임자(CTO)인 정하람은 "추론 속도를 두 배로 높였다"고 말했다.',
    expect: ['WORKS_FOR 정하람 -> 한빛AI'],
    edgeProps: ['WORKS_FOR 정하람 -> 한빛AI title=최고기술책임자'],
  },
  {
    cat: 'person.bilingual-name',
    text: '안녕하세요, 누리랩스(Nurilabs) ML 엔지니어 Jay Park(박재현)입니다. 김철수(Kim Chulsoo) 카카오 대표는 말했다.',
    nodes: ['Person:Jay Park', 'Person:김철수'],
    sameNode: ['Jay Park=박재현', '김철수=Kim Chulsoo'],
    expect: ['WORKS_FOR Jay Park -> 누리랩스', 'WORKS_FOR 김철수 -> 카카오'],
  },
  {
    cat: 'person.title-with-product',
    text: '박지호 카카오 카나나 성과리더는 이번 모델이 한국어 이해 능력에서 강점을 보였다고 말했다.',
    expect: ['WORKS_FOR 박지호 -> 카카오'],
    edgeProps: ['WORKS_FOR 박지호 -> 카카오 title=카나나 성과리더'],
  },
  {
    cat: 'person.foreign-hangul',
    text: '루카스 론티스 업스테이지 CTO는 이날 간담회에서 솔라 프로 2의 성능을 소개했다. 한편, 젠슨 황 엔비디아 CEO는 방한 일정을 마쳤다.',
    expect: ['WORKS_FOR 루카스 론티스 -> 업스테이지', 'WORKS_FOR 젠슨 황 -> 엔비디아'],
  },
  {
    cat: 'person.given-name',
    text: '샘 올트먼이 방한했다. 순다르 피차이 구글 CEO와 데미스 허사비스가 함께 무대에 올랐다. 카카오의 제임스 오탈 AI 랩장은 이를 반겼다.',
    nodes: ['Person:샘 올트먼', 'Person:순다르 피차이', 'Person:데미스 허사비스', 'Person:제임스 오탈'],
    noNodes: ['Person:샘 올트먼이', 'Person:순다르 피차', 'Person:데미스 허사비스가', 'Person:제임스'],
    expect: ['WORKS_FOR 순다르 피차이 -> 구글', 'WORKS_FOR 제임스 오탈 -> 카카오'],
  },
  {
    cat: 'person.given-name',
    text: '마크 대표는 이후 일정을 밝히지 않았다. 엘레나 등 연구진이 참여했다.',
    noNodes: ['Person:마크 대표', 'Person:엘레나 등'],
  },
  {
    cat: 'person.foreign-hangul',
    text: '이날 행사 KT 상무가 발표를 맡았다. 그러나 신규 사업 카카오 부사장은 말을 아꼈다. 지역 거점 AI 에이전트 사업은 홍민준 장관이 챙긴다.',
    noNodes: ['Person:이날 행사', 'Person:신규 사업', 'Person:행사', 'Person:지역 거점'],
  },
  {
    // the second person of a photo caption, a foreign name written in Hangul
    cat: 'person.caption-second-foreign',
    text: "누리클라우드는 인도네시아 AI 스타트업 자바AI와 손잡았다. 한도윤 누리클라우드 대표(왼쪽)와 아리프 하산 자바AI 최고경영자(CEO)가 업무협약을 맺고 있다.",
    nodes: ['Person:아리프 하산'],
    expect: ['WORKS_FOR 아리프 하산 -> 자바AI'],
  },
  {
    // a staff role right after a name, the employer told in another clause
    cat: 'person.name-staff-role',
    text: '하이퍼랩에서 검색 모델을 만들던 도민결 연구원이 이번 달 회사를 떠났다.',
    nodes: ['Person:도민결'],
  },
  {
    cat: 'person.name-staff-role',
    text: '현장에서 만난 우채린 엔지니어는 "추론 비용이 가장 큰 과제"라고 말했다.',
    nodes: ['Person:우채린'],
  },
  {
    cat: 'person.name-staff-role',
    text: '오픈소스 진영의 장서후 개발자를 비롯해 여러 명이 토론에 나섰다.',
    nodes: ['Person:장서후'],
  },
  {
    // a rank or a kind before the role is no name
    cat: 'person.name-staff-role',
    text: '박사후 연구원과 백엔드 개발자를 새로 뽑는다. 주니어 엔지니어는 교육을 받는다.',
    noNodes: ['Person:박사후', 'Person:백엔드', 'Person:주니어'],
  },
  {
    // a former employer and a staff role: the name is a person's
    cat: 'person.former-employer-staff-role',
    text: '업계에서는 권도하 전 카카오 연구원의 이적설이 나왔다.',
    nodes: ['Person:권도하'],
  },
  {
    cat: 'person.former-employer-staff-role',
    text: '모란 전 업스테이지 엔지니어가 새 회사를 차렸다는 소식이다. 남궁태린 전 네이버 개발자는 말을 아꼈다.',
    nodes: ['Person:남궁태린'],
  },
  {
    // the person hired or promoted is named with a long title (a product, a unit, a former mark) and the object particle
    cat: 'person.hired-long-title',
    text: '카카오는 도서윤 전 검색 플랫폼 기술총괄을 최고기술책임자로 영입했다.',
    nodes: ['Person:도서윤'],
    expect: ['WORKS_FOR 도서윤 -> 카카오'],
  },
  {
    cat: 'person.hired-long-title',
    text: '업스테이지는 권태오 솔라 학습 리더를 연구소장으로 승진시켰다.',
    nodes: ['Person:권태오'],
  },
  {
    cat: 'person.hired-long-title',
    text: 'LG AI연구원은 석하람 멀티모달 AI 담당을 새 조직의 책임자로 선임했다.',
    nodes: ['Person:석하람'],
  },
  {
    // a former title of several words ("NAME 전 … 기술총괄은") names a person whatever the verb (joining, leaving, speaking)
    cat: 'person.former-long-title',
    text: '지난해까지 검색 모델을 이끈 도서윤 전 하이퍼스케일 AI 기술총괄은 이달 초 오픈AI에 합류했다.',
    nodes: ['Person:도서윤'],
    expect: ['WORKS_FOR 도서윤 -> 오픈AI'],
  },
  {
    cat: 'person.former-long-title',
    text: '권태오 전 멀티모달 연구 리더가 회사를 떠났다.',
    nodes: ['Person:권태오'],
  },
  {
    cat: 'person.former-long-title',
    text: '석하람 전 클라우드 플랫폼 총괄의 빈자리는 아직 채워지지 않았다.',
    nodes: ['Person:석하람'],
  },
  {
    // … not a clause that merely contains 전 ("지난 전 분기 실적 발표는")
    cat: 'person.former-long-title',
    text: '회사는 이번 전 분기 실적 발표는 미뤘다.',
    noNodes: ['Person:회사는', 'Person:이번'],
  },
  {
    // a phrase that is no name before a long title is no person
    cat: 'person.hired-long-title',
    text: '회사는 한국의 AI 사업 총괄을 새로 영입했다. 정부의 데이터 전략 리더를 임명할 계획이다.',
    noNodes: ['Person:한국의', 'Person:정부의'],
  },
  {
    // a role word before the name and title is no name ("연구자 NAME 박사를")
    cat: 'person.hired-long-title',
    text: '카카오는 메타 출신 연구자 봉하린 박사를 수석연구원으로 영입했다.',
    nodes: ['Person:봉하린'],
    noNodes: ['Person:연구자'],
  },
  // "경험이 있는 CEO", "권한이 없는 이사": a noun with its subject particle and a verb's adnominal form before a title are no name and no company
  { cat: 'person.adnominal-before-title', text: '한 교수는 "직접 학습을 돌려 본 경험이 있는 CEO는 드물다"고 말했다.', noNodes: ['Company:있는', 'Person:경험이'] },
  { cat: 'person.adnominal-before-title', text: '업계에선 "결정 권한이 없는 이사가 너무 많다"는 말이 나온다.', noNodes: ['Company:없는', 'Person:권한이'] },
  { cat: 'person.adnominal-before-title', text: '그는 "현장을 맡은 대표가 직접 챙긴다"고 했다. 권하준 비미파테크 부사장은 동의했다.', noNodes: ['Company:맡은'], expect: ['WORKS_FOR 권하준 -> 비미파테크'] },
  // a lawmaker: "의원" is a title; a party between the name and the title is no company
  { cat: 'person.lawmaker-with-party', text: '국회 과방위 소속 윤서진 더불어민주당 의원은 "예산 증액이 성급하다"고 지적했다.', nodes: ['Person:윤서진'], noNodes: ['Company:더불어민주당'] },
  { cat: 'person.lawmaker-with-party', text: '오태윤 국민의힘 의원은 "속도 조절이 필요하다"고 말했다.', nodes: ['Person:오태윤'], noNodes: ['Company:국민의힘'] },
  { cat: 'person.lawmaker-with-party', text: '질의에 나선 한서린 의원은 사업 성과를 따져 물었다.', nodes: ['Person:한서린'] },
  // a verb's adnominal form before a title ("이끄는 리더", "맡던 팀장") is no name
  {
    cat: 'person.adnominal-verb-not-name',
    text: '신규 모델 개발을 이끄는 리더의 역할이 커졌다. 플랫폼 사업을 맡던 팀장은 회사를 떠났다.',
    noNodes: ['Person:이끄는', 'Person:맡던'],
  },
  // a plural ("대표 기업들이"), a team word ("정예팀 대표") or a conditional ending ("모으면") next to a title is no name
  { cat: 'person.plural-team-conditional', text: '국내 대표 기업들이 앞다퉈 뛰어들었다. 한 정예팀 관계자는 "쉽지 않다"고 했다. 하도윤 누리랩스 대표는 "좋은 데이터를 모으면 이길 수 있다"고 말했다.', nodes: ['Person:하도윤'], noNodes: ['Person:기업들', 'Person:정예팀', 'Person:모으면'] },
  { cat: 'person.plural-team-conditional', text: '개발팀 대표 모델은 따로 있다. 선발팀 대표 권유진 씨는 누리랩스 소속이다.', noNodes: ['Person:개발팀', 'Person:선발팀'] },
  // an event noun after a title ("X 대표 인터뷰") is no person, though its first syllable is a surname
  {
    cat: 'person.event-noun-after-title',
    text: '누리랩스의 새 모델을 살펴봅니다.\n\n여민채 누리랩스 대표 인터뷰',
    expect: ['WORKS_FOR 여민채 -> 누리랩스'],
    noNodes: ['Person:인터뷰'],
  },
  { cat: 'person.event-noun-after-title', text: '누리랩스 대표 간담회가 열렸다. 여민채 누리랩스 대표는 새 모델을 소개했다.', noNodes: ['Person:간담회'] },
  // a compound surname's three-syllable name with a particle glued on ("남궁진이") is that name, not a four-syllable one
  {
    cat: 'person.compound-surname-particle',
    text: '누리랩스는 2021년 설립된 AI 기업이다. 같은 해 삼성리서치 출신의 선우린이 연구소장으로 합류하였다.',
    noNodes: ['Person:선우린이'],
  },
  { cat: 'person.compound-surname-particle', text: '누리랩스 제갈민우 CTO는 이날 발표를 맡았다.', expect: ['WORKS_FOR 제갈민우 -> 누리랩스'] },  // a bare 책임 (a rank at some companies) names no one without a company before it; a noun and its 의 before a title is no name
  { cat: 'person.bare-responsibility', text: '가람소프트는 공시에서 "이에 대해 어떠한 책임도 지지 않는다"고 밝혔다. 이번 오류의 책임은 외부 업체에 있다고 했다.', noNodes: ['Person:어떠한', 'Person:오류의'] },
  // an agency's or a school's acronym beside a name and a title: the person (no company); a field of study and its degree, or a lab after a professor, is no one
  { cat: 'person.acronym-org', text: 'IITP 남궁하 본부장이 과제 일정을 설명했다. 이정훈 KAIST 교수는 평가를 맡았다.', nodes: ['Person:남궁하', 'Person:이정훈'], noNodes: ['Company:IITP', 'Company:KAIST'] },
  { cat: 'person.acronym-org', text: '그는 POSTECH 물리학 박사다. POSTECH 한서윤 교수 연구실이 데이터를 모았다.', nodes: ['Person:한서윤'], noNodes: ['Person:물리학', 'Person:연구실'] },
  // bare names as founders, the company the topic ("X는 A와 B가 공동으로 창업했다")
  { cat: 'person.bare-founders', text: '가람소프트는 윤다솜과 오지환이 2020년 공동으로 창업했다.', nodes: ['Person:윤다솜', 'Person:오지환'], expect: ['WORKS_FOR 윤다솜 -> 가람소프트', 'WORKS_FOR 오지환 -> 가람소프트'] },
  { cat: 'person.bare-founders', text: '카카오가 설립한 가람소프트는 새 모델을 냈다.', absent: ['WORKS_FOR 카카오 -> 가람소프트'], noNodes: ['Person:카카오'] },
  // a two-syllable name (a common surname and one syllable) opening the sentence before a company and a title
  { cat: 'person.short-name-org-title', text: '가람소프트는 새 모델을 냈다. 강민 가람소프트 대표는 "성능이 좋다"고 말했다.', nodes: ['Person:강민'], expect: ['WORKS_FOR 강민 -> 가람소프트'] },
  { cat: 'person.short-name-org-title', text: '오진 카카오 CTO가 새 전략을 발표했다.', expect: ['WORKS_FOR 오진 -> 카카오'] },
  // (an adverb opening the sentence is no name; nor a past verb after the title)
  { cat: 'person.short-name-org-title', text: '이미 카카오 대표는 사임했다.', noNodes: ['Person:이미', 'Person:사임했'] },
  { cat: 'person.short-name-org-title', text: '한때 카카오 대표였던 그는 새 회사를 차렸다.', noNodes: ['Person:한때'] },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});
