/** Rows for the readings added in r56a (a second round on education/research and products/services pages). */
import type { Row } from './row.js';

export const r56aRows: Row[] = [
  // "(M은 …) B와의 공동연구 협약에 따라 두 회사가 함께 개발했다": the partner of the agreement co-developed the model in focus
  { rule: 'developed.focus-both-parties-agreement', sentence: '새솔-V 4B는 새솔-Ko 4B를 언어 백본으로 쓴다. 다솜전자와의 기술협력 계약에 따라 양사가 공동으로 개발했으며, 다솜전자 냉장고에 먼저 들어간다.', expect: ['DEVELOPED 다솜전자 -> 새솔-V 4B'] },
  { rule: 'developed.focus-both-parties-agreement', sentence: '새솔-V 4B는 새솔-Ko 4B를 언어 백본으로 쓴다. 다솜전자와의 기술협력 계약에 따라 양사가 공동으로 개발하지는 않았으며, 다솜전자 냉장고에 먼저 들어간다.', absent: ['DEVELOPED 다솜전자 -> 새솔-V 4B'] },
];
