/**
 * Generalisation rows of generalise-attributes: the 'released-on', 'country' rows.
 * The others are in the other generalise-attributes-*.test.ts files. Each row is a short article written
 * for these tests, the facts it must give and the facts it must not give; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  {
    // English dates in Korean prose: a release day, and no model named after a month
    cat: 'released-on.english-date',
    text: "스카이라인AI는 거대언어모델 'Sky-7'을 Oct 2, 2026 공개했다.",
    publishedAt: '2026-10-05',
    props: ['Sky-7=releasedOn:2026-10-02'],
    noNodes: ['Model:Oct 2'],
  },
  {
    cat: 'released-on.english-date-long',
    text: "스카이라인AI는 거대언어모델 'Sky-7'을 지난 October 2, 2026에 공개했다.",
    publishedAt: '2026-10-05',
    props: ['Sky-7=releasedOn:2026-10-02'],
    noNodes: ['Model:October 2'],
  },
  {
    // objects of one release verb listed each with its own size ("A와 80억개의 'B', 15억개의 'C'를 공개") share its day
    cat: 'released-on.co-objects-with-sizes',
    text: "하늬소프트는 지난 18일 매개변수 320억개 규모의 '하늬 3'과 80억개의 '하늬 3 미니', 15억개의 '하늬 3 나노'를 공개했다고 20일 밝혔다.",
    publishedAt: '2026-11-20',
    props: ['하늬 3=releasedOn:2026-11-18', '하늬 3 미니=releasedOn:2026-11-18', '하늬 3 나노=releasedOn:2026-11-18', '하늬 3 미니=parameters:8000000000'],
  },
  {
    // a release day after the article's is a release to come, however it is worded
    cat: 'released-on.future-day-fixed',
    text: "구름AI는 거대언어모델 '구름 3'의 출시일을 10월 20일로 확정했다.",
    publishedAt: '2026-10-15',
    props: ['구름 3=releasedOn:undefined'],
  },
  {
    cat: 'released-on.past-day-kept',
    text: "구름AI는 거대언어모델 '구름 3'를 10월 12일 출시했다.",
    publishedAt: '2026-10-15',
    props: ['구름 3=releasedOn:2026-10-12'],
  },
  {
    // "이달 초", "지난달": a month named relative to the article's gives the month only; this month in a verb not yet past gives nothing
    cat: 'released-on.this-month',
    text: "하늬소프트는 이달 초 '하늬 2' 모델을 출시했다.",
    publishedAt: '2026-10-15',
    props: ['하늬 2=releasedOn:2026-10'],
  },
  {
    cat: 'released-on.last-month',
    text: "하늬소프트는 지난달 '하늬 2' 모델을 출시했다.",
    publishedAt: '2026-10-15',
    props: ['하늬 2=releasedOn:2026-09'],
  },
  {
    cat: 'released-on.this-month-to-come',
    text: "하늬소프트는 이달 말 '하늬 2' 모델을 출시한다.",
    publishedAt: '2026-10-15',
    props: ['하늬 2=releasedOn:undefined'],
  },
  {
    // a country word right before a suffixed name ("미국 오로라랩스는") says where the company is from; it does not hide the name
    cat: 'country.country-word-before-name',
    text: "미국 오로라랩스는 새 언어모델 '오로라 5'를 발표했다.",
    nodes: ['Company:오로라랩스'],
    props: ['오로라랩스=country:US'],
  },
  {
    // an English apposition after the name ("X Labs Inc. ("X"), a Busan-based maker of …", h100_04 reads otherwise): a Korean company
    cat: 'country.en-city-based-after-name',
    text: "BUSAN, South Korea, June 3, 2026 -- Tidewell Labs Inc. (\"Tidewell\"), a Busan-based maker of speech models, today released Kestrel-4.",
    props: ['Tidewell Labs Inc.=country:KR'],
  },
  {
    cat: 'country.country-word-before-ai-name',
    text: "일본 사카모토AI는 새 언어모델 '사카 2'를 공개했다.",
    props: ['사카모토AI=country:JP'],
  },
  {
    // a well-known foreign city before the kind noun ("상하이의 AI 스타트업 X") gives that city's country, not the page's
    cat: 'country.foreign-city-before-kind',
    text: "중국에서는 상하이의 AI 스타트업 첸루이랩이 새 언어모델 '첸루이 2'를 공개했다.",
    props: ['첸루이랩=country:CN'],
  },
  {
    cat: 'country.foreign-city-before-kind',
    text: "런던 소재 스타트업 브램블랩스는 새 언어모델 '브램블 4'를 발표했다.",
    props: ['브램블랩스=country:GB'],
  },
  {
    // a city only as the venue, not before the kind noun, gives no country of its own
    cat: 'country.foreign-city-before-kind',
    text: "도쿄에서 열린 행사에서 국내 스타트업 누리솔랩이 새 언어모델 '누리솔 3'을 공개했다.",
    props: ['누리솔랩=country:KR'],
  },
  {
    // a suffixed company's Korean arm ("X랩스코리아") is a company of its own and Korean, whatever its parent's country
    cat: 'country.korean-arm-of-suffixed-company',
    text: "미국 오로라랩스의 한국 법인 오로라랩스코리아는 새 언어모델 '오로라 5'를 국내에 출시했다.",
    nodes: ['Company:오로라랩스코리아'],
    props: ['오로라랩스코리아=country:KR', '오로라랩스=country:US'],
  },
];

describe('scored attributes in invented wording', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 50)}`, () => checkFactRow(row));
});
