import { describe, expect, it } from 'vitest';
import { buildLiteralSets, literalAlternatives, scanLiterals } from '../../src/extract/engine/literals.js';
import { loadRules } from '../../src/extract/index.js';

describe('literal word lists (the one-pass `requires` check)', () => {
  it.each([
    [/공개|출시|발표/u, ['공개', '출시', '발표']],
    [/위/u, ['위']],
    [/based on|built on/u, ['based on', 'built on']],
    [/기반(?:으로)?/u, undefined],
    [/a.b|c/u, undefined],
    [/공개|/u, undefined],
    [/MOU|mou/iu, undefined],
    [/\d+점/u, undefined],
  ])('%s reads as %j', (re, words) => {
    expect(literalAlternatives(re)).toEqual(words);
  });

  const lists = [/공개|출시|발표/u, /컨소시엄/u, /기반(?:으로)?\s모델/u, /scor|achiev/u, /한 팀|손잡/u];
  const sets = buildLiteralSets(lists);
  it.each([
    'A사가 모델을 공개했다',
    '컨소시엄에 합류했다',
    '기반으로 모델을',
    '기반 모델',
    'It scored 71.3',
    'Scored',
    '두 회사가 한 팀이 됐다',
    '한팀',
    '',
    '출시 후 발표',
  ])('gives the regexes’ answers for %j', (text) => {
    const out = new Uint8Array(lists.length);
    scanLiterals(sets, text, out);
    expect([...out]).toEqual(lists.map((re) => (re.test(text) ? 1 : 2)));
  });

  it('agrees with every rule’s `requires` on sentences that contain and lack their words', () => {
    const requires = [...new Map(loadRules().patterns.filter((p) => p.requires).map((p) => [p.requires!.source, p.requires!])).values()];
    const all = buildLiteralSets(requires);
    const texts = requires.flatMap((re) => re.source.split('|').map((w) => `앞 ${w} 뒤`)).concat(['아무 단서도 없는 문장이다.', 'KT가 모델을 선보였다']);
    const out = new Uint8Array(requires.length);
    for (const text of texts) {
      scanLiterals(all, text, out);
      expect([...out], text).toEqual(requires.map((re) => (re.test(text) ? 1 : 2)));
    }
  });
});
