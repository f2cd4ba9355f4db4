/**
 * Generalisation rows for forms met in held-out set 109 (second round): a relative clause before a bound noun ("만든 데
 * 이어", "공개한 뒤") whose object is its own, and a gapped clause whose topic, not the first clause's, made the model.
 * Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // "A는 … 'X'를 만든 데 이어, X를 다시 증류해 …": the model made before the bound noun is A's
  {
    cat: 'developed.relative-before-bound-noun',
    text: "제목\n\n한빛랩스는 자체 개발한 '누리 2'를 기반으로 금융 특화 모델 '누리 파이낸스'를 만든 데 이어, 누리 파이낸스를 다시 증류해 경량화한 '누리 파이낸스 미니'까지 선보이며 금융권 공략에 속도를 내고 있다.",
    expect: ['DEVELOPED 한빛랩스 -> 누리 파이낸스', 'DEVELOPED 한빛랩스 -> 누리 파이낸스 미니', 'BASED_ON 누리 파이낸스 -> 누리 2'],
  },
  // "A는 …고, B는 'Y'를 공개한 뒤 …": Y is B's, not A's
  {
    cat: 'developed.gapped-topic-relative',
    text: "제목\n\n가온랩스는 금융 모델을 만든 데 이어 경량 모델까지 선보이며 속도를 내고 있고, 다온테크는 210억 개 매개변수의 '다온-21B'를 오픈소스로 공개한 뒤 후속 모델 개발에 들어갔다.",
    expect: ['DEVELOPED 다온테크 -> 다온-21B'],
    absent: ['DEVELOPED 가온랩스 -> 다온-21B'],
  },
  // not a model named after a bound noun's clause that only uses it
  {
    cat: 'developed.relative-before-bound-noun',
    text: "제목\n\n한빛랩스는 상담 서비스를 개발한 뒤 다래테크의 '다래-3'를 도입했다.",
    absent: ['DEVELOPED 한빛랩스 -> 다래-3'],
  },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});
