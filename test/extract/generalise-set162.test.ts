/**
 * Generalisation rows for phrasings met in set 162 (a control: a mixed week): a quoted name ending in a size with its
 * gloss in parentheses ("'X 8B(Latin X 8B)'"); inside a ranking's scope, a sentence whose first model scores and beats a
 * rival whose own score stands in parentheses; a model a company "has released before" ("공개한 바 있다") becoming what
 * the next sentence's "이 모델" means; the pair "양사" as the subject of an agreement it made; a so-called term
 * ("이른바 'X' 모델"); a lab a company sets up ("X랩을 신설하고"); a line name in a quoted post ("'X 모델랩장'으로").
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // a quoted name that ends in a size is a model, its gloss in parentheses an alias
  {
    cat: 'discovery.sized-quote-glossed',
    text: "이번 평가의 복병은 스타트업 라온비트(Raonbit)의 '바람-에이전트 8B(Baram-Agent 8B)'다.",
    nodes: ['Model:바람-에이전트 8B'],
    sameNode: ['바람-에이전트 8B=Baram-Agent 8B'],
  },
  // in a ranking's scope, the first model's score and the rival's in parentheses after it
  {
    cat: 'scored.ranking-scope-rival',
    text: "코딩 벤치마크 '코드평가-KR' 리더보드 순위가 공개됐다. 4위는 라온비트의 '바람-코더 8B'다. 이 모델은 66.1점으로 미스트랄AI의 'Mistral Small 3.1'(64.0점)을 제쳤다.",
    expect: ['SCORED 바람-코더 8B -> 코드평가-KR', 'SCORED Mistral Small 3.1 -> 코드평가-KR'],
    edgeProps: ['SCORED 바람-코더 8B -> 코드평가-KR score=66.1', 'SCORED Mistral Small 3.1 -> 코드평가-KR score=64'],
  },
  // … a size in parentheses is no score
  {
    cat: 'scored.ranking-scope-rival',
    text: "코딩 벤치마크 '코드평가-KR' 리더보드 순위가 공개됐다. 4위는 라온비트의 '바람-코더 8B'다. 이 모델은 66.1점으로 미스트랄AI의 'Mistral Small 3.1'(24B)을 제쳤다.",
    expect: ['SCORED 바람-코더 8B -> 코드평가-KR'],
    absent: ['SCORED Mistral Small 3.1 -> 코드평가-KR'],
  },
  // … nor a range ("60점대 중반") said of a ranked model
  {
    cat: 'scored.ranking-scope-rival',
    text: "코딩 벤치마크 '코드평가-KR' 리더보드 순위가 공개됐다. 1위는 라온비트의 '바람-코더 8B'다. 한결AI의 '소나기 2'는 60점대 중반, 미스트랄AI의 'Mistral Small 3.1'은 50점대 후반에 머물렀다.",
    absent: ['SCORED 소나기 2 -> 코드평가-KR', 'SCORED Mistral Small 3.1 -> 코드평가-KR'],
  },
  // a model the company has released before is what "이 모델" means next, not the one a quote named before
  {
    cat: 'focus.released-before',
    text: "최한결 KT 상무는 \"믿:음 2.0의 한국어 이해 능력에 기상 데이터를 더하겠다\"고 말했다. 한결AI는 지난해 기상 예측 모델 '소나기 1.0'을 공개한 바 있다. 이 모델은 날씨 지식 벤치마크 'K-날씨QA'에서 58.3점을 받았다.",
    expect: ['SCORED 소나기 1.0 -> K-날씨QA'],
    absent: ['SCORED 믿:음 2.0 -> K-날씨QA'],
  },
  // the pair as the subject of an agreement it made are partners
  {
    cat: 'partners.pair-agreed',
    text: '업스테이지는 새 모델을 마이크로소프트의 애저 마켓플레이스를 통해서도 판매한다. 양사는 2024년 전략적 제휴 계약을 맺고 협력해 왔다.',
    expect: ['PARTNERS_WITH 업스테이지 -> 마이크로소프트'],
  },
  // … not a supply deal, nor an agreement not made
  {
    cat: 'partners.pair-agreed',
    text: '업스테이지는 새 모델을 마이크로소프트의 애저 마켓플레이스를 통해서도 판매한다. 양사는 지난달 클라우드 공급 계약을 맺었다.',
    absent: ['PARTNERS_WITH 업스테이지 -> 마이크로소프트'],
  },
  {
    cat: 'partners.pair-agreed',
    text: '업스테이지는 새 모델을 마이크로소프트의 애저 마켓플레이스를 통해서도 판매한다. 양사는 별도의 협약을 맺지는 않았다.',
    absent: ['PARTNERS_WITH 업스테이지 -> 마이크로소프트'],
  },
  // a so-called term before 모델 names a kind of model, no model
  {
    cat: 'discovery.so-called-term',
    text: "카카오가 로봇 스타트업과 손잡고 이른바 '공간 지능' 모델 개발에 나선다.",
    noNodes: ['Model:공간 지능'],
  },
  // … a law's nickname is still a policy
  {
    cat: 'discovery.so-called-term',
    text: "카카오가 이른바 'AI 기본법' 시행에 대비한다.",
    nodes: ['Policy:AI 기본법'],
  },
  // a lab a company sets up is its unit, no company
  {
    cat: 'discovery.lab-set-up',
    text: 'LG유플러스는 차세대기술랩을 신설하고 초대 랩장에 편은채 상무를 선임했다.',
    noNodes: ['Company:차세대기술랩'],
    expect: ['WORKS_FOR 편은채 -> LG유플러스'],
  },
  // … one a company founds is a company
  {
    cat: 'discovery.lab-set-up',
    text: '한빛소프트는 자회사 누리퓨처랩을 설립했다. 누리퓨처랩은 새 모델을 공개했다.',
    nodes: ['Company:누리퓨처랩'],
  },
  // a line name in a quoted post ("'X 모델랩장'으로") names the unit, no model
  {
    cat: 'discovery.line-name-in-post',
    text: "카카오는 배도경 전 KT 상무를 '카나나 모델랩장'으로 영입했다.",
    noNodes: ['Model:카나나'],
    expect: ['WORKS_FOR 배도경 -> 카카오'],
  },
];

describe('set 162 phrasings, in other words', () => {
  for (const row of rows) it(row.cat, () => checkFactRow(row));
});
