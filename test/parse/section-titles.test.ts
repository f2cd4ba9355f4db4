/** A plain-text story's section title under a diamond ("◇ 흩어진 팀원들") on the line right over its paragraph. */
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/parse/index.js';

const blocksOf = (body: string) => parseText(`기사 제목\n2026-03-02\n\n첫 문단이다.\n\n${body}\n`, { source: 'r.txt' }).blocks.map((b) => `${b.kind}:${b.text}`);

describe('plain text: a diamond section title over its paragraph', () => {
  it.each([
    ['  ◇ 흩어진 팀원들\n  팀원이었던 다온랩은 새 팀에 합류했다.', ['heading:◇ 흩어진 팀원들', 'body:팀원이었던 다온랩은 새 팀에 합류했다.']],
    ['◆ 누리-LM 3, 의료로 방향 전환\n누리랩스가 새로 잡은 무대는 의료다.', ['heading:◆ 누리-LM 3, 의료로 방향 전환', 'body:누리랩스가 새로 잡은 무대는 의료다.']],
  ])('keeps the title apart: %s', (body, want) => {
    expect(blocksOf(body).slice(2)).toEqual(want);
  });

  it('leaves a diamond line that is a sentence in its paragraph', () => {
    expect(blocksOf('◇ 다온랩은 새 팀에 합류했다.\n이어 2단계 평가를 받았다.').slice(2)).toEqual(['body:◇ 다온랩은 새 팀에 합류했다. 이어 2단계 평가를 받았다.']);
  });
});
