/**
 * Generalisation rows for set 190's page forms and wordings. Every sentence and name here is written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';
import { normalizeDate } from '../../src/parse/dates.js';
import { extractArticle } from '../../src/pipeline/index.js';
import { checkFactRow, type FactRow } from './helpers.js';

/** A mailing list archive's message page (pipermail / hypermail style): subject in <h1>, sender, a clock stamp, the mail in a <pre>. */
const archivePage = (stamp: string, body: string) => `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<HTML><HEAD><TITLE> [ai-dev] 새 모델 공개 소식 </TITLE></HEAD>
<BODY><H1>[ai-dev] 새 모델 공개 소식</H1>
<B>김다온</B> <A HREF="mailto:x">daon at example.kr</A><BR>
<I>${stamp}</I>
<P><UL><LI>Previous message: <A HREF="1.html">[ai-dev] 질문</A></li><LI>Next message: <A HREF="3.html">[ai-dev] Re: 새 모델</A></li></UL>
<HR>
<!--beginarticle-->
<PRE>${body}</PRE>
<!--endarticle-->
<HR><a href="listinfo">More information about the ai-dev mailing list</a><br>
</BODY></HTML>`;

const MAIL = `여러분 안녕하세요.
바람소프트에서 연구를 이끌고 있는 김다온입니다.

바람소프트가 오늘 자체 개발한 번역 모델 물보라-3를 공개했습니다. 물보라-3는
70억 파라미터 규모이며, 한국어와 일본어 번역 품질을 크게 높였습니다.

 - 물보라-3 미니: 물보라-3를 교사 모델로 삼아 증류한 소형 모델입니다.

궁금한 점은 회신으로 남겨 주세요.
`;

describe('mail archive pages', () => {
  it.each([
    ['Tue Mar  3 18:40:02 KST 2026', '2026-03-03'],
    ['Fri Nov 20 07:05:11 UTC 2026', '2026-11-20'],
    ['Mon Jun 1 10:00:00 2026', '2026-06-01'],
  ])('a <pre> message is the story; the clock stamp %s dates it', (stamp, date) => {
    const a = parseArticle(Buffer.from(archivePage(stamp, MAIL)), { source: 'mail.html' });
    expect(a.meta.publishedAt).toBe(date);
    expect(a.warnings.some((w) => /no article body/.test(w))).toBe(false);
    // hard-wrapped lines of a paragraph are one sentence's text
    expect(a.sentences.map((s) => s.text)).toContain('바람소프트가 오늘 자체 개발한 번역 모델 물보라-3를 공개했습니다.');
    const g = extractArticle(a);
    const name = (id: string) => g.nodes.find((n) => n.id === id)?.name;
    const facts = g.edges.map((e) => `${e.type} ${name(e.source)} -> ${name(e.target)}`);
    expect(facts).toContain('DEVELOPED 바람소프트 -> 물보라-3');
  });

  it('a <pre> of program code beside no prose stays no story', () => {
    const page = archivePage('Tue Mar  3 18:40:02 KST 2026', '').replace('<PRE></PRE>', `<pre class="language-python">${'print("hello")\n'.repeat(30)}</pre>`);
    const a = parseArticle(Buffer.from(page), { source: 'code.html' });
    expect(a.sentences.some((s) => s.text.includes('print'))).toBe(false);
  });

  it.each([
    ['Wed Oct  7 21:15:00 KST 2026', '2026-10-07'],
    ['Sat Jan 9 01:02:03 2027', '2027-01-09'],
  ])('normalizeDate reads the clock stamp %s', (raw, iso) => {
    expect(normalizeDate(raw)).toBe(iso);
  });
});

/** A post signed with the writer's company in two scripts: the signature makes the Hangul name a company. */
const signed = (...paras: string[]) => [...paras, '--\n김다온 | 연구소장, 바람결소프트 (Baramgyeol Soft Inc.)'].join('\n\n');

const rows: FactRow[] = [
  // "HANGUL (LATIN Inc.)": a Hangul name before its Latin name with a legal form is the company's Korean name
  { cat: 'legal-glossed-company', text: '행사에는 여러 회사가 왔다. 참가사 목록: 바람결소프트 (Baramgyeol Soft Inc.), 다솜랩 (Dasom Lab Co., Ltd.).', nodes: ['Company:바람결소프트', 'Company:다솜랩'] },
  { cat: 'legal-glossed-company', text: '참가사 목록: 하늘정원 (Ocean Park Inc.).', noNodes: ['Company:하늘정원'] },
  // "X에서 TITLE을 맡고 있는 NAME입니다": a writer's self-introduction at a company the page makes one only later; the post speaks for it
  { cat: 'self-intro-narrator', text: signed('여러분 안녕하세요.\n바람결소프트에서 연구소장을 맡고 있는 김다온입니다.', "저희가 1년 넘게 준비해 온 요약 모델 '솔빛-S 3'을 오늘 허깅페이스에 공개했습니다."), expect: ['DEVELOPED 바람결소프트 -> 솔빛-S 3', 'WORKS_FOR 김다온 -> 바람결소프트'] },
  { cat: 'self-intro-narrator', text: signed('바람결소프트에서 일하는 김다온입니다.', "저희는 요약 모델 '솔빛-S 3'을 공개했습니다."), expect: ['DEVELOPED 바람결소프트 -> 솔빛-S 3'] },
  { cat: 'self-intro-narrator', text: signed("바람결소프트에서 연구소장을 맡고 있는 김다온입니다.", "오늘은 구글이 공개한 '젬마 3'를 써 본 소감을 적습니다."), absent: ['DEVELOPED 바람결소프트 -> 젬마 3'] },
  // the weights of two listed models, the second described by what it is to the first ("A와 경량판인 B의 가중치를")
  { cat: 'listed-apposed-model', text: "네이버가 요약 모델 '솔빛-S 3'과 경량판인 '솔빛-S 3 라이트'의 가중치를 허깅페이스에 공개했다.", expect: ['DEVELOPED 네이버 -> 솔빛-S 3', 'DEVELOPED 네이버 -> 솔빛-S 3 라이트'] },
  { cat: 'listed-apposed-model', text: "네이버가 '솔빛-S 3'과 그 후속작인 '솔빛-S 4'를 차례로 선보였다.", expect: ['DEVELOPED 네이버 -> 솔빛-S 3', 'DEVELOPED 네이버 -> 솔빛-S 4'] },
  // in a post that speaks for a company, a list item opening on a model ("- Y: …") is about that model, not the company
  { cat: 'voice-item-model', text: signed('바람결소프트 연구팀입니다.', "저희가 만든 '솔빛-S 3'과 '솔빛-S 3 라이트'를 공개했습니다.", "- 솔빛-S 3 라이트: 10억 파라미터. 솔빛-S 3을 교사 모델로 삼아 증류한 모델입니다."), expect: ['BASED_ON 솔빛-S 3 라이트 -> 솔빛-S 3'] },
  // "NAME - COMPANY TITLE(ABBR).": an author bio line with a spaced hyphen names a person and their post
  { cat: 'dash-bio-line', text: '지은이 소개\n\n권하율 - 카카오 최고기술책임자(CTO). 전에 네이버에서 검색 모델을 만들었다.\n\n문서린 - 리벨리온 솔루션 엔지니어. 고객사의 칩 도입을 돕는다.', expect: ['WORKS_FOR 권하율 -> 카카오', 'WORKS_FOR 문서린 -> 리벨리온'], absent: ['WORKS_FOR 권하율 -> 네이버'] },
  // a seller's details: "회사명: X" then "대표: NAME" rows (a label and only a name is no interview's answer turn)
  { cat: 'details-head-row', text: '판매자 정보\n\n회사명: 리벨리온\n\n대표: 권하율\n\n소재지: 경기도 성남시', expect: ['WORKS_FOR 권하율 -> 리벨리온'] },
  { cat: 'details-head-row', text: '상점 안내\n\n상호: 리벨리온\n\n대표: 문서린\n\n사업자등록번호: 123-45-67890', expect: ['WORKS_FOR 문서린 -> 리벨리온'] },
  // "…B를 만들었고, C가 이 모델을 …": of two models before, the ending clause's object is what "이 모델" stands for
  { cat: 'clause-object-antecedent', text: "연구팀은 메타의 라마 3에 법률 문서를 더 학습해 '판례봇-8B'를 만들었고, 네이버가 이 모델을 깃허브에 공개했다.", expect: ['DEVELOPED 네이버 -> 판례봇-8B'], absent: ['DEVELOPED 네이버 -> 라마 3'] },
  { cat: 'clause-object-antecedent', text: "연구팀은 '판례봇-8B'와 '판례봇-2B'를 만들었고, 네이버가 이 모델을 공개했다.", absent: ['DEVELOPED 네이버 -> 판례봇-8B', 'DEVELOPED 네이버 -> 판례봇-2B'] },
];

describe('set 190 wordings', () => {
  it.each(rows.map((r) => [r.cat, r] as const))('%s', (_cat, row) => checkFactRow(row));
});
