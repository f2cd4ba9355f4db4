/**
 * Generalisation rows for the page forms of education and research outside news first met in held-out set 203: a
 * proceedings' table of contents and a lab's publication list (a paper's title, then its authors and their
 * affiliations closing the line), a person's former and present posts in one pair of parentheses, an R&D report's
 * "NAME (COMPANY, TITLE)" line and its table of participating organisations (주관/공동/위탁 rows) with the lead called
 * "주관기관" after it, a paper's title presenting a model its
 * authors' one company built, a brand spelled in both scripts ("루미스-K 2(Lumis-K 2)"), a sidebar's table of results beside a
 * lab's page (a Korean test's "K-" name among its column titles). Every row is a short page written for these tests;
 * none comes from a test page.
 */
import { describe, expect, it } from 'vitest';
import { checkFactRow, pageFacts, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // an entry's author list after its title: a group of names shares the affiliation in the parentheses closing it
  {
    cat: 'works-for.author-tail',
    text: '학술대회 발표 논문\n\n초거대 모델의 긴 문맥 처리 개선 방안 탁서윤, 변하람 (㈜가온비전)\n\n짧은 문장 분류기의 경량화 실험 길예준 (바다소프트), 국민찬 (해솔대학교)',
    expect: ['WORKS_FOR 탁서윤 -> 가온비전', 'WORKS_FOR 변하람 -> 가온비전', 'WORKS_FOR 길예준 -> 바다소프트'],
    absent: ['WORKS_FOR 국민찬 -> 바다소프트'],
    nodes: ['Person:탁서윤', 'Person:변하람', 'Person:국민찬'],
  },
  // numbered affiliations: each author goes with the affiliation its number names
  {
    cat: 'works-for.author-tail',
    text: '논문 목록\n\n공공 문서 검색을 위한 재순위화 모델 설계 마서진1, 설다인2, 위태호1 (1해온데이터 주식회사, 2누리대학교)',
    expect: ['WORKS_FOR 마서진 -> 해온데이터', 'WORKS_FOR 위태호 -> 해온데이터'],
    absent: ['WORKS_FOR 설다인 -> 해온데이터'],
  },
  // once one name carries a note of its own ("(intern)"), later parentheses annotate the name right before them only
  {
    cat: 'works-for.author-tail',
    text: 'Publications\n\nSparse Experts for Korean Speech winter 2026 편도하, 연시아 (intern), 함지율, 어태린 (한빛모빌리티)',
    expect: ['WORKS_FOR 어태린 -> 한빛모빌리티'],
    absent: ['WORKS_FOR 함지율 -> 한빛모빌리티', 'WORKS_FOR 편도하 -> 한빛모빌리티'],
  },
  // parentheses after a name that hold a post, a field, a note or a reference word name no employer: no author list
  {
    cat: 'works-for.author-tail',
    text: '조직 개편 안내\n\n▲데이터 전략 TF장 문서아(신임)\n\n■ 남궁서 조교수 (데이터마이닝)\n\n이사회 의장: 하도겸 (창업자)\n\n문장 분류 정확도 (당사 측정)',
    absent: ['WORKS_FOR 문서아 -> 신임', 'WORKS_FOR 남궁서 -> 데이터마이닝', 'WORKS_FOR 하도겸 -> 창업자'],
    noNodes: ['Company:신임', 'Company:데이터마이닝', 'Company:창업자', 'Person:정확도', 'Person:조교수'],
  },
  // a name a company already known follows as an author's former and present posts: the list's names are persons still
  {
    cat: 'works-for.author-tail',
    text: '논문 목록\n\n누리랩스는 올해 논문 세 편을 냈다.\n\nLong-Context Retrieval for Korean Legal Text 선우진, 여도하, 은채율 (前 누리랩스, 現 ㈜가온비전 CTO)',
    expect: ['WORKS_FOR 은채율 -> 가온비전'],
    nodes: ['Person:선우진', 'Person:여도하'],
  },
  // a model named in both scripts spells the company's Hangul brand in Latin letters: its other Latin-named models are the company's
  {
    cat: 'developed.namesake',
    text: '연구팀 소개\n\n루미스AI 연구팀의 논문 목록입니다.\n\n루미스-K 2(Lumis-K 2)는 처음부터 학습한 모델이다.\n\nLumis-V 7B는 Lumis-K 2를 언어 백본으로 삼았다. Lumis-K 1.5는 그 전 모델이다.',
    expect: ['DEVELOPED 루미스AI -> Lumis-K 2', 'DEVELOPED 루미스AI -> Lumis-V 7B', 'DEVELOPED 루미스AI -> Lumis-K 1.5'],
  },
  // a course page's staff cards: "NAME ROLE" on its line, then the employer and post (one company card among two staff cards)
  {
    cat: 'works-for.speaker-card',
    text: '교수진\n\n문하린 교수\n\n누리대학교 컴퓨터공학과\n\n서도진 산업체 강사\n\n㈜바른결AI 책임연구원\n\n추천 시스템 실무 10년.',
    expect: ['WORKS_FOR 서도진 -> 바른결AI'],
    edgeProps: ['WORKS_FOR 서도진 -> 바른결AI title=책임연구원'],
    absent: ['WORKS_FOR 문하린 -> 바른결AI'],
  },
  // a senior's word after a full name marks a person ("NAME 선배는")
  {
    cat: 'works-for.works-at-as-adnominal',
    text: '감사의 글\n\n지금은 다솜소프트에서 데이터 엔지니어로 일하는 하은결 선배는 늘 조언해 주었습니다.',
    expect: ['WORKS_FOR 하은결 -> 다솜소프트'],
    nodes: ['Person:하은결'],
  },
  // "㈜X는 컨소시엄을 구성해": the topic particle before the team's noun is no part of the marked name
  {
    cat: 'names.marked-before-consortium',
    text: '공지\n\n㈜해온데이터와 ㈜바람결소프트는 컨소시엄을 구성해 「섬마을 AI 실증지원사업」 공모에 함께 지원했다.',
    nodes: ['Company:바람결소프트'],
    noNodes: ['Company:바람결소프트는'],
    expect: ['PARTNERS_WITH 해온데이터 -> 바람결소프트'],
  },
  // a paper's title presenting a model as its own work, its authors at one company: that company built it
  {
    cat: 'developed.paper-title-authors',
    text: '논문집 목차\n\n솔가-12B: 공개 말뭉치로 처음부터 학습한 한국어 언어모델 탁서윤, 변하람 (㈜미리내데이터)\n\n공공 문서 요약을 위한 경량 모델 바람-S의 지속 사전학습 마서진1, 설다인2 (1㈜해온랩스, 2누리대학교)\n\n솔가-12B와 GPT-4o의 요약 성능 비교 위태호 (㈜바다결AI)',
    expect: ['DEVELOPED 미리내데이터 -> 솔가-12B', 'DEVELOPED 해온랩스 -> 바람-S'],
    absent: ['DEVELOPED 바다결AI -> 솔가-12B', 'DEVELOPED 바다결AI -> GPT-4o'],
  },
  // a list that prints only an outside co-author's affiliation (the page's own members unmarked) names no builder
  {
    cat: 'developed.paper-title-authors',
    text: 'Publications\n\n솔가-V 9B: 작은 언어모델에 시각 인코더 붙이기 탁서윤, 변하람 (intern), 위태호, 국민찬 (㈜미리내전자)',
    absent: ['DEVELOPED 미리내전자 -> 솔가-V 9B', 'WORKS_FOR 위태호 -> 미리내전자'],
    expect: ['WORKS_FOR 국민찬 -> 미리내전자'],
  },
  // a programme named after the ministry or agency that runs it, with no quotes: "…부와 …원이 운영하는 X 지원사업으로"
  {
    cat: 'names.programme-run-by-agency',
    text: '강좌 소개\n\n이 과정은 고용노동부와 한국산업인력공단이 운영하는 디지털 선도기업 아카데미 지원사업으로 만들어졌으며, ㈜해온랩스가 이 사업에 참여해 교재를 함께 썼다.',
    nodes: ['Policy:디지털 선도기업 아카데미 지원사업'],
    expect: ['PARTICIPATES_IN 해온랩스 -> 디지털 선도기업 아카데미 지원사업'],
  },
  // a chair's line: the former post, then the present one
  {
    cat: 'works-for.current-post-after-former',
    text: '세션 안내\n\n좌장: 방서우 (前 한결소프트 연구원, 現 ㈜누리마루 책임연구원)',
    expect: ['WORKS_FOR 방서우 -> 누리마루'],
    absent: ['WORKS_FOR 방서우 -> 한결소프트'],
  },
  // an R&D report's head researcher: "NAME (COMPANY, TITLE)"
  {
    cat: 'works-for.paren-company-comma-title',
    text: '과제 개요\n\n연구책임자: 채윤서 (㈜솔빛인공지능, 선임연구원)',
    expect: ['WORKS_FOR 채윤서 -> 솔빛인공지능'],
    edgeProps: ['WORKS_FOR 채윤서 -> 솔빛인공지능 title=선임연구원'],
  },
  // an R&D report's table of participating organisations, one cell a line: the lead, joint and contracted rows take part in
  // the programme its 사업명 line names (not a row that says it left); a joint research row partners the lead; the prose's
  // "주관기관" is the lead row's company
  {
    cat: 'participates.report-role-row',
    text: `과제 상세

사업명: 해양 데이터 특화 AI 실증지원사업

연구책임자: 도하윤 (㈜바다결AI, 연구소장)

구분

기관명

역할

주관연구기관

㈜바다결AI

모델 학습 및 총괄

공동연구기관

㈜물결소프트

음성 인터페이스 공동 개발

공동연구기관

㈜파도테크

화면 설계

1차년도 종료 후 참여 종료

위탁연구기관

㈜갯벌데이터

데이터 가공

주관기관은 후속 모델 ‘해류-4’를 내년 공개할 예정이다.`,
    expect: [
      'PARTICIPATES_IN 바다결AI -> 해양 데이터 특화 AI 실증지원사업',
      'PARTICIPATES_IN 물결소프트 -> 해양 데이터 특화 AI 실증지원사업',
      'PARTICIPATES_IN 갯벌데이터 -> 해양 데이터 특화 AI 실증지원사업',
      'PARTNERS_WITH 바다결AI -> 물결소프트',
      'DEVELOPED 바다결AI -> 해류-4',
    ],
    absent: ['PARTICIPATES_IN 파도테크 -> 해양 데이터 특화 AI 실증지원사업', 'PARTNERS_WITH 바다결AI -> 갯벌데이터'],
    noNodes: ['Company:주관기관'],
  },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});


describe("a sidebar's table of results beside a lab's page", () => {
  const page = (heading: string) => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Research - 솔바람랩스</title>
<meta property="article:published_time" content="2026-05-02"></head><body>
<nav><a href="/">Home</a></nav>
<div class="wrap"><div class="main"><h1>Research</h1>
<p>솔바람랩스 연구팀은 올해 한국어 모델 Solba-3 9B와 Solba-3 2B를 공개했다. 두 모델 모두 처음부터 학습했다.</p>
<p>내년에는 더 큰 모델을 준비하고 있다.</p></div>
<aside class="side"><h3>${heading}</h3>
<table><thead><tr><th>Model</th><th>KMMLU</th><th>K-Civic</th></tr></thead>
<tbody><tr><td>Solba-3 9B</td><td>57.4</td><td>70.1</td></tr><tr><td>Solba-3 2B</td><td>40.2</td><td>—</td></tr></tbody></table>
<h3>Popular</h3><ul><li><a href="/a">Hiring</a></li></ul></aside></div>
<footer>© 2026 Solbaram Labs</footer></body></html>`;
  it('reads the scores of the results box, a "K-" title among its benchmarks', () => {
    const facts = pageFacts(page('Selected results'), 'research.html');
    expect(facts).toContain('SCORED Solba-3 9B -> KMMLU');
    expect(facts).toContain('SCORED Solba-3 9B -> K-Civic');
    expect(facts).toContain('SCORED Solba-3 2B -> KMMLU');
    expect(facts).not.toContain('SCORED Solba-3 2B -> K-Civic');
  });
  it('leaves a sidebar table under any other heading out', () => {
    const facts = pageFacts(page('Popular models'), 'research.html');
    expect(facts.some((f) => f.startsWith('SCORED'))).toBe(false);
  });
});
