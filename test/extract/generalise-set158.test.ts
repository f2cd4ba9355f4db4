/**
 * Generalisation rows for phrasings met in blind set 158 (a mixed week): a verb ending its clause before a founder's
 * title ("A 대표가 떠나며 공동창업자인 B …"); a lab a company is named right before ("A사에서는 X랩을 이끄는"); what a
 * company does for its customers after a company word ("통신사 문의는"); a successor told in the company's words ("…의
 * 후속 모델이라고 설명했다"); a quoted name that a derivation from a named model introduces; a title glued to a
 * hyphened prefix ("K-AI평가센터장"); a ranked model's owner in several words; a sentence about the ranking itself
 * inside a ranking's scope; a company after an industry's word with its two-word name ("게임사 X 게임즈"); a quoted
 * name whose parenthesised gloss makes it longer than forty characters. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // a verb's connective ending before a founder's title ends a clause; it names no company
  {
    cat: 'discovery.founder-after-clause',
    text: '소리결은 박현우 대표가 물러나고 공동창업자인 김다은 이사가 회사를 맡는다.',
    noNodes: ['Company:물러나고'],
  },
  // … a word before the founder's title still names the company
  {
    cat: 'discovery.founder-after-clause',
    text: '업계에서는 누리솔루션 공동창업자인 박서진 CTO가 주목받았다.',
    nodes: ['Company:누리솔루션'],
    expect: ['WORKS_FOR 박서진 -> 누리솔루션'],
  },
  // a lab right after a company and its locative or possessive is a unit of that company
  {
    cat: 'discovery.lab-of-company',
    text: '카카오에서는 가람랩을 이끄는 정하준 상무가 전무로 승진했다.',
    noNodes: ['Company:가람랩'],
    expect: ['WORKS_FOR 정하준 -> 카카오'],
  },
  // … one with no company before it is a company of its own
  {
    cat: 'discovery.lab-of-company',
    text: '스타트업 투자를 받은 가람랩은 새 모델을 공개했다.',
    nodes: ['Company:가람랩'],
  },
  // what a company does for its customers, after a company word, is no company
  {
    cat: 'discovery.customer-service-noun',
    text: '“통신사 문의는 요금제처럼 맥락이 복잡해 범용 모델로는 한계가 있었다.” 한빛텔레콤은 상담 모델을 만든다.',
    noNodes: ['Company:문의'],
  },
  // a title after a company word is no company ("게임사 최고기술책임자(CTO) 10여 명")
  {
    cat: 'discovery.customer-service-noun',
    text: '한빛에이아이 대표는 게임사 최고기술책임자(CTO) 10여 명과 간담회를 연다.',
    noNodes: ['Company:최고기술책임자'],
  },
  // the article's model is the successor the company names in its own words
  {
    cat: 'succeeds.focus-quotative',
    text: "도림소프트가 언어모델 '하람-3'를 공개했다. 이번에 나온 하람-3는 120억 파라미터 규모다. 회사는 지난해 선보인 '하람-2'의 후속 모델이라고 밝혔다.",
    expect: ['SUCCEEDS 하람-3 -> 하람-2'],
  },
  // … not the model a sentence of its own names as the successor
  {
    cat: 'succeeds.focus-quotative',
    text: "도림소프트가 언어모델 '하람-3'를 공개했다. 회사는 하람-3 미니를 '하람-2'의 후속 모델이라고 소개했다.",
    expect: ['SUCCEEDS 하람-3 미니 -> 하람-2'],
    absent: ['SUCCEEDS 하람-3 -> 하람-2'],
  },
  // a quoted name a derivation from a named model introduces is a model built on it
  {
    cat: 'discovery.quoted-built-on',
    text: "구글의 오픈 모델 ‘젬마 3 12B(Gemma 3 12B)’를 기반으로 한 ‘도담(Dodam)’을 제안한 한빛에이아이 컨소시엄은 본선에 오르지 못했다.",
    nodes: ['Model:도담'],
    expect: ['BASED_ON 도담 -> 젬마 3 12B'],
  },
  // … not a product whose noun follows the quotes
  {
    cat: 'discovery.quoted-built-on',
    text: "오픈AI의 GPT-4o를 기반으로 한 ‘하늘봇’ 서비스를 출시했다.",
    noNodes: ['Model:하늘봇'],
  },
  // a title glued to a hyphened prefix ("K-AI평가센터장") still follows a person's name
  {
    cat: 'discovery.hyphened-unit-title',
    text: '한소윤 X-AI검증센터장은 “검증 절차를 더했다”고 말했다.',
    nodes: ['Person:한소윤'],
  },
  // a ranked model's owner in several words ("1위는 AI 스타트업 X의 M이"), the score in the next sentence
  {
    cat: 'scored.ranking-owner-words',
    text: "‘한빛 에이전트 리더보드’ 시즌3 결과가 나왔다. 운영 기관은 5일 최종 순위를 공개했다. 올해는 국내외 30개 모델이 제출됐고, 세 영역 평균으로 순위를 매겼다. 1위는 AI 스타트업 도림소프트의 ‘하람-R 14B’가 차지했다. 평균 68.35점이다.",
    edgeProps: ['SCORED 하람-R 14B -> 한빛 에이전트 리더보드 score=68.35'],
  },
  // … a sentence about something else twice over still ends the scope
  {
    cat: 'scored.ranking-owner-words',
    text: "‘한빛 에이전트 리더보드’ 시즌3 결과가 나왔다. 운영 기관은 비영리 단체다. 올해 예산은 늘었다. 1위는 도림소프트의 ‘하람-R 14B’가 차지했다. 평균 68.35점이다.",
    absent: ['SCORED 하람-R 14B -> 한빛 에이전트 리더보드'],
  },
  // a company after an industry's word, its name two words ("게임사 X 게임즈")
  {
    cat: 'discovery.industry-word-company',
    text: "한빛에이아이는 중견 게임사 별무리 게임즈와 'NPC 모델 공동 개발' 협약을 맺었다. 별무리 게임즈를 이끄는 서도윤 대표는 기대를 밝혔다.",
    nodes: ['Company:별무리 게임즈'],
    expect: ['PARTNERS_WITH 한빛에이아이 -> 별무리 게임즈', 'WORKS_FOR 서도윤 -> 별무리 게임즈'],
  },
  // a quoted name glossed in parentheses past forty characters is still read
  {
    cat: 'discovery.long-glossed-quote',
    text: "국내 모델을 비교하는 ‘열린 Ko-추론 리더보드(Open Ko-Reasoning Leaderboard)’ 결과가 나왔다. 도림소프트의 하람 2는 71.2점으로 1위였다.",
    nodes: ['Benchmark:열린 Ko-추론 리더보드'],
    sameNode: ['열린 Ko-추론 리더보드=Open Ko-Reasoning Leaderboard'],
  },
];

describe('set 158 phrasings, in other words', () => {
  for (const row of rows) it(row.cat, () => checkFactRow(row));
});
