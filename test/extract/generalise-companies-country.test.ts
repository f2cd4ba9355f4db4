/**
 * Generalisation rows of generalise-companies: the 'country' rows.
 * The others are in the other generalise-companies-*.test.ts files. Each row is a short article written
 * for these tests, the facts it must give and the facts it must not give; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  {
    cat: 'country.description-before-company',
    text: "한빛AI는 태국 핀테크 스타트업 차오프라야랩과 손잡고 태국어 상담 모델을 만든다.",
    expect: ['PARTNERS_WITH 차오프라야랩 -> 한빛AI'],
    props: ['차오프라야랩=country:TH'],
  },
  {
    // a country is a whole word: "인도네시아" is not "인도"
    cat: 'country.whole-word',
    text: "인도네시아 AI 스타트업 보로부두르랩이 새 언어모델 '보로 1'을 공개했다.",
    props: ['보로부두르랩=country:ID'],
  },
  {
    cat: 'country.more-countries',
    text: "스위스 AI 기업 마터호른랩스가 새 언어모델 '마터 2'를 공개했다.",
    props: ['마터호른랩스=country:CH'],
  },
  {
    // "…기업인 X": the company noun with a copula
    cat: 'country.company-noun-copula',
    text: "미국 빅테크 기업인 레드우드AI는 새 언어모델 '레드 3'를 선보였다.",
    props: ['레드우드AI=country:US'],
  },
  {
    // real companies with no country in the text: the gazetteer's (a Hangul name alone guessed KR)
    cat: 'country.gazetteer-foreign',
    text: "유니트리와 미디어텍은 새 언어모델 '하모니 1'을 함께 공개했다.",
    props: ['유니트리=country:CN', '미디어텍=country:TW'],
  },
  {
    cat: 'country.gazetteer-korean',
    text: "로보티즈는 휴머노이드용 언어모델 '로보 1'을 공개했다.",
    props: ['로보티즈=country:KR'],
  },
  {
    // a country, a city in it, then the company
    cat: 'country.located',
    text: "독일 뮌헨에 본사를 둔 AI 스타트업 알펜마인드가 새 언어모델 '알펜 2'를 공개했다.",
    props: ['알펜마인드=country:DE'],
  },
  {
    cat: 'country.located',
    text: "중국 항저우 소재 첸탕테크는 새 언어모델 '첸탕 3'을 공개했다.",
    props: ['첸탕테크=country:CN'],
  },
  {
    // the country in parentheses after the name
    cat: 'country.parenthesised',
    text: "베르나마인드(스위스)와 한빛AI는 새 언어모델 '알프 1'을 공동 개발했다.",
    props: ['베르나마인드=country:CH'],
  },
  {
    // "X는 미국 … 스타트업이다"
    cat: 'country.predicate',
    text: "레드우드마인드는 미국 시애틀에 본사를 둔 AI 스타트업이다. 레드우드마인드는 새 언어모델 '레드 3'를 공개했다.",
    props: ['레드우드마인드=country:US'],
  },
  {
    // the headquarters' country, written object first or with no city ("본사를 미국 X에 두고 창업한 스타트업 Y", "미국에 본사를 둔 Y"), beats the Korean-name guess
    cat: 'country.headquarters-before-company',
    text: "한국인 엔지니어들이 본사를 미국 오스틴에 두고 창업한 AI 스타트업 누리웨이브가 첫 모델을 냈다.",
    props: ['누리웨이브=country:US'],
  },
  {
    cat: 'country.headquarters-before-company',
    text: '미국에 본사를 둔 스타트업 누리웨이브가 모델을 공개했다.',
    props: ['누리웨이브=country:US'],
  },
  {
    cat: 'country.headquarters-before-company',
    text: '창업자들이 본사를 싱가포르에 두고 설립한 AI 기업 라온브릿지가 모델을 냈다.',
    props: ['라온브릿지=country:SG'],
  },
  {
    // a Korean company with no headquarters abroad keeps KR
    cat: 'country.headquarters-before-company',
    text: '한국인 창업자들이 서울에 본사를 두고 세운 스타트업 가온웨이브가 모델을 냈다.',
    props: ['가온웨이브=country:KR'],
  },
];

describe('company rows (gazetteer entries, countries)', () => {
  it.each(rows.map((r, i) => ({ ...r, i })))('$cat #$i', (row) => checkFactRow(row));
});
