/**
 * A founder's posts on a social network (a numbered thread), in this test's own words: the
 * self-introduction "X 랩스(X Labs) 대표 홍길동입니다", scores listed as bare "벤치마크 숫자" pairs
 * about the model the thread is about.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  {
    cat: 'a self-introduction: a company written in two words with its Latin gloss, the title, then the name on the polite copula',
    text: '안녕하세요, 미르벨 랩스(Mirbell Labs) 대표 채도윤입니다. 오늘 저희가 첫 모델 MB-1 Lite를 공개합니다 1/5',
    expect: ['WORKS_FOR 채도윤 -> 미르벨 랩스', 'DEVELOPED 미르벨 랩스 -> MB-1 Lite'],
    edgeProps: ['WORKS_FOR 채도윤 -> 미르벨 랩스 title=대표'],
    nodes: ['Company:미르벨 랩스', 'Person:채도윤'],
  },
  {
    cat: "a two-word name whose gloss has another suffix is no company ('… 랩스(… Soft)')",
    text: '미르벨 랩스(Mirbell Soft) 행사에 다녀왔습니다.',
    noNodes: ['Company:미르벨 랩스'],
  },
  {
    cat: 'scores as bare "benchmark number" pairs after the model is introduced: about that model',
    text: ["누리소프트는 경량 모델 'NS-2 Mini'를 공개했다.", '', '점수부터 공유하면 KoBEST 77.5 KMMLU 51.2 (모두 자체 측정)'].join('\n'),
    expect: ['SCORED NS-2 Mini -> KoBEST', 'SCORED NS-2 Mini -> KMMLU'],
    edgeProps: ['SCORED NS-2 Mini -> KoBEST score=77.5', 'SCORED NS-2 Mini -> KMMLU score=51.2'],
  },
  {
    cat: 'a number after a benchmark followed by a noun is no bare score ("KMMLU 2025 결과")',
    text: ["누리소프트는 경량 모델 'NS-2 Mini'를 공개했다.", '', 'KMMLU 2025 결과를 보면 격차가 컸다.'].join('\n'),
    absent: ['SCORED NS-2 Mini -> KMMLU'],
  },
  {
    cat: 'a company speaking of itself as the subject ("오늘 저희가 … 공개합니다") is the subject a later partner clause omits',
    text: ['안녕하세요, 미르벨 랩스(Mirbell Labs) 대표 채도윤입니다. 오늘 저희가 첫 모델 MB-1 Lite를 공개합니다 1/5', '', '협력 소식도 전합니다. 반도체 기업 퓨리오사AI와 손잡고 MB-1 시리즈를 NPU에 맞추는 작업을 공동으로 진행합니다. 2/5'].join('\n'),
    expect: ['PARTNERS_WITH 미르벨 랩스 -> 퓨리오사AI'],
  },
  {
    cat: 'a full name with the honorific 님 (and 씨) names a person even in a sentence with no title word',
    text: ['AI 스타트업 미르벨 랩스는 새 모델을 공개했다.', '', '백도하 님이 이번 달 팀에 합류했다. 권지안 씨도 함께 왔다.'].join('\n'),
    nodes: ['Person:백도하', 'Person:권지안'],
  },
  {
    cat: 'a two-syllable word before 님 is no name ("고객님", "대표님")',
    text: '미르벨 랩스는 "고객님과 대표님께 감사드린다"고 밝혔다.',
    noNodes: ['Person:고객', 'Person:대표'],
  },

  {
    cat: "a two-word '… 랩스' name with no gloss before a chief's title and a name ('X 랩스 대표 NAME입니다') is a company",
    text: '안녕하세요, 하늘바다 랩스 대표 연주하입니다. 오늘 저희가 새 모델을 공개했습니다.',
    expect: ['WORKS_FOR 연주하 -> 하늘바다 랩스'],
    nodes: ['Company:하늘바다 랩스'],
  },
  {
    cat: "a glued '…랩스' before an officer's title ('X랩스 CTO NAME은') is the company, not a unit's name",
    text: '하늘바다랩스 CTO 연주하는 데이터 구성을 직접 설계했다고 밝혔다.',
    expect: ['WORKS_FOR 연주하 -> 하늘바다랩스'],
  },
  {
    cat: "'저희 CTO NAME(…)이' in a founder's post: the officer works at the company that speaks",
    text: '안녕하세요, 하늘바다 랩스 대표 연주하입니다. 데이터 정제는 저희 CTO 남궁별(전 카카오 연구원)이 맡았습니다.',
    expect: ['WORKS_FOR 남궁별 -> 하늘바다 랩스'],
    absent: ['WORKS_FOR 남궁별 -> 카카오'],
  },
  {
    cat: "a thread's post counter ('2/6 ') before a subject-less base statement ('베이스는 Y입니다') leaves the base to the model in focus",
    text: "안녕하세요, 하늘바다 랩스 대표 연주하입니다. 오늘 저희가 추론 모델 '바다결-3 8B'를 공개했습니다.\n\n2/6 베이스는 메타의 Llama 3.1 8B입니다.",
    expect: ['BASED_ON 바다결-3 8B -> Llama 3.1 8B'],
  },
  {
    cat: "a quoted small sibling defined by what it was distilled from ('…를 교사 모델로 삼아 … 뽑아낸 … 모델이에요') is a model, its size before a variant word its count, the bare size the sibling",
    text: "오늘 저희가 추론 모델 '바다결-3 8B'를 공개했습니다. '바다결-3 1B 미니'는 8B를 교사 모델로 삼아 지식 증류로 뽑아낸 모바일용 모델이에요.",
    expect: ['BASED_ON 바다결-3 1B 미니 -> 바다결-3 8B'],
    props: ['바다결-3 1B 미니=parameters:1000000000'],
  },
  {
    cat: "an earlier version named with a hyphen and a size and no particle ('냈던 X-1 4B 써보신') is a model; 'Y가 그 후속작입니다' succeeds it",
    text: "오늘 저희가 추론 모델 '바다결-3 8B'를 공개했습니다. 작년에 저희가 냈던 바다결-2 4B 써보신 분들 많으시죠. 이번 바다결-3 8B가 그 후속작입니다.",
    expect: ['SUCCEEDS 바다결-3 8B -> 바다결-2 4B'],
    nodes: ['Model:바다결-2 4B'],
  },
  {
    cat: "scores listed as '… A 58.4, B 71.2가 나왔고, 저희가 직접 만든 평가셋 C에서는 66.7을 찍었습니다' all belong to the topic",
    text: "바다결-3 8B는 KMMLU 51.4, HAE-RAE Bench 70.2가 나왔고, 저희가 직접 만든 법률 평가셋 KoBALT에서는 61.7을 찍었습니다.",
    expect: ['SCORED 바다결-3 8B -> HAE-RAE Bench', 'SCORED 바다결-3 8B -> KoBALT'],
    edgeProps: ['SCORED 바다결-3 8B -> KoBALT score=61.7'],
  },
  {
    cat: "a version with a spaced size before its Latin gloss ('X-2 9B (Latin-2, …)') stays one model with the gloss as its alias",
    text: "• 바다결랩스의 바다결-2 9B (Badagyeol-2, 90억 파라미터)\n\n바다결-2는 국내 스타트업 바다결랩스가 공개한 모델이다.",
    noNodes: ['Model:Badagyeol-2'],
  },
  {
    // (a channel's release bulletin: bullet items with their subject left out)
    cat: "a release post's bullet that names only the predecessor ('▪️ X가 지난해 선보인 Y의 후속작… 구조는 유지') makes the model in focus Y's successor; a model of another brand is not",
    text: "[속보] 한결소프트, '미리내 3.0' 오늘 공개\n\n▪️ 700억 개 매개변수, 전 과정을 프롬 스크래치로 진행\n\n▪️ 한결소프트가 지난해 5월 선보인 미리내 2.0의 후속작… 하이브리드 구조는 유지\n\n▪️ 메타의 라마 4의 후속작과 비교하면 한국어가 강하다",
    expect: ['SUCCEEDS 미리내 3.0 -> 미리내 2.0'],
    absent: ['SUCCEEDS 미리내 3.0 -> 라마 4'],
  },
];

describe('founders\' posts and threads', () => {
  it.each(rows.map((r) => [r.cat, r] as const))('%s', (_cat, row) => checkFactRow(row));
});
