/**
 * Generalisation rows for developer documentation and code hosting pages (held-out set 200): a leaderboard site's task page
 * whose title names the benchmark its one score column ranks, with paper/code/year columns; a long-form results table (a
 * model, a benchmark and a score per row); a data project's 수행기관(주관/참여) rows under the programme named just above;
 * a Q&A board's yes-no question; a funding acknowledgement inside one company's paper card; change-log items titled by a
 * model; a showcase item "MODEL (MAKER): …"; a paper card's author line; a sized noun after "직접 만든".
 * Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';
import { extractArticle } from '../../src/pipeline/index.js';
import { checkFactRow, hasFact, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // a funding acknowledgement in a paragraph about one company's work: that company took part, not the page's first one
  {
    cat: 'participates.acknowledged-paragraph-company',
    text: '가람랩스는 지난달 번역 모델을 공개했다.\n\n새봄AI의 새봄-Tutor 7B는 초등 수학 풀이 데이터로 학습했다. 이 연구는 교육부 \'에듀테크 AI 실증사업\'의 지원을 받았다.',
    expect: ['PARTICIPATES_IN 새봄AI -> 에듀테크 AI 실증사업'],
    absent: ['PARTICIPATES_IN 가람랩스 -> 에듀테크 AI 실증사업'],
  },
  // a Q&A board's yes-no question, its asker's handle after a dash, states nothing
  {
    cat: 'participates.asked-only',
    text: "Q. 내년 「디지털 헬스 AI 확산사업」에도 다솜메디가 참여하나요? — mina***\n\nA. 아직 정하지 않았습니다.",
    absent: ['PARTICIPATES_IN 다솜메디 -> 디지털 헬스 AI 확산사업'],
  },
  // a showcase item: the model, its maker in parentheses, a colon, the base it was tuned on, then a score on its own
  {
    cat: 'focus.showcase-item',
    text: '커뮤니티가 알려 온 사례입니다.\n\n솔내-Law 4B (솔내소프트): Gemma 3 4B에 판례 요약 데이터를 LoRA로 미세조정. KoBEST 68.4점.',
    expect: ['BASED_ON 솔내-Law 4B -> Gemma 3 4B', 'SCORED 솔내-Law 4B -> KoBEST'],
  },
  // a change log's item titled by a model's lower-case id being removed, its base on the next line
  {
    cat: 'focus.change-log-item',
    text: '### Removed\n\n- hanbit-2-old 제거. Qwen2.5-7B를 기반으로 만든 초기 모델로, 지난달 지원이 끝났다.',
    expect: ['BASED_ON hanbit-2-old -> Qwen2.5-7B'],
  },
  // the id with no change after it is no model
  {
    cat: 'focus.change-log-item',
    text: '- hanbit-2-old 디렉터리의 설정 파일을 정리했다.',
    noNodes: ['Model:hanbit-2-old'],
  },
  // a change log item with a code note: the note ends the sentence, the next line speaks of the item's model
  {
    cat: 'focus.change-log-item',
    text: '### Added\n\n- Gaon-Rank 리랭커 추가 (`gaon.rank`). 법률 검색 기업 누리서치와 가온AI가 함께 개발한 판례 리랭커.',
    expect: ['DEVELOPED 누리서치 -> Gaon-Rank', 'DEVELOPED 가온AI -> Gaon-Rank'],
  },
  // "X는 A가 직접 만든 140억(14B) 파라미터 모델로": a size glossed in parentheses before 모델
  {
    cat: 'developed.made-by-sized-noun',
    text: '다온-Pro 2는 다온테크가 처음부터 직접 만든 140억(14B) 파라미터 모델로, 다온-Pro의 후속이다.',
    expect: ['DEVELOPED 다온테크 -> 다온-Pro 2'],
  },
  // a paper card's author line: the names, a middle dot, their company and the date
  {
    cat: 'works-for.byline-authors',
    text: '논문 요약\n\n강나래, 유태민 · 한결데이터(Hangyeol Data) · 2026-05-19\n\n한결데이터는 문서 요약 모델을 공개했다.',
    expect: ['WORKS_FOR 강나래 -> 한결데이터', 'WORKS_FOR 유태민 -> 한결데이터'],
  },
  // a question that states in passing what it does not ask: the relative clause's fact stays
  {
    cat: 'participates.asked-only',
    text: "정부의 '스마트 항만 AI 실증사업' 1차 평가가 끝났다.\n\nQ. 1차에서 탈락한 바다로AI는 2차 공모에 다시 신청하나요?",
    expect: ['PARTICIPATES_IN 바다로AI -> 스마트 항만 AI 실증사업'],
  },
  // a contact line: the company's corporate mark between its name and the post in parentheses
  {
    cat: 'works-for.paren-affiliation-corporate-mark',
    text: '가온데이터는 상담 말뭉치를 공개했다.\n\n데이터 담당자: 변하람 (가온데이터(주) 데이터사업팀 PM) · 02-1234-5678',
    expect: ['WORKS_FOR 변하람 -> 가온데이터'],
  },
  // a maintainer's employer no list knows, in parentheses before a staff post and a former team: a company
  {
    cat: 'companies.paren-employer-post',
    text: '이 라이브러리는 공개 SW로 관리된다.\n\n리드 메인테이너는 민서준(데이터누리 수석 엔지니어, 전 카카오 검색팀)입니다.',
    expect: ['WORKS_FOR 민서준 -> 데이터누리'],
    absent: ['WORKS_FOR 민서준 -> 카카오'],
  },
  // a word with a particle before the post is no employer
  {
    cat: 'companies.paren-employer-post',
    text: '이 라이브러리는 공개 SW로 관리된다.\n\n리드 메인테이너는 민서준(사내에서 수석 엔지니어)입니다.',
    noNodes: ['Company:사내에서'],
  },
  // a showcase item's maker in parentheses before the colon is a company no list needs to know
  {
    cat: 'companies.showcase-item-maker',
    text: '커뮤니티가 알려 온 사례입니다.\n\nRiver-3.8B (물결소프트): Phi-4 mini를 기반으로 물류 문서를 추가 학습한 모델.',
    expect: ['DEVELOPED 물결소프트 -> River-3.8B', 'BASED_ON River-3.8B -> Phi-4 mini'],
  },
  {
    cat: 'companies.showcase-item-maker',
    text: '커뮤니티가 알려 온 사례입니다.\n\nRiver-3.8B (오픈소스): Phi-4 mini를 기반으로 추가 학습한 모델.',
    noNodes: ['Company:오픈소스'],
  },
  // a score line's setting in parentheses before a figure is no maker
  {
    cat: 'companies.showcase-item-maker',
    text: '검증셋 정확도는 이렇습니다.\n\nRiver-3.8B (지시문만): 61.7',
    noNodes: ['Company:지시문만'],
  },
  // an institute's researcher: the institute is no company
  {
    cat: 'companies.paren-employer-post',
    text: '발표자는 구하린(한국말평가연구소 선임연구원)이다. 벤치마크 오염 문제를 다룬다.',
    noNodes: ['Company:한국말평가연구소'],
  },
];

describe('generalise: developer documentation and code hosting (set 200)', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkFactRow(row));
});

/** An HTML page of the tests, extracted whole. */
function htmlGraph(body: string) {
  const html = `<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>t</title></head><body>${body}<p class="date">2026-10-01</p></body></html>`;
  return extractArticle(parseArticle(Buffer.from(html), { source: 'fix200.html' }));
}

const table = (head: string[], rows: string[][]): string => `<table><thead><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table>`;

const pages: { cat: string; body: string; expect?: string[]; absent?: string[] }[] = [
  // a leaderboard site's task page: its title names the benchmark; paper, code and year columns beside the score
  {
    cat: 'scored.titled-task-page',
    body: `<h1>코드 생성 on HanCodeBench</h1><p>HanCodeBench는 한국어 지시문으로 된 코딩 문제 1,200개다. 재현 코드가 있으면 표시했다.</p><h2>순위표</h2>${table(['순위', '모델', '정확도', '논문', '코드', '연도'], [['1', 'Qwen3-32B', '61.5', '기술 보고서', '✔', '2026'], ['2', 'GPT-4o', '58.25', '벤치마크 논문', '✘', '2026']])}`,
    expect: ['SCORED Qwen3-32B -> HanCodeBench', 'SCORED GPT-4o -> HanCodeBench'],
  },
  // a page whose title and prose name two benchmarks: the one score column is nobody's
  {
    cat: 'scored.titled-task-page',
    body: `<h1>HanCodeBench와 KoBEST 비교</h1><p>두 벤치마크의 차이를 정리했다.</p>${table(['순위', '모델', '정확도', '논문', '코드', '연도'], [['1', 'Qwen3-32B', '61.5', '기술 보고서', '✔', '2026']])}`,
    absent: ['SCORED Qwen3-32B -> HanCodeBench', 'SCORED Qwen3-32B -> KoBEST'],
  },
  // a long-form results table: one model, one benchmark and a score per row (a glossed benchmark no list knows, too)
  {
    cat: 'scored.long-form-results',
    body: `<h1>의료 상담 말뭉치</h1><p>진료실 상담을 재구성한 대화 8만 세션과 요약문을 담은 데이터입니다. 의료진 30명이 검수했습니다.</p><h2>3. 데이터 활용 모델</h2><p>검증 모델은 메디온이 개발한 Medi-On 9B입니다. 이 데이터로 추가 학습했습니다.</p>${table(['모델', '과제', '평가 데이터', '지표', '결과', '목표'], [['Medi-On 9B', '의료 QA', 'MedKo-QA (자체 테스트셋)', '정답률(%)', '77.1', '70'], ['Medi-On 9B', '상담 요약', 'MedKo-Sum', 'ROUGE-L', '39.8', '35'], ['Qwen3-8B (학습 전)', '의료 QA', 'MedKo-QA', '정답률(%)', '55.4', '-']])}`,
    expect: ['SCORED Medi-On 9B -> MedKo-QA', 'SCORED Medi-On 9B -> MedKo-Sum', 'SCORED Qwen3-8B -> MedKo-QA'],
  },
  // a data project's role rows: the lead and its member take part in the programme named just above, and partner
  {
    cat: 'participates.performing-role-rows',
    body: `<h1>산업 안전 영상 데이터</h1><p>본 데이터는 「인공지능 학습용 데이터 구축사업」 과제로 구축되었습니다.</p><h2>2. 구축 기관</h2>${table(['구분', '기관명', '역할'], [['수행기관(주관)', '세이프비전(주)', '총괄'], ['수행기관(참여)', '라벨온', '라벨링'], ['데이터 검수', '(주)체크웍스', '검수 용역']])}<p>Q. 「초거대AI 확산 생태계 조성사업」도 하나요? — kim***</p>`,
    expect: ['PARTICIPATES_IN 세이프비전 -> 인공지능 학습용 데이터 구축사업', 'PARTICIPATES_IN 라벨온 -> 인공지능 학습용 데이터 구축사업', 'PARTNERS_WITH 세이프비전 -> 라벨온'],
    absent: ['PARTICIPATES_IN 세이프비전 -> 초거대AI 확산 생태계 조성사업', 'PARTNERS_WITH 세이프비전 -> 체크웍스'],
  },
];

describe('generalise: developer documentation pages with tables (set 200)', () => {
  for (const p of pages) {
    it(`${p.cat}: ${p.body.slice(4, 40)}`, () => {
      const g = htmlGraph(p.body);
      const facts = g.edges.map((e) => `${e.type} ${g.nodes.find((n) => n.id === e.source)?.name} -> ${g.nodes.find((n) => n.id === e.target)?.name}`);
      for (const f of p.expect ?? []) expect(hasFact(g, f), `${f}\n  got: ${facts.join('\n       ')}`).toBe(true);
      for (const f of p.absent ?? []) expect(hasFact(g, f), `unexpected ${f}`).toBe(false);
    });
  }
});
