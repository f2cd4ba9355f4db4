/**
 * The shorter names a programme's full name gives it in the rest of its article: its last two words ("스마트항만 실증사업"),
 * its name without the work it funds ("X 팜 사업" of "X 팜 구축 사업"), its stages ("스마트 물류밸리 2단계") and its field
 * quoted alone in a headline.
 */
import type { KnownName } from './engine/known-names.js';
import type { Sentence } from '../parse/types.js';
import type { Mention } from './types.js';
import { REGIONS } from './engine/compile.js';

/** A programme's last two words, a field of three syllables or more and the kind of programme ("스마트항만 실증사업"). */
const POLICY_TAIL = /^(?:\S+\s){2,}([가-힣A-Za-z]{3,}\s[가-힣]{2,}(?:사업|프로젝트|프로그램))$/;

/** A programme named with the work it funds before its kind ("X 팜 구축 사업"): its field and the kind alone ("X 팜 사업"), in two words or more. */
const WORKLESS_PROGRAMME = /^((?:[가-힣A-Za-z0-9-]+\s)+[가-힣A-Za-z0-9-]+)\s(?:구축|조성|육성|개발)\s?(사업|프로젝트)$/;

/** A programme's field before its kind, in two words or more ("AI 실증밸리" of "AI 실증밸리 조성사업"). */
const POLICY_STEM = /^((?:[가-힣A-Za-z0-9]+\s)+[가-힣A-Za-z]{3,})\s(?:조성|육성|지원|구축|실증)?사업$/;

/** A public zone's building programme ("X 특화 단지 조성사업"): the zone's name alone, in two words or more ("X 특화 단지"). */
const ZONE_PROGRAMME = /^((?:[가-힣A-Za-z0-9·-]+\s)+[가-힣A-Za-z0-9·-]*(?:단지|특구|클러스터|밸리))\s(?:조성|구축|육성)\s?사업$/;

/** A programme named with its city or province first ("청주시 AI 창업 클라우드 바우처 사업", "충남 AI 데이터 바우처 지원사업"): the rest, in two words or more. */
const REGION_LED = new RegExp(`^(?:${REGIONS}|[가-힣]{2,4}(?:특별자치도|특별자치시|광역시|특례시|특별시|시|도|군))\\s((?:[가-힣A-Za-z0-9·-]+\\s)+[가-힣A-Za-z0-9·-]+)$`);
/** The kind after a programme's field ("… 바우처 사업", "… 바우처 지원사업"), which the field alone names too. */
const KIND_TAIL = /\s(?:지원\s?)?사업$/;

/** A city's or county's bare name where the article also names it with its kind ("가온시", "가온시장", "가온군청"): the name before the kind. */
const CITY_NAMED = /(?<![가-힣])([가-힣]{2,4})(?:시|군)(?=장|청|민|의|는|은|가|에|와|과|\s)/g;
/** A programme's kind at its end ("시범사업", "지원사업", "사업"), which its field alone names too. */
const PILOT_KIND_TAIL = /\s(?:(?:시범|지원|실증|선도)\s?)?사업$/;

/** The bare names of the cities and counties the sentences name with their kind. */
export function citiesNamed(sentences: readonly Sentence[]): Set<string> {
  const out = new Set<string>();
  for (const s of sentences) if (s.text.includes('시') || s.text.includes('군')) for (const c of s.text.matchAll(CITY_NAMED)) out.add(c[1]!);
  return out;
}

/** Adds to `out` the shorter names of a programme the mention names in full (nothing for another mention or a reference). */
export function addProgrammeAliases(out: Map<string, KnownName>, m: Mention, cities: ReadonlySet<string> = new Set()): void {
  if (m.type !== 'Policy' || m.via === 'reference') return;
  const add = (name: string): void => {
    if (!out.has(name)) out.set(name, { name, type: 'Policy', key: m.key, aliasOf: m.surface });
  };
  // "부산 AI 스마트항만 실증사업" … "스마트항만 실증사업에 참여한다": a programme named in three words or more is its last two alone later
  const tail = POLICY_TAIL.exec(m.surface)?.[1];
  if (tail) add(tail);
  // "X 팜 구축 사업" … "X 팜 사업은": a programme named without the work it funds is the same programme
  const workless = WORKLESS_PROGRAMME.exec(m.surface);
  if (workless) add(`${workless[1]} ${workless[2]}`);
  // "스마트 물류밸리 육성사업" … "스마트 물류밸리 2단계": a programme's stage is the programme, named by its field and the stage
  // "X 특화 단지 조성사업" … "X 특화 단지 2기 입주기업": the zone the programme builds names it
  const zone = ZONE_PROGRAMME.exec(m.surface)?.[1];
  if (zone) add(zone);
  const stem = POLICY_STEM.exec(m.surface)?.[1];
  if (stem) for (const n of [1, 2, 3, 4]) add(`${stem} ${n}단계`);
  // "'청주시 AI 창업 클라우드 바우처 사업'" … "'AI 창업 클라우드 바우처' 성과": the city's programme without the city (and without its kind)
  const led = REGION_LED.exec(m.surface)?.[1];
  // (a quoted headline form read first as a programme of its own is this one: "'AI 창업 클라우드 바우처' 성과" over the story)
  const own = (name: string): boolean => out.get(name)?.type === 'Policy' && out.get(name)!.key !== m.key && out.get(name)!.aliasOf === undefined;
  // "다솜 AI 상담창구 시범사업" … "AI 상담창구를": a programme named after a city the article names ("다솜시") is the rest without the city too
  const city = m.surface.split(' ')[0]!;
  const rest = cities.has(city) && PILOT_KIND_TAIL.test(m.surface) ? m.surface.slice(city.length + 1) : undefined;
  // (not a field and the word AI alone, "제조 AI": a kind of work, no programme's name)
  if (rest) for (const name of [rest, rest.replace(PILOT_KIND_TAIL, '')]) if (name.split(' ').length >= 2 && !/\sAI$/.test(name) && !own(name)) add(name);
  if (led && KIND_TAIL.test(led))
    for (const name of [led, led.replace(KIND_TAIL, ''), m.surface.replace(KIND_TAIL, '')]) {
      if (name.split(' ').length < 3) continue;
      if (own(name)) out.delete(name);
      add(name);
    }
}

/** A programme's field before its kind ("산업 특화 AI 모델" of "산업 특화 AI 모델 개발 지원사업"), in two words or more. */
const PROGRAMME_FIELD = /^((?:[가-힣A-Za-z0-9]+\s)+?[가-힣A-Za-z0-9]+)\s(?:개발\s)?(?:지원\s?)?(?:조성|육성|구축|실증)?(?:사업|프로젝트|프로그램)$/;
const QUOTE_PAIRS = [["'", "'"], ['‘', '’'], ['"', '"'], ['“', '”']];

/** "'산업 특화 AI 모델' 1단계 4개 팀 선정" over a body naming "산업 특화 AI 모델 개발 지원사업": a headline quotes a programme by its field. */
export function quotedProgrammeFields(all: Mention[][], sentences: Sentence[]): KnownName[] {
  const titles = sentences.filter((s) => s.block === 'title').map((s) => s.text);
  const out: KnownName[] = [];
  for (const ms of all)
    for (const m of ms) {
      const field = m.type === 'Policy' && m.via !== 'reference' ? PROGRAMME_FIELD.exec(m.surface)?.[1] : undefined;
      if (field && titles.some((t) => QUOTE_PAIRS.some(([a, b]) => t.includes(`${a}${field}${b}`)))) out.push({ name: field, type: 'Policy', key: m.key, aliasOf: m.surface, quotedOnly: true });
    }
  return out;
}
