/**
 * A bare family word the sentence names as the line itself, whatever versions of it the article names: the work on the
 * line ("엑사원 개발을 맡아 온 NAME") and the family glossed as an example of a kind of model ("큐웬(Qwen), … 같은 오픈소스 모델").
 */
import type { Mention } from './types.js';

/** Right after a family word, a person's or a unit's work on the line ("엑사원 개발을 맡아 온 NAME", "카나나 개발을 이끈", "믿:음 개발 조직"): the family, not one version. */
const LINE_WORK_AFTER = /^['’"”]?\s개발(?:을|를|에)?\s(?:맡|이끌|이끈|이끄|총괄|주도|진두지휘|담당(?:해|하|한|했))|^['’"”]?\s개발\s?(?:조직|팀|부문|총괄|리더|책임자)(?![가-힣])/;

/** Right after a family word introduced with its gloss, the list it is an example in, then the kind ("큐웬(Qwen), 딥시크의 V3 같은 오픈소스 모델은", "젬마(Gemma) 등 외산 모델"): the family as such (not a bare "Qwen이나 X 같은 공개 모델", the article's version). */
const EXAMPLE_OF_KIND_AFTER = /^['’"”]?(?:\s?\([^()]{1,20}\))?(?:,\s[^.,]{1,30}){0,3}\s(?:같은|등의|등)\s(?:[가-힣]{1,6}\s)?(?:오픈\s?소스\s|오픈\s|공개\s|외산\s|해외\s)?(?:AI\s)?(?:모델|LLM|언어\s?모델)(?:은|는|이|가|을|를|의|도|들)?(?![가-힣])/;

/** A family word with its gloss in brackets, inside the mention or right after it ("큐웬(Qwen)"). */
function glossedAt(text: string, m: Mention): boolean {
  return text[m.end - 1] === ')' || /^\s?\(/.test(text.slice(m.end, m.end + 2));
}

/** Whether the family word `m` names the family as such (then no version of it stands for it). */
export function namesFamilyAsSuch(text: string, m: Mention): boolean {
  return LINE_WORK_AFTER.test(text.slice(m.end, m.end + 16)) || (glossedAt(text, m) && EXAMPLE_OF_KIND_AFTER.test(text.slice(m.end, m.end + 120)));
}
