/**
 * A word the headline quotes as a catchword ("국산 AI 모델 '족보'") is no model when nothing is said of it;
 * a model the headline names and the body speaks of stays. Headlines and sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/parse/index.js';
import { extractArticle } from '../../src/pipeline/index.js';

interface HeadlineRow {
  title: string;
  body: string;
  nodes?: string[];
  noNodes?: string[];
}

const rows: HeadlineRow[] = [
  // a catchword in the headline, used again in the body as a word
  { title: "국산 AI 모델 '혈통' 따져보니…해외 모델 위에 쌓은 곳 늘어", body: "다온랩의 '누리 3'은 라마 3.1을 기반으로 만들었다. 업계에서는 '혈통'보다 성능이 중요하다는 말도 나온다.", noNodes: ['Model:혈통'], nodes: ['Model:누리 3'] },
  { title: "AI 모델 '간판' 경쟁 본격화", body: '가온소프트와 누리봇 등 스타트업들이 잇따라 경쟁에 뛰어들었다.', noNodes: ['Model:간판'] },
  // a catchword of two words ("'한국어 시험' 성적표")
  { title: "가온·다래, KMMLU서 60점대…국산 모델 '국어 시험' 성적표", body: "가온소프트의 '가온-7B'는 KMMLU에서 64.1점을 받았다.", noNodes: ['Model:국어 시험'], nodes: ['Model:가온-7B'] },
  // a two-word Hangul model the body speaks of stays
  { title: "다온랩, 경량 모델 '새벽 바람' 공개", body: "다온랩이 자체 개발한 '새벽 바람'을 24일 공개했다.", nodes: ['Model:새벽 바람'] },
  // a model the headline names and the body says something of
  { title: "다온랩, 경량 모델 '새벽' 공개", body: "다온랩이 자체 개발한 '새벽'을 24일 공개했다.", nodes: ['Model:새벽'] },
  // a name with a version is a model however little is said of it
  { title: "AI 모델 '누리 3' 나온다", body: '다온랩은 다음 달 신제품을 낸다.', nodes: ['Model:누리 3'] },
];

function nodesOf(row: HeadlineRow): string[] {
  const parsed = parseText(`${row.title}\n\n${row.body}`, { source: 'test.txt', publishedAt: '2026-11-20' });
  return extractArticle(parsed).nodes.map((n) => `${n.type}:${n.name}`);
}

describe('headline catchwords', () => {
  it.each(rows)('$title', (row) => {
    const nodes = nodesOf(row);
    for (const n of row.nodes ?? []) expect(nodes).toContain(n);
    for (const n of row.noNodes ?? []) expect(nodes).not.toContain(n);
  });
});
