/**
 * Generalisation rows for the forms first met in held-out set 133 (partnerships and deals): a brand word opening a quoted
 * Latin model code, "두 회사" after a co-investor said to take no part in the work, a country, a city and "인공지능(AI)"
 * before a startup, and a base model named in passing while the story follows the model built on it.
 * Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // "공개된 '한빛 KPX-M 2.0'": a brand word and a Latin-coded model with its version, all in the quotes, name one model
  {
    cat: 'discover.quoted-branded-code',
    text: "법률 스타트업 한빛로는 새 모델을 선보였다. 지난주 공개된 '한빛 KPX-M 2.0'이다. 한빛 KPX-M 2.0은 KMMLU에서 70.1점을 받았다.",
    nodes: ['Model:한빛 KPX-M 2.0'],
    expect: ['SCORED 한빛 KPX-M 2.0 -> KMMLU'],
    noNodes: ['Model:KPX-M 2.0'],
  },
  // no release verb before the quotes: a Hangul word and a code are not made one name
  {
    cat: 'discover.quoted-branded-code',
    text: "회의에서는 '검토 KPX-M 2.0' 문서가 돌았다.",
    noNodes: ['Model:검토 KPX-M 2.0'],
  },
  // "두 회사가 공동 개발하는": not the co-investor the sentence before keeps out of the technical work
  {
    cat: 'pair.kept-out-co-investor',
    text: "솔트룩스는 지난 3일 독일 AI 스타트업 루멘과 지분 투자 및 전략적 협력 계약을 체결했다. 이번 투자에는 벤처캐피털 한결파트너스도 재무적 투자자로 함께 참여했다. 한결파트너스는 기술 협력에는 관여하지 않는다.\n\n두 회사가 공동 개발하는 모델은 '루멘 코어 2'이다.",
    expect: ['DEVELOPED 솔트룩스 -> 루멘 코어 2', 'DEVELOPED 루멘 -> 루멘 코어 2'],
    absent: ['DEVELOPED 한결파트너스 -> 루멘 코어 2', 'PARTNERS_WITH 솔트룩스 -> 한결파트너스'],
  },
  // a co-investor the sentence does not keep out stays the one "두 회사" pairs with the subject
  {
    cat: 'pair.kept-out-co-investor',
    text: "솔트룩스는 올해 새 모델 개발에 나섰다. 개발에는 스타트업 한결랩스가 참여했다.\n\n두 회사가 공동 개발하는 모델은 '한결 코어 2'이다.",
    expect: ['DEVELOPED 한결랩스 -> 한결 코어 2'],
  },
  // "스웨덴 스톡홀름의 인공지능(AI) 스타트업 X": the country of a company placed in a city, past the sentence's subject
  {
    cat: 'company.country-located',
    text: '솔트룩스가 스웨덴 스톡홀름의 인공지능(AI) 스타트업 노르다에 100억원을 투자했다. 솔트룩스는 노르다와 모델을 함께 만든다.',
    props: ['노르다=country:SE'],
  },
  // "獨 AI 스타트업 X": a headline's one-letter country
  {
    cat: 'company.country-located',
    text: '솔트룩스가 獨 AI 스타트업 베르크에 100억원을 투자했다. 솔트룩스는 베르크와 모델을 함께 만든다.',
    props: ['베르크=country:DE'],
  },
  // a place with no country word before the startup gives no foreign country
  {
    cat: 'company.country-located',
    text: '솔트룩스가 판교 본사의 인공지능(AI) 스타트업 노르다에 100억원을 투자했다. 솔트룩스는 노르다와 모델을 함께 만든다.',
    props: ['노르다=country:KR'],
  },
  // "기반 모델의 파라미터는 …": the base named in passing; "이 모델" next is still the model built on it
  {
    cat: 'focus.base-aside',
    text: "한빛로는 '한빛 코어 2'를 공개했다.\n\n한빛 코어 2는 업스테이지가 공개한 '솔라 프로2'를 바탕으로 만들어졌다. 기반 모델의 파라미터는 220억 개이고, 한빛 코어 2도 같은 크기를 유지했다.\n\n이 모델은 KMMLU에서 66.2점을 받았다.",
    expect: ['SCORED 한빛 코어 2 -> KMMLU'],
    absent: ['SCORED 솔라 프로2 -> KMMLU'],
  },
];

describe('set 133 generalisation', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkFactRow(row));
});
