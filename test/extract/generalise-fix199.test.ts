/**
 * Generalisation rows for the forms set 199 found unread: a report's numbered section titles over their paragraphs
 * in plain and printed text; a filing's "(2) 회사는", "X 주식회사와" and "회사와 X가"; a model distilled as an object
 * ("A의 압축 버전인 B", "B를 A에서 증류해 공개"); a successor named at the end of a long copula chain; a privacy policy's
 * officer table; a cast or co-author list beside the story.
 * Every row is a short text written for these tests; none comes from a test page.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';
import { extractArticle } from '../../src/pipeline/index.js';
import { checkFactRow, hasFact, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // a numbered item opening on the company's defined short form
  {
    cat: 'reference.numbered-item-company',
    text: "주식회사 봄비소프트(이하 '회사')는 2019년 세워진 AI 기업입니다. (2) 회사는 지난 5월 법률 상담 모델 '바다누리 3'을 출시하였습니다.",
    expect: ['DEVELOPED 봄비소프트 -> 바다누리 3'],
  },
  {
    cat: 'reference.numbered-item-company',
    text: "주식회사 봄비소프트(이하 '회사')는 2019년 세워진 AI 기업입니다. ② 회사는 '2026 AI 바우처 지원사업'에 공급기업으로 참여하고 있습니다.",
    expect: ['PARTICIPATES_IN 봄비소프트 -> 2026 AI 바우처 지원사업'],
  },
  // the legal form after a name, then the particle
  {
    cat: 'company.legal-form-after-name',
    text: '별솔브레인은 올해 3월 아람통신 주식회사와 콜센터 특화 모델의 공동 개발 계약을 체결했다.',
    expect: ['PARTNERS_WITH 별솔브레인 -> 아람통신'],
  },
  {
    cat: 'company.legal-form-after-name',
    text: '아람통신 주식회사는 별솔브레인의 재무적 투자자이며, 연구개발에는 참여하지 않는다.',
    absent: ['PARTNERS_WITH 별솔브레인 -> 아람통신'],
  },
  // "회사와 X가": the defined company is the first of two parties, after a label too
  {
    cat: 'reference.company-and-partner',
    text: "주식회사 봄비소프트(이하 '회사')는 번역 서비스를 운영합니다. 번역 기능: 회사와 주식회사 별하늘랩이 맺은 공동개발 협약에 따라 두 회사가 함께 개발한 번역 모델 '별하늘 MT'를 씁니다.",
    expect: ['PARTNERS_WITH 봄비소프트 -> 별하늘랩', 'DEVELOPED 봄비소프트 -> 별하늘 MT', 'DEVELOPED 별하늘랩 -> 별하늘 MT'],
  },
  // a version made from a model (compressed, distilled) named in apposition; the company that distils a model and releases it made it
  {
    cat: 'based-on.derived-version-apposition',
    text: "다래AI는 작년 '다래-L 40B'를 내놨다. 올해는 다래-L 40B의 압축 버전인 '다래-L 4B'를 스마트폰 제조사에 공급한다.",
    expect: ['BASED_ON 다래-L 4B -> 다래-L 40B'],
  },
  {
    cat: 'developed.released-derived-object',
    text: "다래AI는 '다래-L 4B'를 자사 '다래-L 40B'로부터 지식 증류하여 이번 주 깃허브에 배포했다.",
    expect: ['DEVELOPED 다래AI -> 다래-L 4B', 'BASED_ON 다래-L 4B -> 다래-L 40B'],
  },
  {
    cat: 'developed.released-derived-object',
    text: "다래AI는 '다래-L 4B'를 '다래-L 40B'에서 증류할지 검토 중이다.",
    absent: ['BASED_ON 다래-L 4B -> 다래-L 40B'],
  },
  // a successor at the end of a long copula chain about its topic
  {
    cat: 'succeeds.topic-copula-chain',
    text: "'개빛 5'는 의료 기록과 논문 800만 건을 학습했고 외부 가중치는 쓰지 않은 140억 파라미터의 의료 특화 언어모델이며, 재작년 공개된 '개빛 4'의 후속 모델입니다.",
    expect: ['SUCCEEDS 개빛 5 -> 개빛 4'],
  },
  // a successor said in speech without the possessive ("Y 후속 모델인데"): the model in focus succeeds Y
  {
    cat: 'succeeds.focus-bare-possessive',
    text: "후기 게시판. 보라랩스의 '보라챗 7' 써 봤는데 응답이 빨라짐. '보라챗 6' 후속 모델인데 긴 문서도 잘 읽음.",
    expect: ['SUCCEEDS 보라챗 7 -> 보라챗 6'],
  },
];

describe('generalise: set 199 forms', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkFactRow(row));
});

const graphOfFile = (text: string, source: string) => extractArticle(parseArticle(Buffer.from(text), { source }));

describe('generalise: set 199 page forms', () => {
  // a report's numbered note titles stand over their paragraphs with no blank line between
  const report = (pageMark: string) =>
    [
      '주식회사 다솔인공지능',
      '',
      '재무제표에 대한 주석',
      '',
      '1. 일반사항',
      '주식회사 다솔인공지능(이하 "회사")은 2020년 5월에 설립되었으며, 언어모델 개발을 주요 사업으로 하고 있습니다.',
      '',
      pageMark,
      '7. 정부보조금',
      "회사는 과학기술정보통신부가 주관하는 '지역 거점 AI 실증사업'의 참여기업으로 선정되어 출연금을 수령하였습니다.",
      '',
      '8. 약정사항',
      '회사는 2026년 1월 하람텔레콤 주식회사와 상담 특화 모델의 공동 개발 계약을 체결하였습니다.',
      '',
    ].join('\n');
  for (const [name, mark] of [['plain', ''], ['printed', '                                   - 4 -']] as const)
    it(`numbered section titles over their paragraphs (${name} text)`, () => {
      const parsed = parseArticle(Buffer.from(report(mark)), { source: 'note.txt' });
      expect(parsed.blocks.some((b) => b.kind === 'heading' && b.text === '7. 정부보조금')).toBe(true);
      const g = extractArticle(parsed);
      expect(hasFact(g, 'PARTICIPATES_IN 다솔인공지능 -> 지역 거점 AI 실증사업')).toBe(true);
      expect(hasFact(g, 'PARTNERS_WITH 다솔인공지능 -> 하람텔레콤')).toBe(true);
    });

  it('a numbered list item wrapped across lines stays one paragraph', () => {
    const parsed = parseArticle(Buffer.from('올해의 소식\n\n1. 정부는 올해 국가\n연구 사업을 새로 시작했다.\n'), { source: 'list.txt' });
    expect(parsed.blocks.some((b) => b.kind === 'heading' && b.text === '1. 정부는 올해 국가')).toBe(false);
  });

  // a privacy policy's officer table: the policy's company, each row's post; a dropped contact cell shifts no row
  const policy = (rows: string) =>
    `<html><head><title>누리봇 개인정보처리방침</title></head><body><main><h1>누리봇 개인정보처리방침</h1>
<p>주식회사 누리봇(이하 '회사')은 이용자의 개인정보를 소중히 다루며 관련 법령을 지킵니다. 회사는 필요한 최소한의 정보만 처리합니다.</p>
<h2>제8조 (개인정보 보호책임자)</h2>
<table><tr><th>구분</th><th>성명</th><th>직책</th><th>연락처</th></tr>${rows}</table>
<p>이용자는 위 담당자에게 언제든지 문의할 수 있습니다. 회사는 문의에 지체 없이 답변합니다.</p></main></body></html>`;
  it('a privacy officer table names the policy company staff', () => {
    const g = graphOfFile(policy('<tr><td>책임자</td><td>서하람</td><td>최고정보보호책임자</td><td>cpo@nuribot.example</td></tr><tr><td>담당자</td><td>노은비</td><td>정보보호팀장</td><td>02-123-4567</td></tr>'), 'policy.html');
    expect(hasFact(g, 'WORKS_FOR 서하람 -> 누리봇')).toBe(true);
    expect(hasFact(g, 'WORKS_FOR 노은비 -> 누리봇')).toBe(true);
  });

  // a cast list beside an episode synopsis: each guest's affiliation; a list of plain words is none
  const episode = (cast: string) =>
    `<html><head><title>과학 다큐 - 회차정보</title></head><body><div id="ep"><h2>제12회 작은 회사의 큰 모델</h2>
<div class="summary"><p>카메라는 판교의 스타트업 하늬바람랩을 두 달 동안 따라갔다. 직원 서른 명의 이 회사는 올해 첫 언어모델을 내놓았다.</p>
<p>하늬바람랩의 연구진은 매일 밤늦게까지 학습 결과를 들여다본다. 프로그램은 그들이 왜 모델을 직접 만드는지 묻는다.</p></div>
<div class="cast"><h3>출연</h3><ul>${cast}</ul></div></div></body></html>`;
  it('a cast list names where each guest works', () => {
    const g = graphOfFile(episode('<li>탁윤슬 (하늬바람랩 대표)</li><li>모지환 (하늬바람랩 연구소장)</li>'), 'ep.html');
    expect(hasFact(g, 'WORKS_FOR 탁윤슬 -> 하늬바람랩')).toBe(true);
    expect(hasFact(g, 'WORKS_FOR 모지환 -> 하늬바람랩')).toBe(true);
  });
  it('a cast heading over a list of other things adds nothing', () => {
    const g = graphOfFile(episode('<li>다시보기</li><li>미리보기 영상</li>'), 'ep.html');
    expect(g.nodes.some((n) => n.name === '다시보기')).toBe(false);
  });
});
