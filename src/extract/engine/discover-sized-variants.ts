/**
 * "80억 파라미터의 누리 라이트와 700억 파라미터의 누리 프로는": an unquoted name of a line word and a variant word, right after a
 * model's size in parameters, is a model (the size says so; the variant word keeps generic phrases, "경량 모델", out).
 */
import type { Mention } from '../types.js';
import { discoveredMention, isTaken, type DiscoveryLexicon } from './discover-common.js';
import { normalizeName } from '../../graph/index.js';

/** A size in parameters and 의, then a line word and a variant word, then a particle. */
const SIZED_VARIANT =
  /(?:\d[\d,.]*\s?(?:억|조)|\d+(?:\.\d+)?[BM])\s?(?:개의?\s?)?(?:매개변수|파라미터)\s?(?:규모|급)?의\s((?:[가-힣]{2,6}|[A-Z][A-Za-z]{1,12})\s(?:프로|맥스|미니|라이트|터보|플러스|플래시|나노|울트라|에어|Pro|Max|Mini|Lite|Turbo|Plus|Flash|Nano|Ultra|Air))(?=(?:와|과|는|은|이|가|를|을|의|도|로|으로)[\s,]|[\s,.])/g;
/** Words that describe a kind of model rather than name a line ("경량 미니"). */
const DESCRIBING_HEAD = /^(?:경량|소형|중형|대형|초대형|초거대|자체|오픈소스|기존|신규|최신|범용|전용|한국어|상용|무료|유료|기본)$/;

/** The models named by a line word and a variant word right after a size in parameters. */
export function discoverSizedVariants(text: string, ms: Mention[], lx: DiscoveryLexicon): Mention[] {
  if (!/파라미터|매개변수/.test(text)) return [];
  const out: Mention[] = [];
  SIZED_VARIANT.lastIndex = 0;
  for (let m = SIZED_VARIANT.exec(text); m; m = SIZED_VARIANT.exec(text)) {
    const name = m[1]!;
    const start = m.index + m[0].length - name.length;
    const end = start + name.length;
    if (DESCRIBING_HEAD.test(name.split(' ')[0]!) || lx.generic.has(normalizeName(name)) || isTaken(ms, out, start, end)) continue;
    out.push(discoveredMention('Model', name, start, end));
  }
  return out;
}
