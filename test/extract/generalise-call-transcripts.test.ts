/**
 * An issuer's own documents written as text: an earnings call's transcript under a boxed title that names the
 * company with its corporate mark ("X(주) … 컨퍼런스콜 녹취록"). The company's officers are those its cover lists
 * ("회사 참석자 : NAME 대표이사 …") and those whose turns open with their post and name ("CFO NAME: …"); an
 * analyst's turn ("질문자 (증권사 NAME 애널리스트):") is no officer's. Every text is invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/parse/index.js';
import { extractArticle } from '../../src/pipeline/index.js';

const CALL = [
  '==========================================',
  ' 한빛로직(주) (KOSDAQ: 412345)',
  ' 2026년 1분기 경영실적 컨퍼런스콜 녹취록',
  '==========================================',
  '일시 : 2026년 5월 7일(목) 15:00',
  '회사 참석자 : 도하린 대표이사',
  '              남궁현 상무 (CFO)',
  '',
  '사회자: 지금부터 한빛로직 1분기 실적 발표를 시작하겠습니다.',
  '',
  '대표이사 도하린: 저희 주력 모델 \'로직-M 3\'는 1분기에 고객사가 두 배로 늘었습니다.',
  '',
  'CTO 여민재: 로직-M 3의 다음 버전은 하반기에 내놓겠습니다.',
  '',
  '질문자 (가온증권 탁서윤 애널리스트): 비용 계획이 궁금합니다.',
].join('\n');

function factsOfCall(): string[] {
  const g = extractArticle(parseText(CALL, { source: 'call.txt' }));
  const name = (id: string) => g.nodes.find((n) => n.id === id)?.name ?? id;
  return g.edges.map((e) => `${e.type} ${name(e.source)} -> ${name(e.target)}`);
}

describe('an earnings call transcript under a boxed, marked title', () => {
  const facts = factsOfCall();
  it('reads the marked company as the issuer, with its country', () => {
    const g = extractArticle(parseText(CALL, { source: 'call.txt' }));
    expect(g.nodes.find((n) => n.name === '한빛로직')?.properties).toMatchObject({ country: 'KR' });
  });
  it.each(['WORKS_FOR 도하린 -> 한빛로직', 'WORKS_FOR 남궁현 -> 한빛로직', 'WORKS_FOR 여민재 -> 한빛로직'])('%s', (f) => {
    expect(facts).toContain(f);
  });
  it('gives the analyst no post at the issuer', () => {
    expect(facts).not.toContain('WORKS_FOR 탁서윤 -> 한빛로직');
  });
});
