import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';
import { expectOffsetsHold } from './helpers.js';

/**
 * A page that is a document of sections, not one story: an event's programme with a notice, a list of
 * sessions each with a short description, speaker cards. No block holds most of its prose.
 */
function sectionedPage(noticeClass: string, itemTag: 'li' | 'div'): string {
  const open = itemTag === 'li' ? '<ol class="agenda">' : '<div class="agenda">';
  const close = itemTag === 'li' ? '</ol>' : '</div>';
  const talk = (time: string, title: string, who: string, desc: string): string =>
    `<${itemTag} class="talk"><div class="t-time">${time}</div><div class="t-body"><h4>${title}</h4><p class="t-who">${who}</p><p class="t-desc">${desc}</p></div></${itemTag}>`;
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>행사 안내 | 미래모델 워크숍</title>
<meta name="date" content="2027-03-02"></head><body>
<header><nav><ul><li><a href="/">홈</a></li><li><a href="/apply">참가 신청</a></li></ul></nav></header>
<div id="wrap" class="page-wrap">
<section class="${noticeClass}"><h3>[알림] 발표 순서 확정</h3><div class="n-body">
<p>미래모델 워크숍의 발표 순서가 확정됐습니다. 첫 발표에서는 한빛데이터가 새로 만든 언어모델 '누리온 2'를 처음 소개합니다.</p>
<p>누리온 2는 매개변수 120억 개 규모이며, 지난해 선보인 '누리온 1'의 뒤를 잇는 모델입니다.</p>
</div></section>
<section class="program"><h3>발표 목록</h3>${open}
${talk('10:00', '누리온 2 소개', '이가람 한빛데이터 연구소장', '한빛데이터가 누리온 2의 학습 데이터 구성과 평가 결과를 처음으로 공개하고, 기업 고객을 위한 배포 방식도 함께 설명한다.')}
${talk('11:00', '작은 모델 만들기', '오세린 바람소프트 대표', '바람소프트는 누리온 1을 증류해 휴대폰에서 돌아가는 작은 모델 "바람 미니"를 만들었다. 개발 과정에서 겪은 시행착오를 공유한다.')}
${talk('13:00', '평가의 함정', '남궁별 점수연구소 수석연구원', '한국어 벤치마크 "가람평가"의 설계 원칙을 소개한다. 사전 공개된 결과에서 누리온 2는 71.5점을 받아 상위권에 올랐다.')}
${talk('14:00', '공공 서비스와 언어모델', '장하늘 은하시스템 상무', '은하시스템이 공공기관 민원 상담에 언어모델을 적용한 사례를 소개하고, 보안 인증을 받는 과정에서 겪은 일을 이야기한다.')}
${close}</section>
</div>
<footer><p>미래모델 워크숍 사무국 | 문의 02-000-0000 | office@example.org</p></footer>
</body></html>`;
}

describe('a page of sections: the body gathers the prose the densest block leaves out', () => {
  it.each([
    ['a notice section and an ordered list of sessions', 'notice', 'li'],
    ['a notice whose class looks like an ad banner', 'notice-banner', 'li'],
    ['sessions as <div>s', 'alert-box', 'div'],
  ] as const)('%s', (_label, noticeClass, itemTag) => {
    const a = parseArticle(Buffer.from(sectionedPage(noticeClass, itemTag)), { source: 'event.html' });
    expectOffsetsHold(a);
    // the notice (the densest block) and every session's description are read
    expect(a.text).toContain("누리온 2는 매개변수 120억 개 규모이며");
    expect(a.text).toContain('바람소프트는 누리온 1을 증류해');
    expect(a.text).toContain('누리온 2는 71.5점을 받아');
    expect(a.text).toContain('오세린 바람소프트 대표');
    // navigation and the footer stay out
    expect(a.text).not.toContain('참가 신청');
    expect(a.text).not.toContain('사무국');
  });

  it('a news story whose body holds most of the prose keeps to its body', () => {
    const para = (n: number): string => `<p>문단 ${n}: 한빛데이터는 새 언어모델의 학습을 마치고 다음 달 공개를 앞두고 있다고 밝혔으며 세부 사항은 추후 알린다고 했다.</p>`;
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>기사</title></head><body>
<div id="wrap"><div class="story">${[1, 2, 3, 4, 5, 6].map(para).join('')}</div>
<div class="side"><p>다른 기사: 은하시스템, 공공기관 민원 상담 서비스 확대한다고 발표</p></div></div></body></html>`;
    const a = parseArticle(Buffer.from(html), { source: 'story.html' });
    expect(a.text).toContain('문단 6');
    expect(a.text).not.toContain('다른 기사');
  });
});

describe("a list named 'related' whose items are prose beside their links (a wiki profile's related people)", () => {
  const page = (items: string) => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>한지수 - 인물 사전</title></head><body>
<article><h1>한지수</h1><p>한지수는 대한민국의 인공지능 연구자다. 2023년 스타트업 도담봇을 세워 대표를 맡고 있다. 그전에는 여러 연구소에서 언어모델을 연구했다.</p>
<h2>관련 인물</h2><ul class="related-persons">${items}</ul></article></body></html>`;
  it('keeps the items that say who each person is', () => {
    const a = parseArticle(Buffer.from(page('<li><a href="/w/1">오세린</a> — 도담봇 공동창업자이자 최고기술책임자. 대학원에서 함께 공부했다.</li><li><a href="/w/2">박도현</a> — 예전 연구소의 팀장. 지금은 다른 회사를 이끌고 있다.</li>')), { source: 'wiki.html' });
    expect(a.text).toContain('오세린 — 도담봇 공동창업자이자 최고기술책임자');
    expect(a.text).toContain('박도현 — 예전 연구소의 팀장');
  });
  it('still drops a list of related links', () => {
    const a = parseArticle(Buffer.from(page('<li><a href="/w/3">도담봇, 새 모델 공개</a> (2026.03.04)</li><li><a href="/w/4">한지수 대표 인터뷰</a> (2025.12.02)</li>')), { source: 'wiki.html' });
    expect(a.text).not.toContain('새 모델 공개');
  });
});

describe('a notice in sections: prose boxes of one class between section headings and data tables', () => {
  it('reads every section, not only the densest box', () => {
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>입찰공고 상세 | 어느 조달 시스템</title></head><body>
<div id="gnb"><a href="/">홈</a></div><div id="contents"><h3>입찰공고 상세</h3>
<h4 class="tit_sec">사업 개요</h4><table class="tb_view"><tr><th>사업명</th><td>지역 문서 AI 도입 사업</td></tr><tr><th>사업기간</th><td>계약일로부터 6개월</td></tr><tr><th>배정예산</th><td>1,200,000,000원</td></tr></table>
<h4 class="tit_sec">과업 내용</h4><div class="txt_box"><p>주 모델은 매개변수 100억 개 이상의 한국어 특화 언어모델로서 국내 기업이 개발한 것이어야 함.</p><p>해외 공개 모델을 기반으로 한 경우에는 기반 모델의 명칭과 버전, 라이선스 조건을 제안서에 명시하여야 함.</p></div>
<h4 class="tit_sec">개찰결과</h4><table class="tb_list"><tr><th>순위</th><th>업체명</th><th>점수</th></tr><tr><td>1</td><td>누리데이터</td><td>91.2</td></tr><tr><td>2</td><td>가람소프트</td><td>88.4</td></tr></table>
<h4 class="tit_sec">낙찰자 결정 안내</h4><div class="txt_box"><p>본 사업은 기술평가와 가격평가를 합산한 결과에 따라 누리데이터를 낙찰자로 결정하였음을 알려드립니다. 계약 체결 예정일은 다음 달 초입니다. 이의신청은 통보일부터 7일 이내에 할 수 있습니다.</p></div>
</div></body></html>`;
    const a = parseArticle(Buffer.from(html), { source: 'notice.html' });
    expect(a.text).toContain('낙찰자로 결정하였음을');
    expect(a.text).toContain('한국어 특화 언어모델로서');
    expect(a.text).toContain('가람소프트');
  });
});
