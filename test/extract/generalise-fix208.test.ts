/**
 * Generalisation rows for a mixed week of page forms (held-out set 208): a company head's signed speech in the first
 * person; a nominee table whose row company is the subject of the 공적 cell's ㅇ/- lines (a round passed, a role taken in
 * a programme, a joint development); a trip report's colleague listed after the head, a joint development closing an
 * item line, a customer's 개발 도구, a passive connective that is no name; a dataset card's maintainer line with a dashed
 * address and two co-builders supported by a programme; a retrospective whose writer moved to a company and works there
 * now, with its score list after "결과는 이랬다", a trade's company word and the bare 회사 of the writer's company.
 * Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, expect, it } from 'vitest';
import { checkFactRow, pageFacts, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // a passive's connective before a place and a post-like word is no person
  {
    cat: 'persons.passive-connective',
    text: '바람데이터 방문 결과\n\n○ 바람데이터는 올해 「K-AI 수출 바우처 사업」에 지정돼 대구 지사 임차료를 지원받고 있음',
    expect: ['PARTICIPATES_IN 바람데이터 -> K-AI 수출 바우처 사업'],
    noNodes: ['Person:지정돼'],
  },
  // a trade's company word before a partner's name
  {
    cat: 'companies.trade-company-word',
    text: '누리랩스는 보안 회사 가람시큐어와 위협 탐지 모델을 함께 만들기로 업무협약을 맺었다.',
    expect: ['PARTNERS_WITH 가람시큐어 -> 누리랩스'],
    nodes: ['Company:가람시큐어'],
  },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});

describe("a company head's signed speech in the first person", () => {
  const page = `<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>[창립기념사] 홍나래 대표 "다음 10년은 우리 모델로" - 가람소프트 뉴스룸</title></head><body><main><article>
<h1>[창립기념사] 홍나래 대표 "다음 10년은 우리 모델로"</h1>
<p>가람소프트는 2일 본사에서 창립 10주년 기념식을 열었습니다. 아래는 홍나래 대표의 기념사입니다.</p>
<p>임직원 여러분, 지난 10년 동안 정말 고생 많으셨습니다. 올봄 우리는 처음으로 자체 언어모델 '가람-LM 2'를 세상에 공개했습니다. 가을에는 우리가 「AI 바우처 지원사업」 공급기업으로 선정돼 지역 병원 30곳에 모델을 보급했습니다.</p>
<p>올해 우리는 더 큰 모델에 도전합니다. 여러분과 함께라면 해낼 수 있다고 믿습니다.</p>
<p>2027년 3월 2일</p>
<p>가람소프트 대표이사 홍나래</p>
</article></main></body></html>`;
  it('gives the speech’s first-person acts to the signing company', () => {
    const facts = pageFacts(page, 'speech.html');
    expect(facts).toContain('DEVELOPED 가람소프트 -> 가람-LM 2');
    expect(facts).toContain('PARTICIPATES_IN 가람소프트 -> AI 바우처 지원사업');
    expect(facts.some((f) => f.startsWith('WORKS_FOR 가람소프트'))).toBe(false);
  });
});

describe("a nominee table's row company as the subject of its merit lines", () => {
  const page = `<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>2027년 데이터산업 유공 포상 후보자 공개검증</title></head><body><main>
<p>데이터산업 유공 포상 후보자를 아래와 같이 공개합니다.</p>
<table>
<tr><th>연번</th><th>성명</th><th>소속</th><th>직위</th><th>주요 공적</th></tr>
<tr><td>1</td><td>오하람</td><td>(주)누리셈</td><td>대표이사</td><td>ㅇ 회계 특화 언어모델 '셈-R' 개발 주도<br>ㅇ 「AI 파운데이션 모델 고도화 사업」 2차 평가 통과</td></tr>
<tr><td>2</td><td>변지오</td><td>(주)가온텍스</td><td>연구소장</td><td>ㅇ 독일 베를AI(BerlAI)와 번역 모델 '가온-DE'를 공동 개발<br>ㅇ 「AI 바우처 지원사업」 공급기업으로 참여해 중소기업 40곳 지원</td></tr>
</table>
</main></body></html>`;
  it('reads each row’s ㅇ lines as its company’s', () => {
    const facts = pageFacts(page, 'nominees.html');
    expect(facts).toContain('PARTICIPATES_IN 누리셈 -> AI 파운데이션 모델 고도화 사업');
    expect(facts).toContain('PARTICIPATES_IN 가온텍스 -> AI 바우처 지원사업');
    expect(facts.some((f) => /^PARTNERS_WITH (?:가온텍스 -> 베를AI|베를AI -> 가온텍스)$/.test(f))).toBe(true);
    expect(facts).not.toContain('PARTICIPATES_IN 누리셈 -> AI 바우처 지원사업');
  });
});

describe('a retrospective whose writer moved to a company and works there now', () => {
  const page = `<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>올해를 돌아보며</title></head><body><main><article>
<h1>올해를 돌아보며</h1><div class="byline"><span class="author-name">서도윤</span></div>
<p>올해는 이직이 가장 큰 일이었다.</p>
<p>6월에 한결AI로 옮겼다. 지금은 여기서 검색 엔지니어로 일하고 있다.</p>
<p>8월에는 회사가 유통 회사 다솜마트와 상품 검색 모델을 같이 만들기로 MOU를 맺었다. 그리고 회사는 「AI 바우처 지원사업」 공급기업에도 지원서를 냈다.</p>
</article></main></body></html>`;
  it('gives the writer, the partner and the application to the company moved to', () => {
    const facts = pageFacts(page, 'retro.html');
    expect(facts).toContain('WORKS_FOR 서도윤 -> 한결AI');
    expect(facts.some((f) => /^PARTNERS_WITH (?:한결AI -> 다솜마트|다솜마트 -> 한결AI)$/.test(f))).toBe(true);
    expect(facts).toContain('PARTICIPATES_IN 한결AI -> AI 바우처 지원사업');
  });
});

describe("a dataset card's maintainer line and a blog's score list, as saved text", () => {
  it('reads the maintainer with a dashed, backticked address', () => {
    const text = '# 법령 요약 말뭉치\n\n바람데이터가 공개한 법령 요약 말뭉치입니다.\n\n## 관리자\n\n- 민서율 (바람데이터 ML 엔지니어) — `seoyul@baram.example`\n- 한도겸 (바람데이터 연구소장)\n';
    expect(pageFacts(text, 'card.txt')).toContain('WORKS_FOR 민서율 -> 바람데이터');
  });
  it('reads the lines after "점수는 이랬다." as the model’s scores', () => {
    const text = '누리랩스 회고\n\n10월 2일, 누리랩스는 첫 모델 누리-2 9B를 공개했다.\n\n점수는 이랬다.\n\nKMMLU: 52.4\n\nKoBEST: 77.9\n';
    const facts = pageFacts(text, 'retro.txt');
    expect(facts).toContain('SCORED 누리-2 9B -> KMMLU');
    expect(facts).toContain('SCORED 누리-2 9B -> KoBEST');
  });
});
