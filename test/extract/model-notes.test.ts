/** A note in parentheses after a model's name ("(전작)", "(distilled)"): neither another name for the model nor its maker */
import { describe, expect, it } from 'vitest';
import { extractFacts, loadRules } from '../../src/extract/index.js';
import { isModelNote } from '../../src/extract/engine/model-notes.js';
import { parseText } from '../../src/parse/index.js';

const rules = loadRules();
const facts = (text: string) => extractFacts(parseText(`제목\n\n${text}`, { source: 'n.txt', publishedAt: '2026-03-02' }), rules);

describe('model notes in parentheses', () => {
  it.each([
    ['전작', 'Nova LM 2', true],
    ['이전 모델', 'Nova LM 2', true],
    ['distilled', 'Pico-Law 2B', true],
    ['quantized', 'Pico-Law 2B', true],
    ['Nova Labs', 'Nova LM 2', false],
    ['노바랩스', 'Nova LM 2', false],
    ['pico', 'Pico-Law 2B', false],
  ])('"%s" after "%s" is a note: %s', (inner, surface, note) => expect(isModelNote(inner, surface)).toBe(note));

  it.each([
    ['평가 항목            | Nova LM 3 | Nova LM 2 (전작)\nKMMLU               | 61.0        | 52.4', '전작'],
    ['비교 결과: Pico-Law 2B (quantized) 점수는 40.1점, Pico-Law 9B는 55.0점이다.', 'quantized'],
    ['| 모델 | 크기 | KMMLU |\n| Pico-Law 2B (quantized) | 2B | 40.1 |\n| Pico-Law 9B | 9B | 55.0 |', 'quantized'],
  ])('%s: no entity or alias "%s"', (text, note) => {
    const f = facts(text);
    const names = f.entities.flatMap((e) => [...Object.keys(e.names), ...e.aliases]);
    expect(names).not.toContain(note);
  });
});
