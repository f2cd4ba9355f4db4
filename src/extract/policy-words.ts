/**
 * Policy mentions that name no programme the article is about: a programme's name quoted as a word
 * people use, and a company's own strategy ("네이버가 내세워 온 '소버린 AI' 전략").
 */
import type { Mention, RuleSet } from './types.js';

/** "'국가대표 AI'라는 말이 흔해졌다", "'소버린 AI'라는 구호": a programme's name quoted as a word people use. */
const WORD_AFTER = /^['"’”」]\s?(?:이)?라는\s(?:말|표현|용어|수식어|구호|단어|꼬리표|문구|수사|슬로건|유행어|레토릭)(?:이|은|는|을|를|도|에|과|와|의|만|까지)?[\s,.]/;

/** Drops a Policy mention that quotes a programme's name as a word ("…라는 말이 흔해졌다"): the word is talked about, not the programme. */
export function dropQuotedWords(text: string, mentions: Mention[]): void {
  if (!text.includes('라는 ')) return;
  for (let i = mentions.length - 1; i >= 0; i--) {
    const p = mentions[i]!;
    if (p.type === 'Policy' && /['"‘“「]$/.test(text.slice(Math.max(0, p.start - 1), p.start)) && WORD_AFTER.test(text.slice(p.end, p.end + 14))) mentions.splice(i, 1);
  }
}

/** "네이버가 내세워 온 '소버린 AI' 전략", "카카오의 '소버린 AI' 전략": a programme's name as a company's own strategy. */
const STRATEGY_AFTER = /^['"’”」]?\s?전략/;
const COMPANY_OWNER = /^(?:가|이|의|는|은)\s(?:[^,.\s]{1,8}\s){0,3}['"‘“「]?$/;

/** Drops a Policy mention that names a company's own strategy (the guidelines: no Policy node for it). */
export function dropCompanyStrategies(text: string, mentions: Mention[]): void {
  if (!text.includes('전략')) return;
  for (let i = mentions.length - 1; i >= 0; i--) {
    const p = mentions[i]!;
    if (p.type !== 'Policy' || !STRATEGY_AFTER.test(text.slice(p.end, p.end + 4))) continue;
    const owner = mentions.filter((m) => m.type === 'Company' && m.end <= p.start && m.via !== 'blocked').at(-1);
    if (owner && COMPANY_OWNER.test(text.slice(owner.end, p.start))) mentions.splice(i, 1);
  }
}

/** After a programme's loose name: a word of the programme itself (its kind, its teams, a round or a stage), where the name still names it. */
const PROGRAMME_WORD_AFTER = /^['"’”」]?\s?(?:프로젝트|사업|프로그램|정예|[1-9]\s?차|[1-9]\s?단계|평가|심사|선발|선정|공모|참여|참가|컨소시엄|과제|주관|수행|추가|재도전|최종|본선|예산|개발)/;
/** A noun right after the name (not a particle glued to it): the name modifies it. */
const NOUN_AFTER = /^\s[가-힣A-Za-z]/;

/**
 * "K-AI 모델 족보 따져보니", "K-AI 모델 성적표", "K-AI 모델 어워즈": a programme's name that writers also use as an ordinary
 * phrase (the lexicon's looseProgrammeName: "Korean AI models" in general) modifying the noun after it names no programme.
 */
export function dropLooseProgrammeNames(text: string, mentions: Mention[], rules: RuleSet): void {
  const loose = rules.lexicon.cues.get('looseProgrammeName');
  if (!loose?.some((f) => text.includes(f))) return;
  for (let i = mentions.length - 1; i >= 0; i--) {
    const p = mentions[i]!;
    if (p.type !== 'Policy' || p.via === 'reference' || !loose.includes(text.slice(p.start, p.end))) continue;
    const after = text.slice(p.end, p.end + 12);
    if (NOUN_AFTER.test(after) && !PROGRAMME_WORD_AFTER.test(after)) mentions.splice(i, 1);
  }
}
