/**
 * Generalisation rows for phrasings met in set 166 (the forty-second session's control, a mixed week): a version named
 * alone ("1.5 버전이") for the one model of that version; a base in a clause contrasted with what follows ("Y를 바탕으로
 * 했던 것과 달리 이번에는 Z를"); a line name before a post ("X 랩장에 NAME을 선임"); a sized name with its family and
 * variant glossed inside ("'X 시드(Latin X SEED) 8B'"); a model the pair "양사" will make together ("양사가 함께 만들
 * 모델 'Y'"), but no plan to release ("내놓을 계획"); a quoted variant word before 모델 ("'라이트' 모델은"). Sentences written for these tests.
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
];

describe('set 166 phrasings, in other words', () => {
  for (const row of rows) it(row.cat, () => checkFactRow(row));
});
