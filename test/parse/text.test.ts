import { describe, expect, it } from 'vitest';
import { normalizeDate, parseArticle, parseText } from '../../src/parse/index.js';
import { expectOffsetsHold, readPage } from './helpers.js';

describe('plain text', () => {
  it('reads title, date line and blank-line paragraphs from a .txt file', () => {
    const a = parseArticle(readPage('plain.txt'), { source: 'pages/plain.txt' });
    expect(a.meta).toMatchObject({ layout: 'text', title: '리벨리온, 차세대 AI 칩 양산 돌입', publishedAt: '2024-06-10' });
    expect(a.blocks.map((b) => b.kind)).toEqual(['title', 'body', 'body', 'body']);
    expect(a.blocks[1]?.text).toBe(
      '리벨리온이 차세대 신경망처리장치(NPU)의 양산을 시작했다고 10일 밝혔다. 생산은 국내 파운드리가 맡는다. 새 칩은 이전 세대보다 전력 효율이 1.8배 높다.',
    );
    expect(a.text).not.toContain('입력');
    expectOffsetsHold(a);
  });

  it.each([
    ['2025-07-14', '2025-07-14'],
    ['2025.07.14', '2025-07-14'],
    ['입력 2025-07-14 10:00', '2025-07-14'],
    ['입력 2025.7.4. 오전 9:00', '2025-07-04'],
  ])('takes the date from a line "%s"', (line, iso) => {
    const a = parseText(`제목 줄\n${line}\n\n본문이다.`, { source: 't.txt' });
    expect(a.meta.publishedAt).toBe(iso);
    expect(a.blocks.map((b) => b.text)).toEqual(['제목 줄', '본문이다.']);
  });

  it.each([
    ['바른일보 기사입력 2025년 8월 27일 오전 10:12', '2025-08-27', '바른일보'],
    ['테크온 | 2025.08.12 07:40', '2025-08-12', '테크온'],
  ])('reads the date and the outlet from "%s"', (line, iso, publisher) => {
    const a = parseText(`제목 줄\n${line}\n\n본문이다.`, { source: 't.txt' });
    expect(a.meta).toMatchObject({ publishedAt: iso, publisher });
  });

  it.each([
    ['(부산=바른통신) 홍길동 기자 | 2025-10-03 09:12 송고 | 2025-10-03 11:40 최종수정', '2025-10-03'],
    ['바른일보 편집국 과학팀 홍길동 기자 | 입력 2025.10.04 09:12 | 수정 2025.10.05 08:00', '2025-10-04'],
    // a byline's own row: the reporter, the date, the sections
    ['홍길동 기자 | 2025년 10월 3일 | AI, 반도체', '2025-10-03'],
  ])('reads a long dateline of bar-separated fields "%s" up to its first date', (line, iso) => {
    const a = parseText(`제목 줄\n\n부제 한 줄\n\n부제 두 줄\n\n${line}\n\n본문이다.`, { source: 't.txt' });
    expect(a.meta.publishedAt).toBe(iso);
  });

  it('keeps [사진] lines as captions and drops the byline, copyright and [관련기사] lines', () => {
    const text = ['새 칩 양산 시작', '입력 2025-03-02 09:00', '', '[사진] 공장 내부 모습. (사진=어느회사)', '',
      '한 회사가 새 칩의 양산을 시작했다고 밝혔다.', '', '[관련기사] 다른 회사의 칩 소식 / 또 다른 소식', '',
      '홍길동 기자 hong@example.com', 'ⓒ 바른일보, 무단 전재 및 재배포 금지'].join('\n');
    const a = parseText(text, { source: 't.txt' });
    expect(a.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['title', '새 칩 양산 시작'],
      ['caption', '공장 내부 모습.'],
      ['body', '한 회사가 새 칩의 양산을 시작했다고 밝혔다.'],
    ]);
    expect(a.meta).toMatchObject({ author: '홍길동', publisher: '바른일보', publishedAt: '2025-03-02' });
  });

  it('lets the caller give the date, and warns when there is none', () => {
    expect(parseText('제목\n\n본문이다.', { source: 't', publishedAt: '2024.01.02' }).meta.publishedAt).toBe('2024-01-02');
    expect(parseText('제목\n\n본문이다.', { source: 't' }).warnings).toContain('no publication date found');
  });

  it('treats a non-HTML buffer without a .txt name as plain text', () => {
    const a = parseArticle(Buffer.from('AI 소식\n\n첫 문단이다.\n\n둘째 문단이다.'), { source: 'stdin' });
    expect(a.meta.layout).toBe('text');
    expect(a.blocks.filter((b) => b.kind === 'body')).toHaveLength(2);
  });
});

describe('plain-text press releases', () => {
  const text = [
    '보도자료 제목 줄', '', '□ 부처는 올해 과제 두 개를 골랐다고 밝혔다.', ' ○ 과제당 예산은 10억 원이다.', ' ○ 평가는 두 단계로 진행됐다.', '',
    '번호 | 기업 | 모델', '1 | 가람소프트 | 가람-1', '2 | 나래랩 | 나래-2', '문의처 | 세종시 어진동', '끝 문단입니다.',
  ].join('\n');
  const a = parseText(text, { source: 'r.txt', publishedAt: '2026-01-05' });
  const body = a.blocks.filter((b) => b.kind === 'body').map((b) => b.text);
  it('starts a paragraph at each □/○ item even without a blank line', () => {
    expect(body.slice(0, 3)).toEqual(['□ 부처는 올해 과제 두 개를 골랐다고 밝혔다.', '○ 과제당 예산은 10억 원이다.', '○ 평가는 두 단계로 진행됐다.']);
  });
  it('keeps each text-table row (three or more cells) as its own block; a line with one pipe stays text', () => {
    expect(a.blocks.map((b) => b.text)).toEqual(expect.arrayContaining(['번호 | 기업 | 모델', '1 | 가람소프트 | 가람-1', '2 | 나래랩 | 나래-2']));
    expect(body.at(-1)).toBe('문의처 | 세종시 어진동 끝 문단입니다.');
  });
});

describe('bar charts written as text', () => {
  it('keeps each "name ███ number" row as its own block, in plain text and after <br> in a page', () => {
    const rows = ['가람-1 ██████ 71.5', '나래-2 ████ 60.0점'];
    const plain = parseText(['제목', '', '[그래프] 점수', ...rows, '끝 문단입니다.'].join('\n'), { source: 'c.txt', publishedAt: '2026-01-05' });
    expect(plain.blocks.map((b) => b.text)).toEqual(expect.arrayContaining(rows));
    const page = parseArticle(`<html><body><article><h1>제목</h1><p>본문 문장이 여기에 있습니다. 충분히 긴 문장으로 씁니다.</p><div class="chart"><p><b>[그래프] 점수</b></p><p>${rows[0]}<br><span>${rows[1]}</span></p></div></article></body></html>`, { source: 'c.html' });
    expect(page.blocks.map((b) => b.text)).toEqual(expect.arrayContaining(rows));
  });
});

describe('normalizeDate', () => {
  it.each([
    ['2025-07-14T11:33:04+09:00', '2025-07-14'],
    ['2025. 7. 14. 11:33', '2025-07-14'],
    ['2025년 7월 14일', '2025-07-14'],
    ['20250714113304', '2025-07-14'],
    ['2025/07/14', '2025-07-14'],
    ['2025-02-30', undefined],
    // English month names (Notion's "@June 16, 2025 9:10 AM", Brunch's "Jun 16. 2025", "16 June 2025")
    ['@June 16, 2025 9:10 AM', '2025-06-16'],
    ['Jun 16. 2025', '2025-06-16'],
    ['16 June 2025', '2025-06-16'],
    ['Sept 3rd, 2024', '2024-09-03'],
    ['May 2025', undefined],
    ['Mayday 16, 2025', undefined],
    ['07-14', undefined],
    ['', undefined],
  ])('%s → %s', (raw, iso) => {
    expect(normalizeDate(raw)).toBe(iso);
  });
});

describe('year of a Daum "작성일 MM-DD" date', () => {
  const fragment = (extra: string) =>
    `AI 반도체 기업 투자 유치 작성일 03-05 12 목록 <div class="article_view"><section dmcf-sid="a"><p dmcf-ptype="general">한 회사가 대규모 투자를 유치했다고 밝혔다. 투자금은 연구에 쓰인다.</p>${extra}</section></div>`;
  it.each([
    ['an image path /YYYYMM/DD/', '<img src="https://img.example/news/202303/05/x.jpg">', '2023-03-05'],
    ['an 8-digit date in a URL', '<a href="https://x.example/view/20220305120000">링크</a>', '2022-03-05'],
    ['a full date in the text', '<p dmcf-ptype="general">회사는 2021.03.05 공시에서 이를 알렸다고 전했다.</p>', '2021-03-05'],
  ])('comes from %s', (_name, extra, iso) => {
    const a = parseArticle(fragment(extra), { source: 'f.html' });
    expect(a.meta.layout).toBe('daum');
    expect(a.meta.title).toBe('AI 반도체 기업 투자 유치');
    expect(a.meta.publishedAt).toBe(iso);
  });

  it('is left out, with a warning, when the page has no year at all', () => {
    const a = parseArticle(fragment(''), { source: 'f.html' });
    expect(a.meta.publishedAt).toBeUndefined();
    expect(a.warnings).toContain('publication year could not be inferred');
  });

  it.each([
    ['a bracketed dateline opening the story', '제목 줄\n[AI타임스 2026년 12월 29일] 홍길동 기자 = 과학기술정보통신부가 29일 프로젝트 1차 평가 결과를 발표했다.\n\n본문이다.', '2026-12-29'],
    ['a wire dateline line after a long lede line', '제목 줄\n카카오가 자체 개발한 언어모델을 2일 공개하고 국내외 기업과의 협력을 넓힌다고 밝혔다. 회사는 설명했다.\n(서울=아이뉴스24) 홍길동 기자 = 2026.12.03\n\n본문이다.', '2026-12-03'],
  ])('reads the date from %s', (_, text, iso) => {
    const a = parseText(text, { source: 't.txt' });
    expect(a.meta.publishedAt).toBe(iso);
    expect(a.blocks.some((b) => /기자 =/.test(b.text))).toBe(false);
  });
});

describe('a title boxed in rule lines', () => {
  it('reads the lines between the rules as the title, and the date line after the box', () => {
    const text = ['=====================', ' 다온로직(주)', ' 2026년 1분기 실적 설명회 녹취록', '=====================', '일시 : 2026년 5월 7일(목) 10:00', '', '사회자: 설명회를 시작하겠습니다.'].join('\n');
    const a = parseText(text, { source: 'b.txt' });
    expect(a.meta.title).toBe('다온로직(주) 2026년 1분기 실적 설명회 녹취록');
    expect(a.meta.publishedAt).toBe('2026-05-07');
    expect(a.blocks.some((b) => /^=+$/.test(b.text))).toBe(false);
  });
  it('keeps the first line as the title when the rule closes no box', () => {
    const a = parseText(['-----', '제목 줄', '', '본문입니다.'].join('\n'), { source: 'c.txt', publishedAt: '2026-01-05' });
    expect(a.meta.title).toBe('-----');
  });
});

describe('plain text: an English date field on a header line', () => {
  it.each([
    ['Date: October 2, 2026 | Venue: Busan Exhibition Centre | Prepared by: Press Office', '2026-10-02'],
    ['Published: 7 April 2026', '2026-04-07'],
  ])('"%s" dates the page', (line, iso) => {
    const a = parseText(`TIDEWAVE LABS -- ANALYST BRIEFING\n${line}\n\nTidewave Labs released Nara 4 to partners in the spring and said more would follow.`, { source: 'n.txt' });
    expect(a.meta.publishedAt).toBe(iso);
  });
  it('a date inside a sentence of the body is no date field', () => {
    const a = parseText('TIDEWAVE LABS -- ANALYST BRIEFING\n\nThe Date: October 2, 2026 line was wrong, Tidewave Labs said in a note to partners about the launch.', { source: 'n.txt' });
    expect(a.meta.publishedAt).toBeUndefined();
  });
});

describe('plain text: a press release\'s embargo line', () => {
  it.each([
    ['배포일시: 2025년 3월 4일(화) 15:00\n보도일시: 2025년 3월 5일(수) 조간부터 보도해 주시기 바랍니다.', '2025-03-05'],
    ['배포일: 2025.03.04\n보도시점: 2025.03.06 12:00 이후', '2025-03-06'],
    ['엠바고: 2025년 3월 7일 오전 6시\n배포일시: 2025년 3월 4일', '2025-03-07'],
    ['배포일시: 2025년 3월 4일(화) 15:00', '2025-03-04'],
  ])('the day the story runs dates the release (%j)', (head, iso) => {
    const a = parseText(`보 도 자 료\n\n${head}\n\n한빛소프트, 새 모델 공개\n\n한빛소프트는 5일 새 모델을 공개했다고 밝혔다.`, { source: 'r.txt' });
    expect(a.meta.publishedAt).toBe(iso);
  });
  it('the caller\'s date still wins', () => {
    const a = parseText('보 도 자 료\n\n보도일시: 2025년 3월 5일\n\n본문이다.', { source: 'r.txt', publishedAt: '2025-03-01' });
    expect(a.meta.publishedAt).toBe('2025-03-01');
  });
});

describe('plain text: a saved page\'s masthead and a wire story\'s deck', () => {
  it.each([
    ['바른통신\n홈 > 경제 > 과학\n로그인 | 회원가입 | 구독', '새 칩 양산 돌입'],
    ['TechWire\nHome › Tech › AI', '새 칩 양산 돌입'],
    ['한빛뉴스\n로그인 · 회원가입', '새 칩 양산 돌입'],
    ['바른통신\nhttps://www.example.co.kr/news/view.html?no=1\n\n홈 > 산업 > IT', '새 칩 양산 돌입'],
    // a section menu from 홈 and a rule line closing the masthead
    ['칩소식 Chipnews\n홈 | 반도체 | AI | 모빌리티 | 칩소식 TV\n────────────', '새 칩 양산 돌입'],
  ])('skips the outlet line with its breadcrumb or account menu (%j): the title is the next line', (masthead, title) => {
    const a = parseText(`${masthead}\n\n새 칩 양산 돌입\n\n2025-07-14\n\n본문이다.`, { source: 't.txt' });
    expect(a.meta.title).toBe(title);
    expect(a.text).not.toContain('로그인');
  });

  it('drops the story\'s related-articles list after a rule line ("이 기사와 관련된 기사" and the headlines under it)', () => {
    const a = parseText('새 칩 양산 돌입\n\n2025-07-14\n\n가온칩스가 새 칩을 내놨다.\n\n----------\n이 기사와 관련된 기사\n· 누리소프트, 새 모델 공개\n· 다온랩스, 투자 유치', { source: 't.txt' });
    expect(a.text).toContain('가온칩스가 새 칩을 내놨다.');
    expect(a.text).not.toContain('누리소프트');
    expect(a.text).not.toContain('관련된 기사');
  });

  it.each([
    ['제목 줄\n두 번째 줄 | 셋째 칸', '제목 줄'],
    ['바른일보\n오늘의 주요 소식', '바른일보'],
    // (a title underlined by a rule line is no masthead; nor is a menu without 홈 first)
    ['제목 줄\n──────────', '제목 줄'],
    ['칩소식\n반도체 | AI | 모빌리티', '칩소식'],
  ])('keeps the first line as the title when the lines under it are no masthead (%j)', (head, title) => {
    const a = parseText(`${head}\n\n2025-07-14\n\n본문이다.`, { source: 't.txt' });
    expect(a.meta.title).toBe(title);
  });

  it('reads the short lines between the headline and the dateline as summary lines', () => {
    const a = parseText('새 모델 공개\n\n출시 사흘 만에 경량판\n소형 모델은 다음 달께\n\n(서울=바른통신) 홍길동 기자 | 2025-10-03 09:12 송고\n\n본문이다.', { source: 't.txt' });
    expect(a.blocks.map((b) => b.kind)).toEqual(['title', 'summary', 'summary', 'body']);
    expect(a.blocks[2]?.text).toBe('소형 모델은 다음 달께');
  });

  it('keeps a sentence before the date line in the body', () => {
    const a = parseText('새 모델 공개\n\n회사는 새 모델을 공개했다.\n2025-10-03\n\n본문이다.', { source: 't.txt' });
    expect(a.blocks.map((b) => b.kind)).not.toContain('summary');
  });
});

describe('plain text: a print view saved as text', () => {
  const page = (bar: string): string =>
    `${bar}\n${'='.repeat(60)}\n경제 > 정보통신\n\n누리소프트, 새 모델 공개\n- 두 번째 줄 요약\n\n홍길동 기자  2025-07-14 09:10:11\n${'-'.repeat(60)}\n\n누리소프트가 새 모델을 공개했다.`;
  it.each([['바른일보        [인쇄하기] [닫기]'], ['Daily Tech  [Print] [Close]']])(
    'skips the bar with its buttons (%j), the rules and the section path: the headline is the title',
    (bar) => {
      const a = parseText(page(bar), { source: 't.txt' });
      expect(a.meta.title).toBe('누리소프트, 새 모델 공개');
      expect(a.meta.publishedAt).toBe('2025-07-14');
      expect(a.blocks.map((b) => b.kind)).toEqual(['title', 'summary', 'body']);
    },
  );

  it('keeps a first line without buttons as the title (a bracketed tag is no button)', () => {
    const a = parseText(page('[단독] 바른일보 새 칩'), { source: 't.txt' });
    expect(a.meta.title).toBe('[단독] 바른일보 새 칩');
  });
});
