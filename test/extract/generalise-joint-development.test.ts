/**
 * Generalisation rows for joint development told around the model: a pseudo-cleft ("두 회사가 손잡고 만드는 건 'Y'라는
 * … 모델이다": what the pair builds is Y, so both made it) and a clause whose subject is omitted ("X의 후속작으로, 이번에는
 * B와 공동 개발한다": B co-develops the model in focus). Every row is a short article written for these tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  {
    cat: 'joint.pseudo-cleft-pair',
    text: "한빛소프트와 가람미디어는 업무협약을 맺었다. 두 회사가 손잡고 만드는 건 '한빛보이스 3'이라는 음성 합성 모델이다.",
    expect: ['DEVELOPED 한빛소프트 -> 한빛보이스 3', 'DEVELOPED 가람미디어 -> 한빛보이스 3'],
  },
  {
    cat: 'joint.pseudo-cleft-one',
    text: "업스테이지가 이번에 새로 내놓은 것은 '솔라 미니 3'다.",
    expect: ['DEVELOPED 업스테이지 -> 솔라 미니 3'],
  },
  // a negated pseudo-cleft says nothing
  {
    cat: 'joint.pseudo-cleft-negated',
    text: "업스테이지가 만드는 건 '엑사원 4.0' 같은 모델이 아니다.",
    absent: ['DEVELOPED 업스테이지 -> 엑사원 4.0'],
  },
  {
    cat: 'joint.focus-co-developer',
    text: "누리랩스는 다온테크와 협약을 맺었다. 두 회사가 만드는 건 '누리캐스트 2'라는 방송 특화 모델이다. 누리랩스가 지난해 내놓은 '누리캐스트 1'의 후속작으로, 이번에는 다온테크와 공동 개발한다.",
    expect: ['DEVELOPED 다온테크 -> 누리캐스트 2', 'SUCCEEDS 누리캐스트 2 -> 누리캐스트 1'],
    absent: ['DEVELOPED 다온테크 -> 누리캐스트 1'],
  },
  // a co-development denied is none
  {
    cat: 'joint.focus-co-developer-negated',
    text: "누리랩스는 '누리캐스트 2'를 공개했다. '누리캐스트 1'의 후속작으로, 이번에는 다온테크와 공동 개발하지 않는다.",
    absent: ['DEVELOPED 다온테크 -> 누리캐스트 2'],
  },
];

describe('generalise: joint development', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkFactRow(row));
});
