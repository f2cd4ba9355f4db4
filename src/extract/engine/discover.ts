/**
 * Names no gazetteer lists, found from their context: quoted names after/before 모델/LLM/벤치마크,
 * "X가 개발한 'Y'", Latin product names with versions near model words, people with a company and
 * a title ("홍길동 KT 상무", "업스테이지 김성훈 대표"), companies as "(주)X", "스타트업 X", "X사",
 * and anonymous models with a clear owner ("알리바바의 오픈소스 LLM").
 */
export { buildDiscoveryLexicon, discoveredMention, isTaken, type DiscoveryLexicon } from './discover-common.js';
export { discoverPersons } from './discover-persons.js';
export { discoverEnglishPersons } from './discover-english-persons.js';
export { isKoreanName } from './person-names.js';
export { discoverBenchmarks, discoverPolicies } from './discover-names.js';
export { discoverQuotedBoards } from './discover-board-titles.js';
export { discoverVersionedPolicies } from './versioned-policies.js';
export { discoverLatinModels } from './discover-models.js';
export { discoverGenerationNames } from './discover-generation-names.js';
export { discoverQuoted } from './discover-quoted.js';
export { countryAround, countryBefore } from './company-countries.js';
export { discoverCompanies } from './discover-companies.js';
export { discoverAnonymous } from './discover-anonymous.js';
