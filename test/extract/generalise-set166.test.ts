/**
 * Generalisation rows for phrasings met in set 166 (the forty-second session's control, a mixed week) and set 163:
 * - a version named alone ("1.5 버전이") for the one model of that version;
 * - a base in a clause contrasted with what follows ("Y를 바탕으로 했던 것과 달리 이번에는 Z를");
 * - a line name before a post ("X 랩장에 NAME을 선임");
 * - a sized name with its family and variant glossed inside ("'X 시드(Latin X SEED) 8B'");
 * - a model the pair "양사" will make together ("양사가 함께 만들 모델 'Y'"), but no plan to release ("내놓을 계획");
 * - a quoted variant word before 모델 ("'라이트' 모델은");
 * - in a ranking, an overall score before a section's benchmark ("종합 점수 71.5점으로 8위에 그쳤지만, 수학 영역 'X'에서는");
 * - a model a company puts to work ("'Y'를 투입한다") as the next "이 모델";
 * - a time word or a copula's "이지" before 컨소시엄 (no company);
 * - a unit head's post glued to the unit's name before a rank ("NAME X랩장 상무": no company X랩장; set 131);
 * - one rumour over two clauses joined by -고, and a headline's tie called groundless (set 140);
 * - a name among the words of a title before a verb ("X의 NAME 대표 연결돼 있습니다"; set 77).
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // a version named alone is the one model of that version
  {
    cat: 'references.version-alone',
    text: "한결랩스는 '소나기-K 3.0'을 공개했다. 지난해 나온 '소나기-K 2.5'의 후속작이다. 2.5 버전은 젬마 2 9B를 기반으로 만들었다.",
    expect: ['BASED_ON 소나기-K 2.5 -> 젬마 2 9B'],
    absent: ['BASED_ON 소나기-K 3.0 -> 젬마 2 9B'],
  },
  // … and a base in a clause contrasted with what follows belongs to that clause's model only
  {
    cat: 'based-on.contrast-clause',
    text: "한결랩스는 '소나기-K 3.0'을 공개했다. 지난해 나온 '소나기-K 2.5'의 후속작이다. 2.5 버전이 젬마 2 9B를 바탕으로 했던 것과 달리 이번에는 큐웬3를 썼다.",
    expect: ['BASED_ON 소나기-K 2.5 -> 젬마 2 9B'],
    absent: ['BASED_ON 큐웬3 -> 젬마 2 9B'],
  },
  // … a version two models share names neither by that number (the earlier of the two gets nothing)
  {
    cat: 'references.version-alone',
    text: "한결랩스는 '소나기-K 2.5'를 공개했다. 경쟁사 누리온은 '누리온 2.5'를 내놨다. 2.5 버전은 젬마 2 9B를 기반으로 만들었다.",
    absent: ['BASED_ON 소나기-K 2.5 -> 젬마 2 9B'],
  },
  // a line name before a post given to someone ("X 랩장에 NAME을 선임") names the unit, no model
  {
    cat: 'discovery.line-name-before-post',
    text: '카카오는 3일 카나나 랩장에 배도경 상무를 선임했다고 밝혔다.',
    noNodes: ['Model:카나나'],
    expect: ['WORKS_FOR 배도경 -> 카카오'],
  },
  // a sized name whose family and variant are glossed inside it is one sized model, the gloss an alias
  {
    cat: 'discovery.gloss-inside-sized-name',
    text: "한결랩스는 네이버클라우드가 공개한 '하이퍼클로바X 시드(HyperCLOVA X SEED) 8B'에 법률 문서를 추가 학습한 '한결-L1'을 내놨다.",
    nodes: ['Model:하이퍼클로바X 시드 8B'],
    sameNode: ['하이퍼클로바X 시드 8B=HyperCLOVA X SEED 8B'],
    expect: ['BASED_ON 한결-L1 -> 하이퍼클로바X 시드 8B'],
  },
  // the pair's model still to be made: both develop it, and they are partners
  {
    cat: 'developed.pair-future',
    text: "한결랩스는 태국 IT기업 방콕소프트와 태국어 모델을 공동 개발하는 업무협약을 맺었다. 양사가 함께 만들 모델 '한결 타이'는 내년에 나온다.",
    expect: ['DEVELOPED 한결랩스 -> 한결 타이', 'DEVELOPED 방콕소프트 -> 한결 타이', 'PARTNERS_WITH 한결랩스 -> 방콕소프트'],
  },
  // … but a plan to release ("내놓을 계획") points at no model named after it
  {
    cat: 'developed.pair-future',
    text: '한결랩스는 구글의 젬마 3 4B를 썼다. 회사는 내년에 더 큰 모델도 내놓을 계획이라고 밝혔지만 어떤 베이스 모델을 쓸지는 정하지 않았다.',
    absent: ['DEVELOPED 한결랩스 -> 젬마 3 4B'],
  },
  // a quoted variant word before 모델 ("'라이트' 모델은"), in a summary line over the story, is the variant, not the model in focus
  {
    cat: 'references.quoted-variant-word',
    text: "- 경량 '미니' 모델은 지난달 오픈소스로 먼저 공개\n\n한결랩스가 '한결 LLM 3.0'을 출시했다. 함께 나온 경량 모델 '한결 LLM 3.0 미니'는 30억 파라미터 규모다.",
    props: ['한결 LLM 3.0 미니=openSource:true', '한결 LLM 3.0=openSource:undefined'],
  },
  // in a ranking's scope, the overall score a model got before the sentence goes on to a section's benchmark is the ranking's
  {
    cat: 'scored.overall-before-section',
    text: "국내 코딩 평가 '코드리그 2026' 결과가 공개됐다. 이 평가에서 업스테이지의 '솔라 프로 2'가 종합 81.2점으로 1위에 올랐다. 눈에 띄는 것은 스타트업 한결랩스의 '한결-C 14B'다. 이 모델은 종합 점수 70.3점으로 6위에 그쳤지만, 세부 영역 'KR-파이썬'에서는 88.1점으로 1위를 차지했다.",
    edgeProps: ['SCORED 솔라 프로 2 -> 코드리그 2026 score=81.2', 'SCORED 한결-C 14B -> 코드리그 2026 score=70.3', 'SCORED 한결-C 14B -> KR-파이썬 score=88.1'],
    absent: ['SCORED 한결-C 14B -> KR-파이썬 score=70.3'],
  },
  // … not a score said of the section alone, before which no overall word stands
  {
    cat: 'scored.overall-before-section',
    text: "국내 코딩 평가 '코드리그 2026' 결과가 공개됐다. 이 평가에서 업스테이지의 '솔라 프로 2'가 종합 81.2점으로 1위에 올랐다. 눈에 띄는 것은 스타트업 한결랩스의 '한결-C 14B'다. 이 모델은 세부 영역 'KR-파이썬'에서 88.1점으로 1위를 차지했다.",
    absent: ['SCORED 한결-C 14B -> 코드리그 2026'],
  },
  // a time word before 컨소시엄 ("평가 이후 컨소시엄을") and a copula's "이지" ("계약이지 컨소시엄 참여는") name no company
  {
    cat: 'discovery.not-consortium-lead',
    text: '한결랩스의 경우, 1차 평가 이후 컨소시엄을 해산했다. GPU는 클라우드 업체에서 빌리는데, 이건 이용 계약이지 컨소시엄 참여는 아니다.',
    noNodes: ['Company:이후', 'Company:계약이지'],
  },
  // a model the company puts to work ("'Y'를 투입한다") is what the next "이 모델" means, not a model of the paragraph before
  {
    cat: 'focus.deployed-object',
    text: "한결랩스는 ‘한결 3’을 공개했다. 이 모델은 에이전트 벤치마크 ‘K-에이전트벤치’에서 64.2점을 기록했다.\n\n누리AI는 ‘누리-에이전트 8B’를 투입한다. 이 모델의 K-에이전트벤치 점수는 61.7점이다.",
    edgeProps: ['SCORED 한결 3 -> K-에이전트벤치 score=64.2', 'SCORED 누리-에이전트 8B -> K-에이전트벤치 score=61.7'],
  },
  // … and so is one the sentence derives from a base and puts to work, after a consortium's topic
  {
    cat: 'focus.deployed-object',
    text: "한결랩스는 ‘한결 3’을 공개했다. 이 모델은 에이전트 벤치마크 ‘K-에이전트벤치’에서 64.2점을 기록했다.\n\n누리AI 컨소시엄은 ‘누리 2’를 바탕으로 에이전트 작업에 맞게 추가 학습한 ‘누리-에이전트 8B’를 투입한다. 이 모델의 K-에이전트벤치 점수는 61.7점이다.",
    edgeProps: ['SCORED 한결 3 -> K-에이전트벤치 score=64.2', 'SCORED 누리-에이전트 8B -> K-에이전트벤치 score=61.7'],
  },
  // a unit head's post glued to the unit's name, then the rank ("NAME X랩장 상무"), is a title; no company X랩장
  {
    cat: 'discovery.unit-head-title',
    text: '■ 카카오, 한도윤 카나나랩장 상무 승진\n\n카카오에서는 한도윤 카나나랩장이 상무로 승진했다.',
    noNodes: ['Company:카나나랩장'],
    expect: ['WORKS_FOR 한도윤 -> 카카오'],
    absent: ['WORKS_FOR 한도윤 -> 카나나랩장'],
  },
  // a base in the first of two clauses joined by -고 that one rumour reports ("…를 토대로 만들어졌고 양사가 …했다는 이야기가
  // 돌았지만") is no stated base; a headline's tie asked and called groundless ("'B와 공동개발? 사실무근'") is no tie
  {
    cat: 'hearsay.joined-clauses',
    text: '한결랩스, 새 모델 공개…"누리AI와 공동개발? 사실무근"\n\n최근 커뮤니티에서 한결-7B가 누리AI의 \'누리 2\'를 토대로 만들어졌고 양사가 공동 개발을 진행했다는 이야기가 돌았지만, 한결랩스 측은 "공동 개발을 한 적도 없다"고 못박았다.',
    absent: ['BASED_ON 한결-7B -> 누리 2', 'PARTNERS_WITH 누리AI -> 한결랩스'],
  },
  // … a base stated as fact before a separate report keeps its reading
  {
    cat: 'hearsay.joined-clauses',
    text: "한결랩스는 '한결-7B'를 공개했다. 한결-7B는 누리AI의 '누리 2'를 토대로 만들어졌다. 양사가 함께 학습했다는 이야기도 돌았다.",
    expect: ['BASED_ON 한결-7B -> 누리 2'],
  },
  // a radio host's "X의 NAME 대표 연결돼 있습니다": the name is the titled person, the verb after it no name (set 77)
  {
    cat: 'discovery.titled-name-before-verb',
    text: '오늘은 새 모델을 공개한 스타트업 한결랩스의 서도윤 대표 연결돼 있습니다. 대표님, 안녕하세요.',
    noNodes: ['Person:연결돼'],
    expect: ['WORKS_FOR 서도윤 -> 한결랩스'],
  },
];

describe('set 166 phrasings, in other words', () => {
  for (const row of rows) it(row.cat, () => checkFactRow(row));
});
