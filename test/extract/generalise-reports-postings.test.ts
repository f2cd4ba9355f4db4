/**
 * Generalisation rows for phenomena met in a held-out set of unusual page kinds (an archived
 * programme report, a repository README, a fact-check, a job posting, a roundtable transcript, a
 * wire press release). Every sentence here is written for the tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // a predecessor described by a relative clause naming its maker ("X가 앞서 선보인 'Y'를 잇는 후속 모델로,"),
  // in a sentence that leaves the successor unsaid: the model in focus succeeds Y
  {
    cat: 'succeeds.focus-inherits-maker-clause',
    text: "가온텔레콤 컨소시엄은 '누리온 X2'를 내놨다. 가온텔레콤이 지난해 1차 심사 때 내놓은 '누리온 X1'을 잇는 후속 모델로, 매개변수를 두 배로 늘렸다.",
    expect: ['SUCCEEDS 누리온 X2 -> 누리온 X1'],
  },
  {
    cat: 'succeeds.focus-improved-maker-clause',
    text: "별하랩스는 지난달 '별하 오픈 2'를 공개했다. 별하랩스가 첫 단계 결과물로 선보였던 '별하 오픈 30B'를 업그레이드한 모델로, 매개변수는 900억 개다.",
    expect: ['SUCCEEDS 별하 오픈 2 -> 별하 오픈 30B'],
  },
  // the relative clause names the predecessor's maker only: a rival's model in the clause is no predecessor
  {
    cat: 'succeeds.focus-inherits-maker-clause',
    text: "가온텔레콤은 '누리온 X2'를 제출했다. 경쟁사 별하랩스가 지난해 내놓은 '별하 오픈 30B'를 잇는 후속 모델이 아니라 새 계열이다.",
    absent: ['SUCCEEDS 누리온 X2 -> 별하 오픈 30B'],
  },
];

describe('report, posting and transcript rows', () => {
  it.each(rows.map((r, i) => ({ ...r, i })))('$cat #$i', (row) => checkFactRow(row));
});
