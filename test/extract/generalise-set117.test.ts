/**
 * Generalisation rows for the forms first met in held-out set 117: a consortium table whose columns name the model a
 * team demonstrates and the chip it runs on, and an appointments list under "◎ COMPANY" headings whose "△POST NAME"
 * items may close with a note of the person's former employer.
 * Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, expect, it } from 'vitest';
import { checkFactRow, pageFacts, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // a table with a demonstrated-model column and a chip column: the lead partners each member and every team takes part in the programme
  {
    cat: 'partners.consortium-table',
    text: "한국지능정보원은 「2027년 온디바이스 AI 검증 지원사업」의 선정 결과를 안내합니다.\n\n연번 | 과제명 | 주관기관 | 참여기관 | 실증 모델 | 활용 반도체\n1 | 물류 창고 안전 AI | 가온랩스 | 다온칩스, 한빛대학교 | 한결-2B | 다온 K1\n2 | 상담 요약 AI | 누비온 | 솔바람테크 | 아스터 7B | 솔바람 S2",
    expect: ['PARTNERS_WITH 가온랩스 -> 다온칩스', 'PARTNERS_WITH 누비온 -> 솔바람테크', 'PARTICIPATES_IN 가온랩스 -> 2027년 온디바이스 AI 검증 지원사업', 'PARTICIPATES_IN 누비온 -> 2027년 온디바이스 AI 검증 지원사업'],
    absent: ['DEVELOPED 가온랩스 -> 한결-2B', 'DEVELOPED 누비온 -> 아스터 7B'],
  },
  // without a member column there is no consortium to read
  {
    cat: 'partners.consortium-table',
    text: "한국지능정보원은 「2027년 온디바이스 AI 검증 지원사업」의 선정 결과를 안내합니다.\n\n연번 | 과제명 | 주관기관 | 실증 모델 | 활용 반도체\n1 | 물류 창고 안전 AI | 가온랩스 | 다온칩스 | 다온 K1",
    absent: ['PARTNERS_WITH 가온랩스 -> 다온칩스'],
  },
  // "◎ COMPANY" headings over "△POST NAME" items, one closing with where the person came from
  {
    cat: 'works-for.section-roster',
    text: "AI 업계 인사가 이어지고 있다. 각 사 인사 내용은 다음과 같다.\n\n◎ 가온랩스\n\n△최고기술책임자(CTO) 김하늘 (前 다온소프트 AI 리서치)\n\n△AI 플랫폼 리더 박서준\n\n◎ 솔바람테크\n\n△AI데이터부문장(상무) 이도현",
    expect: ['WORKS_FOR 김하늘 -> 가온랩스', 'WORKS_FOR 박서준 -> 가온랩스', 'WORKS_FOR 이도현 -> 솔바람테크'],
    absent: ['WORKS_FOR 김하늘 -> 솔바람테크', 'WORKS_FOR 박서준 -> 솔바람테크'],
  },
  // an item whose note names a company in the middle of the line, not a former employer, is no roster item
  {
    cat: 'works-for.section-roster',
    text: "AI 업계 인사가 이어지고 있다.\n\n◎ 가온랩스\n\n△다온소프트 협력 담당 리더 김하늘",
    absent: ['WORKS_FOR 김하늘 -> 가온랩스'],
  },
  // "N개 정예팀은 A, B, C가 각각 이끌었다": the team word stands for the programme named before, each company leads one team
  {
    cat: 'participates.teams-led-by-list',
    text: "교육부의 '디지털 교과서 AI 튜터 사업'이 내년 확대된다. 올해 초 뽑힌 네 정예팀은 누리소프트, 다온시스템즈, 업스테이지, 네이버클라우드가 각각 주도했다.",
    expect: ['PARTICIPATES_IN 누리소프트 -> 디지털 교과서 AI 튜터 사업', 'PARTICIPATES_IN 업스테이지 -> 디지털 교과서 AI 튜터 사업', 'PARTICIPATES_IN 네이버클라우드 -> 디지털 교과서 AI 튜터 사업'],
  },
  // a company merely compared with the teams leads none
  {
    cat: 'participates.teams-led-by-list',
    text: "교육부의 '디지털 교과서 AI 튜터 사업'이 내년 확대된다. 올해 초 뽑힌 네 정예팀은 업스테이지가 주도한 민간 컨소시엄과 비교된다.",
    absent: ['PARTICIPATES_IN 업스테이지 -> 디지털 교과서 AI 튜터 사업'],
  },
  // "… 위에 추가 학습한 것인지에 대해선 말을 아꼈다": an indirect question states no base
  {
    cat: 'hedge.indirect-question',
    text: '누리소프트는 새 모델 솔비-3를 공개했다. 다만 회사는 솔비-3가 처음부터 학습한 것인지, 솔비-2 위에 추가 학습한 것인지에 대해선 말을 아꼈다.',
    absent: ['BASED_ON 솔비-3 -> 솔비-2'],
  },
  {
    cat: 'hedge.indirect-question',
    text: '누리소프트는 새 모델 솔비-3를 공개했다. 솔비-3는 솔비-2 위에 법률 데이터를 추가 학습한 모델이다.',
    expect: ['BASED_ON 솔비-3 -> 솔비-2'],
  },
  // "참여는 아직 검토만 하고 있고 결정하지 못했다": a programme only weighed
  {
    cat: 'hedge.only-weighed',
    text: "누리소프트는 '해양 AI 실증 사업' 참여를 검토만 하고 있고 아직 결정하지 못했다.",
    absent: ['PARTICIPATES_IN 누리소프트 -> 해양 AI 실증 사업'],
  },
  {
    cat: 'hedge.only-weighed',
    text: "누리소프트는 '해양 AI 실증 사업'에 참여했다.",
    expect: ['PARTICIPATES_IN 누리소프트 -> 해양 AI 실증 사업'],
  },
  // "X는 C가 자사 모델 Y를 경량화해 만든 30억 파라미터 모델로": the company's relative clause before a size and the model word
  {
    cat: 'based-on.lightened',
    text: "다온시스템즈는 현장 단말용 모델을 내놨다. '다온-2B'는 다온시스템즈가 자사 모델 '다온-9B'를 경량화해 만든 20억 파라미터 모델로, 인터넷 없이 구동된다.",
    expect: ['BASED_ON 다온-2B -> 다온-9B'],
  },
  {
    cat: 'based-on.lightened',
    text: "다온시스템즈는 현장 단말용 모델을 내놨다. '다온-2B'는 다온시스템즈가 '다온-9B'와 함께 만든 20억 파라미터 모델로, 인터넷 없이 구동된다.",
    absent: ['BASED_ON 다온-2B -> 다온-9B'],
  },
  // a subject-less sentence after a release, in the polite register: "Y에 … 추가 학습해 만들었습니다"
  {
    cat: 'based-on.focus-further-trained',
    text: "오늘은 새 모델 소식입니다. 한빛소프트는 소형 모델 '한빛-7B'를 공개했습니다. 70억 개 파라미터 규모로, 알리바바의 '큐웬3 8B'에 한국어 데이터 약 5천억 토큰을 추가 학습해 만들었습니다.",
    expect: ['BASED_ON 한빛-7B -> 큐웬3 8B'],
  },
  {
    cat: 'based-on.focus-further-trained',
    text: "오늘은 새 모델 소식입니다. 한빛소프트는 소형 모델 '한빛-7B'를 공개했습니다. 다음 모델은 알리바바의 '큐웬3 8B'에 한국어 데이터를 추가 학습해 만들 계획입니다.",
    absent: ['BASED_ON 한빛-7B -> 큐웬3 8B'],
  },
  // "Y(Latin)을 바탕으로 … 만든 240억 파라미터 모델이다": a glossed base and a size before the model word
  {
    cat: 'based-on.focus-copula',
    text: "한빛소프트는 지난달 첫 모델 '한빛-R 2(Hanbit-R 2)'를 공개했다. 구글의 '젬마 3 27B(Gemma 3 27B)'를 바탕으로 법률 데이터를 더해 만든 270억 파라미터 모델이다.",
    expect: ['BASED_ON 한빛-R 2 -> 젬마 3 27B'],
  },
  {
    cat: 'based-on.focus-copula',
    text: "한빛소프트는 지난달 첫 모델 '한빛-R 2(Hanbit-R 2)'를 공개했다. 구글의 '젬마 3 27B(Gemma 3 27B)'를 바탕으로 만든 모델이 아니라고 회사는 밝혔다.",
    absent: ['BASED_ON 한빛-R 2 -> 젬마 3 27B'],
  },
  // an interview answer in the first person: "'P' 추가 공모에 B 등과 컨소시엄을 꾸려 지원서를 냈습니다" — the speaker's company and B both applied
  {
    cat: 'participates.applied-in-consortium',
    text: "리벨리온은 올해 사업 계획을 밝혔다. 리벨리온은 과학기술정보통신부의 '해양 AI 실증 사업' 재공모에 업스테이지 등과 컨소시엄을 꾸려 지원서를 제출했다.",
    expect: ['PARTICIPATES_IN 리벨리온 -> 해양 AI 실증 사업', 'PARTICIPATES_IN 업스테이지 -> 해양 AI 실증 사업'],
  },
  {
    cat: 'participates.applied-in-consortium',
    text: "리벨리온은 올해 사업 계획을 밝혔다. 리벨리온은 과학기술정보통신부의 '해양 AI 실증 사업' 재공모에 업스테이지 등과 컨소시엄을 꾸려 지원할 가능성이 거론된다.",
    absent: ['PARTICIPATES_IN 리벨리온 -> 해양 AI 실증 사업', 'PARTICIPATES_IN 업스테이지 -> 해양 AI 실증 사업'],
  },
  // "'기반 모델' 또는 '베이스 모델'이라 부른다": the generic word for a base, quoted, is no model
  {
    cat: 'nonentity.base-model-word',
    text: "해외 모델 위에 한국어를 덧입히는 방식이 늘고 있다. 이때 출발점이 된 모델을 '기반 모델' 또는 '베이스 모델'이라 부른다. 누리소프트는 새 모델 '솔비-3'를 공개했다.",
    noNodes: ['Model:기반 모델', 'Model:베이스 모델'],
  },
  {
    cat: 'nonentity.base-model-word',
    text: "누리소프트는 새 모델 '솔비-3'를 공개했다. 솔비-3는 알리바바의 큐웬3 8B를 기반 모델로 삼았다.",
    expect: ['BASED_ON 솔비-3 -> 큐웬3 8B'],
  },
  // a comparison table with a score column: a row whose score is "-" still gives its size and open weights, and the rows after it are read
  {
    cat: 'table.unscored-row',
    text: "국내외 모델을 한 표로 비교했다.\n\n모델 | 개발사 | 파라미터 | 가중치 공개 | KMMLU\n솔비-3 | 누리소프트 | 720억 | 공개 | 78.3\n아스터 2 | 가온랩스 | 310억 | 비공개 | -\n한결-9B | 다온시스템즈 | 90억 | 공개 | 미공개",
    props: ['아스터 2=parameters:31000000000', '한결-9B=parameters:9000000000', '한결-9B=openSource:true'],
    absent: ['SCORED 아스터 2 -> KMMLU', 'SCORED 한결-9B -> KMMLU'],
  },
  // a row whose score cell holds a word, not a mark of no value, ends the table
  {
    cat: 'table.unscored-row',
    text: "국내외 모델을 한 표로 비교했다.\n\n모델 | 개발사 | 파라미터 | 가중치 공개 | KMMLU\n솔비-3 | 누리소프트 | 720억 | 공개 | 78.3\n아스터 2 | 가온랩스 | 310억 | 비공개 | 측정 예정\n한결-9B | 다온시스템즈 | 90억 | 공개 | 미공개",
    absent: ['SCORED 아스터 2 -> KMMLU', 'SCORED 한결-9B -> KMMLU'],
  },
  // "X의 'FAMILY(Latin)'": a family word quoted whole after its maker's possessive is the family, not the article's version
  {
    cat: 'family.quoted-after-maker',
    text: "카카오의 '카나나(Kanana)'와 KT의 '믿:음'은 국내 대표 모델로 꼽힌다. 카카오는 카나나 1.5 8B를 공개했고 KT는 믿:음 2.0 미니를 내놨다.",
    expect: ['DEVELOPED 카카오 -> 카나나', 'DEVELOPED KT -> 믿:음', 'DEVELOPED 카카오 -> 카나나 1.5 8B'],
    nodes: ['Model:카나나', 'Model:믿:음'],
  },
  // unquoted, the bare family word still stands for the article's one version
  {
    cat: 'family.quoted-after-maker',
    text: "카카오의 카나나와 KT의 믿:음은 국내 대표 모델로 꼽힌다. 카카오는 카나나 1.5 8B를 공개했고 KT는 믿:음 2.0 미니를 내놨다.",
    noNodes: ['Model:카나나', 'Model:믿:음'],
  },
  // a market story's "B와의 제휴 기대감에 올랐다": a tie-up only hoped for
  {
    cat: 'hedge.hoped-tie-up',
    text: '다온시스템즈는 업스테이지와의 협력 기대감에 장중 8% 급등했다.',
    absent: ['PARTNERS_WITH 다온시스템즈 -> 업스테이지'],
  },
  {
    cat: 'hedge.hoped-tie-up',
    text: '다온시스템즈는 업스테이지와 업무협약을 맺었다고 밝혔다.',
    expect: ['PARTNERS_WITH 다온시스템즈 -> 업스테이지'],
  },
];

describe('generalise: set 117 forms', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkFactRow(row));
});

/** An interview page printing each question as a heading over a paragraph of the quoted answer. */
function interviewPage(questions: [string, string][]): string {
  const turns = questions.map(([q, a]) => `<h4>${q}</h4><p>${a}</p>`).join('');
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>[인터뷰] 가온랩스 대표 "한결-2로 승부"</title></head><body><article><h1>[인터뷰] 가온랩스 대표 "한결-2로 승부"</h1><div class="body"><p>AI 스타트업 가온랩스가 지난달 새 언어모델 '한결-2'를 공개했다. 김하늘 대표를 만났다.</p>${turns}</div></article></body></html>`;
}

describe('an interview whose questions are headings: a question naming no model asks about the interview\'s model', () => {
  const before: [string, string] = ['전작과는 무엇이 다른가.', '"한결-2는 한결-1의 후속입니다. 한결-1은 라마 3.1 8B를 기반으로 미세조정한 모델이었어요."'];
  it('scores in the answer to "성능은?" are the interview model\'s, not the model the last answer named', () => {
    const edges = pageFacts(interviewPage([before, ['성능은 어느 정도인가.', '"저희 내부 측정 기준으로 KMMLU 58.3점이 나왔습니다."']]));
    expect(edges).toContain('SCORED 한결-2 -> KMMLU');
    expect(edges).not.toContain('SCORED 한결-1 -> KMMLU');
  });
  it('an answer that names the older model keeps the score with it', () => {
    const edges = pageFacts(interviewPage([['성능은 어느 정도인가.', '"저희도 아직 측정 중입니다."'], ['전작의 성적은 어땠나.', '"한결-1은 KMMLU 41.2점을 받았습니다."']]));
    expect(edges).toContain('SCORED 한결-1 -> KMMLU');
    expect(edges).not.toContain('SCORED 한결-2 -> KMMLU');
  });
});
