/** Programmes across articles: a name with two kind words before its closing word ("개발 지원사업") and without them; with a gloss in parentheses and without it. */
import { describe, expect, it } from 'vitest';
import { extractFacts, loadRules } from '../../src/extract/index.js';
import { parseText } from '../../src/parse/index.js';
import { graphFromFacts } from '../../src/pipeline/index.js';
import type { GraphDocument } from '../../src/graph/index.js';

const rules = loadRules();
const facts = (text: string, source: string) => extractFacts(parseText(`제목\n\n${text}`, { source, publishedAt: '2026-05-11' }), rules);
const idsOf = (g: GraphDocument, name: string) => g.nodes.filter((n) => n.type === 'Policy' && (n.name === name || n.aliases.includes(name))).map((n) => n.id);

describe('a programme named with two kind words before its closing word meets the same programme without them', () => {
  it.each([
    ['해양 AI 모델 개발 지원사업', '해양 AI 모델 사업', true],
    ['해양 AI 모델 개발 지원사업', '해양 AI 모델 실증 사업', true],
    ['해양 AI 모델 개발 지원사업', '해양 AI 데이터 사업', false],
    // a stem of generic words only ("AI 모델") joins no two programmes
    ['AI 모델 실증 지원사업', 'AI 모델 개발 프로젝트', false],
    // a gloss in parentheses inside the name ("(AX)") left out; without it, another programme's name stays another's
    ['남해 AI 전환(AX) 선도사업', '남해 AI 전환 선도사업', true],
    ['남해 AI 전환(AX) 선도사업', '남해 AI 선도사업', false],
    ['남해 AI 전환(AX) 선도사업', '남해 AI 전환(AX) 실증사업', false],
  ])('%s / %s', (one, two, joined) => {
    const g = graphFromFacts([
      facts(`스타트업 노을에이아이는 '${one}'에 선정됐다.`, 'x.txt'),
      facts(`스타트업 바다랩스는 '${two}'에 참여한다.`, 'y.txt'),
    ]);
    expect(idsOf(g, one)).toHaveLength(1);
    expect(idsOf(g, two)).toHaveLength(1);
    expect(idsOf(g, one)[0] === idsOf(g, two)[0]).toBe(joined);
  });
});
