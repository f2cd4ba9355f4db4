import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';

const ITEMS = [
  ['첫 소식', '가상의 연구소가 새 번역 모델을 공개했습니다. 회사는 모델을 다음 달부터 기업 고객에게 제공한다고 밝혔어요.'],
  ['둘째 소식', '한 반도체 스타트업이 시리즈B 투자를 유치했습니다. 투자금은 추론 칩 양산에 쓰일 예정이라고 하네요.'],
  ['셋째 소식', '지역 대학과 기업이 함께 데이터 센터 인력 양성 과정을 열었습니다. 첫 기수는 서른 명 규모로 꾸려집니다.'],
];

/** A newsletter e-mail saved as HTML: a mail header, nested presentation tables, one item per row. */
function newsletter(dateLine: string): string {
  const rows = ITEMS.map(([h, p]) => `<tr><td style="padding:24px 32px 0;"><p style="font-size:12px">${h}</p><h2 style="font-size:19px">${h} 제목</h2><p style="font-size:15px;line-height:1.7">${p}</p></td></tr>`).join('\n');
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>[주간 소식 #12] 이번 주 소식</title></head><body style="margin:0">
<div style="font:12px Arial"><b>보낸 사람:</b> 주간 소식 &lt;news@example.kr&gt;<br>${dateLine}<br><b>제목:</b> 이번 주 소식</div>
<table role="presentation" width="100%"><tr><td align="center"><table role="presentation" width="600">
<tr><td style="font-size:11px">메일이 잘 안 보이나요? <a href="#">웹에서 보기</a></td></tr>
${rows}
<tr><td style="font-size:11px">(주)가상미디어 · 서울특별시 어느구 어느로 00 · 사업자등록번호 000-00-00000<br><a href="#">수신거부</a></td></tr>
</table></td></tr></table></body></html>`;
}

describe('a newsletter e-mail saved as HTML', () => {
  it.each([
    ['<b>날짜:</b> 2026년 3월 7일 (토) 오전 7:00', '2026-03-07'],
    ['<b>보낸 날짜:</b> 2026. 3. 7. 오전 7:00', '2026-03-07'],
    ['<b>Date:</b> 2026-03-07 07:00', '2026-03-07'],
    ['발송일 2026.03.07', '2026-03-07'],
  ])('%s → %s, every item in the body, footer links dropped', (line, date) => {
    const a = parseArticle(newsletter(line), { source: 'mail.html' });
    expect(a.meta.publishedAt).toBe(date);
    for (const [, p] of ITEMS) expect(a.text).toContain(p!.slice(0, 20));
    expect(a.text).not.toContain('사업자등록번호');
    expect(a.text).not.toContain('웹에서 보기');
  });
});
