/**
 * Generalisation rows for chip, compute and data-centre pages (held-out set 207): a number format a model is run in is no
 * model or benchmark, and a percentage of a reference figure is no score; a chip, a card or a server named by its code is
 * no model, nor is a software kit; a company named with a chip maker's kind word; programme membership told as a pool
 * registration or as "the same programme" named before; a joint venture's two shareholders; the head of company in a
 * labelled row after a cell with a legal mark; one-line team cards on a company's own page; an investor listed in a
 * round named by its series; a base passed on as talk and denied next; a model line glossed before its dash.
 * Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, expect, it } from 'vitest';
import { checkFactRow, pageFacts, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // a quality bar given as a share of a reference run: no score, and the format is no model
  {
    cat: 'scored.share-of-reference',
    text: '벼리랩스는 벼리-9B를 공개했다. 양자화판은 BF16 기준 HAE-RAE의 98% 이상을 유지하도록 맞췄다.',
    absent: ['SCORED 벼리-9B -> HAE-RAE'],
    noNodes: ['Model:BF16'],
  },
  {
    cat: 'scored.share-of-reference',
    text: '벼리랩스의 벼리-9B는 원본 대비 97%의 정확도를 유지했다.',
    noNodes: ['Model:원본'],
  },
  // a real score beside it is still read
  {
    cat: 'scored.share-of-reference',
    text: '벼리랩스의 벼리-9B는 KMMLU에서 58.2점을 기록했다.',
    expect: ['SCORED 벼리-9B -> KMMLU'],
  },
  // a card or a chip named by its code is hardware, not a model its maker developed
  {
    cat: 'models.hardware-named',
    text: '[시승기] 솔빛세미 SV-4 추론 카드를 써 보니\n\n솔빛세미가 내놓은 SV-4 카드는 전력 효율이 좋다.',
    absent: ['DEVELOPED 솔빛세미 -> SV-4'],
    noNodes: ['Model:SV-4'],
  },
  {
    cat: 'models.hardware-named',
    text: '솔빛세미는 첫 칩 SV-2를 올해 양산했다. 드라이버는 솔빛세미 SDK 2.3으로 배포된다.',
    noNodes: ['Model:SV-2', 'Model:SDK 2.3'],
  },
  // a model of the same shape named as a model stays one
  {
    cat: 'models.hardware-named',
    text: '솔빛세미는 언어모델 SV-LM 3를 공개했다.',
    expect: ['DEVELOPED 솔빛세미 -> SV-LM 3'],
  },
  // a company named with a chip maker's kind word, listed with a known one as members of a programme
  {
    cat: 'companies.chip-maker-word',
    text: "누리칩스와 리벨리온은 과기정통부 '지능형 반도체 실증사업' 참여 기업으로, 올해 시제품을 낸다.",
    expect: ['PARTICIPATES_IN 누리칩스 -> 지능형 반도체 실증사업', 'PARTICIPATES_IN 리벨리온 -> 지능형 반도체 실증사업'],
  },
  // a pool registration, and a member selected for "the same programme" the sentence named first
  {
    cat: 'participates.registered-in-pool',
    text: "하늘세미콘(주)은 올해 '공공 AI 가속 전환사업' 공급기업 풀에 이름을 올린 업체다.",
    expect: ['PARTICIPATES_IN 하늘세미콘 -> 공공 AI 가속 전환사업'],
  },
  {
    cat: 'participates.same-programme-member',
    text: "이 단지는 강원도 '춘천 AI 클러스터 조성사업'의 첫 시설이며, 운영사 (주)소양데이터는 같은 사업의 1호 입주기업으로 지정됐다.",
    expect: ['PARTICIPATES_IN 소양데이터 -> 춘천 AI 클러스터 조성사업'],
  },
  // two shareholders of one venture they run together are partners
  {
    cat: 'partners.joint-shareholders',
    text: '법인의 출자 비율은 한솔테크(주) 51%, 구름소프트(주) 49%로 양사 공동 설립이다.',
    expect: ['PARTNERS_WITH 한솔테크 -> 구름소프트'],
  },
  // an investor listed in a round named by its series is not the company a later subjectless sentence is about
  {
    cat: 'subjects.series-investors',
    text: '(주)벼루AI는 2024년 대전에서 세워진 회사다. 시리즈 A에는 가람벤처스와 한빛투자가 참여했다. 네모소프트와 문서 모델 공동 개발을 위한 업무협약을 맺고 함께 작업 중이다.',
    expect: ['PARTNERS_WITH 벼루AI -> 네모소프트'],
    absent: ['PARTNERS_WITH 가람벤처스 -> 네모소프트'],
  },
  // a base passed on as talk going round, denied in the next sentence: disputed, not stated
  {
    cat: 'based-on.talk-denied',
    text: '누리-8B v3는 누리AI가 공개한 모델이다. 업계에선 누리-8B v3가 사실 Gemma 3 기반이라는 말이 돌았다. 누리AI는 이를 부인했다.',
    edgeProps: ['BASED_ON 누리-8B v3 -> Gemma 3 status=disputed'],
  },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});

describe('a results table whose precision column names number formats', () => {
  const page = `<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>리뷰 | 칩리뷰</title></head><body><main>
<h1>솔빛 가속 카드 리뷰</h1><p>테스트에는 벼리랩스의 벼리-9B를 썼다.</p>
<table><tr><th>모델</th><th>정밀도</th><th>카드 A</th><th>카드 B</th></tr>
<tr><td>벼리-9B</td><td>W4A8</td><td>44.1</td><td>61.0</td></tr></table>
</main></body></html>`;
  it('reads no benchmark from the precision cell', () => {
    expect(pageFacts(page, 'review.html').some((f) => f.startsWith('SCORED'))).toBe(false);
  });
});

describe("a labelled row's head of company after a cell with a legal mark", () => {
  const page = `<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>계약 상세</title></head><body><main>
<h1>계약 상세</h1><p>(주)다래시스템이 공급한 추론 서버는 (주)모래AI의 모래-7B를 돌린다.</p>
<table><tr><td>계약상대자</td><td>다래시스템(주)</td><td>대표자</td><td>윤가온 (대표이사)</td></tr></table>
</main></body></html>`;
  it('gives the person to the company in the row, not to another the page names', () => {
    const facts = pageFacts(page, 'contract.html');
    expect(facts).toContain('WORKS_FOR 윤가온 -> 다래시스템');
    expect(facts).not.toContain('WORKS_FOR 윤가온 -> 모래AI');
  });
});

describe("one-line team cards on a company's own job page", () => {
  const page = `<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>채용 | 벼리칩스</title></head><body><main>
<h1>런타임 엔지니어</h1><p>벼리칩스는 2022년 부산에서 설립된 NPU 스타트업입니다. 우리는 추론 칩과 소프트웨어를 함께 만듭니다.</p>
<h3>함께 일할 동료들</h3>
<p>오세린 · 런타임팀장 — 前 카카오 엔지니어. 런타임을 처음부터 설계했습니다.</p>
<p>Mark Lee · Head of Silicon — ex-Intel 출신입니다.</p>
</main></body></html>`;
  it('gives each card to the page’s own company', () => {
    const facts = pageFacts(page, 'jobs.html');
    expect(facts).toContain('WORKS_FOR 오세린 -> 벼리칩스');
    expect(facts).toContain('WORKS_FOR Mark Lee -> 벼리칩스');
    expect(facts).not.toContain('WORKS_FOR 오세린 -> 카카오');
  });
});

describe('a model line glossed before its dash', () => {
  const page = `<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>서비스 안내</title></head><body><main>
<h1>모델 템플릿</h1><ul>
<li><b>구름-Med 2 (Gureum-Med-2)</b> — 구름클라우드가 자체 개발한 140억 파라미터 모델입니다. 메타의 Llama 3.1 8B를 기반으로 의료 문서를 추가 학습했습니다.</li>
</ul></main></body></html>`;
  it('puts the model in focus for the next sentence', () => {
    expect(pageFacts(page, 'service.html')).toContain('BASED_ON 구름-Med 2 -> Llama 3.1 8B');
  });
});
