/**
 * Generalisation rows for set 196's page forms and wordings. Every sentence and name here is written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';
import { extractArticle } from '../../src/pipeline/index.js';
import { checkFactRow, pageFacts, type FactRow } from './helpers.js';

/** A project page on an academic site template: each part a <section> whose heading sits in the template's container. */
const projectPage = (wrap: (inner: string) => string) => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Dalgeurim: 한국어 음성 인식 모델</title></head>
<body>
<nav class="navbar"><div class="navbar-menu"><a class="navbar-item" href="#">Home</a><a class="navbar-item" href="#">More Research</a></div></nav>
<section class="hero"><div class="hero-body"><div class="container">
  <h1 class="title">Dalgeurim: 사투리까지 알아듣는 음성 인식 모델</h1>
  <div class="authors"><span><a href="#">정하윤</a><sup>1</sup>,</span> <span><a href="#">Mark Reyes</a><sup>2</sup>,</span> <span><a href="#">문세아</a><sup>1</sup></span></div>
  <div class="affiliations"><span><sup>1</sup>모래시계 AI 연구소 (Hourglass AI Lab)</span> <span><sup>2</sup>Tidewater Labs</span></div>
</div></div></section>
${wrap(`<h2 class="title">Abstract</h2><div class="content"><p>우리는 지역 방언이 섞인 음성도 받아 적는 인식 모델 달그림-S를 소개합니다. 달그림-S는 방송 자막과 라디오 녹취 3천 시간으로 학습했으며, 잡음이 많은 환경에서도 오류가 적습니다.</p><p>모델과 학습 코드는 모두 공개합니다. 자세한 실험 설정은 논문에 적었습니다.</p></div>`)}
${wrap(`<h2 class="title">Results</h2><table><thead><tr><th>Model</th><th>KsponSpeech</th></tr></thead><tbody><tr><td>달그림-S</td><td>91.2</td></tr></tbody></table>`)}
${wrap(`<h2 class="title">Acknowledgements</h2><p>이 연구는 Tidewater Labs와의 공동 연구로 수행되었습니다. 녹취 전사 작업을 도와주신 분들께 감사드립니다.</p>`)}
<footer class="footer"><p>This website is adapted from a public template.</p></footer>
</body></html>`;

describe('a project page of headed sections', () => {
  it.each([
    ['a container wrapper', (inner: string) => `<section class="section"><div class="container">${inner}</div></section>`],
    ['two wrappers', (inner: string) => `<section class="section"><div class="container"><div class="column">${inner}</div></div></section>`],
  ])('its parts and its author block are the story (%s)', (_, wrap) => {
    const a = parseArticle(Buffer.from(projectPage(wrap)), { source: 'project.html' });
    const texts = a.sentences.map((s) => s.text);
    expect(texts.some((t) => t.includes('공동 연구로 수행'))).toBe(true);
    expect(texts.some((t) => t.startsWith('정하윤1'))).toBe(true);
    expect(texts).toContain('91.2');
    // (the menu is no part)
    expect(texts.some((t) => t.includes('More Research'))).toBe(false);
    const g = extractArticle(a);
    const name = (id: string) => g.nodes.find((n) => n.id === id)?.name;
    const facts = g.edges.map((e) => `${e.type} ${name(e.source)} -> ${name(e.target)}`);
    expect(facts).toContain('WORKS_FOR 정하윤 -> 모래시계 AI 연구소');
    expect(facts).toContain('WORKS_FOR Mark Reyes -> Tidewater Labs');
  });

  it('the prose speaking as "우리" is the first affiliation\'s voice: its joint research names a partner', () => {
    const a = parseArticle(Buffer.from(projectPage((inner) => `<section class="section"><div class="container">${inner}</div></section>`)), { source: 'project.html' });
    const g = extractArticle(a);
    const name = (id: string) => g.nodes.find((n) => n.id === id)?.name;
    const facts = g.edges.map((e) => `${e.type} ${[name(e.source), name(e.target)].sort().join(' -> ')}`);
    expect(facts, facts.join('\n')).toContain('PARTNERS_WITH Tidewater Labs -> 모래시계 AI 연구소');
  });

});

const sentenceRows: FactRow[] = [
  // numbered affiliations name the companies their authors work at, by the word a lab or a company ends on
  { cat: 'affiliation lab', text: '문가람1, 이도윤2\n\n1바다숲 AI 연구소 (Sea Forest AI Lab) 2Northgate Research', expect: ['WORKS_FOR 문가람 -> 바다숲 AI 연구소', 'WORKS_FOR 이도윤 -> Northgate Research'] },
  { cat: 'affiliation lab', text: '한서율1, 오지안1, 백태린2\n\n1Brightfold Labs 2구름다리 연구소', expect: ['WORKS_FOR 한서율 -> Brightfold Labs', 'WORKS_FOR 백태린 -> 구름다리 연구소'] },
  { cat: 'affiliation school', text: '한서율1, 백태린2\n\n1Brightfold Labs 2School of Computing, 한빛대학교, 대전', noNodes: ['Company:School of Computing'] },
  // a research arm named after its company is the company the article names bare
  { cat: 'affiliation lab', text: '별무리는 음성 모델을 만드는 스타트업이다.\n\n문가람1, 이도윤1\n\n1별무리 AI연구소', expect: ['WORKS_FOR 문가람 -> 별무리'] },
  { cat: 'affiliation school', text: '한서율1, 백태린2\n\n1Brightfold Labs 2한빛대학교 AI 연구소', absent: ['WORKS_FOR 백태린 -> 한빛대학교 AI 연구소'] },
  // a current post at a company described before its name, and the person named as the company's post
  { cat: 'current post', text: '여다솜 박사는 현재 핀테크 스타트업 두루페이의 수석 엔지니어로 근무하고 있다. 그는 결제 모델을 맡는다.', expect: ['WORKS_FOR 여다솜 -> 두루페이'] },
  { cat: 'current post', text: '남윤결 씨는 지금 물류 기업 한길로지스의 데이터팀장으로 재직 중이다.', expect: ['WORKS_FOR 남윤결 -> 한길로지스'] },
  { cat: 'current post', text: '남윤결 씨는 한길로지스의 데이터팀장으로 근무하지 않는다.', absent: ['WORKS_FOR 남윤결 -> 한길로지스'] },
  { cat: 'is post', text: '서하람 교수는 농업 AI 스타트업 들녘랩의 대표입니다. 들녘랩은 작황 예측 모델을 만든다.', expect: ['WORKS_FOR 서하람 -> 들녘랩'] },
  { cat: 'is post', text: '서하람 박사는 들녘랩의 최고기술책임자이며, 작황 모델을 이끈다.', expect: ['WORKS_FOR 서하람 -> 들녘랩'] },
  // a signature's affiliation in parentheses, the company described before its name
  { cat: 'paren affiliation', text: '이 책은 현장의 고민을 정직하게 담았다.\n\n- 오도윤 (물류 로봇 스타트업 바퀴웍스 대표)', expect: ['WORKS_FOR 오도윤 -> 바퀴웍스'] },
  { cat: 'paren affiliation', text: '추천사를 보내 주셨다.\n\n- 오도윤 (바퀴웍스 대표)', expect: ['WORKS_FOR 오도윤 -> 바퀴웍스'] },
  // a bank's officer: a group of the company between its name and the post is its unit, and 부행장 is a post
  { cat: 'bank officer', text: '변경 배경을 설명드립니다. 오세린 바다은행 고객경험그룹 부행장은 "상담 품질을 높이겠다"고 말했습니다.', expect: ['WORKS_FOR 오세린 -> 바다은행'], noNodes: ['Company:고객경험그룹'] },
  { cat: 'bank officer', text: '남궁현 한울은행장은 새 상담 엔진을 소개했다.', nodes: ['Person:남궁현'] },
  // a model, or its language part, initialised straight from another
  { cat: 'initialised from', text: '우리는 문서 이해 모델 바림-VL-3B를 공개합니다. 바림-VL-3B의 백본은 Llama 3.2 3B에서 초기화했고, 시각 인코더는 직접 학습했습니다.', expect: ['BASED_ON 바림-VL-3B -> Llama 3.2 3B'] },
  { cat: 'initialised from', text: '소형 모델 바림-1B는 Qwen2.5-1.5B로 초기화한 다음 한국어 말뭉치로 이어서 학습했다.', expect: ['BASED_ON 바림-1B -> Qwen2.5-1.5B'] },
  // weights released on a hub: the models before 가중치 with no possessive
  { cat: 'weights released', text: '바람랩스는 Sori-TTS-1B, Sori-TTS-300M 가중치를 MIT 라이선스로 허깅페이스에 공개했다.', expect: ['DEVELOPED 바람랩스 -> Sori-TTS-1B', 'DEVELOPED 바람랩스 -> Sori-TTS-300M'] },
  // an evaluation set named with a plain locative particle after it
  { cat: 'bench locative', text: '우리의 기여는 학습 레시피와 새 평가셋 K-Hanok에 있습니다.', nodes: ['Benchmark:K-Hanok'] },
  { cat: 'bench locative', text: '이번 실험은 벤치마크 MapleQA에 초점을 맞췄다.', nodes: ['Benchmark:MapleQA'] },
];

describe('set 196 sentence forms', () => {
  for (const row of sentenceRows) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkFactRow(row));
});

/** A course page: prose naming the school's company, then instructor cards (name heading, "COMPANY POST · role" line, bio). */
const coursePage = (cards: [string, string, string][]) => `<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>데이터 엔지니어 과정 3기</title></head><body>
<section><h2>과정 소개</h2><p>별무리랩은 음성 모델을 직접 만드는 스타트업이고, 이 과정은 그 엔지니어들이 직접 가르칩니다. 수강생은 실제 서비스 데이터를 다뤄 봅니다.</p></section>
<section><h2>강사 소개</h2>
${cards.map(([n, p, b]) => `<div class="tutor"><h3>${n}</h3><p class="role">${p}</p><p>${b}</p></div>`).join('\n')}
</section></body></html>`;

const courseFacts = (html: string): string[] => pageFacts(html, 'course.html');

describe('instructor cards with a role at the course after the post', () => {
  it.each([
    ['주강사', '특강'],
    ['멘토', '연사'],
  ])('"COMPANY POST · %s" names the employer of a company the prose discovered', (r1, r2) => {
    const facts = courseFacts(coursePage([['하윤슬', `별무리랩 선임연구원 · ${r1}`, '음성 합성 파이프라인을 설계했습니다.'], ['탁민오', `네이버클라우드 데이터 엔지니어 · ${r2}`, '대규모 수집 사례를 다룹니다.']]));
    expect(facts, facts.join('\n')).toContain('WORKS_FOR 하윤슬 -> 별무리랩');
    expect(facts, facts.join('\n')).toContain('WORKS_FOR 탁민오 -> 네이버클라우드');
  });
  it('a former post on the line still gives nothing', () => {
    const facts = courseFacts(coursePage([['하윤슬', '별무리랩 선임연구원 · 주강사', '음성 합성을 맡습니다.'], ['탁민오', '前 네이버클라우드 데이터 엔지니어 · 특강', '수집 사례를 다룹니다.']]));
    expect(facts).not.toContain('WORKS_FOR 탁민오 -> 네이버클라우드');
  });
});

/** An experiment tracker's runs table: a run-name column before the model's, an in-house test's title, the run's state. */
const runsPage = (head: string[], rows: string[][]) => `<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>평가 리포트</title></head><body><main><article>
<h1>평가 리포트</h1><p>사내 추론 모델 바람결-2와 비교군을 같은 하네스로 평가했습니다. 바람결-2는 세종AI가 개발했습니다.</p>
<table><thead><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table>
<p>다음 주에 14B 체급 실험을 시작합니다.</p></article></main></body></html>`;

describe('a runs table with run names, an in-house test and the run state', () => {
  it.each([
    [['Name', 'model', 'KMMLU', 'Nara-Logic (내부)', 'State'], 'Finished'],
    [['Run', 'Model', 'KMMLU', 'Nara-Logic (사내)', 'Status'], 'Crashed'],
  ])('scores go to the model column, the in-house title is a benchmark (%s)', (head, state) => {
    const facts = courseFacts(runsPage(head, [['run-b2-final', '바람결-2', '55.1', '0.702', state], ['run-qwen-base', 'Qwen2.5-7B-Instruct', '47.3', '0.611', 'Finished']]));
    expect(facts, facts.join('\n')).toContain('SCORED 바람결-2 -> KMMLU');
    expect(facts, facts.join('\n')).toContain('SCORED 바람결-2 -> Nara-Logic');
    expect(facts, facts.join('\n')).toContain('SCORED Qwen2.5-7B-Instruct -> Nara-Logic');
    expect(facts.some((f) => f.includes('run-'))).toBe(false);
  });
});

/** A product page's author box: the name as a heading, then a bio opening on "COMPANY POST." */
const authorBox = (bio: string) => `<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>작은 모델 만들기 - 도서</title></head><body><main><article>
<h1>작은 모델 만들기</h1><section><h2>책 소개</h2><p>작은 언어모델을 직접 만들어 본 엔지니어가 쓴 입문서다. 새봄랩스는 이 책의 저자가 일하는 스타트업이다.</p></section>
<section><h2>저자 소개</h2><h3>연하늘</h3><p>${bio}</p></section>
<section><h2>출판사 리뷰</h2><p>초보자도 따라 할 수 있는 예제가 많다. 각 장 끝에는 연습 문제가 있다.</p></section>
</article></main></body></html>`;

describe('one author box under the name heading', () => {
  it.each([
    ['새봄랩스 최고기술책임자(CTO). 서울에서 자연어처리를 공부했다. 지금은 연구 조직을 맡고 있다.'],
    ['새봄랩스 수석 엔지니어. 검색 모델을 오래 만들었다.'],
  ])('the bio\'s opening "COMPANY POST." names the employer: %s', (bio) => {
    expect(courseFacts(authorBox(bio))).toContain('WORKS_FOR 연하늘 -> 새봄랩스');
  });
  it('a former post opening the bio gives nothing', () => {
    expect(courseFacts(authorBox('전 새봄랩스 수석 엔지니어. 지금은 프리랜서로 일한다.'))).not.toContain('WORKS_FOR 연하늘 -> 새봄랩스');
  });
});
