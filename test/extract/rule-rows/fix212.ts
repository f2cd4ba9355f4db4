/** Rows for the readings added in fix212 (people and careers outside news: appointments, org charts, alumni notes). */
import type { Row } from './row.js';

export const fix212Rows: Row[] = [
  // "NAME이 (when) X TITLE에 선임됐다": an appointment with the dative, an alumnus's class gloss between (fix212)
  { rule: 'works-for.appointed-to-post', sentence: '탁은결 (전산 09) 동문이 이달 1일자로 리벨리온 최고재무책임자(CFO)에 선임됐다.', expect: ['WORKS_FOR 탁은결 -> 리벨리온'], props: ['WORKS_FOR 탁은결 -> 리벨리온=최고재무책임자'] },
  { rule: 'works-for.appointed-to-post', sentence: '여민호 부사장은 지난달 주주총회를 거쳐 업스테이지 대표이사에 새로 취임했다.', expect: ['WORKS_FOR 여민호 -> 업스테이지'] },
  { rule: 'works-for.appointed-to-post', sentence: '여민호 부사장이 업스테이지 대표이사에 선임될 것이라는 소문은 사실이 아니다.', absent: ['WORKS_FOR 여민호 -> 업스테이지'] },
  { rule: 'works-for.appointed-to-post', sentence: '여민호 부사장은 업스테이지 대표이사에 선임되지 않았다.', absent: ['WORKS_FOR 여민호 -> 업스테이지'] },
  // "NAME이 창업한/이끄는 (description) X": the founder or head named before the company, in an adnominal clause (fix212)
  { rule: 'works-for.founder-adnominal', sentence: '길서윤 (화학 08) 동문이 창업한 소재 AI 스타트업 리벨리온은 첫 모델을 내놓았다.', expect: ['WORKS_FOR 길서윤 -> 리벨리온'] },
  { rule: 'works-for.founder-adnominal', sentence: '방지한 씨가 이끄는 업스테이지는 새 모델을 공개했다.', expect: ['WORKS_FOR 방지한 -> 업스테이지'] },
  { rule: 'works-for.founder-adnominal', sentence: '방지한 씨가 창업한 것으로 알려진 업스테이지는 이를 부인했다.', absent: ['WORKS_FOR 방지한 -> 업스테이지'] },
  // "NAME은 … X TITLE을 겸하고 있다": a concurrent post at a company (fix212)
  { rule: 'works-for.holds-concurrent-post', sentence: '연하늘 교수는 올해 초부터 네이버클라우드 기술자문위원을 겸하고 있다.', expect: ['WORKS_FOR 연하늘 -> 네이버클라우드'] },
  { rule: 'works-for.holds-concurrent-post', sentence: '연하늘 교수는 네이버클라우드 기술자문위원을 겸하고 있지 않다.', absent: ['WORKS_FOR 연하늘 -> 네이버클라우드'] },
  // (the subject with its own company and post: "NAME A사 대표(부사장)는 … B사 X총괄을 겸직한다")
  { rule: 'works-for.holds-concurrent-post', sentence: '연하늘 해솔데이터 대표(부사장)는 사장으로 승진하며 네이버 AI총괄을 겸직한다.', expect: ['WORKS_FOR 연하늘 -> 네이버', 'WORKS_FOR 연하늘 -> 해솔데이터'] },
  { rule: 'works-for.holds-concurrent-post', sentence: '연하늘 해솔데이터 대표는 네이버 AI총괄을 겸직하지 않는다.', absent: ['WORKS_FOR 연하늘 -> 네이버'] },
];
