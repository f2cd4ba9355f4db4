/** Rows for the works-for.* rules: sentences in varied phrasings, the facts each must and must not give. */
import type { Row } from './row.js';

export const worksForRows: Row[] = [
  // a card's bio naming a post held beside the card's own, its period still open ("(2023~)"); a closed period is a past post (r58b)
  { rule: 'works-for.card-open-post', sentence: '백서윤 교수\n\n한울대학교 컴퓨터공학과\n\n대화 시스템, 검색. ㈜가람소프트 기술자문위원(2023~).', expect: ['WORKS_FOR 백서윤 -> 가람소프트'], props: ['WORKS_FOR 백서윤 -> 가람소프트=기술자문위원'] },
  { rule: 'works-for.card-open-post', sentence: '백서윤 교수\n\n한울대학교 컴퓨터공학과\n\n대화 시스템, 검색. 가람소프트 연구원(2019~2022).', absent: ['WORKS_FOR 백서윤 -> 가람소프트'] },
  // a transcript's speaker line with the role before the company and post in brackets (fix197)
  { rule: 'works-for.paren-role-affiliation', sentence: '00:41:05 한도윤 (좌장, 리벨리온 전략이사)', expect: ['WORKS_FOR 한도윤 -> 리벨리온'], props: ['WORKS_FOR 한도윤 -> 리벨리온=전략이사'] },
  { rule: 'works-for.paren-role-affiliation', sentence: '패널 토론에는 문가람 (패널, 업스테이지 리서치 리드)이 나섰다.', expect: ['WORKS_FOR 문가람 -> 업스테이지'] },
  // a paper's authors in one cell, their affiliations in the closing parentheses (superscript marks, or one for all) (fix197)
  { rule: 'works-for.author-cell', sentence: '윤다빈², 문가람¹, Lena Hoff¹ (¹누리웨이브, ²고려대학교)', expect: ['WORKS_FOR 문가람 -> 누리웨이브', 'WORKS_FOR Lena Hoff -> 누리웨이브'], absent: ['WORKS_FOR 윤다빈 -> 누리웨이브'] },
  { rule: 'works-for.author-cell', sentence: '석하온, 배윤슬 (코드브리지)', expect: ['WORKS_FOR 석하온 -> 코드브리지', 'WORKS_FOR 배윤슬 -> 코드브리지'] },
  { rule: 'works-for.author-cell', sentence: '석하온, 배윤슬 (부산대학교)', absent: ['WORKS_FOR 석하온 -> 부산대학교'] },
  // "X 쪽 책임자는 (부서) NAME 직함(님)이에요": the person the company puts in charge
  { rule: 'works-for.company-side-lead-is', sentence: '오늘 가온생명과 MOU를 맺었습니다. 가온생명 쪽 책임자는 디지털혁신실 박누리 상무님이에요.', expect: ['WORKS_FOR 박누리 -> 가온생명'] },
  { rule: 'works-for.company-side-lead-is', sentence: '가온생명 측 담당자는 박누리 팀장입니다.', expect: ['WORKS_FOR 박누리 -> 가온생명'] },
  { rule: 'works-for.company-side-lead-is', sentence: '가온생명 쪽 담당자는 박누리 팀장이 아니다.', absent: ['WORKS_FOR 박누리 -> 가온생명'] },
  { rule: 'works-for.post-taken-omitted', sentence: '솔라시스는 대구의 로봇 기업이다. 오하린이 최고운영책임자(COO)를 맡고 있다.', expect: ['WORKS_FOR 오하린 -> 솔라시스'] },
  { rule: 'works-for.post-taken-omitted-second', sentence: '솔라시스는 대구의 로봇 기업이다. 공동 창업자인 오하린이 대표이사를, 민서준이 최고기술책임자(CTO)를 맡고 있다.', expect: ['WORKS_FOR 민서준 -> 솔라시스', 'WORKS_FOR 오하린 -> 솔라시스'] },
  // an author's or a speaker's bio line with a spaced ASCII hyphen ("NAME - COMPANY TITLE."), not a hyphened compound
  { rule: 'works-for.speaker-caption', sentence: '권하율 - 리벨리온 수석 엔지니어. 추론 칩 컴파일러를 맡고 있다.', expect: ['WORKS_FOR 권하율 -> 리벨리온'] },
  { rule: 'works-for.speaker-caption', sentence: '권하율 - 전 리벨리온 엔지니어. 지금은 대학원에 있다.', absent: ['WORKS_FOR 권하율 -> 리벨리온'] },
  { rule: 'works-for.speaker-caption', sentence: '[녹취] 남궁솔 / 리벨리온 상무 "칩 수급이 관건입니다."', expect: ['WORKS_FOR 남궁솔 -> 리벨리온'] },
  // an alumni list's career line: a post passed through, then the one held now
  { rule: 'works-for.career-line-now', sentence: '리벨리온은 칩을 공개했다.\n\n하서윤 (박사 2020) — 삼성리서치를 거쳐 현재 리벨리온 수석연구원, 컴파일러 총괄', expect: ['WORKS_FOR 하서윤 -> 리벨리온'] },
  { rule: 'works-for.hired-title-first', sentence: '리벨리온은 칩 설계 인력을 늘렸다. 최고기술책임자(CTO) 남도훈 씨를 새로 영입했다.', expect: ['WORKS_FOR 남도훈 -> 리벨리온'] },
  { rule: 'works-for.takes-role', sentence: '서가온 박사가 다음 달부터 업스테이지 최고AI책임자(CAIO)를 맡는다.', expect: ['WORKS_FOR 서가온 -> 업스테이지'] },
  { rule: 'works-for.self-intro', sentence: '안녕하세요, 리벨리온에서 컴파일러 엔지니어로 일하고 있는 문가람입니다.', expect: ['WORKS_FOR 문가람 -> 리벨리온'] },
  { rule: 'works-for.greeting-team', sentence: '안녕하세요, 리벨리온 컴파일러팀 문가람입니다.', expect: ['WORKS_FOR 문가람 -> 리벨리온'] },
  // a team named after a dotted line name ("A.X 팀")
  { rule: 'works-for.greeting-team', sentence: '안녕하세요, SK텔레콤 A.X 팀 문가람입니다.', expect: ['WORKS_FOR 문가람 -> SK텔레콤'] },
  { rule: 'works-for.en-our-officer', sentence: 'Byeolbit AI released Byeolbit-3 in May.\n\nQ: Who leads research?\n\nA: We hired well. Han Do-yun, our head of research, joined from Upstage.', expect: ['WORKS_FOR Han Do-yun -> Byeolbit AI'] },
  { rule: 'works-for.signature', sentence: '별빛AI의 올해 계획을 전합니다.\n\n윤하람 올림 별빛AI 대표', expect: ['WORKS_FOR 윤하람 -> 별빛AI'] },
  { rule: 'works-for.post-held-by', sentence: '네이버클라우드의 CTO는 한가람 씨입니다.', expect: ['WORKS_FOR 한가람 -> 네이버클라우드'] },
  { rule: 'works-for.omitted-subject-hired', sentence: '카카오는 판교에 본사를 둔 회사다. 지난달 한지호 최고재무책임자(CFO)를 영입했다.', expect: ['WORKS_FOR 한지호 -> 카카오'] },
  { rule: 'works-for.self-intro', sentence: '안녕하세요, 판교 카카오에서 데이터 엔지니어로 일하고 있는 윤하람이라고 해요.', expect: ['WORKS_FOR 윤하람 -> 카카오'] },
  { rule: 'works-for.en-role-at', sentence: 'Han Ji-soo, head of the EXAONE team at LG AI Research, presented the results.', expect: ['WORKS_FOR Han Ji-soo -> LG AI Research'], props: ['WORKS_FOR Han Ji-soo -> LG AI Research=head of the EXAONE team'] },
  { rule: 'works-for.en-said-it-appointed', sentence: 'Byeolbit AI said on Monday it has named Seo Ji-ho, a former engineer at Naver Cloud, as head of its speech lab.', expect: ['WORKS_FOR Seo Ji-ho -> Byeolbit AI'] },
  { rule: 'works-for.en-who-moved-to', sentence: 'The team was led by Yoon Ha-rin, who recently moved to rival startup Garam Labs in October.', expect: ['WORKS_FOR Yoon Ha-rin -> Garam Labs'] },
  { rule: 'works-for.en-appointed', sentence: 'Upstage appointed Han Seo-yun as its chief technology officer.', expect: ['WORKS_FOR Han Seo-yun -> Upstage'] },
  { rule: 'works-for.en-appointed', sentence: 'Kakao named Oh Ji-ho its new head of AI.', expect: ['WORKS_FOR Oh Ji-ho -> Kakao'] },
  { rule: 'works-for.en-appointed', sentence: 'Kakao may name Oh Ji-ho its new head of AI.', absent: ['WORKS_FOR Oh Ji-ho -> Kakao'] },
  // a person named on the company's side of an event ("X 측에서 NAME TITLE도 참석했다"), a title with a gloss before it or not
  { rule: 'works-for.company-side-person', sentence: '설명회에는 업스테이지 측에서 에밀리 카터 북미(NA) 사업총괄도 함께했다.', expect: ['WORKS_FOR 에밀리 카터 -> 업스테이지'] },
  { rule: 'works-for.company-side-person', sentence: '협약식에는 KT 측에서 오지호 상무가 나왔다.', expect: ['WORKS_FOR 오지호 -> KT'] },
  // '쪽에서는' and the person's post described before the name (h88_04)
  { rule: 'works-for.company-side-person', sentence: '한편 LG유플러스 쪽에서는 데이터 사업을 담당하는 한도윤 상무가 발표를 맡았다.', expect: ['WORKS_FOR 한도윤 -> LG유플러스'] },
  // the side as the topic ("X 쪽은 NAME TITLE가 …"); not a person the sentence places at another company
  { rule: 'works-for.company-side-person', sentence: '간담회에서 가온텔레콤 쪽은 한도윤 사업전략 상무가 로드맵을 설명했다.', expect: ['WORKS_FOR 한도윤 -> 가온텔레콤'] },
  { rule: 'works-for.company-side-person', sentence: '간담회에서 가온텔레콤 쪽은 누리소프트 한도윤 상무의 제안을 거절했다.', absent: ['WORKS_FOR 한도윤 -> 가온텔레콤'] },
  // a department title written with a middle dot ("AI·클라우드사업부장")
  { rule: 'works-for.name-company-title', sentence: '오지호 네이버 검색·데이터본부장은 새 모델을 소개했다.', expect: ['WORKS_FOR 오지호 -> 네이버'] },
  { rule: 'works-for.en-roster-line', sentence: 'Hana Lee – Chief Technology Officer, Bluewhale Corporation', expect: ['WORKS_FOR Hana Lee -> Bluewhale'] },
  { rule: 'works-for.en-roster-line', sentence: 'Dong-hyun Park – Head of Data Platform, Naver:', expect: ['WORKS_FOR Dong-hyun Park -> Naver'] },
  { rule: 'works-for.en-who-heads', sentence: '"It runs on our own chips," said Choi Min-seo, who oversees Naver\'s hyperscale AI division.', expect: ['WORKS_FOR Choi Min-seo -> Naver'] },
  // a company, an English title and a romanised name ("Naver Cloud Executive Vice President NAME")
  { rule: 'works-for.en-company-title-name', sentence: '"We will ship it this year," said Kakao Senior Vice President Yoon Da-eun.', expect: ['WORKS_FOR Yoon Da-eun -> Kakao'] },
  { rule: 'works-for.en-company-title-name', sentence: 'Krafton Chief Technology Officer Baek Ji-hoon presented the model.', expect: ['WORKS_FOR Baek Ji-hoon -> Krafton'] },
  // WORKS_FOR
  { rule: 'works-for.name-company-title', sentence: '신동훈 KT Gen AI 랩장(CAIO·상무)은 브리핑에서 이같이 말했다.', expect: ['WORKS_FOR 신동훈 -> KT'], props: ['WORKS_FOR 신동훈 -> KT=Gen AI 랩장'] },
  { rule: 'works-for.name-company-title', sentence: '이어 박영희 트웰브랩스 공동창업자가 발표에 나섰다.', expect: ['WORKS_FOR 박영희 -> 트웰브랩스'] },
  // a second name in parentheses between the name and the company ("에밀리 윤(윤지수) 카카오 부사장", "마이클 정(Michael Jung) …")
  { rule: 'works-for.name-company-title', sentence: '에밀리 윤(윤지수) 카카오 부사장은 기자간담회에서 이같이 말했다.', expect: ['WORKS_FOR 에밀리 윤 -> 카카오'], props: ['WORKS_FOR 에밀리 윤 -> 카카오=부사장'] },
  { rule: 'works-for.names-joined-company-title', sentence: '도서윤(왼쪽)·권태오 카카오 공동대표가 협약서에 서명했다.', expect: ['WORKS_FOR 도서윤 -> 카카오'] },
  { rule: 'works-for.seated-in-post', sentence: '카카오는 권태오 리더를 다른 부서로 보내고, 그 자리에 도서윤 상무를 앉혔다.', expect: ['WORKS_FOR 도서윤 -> 카카오'] },
  { rule: 'works-for.subject-company-long-title', sentence: '네이버클라우드는 석하람 대표와 도서윤 하이퍼스케일 AI 기술총괄 투톱이 이끈다.', expect: ['WORKS_FOR 도서윤 -> 네이버클라우드'] },
  { rule: 'works-for.name-company-title', sentence: '마이클 정(Michael Jung) 네이버클라우드 전무가 발표에 나섰다.', expect: ['WORKS_FOR 마이클 정 -> 네이버클라우드'] },
  { rule: 'works-for.name-company-title', sentence: '신동훈 KT Gen AI Lab장(상무)은 이같이 말했다.', expect: ['WORKS_FOR 신동훈 -> KT'] },
  { rule: 'works-for.subject-company', sentence: 'KT는 이번 조직 개편에서 AI 연구를 박서연 전무에게 맡겼다.', expect: ['WORKS_FOR 박서연 -> KT'] },
  // a minister, a lawmaker or an agency head named after a company subject holds no post at it
  { rule: 'works-for.subject-company', sentence: "노을랩스는 'AI 반도체 실증 사업' 2차 공모에 지원했는데, 한도윤 장관이 공모를 발표하며 국산 칩 우대를 예고했다.", absent: ['WORKS_FOR 한도윤 -> 노을랩스'] },
  { rule: 'works-for.subject-company', sentence: '노을랩스는 이날 행사에 한도윤 국회의원을 초청했다.', absent: ['WORKS_FOR 한도윤 -> 노을랩스'] },
  // "A 전무가 X를, B 부사장이 Y를 맡는다": the second officer of gapped clauses works where the first does (set 72)
  { rule: 'works-for.subject-company-gapped-officer', sentence: '노을랩스는 한도윤 전무가 모델 연구를, 서지안 부사장(CFO)이 비용 절감을 각각 맡는다.', expect: ['WORKS_FOR 서지안 -> 노을랩스'] },
  { rule: 'works-for.subject-company-gapped-officer', sentence: '노을랩스는 한도윤 전무가 모델 연구를, KT 서지안 부사장이 비용 절감을 각각 맡는다.', absent: ['WORKS_FOR 서지안 -> 노을랩스'] },
  { rule: 'works-for.company-title-name', sentence: 'KT의 AI 책임자인 홍길동 전무는 이렇게 말했다.', expect: ['WORKS_FOR 홍길동 -> KT'] },
  // a board seat opening the sentence is at the company the story is about; the employer named beside the person is theirs too (set 164)
  { rule: 'works-for.board-seat-filled', sentence: '의료 AI 기업 가온메디는 27일 임시주주총회를 열고 이사 3명을 새로 선임했다. 기타비상무이사로는 네이버클라우드 헬스케어 책임리더인 박서진 리더가 선임됐다.', expect: ['WORKS_FOR 박서진 -> 가온메디', 'WORKS_FOR 박서진 -> 네이버클라우드'] },
  { rule: 'works-for.board-seat-filled', sentence: '의료 AI 기업 가온메디는 27일 임시주주총회를 열었다. 사내이사로는 박서진 최고기술책임자가 새로 선임됐다.', expect: ['WORKS_FOR 박서진 -> 가온메디'] },
  { rule: 'works-for.board-seat-filled', sentence: '의료 AI 기업 가온메디는 27일 임시주주총회를 열었다. 기타비상무이사로는 네이버클라우드 박서진 리더가 거론됐지만 선임되지 않았다.', absent: ['WORKS_FOR 박서진 -> 가온메디'] },
  { rule: 'works-for.board-seat-filled', sentence: '의료 AI 기업 가온메디는 27일 임시주주총회를 열었다. 박서진 네이버클라우드 리더는 과거 누리소프트 사외이사를 지냈다.', absent: ['WORKS_FOR 박서진 -> 가온메디'] },
  { rule: 'works-for.company-team-paren', sentence: '이번 점검은 네이버 보안기술팀(총괄: 하윤슬 팀장)이 주도했다.', expect: ['WORKS_FOR 하윤슬 -> 네이버'] },
  { rule: 'works-for.company-team-paren-second', sentence: '이번 점검은 네이버 보안기술팀(하윤슬 팀장)과 인프라 운영실(송다빈 매니저)이 주도했다.', expect: ['WORKS_FOR 송다빈 -> 네이버'] },
  { rule: 'works-for.company-name-title', sentence: '카카오 정신아 대표는 AI 에이전트 전략을 소개했다.', expect: ['WORKS_FOR 정신아 -> 카카오'] },
  { rule: 'works-for.company-name-title', sentence: '새봄랩스는 새 모델을 공개했다. 한빛전자 박하윤 품질혁신처장님, 그리고 도와주신 분들께 감사드립니다.', expect: ['WORKS_FOR 박하윤 -> 한빛전자'] },
  // a unit between the company and the name ("X 커뮤니케이션팀 NAME 매니저", "X AI연구소 NAME 소장"); a bare 책임 is a rank after a company
  { rule: 'works-for.company-name-title', sentence: '문의: 가람소프트 홍보팀 윤다솜 매니저 (02-555-0101)', expect: ['WORKS_FOR 윤다솜 -> 가람소프트'] },
  { rule: 'works-for.company-name-title', sentence: '가람소프트 비전연구소 윤다솜 소장은 새 모델을 소개했다.', expect: ['WORKS_FOR 윤다솜 -> 가람소프트'] },
  { rule: 'works-for.company-name-title', sentence: '가람소프트 윤다솜 책임은 데이터 정제를 맡았다.', expect: ['WORKS_FOR 윤다솜 -> 가람소프트'] },
  { rule: 'works-for.leads-at', sentence: '황민재 최고기술책임자(CTO)는 할벡스파다이내믹스에서 모델 개발을 총괄하고 있다.', expect: ['WORKS_FOR 황민재 -> 할벡스파다이내믹스'] },
  { rule: 'works-for.leads-at', sentence: '신태민 AI 연구소장은 사토르다이내믹스에서 모델 개발을 총괄하고 있다.', expect: ['WORKS_FOR 신태민 -> 사토르다이내믹스'] },
  { rule: 'works-for.company-paren-title-name', sentence: "카카오(대표 정신아)가 차세대 언어모델 '카나나-2'를 공개했다고 20일 밝혔다.", expect: ['WORKS_FOR 정신아 -> 카카오'] },
  { rule: 'works-for.company-paren-note-title-name', sentence: "한울AI(대표=박서진·전자공학과 석사과정)는 언어모델 '한울 7B'를 공개했다.", expect: ['WORKS_FOR 박서진 -> 한울AI'] },
  { rule: 'works-for.company-name-title-list', sentence: '이날 행사에는 LG AI연구원의 임우형 공동연구원장과 김유철 부문장이 참석했다.', expect: ['WORKS_FOR 김유철 -> LG AI연구원'] },
  { rule: 'works-for.company-name-title-list', sentence: 'KT 신동훈 랩장, 오승필 부사장, 배순민 상무가 발표했다.', expect: ['WORKS_FOR 오승필 -> KT', 'WORKS_FOR 배순민 -> KT'] },
  { rule: 'works-for.company-name-title-list', sentence: '네이버 최수연 대표와 김범수 카카오 창업자가 만났다.', absent: ['WORKS_FOR 김범수 -> 네이버'] },
  // a pair named with the first one's company: the second shares it ("A X 대표(왼쪽)와 B CTO가"), not a caption's comma list
  { rule: 'works-for.name-company-title-list', sentence: '박서진 가람랩스 대표(오른쪽)와 이도윤 최고기술책임자(CTO)가 신모델을 소개하고 있다.', expect: ['WORKS_FOR 이도윤 -> 가람랩스'] },
  { rule: 'works-for.name-company-title-list', sentence: '왼쪽부터 박서진 가람랩스 대표, 이도윤 센터장, 김하나 KT 상무.', absent: ['WORKS_FOR 이도윤 -> 가람랩스'] },
  { rule: 'works-for.company-title-name-list', sentence: 'KT 공동대표인 김하준 대표와 이서윤 부사장이 참석했다.', expect: ['WORKS_FOR 이서윤 -> KT'] },
  { rule: 'works-for.company-title-name-list', sentence: 'KT 상무인 김하준 상무와 서울대 이서윤 교수가 참석했다.', absent: ['WORKS_FOR 이서윤 -> KT'] },
  { rule: 'works-for.company-title-name', sentence: '이날 행사에는 LG AI연구원 원장인 이홍락 박사가 참석했다.', absent: [] },
  { rule: 'works-for.en-company-led-by', sentence: 'Naver, the Seongnam company led by Choi Soo-yeon, reported higher cloud sales.', expect: ['WORKS_FOR Choi Soo-yeon -> Naver'] },
  { rule: 'works-for.en-company-led-by', sentence: 'Naver, the Seongnam company, hired Choi Soo-yeon as an adviser.', absent: ['WORKS_FOR Choi Soo-yeon -> Naver'] },
  { rule: 'works-for.en-clause-company-title-name', sentence: 'Asked whether Gaon Labs would list its shares, CEO Han Ji-su declined to comment.', expect: ['WORKS_FOR Han Ji-su -> Gaon Labs'] },
  { rule: 'works-for.en-who-leads', sentence: 'Park Ji-an, who heads Kakao\'s multimodal team, demoed the app.', expect: ['WORKS_FOR Park Ji-an -> Kakao'] },
  // wire copy's second reference by surname alone to the one person of that surname named before (h88_05)
  { rule: 'works-for.en-who-leads', sentence: 'Vice President Jang Min-seo spoke first. Jang, who joined Furiosa AI from LG Electronics in 2023, runs the chip roadmap.', expect: ['WORKS_FOR Jang Min-seo -> Furiosa AI'] },
  { rule: 'works-for.en-who-leads', sentence: 'Jang Min-seo and Jang Do-yun spoke first. Jang, who joined Furiosa AI from LG Electronics in 2023, runs the chip roadmap.', absent: ['WORKS_FOR Jang Min-seo -> Furiosa AI', 'WORKS_FOR Jang Do-yun -> Furiosa AI'] },
  { rule: 'works-for.en-omitted-subject-bare-title', sentence: 'Haneul Robotics shipped its model in May. "We trained it ourselves," Chief Executive Seo Min-ji told reporters.', expect: ['WORKS_FOR Seo Min-ji -> Haneul Robotics'] },
  { rule: 'works-for.en-bare-title-says-company', sentence: 'Upstage cut its API prices on Monday. Chief executive Min-ho Park (박민호), a former banker, told reporters that Upstage will keep the new prices through next year.', expect: ['WORKS_FOR Min-ho Park -> Upstage'] },
  { rule: 'works-for.paren-affiliation', sentence: '발표는 한지호 상무(네이버클라우드 하이퍼스케일 AI 센터장)가 맡았다.', expect: ['WORKS_FOR 한지호 -> 네이버클라우드'] },
  { rule: 'works-for.appointed', sentence: 'LG유플러스는 윤서아 전무를 AI 사업 그룹장으로 선임했다.', expect: ['WORKS_FOR 윤서아 -> LG유플러스'] },
  { rule: 'works-for.new-role', sentence: '트웰브랩스는 신임 최고기술책임자에 남궁민재 부사장을 선임했다.', expect: ['WORKS_FOR 남궁민재 -> 트웰브랩스'] },
  { rule: 'works-for.new-role-headline', sentence: '트웰브랩스, 신임 CFO에 남궁민재 부사장 선임', expect: ['WORKS_FOR 남궁민재 -> 트웰브랩스'] },
  // a person named with a title, then restated with the company and the title ('NAME 대표, X 대표님이')
  { rule: 'works-for.name-title-restated', sentence: '스타트업 다온랩스라는 곳이 있어요. 한서윤 대표, 다온랩스 대표님이 직접 메일을 주셨어요.', expect: ['WORKS_FOR 한서윤 -> 다온랩스'] },
  // a kind of company, a name no list knows, then a titled person: the name is the company ('스타트업 X NAME 대표')
  { rule: 'works-for.company-name-title', sentence: '패널 2(AI 기업 누리봇 한지원 CTO): 오픈소스 계획이 있나요?', expect: ['WORKS_FOR 한지원 -> 누리봇'] },
  { rule: 'works-for.company-name-title', sentence: '스타트업 사이에서 김철수 대표가 말했다.', expect: [] },
  { rule: 'works-for.new-role-headline', sentence: '트웰브랩스 새 최고기술책임자로 한다온(Daon Han) 영입됐다는 소식', expect: ['WORKS_FOR 한다온 -> 트웰브랩스'] },
  { rule: 'works-for.leads-company', sentence: '모티프테크놀로지스를 이끄는 임정환 대표는 기술 설명회를 열었다.', expect: ['WORKS_FOR 임정환 -> 모티프테크놀로지스'] },
  { rule: 'works-for.leads-company', sentence: '네이버클라우드 하이퍼스케일 AI 센터장을 맡고 있는 성낙호 전무가 발표했다.', expect: ['WORKS_FOR 성낙호 -> 네이버클라우드'] },
  { rule: 'works-for.company-title-paren-name', sentence: '엔비디아 최고경영자(CEO) 젠슨 황은 방한 일정을 공개했다.', expect: ['WORKS_FOR 젠슨 황 -> 엔비디아'] },
  { rule: 'works-for.name-age-company-title', sentence: '김도현(47) 업스테이지 부사장은 솔라 개발을 이끈다.', expect: ['WORKS_FOR 김도현 -> 업스테이지'] },
  { rule: 'works-for.roster', sentence: '[인사] 네이버 ◇승진 ▲전무 한서윤 ▲상무 오지민', expect: ['WORKS_FOR 한서윤 -> 네이버', 'WORKS_FOR 오지민 -> 네이버'] },
  { rule: 'works-for.roster', sentence: '◇SK텔레콤 ▲AI 모델 랩장 강태윤 ▲AI 인프라 담당(부사장) 문지후', expect: ['WORKS_FOR 강태윤 -> SK텔레콤', 'WORKS_FOR 문지후 -> SK텔레콤'] },
  { rule: 'works-for.en-possessive-role', sentence: 'Daniel Moon, Upstage\'s chief scientist, presented Solar Pro 2.', expect: ['WORKS_FOR Daniel Moon -> Upstage'], props: ['WORKS_FOR Daniel Moon -> Upstage=chief scientist'] },
  // an affiliation list's line ("발표자(소속)" cell): each name with its organisation in brackets; a university's people are no company's
  { rule: 'works-for.affiliation-list', sentence: '남궁별(리벨리온), 도하람(업스테이지), 유채린(KAIST)', expect: ['WORKS_FOR 남궁별 -> 리벨리온', 'WORKS_FOR 도하람 -> 업스테이지'], absent: ['WORKS_FOR 유채린 -> KAIST'] },
  // a launch page's maker line: name, a dot, the role, '@' before the employer
  { rule: 'works-for.en-maker-line', sentence: 'Yerin Baek · Co-founder & CEO @ Upstage', expect: ['WORKS_FOR Yerin Baek -> Upstage'] },
  // an author box's line: a Korean name, a dot, an English job title, then the employer after a comma ending the line
  { rule: 'works-for.en-maker-line', sentence: '윤하람 · ML Engineer, 업스테이지', expect: ['WORKS_FOR 윤하람 -> 업스테이지'] },
  { rule: 'works-for.en-maker-line', sentence: '윤하람 · ML Engineer, 업스테이지 출신으로 지금은 프리랜서', absent: ['WORKS_FOR 윤하람 -> 업스테이지'] },
  { rule: 'works-for.en-role-at', sentence: 'Maria Lopez, the CTO of Upstage, presented Solar Pro 2.', expect: ['WORKS_FOR Maria Lopez -> Upstage'], props: ['WORKS_FOR Maria Lopez -> Upstage=CTO'] },
  { rule: 'works-for.came-to-new-role', sentence: '노을랩스는 올해 조직을 새로 짰다. 새 CTO로 한가람 씨가 합류했다.', expect: ['WORKS_FOR 한가람 -> 노을랩스'] },
  // a post opening the sentence, then the person who joins to fill it; the company the article is about is the omitted subject (h88_06)
  { rule: 'works-for.post-joined-by', sentence: '가온랩스는 최고기술책임자에 김도윤 전 카카오 리더를 선임했다고 밝혔다. 데이터센터장에는 LG CNS에서 클라우드 운영을 이끌어 온 박수진 상무가 새로 합류한다.', expect: ['WORKS_FOR 박수진 -> 가온랩스'] },
  { rule: 'works-for.post-joined-by', sentence: '가온랩스는 최고기술책임자에 김도윤 전 카카오 리더를 선임했다고 밝혔다. LG CNS 데이터센터장에는 박수진 상무가 새로 합류했다.', absent: ['WORKS_FOR 박수진 -> 가온랩스'] },
  { rule: 'works-for.joins-in-role', sentence: '스타트업 한빛AI는 정다온 대표를 선임했다고 밝혔다. LG AI연구원에서 엑사원 개발에 참여한 이수진 박사도 최고기술책임자(CTO)로 합류한다.', expect: ['WORKS_FOR 이수진 -> 한빛AI'], absent: ['WORKS_FOR 이수진 -> LG AI연구원'] },
  { rule: 'works-for.moved-to', sentence: '오픈AI 출신의 한지우 상무가 업스테이지에 합류했다.', expect: ['WORKS_FOR 한지우 -> 업스테이지'], absent: ['WORKS_FOR 한지우 -> 오픈AI'] },
  { rule: 'works-for.moved-to', sentence: '한지우 상무는 업스테이지로 옮기지 않았다.', absent: ['WORKS_FOR 한지우 -> 업스테이지'] },
  { rule: 'works-for.moved-from-to', sentence: '오도현 네이버클라우드 상무는 카카오로 자리를 옮겼다.', expect: ['WORKS_FOR 오도현 -> 카카오'], absent: ['WORKS_FOR 오도현 -> 네이버클라우드'] },
  { rule: 'works-for.moved-from-to', sentence: '오도현 네이버클라우드 상무는 카카오로 옮기지 않겠다고 말했다.', absent: ['WORKS_FOR 오도현 -> 카카오'] },
  { rule: 'works-for.appointed-former', sentence: 'KT는 오지환 전 LG CNS 상무를 AI 전략 담당 전무로 선임했다.', expect: ['WORKS_FOR 오지환 -> KT'], absent: ['WORKS_FOR 오지환 -> LG CNS'] },
  { rule: 'works-for.staff', sentence: '오지훈 가온마인드 연구원은 "추론 성능을 높였다"고 말했다.', expect: ['WORKS_FOR 오지훈 -> 가온마인드'], props: ['WORKS_FOR 오지훈 -> 가온마인드=연구원'] },
  { rule: 'works-for.staff', sentence: '업스테이지 연구원은 열 명이 넘는다.', absent: ['WORKS_FOR 업스테이지 -> 업스테이지'] },
  // a roster line's affiliation in parentheses ending on a staff role ("NAME (X 연구원)"); an institute's name in them is no staff role
  { rule: 'works-for.staff-paren', sentence: '이번 보고서는 여러 사람이 함께 썼다. 공저자: 민가온 (솔빛데이터 연구원), 채이든 (솔빛데이터 엔지니어).', expect: ['WORKS_FOR 민가온 -> 솔빛데이터', 'WORKS_FOR 채이든 -> 솔빛데이터'], props: ['WORKS_FOR 민가온 -> 솔빛데이터=연구원'] },
  { rule: 'works-for.staff-paren', sentence: '민가온 (LG AI연구원)이 발표했다.', absent: ['WORKS_FOR 민가온 -> LG AI연구원'] },
  { rule: 'works-for.staff-of', sentence: '네이버클라우드의 정하늘 엔지니어는 학습 과정을 설명했다.', expect: ['WORKS_FOR 정하늘 -> 네이버클라우드'] },
  { rule: 'works-for.leads-at', sentence: '한도윤 대표는 누리클라우드에서 모델 개발을 총괄하고 있다.', expect: ['WORKS_FOR 한도윤 -> 누리클라우드'] },
  { rule: 'works-for.leads-at', sentence: '한도윤 대표는 누리클라우드에서 일하지 않는다.', absent: ['WORKS_FOR 한도윤 -> 누리클라우드'] },
  // (a former role: "총괄을 지냈으며", "총괄을 역임한")
  { rule: 'works-for.leads-at', sentence: '한도윤 대표는 누리클라우드에서 음성 사업 총괄을 지냈으며 지난해 독립했다.', absent: ['WORKS_FOR 한도윤 -> 누리클라우드'] },
  { rule: 'works-for.name-title-paren-company', sentence: '누리클라우드가 새 모델을 냈다. 한도윤 부사장(누리클라우드)은 설명회를 열었다.', expect: ['WORKS_FOR 한도윤 -> 누리클라우드'], props: ['WORKS_FOR 한도윤 -> 누리클라우드=부사장'] },
  // a former employer named in the gap ("X 팀 출신인") does not stop the company the story is about
  { rule: 'works-for.omitted-subject-contact', sentence: "채용 안내\n\n누리랩스(Nurilabs)는 음성 모델을 만드는 스타트업입니다.\n\n서류 결과는 따로 알려 드립니다. 지원 문의: 고은비 인사 매니저 (hire@example.kr)", expect: ['WORKS_FOR 고은비 -> 누리랩스'] },
  { rule: 'works-for.omitted-subject-signed', sentence: "채용 안내\n\n누리랩스(Nurilabs)는 음성 모델을 만드는 스타트업입니다.\n\n서류 결과는 따로 알려 드립니다. 2차 면접 — 고은비 CTO 및 음성팀 리드", expect: ['WORKS_FOR 고은비 -> 누리랩스'] },
  { rule: 'works-for.company-long-title-appositive', sentence: "누리랩스(Nurilabs)는 음성 모델을 만드는 스타트업이다. 누리랩스의 북미 지역 사업 개발 책임자(head of business development)인 고은비(Ko Eun-bi)는 \"첫 계약\"이라고 말하였다.", expect: ['WORKS_FOR 고은비 -> 누리랩스'] },
  { rule: 'works-for.omitted-subject', sentence: "스타트업 다온로직이 투자를 유치했다. 카카오브레인 비전 팀 출신인 한서윤 최고기술책임자(CTO)가 개발을 이끈다.", expect: ['WORKS_FOR 한서윤 -> 다온로직'], absent: ['WORKS_FOR 한서윤 -> 카카오브레인'] },
  { rule: 'works-for.omitted-subject', sentence: '다온랩스는 새 음성 모델을 공개했다. 작년 겨울 저와 문채린 CTO, 그리고 엔지니어 세 명이 이 일을 시작했다.', expect: ['WORKS_FOR 문채린 -> 다온랩스'] },
  { rule: 'works-for.omitted-subject', sentence: "다온랩스는 보도 직후 해명 자료를 냈다. 문채린 최고기술책임자(CTO)도 사내 게시판에 사과문을 올렸다.", expect: ['WORKS_FOR 문채린 -> 다온랩스'] },
  { rule: 'works-for.omitted-subject', sentence: '교육 AI 기업 모아런이 새 서비스를 준비한다.\n\n"저희는 교재 회사와 일합니다. 개발은 장보름 최고기술책임자(CTO)가 맡고 있어요."', expect: ['WORKS_FOR 장보름 -> 모아런'] },
  { rule: 'works-for.founded', sentence: '교육 AI 기업 모아런이 투자를 받았다. 장보름 대표는 출판사에서 일하다 지난해 모아런을 창업했다.', expect: ['WORKS_FOR 장보름 -> 모아런'] },
  // founders named bare (or with a background before each) as the subject of the founding verb, the company the sentence's topic
  { rule: 'works-for.topic-founded-by', sentence: '가람소프트는 삼성전자 출신 윤다솜과 네이버 출신 오지환이 2020년 함께 설립했다.', expect: ['WORKS_FOR 오지환 -> 가람소프트'], absent: ['WORKS_FOR 오지환 -> 네이버'] },
  { rule: 'works-for.topic-cofounded-by', sentence: '가람소프트는 삼성전자 출신 윤다솜과 네이버 출신 오지환이 2020년 함께 설립했다.', expect: ['WORKS_FOR 윤다솜 -> 가람소프트'], absent: ['WORKS_FOR 윤다솜 -> 삼성전자'] },
  { rule: 'works-for.topic-founded-by', sentence: '가람소프트는 오지환 대표가 2019년 세운 회사다.', expect: ['WORKS_FOR 오지환 -> 가람소프트'] },
  { rule: 'works-for.topic-founded-by', sentence: '가람소프트는 오지환이 창업했다는 소문과 달리 윤다솜이 세운 회사가 아니다.', absent: ['WORKS_FOR 오지환 -> 가람소프트', 'WORKS_FOR 윤다솜 -> 가람소프트'] },
  { rule: 'works-for.role-held', sentence: '교육 AI 기업 모아런이 경영진을 꾸렸다. 영업은 한빛증권 리서치 본부에서 일한 장보름 최고운영책임자(COO)가 맡는다.', expect: ['WORKS_FOR 장보름 -> 모아런'], absent: ['WORKS_FOR 장보름 -> 한빛증권'] },
  { rule: 'works-for.role-held', sentence: '교육 AI 기업 모아런이 경영진을 꾸렸다. 영업은 장보름 최고운영책임자(COO)가 맡을지 정해지지 않았다.', absent: ['WORKS_FOR 장보름 -> 모아런'] },
  { rule: 'works-for.founder-moves-to-post', sentence: '2020년 가드랩을 창업해 6년간 회사를 이끈 서하준 전 대표는 이사회 의장으로 자리를 옮긴다.', expect: ['WORKS_FOR 서하준 -> 가드랩'] },
  { rule: 'works-for.moved-to-role', sentence: "서하준 전 팀장이 보안 AI 스타트업 가드랩의 최고기술책임자(CTO)로 자리를 옮겼다.", expect: ['WORKS_FOR 서하준 -> 가드랩'] },
  { rule: 'works-for.cofounded-with', sentence: '윤 대표는 2023년 정해람 최고기술책임자(CTO)와 함께 업스테이지를 창업했다.', expect: ['WORKS_FOR 정해람 -> 업스테이지'], props: ['WORKS_FOR 정해람 -> 업스테이지=최고기술책임자'] },
  { rule: 'works-for.cofounded-with', sentence: '윤 대표는 정해람 최고기술책임자(CTO)와 함께 업스테이지를 창업하지 않았다.', absent: ['WORKS_FOR 정해람 -> 업스테이지'] },
  { rule: 'works-for.locative-topic', sentence: 'LG AI연구원에서는 언어모델팀장인 한서율 상무가 전무로 승진했다.', expect: ['WORKS_FOR 한서율 -> LG AI연구원'] },
  { rule: 'works-for.role-slot-hired', sentence: 'SK텔레콤은 AI 조직을 새로 꾸렸다. 센터장에는 네이버에서 검색을 맡았던 한서율 부사장을 영입했다.', expect: ['WORKS_FOR 한서율 -> SK텔레콤'] },
  { rule: 'works-for.led-company-work', sentence: '업스테이지의 솔라 학습을 총괄한 한서율 리더가 발표했다.', expect: ['WORKS_FOR 한서율 -> 업스테이지'] },
  { rule: 'works-for.en-title-name-company', sentence: 'Tech Lead 문지호 (네이버클라우드) — 추론 엔진', expect: ['WORKS_FOR 문지호 -> 네이버클라우드'] },
  { rule: 'works-for.author-affiliation', sentence: '저자: 한서윤(누리랩스, 교신저자), 문지호(네이버클라우드), 오하람(서울대)', expect: ['WORKS_FOR 한서윤 -> 누리랩스', 'WORKS_FOR 문지호 -> 네이버클라우드'] },
  { rule: 'works-for.post-filled', sentence: '카카오 신임 대표에 한서율 부사장이 내정됐다.', expect: ['WORKS_FOR 한서율 -> 카카오'] },
  // the company the topic of a clause that says what it is, then the post it has ("X는 … 회사로, CTO는 NAME이 맡고 있다")
  { rule: 'works-for.post-held-company-topic', sentence: '한결랩스는 2022년 포스텍 출신들이 세운 회사로, 최고기술책임자(CTO)는 카카오 출신 오다인 박사가 맡고 있다.', expect: ['WORKS_FOR 오다인 -> 한결랩스'], absent: ['WORKS_FOR 오다인 -> 카카오'], props: ['WORKS_FOR 오다인 -> 한결랩스=최고기술책임자'] },
  // … not a post the company is only looking to fill
  { rule: 'works-for.post-held-company-topic', sentence: '한결랩스는 2022년 세운 회사로, 최고기술책임자는 오다인 박사가 맡고 있다는 소문이 돌았지만 사실이 아니다.', absent: ['WORKS_FOR 오다인 -> 한결랩스'] },
  { rule: 'works-for.leader-of-company', sentence: '한서율 대표가 이끄는 업스테이지는 새 모델을 공개했다.', expect: ['WORKS_FOR 한서율 -> 업스테이지'] },
  { rule: 'works-for.seat-taken', sentence: 'KT 최고기술책임자 자리에 오른 한서율 전무는 조직을 정비했다.', expect: ['WORKS_FOR 한서율 -> KT'] },
  { rule: 'works-for.serving-at', sentence: 'LG AI연구원에 몸담고 있는 한서율 연구원은 학습을 맡았다.', expect: ['WORKS_FOR 한서율 -> LG AI연구원'] },
  { rule: 'works-for.leads-work-at', sentence: '네이버클라우드에서 모델 학습을 총괄하는 한서율 리더가 발표했다.', expect: ['WORKS_FOR 한서율 -> 네이버클라우드'] },
  // the model line named between the company and the work ("X에서 Y 개발을 이끄는") keeps the affiliation; not a model only used there
  { rule: 'works-for.leads-work-at', sentence: '네이버클라우드에서 하이퍼클로바X 학습을 총괄하는 한서율 리더가 발표했다.', expect: ['WORKS_FOR 한서율 -> 네이버클라우드'] },
  { rule: 'works-for.leads-work-at', sentence: '네이버클라우드에서 하이퍼클로바X를 시험해 본 한서율 교수가 발표했다.', absent: ['WORKS_FOR 한서율 -> 네이버클라우드'] },
  { rule: 'works-for.post-then-person', sentence: '업스테이지는 최고재무책임자(CFO)에 한서율 전 카카오 리더를 선임했다.', expect: ['WORKS_FOR 한서율 -> 업스테이지'] },
  { rule: 'works-for.hired-into-post-adnominal', sentence: '누리테크는 지난해 최고재무책임자(CFO)로 영입한 한서율 전 가온은행 부장이 투자 유치를 이끌었다.', expect: ['WORKS_FOR 한서율 -> 누리테크'], props: ['WORKS_FOR 한서율 -> 누리테크=최고재무책임자'] },
  { rule: 'works-for.sign-off', sentence: '— 오지훈, 가람랩스 공동창업자·CTO', expect: ['WORKS_FOR 오지훈 -> 가람랩스'] },
  { rule: 'works-for.roster-item', sentence: "의료 AI 스타트업 누리브릿지는 의료 특화 LLM을 만든다.\n\n• 서지안 대표 — 의사 출신 창업자.", expect: ['WORKS_FOR 서지안 -> 누리브릿지'] },
  { rule: 'works-for.self-intro-team', sentence: '저는 가온텔레콤 데이터 플랫폼팀의 한도윤이라고 합니다.', expect: ['WORKS_FOR 한도윤 -> 가온텔레콤'] },
  { rule: 'works-for.en-possessive-role-name', sentence: "Corelight AI opened a lab in Busan. Corelight AI's chief science officer, Yoo Ji-an, will run it.", expect: ['WORKS_FOR Yoo Ji-an -> Corelight AI'] },
  { rule: 'works-for.unit-lead-taken', sentence: '누리소프트의 모델 개발 총괄은 하도윤 AI랩장이 맡는다.', expect: ['WORKS_FOR 하도윤 -> 누리소프트'] },
  { rule: 'works-for.our-colleague-next-clause', sentence: '나는 핀테크 기업 다온소프트에서 일한다. 저희 대표인 한지섭 님은 찬성하는 편이고, 오가영 보안팀장은 반대하는 편이다.', expect: ['WORKS_FOR 오가영 -> 다온소프트'] },
  // "X 팀은 NAME TITLE이 이끈다": who leads a company's team in a programme
  { rule: 'works-for.company-team-led-by', sentence: '한빛소프트 팀은 도하람 대표가, 가온데이터 팀은 석서윤 CTO가 이끌고 있다.', expect: ['WORKS_FOR 도하람 -> 한빛소프트', 'WORKS_FOR 석서윤 -> 가온데이터'] },
  { rule: 'works-for.company-team-led-by', sentence: '한빛소프트 팀은 도하람 장관이 현장에서 칭찬했다.', absent: ['WORKS_FOR 도하람 -> 한빛소프트'] },
  // a release's department line with its contact: the contact works for the company named
  { rule: 'works-for.department-contact', sentence: '담당 부서: 가온데이터 홍보팀 / 문의: 도하람 과장(02-555-0101)', expect: ['WORKS_FOR 도하람 -> 가온데이터'] },
  // set 106: a company's possessive before a named person with an honorific
  { rule: 'works-for.company-possessive-honorific', sentence: '이 작업은 바람소프트의 서하윤 님과 함께 진행했습니다.', expect: ['WORKS_FOR 서하윤 -> 바람소프트'] },
  // set 110: a colleague named by a bare title in the clause after the writer's post at a company
  { rule: 'works-for.workplace-colleague-apposed', sentence: '지금은 누리소프트에서 데이터 리드를 맡고 있고, 대표인 한서윤 님과 둘이 창업했습니다.', expect: ['WORKS_FOR 한서윤 -> 누리소프트'] },
  { rule: 'works-for.workplace-colleague-apposed', sentence: '지금은 누리소프트에서 데이터 리드를 맡고 있고, 카카오 대표인 한서윤 님과도 자주 만납니다.', absent: ['WORKS_FOR 한서윤 -> 누리소프트'] },
  { rule: 'works-for.hired-from-other-unit', sentence: '물결AI(대표 오세훈)가 카카오브레인 검색팀에서 서비스 개발을 이끌었던 윤채원 박사를 CTO로 영입했다.', expect: ['WORKS_FOR 윤채원 -> 물결AI'] },
  { rule: 'works-for.moved-to-post-unnamed', sentence: '물결AI는 새 경영진을 꾸렸다. 한도겸 전 CTO는 수석고문으로 자리를 옮겼다.', expect: ['WORKS_FOR 한도겸 -> 물결AI'] },
  { rule: 'works-for.caption-name-title-org', sentence: '▶ 인터뷰 : 한지민 대표 / 업스테이지', expect: ['WORKS_FOR 한지민 -> 업스테이지'] },
  { rule: 'works-for.caption-name-title-org', sentence: '▶ 인터뷰 : 한지민 과장 / 교육부', absent: ['WORKS_FOR 한지민 -> 교육부'] },
  // "X 새 수장 NAME 대표": a new head's modifier between the company and the name (h148_02)
  { rule: 'works-for.company-new-head-name-title', sentence: '새봄소프트 새 수장 윤다인 대표는 첫 과제로 데이터 정비를 꼽았다.', expect: ['WORKS_FOR 윤다인 -> 새봄소프트'], props: ['WORKS_FOR 윤다인 -> 새봄소프트=대표'] },
  { rule: 'works-for.company-new-head-name-title', sentence: '새봄소프트은 다온AI와 손잡았고, 다온AI 신임 윤다인 CTO가 실무를 맡는다.', expect: ['WORKS_FOR 윤다인 -> 다온AI'], absent: ['WORKS_FOR 윤다인 -> 새봄소프트'] },
  // "X 랩(ABBR)을 이끄는 NAME TITLE": the head of a company's unit works for the company; a unit led by someone of another company is not
  { rule: 'works-for.company-unit-leader', sentence: "구글 딥러닝 연구소(GDL)를 이끄는 제임스 박 부사장이 방한했다.", expect: ['WORKS_FOR 제임스 박 -> 구글'] },
  { rule: 'works-for.company-unit-leader', sentence: "구글 딥러닝 연구소(GDL)를 이끌지 않는 제임스 박 부사장이 방한했다.", absent: ['WORKS_FOR 제임스 박 -> 구글'] },
  // "@handle (NAME, COMPANY POST)": a credits line's person with their employer and post in parentheses
  { rule: 'works-for.paren-name-affiliation', sentence: '리벨리온과 업스테이지가 함께 만든 모델이다. 기여자: @doyun-h (한도윤, 리벨리온 ML 리드), @sora-k (금소라, 업스테이지 연구소장) 외 4명', expect: ['WORKS_FOR 한도윤 -> 리벨리온', 'WORKS_FOR 금소라 -> 업스테이지'], props: ['WORKS_FOR 한도윤 -> 리벨리온=ML 리드'] },
  { rule: 'works-for.paren-name-affiliation', sentence: '이 모델은 리벨리온이 만들었다(한도윤, 리벨리온 본사 앞).', absent: ['WORKS_FOR 한도윤 -> 리벨리온'] },
  { rule: 'works-for.en-contact-name-title-company', sentence: 'Seum Robotics Inc. released its planner model on Monday.\n\nMedia Contact: Hana Yoon Head of Communications, Seum Robotics Inc. +82-2-000-0000', expect: ['WORKS_FOR Hana Yoon -> Seum Robotics Inc.'] },
  { rule: 'works-for.en-contact-name-title-company', sentence: 'Seum Robotics Inc. released its planner model on Monday.\n\nInvestor Contacts: Hana Yoon, Head of Investor Relations, Seum Robotics Inc.', expect: ['WORKS_FOR Hana Yoon -> Seum Robotics Inc.'] },
  { rule: 'works-for.en-contact-name-title-company', sentence: 'Seum Robotics Inc. released its planner model on Monday.\n\nMedia Contact: Hana Yoon, Seum Robotics Inc.', absent: ['WORKS_FOR Hana Yoon -> Seum Robotics Inc.'] },
  // a note of the post held now after a name, or after a board seat and a dash ("NAME — 사외이사 (현 X 부사장)"); a former post gives none
  { rule: 'works-for.current-post-note', sentence: '도하람 — 사외이사 (현 리벨리온 전무)', expect: ['WORKS_FOR 도하람 -> 리벨리온'], props: ['WORKS_FOR 도하람 -> 리벨리온=전무'] },
  { rule: 'works-for.current-post-note', sentence: '▲CTO 구민결(現 업스테이지 수석연구원)', expect: ['WORKS_FOR 구민결 -> 업스테이지'] },
  { rule: 'works-for.current-post-note', sentence: '도하람 — 고문 (전 리벨리온 대표이사)', absent: ['WORKS_FOR 도하람 -> 리벨리온'] },
  { rule: 'works-for.current-post-inline', sentence: '탁서율 현 네이버 상무가 내년 초 다른 회사로 옮긴다.', expect: ['WORKS_FOR 탁서율 -> 네이버'] },
  { rule: 'works-for.current-post-inline', sentence: '탁서율 전 네이버 상무가 내년 초 다른 회사로 옮긴다.', absent: ['WORKS_FOR 탁서율 -> 네이버'] },
  // "NAME은 X에서 POST로 일하며": where a person works and as what, a class-year note or 동문/씨 after the name; not a past post or a denial
  { rule: 'works-for.works-at-as-post', sentence: '그의 누나 맹서아(경영 09) 동문은 카카오에서 검색 파트장으로 일하며, 추천 모델을 맡고 있다.', expect: ['WORKS_FOR 맹서아 -> 카카오'], props: ['WORKS_FOR 맹서아 -> 카카오=검색 파트장'] },
  { rule: 'works-for.works-at-as-post', sentence: '맹서아 씨는 리벨리온에서 컴파일러 팀장으로 근무하고 있다.', expect: ['WORKS_FOR 맹서아 -> 리벨리온'] },
  { rule: 'works-for.works-at-as-post', sentence: '맹서아 씨는 리벨리온에서 컴파일러 팀장으로 일했다가 올해 떠났다.', absent: ['WORKS_FOR 맹서아 -> 리벨리온'] },
  { rule: 'works-for.works-at-as-post', sentence: '맹서아 씨는 리벨리온에서 컴파일러 팀장으로 일하지 않는다.', absent: ['WORKS_FOR 맹서아 -> 리벨리온'] },
  // a signature line: name, post (a team before it), a bar, the company
  { rule: 'works-for.signature-bar', sentence: '회의 자료를 보내 드립니다.\n\n남하윤 데이터팀장 | 리벨리온', expect: ['WORKS_FOR 남하윤 -> 리벨리온'] },
  { rule: 'works-for.signature-bar', sentence: '회의 자료를 보내 드립니다.\n\n남하윤 CTO | 업스테이지 (Upstage Inc.)', expect: ['WORKS_FOR 남하윤 -> 업스테이지'] },
  // "…로 근무하다(가) …": the post held until the person left
  { rule: 'works-for.works-at-as-post', sentence: '맹서아 씨는 리벨리온에서 컴파일러 팀장으로 근무하다가 지난봄 회사를 나왔다.', absent: ['WORKS_FOR 맹서아 -> 리벨리온'] },
  { rule: 'works-for.leads-at', sentence: '한도윤 대표는 누리클라우드에서 음성 사업을 총괄하다 올해 창업했다.', absent: ['WORKS_FOR 한도윤 -> 누리클라우드'] },
  { rule: 'works-for.works-at-as-post', sentence: '리벨리온은 칩 회사다. 맹서아 씨는 리벨리온 최고재무책임자(CFO)로 재직 중이다.', expect: ['WORKS_FOR 맹서아 -> 리벨리온'] },
  { rule: 'works-for.works-at-as-post', sentence: '리벨리온은 칩 회사다. 맹서아 씨는 리벨리온 최고재무책임자(CFO)로 재직 중이 아니다.', absent: ['WORKS_FOR 맹서아 -> 리벨리온'] },
  { rule: 'works-for.en-left-to-lead-at', sentence: 'Park Ji-won has since left to lead a speech-AI team at Samsung SDS.', expect: ['WORKS_FOR Park Ji-won -> Samsung SDS'] },
  { rule: 'works-for.en-left-to-lead-at', sentence: 'Park Ji-won left Samsung SDS in March to found a startup.', absent: ['WORKS_FOR Park Ji-won -> Samsung SDS'] },
  // "NAME은 현재 X에서 … ROLE로 일한다": where someone works now, in a role; not a past post nor a rumour
  { rule: 'works-for.now-works-at-as', sentence: "누리랩스 CTO였던 한도윤은 현재 카카오에서 검색 모델 개발을 이끄는 리더로 일한다.", expect: ['WORKS_FOR 한도윤 -> 카카오'], absent: ['WORKS_FOR 한도윤 -> 누리랩스'] },
  { rule: 'works-for.now-works-at-as', sentence: "누리랩스 CTO였던 한도윤은 카카오에서 리더로 일한다는 소문이 돌았다.", absent: ['WORKS_FOR 한도윤 -> 카카오'] },
  // (set 182) "NAME 씨는 현재 C에서 ROLE로 일하며 …": works for C; a post to come is none
  { rule: 'works-for.works-at-as-connective', sentence: '졸업생 한서진 씨는 현재 네이버클라우드에서 엔지니어로 일하며 검색 모델 평가를 맡고 있다.', expect: ['WORKS_FOR 한서진 -> 네이버클라우드'] },
  { rule: 'works-for.works-at-as-connective', sentence: '졸업생 한서진 씨는 내년부터 네이버클라우드에서 엔지니어로 일하며 검색 모델 평가를 맡을 예정이다.', absent: ['WORKS_FOR 한서진 -> 네이버클라우드'] },
  // (set 182) "- A : NAME TITLE, NAME TITLE": a line labelled with a company names its staff
  { rule: 'works-for.labelled-company-line', sentence: '- 솔트룩스 : 홍길동 대표, 김민수 최고기술책임자', expect: ['WORKS_FOR 홍길동 -> 솔트룩스', 'WORKS_FOR 김민수 -> 솔트룩스'], props: ['WORKS_FOR 홍길동 -> 솔트룩스=대표'] },
  { rule: 'works-for.labelled-company-line', sentence: '- 솔트룩스 : 홍길동 대표 (2025년 퇴임)', absent: ['WORKS_FOR 홍길동 -> 솔트룩스'] },
  // (sets 154/83) "Interview with their CTO, NAME (…)": a chief's title owned by the company the story (its English headline) is about
  { rule: 'works-for.en-omitted-subject-own-title', sentence: 'Tidewell Labs released Tallow-3 today. Interview with their CTO, Oh Ye-rin, from a trade weekly.', expect: ['WORKS_FOR Oh Ye-rin -> Tidewell Labs'] },
  { rule: 'works-for.en-omitted-subject-own-title', sentence: 'Tidewell Labs released Tallow-3 today. Interview with the CTO, Oh Ye-rin, of a rival lab.', absent: ['WORKS_FOR Oh Ye-rin -> Tidewell Labs'] },
  // "NAME POST은 C (에) 재직 중이며": where someone works now; a denial or a rumour none
  { rule: 'works-for.employed-at-now', sentence: '심사위원 한도윤 교수는 현재 네이버에 재직 중이며, 해당 안건 심사에서는 빠진다.', expect: ['WORKS_FOR 한도윤 -> 네이버'] },
  { rule: 'works-for.employed-at-now', sentence: '한도윤 교수는 네이버에 재직 중이 아니다.', absent: ['WORKS_FOR 한도윤 -> 네이버'] },
  // "책임자는 NAME TITLE입니다/이며": an accountable post at the unnamed company the notice speaks for
  { rule: 'works-for.omitted-subject-post-holder', sentence: "구름생명(이하 '당사')은 상담 모델을 고지합니다.\n\n당사는 정부의 'AI 신뢰성 검증 시범사업'에 참여하고 있습니다.\n\n개인정보 보호책임자는 탁윤서 전무입니다.", expect: ['WORKS_FOR 탁윤서 -> 구름생명'] },
  { rule: 'works-for.omitted-subject-post-holder', sentence: "구름생명(이하 '당사')은 상담 모델을 고지합니다.\n\n당사는 정부의 'AI 신뢰성 검증 시범사업'에 참여하고 있습니다.\n\n외부 자문 책임자는 한국대학교 탁윤서 교수입니다.", absent: ['WORKS_FOR 탁윤서 -> 구름생명'] },
  // "NAME TITLE와 NAME TITLE에게 요구한다": the officers a statement addresses, each at the unnamed company
  { rule: 'works-for.omitted-subject-addressed-officer', sentence: '구름데이터는 새 모델 구름 LM 2를 공개했다.\n\n노조는 해명을 요구했다.\n\n방서준 대표이사와 진아름 플랫폼부문장(전무)에게 요구한다.', expect: ['WORKS_FOR 방서준 -> 구름데이터'] },
  { rule: 'works-for.omitted-subject-addressed-officer', sentence: '구름데이터는 새 모델 구름 LM 2를 공개했다.\n\n노조는 해명을 요구했다.\n\n경쟁사 바다소프트의 방서준 대표이사에게도 요구한다.', absent: ['WORKS_FOR 방서준 -> 구름데이터'] },
  { rule: 'works-for.omitted-subject-addressed-officer-last', sentence: '구름데이터는 새 모델 구름 LM 2를 공개했다.\n\n노조는 해명을 요구했다.\n\n방서준 대표이사와 진아름 플랫폼부문장(전무)에게 요구한다.', expect: ['WORKS_FOR 진아름 -> 구름데이터'] },
  { rule: 'works-for.omitted-subject-addressed-officer-last', sentence: '구름데이터는 새 모델 구름 LM 2를 공개했다.\n\n노조는 해명을 요구했다.\n\n바다소프트 방서준 대표이사와 바다소프트 진아름 플랫폼부문장에게 요구한다.', absent: ['WORKS_FOR 진아름 -> 구름데이터'] },
  // "NAME English post (COMPANY)": a Korean name, then an English post, then the company in parentheses (set 185)
  { rule: 'works-for.name-en-title-paren-company', sentence: '윤가람 Head of Data (업스테이지)', expect: ['WORKS_FOR 윤가람 -> 업스테이지'] },
  { rule: 'works-for.name-en-title-paren-company', sentence: '윤가람 Principal Engineer (업스테이지)', expect: ['WORKS_FOR 윤가람 -> 업스테이지'] },
  { rule: 'works-for.name-en-title-paren-company', sentence: '윤가람 Guest Speaker (업스테이지)', absent: ['WORKS_FOR 윤가람 -> 업스테이지'] },
  // "C's most prominent hire is NAME": a company's hire works there (not its rival, nor a hire denied)
  { rule: 'works-for.en-company-hire-is', sentence: "On a humid evening in Pangyo, a dozen engineers at Korvi AI were still at work. Korvi's most prominent hire is Han Ji-soo, who spent five years at Kakao before joining the startup as chief scientist.", expect: ['WORKS_FOR Han Ji-soo -> Korvi AI'] },
  { rule: 'works-for.en-company-hire-is', sentence: "On a humid evening in Pangyo, a dozen engineers at Korvi AI were still at work. Korvi's most prominent hire was not Han Ji-soo.", absent: ['WORKS_FOR Han Ji-soo -> Korvi AI'] },
  // "개발을 이끈 … 테크리더 NAME의 …" after the company's own announcement: a post held at the announcing company
  { rule: 'works-for.omitted-subject-led-work', sentence: "한도윤 리더님 발표 영상도 같이 올라왔다. 카카오가 차세대 언어모델 Gana-2를 공개합니다. 개발을 이끈 가나 테크리더 한도윤의 발표 영상은 링크에서 확인하세요.", expect: ['WORKS_FOR 한도윤 -> 카카오'] },
  { rule: 'works-for.omitted-subject-led-work', sentence: "한도윤 리더님 발표 영상도 같이 올라왔다. 카카오가 차세대 언어모델 Gana-2를 공개합니다. 네이버에서 개발을 이끈 테크리더 한도윤의 발표 영상도 화제다.", absent: ['WORKS_FOR 한도윤 -> 카카오'] },
  // (set 192) "- C: TITLE NAME": a line labelled with a company (or a contract's party letter) names its contact, post first
  { rule: 'works-for.labelled-company-line-title-first', sentence: '단비테크는 물류 모델을 공개했다.\n\n- 단비테크: 플랫폼사업부장 탁세윤', expect: ['WORKS_FOR 탁세윤 -> 단비테크'], props: ['WORKS_FOR 탁세윤 -> 단비테크=플랫폼사업부장'] },
  { rule: 'works-for.labelled-company-line-title-first', sentence: '단비테크는 물류 모델을 공개했다.\n\n- 단비테크: 플랫폼사업부장 탁세윤은 참여하지 않는다', absent: ['WORKS_FOR 탁세윤 -> 단비테크'] },
  // "COMPANY 연구원 NAME입니다": a writer introducing themselves with a staff role between the company and the name
  { rule: 'works-for.staff-self-intro', sentence: '안녕하세요, 카카오 연구원 여다솜입니다. 답변 드립니다.', expect: ['WORKS_FOR 여다솜 -> 카카오'], props: ['WORKS_FOR 여다솜 -> 카카오=연구원'] },
  // "NAME 박사는 현재 (AI 스타트업) X의 POST로 재직하고 있다": a post at a company described before its name
  { rule: 'works-for.described-company-post-serving', sentence: '맹서아 박사는 현재 음성 AI 기업 소리결의 책임연구원으로 근무하고 있다.', expect: ['WORKS_FOR 맹서아 -> 소리결'], props: ['WORKS_FOR 맹서아 -> 소리결=책임연구원'] },
  { rule: 'works-for.described-company-post-serving', sentence: '맹서아 씨는 소리결의 책임연구원으로 일하다가 지난해 떠났다.', absent: ['WORKS_FOR 맹서아 -> 소리결'] },
  { rule: 'works-for.described-company-post-serving', sentence: '맹 대표는 소리결의 연구 디렉터로 일하며 학습 인프라를 총괄했다.', absent: ['WORKS_FOR 맹서아 -> 소리결'] },
  // "NAME 교수는 (의료 AI 기업) X의 대표입니다": the person is the company's post
  { rule: 'works-for.is-company-post', sentence: '탁윤후 교수는 물류 로봇 스타트업 바퀴랩스의 대표이다.', expect: ['WORKS_FOR 탁윤후 -> 바퀴랩스'], props: ['WORKS_FOR 탁윤후 -> 바퀴랩스=대표'] },
  { rule: 'works-for.is-company-post', sentence: '탁윤후 교수는 바퀴랩스의 대표였다.', absent: ['WORKS_FOR 탁윤후 -> 바퀴랩스'] },
  // "- NAME (의료 AI 스타트업 X 대표)": an affiliation in parentheses with the company described before its name
  { rule: 'works-for.paren-described-affiliation', sentence: '- 오서아 (물류 로봇 스타트업 바퀴웍스 대표)', expect: ['WORKS_FOR 오서아 -> 바퀴웍스'], props: ['WORKS_FOR 오서아 -> 바퀴웍스=대표'] },
  { rule: 'works-for.paren-described-affiliation', sentence: '— 윤마루 (음성 AI 기업 소리랩스 CTO)', expect: ['WORKS_FOR 윤마루 -> 소리랩스'] },
  { rule: 'works-for.company-intro', sentence: '네, 사내 평가 도구 관리를 맡고 있는 가온데이터 변서율입니다. 질문 주셔서 감사합니다.', expect: ['WORKS_FOR 변서율 -> 가온데이터'] },
  { rule: 'works-for.company-intro-post-after', sentence: '누리랩스 채도윤입니다(CPO). 로드맵은 다음 달에 공유하겠습니다.', expect: ['WORKS_FOR 채도윤 -> 누리랩스'], props: ['WORKS_FOR 채도윤 -> 누리랩스=CPO'] },
  // a paper card's author line: "NAME, NAME, NAME · COMPANY(Latin) · date" (fix200)
  { rule: 'works-for.byline-authors', sentence: '한도윤, 서예린, 문지호 · 솔빛랩스(Solbit Labs) · 2026-04-11', expect: ['WORKS_FOR 한도윤 -> 솔빛랩스', 'WORKS_FOR 서예린 -> 솔빛랩스', 'WORKS_FOR 문지호 -> 솔빛랩스'] },
  { rule: 'works-for.byline-authors', sentence: '한도윤, 서예린 · 솔빛랩스와 공동 연구한 결과를 정리했다는 설명이 붙어 있지만 소속은 밝히지 않았다', absent: ['WORKS_FOR 한도윤 -> 솔빛랩스'] },
  // a paper's comments: initialled authors and where they work (set 225)
  { rule: 'works-for.en-initialled-colon', sentence: 'D. Pyo: Haneul Institute of Language Technology. M. Ryu: Dalbit Labs Inc.', expect: ['WORKS_FOR D. Pyo -> Haneul Institute of Language Technology'] },
  { rule: 'works-for.en-initialled-now-at', sentence: 'J. Oh: Gaon Robotics (now at KT).', expect: ['WORKS_FOR J. Oh -> KT'] },
  { rule: 'works-for.en-is-with', sentence: 'M. Ryu is CTO of Dalbit Labs; S. Ha is with Upstage.', expect: ['WORKS_FOR S. Ha -> Upstage'] },
  { rule: 'works-for.en-is-role-of', sentence: 'M. Ryu is CTO of Dalbit Labs; S. Ha is with Upstage.', expect: ['WORKS_FOR M. Ryu -> Dalbit Labs'] },
];
