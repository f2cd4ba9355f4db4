/**
 * "Aurora LM 2 (전작)", "Foo-7B (distilled)": a note in parentheses on a model's place in the story (the
 * predecessor, the one compared with, a distilled student): neither another name for the model nor its maker.
 */
import { normalizeName } from '../../graph/index.js';

/** A Hangul note word: the earlier, later, compared or house model. */
const NOTE_WORD = /^(?:전작|신작|후속작?|최신작?|차기작?|이전|직전|기존|비교|기준|구형|신형|원본|베이스|당사|당행|자사)(?:\s?(?:모델|버전))?$/;
/** A note on how the copy was made and by whom: "(비공식 양자화)", "(공식 변환본)", "(커뮤니티 양자화)". */
const COPY_NOTE = /^(?:비공식|공식|커뮤니티|개인)(?:\s?(?:양자화|변환|변환본|양자화본|배포본|버전|포트))?$/;
/** An edition word alone ("v3 (Max)": the name the version goes by for customers, an edition of it): no maker. */
const EDITION_NOTE = /^(?:Pro|Max|Mini|Lite|Plus|Ultra|Turbo|Flash|Nano|Instruct|Chat|Vision|Edge|프로|맥스|미니|라이트|플러스|울트라|터보|플래시|나노)$/;
/** A Latin note: plain lower-case words (a name has a capital or a digit). */
const LATIN_NOTE = /^[a-z]+(?:[\s-][a-z]+)*$/;

/** Whether `inner`, in parentheses after the model name `surface`, is a note on it rather than a name. */
export function isModelNote(inner: string, surface: string): boolean {
  const t = inner.trim();
  if (NOTE_WORD.test(t) || EDITION_NOTE.test(t) || COPY_NOTE.test(t)) return true;
  return LATIN_NOTE.test(t) && /[A-Z0-9]/.test(surface) && !normalizeName(surface).includes(normalizeName(t));
}
