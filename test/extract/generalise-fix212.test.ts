/**
 * Generalisation rows for fix212: people and careers outside news. An alumni note's appointment with the dative and a
 * class gloss, an acting post, a company's organisation chart (boxes of post then name, cards of name then post), a
 * team blog welcoming new hires under 'NAME · JOB' headings with a unit before the writer's name in its byline, and a
 * company's fact sheet in a recruiter's letter. Every sentence and name is written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { checkFactRow, pageFacts, pageGraph, type FactRow } from './helpers.js';

const CHART =
  '<html><head><meta charset="utf-8"><title>조직 소개 | 솔마루 SolMaru</title><meta property="og:site_name" content="SolMaru"></head><body>' +
  '<header><a href="/">솔마루</a></header><main><h1>조직 소개</h1><p>2027년 3월 2일 기준</p>' +
  '<p>솔마루는 물류 문서를 읽는 언어모델을 만드는 회사입니다. 올해 직원은 40명입니다.</p>' +
  '<ul><li>대표이사(CEO) 변지오</li><li>최고기술책임자(CTO) 겸 연구소장 남다겸</li>' +
  '<li>검색모델팀 — 팀장 직무대행 석하율 선임연구원</li><li>평가팀 — 팀장 엘레나 루소(Elena Russo)</li>' +
  '<li>사외이사 차윤호</li><li>전 대표 맹서진</li></ul>' +
  '<h3>변지오 대표이사</h3><p>물류 플랫폼 기업에서 10년간 일했습니다.</p></main>' +
  '<footer>© 2027 SolMaru Inc.</footer></body></html>';

const HIRES =
  '<html><head><meta charset="utf-8"><title>봄에 합류한 새로운 동료들 — 다온결 블로그</title>' +
  '<meta property="article:published_time" content="2027-04-02"></head><body><article>' +
  '<h1>봄에 합류한 새로운 동료들</h1><div class="meta"><span class="author">인재팀 오가람</span></div>' +
  '<p>안녕하세요, 다온결랩스 인재팀 오가람입니다. 이번 봄 다온결랩스에 두 분이 새로 오셨습니다.</p>' +
  '<h2>소하준 · 데이터 엔지니어</h2><p>Q. 어떤 일을 하시나요?</p><p>학습 데이터 정제 파이프라인을 맡고 있어요.</p>' +
  '<h2>Marta Kowalski · 리서치 사이언티스트</h2><p>Q. 다온결을 고른 이유는?</p><p>작은 팀이 빠르게 실험하는 점이 좋았어요.</p>' +
  '</article></body></html>';

const LETTER =
  'From: 모은비 <eunbi@example.com>\nTo: 나도연 <doyeon@example.com>\nDate: Mon, 8 Mar 2027 09:10:00 +0900\nSubject: 포지션 제안드립니다\n\n' +
  '안녕하세요, 모은비입니다. 오늘은 한 회사의 포지션을 소개해 드립니다.\n\n' +
  '■ 회사: 라온시냅스 (RaonSynapse)\n- 2022년 설립, 임직원 약 50명\n- 대표: 국하람 (前 다른 회사 연구소장)\n- 주력 사업: 법률 문서 검색\n\n' +
  '■ 포지션: 검색 엔지니어\n- 리포팅 라인: 제갈윤 팀장\n- 근무: 판교\n\n감사합니다.\n모은비 드림\n';

const rows: FactRow[] = [
  {
    cat: "an alumni note's appointment with the dative, a class gloss between name and particle, at a company no list knows ('NAME (학과 학번) 동문이 … X 대표이사에 선임됐다')",
    text: '◇ 도하람 (기계 07) 동문이 지난 3일자로 바람결로보틱스 대표이사에 선임됐다. 도 동문은 창업 멤버다.',
    publishedAt: '2027-03-10',
    expect: ['WORKS_FOR 도하람 -> 바람결로보틱스'],
    nodes: ['Company:바람결로보틱스'],
  },
  {
    cat: "an appointment denied is no post ('NAME이 X 대표이사에 선임됐다는 보도는 사실이 아니다')",
    text: '여다온 씨가 업스테이지 대표이사에 선임됐다는 보도는 사실이 아니다.',
    absent: ['WORKS_FOR 여다온 -> 업스테이지'],
  },
  {
    cat: "an acting post after the post it stands in for ('X 연구팀장 직무대행을 맡았다')",
    text: '한솔비 씨는 지난달부터 LG AI연구원 비전연구팀장 직무대행을 맡고 있다.',
    expect: ['WORKS_FOR 한솔비 -> LG AI연구원'],
    edgeProps: ['WORKS_FOR 한솔비 -> LG AI연구원 title=비전연구팀장 직무대행'],
  },
  {
    cat: "a senior specialist's post in an affiliation note ('NAME(X 전문위원)')",
    text: '총무이사 편하람(KT 융합기술원 수석전문위원) 사임, 후임 미정',
    expect: ['WORKS_FOR 편하람 -> KT'],
  },
  {
    cat: "a founder or head named before the company in an adnominal clause ('NAME (학과 학번) 동문이 창업한 (kind) X')",
    text: '◇ 마서준 (산업공학 13) 동문이 창업한 농업 AI 스타트업 푸른들랩스가 시드 투자를 유치했다.',
    expect: ['WORKS_FOR 마서준 -> 푸른들랩스'],
  },
  {
    cat: "a rumoured founding is no post ('NAME이 세운 것으로 알려진 X')",
    text: '방하온 씨가 세운 것으로 알려진 업스테이지는 이를 부인했다.',
    absent: ['WORKS_FOR 방하온 -> 업스테이지'],
  },
  {
    cat: "a concurrent post at a company ('NAME은 … X 자문교수를 겸하고 있다')",
    text: '변서하 (전산 98) 동문(서울대 교수)은 올해부터 카카오 AI 자문교수를 겸하고 있다.',
    expect: ['WORKS_FOR 변서하 -> 카카오'],
  },
];

describe('fix212: people and careers outside news', () => {
  it.each(rows.map((r) => [r.cat, r] as const))('%s', (_cat, row) => checkFactRow(row));

  it("an organisation chart's boxes ('POST NAME', 'UNIT — POST NAME') and cards ('NAME POST') are the page company's people; an outside seat and a former post are not", () => {
    const facts = pageFacts(CHART);
    for (const f of ['WORKS_FOR 변지오 -> 솔마루', 'WORKS_FOR 남다겸 -> 솔마루', 'WORKS_FOR 석하율 -> 솔마루', 'WORKS_FOR 엘레나 루소 -> 솔마루']) expect(facts).toContain(f);
    expect(facts).not.toContain('WORKS_FOR 차윤호 -> 솔마루');
    expect(facts).not.toContain('WORKS_FOR 맹서진 -> 솔마루');
  });

  it("a post welcoming new hires: each heading 'NAME · JOB' is the company's staff; the byline's unit ('인재팀 NAME') is no person", () => {
    const g = pageGraph(HIRES);
    const facts = pageFacts(HIRES);
    expect(facts).toContain('WORKS_FOR 소하준 -> 다온결랩스');
    expect(facts).toContain('WORKS_FOR Marta Kowalski -> 다온결랩스');
    expect(g.nodes.map((n) => n.name)).not.toContain('인재팀');
  });

  it("a recruiter's letter: the company sheet's '- 대표: NAME (前 …)' and '- 리포팅 라인: NAME 팀장' are the labelled company's people", () => {
    const facts = pageFacts(LETTER, 'mail.txt');
    expect(facts).toContain('WORKS_FOR 국하람 -> 라온시냅스');
    expect(facts).toContain('WORKS_FOR 제갈윤 -> 라온시냅스');
  });
});
