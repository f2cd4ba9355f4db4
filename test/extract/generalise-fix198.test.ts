/**
 * Generalisation rows for forms of community posts (set 198): a model's name glossed in parentheses right before a release
 * verb whose object particle a post's casual register drops ("X가 Y 2 (Y-2) 공개했음"); a board named with a tagged round and
 * glossed in English ("X 리더보드 v2(X Leaderboard v2)"), its short name "X v2" and a subset it scores apart ("서브셋 X v2-Math");
 * "Y-13B 베이스 위에", the base a model was built on top of; "[정정] … 71.2가 아니라 69.8입니다", a re-measured score; a list
 * of firms closed by their count ("A, B 두 곳이 참여사로"): B is a company, a member of the team; a poster introducing
 * themselves by company, post and name ("X랩스 데이터 엔지니어 NAME입니다", "X기술 NAME입니다", "X NAME입니다(CTO)"); a quoted
 * Latin name glossed by its Hangul spelling with a Latin code glued on ("'Gaon-LM 8B'(가온LM 8B)"): one model; a digest item's
 * heading of a company and its quoted, versioned model ("3. 누비온 'Aster 2'"); a comment saved as text with its poster's name
 * and time run into the first line, thanks before the introduction ("NAME 2026년 11월 23일 오전 8:21 정리 감사합니다 ㅎㅎ X NAME입니다.");
 * the spoken comitative "X이랑" for "X와" with a partner ("A는 B통신이랑 공동개발 협약도 맺었다"); a post said to be held by a
 * name in speech ("X CTO가 NAME 님인데").
 * Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // a Hangul numbered name with its Latin gloss, released with no object particle: a model the poster's company released
  {
    cat: 'models.glossed-release-no-particle',
    text: '오늘 새솔웍스가 물결 2 (Mulgyeol-2) 공개함. 가중치도 같이 풀렸음. 물결 2는 KMMLU 52.7점이라고 함.',
    nodes: ['Model:물결 2'],
    expect: ['SCORED 물결 2 -> KMMLU'],
  },
  // the same shape with a plain verb ending
  {
    cat: 'models.glossed-release-no-particle',
    text: '다람테크가 어제 밤 누리봄 1.5 (Nuribom-1.5) 출시했다. 누리봄 1.5는 누리봄 1의 후속 모델이다.',
    nodes: ['Model:누리봄 1.5'],
  },
  // a gloss before a noun that is no release (a date, a place) names nothing
  {
    cat: 'models.glossed-release-no-particle',
    text: '행사는 서울 2 (Seoul-2) 전시장에서 열렸다.',
    noNodes: ['Model:서울 2'],
  },
  // a board glossed with its English name and a tagged round: a benchmark, "X v2" its short name, a subset under that name
  {
    cat: 'benchmark.board-round-gloss',
    text: '반딧불 리더보드 v2(Banditbul Leaderboard v2) 10월 결과를 올립니다. 이번부터 수학 서브셋 반딧불 v2-Math를 따로 냅니다. 누리-7B는 반딧불 v2에서 64.1점, 반딧불 v2-Math에서 51.0점을 받았습니다.',
    expect: ['SCORED 누리-7B -> 반딧불 리더보드 v2', 'SCORED 누리-7B -> 반딧불 v2-Math'],
    sameNode: ['반딧불 리더보드 v2=반딧불 v2', '반딧불 리더보드 v2=Banditbul Leaderboard v2'],
  },
  // no gloss, no score: a board's name in passing makes no benchmark of a tag
  {
    cat: 'benchmark.board-round-gloss',
    text: '그 회사는 사내 리더보드 v2를 만들었다고 했다.',
    noNodes: ['Benchmark:사내 리더보드 v2'],
  },
  // "Y-13B 베이스 위에": the base a chat model was tuned on top of is Y-13B, no "Y-13B 베이스" variant
  {
    cat: 'based-on.base-on-top-of',
    text: '한결랩의 솔잎-13B-Chat은 자체 사전학습한 솔잎-13B 베이스 위에 SFT를 더한 모델이다.',
    expect: ['BASED_ON 솔잎-13B-Chat -> 솔잎-13B'],
    noNodes: ['Model:솔잎-13B 베이스'],
  },
  // a re-measured score given as "A가 아니라 B" in a correction: B replaces the score the text gave first
  {
    cat: 'scored.not-value-but-corrected',
    text: '다올AI의 다올-8B가 KoBEST에서 80.4점을 받았다. [정정] 재측정 결과 다올-8B의 KoBEST 점수는 80.4가 아니라 78.9입니다.',
    expect: ['SCORED 다올-8B -> KoBEST'],
    edgeProps: ['SCORED 다올-8B -> KoBEST score=78.9'],
  },
  // a list of firms closed by their count: the unknown name after a known company is a company, and a member of the team
  {
    cat: 'consortium.counted-members',
    text: "과기정통부가 '스마트 물류 AI 실증사업' 결과를 발표했다. 가람테크 컨소시엄이 주관기관으로 선정됐다. 누리소프트, 바람데이터 두 곳이 참여사로 함께한다.",
    nodes: ['Company:바람데이터'],
    expect: ['PARTNERS_WITH 가람테크 -> 바람데이터', 'PARTICIPATES_IN 바람데이터 -> 스마트 물류 AI 실증사업'],
  },
  {
    cat: 'consortium.counted-members',
    text: '가람테크와 솔빛 2개사가 올해 전시회에 부스를 냈다.',
    nodes: ['Company:솔빛'],
  },
  // a count of places, not firms, makes no company
  {
    cat: 'consortium.counted-members',
    text: '가람테크는 서울, 대전 두 도시에 연구소를 두고 있다.',
    noNodes: ['Company:대전'],
  },
  // a self-introduction with a post of several words between company and name
  {
    cat: 'works-for.company-intro',
    text: '안녕하세요, 바람랩스 데이터 플랫폼 엔지니어 염다인입니다. 문의하신 라이선스는 Apache 2.0입니다.',
    expect: ['WORKS_FOR 염다인 -> 바람랩스'],
    edgeProps: ['WORKS_FOR 염다인 -> 바람랩스 title=데이터 플랫폼 엔지니어'],
  },
  // no post: the company and the name alone, after the poster's duty
  {
    cat: 'works-for.company-intro',
    text: '안녕하세요. 이 저장소 관리를 맡고 있는 청솔기술 주하람입니다. 다음 배포는 금요일입니다.',
    expect: ['WORKS_FOR 주하람 -> 청솔기술'],
  },
  // the post in parentheses after the copula
  {
    cat: 'works-for.company-intro',
    text: '가람AI 석민재입니다(CTO). 재현 스크립트를 올려 두었습니다.',
    expect: ['WORKS_FOR 석민재 -> 가람AI'],
  },
  // a name read out without a company is no one's employee
  {
    cat: 'works-for.company-intro',
    text: '저는 오늘 사회를 볼 진하윤입니다.',
    absent: ['WORKS_FOR 진하윤 -> 오늘'],
  },
  // a quoted Latin name and its Hangul spelling, the code glued to the Hangul stem: one model, whatever particle follows
  {
    cat: 'models.glossed-glued-code',
    text: "여울AI가 상담용 모델 'Yeoul-LM 14B'(여울LM 14B)를 공개했다. 여울LM 14B는 KMMLU에서 58.3점을 받았다.",
    expect: ['SCORED Yeoul-LM 14B -> KMMLU', 'DEVELOPED 여울AI -> Yeoul-LM 14B'],
    sameNode: ['여울LM 14B=Yeoul-LM 14B'],
  },
  {
    cat: 'models.glossed-glued-code',
    text: "같은 날 'Yeoul-LM 14B'(여울LM 14B)도 나왔다. 여울LM 14B는 KMMLU에서 58.3점을 받았다.",
    sameNode: ['Yeoul-LM 14B=여울LM 14B'],
  },
  // a Hangul gloss that sounds like another name is no spelling of it
  {
    cat: 'models.glossed-glued-code',
    text: "여울AI가 'Yeoul-LM 14B'(바다LM 14B)를 공개했다.",
    absent: ['DEVELOPED 여울AI -> 바다LM 14B'],
  },
  // a digest item headed by a company and its quoted, versioned model: the item's model, its base in the bullet below
  {
    cat: 'models.company-quoted-heading',
    text: "2. 다올테크 'Nimbus-Writer 3'\n - 문서 작성 특화 12B. 다올테크 자체 모델 Nimbus-Core 12B 위에 보고서 데이터로 추가학습.",
    nodes: ['Model:Nimbus-Writer 3'],
    expect: ['DEVELOPED 다올테크 -> Nimbus-Writer 3'],
  },
  // the quote not closing the line: a phrase, no heading
  {
    cat: 'models.company-quoted-heading',
    text: "다올테크 'Open Day 2' 행사가 열렸다.",
    noNodes: ['Model:Open Day 2'],
  },
  // a comment's header run into its first line, then thanks, then the introduction: the poster works for the company, and
  // "저희" after it is that company
  {
    cat: 'works-for.company-intro-after-header',
    text: '함초롬 2026년 11월 24일 오후 2:05 요약 감사합니다 ㅎㅎ 가온웍스 함초롬입니다. 그리고 Gaon-Base 7B는 저희가 처음부터 학습한 모델입니다.',
    expect: ['WORKS_FOR 함초롬 -> 가온웍스', 'DEVELOPED 가온웍스 -> Gaon-Base 7B'],
  },
  // a unit of the company after its possessive is no person
  {
    cat: 'works-for.company-intro',
    text: '여기는 바람중공업 연구동의 설계실입니다.',
    noNodes: ['Person:설계실'],
  },
  // a word that sums the list up is no firm of it
  {
    cat: 'consortium.counted-members',
    text: '네. 가람테크, 누리소프트, 이렇게 두 곳이 본선에 올라갔어요.',
    noNodes: ['Company:이렇게'],
  },
  // the spoken comitative after a closed syllable: the partner is a company, and the tie-up a partnership
  {
    cat: 'partners.spoken-comitative',
    text: '그리고 가람AI는 한울전산이랑 민원 상담 모델 공동개발 협약도 맺었음.',
    nodes: ['Company:한울전산'],
    expect: ['PARTNERS_WITH 가람AI -> 한울전산'],
  },
  {
    cat: 'partners.spoken-comitative',
    text: '가람AI는 새봄정보랑 손잡고 번역 모델을 같이 만든다고 함.',
    expect: ['PARTNERS_WITH 가람AI -> 새봄정보'],
  },
  // a post's holder told in speech, with 가 and 님 and a linking copula
  {
    cat: 'works-for.post-held-by-spoken',
    text: '가람AI가 새 모델을 냈다. 가람AI 연구소장이 편서하 님인데 예전에 대학에서 음성인식을 하시던 분이라고 함.',
    expect: ['WORKS_FOR 편서하 -> 가람AI'],
  },
  // a verb after a title's subject particle names no one ("…리더가 선임됐다")
  {
    cat: 'works-for.post-held-by-spoken',
    text: '가람AI는 이사 2명을 새로 선임했다. 사외이사로는 한울전자 연구리더가 선임됐다.',
    noNodes: ['Person:선임됐'],
  },
];

describe('generalise: community posts (set 198)', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkFactRow(row));
});
