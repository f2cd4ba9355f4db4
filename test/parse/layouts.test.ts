import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';
import { expectNoChrome, expectOffsetsHold, readPage, textsOf } from './helpers.js';

const parse = (name: string) => parseArticle(readPage(name), { source: `pages/${name}` });

describe('Daum fragment layout', () => {
  const a = parse('daum-fragment.html');
  it('detects the layout and reads title, date with the year from image paths, publisher and author', () => {
    expect(a.meta).toMatchObject({
      layout: 'daum',
      title: "네이버클라우드, 경량 AI 모델 '하이퍼클로바X 시드' 후속 공개",
      publishedAt: '2024-03-05',
      publisher: '테크데일리',
      author: '이도윤',
      source: 'pages/daum-fragment.html',
    });
  });
  it('keeps the summary lines and a <strong>-only paragraph as a heading', () => {
    expect(textsOf(a, 'summary')).toEqual(['온디바이스용 15억 매개변수 모델', '상업적 이용 허용 라이선스', '공공 클라우드 사업 겨냥']);
    expect(textsOf(a, 'heading')).toEqual(['성능은 두 배, 비용은 절반']);
  });
  it('takes the figcaption once (not the alt too) and the alt when there is no figcaption, without credits', () => {
    expect(textsOf(a, 'caption')).toEqual([
      '네이버클라우드 연구진이 경기 성남시 사옥에서 새 모델의 추론 속도를 점검하고 있다.',
      '성능 비교 그래프.',
    ]);
  });
  it('drops the byline, copyright, related headlines and comment widget', () => {
    expectNoChrome(a);
    expect(a.text).not.toMatch(/이도윤|컴백|사설|로그인|작성일|목록/);
    expect(textsOf(a, 'body')).toHaveLength(3);
  });
});

describe('Daum fragment of a wire story', () => {
  const a = parse('daum-wire.html');
  it('strips the dateline from the first paragraph and the caption, and takes the writer from the dateline', () => {
    expect(a.meta).toMatchObject({ layout: 'daum', publishedAt: '2023-11-02', publisher: '연합뉴스', author: '윤가람' });
    expect(textsOf(a, 'body')[0]).toMatch(/^과학기술정보통신부는 /);
    expect(textsOf(a, 'caption')).toEqual(['2일 정부세종청사에서 열린 브리핑 모습.']);
  });
  it('drops the e-mail line, (끝), promo links and the copyright notice', () => {
    expectNoChrome(a);
    expect(a.text).not.toMatch(/\(끝\)|▶|저작권자|연합뉴스\)|garam/);
    expect(textsOf(a, 'body')).toHaveLength(2);
  });
});

describe('Daum full page', () => {
  const a = parse('daum-full.html');
  it('reads .tit_view, .num_date, the press meta tag and the reporter in .info_view', () => {
    expect(a.meta).toMatchObject({
      layout: 'daum',
      title: '뤼튼, 기업용 AI 에이전트 출시',
      publishedAt: '2024-04-18',
      publisher: '테크플러스',
      author: '문예린',
    });
    expect(textsOf(a, 'body')).toHaveLength(2);
    expectNoChrome(a);
    expect(a.text).not.toMatch(/다음뉴스|입력/);
  });
});

describe('Naver layout', () => {
  const a = parse('naver.html');
  it('reads the metadata from Naver markup', () => {
    expect(a.meta).toMatchObject({
      layout: 'naver',
      title: "카카오, 멀티모달 모델 '카나나-V' 공개",
      publishedAt: '2024-11-20',
      publisher: '미래경제신문',
      author: '한서진',
      url: 'https://n.news.naver.com/mnews/article/999/0000012345',
    });
  });
  it('splits <br>-separated paragraphs, keeps <b> lines as headings and em.img_desc as the caption', () => {
    expect(textsOf(a, 'summary')).toEqual(['이미지와 글을 함께 이해', '개발자에게 API 우선 제공']);
    expect(textsOf(a, 'heading')).toEqual(['국내 최초 한국어 차트 이해 평가']);
    expect(textsOf(a, 'caption')).toEqual(['카카오 판교 아지트 전경.']);
    expect(textsOf(a, 'body')[0]).toMatch(/^카카오가 이미지와 텍스트를/);
    expect(textsOf(a, 'body')).toContain('카카오는 내년 상반기 유료 API를 출시할 계획이다.');
  });
  it('drops scripts, photo alt text, related links, the byline and ranking boxes', () => {
    expectNoChrome(a);
    expect(a.text).not.toMatch(/ignore me|color:red|더보기|연예인|뉴스홈|035720/);
  });
});

describe('generic layout with <article>', () => {
  const a = parse('generic-article.html');
  it('reads og/JSON-LD metadata and strips the " - Publisher" title suffix', () => {
    expect(a.meta).toMatchObject({
      layout: 'generic',
      title: '업스테이지, 문서 AI로 일본 진출',
      publishedAt: '2024-09-02',
      publisher: '한빛테크뉴스',
      author: '정하람',
    });
  });
  it('removes stock codes but keeps other parentheses', () => {
    const first = textsOf(a, 'body')[0] ?? '';
    expect(first).toMatch(/^업스테이지가 문서 인식 인공지능\(AI\) 솔루션으로/);
    expect(first).toContain('(총 30억원 규모)');
    expect(a.text).not.toContain('409400');
  });
  it('keeps h2 as a heading, the figcaption once, and drops nav, share, related, comments, aside and footer', () => {
    expect(textsOf(a, 'heading')).toEqual(["현지화 모델 '솔라 JP'도 준비"]);
    expect(textsOf(a, 'caption')).toEqual(['업스테이지 도쿄 사무소 개소식 모습.']);
    expectNoChrome(a);
    expect(a.text).not.toMatch(/페이스북|링크 복사|포티투마루, 싱가포르 진출|좋은 기사|다른 기사|입력 2024|홈/);
    expect(textsOf(a, 'body')).toHaveLength(3);
  });
});

describe('generic layout without <article> or <main>', () => {
  const a = parse('generic-dense.html');
  it('finds the densest block of paragraphs and reads <title>, meta date, copyright publisher and bracket byline', () => {
    expect(a.meta).toMatchObject({
      layout: 'generic',
      title: '통신3사 AI 데이터센터 경쟁 가열',
      publishedAt: '2023-12-18',
      author: '오민재',
    });
    expect(textsOf(a, 'body')).toHaveLength(3);
    expect(a.text).not.toMatch(/광고 문의|로그인|오민재/);
  });
});

describe('generic layout of a Korean CMS (articleBody container, breadcrumb <title>)', () => {
  const a = parse('generic-cms.html');
  it('reads the headline, the visible "입력" date, the site name and the reporter', () => {
    expect(a.meta).toMatchObject({
      layout: 'generic',
      title: '모레, AI 인프라 소프트웨어로 시리즈C 유치',
      publishedAt: '2024-05-20',
      publisher: '인프라위클리',
      author: '서윤하',
    });
  });
  it('turns a single-▲ paragraph into a caption but keeps a ▲ list in the body', () => {
    expect(textsOf(a, 'caption')).toEqual(['모레 판교 본사 회의실']);
    expect(textsOf(a, 'body')).toContain('업계에서는 ▲GPU 부족 ▲전력 비용 ▲소프트웨어 호환성이 당면 과제로 거론된다.');
  });
  it('drops promo links, hashtags, the byline, the copyright box and everything after "관련기사"', () => {
    expectNoChrome(a);
    expect(a.text).not.toMatch(/▶|#AI|보러가기|투자 소식|저작권자|기자명/);
    expect(textsOf(a, 'body')).toHaveLength(3);
  });
});

describe('generic layout whose paragraphs are <div>s (no <p>, <article> or <main>)', () => {
  const a = parse('generic-divs.html');
  it('finds the block of paragraph <div>s and reads the breadcrumb <title> and the "승인" date', () => {
    expect(a.meta).toMatchObject({ layout: 'generic', title: "한빛AI, 소형 추론 모델 '별무리 2' 출시", publishedAt: '2025-10-14' });
    expect(textsOf(a, 'body')).toEqual([
      "한빛AI가 소형 추론 모델 '별무리 2'를 14일 출시했다고 밝혔다.",
      '별무리 2는 전작 별무리 1.5보다 수학 추론 성능을 크게 끌어올린 모델로, 매개변수는 30억 개다.',
      '회사는 온디바이스 환경에서도 빠르게 동작하도록 경량화에 집중했다고 설명했다.',
    ]);
  });
  it('leaves the ticker, the most-read list and the byline out', () => {
    expectNoChrome(a);
    expect(a.text).not.toMatch(/035420|많이 본|하이퍼클로바X 새 버전|daeun@/);
    expectOffsetsHold(a);
  });
});

describe('plain text with widgets after the story', () => {
  it('drops "▶ 관련기사", "많이 본 뉴스" and "Related posts" with the headlines listed under them', () => {
    const text = ['한빛AI, 별무리 2 공개', '2025.11.18 10:21', '', '한빛AI가 별무리 2를 공개했다고 18일 밝혔다.', '', '정다은 기자 (daeun@example.com)', '',
      '▶ 관련기사', '- 누리소프트, 가온 3 공개…"추론 강화"', '- [단독] 라온텍 새 모델 기반 서비스', '', '많이 본 뉴스', '1. 모아테크, 다온 2.0 기반 공공 AI 수주', '2. 별빛데이터, 게임 특화 LLM 시연', '',
      '---', 'Related posts', '- 라온 3 vs 가온 4: 토크나이저 비교', '- 모아테크 MoE 구조 톺아보기', '',
      '저작권자(c) 데이터타임즈, 무단 전재-재배포 금지'].join('\n');
    const a = parseArticle(Buffer.from(text), { source: 'x.txt' });
    expect(textsOf(a, 'body')).toEqual(['한빛AI가 별무리 2를 공개했다고 18일 밝혔다.']);
  });
});

describe('plain text with a column\'s widgets after the byline', () => {
  it('drops "[이 필자의 다른 칼럼]" and "[많이 본 오피니언]" with the headlines listed under them', () => {
    const text = ['[시론] 모델의 국적', '2025-10-02 07:00:00', '', '누리소프트는 가온 3를 자체 개발했다고 밝혔다.', '', '한지후 누리대학교 교수', '',
      '[이 필자의 다른 칼럼]', '· 라온 4와 가온 2, 무엇이 다른가', '[많이 본 오피니언]', '· [사설] 모아테크 다온 2, 갈 길 멀다'].join('\n');
    const a = parseArticle(Buffer.from(text), { source: 'x.txt' });
    expect(a.text).not.toMatch(/라온 4|다온 2|다른 칼럼|오피니언/);
  });
});

describe('copyright notices', () => {
  it('reads the publisher from the notice, not from article text that talks about copyright', () => {
    const html = `<html><body><article><p>저작권자 단체는 AI 학습에 쓰인 기사에 대해 보상을 요구했다. 협상은 다음 달 시작된다.</p>
      <p>정부는 가이드라인을 연내 내놓겠다고 밝혔다.</p></article><footer><p>ⓒ 바른테크 All rights reserved.</p></footer></body></html>`;
    const a = parseArticle(html, { source: 'x.html' });
    expect(a.meta.publisher).toBe('바른테크');
    expect(textsOf(a, 'body')[0]).toMatch(/^저작권자 단체는/);
  });
});

describe('line breaks', () => {
  it('joins a sentence wrapped by a single <br> and breaks after a sentence end or a double <br>', () => {
    const html = `<html><body><div id="dic_area">회사는 새 모델을 공개하며<br>성능을 강조했다.<br>두 번째 문단이다.<br><br>세 번째 문단은<br><br>여기서 끊긴다.</div></body></html>`;
    const a = parseArticle(html, { source: 'x.html' });
    expect(textsOf(a, 'body')).toEqual(['회사는 새 모델을 공개하며 성능을 강조했다.', '두 번째 문단이다.', '세 번째 문단은', '여기서 끊긴다.']);
  });
});

describe('widget titles inside the body container', () => {
  it('cut the article at a bare "관련기사" title but not at a heading that starts with 댓글', () => {
    const html = `<html><body><article><p>포털 회사가 뉴스 서비스 개편안을 발표했다. 개편은 다음 달부터 적용된다.</p>
      <h3>댓글 정책 변화</h3><p>회사는 댓글 작성 한도를 하루 10개로 줄인다고 밝혔다.</p>
      <h3>관련기사</h3><p>다른 회사의 서비스 개편 소식을 전하는 기사 제목이다.</p></article></body></html>`;
    const a = parseArticle(html, { source: 'x.html' });
    expect(textsOf(a, 'heading')).toEqual(['댓글 정책 변화']);
    expect(textsOf(a, 'body')).toHaveLength(2);
    expect(a.text).not.toContain('다른 회사의');
  });
});

describe('a page without an article body', () => {
  it('returns the metadata, no body blocks and a warning instead of throwing', () => {
    const a = parse('no-body.html');
    expect(a.blocks.filter((b) => b.kind === 'body')).toEqual([]);
    expect(a.warnings).toContain('no article body found');
    expect(a.meta.title).toBe('페이지를 찾을 수 없습니다');
  });
});

describe('every fixture', () => {
  const names = readdirSync(new URL('../fixtures/pages/', import.meta.url)).filter((n) => /\.(html|txt)$/.test(n));
  it.each(names)('%s: offsets slice back to blocks and sentences, ids follow the sha256', (name) => {
    const a = parse(name);
    expectOffsetsHold(a);
    expect(a.meta.id).toBe(`article:${a.meta.sha256.slice(0, 12)}`);
    expect(a.blocks[0]?.kind).toBe('title');
  });
});

describe('▲ paragraphs: a caption alone, a list or a roundup item otherwise', () => {
  const html = (ps: string[]) => `<html><head><title>주간 정리</title><meta property="article:published_time" content="2026-02-06T09:00:00+09:00"></head><body><article>${ps.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
  it('keeps "▲회사 \'모델\'=…" roundup items and consecutive ▲ paragraphs in the body', () => {
    const a = parseArticle(html([
      '이번 주 나온 모델을 정리했다. 세 회사가 새 모델을 냈다.',
      "▲한결랩 '한결-L 2'=한결랩은 3일 한결-L 2를 공개했다. 법률 문서에 강하다.",
      "▲온새미 '온새미-T'=온새미는 4일 번역 모델을 내놨다.",
      '▲ 가람소프트도 다음 주 새 모델을 공개할 예정이다',
    ]), { source: 'roundup.html' });
    expect(textsOf(a, 'caption')).toEqual([]);
    expect(textsOf(a, 'body').filter((t) => t.startsWith('▲'))).toHaveLength(3);
  });
  it('a lone "▲ 설명 (사진=…)" paragraph stays a caption', () => {
    const a = parseArticle(html(['한결랩이 새 모델을 공개했다. 법률 문서에 강하다.', '▲ 한결랩 본사 전경 (사진=한결랩)', '회사는 연내 후속 모델도 낸다.']), { source: 'caption.html' });
    expect(textsOf(a, 'caption')).toEqual(['한결랩 본사 전경']);
  });
});

describe('a digest page of several short items', () => {
  const item = (t: string, s: string) => `<li class="item"><h3>${t}</h3><p class="sum">${s}</p><p class="src"><span>어느일보</span><span>3.4 10:00</span></p></li>`;
  const html = `<html><head><meta property="og:title" content="오늘의 AI 소식"></head><body><div class="top"><p>짧은 안내 문구입니다.</p></div><ol class="list">${[
    item('가람소프트, 새 모델', '가람소프트가 새 언어 모델 가람-2를 공개했다. 회사는 연구용으로 가중치를 풀었다.'),
    item('나래랩, 투자 유치', '나래랩이 100억 원 규모의 투자를 받았다. 투자금은 데이터 구축에 쓸 계획이다. 채용도 늘린다.'),
    item('다온AI, 협약', '다온AI와 한빛데이터가 업무협약을 맺고 공공 분야 모델을 함께 만든다.'),
  ].join('')}</ol><div class="aside"><p>실시간 이슈 목록</p></div></body></html>`;
  const a = parseArticle(html, { source: 'digest.html' });
  it('reads every item, not only the longest, and drops the outlet-and-time lines', () => {
    expect(textsOf(a, 'heading')).toEqual(['가람소프트, 새 모델', '나래랩, 투자 유치', '다온AI, 협약']);
    expect(a.text).toMatch(/가람-2[^]*투자금[^]*업무협약/);
    expect(a.text).not.toMatch(/어느일보|실시간 이슈|짧은 안내/);
    expectOffsetsHold(a);
  });
});

describe('a date carried by the byline', () => {
  const page = (byline: string) =>
    `<html><head><title>새 모델 공개</title></head><body><article><h1>새 모델 공개</h1><p class="byline">${byline}</p>` +
    '<p>한빛랩스는 지난 3일 새 언어모델을 공개했다고 밝혔다. 이 모델은 판례 20만 건을 학습했다.</p><p>회사는 내년에 후속 모델을 내놓을 계획이다. 업계는 반응을 지켜보고 있다.</p></article></body></html>';
  it.each([
    ['By Jane Doe, 편집: 김하나 | 2026.11.26', '2026-11-26', 'Jane Doe, 편집: 김하나'],
    ['이하늘 기자 / 입력 2024년 7월 9일', '2024-07-09', '이하늘'],
  ])('%s', (byline, date, author) => {
    const a = parseArticle(page(byline), { source: 'byline.html' });
    expect(a.meta.publishedAt).toBe(date);
    expect(a.meta.author ?? '').toContain(author.split(',')[0]!.replace(/^By /, ''));
    expect(a.meta.author ?? '').not.toMatch(/\d{4}/);
  });
});
