/**
 * Generalisation rows (round r54b): a paper or project page speaking as its first affiliation ("우리") releases weights
 * without a subject, and acknowledges a programme's support beside a company it worked with; a co-developer named with
 * its unit partners the model's own maker; "그렇게 나온 M" takes the base and predecessor of the making told just before.
 * Every sentence and name here is written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { checkFactRow, hasFact, pageGraph, type FactRow } from './helpers.js';

/** A project page: numbered authors and affiliations, then its news and acknowledgement lines. */
const projectPage = (news: string, thanks: string) => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Haneul-OCR: 손글씨 문서 인식 모델</title></head><body>
<h1>Haneul-OCR: 손글씨 문서 인식 모델</h1>
<div class="authors">마루한<sup>1</sup>, 설아진<sup>1</sup>, Priya Natt<sup>2</sup></div>
<div class="affiliations"><sup>1</sup>여름빛 AI 연구소 <sup>2</sup>Coldharbor Labs</div>
<h2>News</h2><ul><li>${news}</li></ul>
<h2>Abstract</h2><p>우리는 손으로 쓴 장부와 공문서를 읽는 인식 모델 하늘-OCR을 소개합니다. 하늘-OCR은 오래된 서식에서도 오류가 적습니다.</p>
<h2>Acknowledgements</h2><p>${thanks}</p>
</body></html>`;

describe('a project page speaking as its first affiliation (r54b)', () => {
  it.each([
    ['[2026.10.02] Haneul-OCR-2B, Haneul-OCR-600M 가중치를 Apache 2.0 라이선스로 허깅페이스에 공개했습니다.'],
    ['2026-10-02 Haneul-OCR-2B, Haneul-OCR-600M 모델 가중치를 깃허브에 올렸습니다.'],
    ['10월 2일: Haneul-OCR-2B와 Haneul-OCR-600M 체크포인트를 모두 공개했습니다.'],
  ])('weights released without a subject are the voice\'s own: %s', (news) => {
    const g = pageGraph(projectPage(news, '데이터 정제를 도와주신 분들께 감사드립니다.'));
    for (const f of ['DEVELOPED 여름빛 AI 연구소 -> Haneul-OCR-2B', 'DEVELOPED 여름빛 AI 연구소 -> Haneul-OCR-600M']) expect(hasFact(g, f), f).toBe(true);
  });
  it.each([
    ["본 연구는 Coldharbor Labs와의 공동 연구로 진행됐으며, 행정안전부의 '공공문서 AI 판독 실증사업' 지원을 받았습니다."],
    ["이 프로젝트는 Coldharbor Labs와 함께 수행했고, '공공문서 AI 판독 실증사업'의 지원을 받아 진행되었습니다."],
  ])('a programme\'s support beside a company the work was done with is the voice\'s: %s', (thanks) => {
    const g = pageGraph(projectPage('[2026.10.02] 기술 보고서 공개', thanks));
    expect(hasFact(g, 'PARTICIPATES_IN 여름빛 AI 연구소 -> 공공문서 AI 판독 실증사업')).toBe(true);
  });
});

/** A release page's model table: the base cell of a distilled row notes where the student's weights started. */
const modelTable = (baseCell: string) => `<html><head><title>릴리스 노트</title><meta property="article:published_time" content="2026-10-20"></head><body><article>
<h1>다솜 4 릴리스 노트</h1><p>다솜랩은 다솜 4와 경량판 다솜 4 라이트를 함께 공개한다.</p>
<table><tr><th>모델</th><th>파라미터</th><th>베이스</th></tr>
<tr><td>다솜 4</td><td>14B</td><td>Gemma 3 12B 추가 학습</td></tr>
<tr><td>다솜 4 라이트</td><td>1B</td><td>${baseCell}</td></tr></table>
<p>두 모델 모두 가중치를 공개한다.</p></article></body></html>`;

describe('a distilled row whose base cell notes its initialisation (r54b)', () => {
  it.each([['다솜 4에서 지식 증류 (학생 초기화: Gemma 3 1B)'], ['다솜 4에서 증류 (초기 가중치: Gemma 3 1B)'], ['다솜 4를 교사로 증류 (학생 초기화 = Gemma 3 1B)']])('%s', (cell) => {
    const g = pageGraph(modelTable(cell));
    for (const f of ['BASED_ON 다솜 4 라이트 -> 다솜 4', 'BASED_ON 다솜 4 라이트 -> Gemma 3 1B']) expect(hasFact(g, f), f).toBe(true);
  });
  it('a cell with no initialisation note names the one base', () => {
    const g = pageGraph(modelTable('다솜 4에서 지식 증류 (Gemma 3 1B 대비 우수)'));
    expect(hasFact(g, 'BASED_ON 다솜 4 라이트 -> Gemma 3 1B')).toBe(false);
  });
});

/** A course page's instructor cards: a name heading, a role line "COMPANY POST · role", then a career line. */
const cardsPage = (role: string) => `<html><head><title>과정 안내</title><meta property="article:published_time" content="2026-11-02"></head><body><main>
<h1>LLM 실전 과정 8기</h1><section><h2>실습 모델</h2><p>이 과정은 스타트업 가람소프트의 연구원들이 가르칩니다. 실습에는 여러 공개 모델을 씁니다. 하이퍼클로바X 시드는 네이버클라우드가 개발한 모델입니다.</p></section>
<section><h2>강사진</h2><div class="card"><h3>마도윤</h3><p class="role">${role}</p><p>가람-7B 학습 총괄. 검색 모델을 오래 만들었습니다.</p></div></section>
</main></body></html>`;

describe('a card\'s role line names whose the career line under it is (r54b)', () => {
  it.each([['가람소프트 선임연구원 · 멘토'], ['가람소프트 ML 엔지니어'], ['가람소프트 연구소장 · 주강사']])('%s', (role) => {
    const g = pageGraph(cardsPage(role));
    expect(hasFact(g, 'DEVELOPED 가람소프트 -> 가람-7B')).toBe(true);
    expect(hasFact(g, 'DEVELOPED 네이버클라우드 -> 가람-7B')).toBe(false);
  });
});

const rows: FactRow[] = [
  // a corporate-marked name ending in 다, in a list of names or a cell of its own, keeps its last syllable; before a full stop it is the copula
  { cat: 'marked name ending in 다', text: '참여기업: (주)푸른바다, 한결ICT(주)', nodes: ['Company:푸른바다', 'Company:한결ICT'] },
  { cat: 'marked name ending in 다', text: '(주)푸른바다 / (주)한결ICT', nodes: ['Company:푸른바다'] },
  { cat: 'marked name ending in 다', text: '이번 과제의 주관사는 (주)누리소프트다.', nodes: ['Company:누리소프트'] },
  // a co-developer named with its unit ("X 여신심사부와 함께 만든 … 모델 Y"), the model's own maker read from its name:
  // both made it and they partner; the next subjectless sentence ("Z를 바탕으로 … 학습시킨 모델인데") is about Y
  { cat: 'co-developer with its unit', text: '도림AI는 올해 도림 3을 공개했다. 푸른은행 여신심사부와 함께 만든 대출 상담 모델 도림-론 7B도 반응이 좋다. 도림 3을 바탕으로 은행 상담 기록을 더해 두 회사 연구원들이 석 달 동안 함께 학습시킨 모델인데, 지점 열 곳에서 시범 운영 중이다.', expect: ['DEVELOPED 푸른은행 -> 도림-론 7B', 'PARTNERS_WITH 푸른은행 -> 도림AI', 'BASED_ON 도림-론 7B -> 도림 3'] },
  { cat: 'co-developer with its unit', text: '다래소프트는 물류 모델 다래-L 3B를 선보였다. 이 모델은 한결택배 연구진과 공동으로 개발한 모델이다.', expect: ['DEVELOPED 다래소프트 -> 다래-L 3B'] },
  // "그렇게 나온 M", "이렇게 탄생한 M": the model the making told just before gave, with that making's base and predecessor
  { cat: 'outcome of the making before', text: '한빛랩은 바다-1의 후속을 두고 오래 고민한 끝에 라마 3 8B 위에 한국어 데이터를 추가로 학습시키기로 했다. 그렇게 나온 바다-2를 지난달 공개했다.', expect: ['BASED_ON 바다-2 -> 라마 3 8B', 'SUCCEEDS 바다-2 -> 바다-1'] },
  { cat: 'outcome of the making before', text: '한빛랩 연구진은 큐웬3 8B를 바탕으로 법률 문서를 추가 학습했다. 이렇게 탄생한 소담-L 7B는 변호사 시험 문제를 풀었다.', expect: ['BASED_ON 소담-L 7B -> 큐웬3 8B'] },
  { cat: 'outcome of the making before', text: '한빛랩은 큐웬3 8B를 바탕으로 법률 문서를 추가 학습하려 했지만 포기했다. 이렇게 탄생한 소담-L 7B는 변호사 시험 문제를 풀었다.', absent: ['BASED_ON 소담-L 7B -> 큐웬3 8B'] },
  { cat: 'outcome of the making before', text: '소담-L 3B는 큐웬3 4B를 바탕으로 법률 문서를 추가 학습했다. 이렇게 탄생한 소담-L 7B는 변호사 시험 문제를 풀었다.', absent: ['BASED_ON 소담-L 7B -> 큐웬3 4B'] },
  // a company that received the support itself still keeps the acknowledgement to itself
  { cat: 'support named to a company', text: "이 과제는 바람솔루션이 수행기업으로 선정된 '디지털 물류 혁신사업'의 지원을 받았다.", absent: ['PARTICIPATES_IN 바람솔루션 -> 디지털 물류 혁신사업'] },
];

describe('generalisation rows (r54b)', () => {
  it.each(rows)('$cat: $text', (row) => checkFactRow(row));
});
