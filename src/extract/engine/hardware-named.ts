/**
 * "딥노드 DN-8 AI 가속 카드", "첫 칩 QS-1", "MC-2 NPU 서버 24식", "딥노드 SDK 1.4": a name a hardware noun follows or
 * precedes names a chip, a card or a server, and a name that opens on a software kit's word names that kit — not a
 * model, though its hyphen and number read as one. Only names found by their form are dropped, never listed models.
 */
import type { Mention } from '../types.js';

/** Words for hardware a model runs on (a card, a chip, an accelerator, a server, a board). */
const HARDWARE_NOUN = '(?:카드|칩셋|칩|가속기|서버|보드|모듈|프로세서|어플라이언스|card|chip|accelerator|server|board)';
/** Right after the name: maybe a kind word or two ("AI 가속", "NPU", "추론용"), then the hardware noun. */
const HARDWARE_AFTER = new RegExp(`^\\s?(?:(?:AI|NPU|GPU|PCIe|추론용?|학습용?|가속|inference|AI\\s?가속)\\s?){0,2}${HARDWARE_NOUN}(?![가-힣A-Za-z])`, 'i');
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
