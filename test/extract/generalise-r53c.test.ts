/**
 * Generalisation rows (round r53c): a consortium table's cell note on a line of its own ("M(Lead)<br>※ X(Maker) 기반 추가학습")
 * and a replacement arrow ("→ X") after a struck-through entry; a company's own page whose about strip and footer
 * business line ("(주)X | 대표 NAME") sit outside the story; a line named with the sizes it comes in ("X 2(13B·32B)"); a
 * labelled contact with the organisation and title in parentheses; a plain-text document's copyright holder as its "당사",
 * and "Y와 당사가 공동 제작"; "X는 Y 기반 모델이라 Z …"; a score cell still being measured; a note opening on a bare version.
 * Each row is a short article or page written for these tests in wording of its own; none comes from a test page.
 */
import { describe, expect, it } from 'vitest';
import { checkFactRow, hasFact, pageGraph, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // a joint line given with its sizes in parentheses is the line, and it still follows its predecessor
  { cat: 'names.line-with-size-list', text: '한별랩은 금융 모델 한별 핀 8B를 냈다. 한별 핀 8B는 한별 3 8B를 바탕으로 만들었다. 한별랩은 올해 3월 자체 개발 모델 한별 3(8B·70B)를 공개했다. 한별 3은 전작 한별 2의 후속 모델이다.', expect: ['DEVELOPED 한별랩 -> 한별 3', 'SUCCEEDS 한별 3 -> 한별 2'], absent: ['SUCCEEDS 한별 3 8B -> 한별 2'] },
  // a labelled contact: the person, the organisation and the title in parentheses
  { cat: 'works-for.contact-paren', text: '가온소프트는 새 번역 모델을 공개했다.\n\n기술 관련 문의 : 도하람 (가온소프트 플랫폼팀장) help@gaonsoft.example', expect: ['WORKS_FOR 도하람 -> 가온소프트'], edgeProps: ['WORKS_FOR 도하람 -> 가온소프트 title=플랫폼팀장'] },
  { cat: 'works-for.contact-paren', text: '가온소프트는 새 번역 모델을 공개했다.\n\n기술 관련 문의 : 도하람 (가온소프트 플랫폼팀장) help@gaonsoft.example', absent: ['WORKS_FOR 도하람 -> 플랫폼팀장'] },
  // co-made (공동 제작) is a partnership; a denial is none
  { cat: 'partners.co-made', text: '누리소프트는 법률 모델을 공개했다. 평가셋 LawKo는 누리소프트와 다온데이터가 공동 제작했다.', expect: ['PARTNERS_WITH 누리소프트 -> 다온데이터'] },
  { cat: 'partners.co-made', text: '누리소프트는 법률 모델을 공개했다. 평가셋 LawKo는 누리소프트와 다온데이터가 공동 제작하지 않았다.', absent: ['PARTNERS_WITH 누리소프트 -> 다온데이터'] },
  // a plain-text document's header names its copyright holder: its "당사", also as the second of a pair
  { cat: 'references.header-holder-self', text: '릴리스 노트 v3\n저작권 : Copyright 2026 (주)새솔테크 (Saesol Tech Inc.)\n\n음성 평가셋 VoxKo는 (주)한빛음향과 당사가 공동 제작하였습니다.', expect: ['PARTNERS_WITH 새솔테크 -> 한빛음향'] },
  { cat: 'references.header-holder-self', text: '릴리스 노트 v3\n저작권 : Copyright 2026 (주)새솔테크 (Saesol Tech Inc.)\n\n(주)한빛음향과 당사는 경쟁 관계입니다.', absent: ['PARTNERS_WITH 새솔테크 -> 한빛음향'] },
  // "X는 Y 기반 모델이라 Z …": X on Y; the model after the copula is no head of "Y 기반"
  { cat: 'based-on.copula-closes', text: '다온-7B는 Qwen2.5 기반 모델이라 Qwen 계열과 나란히 놓고 비교했다.', expect: ['BASED_ON 다온-7B -> Qwen2.5'], absent: ['BASED_ON Qwen -> Qwen2.5'] },
  // a note opening on a bare version: the article's model of that version
  { cat: 'versions.note-bare-version', text: '새솔테크는 새솔 3.0 후속으로 새솔 3.5를 공개한다. ※ 3.0은 Llama 3.1 8B 기반이었음.', expect: ['BASED_ON 새솔 3.0 -> Llama 3.1 8B', 'SUCCEEDS 새솔 3.5 -> 새솔 3.0'] },
];

describe('generalisation rows (r53c)', () => {
  it.each(rows)('$cat: $text', (row) => checkFactRow(row));
});

/** The graph of an HTML page written for these tests. */
const CONSORTIUM_PAGE = `<html><head><title>선정 결과</title><meta property="article:published_time" content="2026-10-02"></head><body><article>
<h1>2026년 스마트 물류 AI 실증사업 선정 결과</h1>
<p>「2026년 스마트 물류 AI 실증사업」은 물류 현장에 AI 모델을 적용하는 사업으로, 산업디지털국(국장 윤서결)이 총괄하고 있습니다.</p>
<p>선정 과제의 주관·참여기업과 적용 모델은 아래와 같습니다.</p>
<table><tr><th>연번</th><th>주관기업</th><th>참여기업</th><th>적용 AI 모델(개발사)</th><th>비고</th></tr>
<tr><td>1</td><td>(주)물길로지스</td><td>(주)파도데이터</td><td>물길-운송 7B(물길로지스)<br>※ Qwen2.5 7B(알리바바) 기반 추가학습</td><td>-</td></tr>
<tr><td>2</td><td><del>(주)하늘창고</del><br>→ (주)누리물류</td><td><del>구름정밀(주)</del><br>→ 별빛시스템(주)</td><td><del>믿:음 2.0(KT)</del><br>→ 누리-창고 3B(누리물류)<br>※ 자체 개발, 처음부터 학습</td><td>협약 포기로 예비 순위 승계</td></tr>
</table></article></body></html>`;

const OWNER_PAGE = `<html><head><title>파트너 | 다온 파트너 네트워크 - 다온랩</title></head><body>
<header><a class="logo" href="/">다온랩</a></header>
<main><p class="updated">최종 업데이트: 2026.10.15</p>
<article class="card"><h3>해솔데이터</h3><p>해솔데이터는 다온랩과 함께 의료 특화 모델 다온 메드 7B를 공동 개발했습니다. 다온 메드 7B는 다온랩의 다온 3 7B를 기반으로 추가 학습한 모델입니다.</p></article>
<article class="card"><h3>뭉게GPU</h3><p>다온랩 학습 클러스터에 GPU를 공급하는 인프라 공급사입니다. 공동 개발 관계는 아닙니다.</p></article>
</main>
<section class="about-strip"><h3>다온랩 소개</h3><p>다온랩은 2022년 설립된 언어모델 기업으로, 2026년 3월 자체 개발 모델 다온 3(7B·30B)를 공개했습니다. 다온 3은 전작 다온 2의 후속 모델입니다.</p></section>
<footer><p>(주)다온랩 | 대표 서하윤 | 경기도 성남시 분당구 판교로 000 | 사업자등록번호 000-00-00000</p><p>© 2026 Daon Lab Inc.</p></footer>
</body></html>`;

const PENDING_CELL_PAGE = `<html><head><title>릴리스 점검표</title><meta property="article:published_time" content="2026-09-20"></head><body><article>
<h1>새솔 3.5 릴리스 점검표</h1><p>새솔테크는 '새솔 3.0' 후속으로 '새솔 3.5'와 경량판 '새솔 3.5 미니'를 함께 공개한다. 두 모델 모두 가중치를 공개한다.</p>
<table><tr><th>벤치마크</th><th>새솔 3.5</th><th>새솔 3.5 미니</th></tr>
<tr><td>KMMLU</td><td>61.2</td><td>47.9</td></tr>
<tr><td>KoBEST</td><td>측정 중</td><td>70.4</td></tr></table>
<p>수치는 내부 측정 기준이다.</p></article></body></html>`;

const NEWS_FOOTER_PAGE = `<html><head><title>다온랩, 새 모델 공개 - 한빛데일리</title><meta property="article:published_time" content="2026-10-15"></head><body>
<article><h1>다온랩, 새 모델 공개</h1><p>다온랩이 의료 특화 모델 다온 메드 7B를 공개했다고 15일 밝혔다. 다온 메드 7B는 다온 3 7B를 기반으로 추가 학습한 모델이다.</p><p>회사는 연말까지 병원 세 곳에 모델을 공급할 계획이다.</p></article>
<footer><p>(주)한빛데일리 | 대표 오세령 | 서울특별시 중구</p><p>© 2026 Hanbit Daily Inc.</p></footer>
</body></html>`;

describe('generalisation pages (r53c)', () => {
  it('a consortium table: a cell note on its own line names the base and its maker; an arrow marks the replacing entry', () => {
    const g = pageGraph(CONSORTIUM_PAGE);
    for (const f of ['BASED_ON 물길-운송 7B -> Qwen2.5 7B', 'DEVELOPED 알리바바 -> Qwen2.5 7B', 'DEVELOPED 물길로지스 -> 물길-운송 7B', 'PARTNERS_WITH 누리물류 -> 별빛시스템', 'DEVELOPED 누리물류 -> 누리-창고 3B', 'PROMOTES 윤서결 -> 2026년 스마트 물류 AI 실증사업']) expect(hasFact(g, f), f).toBe(true);
  });
  it("a company's own page: its about strip and its footer's business line are read", () => {
    const g = pageGraph(OWNER_PAGE);
    for (const f of ['DEVELOPED 다온랩 -> 다온 3', 'SUCCEEDS 다온 3 -> 다온 2', 'WORKS_FOR 서하윤 -> 다온랩']) expect(hasFact(g, f), f).toBe(true);
    expect(hasFact(g, 'SUCCEEDS 다온 3 7B -> 다온 2')).toBe(false);
  });
  it('a score cell still being measured gives no value; the row\'s other cells stand', () => {
    const g = pageGraph(PENDING_CELL_PAGE);
    expect(hasFact(g, 'SCORED 새솔 3.5 미니 -> KoBEST'), 'KoBEST').toBe(true);
    expect(hasFact(g, 'SCORED 새솔 3.5 -> KoBEST')).toBe(false);
  });
  it("a news site's footer business line is no fact of the story", () => {
    const g = pageGraph(NEWS_FOOTER_PAGE);
    expect(g.nodes.some((n) => n.name === '오세령')).toBe(false);
  });
});
