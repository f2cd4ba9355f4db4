/** Rows for the readings added in round r54c (kept apart so the family files stay short). */
import type { Row } from './row.js';

export const r54cRows: Row[] = [
  // "'M'이라고 부르고 있는데, B와 공동 개발하고 있고": the model a speaker names, co-developed with a partner (r54c)
  { rule: 'developed.called-co-developed', sentence: '"내부에서는 \'NuriDesk-7B\'라고 부르는데, 다온텔레콤과 공동 개발하고 있습니다"라고 그는 설명했다.', expect: ['DEVELOPED 다온텔레콤 -> NuriDesk-7B'] },
  { rule: 'developed.called-co-developed', sentence: '새 모델은 \'Hanul-Desk 1\'이라고 이름을 붙였고, 가람모빌리티와 함께 개발했다.', expect: ['DEVELOPED 가람모빌리티 -> Hanul-Desk 1'] },
  { rule: 'developed.called-co-developed', sentence: '\'NuriDesk-7B\'라고 부르는데, 다온텔레콤과 공동 개발하지는 않았습니다.', absent: ['DEVELOPED 다온텔레콤 -> NuriDesk-7B'] },
];
