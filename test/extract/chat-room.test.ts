/** A team's group chat exported as text: the speakers of a room named after a company's unit work for that company. */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';
import { extractArticle } from '../../src/pipeline/index.js';

function worksFor(text: string): string[] {
  const g = extractArticle(parseArticle(text, { source: 'chat.txt' }));
  const name = (id: string) => g.nodes.find((n) => n.id === id)?.name ?? id;
  return g.edges.filter((e) => e.type === 'WORKS_FOR').map((e) => `${name(e.source)} -> ${name(e.target)}`);
}

const chat = (room: string, a: string, b: string) => `${room} 님과 카카오톡 대화
저장한 날짜 : 2025. 11. 7. 오후 8:15

2025년 11월 7일 금요일
2025. 11. 7. 오전 10:02, ${a} : 새 체크포인트 올렸어요
2025. 11. 7. 오전 10:03, ${a} : 평가는 오후에 돌릴게요
2025. 11. 7. 오전 10:05, ${b} : 확인했습니다. 내일 회의에서 봐요
2025. 11. 7. 오전 10:06, ${a} : 넵
2025. 11. 7. 오전 10:07, ${b} : 자료는 드라이브에 올려둘게요
`;

describe('a company unit\'s chat room', () => {
  it('gives each speaker named in full the room\'s company', () => {
    expect(worksFor(chat('솔담랩 모델링팀', '한가람', '윤소리')).sort()).toEqual(['윤소리 -> 솔담랩', '한가람 -> 솔담랩']);
  });
  it('gives nothing for a room that names no company unit, nor for nicknames', () => {
    expect(worksFor(chat('AI 뉴스 스터디', '한가람', '윤소리'))).toEqual([]);
    expect(worksFor(chat('솔담랩 모델링팀', '별빛', '데이터곰'))).toEqual([]);
  });
});
