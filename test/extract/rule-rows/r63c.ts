/** Rows for r63c's readings: a public project won together ('X와 함께 P 수주'), and a partner joined for a programme ('A는 B와 손잡고 P에 도전'). */
import type { Row } from './row.js';

export const r63cRows: Row[] = [
  // "A는 B와 함께 P을 수주했다": the subject and its partner both take part, and partner
  { rule: 'participates.won-together', sentence: '한빛테크는 가람정보통신과 같이 행정 AI 선도 실증사업을 따냈다.', expect: ['PARTICIPATES_IN 한빛테크 -> 행정 AI 선도 실증사업'] },
  { rule: 'participates.won-together', sentence: '한빛테크는 가람정보통신과 같이 행정 AI 선도 실증사업을 따냈다는 소문이 돈다.', absent: ['PARTICIPATES_IN 한빛테크 -> 행정 AI 선도 실증사업'] },
  { rule: 'participates.won-together-partner', sentence: '한빛테크는 가람정보통신과 함께 행정 AI 선도 실증사업을 수주했다.', expect: ['PARTICIPATES_IN 가람정보통신 -> 행정 AI 선도 실증사업'] },
  { rule: 'participates.won-together-partner', sentence: '한빛테크는 가람정보통신과 함께 행정 AI 선도 실증사업을 수주하지 못했다.', absent: ['PARTICIPATES_IN 가람정보통신 -> 행정 AI 선도 실증사업'] },
  { rule: 'partners.won-together', sentence: '한빛테크는 가람정보통신과 같이 행정 AI 선도 실증사업을 따냈다.', expect: ['PARTNERS_WITH 가람정보통신 -> 한빛테크'] },
  // "A는 B와 손잡고 P에 도전해 …": the partner takes part too
  { rule: 'participates.joined-with-partner', sentence: "한빛테크는 가람정보통신과 손잡고 '민원 AI 선도 실증사업'에 도전했다.", expect: ['PARTICIPATES_IN 가람정보통신 -> 민원 AI 선도 실증사업'] },
  { rule: 'participates.joined-with-partner', sentence: "한빛테크는 가람정보통신과 손잡고 '민원 AI 선도 실증사업'에 도전하지 않았다.", absent: ['PARTICIPATES_IN 가람정보통신 -> 민원 AI 선도 실증사업'] },
];
