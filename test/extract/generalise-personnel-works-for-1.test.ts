/**
 * Generalisation rows of generalise-personnel: the 'works-for' rows (part 1 of 2).
 * The others are in the other generalise-personnel-*.test.ts files. Each row is a short article written
 * for these tests, the facts it must give and the facts it must not give; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
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
  // (an interviewee's honorific '님' for a former colleague, and a 'still' before the company: the post is held now)
  { cat: 'works-for.leads-at', text: '당시 팀장이셨던 한가람 님은 지금도 업스테이지에서 번역 모델 개발을 이끌고 계시는데, 가끔 연락해요.', expect: ['WORKS_FOR 한가람 -> 업스테이지'] },
  { cat: 'works-for.leads-at', text: '한가람 님은 지금은 업스테이지에서 일하지 않는다.', absent: ['WORKS_FOR 한가람 -> 업스테이지'] },
  // (the company's model named in what the person leads: "X에서 MODEL 개발을 이끌고")
  { cat: 'works-for.leads-at', text: '한가람 님은 지금도 카카오에서 카나나 학습을 이끌고 있다.', expect: ['WORKS_FOR 한가람 -> 카카오'] },
  { cat: 'clause.works-for.joined', text: '한가람 박사는 지난달 업스테이지에 입사했다.', expect: ['WORKS_FOR 한가람 -> 업스테이지'] },
  { cat: 'clause.works-for.joined', text: '업스테이지에 입사한 한가람 박사는 추론 모델을 맡는다.', expect: ['WORKS_FOR 한가람 -> 업스테이지'] },
  { cat: 'clause.works-for.joined', text: '한가람 박사는 업스테이지에 입사하지 않았다.', absent: ['WORKS_FOR 한가람 -> 업스테이지'] },
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
  // "A 대표는 … X를 세웠다": the founder holds a role at the company they founded
  { cat: 'works-for.founded', text: '물류 AI 기업 가온로직이 투자를 받았다. 윤서진 대표는 삼성SDS에서 10년간 일한 뒤 2024년 가온로직을 세웠다.', expect: ['WORKS_FOR 윤서진 -> 가온로직'], absent: ['WORKS_FOR 윤서진 -> 삼성SDS'] },
  { cat: 'works-for.founded', text: '물류 AI 기업 가온로직이 투자를 받았다. 윤서진 대표는 가온로직을 세웠다고 알려졌지만 사실이 아니다.', absent: ['WORKS_FOR 윤서진 -> 가온로직'] },
  {
    // "X 전 리더가 Y의 CTO로 자리를 옮겼다": the new employer, not the old one
    cat: 'works-for.moved-to-role',
    text: "누리클라우드에서 검색 모델을 이끌었던 한도윤 전 팀장이 의료 AI 스타트업 메디봇의 최고기술책임자(CTO)로 자리를 옮겼다.",
    expect: ['WORKS_FOR 한도윤 -> 메디봇'],
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
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});
