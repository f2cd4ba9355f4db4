/** Rows for the readings added in round r54c (kept apart so the family files stay short). */
import type { Row } from './row.js';

export const r54cRows: Row[] = [
  // "'M'이라고 부르고 있는데, B와 공동 개발하고 있고": the model a speaker names, co-developed with a partner (r54c)
  { rule: 'developed.called-co-developed', sentence: '"내부에서는 \'DaraeDesk-7B\'라고 부르는데, 다온텔레콤과 공동 개발하고 있습니다"라고 그는 설명했다.', expect: ['DEVELOPED 다온텔레콤 -> DaraeDesk-7B'] },
  { rule: 'developed.called-co-developed', sentence: '새 모델은 \'Bomi-Desk 1\'이라고 이름을 붙였고, 미소모빌리티와 함께 개발했다.', expect: ['DEVELOPED 미소모빌리티 -> Bomi-Desk 1'] },
  { rule: 'developed.called-co-developed', sentence: '\'DaraeDesk-7B\'라고 부르는데, 다온텔레콤과 공동 개발하지는 않았습니다.', absent: ['DEVELOPED 다온텔레콤 -> DaraeDesk-7B'] },
  // "M: 설명. C 개발.": a glossary item's note naming its maker, alone after the item's line or after its description (r54c)
  { rule: 'developed.item-maker-note', sentence: 'Kelo-Med 8B: 진료 기록 요약 모델, 가온랩스 개발.', expect: ['DEVELOPED 가온랩스 -> Kelo-Med 8B'] },
  { rule: 'developed.item-maker-note', sentence: 'Kelo-Med 8B: 진료 기록 요약 모델, 가온랩스 미개발.', absent: ['DEVELOPED 가온랩스 -> Kelo-Med 8B'] },
  { rule: 'developed.focus-maker-note', sentence: 'Kelo-Med 8B는 진료 기록을 요약하는 모델이다. (주)가온랩스 개발.', expect: ['DEVELOPED 가온랩스 -> Kelo-Med 8B'] },
  { rule: 'developed.focus-maker-note', sentence: 'Kelo-Med 8B는 진료 기록을 요약하는 모델이다. 가온랩스 개발 여부는 확인되지 않았다.', absent: ['DEVELOPED 가온랩스 -> Kelo-Med 8B'] },
];
