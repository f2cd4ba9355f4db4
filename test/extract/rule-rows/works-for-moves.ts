/** Rows for the works-for.* rules that read a move (hired, appointed, joined, moved, founded, a seat taken or filled): split from works-for.ts. */
import type { Row } from './row.js';

export const worksForMoveRows: Row[] = [
  // a former head moved up to the board of the company the passage is about ("전임 대표인 창업자 NAME 씨는 이사회 의장으로 자리를 옮겼다") (r60d)
  { rule: 'works-for.omitted-subject-moved-to-board', sentence: '하도윤 씨가 솔빛데이터 대표이사에 선임됐다. 솔빛데이터는 문서 요약 모델을 서비스하고 있다. 전임 대표인 창업자 구민서 씨는 이사회 의장으로 자리를 옮겼다.', expect: ['WORKS_FOR 구민서 -> 솔빛데이터'], props: ['WORKS_FOR 구민서 -> 솔빛데이터=이사회 의장'] },
  { rule: 'works-for.omitted-subject-moved-to-board', sentence: '솔빛데이터는 문서 요약 모델을 서비스하고 있다. 창업자 구민서 씨는 이사회 의장으로 자리를 옮기지 않았다.', absent: ['WORKS_FOR 구민서 -> 솔빛데이터'] },
  // the hire's past post in apposition before the new one, after 'also' (h88_05)
  { rule: 'works-for.en-appointed', sentence: 'Rebellions also hired Moon Ga-eun, an ex-engineer at Samsung Electronics, as its new head of compilers.', expect: ['WORKS_FOR Moon Ga-eun -> Rebellions'] },
  // "X의 공동창업자는 … 출신의 NAME CTO다": the founder the sentence names works there (set 164); a former post or a denial does not
  { rule: 'works-for.founder-is-named', sentence: 'AI 스타트업 다온랩은 지난달 첫 모델을 공개했다. 다온랩의 공동창업자는 카카오 연구원 출신의 박서진 최고기술책임자(CTO)다.', expect: ['WORKS_FOR 박서진 -> 다온랩'] },
  { rule: 'works-for.founder-is-named', sentence: 'AI 스타트업 다온랩은 지난달 첫 모델을 공개했다. 다온랩의 공동창업자는 박서진 CTO가 아니다.', absent: ['WORKS_FOR 박서진 -> 다온랩'] },
  { rule: 'works-for.founder-is-named', sentence: 'AI 스타트업 다온랩은 지난달 첫 모델을 공개했다. 다온랩의 창업자는 지난해 회사를 떠난 박서진 전 대표다.', absent: ['WORKS_FOR 박서진 -> 다온랩'] },
  // "X 합류는 NAME CEO가 직접 제안했다": who proposed joining X holds the title at X (set 164); a denial or a former post does not
  { rule: 'works-for.join-proposed-by', sentence: '프랑스 AI 기업 루미에르AI가 한국에 지사를 열고 박서진 지사장을 앉혔다. 루미에르AI 합류는 한도윤 최고경영자(CEO)가 직접 제안했다고 한다.', expect: ['WORKS_FOR 한도윤 -> 루미에르AI'] },
  { rule: 'works-for.join-proposed-by', sentence: '프랑스 AI 기업 루미에르AI가 한국에 지사를 열고 박서진 지사장을 앉혔다. 루미에르AI 합류는 한도윤 최고경영자(CEO)가 제안하지 않았다.', absent: ['WORKS_FOR 한도윤 -> 루미에르AI'] },
  { rule: 'works-for.join-proposed-by', sentence: '프랑스 AI 기업 루미에르AI가 한국에 지사를 열고 박서진 지사장을 앉혔다. 루미에르AI 합류는 한도윤 전 대표가 제안했다고 한다.', absent: ['WORKS_FOR 한도윤 -> 루미에르AI'] },
  // a post held now ("…가 맡고 있다"), the holder with a doctor's title
  { rule: 'works-for.post-filled', sentence: '한결랩스의 최고재무책임자는 오다인 박사가 맡고 있다.', expect: ['WORKS_FOR 오다인 -> 한결랩스'] },
  // a hire with the person's past in apposition before the post ("X has hired NAME, a former …, as head of …")
  { rule: 'works-for.en-hired-appositive-as', sentence: 'Tidewell Labs has recruited Mira Solberg, a former engineer at a chip firm, as head of its new planning unit.', expect: ['WORKS_FOR Mira Solberg -> Tidewell Labs'] },
  { rule: 'works-for.en-hired-appositive-as', sentence: 'Tidewell Labs has not hired Mira Solberg, a former engineer at a chip firm, as head of its new planning unit.', absent: ['WORKS_FOR Mira Solberg -> Tidewell Labs'] },
  // two names joined by a middle dot before one shared title: the first name holds it too
  { rule: 'works-for.subject-company-joined-names', sentence: '한빛소프트는 도하람·석서윤 공동 대표 체제로 운영된다.', expect: ['WORKS_FOR 도하람 -> 한빛소프트', 'WORKS_FOR 석서윤 -> 한빛소프트'] },
  // set 110: a hire with the post after the person ("NAME 씨를 TITLE로 영입했다"), and a joiner in the next clause, the subject omitted in both
  { rule: 'works-for.omitted-subject-hired-as', sentence: '카카오는 판교에 본사를 둔 회사다. 지난달 한지호 씨를 최고재무책임자(CFO)로 영입했다.', expect: ['WORKS_FOR 한지호 -> 카카오'] },
  { rule: 'works-for.omitted-subject-hired-as', sentence: '카카오는 판교에 본사를 둔 회사다. 지난달 한지호 씨를 최고재무책임자(CFO)로 영입하지는 않았다.', absent: ['WORKS_FOR 한지호 -> 카카오'] },
  { rule: 'works-for.omitted-subject-joined-next-clause', sentence: '카카오는 판교에 본사를 둔 회사다. 연구진도 늘렸다. 한지호 씨를 CFO로 영입했고, 이달에는 서다온 리서치 리드가 합류했다.', expect: ['WORKS_FOR 서다온 -> 카카오'] },
  { rule: 'works-for.omitted-subject-joined-next-clause', sentence: '카카오는 판교에 본사를 둔 회사다. 연구진도 늘렸다. 한지호 씨를 CFO로 영입했고, 이달에는 업스테이지의 서다온 리서치 리드가 합류했다.', absent: ['WORKS_FOR 서다온 -> 카카오'] },
  // "X 설립(대표이사 NAME)": a history line's founding, its first head in parentheses
  { rule: 'works-for.company-founded-paren-title-name', sentence: "2020.03: 주식회사 바람소프트 설립(대표이사 문하린)", expect: ['WORKS_FOR 문하린 -> 바람소프트'], props: ['WORKS_FOR 문하린 -> 바람소프트=대표이사'] },
  { rule: 'works-for.company-founded-paren-title-name', sentence: "바람소프트는 2020년 설립(2021년 법인 전환)됐다.", absent: ['WORKS_FOR 문하린 -> 바람소프트'] },
  // the appointee as the topic, an effective date ("N일부로", "N일자로"), then "X TITLE로 선임한다/임명됐다" (minutes' and personnel orders' register); the appointer as the topic gives nothing
  { rule: 'works-for.effective-date-appointed', sentence: '새봄테크는 문하윤(Hayun Moon) 씨를 영입한다고 밝혔다. 문하윤은 글로벌 컨설팅사에서 일해 왔으며, 2027년 1월 2일자로 새봄테크 최고운영책임자로 임명됐다.', expect: ['WORKS_FOR 문하윤 -> 새봄테크'] },
  { rule: 'works-for.effective-date-appointed', sentence: '의장은 문하윤(Hayun Moon)을 추천했다. 문하윤은 3월 1일부로 새봄테크 CTO로 선임한다.', expect: ['WORKS_FOR 문하윤 -> 새봄테크'] },
  { rule: 'works-for.effective-date-appointed', sentence: '의장은 문하윤(Hayun Moon)을 추천했다. 문하윤은 3월 1일부로 새봄테크 CTO로 선임하지 않는다.', absent: ['WORKS_FOR 문하윤 -> 새봄테크'] },
];
