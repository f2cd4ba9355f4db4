/**
 * Generalisation rows for the page forms first met in held-out set 205: a messenger's chat export, a community board's
 * ranking post, a filing's stock-option table, an IPO page's officer list, an English funding story, casual Korean with
 * its subjects left out. Every row is a short page written for these tests; none comes from a test page.
 */
import { describe, expect, it } from 'vitest';
import { checkFactRow, pageFacts, type FactRow } from './helpers.js';
import { parseArticle } from '../../src/parse/index.js';

const rows: FactRow[] = [
  // an unknown company named only before an officer's title and name, or before the name and the title
  {
    cat: 'companies.officer-named',
    text: '물결소프트 CFO 탁지환은 내년 상장을 목표로 한다고 말했다.',
    nodes: ['Company:물결소프트'],
    expect: ['WORKS_FOR 탁지환 -> 물결소프트'],
  },
  {
    cat: 'companies.officer-named',
    text: '어제 발표회에서 누리봇 염하준 CEO는 새 요금제를 설명했다.',
    nodes: ['Company:누리봇'],
    expect: ['WORKS_FOR 염하준 -> 누리봇'],
  },
  {
    cat: 'companies.officer-named',
    text: '신임 CTO 탁지환은 다음 달 합류한다. 공동 대표 염하준도 자리를 지킨다.',
    noNodes: ['Company:신임', 'Company:공동'],
  },
  // "X 대표는 NAME 대표님.": the post held, the title said again after the name (a chat's clipped sentence)
  {
    cat: 'works-for.post-held-by-title-again',
    text: '누리봇 CTO 탁지환님이 올렸어요. 누리봇 대표는 염하준 대표님.',
    expect: ['WORKS_FOR 염하준 -> 누리봇'],
  },
  // words shaped like a verb's form or a role noun before an officer's name are no company
  {
    cat: 'companies.officer-named',
    text: '(주)가온셈을 세운 탁지환 CEO는 회사를 창업자인 염하준 CTO와 함께 이끈다.',
    noNodes: ['Company:세운', 'Company:창업자인'],
  },
  // a publisher named after its kind noun, with a casual comitative particle
  {
    cat: 'companies.kind-publisher',
    text: '학습용 말뭉치는 출판사 새솔북스랑 구축했다.',
    nodes: ['Company:새솔북스'],
  },
  // a company that releases "a new model" unnamed, then a sentence that opens on the model's name
  {
    cat: 'developed.unnamed-then-named',
    text: '(주)은하수랩이 오늘 새 언어모델을 공개했다. 코발트-7B는 허깅페이스에 가중치와 함께 올라왔다.',
    expect: ['DEVELOPED 은하수랩 -> 코발트-7B'],
  },
  {
    cat: 'developed.unnamed-then-named',
    text: '(주)은하수랩이 새 모델을 공개했다는 소문은 사실이 아니다. 코발트-7B는 아직 사내 시험 중이다.',
    absent: ['DEVELOPED 은하수랩 -> 코발트-7B'],
  },
  // a predecessor named with no 의 and a casual ending ("Y 후속작이라고 공지에 나옴"), the subject the model in focus
  {
    cat: 'succeeds.casual-predecessor',
    text: '(주)솔마루가 마루-3 14B를 내놨다. 마루-2 7B 후속작이라고 블로그에 올라왔다.',
    expect: ['SUCCEEDS 마루-3 14B -> 마루-2 7B'],
  },
  {
    cat: 'succeeds.casual-predecessor',
    text: '(주)솔마루가 마루-3 14B를 내놨다. 마루-2 7B 후속이고, 크기는 두 배다.',
    absent: ['SUCCEEDS 마루-3 14B -> 마루-2 7B'],
  },
  // a Hangul board name glued to a Latin capital, its edition after it, named after 리더보드
  {
    cat: 'benchmarks.hangul-board-edition',
    text: '공개 리더보드 P-평가셋 v3 결과에서 별빛-9B가 74.2점으로 1위에 올랐다.',
    nodes: ['Benchmark:P-평가셋 v3'],
  },
  // English: "Both succeed Y" after a sentence that names two models (another sentence between)
  {
    cat: 'succeeds.en-both',
    text: 'Hanbit AI released Lumen-3 on Monday alongside a compact sibling, Lumen-3 Lite. The weights of both are public. Both succeed Lumen-2, the 7B model Hanbit AI put out in 2024.',
    expect: ['SUCCEEDS Lumen-3 -> Lumen-2', 'SUCCEEDS Lumen-3 Lite -> Lumen-2'],
  },
  // English: "It has signed a co-development agreement with Y": the company in focus partners Y
  {
    cat: 'partners.en-it-co-development',
    text: 'Seoul-based Hanbit AI has raised $20 million. It has signed a co-development agreement with KT to build a call-centre model.',
    expect: ['PARTNERS_WITH Hanbit AI -> KT'],
  },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});

describe('a messenger export: each message ends its sentence', () => {
  const chat = `AI 모델 잡담방 님과 카카오톡 대화
저장한 날짜 : 2026-03-04 22:10:00

--------------- 2026년 3월 4일 수요일 ---------------
[코딩곰] [오후 2:01] 가온웍스 CTO 피서윤님이 올린 거 봤음
[코딩곰] [오후 2:01] 벤치 점수 옮겨둠
[코딩곰] [오후 2:02] KoBEST 77.1 / CLIcK 70.3
[밤샘러] [오후 2:05] 오 생각보다 높네`;
  const parsed = parseArticle(Buffer.from(chat, 'utf8'), { source: 'chat.txt' });
  it('keeps a message without a stop apart from the next', () => {
    expect(parsed.sentences.map((s) => s.text)).toContain('벤치 점수 옮겨둠.');
  });
  it('reads the officer the chat names', () => {
    expect(pageFacts(chat, 'chat.txt')).toContain('WORKS_FOR 피서윤 -> 가온웍스');
  });
});

describe("a community board's ranking post", () => {
  const page = `<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>주간 순위 정리 - 인공지능 갤러리</title></head><body>
<article><header><h3 class="title">주간 순위 정리</h3><div class="writer_box"><span class="nick">익명</span>
<span class="write_date" title="2026-05-11 09:30:00">05.11 09:30</span></div></header>
<div class="write_div"><p>한국어 리더보드 코-랭킹 이번주 결과임</p>
<p>1위 별빛-9B (별빛소프트) 81.4<br>
2위 다온-12B (다온지능) 79.0<br>
3위 새벽-3B (새벽연구소) 점수 비공개</p></div></article></body></html>`;
  const parsed = parseArticle(Buffer.from(page, 'utf8'), { source: 'board.html' });
  it('dates the post from the writer box stamp', () => {
    expect(parsed.meta.publishedAt).toBe('2026-05-11');
  });
  it('keeps each rank line apart and reads the maker in parentheses', () => {
    expect(parsed.sentences.map((s) => s.text)).toContain('1위 별빛-9B (별빛소프트) 81.4');
    const facts = pageFacts(page, 'board.html');
    expect(facts).toContain('DEVELOPED 별빛소프트 -> 별빛-9B');
    expect(facts).toContain('DEVELOPED 다온지능 -> 다온-12B');
  });
});

describe("a filing's stock-option grantees and an IPO page's officer list", () => {
  it('reads each grantee with the post as the filer staff', () => {
    const filing = `<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>주주총회소집공고</title></head><body><div id="content">
<p>주식회사 라온셈(이하 '회사')은 금융 특화 언어모델을 개발한다. 당사는 올해 매출이 늘었다.</p>
<p>□ 제2호 의안 : 주식매수선택권 부여 승인의 건</p>
<table border="1"><tr><th>성명</th><th>직위</th><th>부여주식수</th></tr>
<tr><td>위다현</td><td>모델개발팀장</td><td>10,000주</td></tr></table></div></body></html>`;
    expect(pageFacts(filing, 'filing.html')).toContain('WORKS_FOR 위다현 -> 라온셈');
  });
  it('reads "- POST NAME : 前 …" items under an officers heading, not the former employer', () => {
    const ipo = `<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>공모주 정보 - 한울데이터</title></head><body><div class="content">
<p>한울데이터는 물류 특화 언어모델 한울-G를 개발하는 기업이다. 한울데이터는 올해 코스닥 상장을 추진한다.</p>
<p><b>[경영진]</b></p>
<p>- 대표이사 선우다해 : 前 LG CNS 상무</p>
<p>- 최고재무책임자(CFO) 탁이서 : 前 KB증권 IB본부</p></div></body></html>`;
    const facts = pageFacts(ipo, 'ipo.html');
    expect(facts).toContain('WORKS_FOR 선우다해 -> 한울데이터');
    expect(facts).toContain('WORKS_FOR 탁이서 -> 한울데이터');
    expect(facts).not.toContain('WORKS_FOR 선우다해 -> LG CNS');
  });
});
