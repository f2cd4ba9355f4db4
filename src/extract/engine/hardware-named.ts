/**
 * "딥노드 DN-8 AI 가속 카드", "첫 칩 QS-1", "MC-2 NPU 서버 24식", "딥노드 SDK 1.4": a name a hardware noun follows or
 * precedes names a chip, a card or a server, and a name that opens on a software kit's word names that kit — not a
 * model, though its hyphen and number read as one. Only names found by their form are dropped, never listed models.
 */
import type { Mention } from '../types.js';
import type { Acc } from '../article-acc.js';
import { escapeRegex } from '../../parse/text.js';

/** Words for hardware a model runs on (a card, a chip, an accelerator, a server, a board). */
const HARDWARE_NOUN = '(?:카드|칩셋|칩|가속기|서버|보드|모듈|프로세서|어플라이언스|card|chip|accelerator|server|board)';
/** Right after the name: maybe a kind word or two ("AI 가속", "NPU", "추론용"), then the hardware noun. */
const HARDWARE_AFTER = new RegExp(`^\\s?(?:(?:AI|NPU|GPU|PCIe|추론용?|학습용?|가속|inference|AI\\s?가속)\\s?){0,2}${HARDWARE_NOUN}(?:은|는|이|가|을|를|의|와|과|도|에서|에|로|으로)?(?![가-힣A-Za-z])`, 'i');
/** Right before the name: the hardware noun (maybe with a quote): "칩 QS-1", "추론 카드 DN-8을". */
const HARDWARE_BEFORE = new RegExp(`${HARDWARE_NOUN}\\s['"‘“]?$`, 'i');
/** A software kit's word opening the name ("SDK 1.4", "Runtime 2", "드라이버 3.1"). */
const SOFTWARE_KIT = /^(?:SDK|API|CUDA|ROCm|Runtime|Driver|Firmware|Compiler|드라이버|펌웨어|런타임|컴파일러)(?![A-Za-z가-힣])/i;

/** Drops the models a sentence names as hardware or a software kit (found by form only). */
export function dropHardwareNamedModels(text: string, ms: Mention[]): void {
  for (let i = ms.length - 1; i >= 0; i--) {
    const m = ms[i]!;
    if (m.type !== 'Model' || m.via !== 'discovered') continue;
    const after = text.slice(m.end, m.end + 16);
    const before = text.slice(Math.max(0, m.start - 8), m.start);
    if (HARDWARE_AFTER.test(after) || HARDWARE_BEFORE.test(before) || SOFTWARE_KIT.test(m.surface)) ms.splice(i, 1);
  }
}

/** A model word next to the name: the page calls it a model too ("X 모델", "모델 X", "X model"). */
const MODEL_WORD_AFTER = /^\s?(?:언어\s?)?(?:모델|LLM|sLM|model)(?![가-힣A-Za-z])/i;

/**
 * "항목 | 딥노드 DN-8 | …" in a spec table over "딥노드 DN-8 AI 가속 카드": a name found by its form that the page calls
 * hardware somewhere, and never a model, is hardware wherever it stands (a table cell or a heading gives no noun).
 */
export function dropHardwareModels(acc: Acc, texts: string[]): void {
  for (const [key, e] of acc.entities) {
    if (e.type !== 'Model' || !e.discovered) continue;
    const names = Object.keys(e.names);
    let hardware = false;
    let model = false;
    for (const n of names) {
      const re = new RegExp(`(?<![A-Za-z0-9\\-])${escapeRegex(n)}(?![A-Za-z0-9\\-])`, 'g');
      for (const t of texts) {
        if (!t.includes(n)) continue;
        re.lastIndex = 0;
        for (let m = re.exec(t); m; m = re.exec(t)) {
          const after = t.slice(m.index + n.length, m.index + n.length + 16);
          if (MODEL_WORD_AFTER.test(after) || /모델\s['"‘“]?$/.test(t.slice(Math.max(0, m.index - 6), m.index))) model = true;
          else if (HARDWARE_AFTER.test(after) || HARDWARE_BEFORE.test(t.slice(Math.max(0, m.index - 8), m.index))) hardware = true;
        }
      }
    }
    if (!hardware || model) continue;
    acc.entities.delete(key);
    acc.props.delete(key);
    for (const [k, r] of acc.relations) if (r.source === key || r.target === key) acc.relations.delete(k);
  }
}
