/** A team chat channel exported as a page: the workspace is the organisation that speaks, its members work for it. */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';
import { extractArticle } from '../../src/pipeline/index.js';

const message = (user: string, text: string) => `<div class="message"><img class="avatar" src="a.png" alt="">
<div class="content"><span class="user">${user}</span><span class="time">오후 3:10</span><div class="text"><p>${text}</p></div></div></div>`;

function channel(title: string): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body>
<div id="sidebar"><div class="workspace">가람데이터</div><ul><li># general</li></ul></div>
<div id="main"><div class="channel-header"><h1># releases</h1><p class="topic">Topic: 제품 릴리스 소식만 올리는 채널입니다.</p>
<p class="meta">Members: 12 · Exported 2026-05-13 09:00 KST</p></div><div class="divider">2026년 5월 12일 화요일</div>
${message('Minji Seo (서민지) · CTO', '오늘 오후 바람결-7B 2.1 (Baramgyeol-7B v2.1)을 허깅페이스에 공개했습니다. 지난달에 낸 바람결-7B 2.0의 후속 버전이에요.')}
${message('Taeho Kang (강태호) | Sales', '고객사에 안내 메일 돌리겠습니다. 문의가 벌써 여러 건 들어왔어요.')}
${message('Minji Seo (서민지) · CTO', '감사합니다. 양자화 버전은 다음 주에 올릴 예정입니다.')}
</div></body></html>`;
}

function graphOf(html: string) {
  const g = extractArticle(parseArticle(Buffer.from(html), { source: 'chat.html' }));
  // (a member by the Korean name their label gives, whichever spelling names the node)
  const name = (id: string) => {
    const n = g.nodes.find((x) => x.id === id);
    return n?.type === 'Person' ? ([n.name, ...n.aliases].find((a) => /^[가-힣]+$/.test(a)) ?? n.name) : (n?.name ?? id);
  };
  return { g, facts: g.edges.map((e) => `${e.type} ${name(e.source)} -> ${name(e.target)}`) };
}

describe('a Slack-style export page ("#channel - WORKSPACE (slug) - Slack export")', () => {
  it('reads the workspace as the company whose members post, and whose subjectless release it is', () => {
    const { g, facts } = graphOf(channel('#releases - 가람데이터 (garam-data) - Slack export'));
    expect(facts).toContain('WORKS_FOR 서민지 -> 가람데이터');
    expect(facts).toContain('WORKS_FOR 강태호 -> 가람데이터');
    expect(facts).toContain('DEVELOPED 가람데이터 -> 바람결-7B 2.1');
    expect(facts).toContain('SUCCEEDS 바람결-7B 2.1 -> 바람결-7B 2.0');
    // the avatar beside a message is no photo: the message is body text, not its caption
    expect(g.nodes.find((n) => n.name === '바람결-7B 2.1')?.aliases).toContain('Baramgyeol-7B v2.1');
  });
  it('reads no workspace from a page title that names no chat exporter', () => {
    const { facts } = graphOf(channel('#releases - 가람데이터 (garam-data) - 공지'));
    expect(facts).not.toContain('WORKS_FOR 서민지 -> 가람데이터');
  });
});
