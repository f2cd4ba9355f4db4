/**
 * Generalisation rows of generalise-properties: the 'open-source' rows.
 * The others are in the other generalise-properties-*.test.ts files. Each row is a short article written
 * for these tests, the facts it must give and the facts it must not give; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  {
    // a long description of the method between the model and the release verb
    cat: 'open-source.long-method-before-release',
    text: "AI 스타트업 한빛AI는 지난달 '별빛 1.5'를 처음부터 자체 수집 데이터로 학습하는 프롬 스크래치 방식으로 만들어 오픈소스로 공개했다.",
    props: ['별빛 1.5=openSource:true'],
  },
  {
    // weights that are up on a hub as open source ("오픈소스로 … 올라와 있다") are released open
    cat: 'open-source.up-on-a-hub',
    text: "한빛AI는 새 모델 '별빛 2'를 만들었다. 별빛 2는 오픈소스로 깃허브에 올라와 있어 누구나 받을 수 있다.",
    props: ['별빛 2=openSource:true'],
  },
  {
    // an adnominal release verb before a list: every listed model was released
    cat: 'open-source.adnominal-list',
    text: "한빛AI가 지난 3일 깃허브에 오픈소스로 공개한 '별빛 5'와 '별빛 5 라이트'의 학습법을 소개한다.",
    publishedAt: '2026-10-12',
    props: ['별빛 5 라이트=openSource:true', '별빛 5 라이트=releasedOn:2026-10-03', '별빛 5=releasedOn:2026-10-03'],
  },
  {
    // "A와 (its own clause) B는 … 공개했다": both are the subjects
    cat: 'open-source.modified-coordination',
    text: "한빛AI의 대형 모델 '별빛 5'와 노트북에서 구동되는 '별빛 5 라이트'는 누구나 받을 수 있게 깃허브에 공개했다.",
    props: ['별빛 5=openSource:true', '별빛 5 라이트=openSource:true'],
  },
  {
    // a partner clause between the two is not a coordination
    cat: 'open-source.modified-coordination',
    text: "한빛AI는 새 언어모델 '별빛 5'를 소개했다. LG AI연구원의 '엑사원 4.0'과 비교해 속도를 높인 '별빛 5'는 오픈소스로 공개됐다.",
    props: ['엑사원 4.0=openSource:undefined', '별빛 5=openSource:true'],
  },
  {
    cat: 'open-source.open-model-apposition',
    text: "한결랩의 '한결 3'은 한빛AI의 오픈 모델 '별빛 5'를 기반으로 만들었다.",
    props: ['별빛 5=openSource:true'],
  },
  {
    // no release verb: a licence anyone may use says the topic model is open
    cat: 'open-source.state-licence',
    text: "한빛AI가 새 언어모델 '별빛 5'를 내놨다. 별빛 5는 MIT 라이선스로 누구나 상업적으로 쓸 수 있다.",
    props: ['별빛 5=openSource:true'],
  },
  {
    // "두 모델 모두 오픈소스다": the pair listed before
    cat: 'open-source.state-group',
    text: "한빛AI는 지난 4일 새 언어모델 '별빛 5'와 '별빛 5 라이트'를 선보였다. 두 모델 모두 오픈소스다.",
    publishedAt: '2026-10-12',
    props: ['별빛 5=openSource:true', '별빛 5 라이트=openSource:true'],
  },
  {
    // said not to be open: nothing
    cat: 'open-source.state-negated',
    text: "한빛AI가 새 언어모델 '별빛 5'를 내놨다. 별빛 5는 오픈소스가 아니며 API로만 쓸 수 있다.",
    props: ['별빛 5=openSource:undefined'],
  },
  {
    cat: 'open-source.more-wordings',
    text: "한빛AI는 지난 6일 새 언어모델 '별빛 5'의 가중치를 전면 공개했다.",
    publishedAt: '2026-10-12',
    props: ['별빛 5=openSource:true', '별빛 5=releasedOn:2026-10-06'],
  },
  // each side of a contrast speaks for its own model: "A는 … 오픈소스로 풀었지만, B는 가중치를 공개하지 않고"
  { cat: 'open-source.contrasted-clauses', text: "솔빛랩은 솔빛-2 프로와 솔빛-2 미니를 공개했다. 솔빛-2 미니는 허깅페이스에 아파치 2.0 라이선스의 오픈소스로 풀었지만, 솔빛-2 프로는 가중치를 공개하지 않고 API로만 제공한다.", props: ['솔빛-2 미니=openSource:true', '솔빛-2 프로=openSource:undefined'] },
  { cat: 'open-source.contrasted-clauses', text: "솔빛랩은 솔빛-2 프로와 솔빛-2 미니를 공개했다. 솔빛-2 프로는 API로만 제공하는 반면 솔빛-2 미니는 오픈소스로 공개했다.", props: ['솔빛-2 미니=openSource:true', '솔빛-2 프로=openSource:undefined'] },
  // a version joined to a versioned model by 과/와 with the family left out ("별빛 1과 2는") is the family's version
  {
    cat: 'open-source.coordinated-versions',
    text: "한빛AI는 '별빛 1'을 냈다. 이어 '별빛 2'를 선보였다. 별빛 1과 2는 모두 오픈소스로 공개돼 인기를 끌었다.",
    props: ['별빛 1=openSource:true', '별빛 2=openSource:true'],
  },
  {
    cat: 'open-source.coordinated-versions',
    text: "가온소프트는 올해 '누리 3.5'와 '누리 4.0'을 공개했다. 누리 3.5와 4.0은 모두 오픈소스로 공개돼 있다.",
    props: ['누리 4.0=openSource:true'],
  },
  {
    // a count after 과 is no version ("엑사원 4.0과 3명의 연구자")
    cat: 'open-source.coordinated-versions',
    text: "한빛AI는 '별빛 2'와 3명의 연구자를 소개했다.",
    noNodes: ['Model:별빛 3'],
  },
  {
    // "A와 B의 가중치는 … 오픈소스로 공개됐다": both coordinated models are open, not only the one nearest the verb
    cat: 'open-source.coordinated-before-verb',
    text: '누리랩스의 Hanbit-Q 8B와 Hanbit-Q 2B의 가중치는 지난 2일 아파치 2.0 라이선스로 허깅페이스에 공개됐다.',
    props: ['Hanbit-Q 8B=openSource:true', 'Hanbit-Q 2B=openSource:true'],
  },
  {
    // a model named only in a comparison before the released one is not released with it
    cat: 'open-source.coordinated-before-verb',
    text: '누리랩스는 GPT-4o보다 빠른 Hanbit-Q 2B의 가중치를 지난 2일 오픈소스로 공개했다.',
    props: ['Hanbit-Q 2B=openSource:true', 'GPT-4o=openSource:undefined'],
  },
];

describe('property rows (release days, sizes)', () => {
  it.each(rows.map((r, i) => ({ ...r, i })))('$cat #$i', (row) => checkFactRow(row));
});
