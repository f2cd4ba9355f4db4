/**
 * The clause pass skips the predicates and frames of a sentence where no frame can read anything
 * (no stem of a frame's predicate class beside arguments of both its types); such a sentence still
 * sets the topic and the entity sets the next sentences read.
 */
import { describe, expect, it } from 'vitest';
import { buildClause, clauseFacts, newClauseMemory } from '../../src/extract/clauses/index.js';
import { factsOfClause } from '../../src/extract/clauses/frames.js';
import type { ClauseRules } from '../../src/extract/clauses/data.js';
import { findMentions } from '../../src/extract/engine/mentions.js';
import { loadRules } from '../../src/extract/index.js';

const rules = loadRules();
const cr = rules.clauses as ClauseRules;

const texts = [
  "업스테이지는 '솔라 프로2'를 바탕으로 병원 상담에 쓰일 의료 모델 '솔라 메디'를 만들었다.",
  '카카오와 네이버는 인공지능 분야에서 협력하기로 했다.',
  "네이버는 AI 에이전트 센터를 새로 만들었습니다.",
  "카카오는 '카나나 2'를 공개했다.",
  '과학기술정보통신부는 독자 AI 파운데이션 모델 프로젝트를 발표했다.',
];

describe('clause pass gate', () => {
  it('reads the same facts as the full clause structure of each sentence', () => {
    for (const text of texts) {
      const ms = findMentions(text, rules, [], new Map());
      const full = factsOfClause(buildClause(text, ms, cr, () => undefined), cr);
      expect(clauseFacts(text, ms, rules, newClauseMemory())).toEqual(full);
    }
  });

  it('a sentence no frame can read still passes its topic on', () => {
    // two companies and a making verb, which no frame reads without a model: nothing read, but the topic is kept
    const memory = newClauseMemory();
    const first = '카카오는 네이버와 같은 날 신제품을 개발했다고 밝혔다.';
    expect(clauseFacts(first, findMentions(first, rules, [], new Map()), rules, memory)).toEqual([]);
    expect(memory.topic?.members.map((m) => m.surface)).toEqual(['카카오']);
    const next = "카나나 2를 바탕으로 '카나나 2 나노'를 만들었다.";
    const facts = clauseFacts(next, findMentions(next, rules, [], new Map()), rules, memory).map((f) => `${f.relation} ${f.source.surface} -> ${f.target.surface} ${f.rule}`);
    expect(facts).toContain('DEVELOPED 카카오 -> 카나나 2 나노 clause.developed.subject-object-carried');
  });
});
