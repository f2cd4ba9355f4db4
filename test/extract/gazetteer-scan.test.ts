import { describe, expect, it } from 'vitest';
import { variantMayStart } from '../../src/extract/engine/char-gates.js';
import { buildVariantRegex } from '../../src/extract/engine/gazetteer.js';
import { foldText, matchAt } from '../../src/extract/engine/trie.js';
import { findMentions, loadRules } from '../../src/extract/index.js';
import type { MentionCache } from '../../src/extract/engine/mentions.js';

describe('gazetteer scan shortcuts', () => {
  const rules = loadRules();
  const forms = rules.lexicon.variantForms;
  const re = buildVariantRegex(forms);

  it('a variant can start only where the variant regex itself could match', () => {
    const codes = new Set<number>();
    for (let c = 0; c < 0x250; c++) codes.add(c);
    for (const f of [...forms, 'µΜμſKK']) for (const ch of f) for (const v of [ch, ch.toLowerCase(), ch.toUpperCase()]) codes.add(v.charCodeAt(0));
    for (let c = 0xac00; c < 0xac00 + 400; c++) codes.add(c);
    for (const c of codes) {
      const ch = String.fromCharCode(c);
      const matches = forms.some((f) => {
        re.lastIndex = 0;
        return re.test(ch + f.slice(1)) || (re.lastIndex = 0, re.test(ch + f));
      });
      if (!variantMayStart(re, c)) expect(matches, `U+${c.toString(16)}`).toBe(false);
      if (matches) expect(variantMayStart(re, c), `U+${c.toString(16)}`).toBe(true);
    }
    expect(variantMayStart(re, NaN)).toBe(false);
  });

  it('an unexpected variant regex shape is never ruled out', () => {
    expect(variantMayStart(/(?:a|b)+/iy, 'z'.charCodeAt(0))).toBe(true);
  });

  it('folds text to character codes, skipping spaces and punctuation inside names', () => {
    expect([...foldText('A.X 4')]).toEqual(['a'.charCodeAt(0), -1, 'x'.charCodeAt(0), -1, '4'.charCodeAt(0)]);
  });

  it('finds names with skipped characters inside, longest first', () => {
    const trie = (rules.compiled as { trie: Parameters<typeof matchAt>[0] }).trie;
    const text = 'SK텔레콤의 A.X 4.0';
    const hits = matchAt(trie, text, 0, foldText(text));
    expect(hits.map((h) => text.slice(h.start, h.end))).toEqual(['SK텔레콤', 'SK']);
    expect(matchAt(trie, text, 7, foldText(text)).map((h) => text.slice(h.start, h.end))[0]).toBe('A.X');
  });

  it.each([
    ['SK텔레콤은 A.X 4.0 라이트를 공개했다.', ['SK텔레콤', 'A.X 4.0 라이트']],
    ['Qwen2.5-72B와 GPT-4o를 비교했다.', ['Qwen2.5-72B', 'GPT-4o']],
    ['엑사원 4.0 32B 모델', ['엑사원 4.0 32B']],
    ['KMMLU2) 점수', ['KMMLU']],
    // "IT" (an instruction-tuned checkpoint) is a variant only right after a size
    ['Gemma 3 27B IT와 비교했다.', ['Gemma 3 27B IT']],
    ['엑사원 4.0 IT 서비스에 붙였다.', ['엑사원 4.0']],
  ])('reads versions, variants, sizes and footnotes: %s', (text, surfaces) => {
    const ms = findMentions(text, rules);
    for (const s of surfaces) expect(ms.map((m) => m.surface)).toContain(s);
  });

  it.each([
    // a unit or role after a spaced "AI": the company before it, when that is another listed company
    ['새로 네오빔 출신 연구자가 업스테이지 AI 연구소장으로 합류했다.', '업스테이지', '업스테이지 AI'],
    // no unit word after it, no listed company before it, or the same company under both names: the glued name stands
    ['그는 노타 AI 사업부문을 맡는다.', '노타 AI', undefined],
    ['행사에는 업스테이지 AI 관계자가 참석했다.', '업스테이지 AI', undefined],
    ['그는 오픈 AI 리서치 조직으로 옮겼다.', '오픈 AI', undefined],
  ])('a company named with a glued "AI", written spaced: %s', (text, company, not) => {
    const surfaces = findMentions(text, rules).filter((m) => m.type === 'Company').map((m) => m.surface);
    expect(surfaces).toContain(company);
    if (not) expect(surfaces).not.toContain(not);
  });

  it('a sentence read again with known names gives what a fresh reading gives, whatever the first result went through', () => {
    const text = 'SK텔레콤(017670)은 A.X 4.0 라이트와 신생 스타트업 솔빛AI의 솔빛-7B를 비교했다.';
    const known = [{ name: '솔빛-7B', type: 'Model' as const, key: 'model:~솔빛7b' }];
    const cache: MentionCache = new Map();
    const first = findMentions(text, rules, [], cache);
    expect(first).toEqual(findMentions(text, rules));
    for (const m of first) {
      m.key = 'changed';
      m.aliases.push('changed');
      if (m.properties) m.properties.parameters = 1;
    }
    expect(findMentions(text, rules, known, cache)).toEqual(findMentions(text, rules, known));
    expect(findMentions(text, rules, [], cache)).toEqual(findMentions(text, rules));
  });
});
