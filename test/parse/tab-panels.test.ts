import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';

/** A product page whose tabs' panels ship in the DOM, all but the first hidden until their tab is pressed. */
function page(panelAttrs: string): string {
  return `<html><head><title>누리봇 모델 안내</title></head><body><main><h1>누리봇 모델 안내</h1>
<div role="tablist"><button role="tab" aria-selected="true">개요</button><button role="tab">성능</button></div>
<section role="tabpanel"><p>누리봇 3는 가람소프트가 개발한 한국어 언어모델로 지난달 정식 출시됐습니다. 기업용 상담 서비스에 먼저 쓰입니다.</p></section>
<section ${panelAttrs}><h2>성능</h2><p>누리봇 3는 사내 평가에서 이전 세대보다 긴 문서를 더 정확하게 요약했습니다.</p></section>
<div hidden><p>이 안내문은 로그인 후 다시 보이는 알림 상자입니다. 내용은 본문이 아닙니다.</p></div>
</main></body></html>`;
}

describe('hidden tab panels', () => {
  it.each(['role="tabpanel" hidden', 'role="tabpanel" style="display:none"', 'role="tabpanel" aria-hidden="true"'])('keeps a panel with %s', (attrs) => {
    const a = parseArticle(Buffer.from(page(attrs)), { source: 'tabs.html' });
    expect(a.text).toContain('긴 문서를 더 정확하게 요약');
    expect(a.text).not.toContain('로그인 후 다시 보이는 알림');
  });
  it('still drops a hidden block that is no tab panel', () => {
    const a = parseArticle(Buffer.from(page('class="panel" hidden')), { source: 'tabs.html' });
    expect(a.text).not.toContain('긴 문서를 더 정확하게 요약');
  });
});
