/** Rows for the readings added in fix212 (people and careers outside news: appointments, org charts, alumni notes). */
import type { Row } from './row.js';

export const fix212Rows: Row[] = [
  // "NAME이 (when) X TITLE에 선임됐다": an appointment with the dative, an alumnus's class gloss between (fix212)
  { rule: 'works-for.appointed-to-post', sentence: '탁은결 (전산 09) 동문이 이달 1일자로 리벨리온 최고재무책임자(CFO)에 선임됐다.', expect: ['WORKS_FOR 탁은결 -> 리벨리온'], props: ['WORKS_FOR 탁은결 -> 리벨리온=최고재무책임자'] },
  { rule: 'works-for.appointed-to-post', sentence: '여민호 부사장은 지난달 주주총회를 거쳐 업스테이지 대표이사에 새로 취임했다.', expect: ['WORKS_FOR 여민호 -> 업스테이지'] },
  { rule: 'works-for.appointed-to-post', sentence: '여민호 부사장이 업스테이지 대표이사에 선임될 것이라는 소문은 사실이 아니다.', absent: ['WORKS_FOR 여민호 -> 업스테이지'] },
  { rule: 'works-for.appointed-to-post', sentence: '여민호 부사장은 업스테이지 대표이사에 선임되지 않았다.', absent: ['WORKS_FOR 여민호 -> 업스테이지'] },
];
