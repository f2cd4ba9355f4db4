/** "권민재 Minjae Kwon": a person's Korean name with its Latin spelling beside it, no parentheses; the Latin form is an alias. */
import { describe, expect, it } from 'vitest';
import { extractFacts, loadRules } from '../../src/extract/index.js';
import { parseText } from '../../src/parse/index.js';

const rules = loadRules();
const facts = (text: string) => extractFacts(parseText(`제목\n\n${text}`, { source: 'p.txt', publishedAt: '2026-03-02' }), rules);

describe("a person's Latin spelling right after the Korean name", () => {
  it.each([
    ['노바랩스 최서윤 대표는 새 모델을 공개했다.\n\n최서윤 Seoyun Choi · 노바랩스 대표', '최서윤', 'Seoyun Choi', true],
    ['노바랩스 최서윤 대표는 새 모델을 공개했다.\n\n최서윤 Jiwon Park · 노바랩스 대표', '최서윤', 'Jiwon Park', false],
  ])('%s: %s has the alias %s: %s', (text, name, latin, alias) => {
    const person = facts(text).entities.find((e) => e.type === 'Person' && e.names[name]);
    expect(person?.aliases.includes(latin)).toBe(alias);
  });
});
