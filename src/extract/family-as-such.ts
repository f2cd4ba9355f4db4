/**
 * A bare family word the sentence names as the line itself, whatever versions of it the article names: the family glossed
 * as an example of a kind of model ("큐웬(Qwen), … 같은 오픈소스 모델"). (Not a person's work on the line: "X 개발을 총괄하는
 * NAME", "X 개발 총괄" is read as the article's version, h160_02 and h20_05.)
 */
import type { Mention } from './types.js';

/** Right after a family word introduced with its gloss, the list it is an example in, then the kind ("큐웬(Qwen), 딥시크의 V3 같은 오픈소스 모델은", "젬마(Gemma) 등 외산 모델"): the family as such (not a bare "Qwen이나 X 같은 공개 모델", the article's version). */
const EXAMPLE_OF_KIND_AFTER = /^['’"”]?(?:\s?\([^()]{1,20}\))?(?:,\s[^.,]{1,30}){0,3}\s(?:같은|등의|등)\s(?:[가-힣]{1,6}\s)?(?:오픈\s?소스\s|오픈\s|공개\s|외산\s|해외\s)?(?:AI\s)?(?:모델|LLM|언어\s?모델)(?:은|는|이|가|을|를|의|도|들)?(?![가-힣])/;

/** A family word with its gloss in brackets, inside the mention or right after it ("큐웬(Qwen)"). */
function glossedAt(text: string, m: Mention): boolean {
  return text[m.end - 1] === ')' || /^\s?\(/.test(text.slice(m.end, m.end + 2));
}

/** Whether the family word `m` names the family as such (then no version of it stands for it). */
export function namesFamilyAsSuch(text: string, m: Mention): boolean {
  return glossedAt(text, m) && EXAMPLE_OF_KIND_AFTER.test(text.slice(m.end, m.end + 120));
}
