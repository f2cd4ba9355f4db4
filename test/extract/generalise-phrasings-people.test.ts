/**
 * Generalisation rows of generalise-phrasings: people, their companies and titles.
 * The others are in the other generalise-phrasings-*.test.ts files. Each row is a short article written
 * for these tests, the facts it must give and the facts it must not give; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // "X's CEO NAME": the possessive before a capitalised role, like "X CEO NAME"
  { cat: 'works-for.en-possessive-title-name', text: "Tidewell Labs released Kestrel-4 in May. Tidewell Labs's CTO Moon Ha-rin told reporters the next model is due in autumn.", expect: ['WORKS_FOR Moon Ha-rin -> Tidewell Labs'] },
  // a writer's colleague named with an in-house post in the clause after "우리 CTO인 NAME" works at the writer's company too
  { cat: 'works-for.our-colleague-next-clause', text: '나는 물류 스타트업 한빛소프트에서 백엔드 개발자로 일한다. 우리 CTO인 박지훈 님은 "속도가 먼저"라는 입장이고, 이수아 플랫폼팀장은 "안정성이 먼저"라는 입장이다.', expect: ['WORKS_FOR 이수아 -> 한빛소프트'] },
  { cat: 'works-for.our-colleague-next-clause', text: '나는 물류 스타트업 한빛소프트에서 백엔드 개발자로 일한다. 우리 CTO인 박지훈 님은 "속도가 먼저"라는 입장이고, 이수아 교수는 "안정성이 먼저"라는 입장이다.', absent: ['WORKS_FOR 이수아 -> 한빛소프트'] },
  // a securities firm's analyst or researcher introduced on a call ("X증권 NAME 애널리스트입니다", "(X증권 NAME 연구원)") is a person at the firm
  { cat: 'works-for.company-name-title', text: '사회자: 다음 질문은 삼성증권 오하람 애널리스트입니다.', nodes: ['Person:오하람'], expect: ['WORKS_FOR 오하람 -> 삼성증권'] },
  { cat: 'person.company-staff', text: '질문자 (삼성증권 오하람 연구원): 올해 매출 목표를 알려 주세요.', nodes: ['Person:오하람'] },
  // a person with the company and a title glossed by its acronym ("NAME ORG 최고경영자(CEO)는"); the head of a company ("X의 수장인 NAME 대표")
  { cat: 'person.name-org-title-acronym', text: '박서연 노을랩스 최고경영자(CEO)는 협력을 강조했다.', expect: ['WORKS_FOR 박서연 -> 노을랩스'] },
  { cat: 'person.name-org-title-acronym', text: '노을랩스를 5년간 이끌어 온 박서연 대표는 최고기술책임자(CTO)로 자리를 옮긴다.', nodes: ['Person:박서연'], noNodes: ['Company:대표는'] },
  { cat: 'works-for.leads-company', text: '노을랩스의 수장인 박서연 대표는 기자간담회를 열었다.', expect: ['WORKS_FOR 박서연 -> 노을랩스'] },
  // a writer introducing themselves by their team after a greeting ("안녕하세요, X ML팀의 홍길동입니다"); not a team's work
  { cat: 'works-for.self-intro-team', text: '가온랩스가 새 모델을 공개했다. 안녕하세요, 가온랩스 ML팀의 윤서진입니다.', expect: ['WORKS_FOR 윤서진 -> 가온랩스'] },
  { cat: 'works-for.self-intro-team', text: '가온랩스가 새 모델을 공개했다. 이번 모델은 가온랩스 연구팀의 성과물입니다.', noNodes: ['Person:성과물'] },
  { cat: 'works-for.narrator-intro', text: '제목\n\n안녕하세요, 해솔랩에서 번역 모델 만들고 있는 엔지니어입니다. 저희 CTO 문가온님이 평가 코드를 짜 주셨습니다.', expect: ['WORKS_FOR 문가온 -> 해솔랩'] },
  { cat: 'works-for.narrator-intro', text: '제목\n\n고객님이 주문하신 상품은 내일 도착합니다. 담당 매니저님이 연락드립니다.', noNodes: ['Person:고객님', 'Person:매니저'] },
  // "X, the Busan startup led by NAME": the company's leader works there
  { cat: 'works-for.en-company-led-by', text: 'Title\n\nTidewell Labs, the Busan startup led by Moon Ha-rin, has bet on small models.', expect: ['WORKS_FOR Moon Ha-rin -> Tidewell Labs'] },
  { cat: 'works-for.en-company-led-by', text: 'Title\n\nTidewell Labs, the Busan startup, hired Moon Ha-rin as an adviser.', absent: ['WORKS_FOR Moon Ha-rin -> Tidewell Labs'] },
  // the company the sentence's omitted subject is, as the bare "회사를 함께 세운 NAME" (its co-founder, now its head)
  { cat: 'works-for.leads-company', text: "제목\n\n스타트업 해솔랩이 새 모델을 내놨다. 5월에는 해솔랩의 사령탑이 바뀌었다. 창업자인 문가온 대표가 물러나고, 회사를 함께 세운 한서준 최고기술책임자(CTO)가 새 대표로 선임됐다.", expect: ['WORKS_FOR 한서준 -> 해솔랩'] },
  // a team list's line opening on an English job title, then a Korean name and the company in parentheses
  { cat: 'works-for.en-title-name-company', text: '가온랩스가 새 모델을 공개했다.\n\n참여 인원\n\nHead of Data 박서윤 (가온랩스) — 말뭉치 정제', nodes: ['Person:박서윤'], expect: ['WORKS_FOR 박서윤 -> 가온랩스'] },
  { cat: 'works-for.en-title-name-company', text: '가온랩스가 새 모델을 공개했다.\n\n참여 인원\n\n데이터 정제 박서윤 (가온랩스 협력)', absent: ['WORKS_FOR 박서윤 -> 가온랩스'] },
  // an internal document that says whose staff it is for: the people it names with a bare in-house post work there
  { cat: 'works-for.internal-staff', text: '월간 개발 회의록\n\n이 페이지는 가온랩스 직원 한정입니다.\n\n데이터 정제는 한도윤 ML 엔지니어가 맡았다. 예산은 서지호 CFO가 검토한다. 남궁별 누리정보원 원장은 설명회에서 지원 확대를 밝혔다.', expect: ['WORKS_FOR 한도윤 -> 가온랩스', 'WORKS_FOR 서지호 -> 가온랩스'], absent: ['WORKS_FOR 남궁별 -> 가온랩스'] },
  { cat: 'works-for.internal-staff', text: '월간 개발 회의록\n\n가온랩스가 새 모델을 공개했다.\n\n데이터 정제는 한도윤 ML 엔지니어가 맡았다.', absent: ['WORKS_FOR 한도윤 -> 가온랩스'] },
  // taking up a post after a former one ("NAME 전 X 리더가 Y 대표로 취임했다"), not a rumoured one; an adviser appointed ("…을 고문으로 위촉했다")
  { cat: 'works-for.moved-to-role', text: '노을랩스가 새 모델을 냈다. 박서연 전 네이버 리더가 노을랩스 대표로 취임했다.', expect: ['WORKS_FOR 박서연 -> 노을랩스'], absent: ['WORKS_FOR 박서연 -> 네이버'] },
  { cat: 'works-for.moved-to-role', text: '박서연 전 네이버 리더가 KT 대표로 취임할 것이라는 소문이 돌았다.', absent: ['WORKS_FOR 박서연 -> KT'] },
  { cat: 'clause.works-for.hired', text: '노을랩스가 새 모델을 냈다. 노을랩스는 김도현 전 카카오 부사장을 고문으로 위촉했다.', expect: ['WORKS_FOR 김도현 -> 노을랩스'], absent: ['WORKS_FOR 김도현 -> 카카오'] },
  { cat: 'works-for.company-title-name-list', text: '누리솔루션 공동창업자인 박서진 CTO와 한지훈 CEO는 신모델을 소개했다.', expect: ['WORKS_FOR 박서진 -> 누리솔루션', 'WORKS_FOR 한지훈 -> 누리솔루션'] },
  { cat: 'works-for.company-title-name-list', text: '이번 행사에는 벡터랩스 공동대표인 정유나 대표와 오세훈 대표가 참석했다.', expect: ['WORKS_FOR 정유나 -> 벡터랩스', 'WORKS_FOR 오세훈 -> 벡터랩스'] },
  // a person who runs a unit of the company ("X AI 연구소를 맡고 있는 NAME 전무")
  { cat: 'works-for.leads-work-at', text: '한빛소프트는 AI 기업이다. 한빛소프트 AI 연구소를 맡고 있는 서하준 전무는 설명했다.', expect: ['WORKS_FOR 서하준 -> 한빛소프트'] },
  // a notice's staff lines: a corporate mark before the company ('NAME (주)X 부서 상무', 'NAME 대표((주)X)'), a title's acronym after it ('(주)X 최고기술책임자(CTO) NAME')
  { cat: 'works-for.name-company-title', text: '가온소프트와 다솜데이터가 참여한다.\n\n○ 과제책임자 : 한서진 (주)가온소프트 연구개발본부 이사', expect: ['WORKS_FOR 한서진 -> 가온소프트'] },
  { cat: 'works-for.name-title-paren-company', text: '가온소프트와 다솜데이터가 참여한다.\n\n○ 참여기관 책임자 : 도하윤 대표((주)다솜데이터)', expect: ['WORKS_FOR 도하윤 -> 다솜데이터'] },
  { cat: 'works-for.company-title-paren-name', text: '가온소프트와 다솜데이터가 참여한다.\n\n○ 참여기관 책임자 : (주)다솜데이터 최고기술책임자(CTO) 윤재민', expect: ['WORKS_FOR 윤재민 -> 다솜데이터'] },
  // a chief named with no company in a poster's reply ('그거 NAME 대표가 직접 …') heads the tagged company; under a tag naming none, nobody's
  { cat: 'works-for.poster-chief', text: "바람-9B 표절 얘기 아직도 도네\n\n가온소프트 · Wd4r8N\n\n그거 도하윤 대표가 직접 설명회까지 열어서 다 해명했음.\n\n공무원 · Hx2p5K\n\n그거 유서진 대표가 직접 해명했음.", expect: ['WORKS_FOR 도하윤 -> 가온소프트'], absent: ['WORKS_FOR 유서진 -> 가온소프트'] },
  // English: an officer named after the company's possessive post ("X's chief operating officer, NAME"), a place-based kind before the employer,
  // a second score in a coordinated list, an application dated before its programme, a deal signed in a clause after the subject's first verb
  { cat: 'works-for.en-possessive-role-name', text: "Brightfield AI released Tidal-13B on Monday. Brightfield AI's chief operating officer, Moon Ha-eun, said sales would start in June.", expect: ['WORKS_FOR Moon Ha-eun -> Brightfield AI'] },
  { cat: 'works-for.en-possessive-role-name', text: '좌담회에는 오세린 가온소프트 CTO, 백도윤 다솜데이터 대표가 참석했다.', absent: ['WORKS_FOR 백도윤 -> 가온소프트'] },
  { cat: 'works-for.en-role-at', text: 'The loudest critic was Seo Yu-na, a research engineer at Daejeon-based robotics startup Nuvola Robotics, who posted the logs.', expect: ['WORKS_FOR Seo Yu-na -> Nuvola Robotics'], noNodes: ['Company:Daejeon-based'], props: ['Nuvola Robotics=country:KR'] },
  { cat: 'works-for.unit-lead-taken', text: '가온소프트 컨소시엄의 개발 총괄은 도하윤 연구소장이 맡고 있다.', expect: ['WORKS_FOR 도하윤 -> 가온소프트'] },
  // a company's model introduced by its kind word as the subject ('X의 상담 특화 모델 'Y'는 …') keeps X the topic: its head
  // ('NAME 대표는') works there; a sentence naming its employer by a reference word ('이 회사 NAME 대표는') is left to that word
  {
    cat: 'works-for.chief-of-topic',
    text: "물류 스타트업 다솜데이터가 투자를 유치했다. 가온소프트가 투자자로 들어왔는데, 회사 측은 단순 투자라고 했다. 다솜데이터의 배차 특화 모델 '다솜-R'은 라마 3.1을 기반으로 만들었다. 오하린 대표는 \"투자금은 인재 채용에 쓰겠다\"고 했다.",
    expect: ['WORKS_FOR 오하린 -> 다솜데이터'],
    absent: ['WORKS_FOR 오하린 -> 가온소프트'],
  },
  { cat: 'works-for.chief-of-topic', text: '다솜데이터가 투자를 유치했다. 가온소프트가 투자자로 들어왔다. 오하린 대표가 직접 발표했다.', absent: ['WORKS_FOR 오하린 -> 가온소프트'] },
  // a job page's company box ('기업명: (주)X' then '대표자: NAME') and a contact line after a sentence ('… 안내합니다. 채용 문의: NAME ROLE (mail)')
  { cat: 'works-for.filing-cover', text: "채용 공고\n\n가온브릭(Gaonbrick)은 법률 특화 언어모델을 만드는 스타트업입니다.\n\n기업 정보\n\n기업명: (주)가온브릭\n\n대표자: 하서진\n\n설립일: 2021.05.02", expect: ['WORKS_FOR 하서진 -> 가온브릭'] },
  { cat: 'works-for.omitted-subject-contact', text: "채용 공고\n\n가온브릭(Gaonbrick)은 법률 특화 언어모델을 만드는 스타트업입니다.\n\n면접 일정은 개별로 알려 드립니다. 입사 문의: 윤서하 인사 매니저 (jobs@gaonbrick.kr)", expect: ['WORKS_FOR 윤서하 -> 가온브릭'] },
  { cat: 'works-for.omitted-subject-contact', text: "가온브릭(Gaonbrick)은 법률 특화 언어모델을 만드는 스타트업입니다. 입사 문의는 누리소프트를 통해 받는다고 밝혔다.", absent: ['WORKS_FOR 누리소프트 -> 가온브릭'] },
  // a related-people line with the name's romanisation before the dash and 의 before the title ('NAME(Latin) — X의 TITLE(CTO).')
  { cat: 'works-for.speaker-caption', text: "누리온 문서\n\n관련 인물\n\n한도윤(Han Do-yun) — 한빛데이터의 최고기술책임자(CTO). 누리온 1부터 학습을 맡았다.", expect: ['WORKS_FOR 한도윤 -> 한빛데이터'] },
  // a translated story's long title, maybe glossed in English, before the name ('X의 … 최고 책임자(chief …)인 NAME(Latin)은')
  { cat: 'works-for.company-long-title-appositive', text: "번역 기사\n\n가온브릭(Gaonbrick)은 법률 모델을 만드는 스타트업이다. 가온브릭의 아시아 지역 영업 총괄 책임자(head of Asia sales)인 한도윤(Han Do-yun)은 성명에서 \"좋은 출발\"이라고 말하였다.", expect: ['WORKS_FOR 한도윤 -> 가온브릭'] },
  { cat: 'works-for.company-long-title-appositive', text: "번역 기사\n\n가온브릭(Gaonbrick)은 법률 모델을 만드는 스타트업이다. 가온브릭의 전 아시아 영업 총괄 책임자(former head of Asia sales)인 한도윤(Han Do-yun)은 지금 다른 회사에 있다.", absent: ['WORKS_FOR 한도윤 -> 가온브릭'] },
  // a lower-case top post between a company and a name ("X chief executive NAME", "X co-head NAME")
  { cat: 'works-for.en-company-lower-title-name', text: "Tidewell Labs released Kestrel-4 in May. \"It is ours,\" Tidewell Labs chief executive Mira Solberg told reporters. Haneul AI co-head Park Ji-won called it a first step.", expect: ['WORKS_FOR Mira Solberg -> Tidewell Labs', 'WORKS_FOR Park Ji-won -> Haneul AI'] },
  // a chief officer's title glossed with a rank as well ("(CTO·전무)"): a post at the company the story is about
  { cat: 'works-for.chief-title-with-rank', text: "가온데이터는 새 모델을 공개했다. 도하람 최고기술책임자(CTO·전무)는 \"처음부터 우리 데이터로 학습했다\"고 말했다.", expect: ['WORKS_FOR 도하람 -> 가온데이터'] },
  // a person the gazetteer places at a company by role ("업스테이지 대표"), called by that title where the company is named, works there
  // (and not for the company an interview's context would give); another title ("교수") is no such mention
  { cat: 'works-for.known-role', text: "업스테이지에서 많이 배웠어요. 김성훈 대표님이 늘 하던 말이 있어요.", expect: ['WORKS_FOR 김성훈 -> 업스테이지'] },
  { cat: 'works-for.known-role', text: "김성훈 교수는 업스테이지 모델을 평가했다.", absent: ['WORKS_FOR 김성훈 -> 업스테이지'] },
  // "NAME이 최고기술책임자(CTO)를 맡고 있다", "A가 대표이사를, B가 CTO를 맡고 있다" after a company's description: its officers
  { cat: 'works-for.post-taken-omitted', text: "누리온랩스는 2022년 부산에서 세워진 인공지능 기업이다. 공동 창업자인 하서진이 대표이사를, 문태오가 최고운영책임자(COO)를 맡고 있다.", expect: ['WORKS_FOR 하서진 -> 누리온랩스', 'WORKS_FOR 문태오 -> 누리온랩스'] },
  { cat: 'works-for.post-taken-omitted', text: "누리온랩스는 인공지능 기업이다. 문태오가 최고기술책임자(CTO)를 맡고 있다.", expect: ['WORKS_FOR 문태오 -> 누리온랩스'] },
  // "X's chief scientist First Last will lead …": a company, a chief scientist's role, then a Latin name (h99_05)
  { cat: 'works-for.en-chief-scientist', text: "Upstage's chief scientist Mia Berg will lead the new research lab in Toronto.", expect: ['WORKS_FOR Mia Berg -> Upstage'] },
  // an unnamed source ("한 보험사 AI혁신 담당 임원은"): the word after "한"/"어느" is no person's name; a named one still is
  { cat: 'person.unnamed-source', text: '가온랩이 새 모델을 공개했다. 한 보험사 AI혁신 담당 임원은 "도입을 검토한다"고 말했다. 박서진 가온랩 최고기술책임자는 "연내 공개한다"고 말했다.', expect: ['WORKS_FOR 박서진 -> 가온랩'], noNodes: ['Person:보험사'] },
  { cat: 'person.unnamed-source', text: '가온랩이 새 모델을 공개했다. 어느 보험사 AI혁신 담당 임원은 "도입을 검토한다"고 말했다.', noNodes: ['Person:보험사', 'Company:AI혁신'] },
  // a title as the object of an appointment ("NAME 팀장을 CTO로 선임했다") is no organisation of the person
  { cat: 'person.title-as-object', text: '한솔랩스는 네이버 AI 조직에서 데이터 작업을 이끌었던 오하람 팀장을 최고기술책임자(CTO)로 선임했다고 밝혔다.', expect: ['WORKS_FOR 오하람 -> 한솔랩스'], absent: ['WORKS_FOR 오하람 -> 팀장을'], noNodes: ['Company:팀장을'] },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});
