/**
 * A programme's other forms for joining across articles: its name without its year and closing kind words ("2026년 AI
 * 바우처 지원사업" → "AI 바우처"), and its name without a gloss in parentheses inside it ("공공 AI 전환(AX) 선도사업" →
 * "공공 AI 전환 선도사업", as another article writes it).
 */
import { resolutionForm } from './forms.js';

/** A programme's name without its year and its closing kind words: "2026년 AI 바우처 지원사업" → "AI 바우처" ("개발 지원사업": two at most; 선도 only before another, "선도 실증사업",
 * so a "선도사업" and a "실증사업" of one stem stay two programmes). */
const PROGRAMME_YEAR = /^20\d\d년?\s?/;
const PROGRAMME_KIND = /\s?(?:선도\s?(?=(?:구축|조성|개발|지원|육성|실증)))?(?:(?:구축|조성|개발|지원|육성|실증)\s?){0,2}(?:사업|프로젝트|프로그램)$/;

/** A stem of generic words only ("AI 모델" of "AI 모델 실증 지원사업" and of "AI 모델 프로젝트"): it names no one programme. */
const GENERIC_STEM = /^(?:(?:AI|인공지능|생성형|모델|언어\s?모델|LLM|데이터|디지털)\s?)+$/i;

function programmeStem(form: string): string | undefined {
  const bare = form.replace(PROGRAMME_YEAR, '').replace(PROGRAMME_KIND, '');
  const stem = resolutionForm(bare);
  return stem.length >= 4 && stem !== resolutionForm(form) && !GENERIC_STEM.test(bare.trim()) ? stem : undefined;
}

/** A gloss in parentheses right after a word of a programme's name: "(AX)" of "AI 전환(AX)", "(TIPS)" of "팁스(TIPS)". */
const GLOSS = /(?<=\S)\s?\([^()]{1,20}\)/g;

/** A programme's name with its glosses left out ("공공 AI 전환(AX) 선도사업" → "공공 AI 전환 선도사업"); undefined without one. */
export function withoutGlosses(name: string): string | undefined {
  const out = name.replace(GLOSS, '').replace(/\s{2,}/g, ' ').trim();
  return out !== name && out.length >= 2 ? out : undefined;
}

/** The normalised forms a programme joins others by besides its names: its names without glosses, and the stems of both. */
export function programmeForms(names: string[]): string[] {
  const forms: string[] = [];
  for (const name of names) {
    const bare = withoutGlosses(name);
    if (bare) forms.push(resolutionForm(bare));
    for (const f of bare ? [name, bare] : [name]) {
      const stem = programmeStem(f);
      if (stem) forms.push(stem);
    }
  }
  return forms;
}
