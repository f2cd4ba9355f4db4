/**
 * Generalisation rows: personnel lists and people with their companies and titles in many orders.
 * Each row is a sentence or a short article written for these tests, the facts it must give and
 * the facts it must not give.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const FP = '독자 AI 파운데이션 모델 프로젝트';

const rows: FactRow[] = [
  // a name before a benchmark or a programme and the title of who runs it: a person (no company, no WORKS_FOR)
  { cat: 'person.organiser-title', text: 'KMMLU 점수가 새로 공개됐다. 한도윤 KMMLU 운영위원장은 "오차 범위를 감안해야 한다"고 설명했다.', nodes: ['Person:한도윤'] },
  { cat: 'person.organiser-title', text: "박하늘 '해양 AI 실증 사업' 총괄 PM은 결과를 설명했다.", nodes: ['Person:박하늘'] },
  { cat: 'person.organiser-title', text: 'KMMLU 점수가 새로 공개됐다. 최근 KMMLU 위원장 선거가 열렸다.', noNodes: ['Person:최근'] },
  // joining a company in a post, with a former post or a bare title after the name ("홍길동 전 X 리더가 Y CTO로 합류했다", "홍길동 리더가 Y의 CTO로")
  // the new post first, then who came to it, the employer the sentence before's subject
  { cat: 'works-for.came-to-new-role', text: '노을랩스는 올해 조직을 새로 짰다. 새 CTO로 한가람 씨가 합류했다.', expect: ['WORKS_FOR 한가람 -> 노을랩스'] },
  { cat: 'works-for.came-to-new-role', text: '노을랩스는 올해 조직을 새로 짰다. 연구소장 자리는 비었고, 신임 소장으로 한가람 님이 오셨다.', expect: ['WORKS_FOR 한가람 -> 노을랩스'] },
  { cat: 'works-for.came-to-new-role', text: '노을랩스는 올해 조직을 새로 짰다. 새 CTO로 한가람 씨가 올지는 정해지지 않았다.', absent: ['WORKS_FOR 한가람 -> 노을랩스'] },
  { cat: 'works-for.moved-to-role', text: '한가람 전 네이버 리더가 KT 최고기술책임자(CTO)로 자리를 옮겼다.', expect: ['WORKS_FOR 한가람 -> KT'] },
  { cat: 'works-for.moved-to-role', text: '한가람 리더가 업스테이지의 CTO로 합류했다.', expect: ['WORKS_FOR 한가람 -> 업스테이지'], edgeProps: ['WORKS_FOR 한가람 -> 업스테이지 title=CTO'] },
  // who holds a post, told in the copula ("X의 CTO는 NAME 씨입니다", "X 대표는 NAME이다"); not a former post, not a denial
  { cat: 'works-for.post-held-by', text: '업스테이지의 CTO는 한가람 씨입니다.', expect: ['WORKS_FOR 한가람 -> 업스테이지'], edgeProps: ['WORKS_FOR 한가람 -> 업스테이지 title=CTO'] },
  { cat: 'works-for.post-held-by', text: '업스테이지 이사회 의장은 한가람 박사다.', expect: ['WORKS_FOR 한가람 -> 업스테이지'], edgeProps: ['WORKS_FOR 한가람 -> 업스테이지 title=이사회 의장'] },
  { cat: 'works-for.post-held-by', text: '업스테이지 대표는 한가람이며, 2020년 회사를 세웠다.', expect: ['WORKS_FOR 한가람 -> 업스테이지'] },
  { cat: 'works-for.post-held-by', text: '업스테이지의 전 대표는 한가람이다.', absent: ['WORKS_FOR 한가람 -> 업스테이지'] },
  { cat: 'works-for.post-held-by', text: '업스테이지 대표는 한가람이 아니다.', absent: ['WORKS_FOR 한가람 -> 업스테이지'] },
  { cat: 'works-for.post-held-by', text: '업스테이지 대표는 한국인이다.', noNodes: ['Person:한국인'] },
  // joining a company in a post ("X에 아시아 리서치 리드로 합류했다"): the post without the particle
  {
    cat: 'works-for.moved-to-role',
    text: '한가람 전 네이버 리더는 이달 초 미국 오픈AI에 아시아 정책 리드로 합류했다.',
    expect: ['WORKS_FOR 한가람 -> 오픈AI'],
    edgeProps: ['WORKS_FOR 한가람 -> 오픈AI title=아시아 정책 리드'],
  },
  { cat: 'works-for.moved-to-role', text: '한가람 전 네이버 리더는 KT CTO로 합류하지 않았다.', absent: ['WORKS_FOR 한가람 -> KT'] },
  // the post, then the person seated in it ("X는 CTO에 홍길동 전 Y 리더를 앉혔다")
  { cat: 'works-for.post-then-person', text: 'KT는 최고기술책임자(CTO)에 한가람 전 네이버 리더를 앉혔다.', expect: ['WORKS_FOR 한가람 -> KT'], absent: ['WORKS_FOR 한가람 -> 네이버'] },
  // a company left, at the start of the sentence, is no employer ("X를 떠난 홍길동 리더는 Y에 …")
  { cat: 'works-for.omitted-subject', text: '네이버를 떠난 한가람 리더는 업스테이지에 새 둥지를 틀었다.', expect: ['WORKS_FOR 한가람 -> 업스테이지'], absent: ['WORKS_FOR 한가람 -> 네이버'] },
  // an age or a photo note after the title ("홍길동 X랩스 대표(45)는", "…대표(사진)는"): the unlisted company is still named
  { cat: 'person.name-org-title-note', text: '한가람 소리결랩스 대표(45)는 서울대를 졸업했다.', nodes: ['Company:소리결랩스'], expect: ['WORKS_FOR 한가람 -> 소리결랩스'] },
  // the title after the person who leads or founded the company ("X를 공동 창업한 홍길동 최고경영자(CEO)는")
  { cat: 'works-for.leads-company', text: '소리결랩스를 공동 창업한 한가람 최고경영자(CEO)는 말했다.', edgeProps: ['WORKS_FOR 한가람 -> 소리결랩스 title=최고경영자'] },
  // a post being filled, named before the person who fills it ("X 새 대표에 홍길동 부사장이 선임됐다", "X 대표 자리는 … 이어받는다")
  { cat: 'works-for.post-filled', text: '소리결랩스 새 대표에 한가람 부사장이 선임됐다.', expect: ['WORKS_FOR 한가람 -> 소리결랩스'], edgeProps: ['WORKS_FOR 한가람 -> 소리결랩스 title=대표'] },
  { cat: 'works-for.post-filled', text: '누리브레인AI의 새 수장에는 윤다올 부사장이 올랐다.', expect: ['WORKS_FOR 윤다올 -> 누리브레인AI'] },
  { cat: 'works-for.post-filled', text: '가온테크 사령탑에 서도윤 전무가 올랐다.', expect: ['WORKS_FOR 서도윤 -> 가온테크'] },
  { cat: 'works-for.post-filled', text: '소리결랩스 대표 자리는 한가람 부사장이 이어받는다.', expect: ['WORKS_FOR 한가람 -> 소리결랩스'] },
  { cat: 'works-for.post-filled', text: '소리결랩스 새 대표에 한가람 부사장이 선임될지 관심이 쏠린다.', absent: ['WORKS_FOR 한가람 -> 소리결랩스'] },
  // the seat taken, before the person ("X 최고경영자 자리에 오른 홍길동")
  { cat: 'works-for.seat-taken', text: '소리결랩스는 새 모델을 내놨다. 소리결랩스 최고경영자 자리에 오른 한가람 부사장은 상장을 준비한다.', expect: ['WORKS_FOR 한가람 -> 소리결랩스'] },
  // a person who leads or founded the company, told before it ("홍길동 대표가 이끄는 X", "… 2021년 창업한 X")
  { cat: 'works-for.leader-of-company', text: '한가람 대표가 이끄는 소리결랩스는 새 모델을 공개했다.', expect: ['WORKS_FOR 한가람 -> 소리결랩스'] },
  { cat: 'works-for.leader-of-company', text: '윤다올 대표가 2021년 창업한 누리브레인AI는 투자를 받았다.', expect: ['WORKS_FOR 윤다올 -> 누리브레인AI'] },
  { cat: 'works-for.leads-company', text: '소리결랩스는 새 모델을 내놨다. 소리결랩스 사령탑을 맡은 한가람 대표는 상장을 준비한다.', expect: ['WORKS_FOR 한가람 -> 소리결랩스'] },
  // serving at the company ("X에 몸담고 있는", "X 소속", "X에서 연구를 총괄하는")
  { cat: 'works-for.serving-at', text: '소리결랩스는 새 모델을 내놨다. 소리결랩스 소속 한가람 연구원은 학습을 맡았다.', expect: ['WORKS_FOR 한가람 -> 소리결랩스'] },
  { cat: 'works-for.serving-at', text: '소리결랩스는 새 모델을 내놨다. 소리결랩스에 몸담고 있는 한가람 연구원은 학습을 맡았다.', expect: ['WORKS_FOR 한가람 -> 소리결랩스'] },
  { cat: 'works-for.leads-work-at', text: '소리결랩스는 새 모델을 내놨다. 소리결랩스에서 연구를 총괄하는 한가람 부사장은 설명했다.', expect: ['WORKS_FOR 한가람 -> 소리결랩스'] },
  // a lead as a title ("한가람 리드", "테크 리드"); a company's side ("KT 측 한가람 이사"); "씨" after a name; joining told by 입사
  { cat: 'works-for.leads-work-at', text: '소리결랩스는 새 모델을 내놨다. 소리결랩스에서 모델 개발을 이끄는 한가람 리드는 설명했다.', expect: ['WORKS_FOR 한가람 -> 소리결랩스'] },
  { cat: 'works-for.name-company-title', text: '소리결랩스는 새 모델을 내놨다. 한가람 소리결랩스 테크 리드는 설명했다.', expect: ['WORKS_FOR 한가람 -> 소리결랩스'] },
  { cat: 'works-for.company-name-title', text: 'KT 측 한가람 이사는 "검토하고 있다"고 했다.', expect: ['WORKS_FOR 한가람 -> KT'] },
  // a company's team with its lead in parentheses, and a second team joined to it under the same company
  { cat: 'works-for.company-team-paren', text: '이번 업데이트는 카카오 검색품질팀(책임: 윤다온 리드)과 플랫폼 운영실(배서진 매니저)이 맡았다.', expect: ['WORKS_FOR 윤다온 -> 카카오', 'WORKS_FOR 배서진 -> 카카오'] },
  { cat: 'works-for.company-team-paren', text: '워크숍에는 카카오 검색품질팀(윤다온 리드)과 고려대 연구실(배서진 교수)이 함께했다.', expect: ['WORKS_FOR 윤다온 -> 카카오'], absent: ['WORKS_FOR 배서진 -> 카카오'] },
  { cat: 'works-for.company-name-title', text: 'KT 쪽 한가람 상무는 "검토하고 있다"고 했다.', expect: ['WORKS_FOR 한가람 -> KT'] },
  { cat: 'works-for.leads-at', text: '한가람 씨는 업스테이지에서 연구원으로 일하고 있다.', expect: ['WORKS_FOR 한가람 -> 업스테이지'] },
  { cat: 'clause.works-for.joined', text: '한가람 박사는 지난달 업스테이지에 입사했다.', expect: ['WORKS_FOR 한가람 -> 업스테이지'] },
  { cat: 'clause.works-for.joined', text: '업스테이지에 입사한 한가람 박사는 추론 모델을 맡는다.', expect: ['WORKS_FOR 한가람 -> 업스테이지'] },
  { cat: 'clause.works-for.joined', text: '한가람 박사는 업스테이지에 입사하지 않았다.', absent: ['WORKS_FOR 한가람 -> 업스테이지'] },
  // "연구원" is no title of its own: a company named "…연구원" after a word is no person ("…가운데 LG AI연구원의")
  { cat: 'person.no-title-word', text: "새 벤치마크에서 GPT-5가 1위를 차지한 가운데 LG AI연구원의 '엑사원 4.5'가 2위에 올랐다.", noNodes: ['Person:가운데'] },
  // a founder's title after a suffixed name names a company; a unit's name before a title does not
  { cat: 'company.founder-title-after', text: '소리결랩스 창업자인 한가람 대표는 상장을 준비 중이다.', nodes: ['Company:소리결랩스'], expect: ['WORKS_FOR 한가람 -> 소리결랩스'] },
  { cat: 'company.founder-title-after', text: '한빛텔레콤 누리스케일AI 기술총괄인 한가람 리더는 설명했다.', noNodes: ['Company:누리스케일AI'] },
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
  {
    // a title with no company, leading the team that built it: a role at the company the sentences are about
    cat: 'works-for.leads-the-team',
    text: "업스테이지는 새 모델 '솔라 미니 3'를 공개했다. 오태윤 최고AI책임자(CAIO)가 이끄는 연구팀이 개발을 맡았다.",
    expect: ['WORKS_FOR 오태윤 -> 업스테이지'],
  },
  {
    // a photo caption pairing two people of one company: the second, with a title only, shares the first one's company
    cat: 'works-for.caption-pair-shared-company',
    text: '새 모델 발표회가 열렸다.\n\n업스테이지 오태윤 대표(왼쪽)와 한서린 CTO가 기념 촬영을 하고 있다.',
    expect: ['WORKS_FOR 오태윤 -> 업스테이지', 'WORKS_FOR 한서린 -> 업스테이지'],
  },
  {
    // … not when the second names a company of its own
    cat: 'works-for.caption-pair-shared-company',
    text: '업스테이지 오태윤 대표와 카카오 한서린 CTO가 협약서에 서명했다.',
    expect: ['WORKS_FOR 한서린 -> 카카오'],
    absent: ['WORKS_FOR 한서린 -> 업스테이지'],
  },
  {
    // a move told as a rumour and denied: the person stays with the employer of the apposition
    cat: 'works-for.rumoured-move-denied',
    text: '업계에선 오태윤 네이버클라우드 데이터랩장이 업스테이지로 옮긴다는 소문이 돌았지만, 네이버클라우드는 "사실무근"이라고 밝혔다.',
    expect: ['WORKS_FOR 오태윤 -> 네이버클라우드'],
    absent: ['WORKS_FOR 오태윤 -> 업스테이지'],
  },
  {
    // a hire or an appointment told as a rumour or a report that is denied is no employment
    cat: 'works-for.rumoured-hire',
    text: '한빛AI가 정서윤 상무를 영입한다는 소문이 돌았지만 회사는 부인했다. 누리소프트는 그 자리에 박도현 박사를 앉히기로 했다는 소문은 사실이 아니라고 밝혔다.',
    absent: ['WORKS_FOR 정서윤 -> 한빛AI', 'WORKS_FOR 박도현 -> 누리소프트'],
  },
  {
    cat: 'works-for.rumoured-hire',
    text: '카카오는 정서윤 상무를 영입했다는 보도를 부인했다.',
    absent: ['WORKS_FOR 정서윤 -> 카카오'],
  },
  {
    // … told as a fact, it stays
    cat: 'works-for.rumoured-hire',
    text: '카카오는 정서윤 상무를 영입했다고 밝혔다. 네이버는 박도현 박사를 연구소장에 앉혔다.',
    expect: ['WORKS_FOR 정서윤 -> 카카오'],
  },
  {
    // … a move told as a fact still reads the new employer
    cat: 'works-for.rumoured-move-denied',
    text: '오태윤 네이버클라우드 데이터랩장이 업스테이지로 자리를 옮겼다.',
    expect: ['WORKS_FOR 오태윤 -> 업스테이지'],
  },
  // "X에서는 … A 상무가 전무로 승진했다": a person introduced at a company in a locative topic works there (not one who left it)
  { cat: 'works-for.locative-topic', text: '카카오에서는 검색모델랩장인 윤서진 상무가 전무로 승진했다.', expect: ['WORKS_FOR 윤서진 -> 카카오'] },
  { cat: 'works-for.locative-topic', text: '카카오에서는 윤서진 상무가 회사를 떠났다.', absent: ['WORKS_FOR 윤서진 -> 카카오'] },
  // "센터장에는 … A 전무를 영입했다": a role slot filled by the company the article is about (a former employer with 에서 is not)
  { cat: 'works-for.role-slot-hired', text: '네이버(035420)는 조직개편을 단행했다. 연구소장에는 카카오에서 검색 개발을 이끌었던 윤서진 전무를 영입했다.', expect: ['WORKS_FOR 윤서진 -> 네이버'], absent: ['WORKS_FOR 윤서진 -> 카카오'] },
  // "X의 Y 개발을 주도한 A 랩장": the company whose work the person leads (a Latin unit name may lead the title)
  { cat: 'works-for.led-company-work', text: "업계에서는 KT의 '믿:음 3' 학습을 주도한 윤서진 Gen AI랩장이 부사장으로 오를 것이란 관측이 나온다.", nodes: ['Person:윤서진'], expect: ['WORKS_FOR 윤서진 -> KT'] },
  { cat: 'works-for.led-company-work', text: '카카오의 검색 사업을 이끈 윤서진 전무가 회사를 떠났다.', absent: ['WORKS_FOR 윤서진 -> 카카오'] },
  // "A 전 X 기술리더를 최고기술책임자(CTO)로 선임했다": a former employer before the role, the title with its acronym
  { cat: 'works-for.appointed-former', text: '핀테크 스타트업 가온페이는 지난달 윤서진 전 카카오 검색 플랫폼 리더를 최고기술책임자(CTO)로 선임했다.', expect: ['WORKS_FOR 윤서진 -> 가온페이'], absent: ['WORKS_FOR 윤서진 -> 카카오'] },
  // "… 출신인 A 대표다": a title that ends the sentence as its predicate still names a person
  { cat: 'person.title-predicate', text: '물류 AI 기업 가온로직이 투자를 받았다. 회사를 맡은 이는 삼성SDS 출신인 윤서진 대표다.', nodes: ['Person:윤서진'] },
  // "A 대표는 … X를 세웠다": the founder holds a role at the company they founded
  { cat: 'works-for.founded', text: '물류 AI 기업 가온로직이 투자를 받았다. 윤서진 대표는 삼성SDS에서 10년간 일한 뒤 2024년 가온로직을 세웠다.', expect: ['WORKS_FOR 윤서진 -> 가온로직'], absent: ['WORKS_FOR 윤서진 -> 삼성SDS'] },
  { cat: 'works-for.founded', text: '물류 AI 기업 가온로직이 투자를 받았다. 윤서진 대표는 가온로직을 세웠다고 알려졌지만 사실이 아니다.', absent: ['WORKS_FOR 윤서진 -> 가온로직'] },
  // a verb's adnominal form before 대표 is no name ("제기된 대표 교체설")
  { cat: 'person.not-verb-form', text: '일각에서 제기된 대표 교체설에 대해 카카오는 사실무근이라고 밝혔다.', noNodes: ['Person:제기된'] },
  // 1c. personnel lists
  {
    cat: 'list.personnel',
    text: '◇KT ▲AI 퓨처랩장(상무) 김도윤 ▲클라우드사업본부장(전무) 박서진',
    expect: ['WORKS_FOR 김도윤 -> KT', 'WORKS_FOR 박서진 -> KT'],
  },
  {
    cat: 'list.personnel',
    text: '이날 행사에는 최민준 전무(카카오 AI 부문장)가 참석했다. 최 전무는 카나나 2.0의 개발 과정을 소개했다.',
    expect: ['WORKS_FOR 최민준 -> 카카오'],
    noNodes: ['Person:최'],
  },
  {
    cat: 'list.personnel',
    text: '카카오는 정하늘 전무를 AI 부문장으로 선임했다. 정 전무는 카나나 개발을 이끌어 왔다.',
    expect: ['WORKS_FOR 정하늘 -> 카카오'],
    noNodes: ['Person:정'],
  },
  {
    cat: 'list.personnel',
    text: '◆LG유플러스 ◇전무 ▲AI사업그룹장 이서연 ◇상무 ▲AI기술담당 정민호',
    expect: ['WORKS_FOR 이서연 -> LG유플러스', 'WORKS_FOR 정민호 -> LG유플러스'],
    noNodes: ['Person:인프라'],
  },
  {
    cat: 'discover.quoted-released-on-day',
    text: "한빛AI가 오픈소스 모델을 기반으로 학습시킨 'Nova K(노바 K)'를 25일 공개했다.",
    nodes: ['Model:Nova K'],
    expect: ['DEVELOPED 한빛AI -> Nova K'],
  },
  {
    cat: 'scores.list-after-intro',
    text: '한국어 이해 벤치마크 KMMLU에서 별빛-8B는 76.8점을 기록했다. 비교 대상 모델의 점수는 다음과 같다.\n\nGPT-4o: 72.5점\n\n엑사원 4.0: 69.4점',
    expect: ['SCORED 별빛-8B -> KMMLU', 'SCORED GPT-4o -> KMMLU', 'SCORED 엑사원 4.0 -> KMMLU'],
  },
  {
    cat: 'person.this-company',
    text: '한빛AI는 별무리 2를 공개했다. 이 회사 최고기술책임자(CTO)인 정하람은 "추론 속도를 두 배로 높였다"고 말했다.',
    expect: ['WORKS_FOR 정하람 -> 한빛AI'],
    edgeProps: ['WORKS_FOR 정하람 -> 한빛AI title=최고기술책임자'],
  },
  {
    cat: 'model.variant-words',
    text: "한빛AI는 매개변수 300억개 규모의 '별무리-2 플래그십'과 '별무리-2 에어'를 공개했다.",
    nodes: ['Model:별무리-2 플래그십', 'Model:별무리-2 에어'],
    noNodes: ['Model:별무리-2'],
  },
  {
    cat: 'model.hangul-latin-version',
    text: '지난해 나온 가온-Ko 1.5는 메타의 라마 3 8B를 바탕으로 추가 학습한 모델이다. 매개변수 700억 개(70B) 규모의 가온-Ko 3.0을 내놓을 계획이다. 회사 측은 3.0을 오픈소스로 공개할지 정하지 않았다.',
    nodes: ['Model:가온-Ko 1.5', 'Model:가온-Ko 3.0'],
    noNodes: ['Model:가온-Ko', 'Model:측은 3.0'],
    expect: ['BASED_ON 가온-Ko 1.5 -> 라마 3 8B'],
  },
  {
    cat: 'company.stacked-particles',
    text: '한빛AI는 가온금융그룹과도 협약을 맺었다. 한빛AI는 국내 SI 기업 다온정보기술과도 공동 영업 협약을 체결했다.',
    nodes: ['Company:가온금융그룹', 'Company:다온정보기술'],
    noNodes: ['Company:가온금융그룹과도', 'Company:다온정보기술과'],
    expect: ['PARTNERS_WITH 한빛AI -> 가온금융그룹', 'PARTNERS_WITH 한빛AI -> 다온정보기술'],
  },
  {
    cat: 'discover.quoted-benchmark-by-score',
    text: "한빛AI가 함께 개발하는 '별무리 파이낸스'는 솔라 프로 2를 기반으로 한 모델이다. 솔라 프로 2는 한 분석 기관의 '인텔리전스 인덱스'에서 58점을 받았다.",
    nodes: ['Benchmark:인텔리전스 인덱스', 'Model:별무리 파이낸스'],
    expect: ['SCORED 솔라 프로 2 -> 인텔리전스 인덱스', 'BASED_ON 별무리 파이낸스 -> 솔라 프로 2'],
  },
  {
    cat: 'developed.family-sibling',
    text: "가온에이아이는 지난 15일 한국어 언어모델 '가온-Ko 2.0'을 공개했다. 지난해 나온 가온-Ko 1.5는 라마 3 8B를 바탕으로 추가 학습한 모델이었다. 내년에는 매개변수 700억 개 규모의 가온-Ko 3.0을 내놓을 계획이다. 비교 대상은 라온-Ko 7B 모델이다.",
    expect: ['DEVELOPED 가온에이아이 -> 가온-Ko 2.0', 'DEVELOPED 가온에이아이 -> 가온-Ko 1.5', 'DEVELOPED 가온에이아이 -> 가온-Ko 3.0'],
    absent: ['DEVELOPED 가온에이아이 -> 라마 3 8B', 'DEVELOPED 가온에이아이 -> 라온-Ko 7B'],
  },
  {
    cat: 'reference.first-person-company',
    text: '안녕하세요, 누리랩스(Nurilabs) ML 엔지니어입니다. 오늘은 저희가 지난 18일 허깅페이스에 공개한 누리-Ko-8B의 학습 과정을 소개합니다. 당사는 앞으로 누리-Ko-72B도 공개할 예정입니다.',
    expect: ['DEVELOPED 누리랩스 -> 누리-Ko-8B', 'DEVELOPED 누리랩스 -> 누리-Ko-72B'],
    absent: ['DEVELOPED 허깅페이스 -> 누리-Ko-8B'],
  },
  {
    cat: 'model.latin-suffixes',
    text: 'Vela-Ko-8B는 지난 4월 내부 테스트용으로 배포했던 Vela-Ko-8B-v0.9의 후속 버전이다. 다음 모델은 추론 성능을 높인 Vela-Ko-72B-R이 될 예정이다.',
    nodes: ['Model:Vela-Ko-8B-v0.9', 'Model:Vela-Ko-72B-R'],
    expect: ['SUCCEEDS Vela-Ko-8B -> Vela-Ko-8B-v0.9'],
  },
  {
    cat: 'scores.ranking-after-digression',
    text: "W&B가 운영하는 '호랑이 리더보드3'에서 엑사원 4.0 32B가 0.7843점으로 1위를 차지했다. 엑사원 4.0 32B는 지난달 공개된 LG AI연구원의 최신 모델이다. 상위권 점수는 다음과 같다. △엑사원 4.0 32B 0.7843점 △솔트룩스 루시아 3 0.6985점 △코난 LLM ENT-11 0.6711점. 2위는 SK텔레콤의 'A.X 4.0 라이트'(0.7120점)였다.",
    expect: ['SCORED 루시아 3 -> 호랑이 리더보드3', 'SCORED 코난 LLM ENT-11 -> 호랑이 리더보드3', 'SCORED A.X 4.0 라이트 -> 호랑이 리더보드3'],
  },
  {
    cat: 'reference.this-company-last-named',
    text: '코드뉴스 순위에서 LG AI연구원의 엑사원 4.0 32B가 1위를 지켰다. 가장 눈에 띈 것은 신생 스타트업 솔빛AI의 약진이다. 이 회사가 지난달 공개한 솔빛-R 14B는 2위에 올랐다. 같은 조건에서 측정한 오픈AI GPT-4o 대비 98% 수준이다. 이 회사 최고기술책임자(CTO)인 박정민 박사는 소감을 밝혔다.',
    expect: ['DEVELOPED 솔빛AI -> 솔빛-R 14B', 'WORKS_FOR 박정민 -> 솔빛AI'],
    absent: ['DEVELOPED LG AI연구원 -> 솔빛-R 14B', 'WORKS_FOR 박정민 -> 오픈AI'],
  },
  {
    cat: 'scores.colon-list-after-leader',
    text: '수달 리더보드2에서 가온 3.0 맥스가 89.69점으로 1위에 올랐다. 나머지 모델의 점수는 "Tista 1.0(티스타 1.0)": 85.75점, 『라온 3.5』: 65.14점, 헥스온 2.0: 61.19점이다.',
    nodes: ['Benchmark:수달 리더보드2', 'Model:헥스온 2.0'],
    expect: ['SCORED 가온 3.0 맥스 -> 수달 리더보드2', 'SCORED Tista 1.0 -> 수달 리더보드2', 'SCORED 라온 3.5 -> 수달 리더보드2', 'SCORED 헥스온 2.0 -> 수달 리더보드2'],
  },
  {
    cat: 'model.hangul-numbered-before-place-particles',
    text: '벡스린 3.5는 중국 AI 연구기업 티스피파의 탈도파 2.5(Taldopa 2.5)에서 지식을 증류해 만든 경량 모델이다. 님젠 1.0은 일본 빅테크 릭스준마인드의 드라마 2.0에 자체 데이터를 추가로 학습시켜 만든 모델이다.',
    expect: ['BASED_ON 벡스린 3.5 -> 탈도파 2.5', 'BASED_ON 님젠 1.0 -> 드라마 2.0', 'DEVELOPED 티스피파 -> 탈도파 2.5'],
    props: ['티스피파=country:CN', '릭스준마인드=country:JP'],
  },
  {
    cat: 'reference.dongsa-main-company',
    text: '업스테이지가 아마존웹서비스(AWS), 엔비디아와 3자 업무협약을 체결했다. 엔비디아는 GPU 인프라를 지원한다. 동사는 같은 날 한누리금융그룹과도 금융 특화 모델을 공동 개발하는 협약을 맺었다.',
    expect: ['PARTNERS_WITH 업스테이지 -> 한누리금융그룹'],
    absent: ['PARTNERS_WITH 엔비디아 -> 한누리금융그룹'],
  },
  {
    cat: 'reference.company-opening',
    text: "국내 AI 스타트업 가온AI가 '가온-Ko 72B'를 공개했다. 회사는 가온-Ko 72B를 증류해 만든 경량 모델 '가온-Ko 미니'도 함께 선보였다.",
    expect: ['DEVELOPED 가온AI -> 가온-Ko 미니', 'BASED_ON 가온-Ko 미니 -> 가온-Ko 72B'],
  },
  {
    cat: 'person.bilingual-name',
    text: '안녕하세요, 누리랩스(Nurilabs) ML 엔지니어 Jay Park(박재현)입니다. 김철수(Kim Chulsoo) 카카오 대표는 말했다.',
    nodes: ['Person:Jay Park', 'Person:김철수'],
    sameNode: ['Jay Park=박재현', '김철수=Kim Chulsoo'],
    expect: ['WORKS_FOR Jay Park -> 누리랩스', 'WORKS_FOR 김철수 -> 카카오'],
  },
  {
    cat: 'policy.long-quoted-name',
    text: "가온테크는 정부가 추진하는 '테르피 지역 거점 초거대 AI 실증 프로젝트'에 참여할 계획이다.",
    nodes: ['Policy:테르피 지역 거점 초거대 AI 실증 프로젝트'],
    expect: ['PARTICIPATES_IN 가온테크 -> 테르피 지역 거점 초거대 AI 실증 프로젝트'],
  },
  {
    cat: 'based-on.quoted-base-trained-on',
    text: "별빛 5.0은 일본 AI 스타트업 라온데이터의 '사할 2.0(Sahal 2.0)'에 자체 데이터를 추가로 학습시켜 만든 모델이다. \"Mifo 1.5\"의 뒤를 잇는 미포 2.0은 추론 속도를 두 배로 끌어올렸다. 빅터 벨타 연구원은 라온데이터에서 모델 개발을 총괄하고 있다.",
    expect: ['BASED_ON 별빛 5.0 -> 사할 2.0', 'DEVELOPED 라온데이터 -> 사할 2.0', 'SUCCEEDS 미포 2.0 -> Mifo 1.5', 'WORKS_FOR 빅터 벨타 -> 라온데이터'],
  },
  {
    cat: 'model.numbered-after-owner',
    text: '순위표 밖에서는 누리랩스의 다올봇 3가 7위에 그쳤다. 다른 회사의 직원 3명은 자리를 옮겼다.',
    nodes: ['Model:다올봇 3'],
    noNodes: ['Model:직원 3'],
    expect: ['DEVELOPED 누리랩스 -> 다올봇 3'],
  },
  {
    cat: 'company.self-built',
    text: '윤다현 누리결 최고기술책임자(CTO)는 누리결이 자체 개발한 번역 모델 바름-MT 9B를 소개했다. 동사가 자체 개발한 칩도 공개됐다. 연구진이 직접 개발한 도구다.',
    nodes: ['Company:누리결'],
    noNodes: ['Company:동사', 'Company:연구진'],
    expect: ['DEVELOPED 누리결 -> 바름-MT 9B', 'WORKS_FOR 윤다현 -> 누리결'],
  },
  {
    cat: 'company.after-developer-noun',
    text: '중국 생성형 AI 개발사 라온픽셀(Raonpixel)이 개발한 "가람 2.0"은 대표적인 사례다. 빅터 벡스펜 라온픽셀 부사장은 차별화를 강조했다.',
    nodes: ['Company:라온픽셀'],
    expect: ['DEVELOPED 라온픽셀 -> 가람 2.0', 'WORKS_FOR 빅터 벡스펜 -> 라온픽셀'],
    props: ['라온픽셀=country:CN'],
  },
  {
    cat: 'company.stated-country-beats-guess',
    text: "[AI 경쟁] 벡스린웍스 '테르파 2.0' 출시\n\n미국 생성형 AI 개발사 벡스린웍스(Vexryn Works)는 새 AI 모델 '테르파 2.0'을 출시했다고 밝혔다.",
    props: ['벡스린웍스=country:US'],
  },
  {
    cat: 'reference.both-companies',
    text: "가온AI는 같은 날 라온금융그룹과도 금융 특화 모델을 공동 개발하는 협약을 맺었다. 양사가 함께 개발하는 '가온 파이낸스 K'는 솔라 프로 2를 기반으로 추가 학습한 모델이다. 두 회사는 라온금융그룹의 상담 서비스에 가온 파이낸스 K를 탑재한다.",
    expect: ['DEVELOPED 가온AI -> 가온 파이낸스 K', 'DEVELOPED 라온금융그룹 -> 가온 파이낸스 K', 'PARTNERS_WITH 가온AI -> 라온금융그룹'],
    absent: ['DEVELOPED 가온AI -> 솔라 프로 2', 'DEVELOPED 라온금융그룹 -> 솔라 프로 2'],
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
    cat: 'list.personnel',
    text: '◇KT ▲AI 인프라 담당(상무) 유하람 ◇네이버 ▲클로바 사업 리더 남지완',
    expect: ['WORKS_FOR 유하람 -> KT', 'WORKS_FOR 남지완 -> 네이버'],
    absent: ['WORKS_FOR 남지완 -> KT'],
    noNodes: ['Person:인프라'],
  },
  { cat: 'list.personnel', text: '네이버클라우드는 신임 대표에 김유원 전 부사장을 선임했다.', expect: ['WORKS_FOR 김유원 -> 네이버클라우드'] },
  {
    cat: 'list.personnel',
    text: '박지훈 LG AI연구원 원장과 한소영 네이버클라우드 AI 랩장이 발표했다.',
    expect: ['WORKS_FOR 박지훈 -> LG AI연구원', 'WORKS_FOR 한소영 -> 네이버클라우드'],
    noNodes: ['Person:원장과'],
  },
  {
    cat: 'list.personnel',
    text: '배경훈 과학기술정보통신부 장관은 AI 기본법 시행을 강조했다. 배 장관은 독자 AI 파운데이션 모델 프로젝트를 직접 챙기겠다고 약속했다.',
    expect: [`PROMOTES 배경훈 -> ${FP}`],
    noNodes: ['Person:배'],
  },
  {
    cat: 'false-node',
    text: '대표적인 사례로 카카오 대표 서비스가 꼽힌다. 업계 관계자는 "정부 과제 담당 부서가 바뀌었다"고 말했다. 이사회 의장은 이날 회의를 주재했다.',
    noNodes: ['Person:사례로', 'Person:부서가', 'Person:이사회'],
  },
  { cat: 'false-node', text: '이 박사는 최고기술책임자(CTO)로 반도체 총괄 역할도 맡는다.', noNodes: ['Person:박사는', 'Person:반도체'] },
  {
    cat: 'moves: a title apposition names the post a person left when the article says where they moved',
    text: '솔트룩스 한유진 전무는 업스테이지로 자리를 옮겼다. 직함은 연구소장이다.',
    expect: ['WORKS_FOR 한유진 -> 업스테이지'],
    absent: ['WORKS_FOR 한유진 -> 솔트룩스'],
  },
  {
    cat: 'moves: an apposition alone (no move) still places the person',
    text: '솔트룩스 한유진 전무는 새 모델의 개발 과정을 설명했다.',
    expect: ['WORKS_FOR 한유진 -> 솔트룩스'],
  },
  {
    cat: 'titles: a loanword qualifier before the title ("리서치 디렉터"), a title with its acronym in parentheses before 로',
    text: '카카오는 서지안 리서치 디렉터를 개발총괄로 승진시켰다. 네이버는 구글 출신 마커스 윤을 최고기술책임자(CTO)로 영입했다.',
    expect: ['WORKS_FOR 서지안 -> 카카오', 'WORKS_FOR 마커스 윤 -> 네이버'],
    absent: ['WORKS_FOR 마커스 윤 -> 구글'],
  },
  {
    // "X 전 리더가 Y의 CTO로 자리를 옮겼다": the new employer, not the old one
    cat: 'works-for.moved-to-role',
    text: "누리클라우드에서 검색 모델을 이끌었던 한도윤 전 팀장이 의료 AI 스타트업 메디봇의 최고기술책임자(CTO)로 자리를 옮겼다.",
    expect: ['WORKS_FOR 한도윤 -> 메디봇'],
  },
  {
    // the second person of a photo caption, a foreign name written in Hangul
    cat: 'person.caption-second-foreign',
    text: "누리클라우드는 인도네시아 AI 스타트업 자바AI와 손잡았다. 한도윤 누리클라우드 대표(왼쪽)와 아리프 하산 자바AI 최고경영자(CEO)가 업무협약을 맺고 있다.",
    nodes: ['Person:아리프 하산'],
    expect: ['WORKS_FOR 아리프 하산 -> 자바AI'],
  },
  {
    cat: 'a foreign name whose last word looks like a Korean name (고메즈, 노스): the whole name, not its last word',
    text: '홍길동 한빛AI 대표(왼쪽)와 토르빈 고메즈 코히어 최고경영자(CEO)가 협약을 맺었다.',
    nodes: ['Person:토르빈 고메즈'],
    noNodes: ['Person:고메즈'],
    expect: ['WORKS_FOR 토르빈 고메즈 -> 코히어'],
  },
  {
    cat: 'a foreign name whose last word looks like a Korean name (고메즈, 노스): the whole name, not its last word',
    text: '윤하나 한빛AI 대표(가운데)와 마야 오스틴 코히어 부사장이 기념촬영을 하고 있다.',
    nodes: ['Person:마야 오스틴'],
    noNodes: ['Person:오스틴'],
  },
  {
    cat: 'a foreign name whose last word looks like a Korean name (고메즈, 노스): the whole name, not its last word',
    text: '고은비 한빛AI 대표는 한국 시장을 중시한다고 말했다.',
    expect: ['WORKS_FOR 고은비 -> 한빛AI'],
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
    // a staff role heads the founder's noun phrase: the founding frame still reads the person
    cat: 'works-for.staff-role-founder',
    text: '변지호 연구원은 스타트업 루멘코어를 공동 창업하고 대표를 맡았다.',
    expect: ['WORKS_FOR 변지호 -> 루멘코어'],
  },
  {
    cat: 'works-for.staff-role-founder',
    text: '구글에서 일하던 탁가온 엔지니어는 AI 스타트업 세레노를 직접 세웠다.',
    expect: ['WORKS_FOR 탁가온 -> 세레노'],
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
    // a move to a new employer after a former one ("NAME 전 X 연구 리더가 Y로 자리를 옮겼다"): WORKS_FOR the new one
    cat: 'works-for.moved-after-former-employer',
    text: '도서윤 전 카카오브레인 멀티모달 연구 리더가 오픈AI로 자리를 옮겼다.',
    expect: ['WORKS_FOR 도서윤 -> 오픈AI'],
  },
  {
    cat: 'works-for.moved-after-former-employer',
    text: '권태오 전 네이버 검색 총괄은 지난달 구글로 이직했다.',
    expect: ['WORKS_FOR 권태오 -> 구글'],
  },
  {
    // a move told as a denied rumour ("…로 이직할 예정이라는 소문") is no move
    cat: 'works-for.moved-rumour',
    text: '권태오 카카오 전무는 오픈AI로 이직할 예정이라는 소문을 부인했다.',
    expect: ['WORKS_FOR 권태오 -> 카카오'],
    absent: ['WORKS_FOR 권태오 -> 오픈AI'],
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
  {
    // a person takes a head's post, the employer the subject of the sentence before (an additive topic "X도" too)
    cat: 'works-for.takes-post-carried',
    text: '카카오도 연구 조직을 정비했다. 하도윤 전무가 새로 꾸린 추론 센터의 센터장을 맡는다.',
    expect: ['WORKS_FOR 하도윤 -> 카카오'],
  },
  {
    cat: 'works-for.takes-post-carried',
    text: '업스테이지는 연말 인사를 마쳤다. 남기찬 상무가 신설된 데이터 연구소의 소장 자리에 올랐다.',
    expect: ['WORKS_FOR 남기찬 -> 업스테이지'],
  },
  {
    cat: 'works-for.takes-post-carried',
    text: '네이버클라우드도 조직을 바꿨다. 류채안 이사는 검색 모델 조직의 총괄을 맡게 됐다.',
    expect: ['WORKS_FOR 류채안 -> 네이버클라우드'],
  },
  {
    // a model's name before an organisation's unit names the unit: no model, no DEVELOPED
    cat: 'model.unit-named-after-line',
    text: 'SK텔레콤은 A.X 센터를 중심으로 차기 모델을 개발한다. 카카오는 카나나 사업부를 새로 만들었다.',
    absent: ['DEVELOPED SK텔레콤 -> A.X', 'DEVELOPED 카카오 -> 카나나'],
    noNodes: ['Model:A.X', 'Model:카나나'],
  },
  // "경험이 있는 CEO", "권한이 없는 이사": a noun with its subject particle and a verb's adnominal form before a title are no name and no company
  { cat: 'person.adnominal-before-title', text: '한 교수는 "직접 학습을 돌려 본 경험이 있는 CEO는 드물다"고 말했다.', noNodes: ['Company:있는', 'Person:경험이'] },
  { cat: 'person.adnominal-before-title', text: '업계에선 "결정 권한이 없는 이사가 너무 많다"는 말이 나온다.', noNodes: ['Company:없는', 'Person:권한이'] },
  { cat: 'person.adnominal-before-title', text: '그는 "현장을 맡은 대표가 직접 챙긴다"고 했다. 권하준 비미파테크 부사장은 동의했다.', noNodes: ['Company:맡은'], expect: ['WORKS_FOR 권하준 -> 비미파테크'] },
  // a lawmaker: "의원" is a title; a party between the name and the title is no company
  { cat: 'person.lawmaker-with-party', text: '국회 과방위 소속 윤서진 더불어민주당 의원은 "예산 증액이 성급하다"고 지적했다.', nodes: ['Person:윤서진'], noNodes: ['Company:더불어민주당'] },
  { cat: 'person.lawmaker-with-party', text: '오태윤 국민의힘 의원은 "속도 조절이 필요하다"고 말했다.', nodes: ['Person:오태윤'], noNodes: ['Company:국민의힘'] },
  { cat: 'person.lawmaker-with-party', text: '질의에 나선 한서린 의원은 사업 성과를 따져 물었다.', nodes: ['Person:한서린'] },
  {
    // a founding post ("초대 대표") belongs to the company the story sets up, not to the one the sentences were last about
    // nor to the one the person came from ("X 센터장 출신인")
    cat: 'works-for.founding-post',
    text: "가온텔레콤과 누리소프트는 합작법인 '다온브릿지'를 세운다. 지분은 가온텔레콤이 51%를 갖는다. 누리소프트 측은 \"비용을 줄이겠다\"고 강조했다. 초대 대표는 가온텔레콤 AI센터장 출신인 한지우 대표가 맡는다.",
    expect: ['WORKS_FOR 한지우 -> 다온브릿지'],
    absent: ['WORKS_FOR 한지우 -> 누리소프트', 'WORKS_FOR 한지우 -> 가온텔레콤'],
  },
  {
    cat: 'works-for.founding-post',
    text: "누리소프트는 자회사 '누리AI랩'을 설립한다고 밝혔다. 누리소프트는 올해 매출이 늘었다. 초대 CEO는 구글 딥마인드 연구원 출신인 문서율 박사가 맡는다.",
    expect: ['WORKS_FOR 문서율 -> 누리AI랩'],
    absent: ['WORKS_FOR 문서율 -> 누리소프트'],
  },
  {
    // the nouns that set a company up are one list for both readings: "새 회사 'X'" and "JV 'X'" name the company too
    cat: 'works-for.founding-post',
    text: "가온텔레콤은 누리소프트와 새 회사 '한울브릿지'를 차렸다. 초대 대표는 누리소프트 전략실장 출신인 윤하람 대표가 맡는다.",
    nodes: ['Company:한울브릿지'],
    expect: ['WORKS_FOR 윤하람 -> 한울브릿지'],
  },
  // a verb's adnominal form before a title ("이끄는 리더", "맡던 팀장") is no name
  {
    cat: 'person.adnominal-verb-not-name',
    text: '신규 모델 개발을 이끄는 리더의 역할이 커졌다. 플랫폼 사업을 맡던 팀장은 회사를 떠났다.',
    noNodes: ['Person:이끄는', 'Person:맡던'],
  },
  // "A 대표와 B <several words> 총괄 (투톱)이": a long title after a name joined to a titled person
  {
    cat: 'works-for.joined-long-title',
    text: '카카오는 정신아 대표와 도서윤 멀티모달 AI 연구총괄 투톱이 카나나를 이끈다.',
    nodes: ['Person:도서윤'],
    expect: ['WORKS_FOR 도서윤 -> 카카오'],
  },
  {
    cat: 'works-for.joined-long-title',
    text: '업스테이지는 김성훈 대표와 권태오 글로벌 사업 부문 부사장이 미국 진출을 맡는다.',
    nodes: ['Person:권태오'],
    expect: ['WORKS_FOR 권태오 -> 업스테이지'],
  },
  // a photo position note after the first of two names that share a company and title
  {
    cat: 'works-for.names-joined-photo-note',
    text: '도서윤(왼쪽)·권태오 카카오 공동대표.',
    expect: ['WORKS_FOR 도서윤 -> 카카오', 'WORKS_FOR 권태오 -> 카카오'],
  },
  {
    cat: 'works-for.names-joined-photo-note',
    text: '석하람(사진 오른쪽)·도서윤 네이버클라우드 각자대표가 악수하고 있다.',
    expect: ['WORKS_FOR 석하람 -> 네이버클라우드', 'WORKS_FOR 도서윤 -> 네이버클라우드'],
  },
  {
    cat: 'works-for.names-joined-photo-note',
    text: '권태오·도서윤 업스테이지 공동 연구소장은 이날 기자간담회에 나섰다.',
    expect: ['WORKS_FOR 권태오 -> 업스테이지', 'WORKS_FOR 도서윤 -> 업스테이지'],
  },
  // a move told as a rumour ("…로 옮긴다는 이야기가 돌았지만") is no move
  {
    cat: 'works-for.moved-rumour',
    text: '도서윤 총괄이 카카오로 옮긴다는 이야기가 돌았지만 회사는 부인했다.',
    absent: ['WORKS_FOR 도서윤 -> 카카오'],
  },
  {
    cat: 'works-for.moved-rumour',
    text: '권태오 부사장이 오픈AI로 이직한다는 소문이 퍼졌다.',
    absent: ['WORKS_FOR 권태오 -> 오픈AI'],
  },
  // a writer introducing themself by the role they hold ("X에서 … 리드를 맡고 있는 NAME입니다")
  {
    cat: 'works-for.self-intro-role',
    text: '안녕하세요. 누리랩스에서 검색팀 리드를 맡고 있는 도서윤입니다. 오늘은 모델 학습기를 정리합니다.',
    nodes: ['Person:도서윤'],
    expect: ['WORKS_FOR 도서윤 -> 누리랩스'],
  },
  {
    cat: 'works-for.self-intro-role',
    text: '반갑습니다. 가람소프트에서 데이터 플랫폼을 담당하고 있는 권태오예요.',
    nodes: ['Person:권태오'],
    expect: ['WORKS_FOR 권태오 -> 가람소프트'],
  },
  {
    cat: 'works-for.self-intro-role',
    text: '다온AI에서 추론 연구를 이끄는 석하람입니다.',
    nodes: ['Person:석하람'],
    expect: ['WORKS_FOR 석하람 -> 다온AI'],
  },
  // "X는 … 그 자리에 (Y 출신) NAME TITLE를 앉혔다": the person seated in a post works for X (not for Y)
  {
    cat: 'works-for.seated-in-post',
    text: '네이버는 지난달 검색 모델을 이끌던 권태오 상무를 신설 조직으로 보내고, 그 자리에 오픈AI 출신 도서윤 리더를 앉혔다.',
    expect: ['WORKS_FOR 도서윤 -> 네이버'],
    absent: ['WORKS_FOR 도서윤 -> 오픈AI'],
  },
  {
    cat: 'works-for.seated-in-post',
    text: '업스테이지는 물러난 석하람 부사장의 후임으로 구글 출신 도서윤 전무를 기용했다.',
    expect: ['WORKS_FOR 도서윤 -> 업스테이지'],
  },

  {
    // a company's head as the subject ("X 이름 대표는", "X 대표 이름은") speaks for the company in a partnering sentence
    cat: 'partners.head-of-company',
    text: 'LG유플러스 한도윤 대표는 구글과의 협력 성과를 발표 첫머리에 내세웠다.',
    expect: ['PARTNERS_WITH LG유플러스 -> 구글', 'WORKS_FOR 한도윤 -> LG유플러스'],
  },
  {
    cat: 'partners.head-of-company',
    text: '업스테이지 대표 한도윤은 메타와 손잡고 번역 모델을 만들고 있다고 했다. 리벨리온 고은비 대표는 엔비디아와의 협력 가능성은 열어 두겠다고 했다.',
    expect: ['PARTNERS_WITH 업스테이지 -> 메타'],
    absent: ['PARTNERS_WITH 리벨리온 -> 엔비디아'],
  },
  {
    // "X 전 대표는 B 이사회 의장으로 자리를 옮겨": a post at the company named without 의, the new title
    cat: 'works-for.moved-to-post-without-possessive',
    text: '국내 AI 기업 누리랩스가 새 대표를 선임했다. 창업자인 김민수 전 대표는 누리랩스 이사회 의장으로 자리를 옮겨 투자 유치를 맡는다.',
    expect: ['WORKS_FOR 김민수 -> 누리랩스'],
    edgeProps: ['WORKS_FOR 김민수 -> 누리랩스 title=이사회 의장'],
  },
  {
    // a move to a post at another company named before it is no post at the first
    cat: 'works-for.moved-to-post-without-possessive',
    text: '국내 AI 기업 누리랩스가 새 대표를 선임했다. 김민수 전무는 다온소프트로 자리를 옮겼다.',
    absent: ['WORKS_FOR 김민수 -> 누리랩스'],
  },
  {
    // a paper's author line: each name before its affiliation in parentheses works there; a university is no company
    cat: 'works-for.author-affiliation',
    text: '논문: 한국어 추론 증류 보고서 (arXiv 2611.00421) 저자: 한서윤(누리랩스, 교신저자), Daniel Reyes(누리랩스), 문지호(네이버클라우드), 오하람(서울대)',
    expect: ['WORKS_FOR 한서윤 -> 누리랩스', 'WORKS_FOR Daniel Reyes -> 누리랩스', 'WORKS_FOR 문지호 -> 네이버클라우드'],
    nodes: ['Person:오하람'],
  },
  {
    // names in parentheses elsewhere are no author list
    cat: 'works-for.author-affiliation',
    text: '행사에는 한서윤(누리랩스), 문지호(네이버클라우드) 등이 참석해 의견을 나눴다.',
    absent: ['WORKS_FOR 문지호 -> 네이버클라우드'],
  },
  // "X는 … 박 전무가 임기 만료로 물러남에 따라": a person stepping down under the company topic holds the post no more
  { cat: 'works-for.stepping-down-under-topic', text: '업스테이지는 최고재무책임자(CFO)를 맡아 온 한도윤 전무가 지난달 임기 만료로 물러남에 따라 서지안 상무를 신임 CFO로 선임했다.', absent: ['WORKS_FOR 한도윤 -> 업스테이지'], expect: ['WORKS_FOR 서지안 -> 업스테이지'] },
  { cat: 'works-for.stepping-down-under-topic', text: '업스테이지는 한도윤 전무가 신사업을 맡는다고 밝혔다.', expect: ['WORKS_FOR 한도윤 -> 업스테이지'] },
  // "X연구원(ABC)은 NAME …을 …으로 임명했다" after a company's hires: the institute opening the sentence hires for itself, not the company before
  {
    cat: 'works-for.institute-subject-first',
    text: '스타트업 누리랩스는 한도윤 전 카카오 리더를 신임 대표로 선임했다.\n\n한국과학기술연구원(KIST)은 서지안 지능로봇연구단장을 AI연구소장으로 임명했다.',
    expect: ['WORKS_FOR 한도윤 -> 누리랩스'],
    absent: ['WORKS_FOR 서지안 -> 누리랩스'],
  },
  {
    cat: 'works-for.institute-subject-first',
    text: '스타트업 누리랩스는 한도윤 전 카카오 리더를 신임 대표로 선임했다.\n\n해양수산부는 서지안 해양정책관을 기획조정실장으로 임명했다.',
    absent: ['WORKS_FOR 서지안 -> 누리랩스'],
  },
  // a plural ("대표 기업들이"), a team word ("정예팀 대표") or a conditional ending ("모으면") next to a title is no name
  { cat: 'person.plural-team-conditional', text: '국내 대표 기업들이 앞다퉈 뛰어들었다. 한 정예팀 관계자는 "쉽지 않다"고 했다. 하도윤 누리랩스 대표는 "좋은 데이터를 모으면 이길 수 있다"고 말했다.', nodes: ['Person:하도윤'], noNodes: ['Person:기업들', 'Person:정예팀', 'Person:모으면'] },
  { cat: 'person.plural-team-conditional', text: '개발팀 대표 모델은 따로 있다. 선발팀 대표 권유진 씨는 누리랩스 소속이다.', noNodes: ['Person:개발팀', 'Person:선발팀'] },
  // a notice's "X(대표이사 NAME, 주소)": the head in parentheses, then the address after a comma
  { cat: 'works-for.paren-head-with-address', text: '계약 상대자는 하람정보(대표이사 문지후, 대전광역시 유성구 과학로 12)로 정해졌다.', nodes: ['Company:하람정보', 'Person:문지후'], expect: ['WORKS_FOR 문지후 -> 하람정보'] },
  { cat: 'works-for.paren-head-with-address', text: '계약 상대자는 (주)하람정보 (대표이사 문지후, 대전광역시 유성구) / 지분율 60%', expect: ['WORKS_FOR 문지후 -> 하람정보'] },
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
  { cat: 'person.compound-surname-particle', text: '누리랩스 제갈민우 CTO는 이날 발표를 맡았다.', expect: ['WORKS_FOR 제갈민우 -> 누리랩스'] },
  // the subject of a relative clause on another maker's named model ("메타가 공개한 … 라마 3 8B") is not who the next sentences are about
  {
    cat: 'works-for.joins-after-relative-maker',
    text: '누리랩스는 2021년 설립된 AI 기업이다. 누리 2.0은 메타가 공개한 오픈소스 모델 라마 3 8B를 기반으로 추가 학습한 모델이다. 같은 시기 카카오브레인 출신의 선우린 박사가 연구소장으로 합류하였다.',
    expect: ['WORKS_FOR 선우린 -> 누리랩스'],
    absent: ['WORKS_FOR 선우린 -> 메타'],
  },
  // … but the maker of the topic model said in a copula ("M은 X가 개발한 … 모델입니다") is still who the next sentences are about
  {
    cat: 'works-for.joins-after-relative-maker',
    text: '누리-코더는 누리랩스가 개발한 코드 특화 모델입니다. 같은 시기 카카오브레인 출신의 선우린 박사가 연구소장으로 합류하였다.',
    expect: ['WORKS_FOR 선우린 -> 누리랩스'],
  },
  // "NAME ORG 대표" where the organisation could be a name too: the word with a common surname is the person, the one with a rare first syllable the company
  { cat: 'personnel.name-like-company', text: '법원 판결에 업계가 술렁였다. 한지석 모라온 대표는 "항소하겠다"고 밝혔다.', expect: ['WORKS_FOR 한지석 -> 모라온'], noNodes: ['Person:모라온'] },
  { cat: 'personnel.name-like-company', text: '법원 판결에 업계가 술렁였다. 한지석 김태오 대표는 "항소하겠다"고 밝혔다.', noNodes: ['Company:김태오'] },
  // a company report in the polite style: the officer who runs a unit, the title glossed with its acronym and a rank,
  // the name glossed with its Latin spelling
  {
    cat: "report: 'NAME(Latin Name) TITLE(ACRONYM·rank)가 총괄합니다' in a report about one company: the person holds the post there",
    text: '누리랩스는 올해 자체 모델을 공개했습니다. 당사는 이사회 산하에 AI윤리위원회를 두고 있습니다.\n\n실무 조직은 마이클 한(Michael Han) 최고AI책임자(CAIO·전무)가 총괄합니다.',
    expect: ['WORKS_FOR 마이클 한 -> 누리랩스'],
    sameNode: ['마이클 한=Michael Han'],
  },
  {
    cat: "report: 'TITLE(ACRONYM·rank)가 이끕니다' with a Korean name",
    text: '누리랩스는 올해 자체 모델을 공개했습니다.\n\n연구 조직은 서다온 최고기술책임자(CTO·부사장)가 이끕니다.',
    expect: ['WORKS_FOR 서다온 -> 누리랩스'],
  },
  // a feature's career clause before a bare name: the name is a person, the post after it held now
  {
    cat: "feature: 'COMPANY TITLE 출신인 NAME은 … COMPANY2 TITLE2(ACR)로 합류했다': NAME is a person at COMPANY2, not at the former employer",
    text: '솔빛랩스는 지난달 추론 모델을 공개했다. 인재 이동도 활발했다. 카카오 언어랩장 출신인 윤가람은 올해 초 솔빛랩스 최고과학책임자(CSO)로 합류했다.',
    expect: ['WORKS_FOR 윤가람 -> 솔빛랩스'],
    absent: ['WORKS_FOR 윤가람 -> 카카오'],
    nodes: ['Person:윤가람'],
  },
  {
    cat: "feature: 'TITLE을 지낸 NAME은 …' and '…였던 NAME은 …': a person node, no post at the company left",
    text: 'KT에서 AI본부장(전무)을 지낸 송다윤은 현재 대학에서 학생들을 가르친다. 한때 네이버 리더였던 장하늘은 요즘 창업을 준비한다.',
    nodes: ['Person:송다윤', 'Person:장하늘'],
    absent: ['WORKS_FOR 송다윤 -> KT', 'WORKS_FOR 장하늘 -> 네이버'],
  },
  {
    cat: "copula: '… 가운데 한 명이 NAME COMPANY TITLE다' / '…입니다': the person holds the post (a former one, '전 COMPANY TITLE다', does not)",
    text: '당시 개발을 이끈 인물 가운데 한 명이 강서윤 카카오 대표다. 또 다른 주역은 남도훈 전 네이버 리더다. 발표자는 문하율 KT 상무입니다.',
    expect: ['WORKS_FOR 강서윤 -> 카카오', 'WORKS_FOR 문하율 -> KT'],
    absent: ['WORKS_FOR 남도훈 -> 네이버'],
  },
  {
    // an association's head with a second post in parentheses ("NAME X협회 회장(Y 대표)은", "NAME 포럼 회장(Y 대표)은"):
    // a person who works for Y; the association (협회, 포럼, 학회) is no company
    cat: 'works-for.association-head-second-post',
    text: "스타트업 누리랩스는 법률 특화 모델을 만든다.\n\n도하람 한국생성AI협회 회장(누리랩스 대표)은 \"격차가 줄고 있다\"고 말했다. 서지후 포럼 회장(누리랩스 이사)은 \"평가 설계에 관여하지 않았다\"고 덧붙였다.",
    nodes: ['Person:도하람', 'Person:서지후'],
    noNodes: ['Company:한국생성AI협회', 'Company:포럼'],
    expect: ['WORKS_FOR 도하람 -> 누리랩스', 'WORKS_FOR 서지후 -> 누리랩스'],
  },
  // a roster's 'NAME (COMPANY TITLE)' with a space before the parenthesis, as programme and panel pages write it; a former post after a comma is no post
  {
    cat: 'works-for.spaced-paren-affiliation',
    text: '토론회 순서를 안내한다.\n\n좌장: 하서윤 (네이버클라우드 전무, 前 KT 연구위원)\n\n패널 마도윤 (카카오 AI 서비스리더)',
    expect: ['WORKS_FOR 하서윤 -> 네이버클라우드', 'WORKS_FOR 마도윤 -> 카카오'],
    absent: ['WORKS_FOR 하서윤 -> KT'],
    edgeProps: ['WORKS_FOR 하서윤 -> 네이버클라우드 title=전무'],
  },
  { cat: 'works-for.spaced-paren-affiliation', text: '토론회 순서를 안내한다.\n\n좌장: 하서윤 (성균관대 교수)', noNodes: ['Company:성균관대'] },
  // a foreign name in Hangul with its Latin spelling (accents and all) before the company and a scientist's title; a Hangul word that looks like a Korean name stays part of it
  {
    cat: 'works-for.foreign-name-latin-gloss',
    text: '기조강연 연사를 소개한다.\n\n마티아스 고랭(Mathïas Gorin) 미스트랄 AI 리서치 사이언티스트',
    expect: ['WORKS_FOR 마티아스 고랭 -> 미스트랄 AI'],
    edgeProps: ['WORKS_FOR 마티아스 고랭 -> 미스트랄 AI title=리서치 사이언티스트'],
    noNodes: ['Person:고랭'],
  },
  { cat: 'works-for.scientist-title', text: '신제품 발표회가 열렸다. 정하윤 업스테이지 데이터 사이언티스트는 "정확도가 올랐다"고 말했다.', edgeProps: ['WORKS_FOR 정하윤 -> 업스테이지 title=데이터 사이언티스트'] },  // a bare 책임 (a rank at some companies) names no one without a company before it; a noun and its 의 before a title is no name
  { cat: 'person.bare-responsibility', text: '가람소프트는 공시에서 "이에 대해 어떠한 책임도 지지 않는다"고 밝혔다. 이번 오류의 책임은 외부 업체에 있다고 했다.', noNodes: ['Person:어떠한', 'Person:오류의'] },
  // an agency's or a school's acronym beside a name and a title: the person (no company); a field of study and its degree, or a lab after a professor, is no one
  { cat: 'person.acronym-org', text: 'IITP 남궁하 본부장이 과제 일정을 설명했다. 이정훈 KAIST 교수는 평가를 맡았다.', nodes: ['Person:남궁하', 'Person:이정훈'], noNodes: ['Company:IITP', 'Company:KAIST'] },
  { cat: 'person.acronym-org', text: '그는 POSTECH 물리학 박사다. POSTECH 한서윤 교수 연구실이 데이터를 모았다.', nodes: ['Person:한서윤'], noNodes: ['Person:물리학', 'Person:연구실'] },
  // a person with an honorific as the next sentence's topic ("NAME 씨는") is its own subject: the company before is not carried into it
  { cat: 'clause.honorific-topic', text: "가람소프트는 바다-R2를 공개했다. 개발자 윤다솜 씨는 주말마다 만든 '솔봇-3B'를 따로 내놨다.", absent: ['DEVELOPED 가람소프트 -> 솔봇-3B'] },
  // bare names as founders, the company the topic ("X는 A와 B가 공동으로 창업했다")
  { cat: 'person.bare-founders', text: '가람소프트는 윤다솜과 오지환이 2020년 공동으로 창업했다.', nodes: ['Person:윤다솜', 'Person:오지환'], expect: ['WORKS_FOR 윤다솜 -> 가람소프트', 'WORKS_FOR 오지환 -> 가람소프트'] },
  { cat: 'person.bare-founders', text: '카카오가 설립한 가람소프트는 새 모델을 냈다.', absent: ['WORKS_FOR 카카오 -> 가람소프트'], noNodes: ['Person:카카오'] },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});
