/**
 * What an open-source cue and a release verb speak of. A sentence may call something else open:
 * the open base a model was tuned from ("메타의 오픈소스 LLM 라마를 미세조정한 'X'"), an ecosystem
 * or a foundation ("오픈소스 생태계 확대를 위해", "오픈소스 기반의 X"); and a verb may release
 * something about the model rather than the model ("X의 벤치마크 결과를 허깅페이스에 공개했다").
 */
import type { Mention } from '../types.js';

/**
 * "오픈소스 모델 'Y'", "오픈 웨이트 LLM Y", "Meta's open-source Y", "X가 오픈소스로 푼 'Y'": an open-source description or an
 * open release's adnominal right before a name (the 14 characters before it).
 */
export const OPEN_APPOSITION = /(?:오픈\s?(?:소스|웨이트)로\s(?:공개한|공개된|푼|풀린|풀어\s?놓은|배포한|배포된|내놓은)|(?:오픈\s?소스|오픈\s?웨이트|공개\s?가중치|(?<![가-힣A-Za-z])오픈)\s?(?:모델|LLM|sLM)(?:인)?|(?<![A-Za-z-])open[-\s](?:source|weights?))\s?$/;

/** A model said to be open without a release verb: "오픈소스로/오픈소스다", a licence, weights anyone may download. */
export const OPEN_STATE = /오픈\s?(?:소스|웨이트)(?:로|다|이다|입니다|이며|이고|\s?모델(?:이다|입니다|이며|이고|로))(?![가-힣])|오픈\s?(?:소스|웨이트)로\s|가중치[를는은도]?\s(?:[가-힣A-Za-z]+\s){0,2}(?:내려받|다운로드)|(?:MIT|아파치|Apache)\s?(?:2\.0|라이선스|License)|내려받을 수|누구나 (?:무료로 )?(?:내려받|사용|쓸)/;
/** After a model: its weights as the topic ("의 가중치는", "의 모델 가중치도"), or it as what one downloads ("를 무료로 내려받을"). */
export const WEIGHTS_OF = /^['"’”]?(?:의\s(?:모델\s)?(?:가중치|체크포인트|소스\s?코드)(?:은|는|이|가|도)\s|(?:을|를)\s(?:무료로\s)?(?:내려받|다운로드))/;

/** An open-source word that qualifies a noun other than the model ("오픈소스 생태계", "오픈소스 기반의", "오픈소스 진영"). */
const OPEN_QUALIFIER = /오픈\s?소스(?:\s?(?:AI\s)?(?:생태계|커뮤니티|진영|정책|전략|재단|문화|운동|활성화|확산|협력|기여|개발자|프로젝트|기반|라이브러리|도구|프레임워크)(?![가-힣])|\s?기반(?:의|으로|인)?\s)/g;

/** The sentence with the open-source words that speak of another model or of no model blanked out (same length). */
export function openCueText(text: string, models: Mention[], target: Mention, described: Mention[] = []): string {
  let out = text.replace(OPEN_QUALIFIER, (s) => ' '.repeat(s.length));
  // (a nameless base's own phrase, "X가 공개한 … 오픈소스 음성 언어모델을 기반으로", says it of the base)
  for (const m of described) out = out.slice(0, m.start) + ' '.repeat(m.end - m.start) + out.slice(m.end);
  for (const m of models) {
    if (m.key === target.key) continue;
    const from = Math.max(0, m.start - 14);
    const before = out.slice(from, m.start).replace(/['"‘’“”]$/, '');
    const a = OPEN_APPOSITION.exec(before);
    if (a) out = out.slice(0, from + a.index) + ' '.repeat(a[0].length) + out.slice(from + a.index + a[0].length);
  }
  return out;
}

/** "X의 벤치마크 결과를 …에 공개했다", "X의 기술 보고서를 공개": between the model and the verb, something of it that is no model (its weights are). */
const ARTIFACT_OBJECT = /^['"’”]?\s?의\s(?:[가-힣A-Za-z]+\s){0,2}?(?:[가-힣A-Za-z]*\s)?(?:결과|보고서|논문|데이터셋|점수|성적|API|데모|계획|로드맵|일정|가격|요금|사양|성능표|순위)(?:를|을|도)\s/;

/** Whether the release verb at `verbAt` releases something about model `m` rather than the model itself. */
export function releasesArtifact(text: string, m: Mention, verbAt: number): boolean {
  return m.end <= verbAt && ARTIFACT_OBJECT.test(text.slice(m.end, verbAt));
}
