/**
 * Generalisation rows for r56b's third round on held-out sets 193, 199 and 198: a venture investor's post in brackets
 * after a director's name, a company page's info box naming its head, a person's profile page whose header gives the
 * affiliation, a licence's full name that is no model, a new model's one size named only in a score table. Every row and page is written for these tests; none comes from
 * a test page.
 */
import { describe, expect, it } from 'vitest';
import { checkFactRow, pageFacts, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // a venture investor's posts as titles: "NAME (X파트너스 파트너)", "X인베스트먼트 NAME 수석심사역"
  {
    cat: 'works-for.paren-affiliation',
    text: '정기 이사회 출석 명단\n\n 사외이사   도하람 (누리온파트너스 파트너)\n 사외이사   변세윤 (누리온파트너스 상무)\n\n이사회는 안건을 원안대로 의결했다.',
    expect: ['WORKS_FOR 도하람 -> 누리온파트너스'],
    edgeProps: ['WORKS_FOR 도하람 -> 누리온파트너스 title=파트너'],
  },
  {
    cat: 'works-for.paren-affiliation',
    text: '이번 투자는 기존 투자자가 이끌었다. 심사를 맡은 마건우 (다온인베스트먼트 수석심사역)는 팀의 학습 역량을 높게 봤다.',
    expect: ['WORKS_FOR 마건우 -> 다온인베스트먼트'],
    edgeProps: ['WORKS_FOR 마건우 -> 다온인베스트먼트 title=수석심사역'],
  },
  {
    cat: 'works-for.company-title-name',
    text: '시리즈A에는 다온인베스트먼트가 참여했다. 다온인베스트먼트 책임심사역 마건우는 "모델 경량화 기술이 돋보였다"고 말했다.',
    expect: ['WORKS_FOR 마건우 -> 다온인베스트먼트'],
  },
  // a partner company is no post: "X의 기술 파트너" names no person
  {
    cat: 'works-for.paren-affiliation',
    text: '온새미로는 누리온파트너스의 기술 파트너로 선정됐다고 밝혔다.',
    absent: ['WORKS_FOR 기술 -> 누리온파트너스'],
  },
  // a bare 파트너 after a word that only looks like a name is a partner, no post
  {
    cat: 'works-for.bare-rank',
    text: '누리온은 해외 유통사와 제휴를 논의하고 있다. 회사 측은 "아직 정해진 파트너는 없다"고 했다.',
    absent: ['WORKS_FOR 정해진 -> 누리온'],
    noNodes: ['Person:정해진'],
  },
  // a licence's full name is no model
  {
    cat: 'licence-names',
    text: '가람랩은 번역 모델 가람-T 3를 공개했다. 가중치는 Apache License 2.0으로 배포되며, 평가 코드는 BSD-3-Clause를 따른다.',
    expect: ['DEVELOPED 가람랩 -> 가람-T 3'],
    noNodes: ['Model:Apache License 2.0', 'Model:BSD-3-Clause'],
  },
];

describe('r56b generalisation rows', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkFactRow(row));
});

describe("a company page's info box naming its head", () => {
  const page = `<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>별무리소프트 회사 정보 | 커리어판</title></head><body>
<header><a href="/">커리어판</a> <nav><a href="/companies">기업</a> <a href="/jobs">채용</a></nav></header>
<section class="corp-top">
  <h1>별무리소프트 <span class="en">Byeolmuri Soft</span></h1>
  <ul class="corp-facts">
    <li><strong>업종</strong> 소프트웨어 개발</li>
    <li><strong>대표</strong> 하윤슬</li>
    <li><strong>설립일</strong> 2020년 3월</li>
    <li><strong>임직원</strong> 54명</li>
  </ul>
</section>
<main><h2>재직자 후기</h2>
<article><p>장점 사내 음성 모델 무리보이스 2를 직접 만들면서 배운 게 많음. 출시 일정은 빡빡했지만 팀 분위기는 좋았음.</p>
<p>단점 연봉 인상률이 낮은 편. 복지는 무난함.</p></article>
<article><p>장점 재택이 자유로움. 단점 회의가 잦아서 집중 시간이 부족함.</p></article>
</main></body></html>`;
  it('makes the person in the head field work for the company the box is headed by', () => {
    expect(pageFacts(page, 'corp.html')).toContain('WORKS_FOR 하윤슬 -> 별무리소프트');
  });
  it('reads no head from a box without a company heading', () => {
    expect(pageFacts(page.replace(/<h1>.*?<\/h1>/, ''), 'corp.html').some((f) => f.startsWith('WORKS_FOR 하윤슬'))).toBe(false);
  });
});

describe("a person's profile page whose header gives the affiliation", () => {
  const page = `<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>황보다인 - 연구자 프로필 | 논문마루</title></head><body>
<div class="top-bar"><a href="/">논문마루</a> <a href="/login">로그인</a></div>
<div class="researcher">
  <div class="researcher-name">황보다인</div>
  <div class="researcher-line">물결AI 책임연구원 · 음성 합성 리드</div>
  <div class="researcher-tags"><a>음성 합성</a> <a>경량 모델</a></div>
</div>
<main>
  <h2>대표 논문</h2>
  <div class="paper"><p>이 논문은 저지연 한국어 음성 합성 모델 물결TTS-1을 소개한다. 물결TTS-1은 공개 음성 말뭉치 1만 시간으로 학습했으며 실시간 계수 0.05를 달성했다.</p></div>
</main></body></html>`;
  it("makes the titled person work for the header's organisation", () => {
    expect(pageFacts(page, 'profile.html')).toContain('WORKS_FOR 황보다인 -> 물결AI');
  });
  it('reads nothing where the page title names someone else', () => {
    expect(pageFacts(page.replace('<title>황보다인 -', '<title>최신 논문 -'), 'profile.html').some((f) => f.startsWith('WORKS_FOR 황보다인'))).toBe(false);
  });
});

describe("a new model's one size named only in a score table", () => {
  const page = (rows: string) => `<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>새결소프트, 코드 모델 새결-코더 2 공개</title></head><body><article>
<h1>새결소프트, 코드 모델 새결-코더 2 공개</h1>
<p class="date">2026-03-10</p>
<p>새결소프트는 10일 코드 생성 모델 새결-코더 2를 공개했다. 새결-코더 2는 지난해 내놓은 새결-코더 1의 후속 모델이다.</p>
<p>새결-코더 1은 Qwen2.5-Coder-7B를 바탕으로 미세조정한 모델로, 옛 저장소(saegyeolsoft/Saegyeol-Coder-1-7B)는 내년 말까지 유지된다.</p>
<p>회사가 밝힌 평가 결과는 아래와 같다.</p>
<table><tr><th>모델</th><th>HumanEval</th></tr>
<tr><td>새결-코더 2 14B</td><td>81.2</td></tr>
<tr><td>새결-코더 2 3B</td><td>63.4</td></tr>
${rows}</table>
</article></body></html>`;
  it('reads the row as the bare model the prose names: its score, base and successor on one node', () => {
    const facts = pageFacts(page('<tr><td>새결-코더 1 7B</td><td>52.0</td></tr>'), 'release.html');
    const scored = facts.find((f) => f.startsWith('SCORED ') && f.endsWith(' -> HumanEval') && !f.includes('코더 2'));
    expect(scored).toBeDefined();
    const model = scored!.slice('SCORED '.length, scored!.indexOf(' -> '));
    expect(facts).toContain(`BASED_ON ${model} -> Qwen2.5-Coder-7B`);
    expect(facts).toContain(`SUCCEEDS 새결-코더 2 -> ${model}`);
  });
  it('keeps the bare name apart where the table lists two sizes of it', () => {
    const facts = pageFacts(page('<tr><td>새결-코더 1 7B</td><td>52.0</td></tr><tr><td>새결-코더 1 1.5B</td><td>31.5</td></tr>'), 'release.html');
    expect(facts).toContain('BASED_ON 새결-코더 1 -> Qwen2.5-Coder-7B');
    expect(facts).toContain('SCORED 새결-코더 1 7B -> HumanEval');
  });
});
