/**
 * Generalisation rows for the page forms of money and markets outside news first met in held-out set 201: a venture
 * fund's portfolio cards (a Hangul name and its Latin spelling as the card's title, a memo's "Y를 개발." ending), a
 * disclosure viewer's filing with its officers' box, a contract notice's party and head labels and a joint bid's table,
 * a fund report's "동사" and its date of writing, a company releasing "its own model", a co-developer glossed in Latin.
 * Every row is a short page written for these tests; none comes from a test page.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';
import { extractArticle } from '../../src/pipeline/index.js';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // a joint bid's party with its corporate mark, the syllable 로 ending its name before "외 N개사" or "공동수급체"
  {
    cat: 'names.marked-party-before-joint-bid',
    text: '계약상대자: (주)하늘바다로 외 2개사 (공동수급)\n\n하늘바다로는 이번 사업에 자체 모델 바다-3을 투입한다.',
    nodes: ['Company:하늘바다로'],
    noNodes: ['Company:하늘바다'],
  },
  {
    cat: 'names.marked-party-before-joint-bid',
    text: '시는 (주)솔가람로 공동수급체를 계약상대자로 정했다. 솔가람로가 만든 솔가람-챗 2가 민원 상담을 맡는다.',
    nodes: ['Company:솔가람로'],
  },
  // a notice's party label and its head's label line: the head works for the party
  {
    cat: 'works-for.party-head-label',
    text: '업체명: 누리결소프트\n\n대표자: 문서윤\n\n누리결소프트는 올해 자체 모델 누리결-2를 공개했다.',
    expect: ['WORKS_FOR 문서윤 -> 누리결소프트'],
  },
  {
    cat: 'works-for.party-head-label',
    text: '종목명 : 다솜데이터\n\n대표자 : 한채원\n\n다솜데이터는 지난해 자체 언어모델 DS-Talk 1을 공개했다.',
    expect: ['WORKS_FOR 한채원 -> 다솜데이터', 'DEVELOPED 다솜데이터 -> DS-Talk 1'],
  },
  {
    cat: 'works-for.party-head-label',
    text: '담당: 정보화팀\n\n대표자 : 한채원\n\n시는 상담 챗봇을 새로 들였다.',
    absent: ['WORKS_FOR 한채원 -> 정보화팀'],
  },
  // a joint bid's table: the lead (대표사) and its members (구성원) are one consortium
  {
    cat: 'partners.joint-bid-table',
    text: ['공동수급 현황', '구분 | 업체명 | 지분율 | 분담내용', '대표사 | (주)라온비전 | 55% | 모델 개발, 총괄', '구성원 | (주)아라솔데이터 | 45% | 데이터 구축'].join('\n\n'),
    expect: ['PARTNERS_WITH 라온비전 -> 아라솔데이터'],
  },
  // "동사" (同社): the subject of the sentence before, not the first one the page named nor a customer named in passing
  {
    cat: 'references.dongsa-last-company',
    text: '이번 분기 수익에는 여름솔테크가 가장 크게 기여했다. 반면 별무리소프트는 주가가 부진했다. 동사는 자체 모델 \'별무리 9B\'를 개발했다고 밝혔다.',
    expect: ['DEVELOPED 별무리소프트 -> 별무리 9B'],
    absent: ['DEVELOPED 여름솔테크 -> 별무리 9B'],
  },
  {
    cat: 'references.dongsa-last-company',
    text: '가람데이터는 상담 요약 모델 GR-Sum 1을 운영 중이다. 신한은행 등 금융권 고객 여섯 곳에 이 모델을 공급한다.\n\n동사는 KT와 손잡고 공공 민원 모델 GR-Gov 1을 공동 개발했다.',
    expect: ['DEVELOPED 가람데이터 -> GR-Gov 1'],
    absent: ['DEVELOPED 신한은행 -> GR-Gov 1'],
  },
  // a subject releasing "its own (language) model" is a company
  {
    cat: 'companies.own-model-releaser',
    text: '가장 많이 오른 종목은 솔빛누리였다. 솔빛누리는 지난 5일 자체 언어모델 SB-Q 3를 공개했다.',
    nodes: ['Company:솔빛누리'],
    expect: ['DEVELOPED 솔빛누리 -> SB-Q 3'],
  },
  {
    cat: 'companies.own-model-releaser',
    text: '시장에서는 새 모델이 자체 언어모델 SB-Q 3를 대체할 것이라는 관측이 나왔다.',
    noNodes: ['Company:새 모델이'],
  },
  // a model's capitals glossed by the Hangul syllables they stand for, with the same version: one model
  {
    cat: 'names.initials-glossed-in-hangul',
    text: '다올브레인은 신규 모델 SN-4(소나-4)를 공개했다. SN-4는 처음부터 학습한 모델이다.',
    sameNode: ['SN-4=소나-4'],
    expect: ['DEVELOPED 다올브레인 -> SN-4'],
  },
  {
    cat: 'names.initials-glossed-in-hangul',
    text: '다올브레인은 신규 모델 SN-4(가람-4)를 공개했다.',
    nodes: ['Model:가람-4'],
  },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});

/** The facts of a page written as a file (HTML or plain text), by node names. */
function pageFacts(body: string, fileName: string): { facts: string[]; aliases: Map<string, string[]>; publishedAt?: string } {
  const parsed = parseArticle(Buffer.from(body, 'utf8'), { source: fileName });
  const g = extractArticle(parsed);
  const name = (id: string) => g.nodes.find((n) => n.id === id)?.name ?? id;
  return {
    facts: g.edges.map((e) => `${e.type} ${name(e.source)} -> ${name(e.target)}`),
    aliases: new Map(g.nodes.map((n) => [n.name, n.aliases])),
    publishedAt: parsed.meta.publishedAt,
  };
}

describe('portfolio cards titled in two scripts', () => {
  const page = `<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>투자사 | 한별인베스트</title></head><body><main>
<h1>투자 포트폴리오</h1><p>한별인베스트는 초기 AI 기업에 투자합니다. 지금까지 스물세 곳에 투자했습니다.</p>
<section><h3>누리온랩 <span class="en">Nurion Lab</span></h3><ul><li>분야: 음성 AI</li><li>투자 시점: 2025.04</li></ul>
<p>콜센터용 음성 요약 모델 NR-Voice 2를 개발했습니다. 국내 보험사 두 곳이 쓰고 있습니다.</p></section>
<section><h3>마루결 <span class="en">Marugyeol</span> <em>Exited</em></h3><p>법률 문서 검색 모델 MG-Law 1을 개발. 2024년 인수합병으로 회수.</p></section>
</main></body></html>`;
  const { facts, aliases } = pageFacts(page, 'portfolio.html');
  it('reads the Latin name after the Hangul one as the same company', () => {
    expect(aliases.get('누리온랩')).toContain('Nurion Lab');
    expect(facts.some((f) => f.startsWith('DEVELOPED Nurion Lab'))).toBe(false);
  });
  it('gives a card the subject of its subjectless sentences, a memo ending too', () => {
    expect(facts).toContain('DEVELOPED 누리온랩 -> NR-Voice 2');
    expect(facts).toContain('DEVELOPED 마루결 -> MG-Law 1');
    expect(facts).not.toContain('DEVELOPED 한별인베스트 -> NR-Voice 2');
  });
});

describe("a disclosure viewer's filing with its officers' box", () => {
  const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>공시 상세 - 하람데이터</title></head><body>
<div class="bar"><table><tr><th>제출인</th><td>하람데이터</td><th>공시일</th><td>2026-10-02</td></tr></table></div>
<div id="doc"><h2>투자판단 관련 주요경영사항</h2><table class="form">
<tr><th>1. 제목</th><td>생성형 AI 모델 개발 계약 체결</td></tr>
<tr><th>2. 주요내용</th><td>가. 당사는 물류 상담용 언어모델 'HR-Log 1'을 자체 개발하기로 함.<br>나. 모델 규모는 30억 파라미터임.<br>다. 학습 인프라는 외부 GPU 임대 서비스를 이용함.</td></tr>
<tr><th>3. 결정일자</th><td>2026-10-02</td></tr></table>
<table class="officer"><tr><th>대표이사</th><td>구다온</td><th>공시책임자</th><td>여민결 (전무)</td></tr><tr><th>공시담당자</th><td>표서하 (IR 대리)</td><th>전화</th><td>02-111-2222</td></tr></table></div>
</body></html>`;
  const { facts } = pageFacts(page, 'filing.html');
  it("reads the officers' box under the form: its head's label line names who works for the filer", () => {
    expect(facts).toContain('WORKS_FOR 구다온 -> 하람데이터');
  });
});

describe("a plain-text report's date of writing", () => {
  const text = ['가온자산운용', '', '[분기 운용보고서]', '', '(운용기간 : 2026년 03월 01일 ~ 2026년 05월 31일)', '', '이 보고서는 투자자에게 제공됩니다.', '○ 이 보고서는 운용사가 작성하여 신탁업자의 확인을 받았습니다.', '○ 투자 판단은 투자자 본인의 몫입니다.', '○ 과거 수익률이 미래 수익을 보장하지 않습니다.', '', '작성일 : 2026년 06월 10일', '', '1. 운용경과', '이번 기간 중 펀드 수익률은 3.1%였습니다. 새솔테크는 지난 4월 2일 자체 모델 새솔-4를 공개했습니다.'].join('\n');
  it('takes the 작성일 line, not the start of the period in brackets', () => {
    expect(pageFacts(text, 'report.txt').publishedAt).toBe('2026-06-10');
  });
});
