/**
 * Tenants of a public zone's programme ("X 특화 단지 조성사업", the zone named alone as its alias): the companies the
 * article calls the zone's tenants take part in it — "B도 2기 입주기업으로 함께합니다", "1기 입주기업인 C는 …", "D도 오늘
 * 입주 협약을 맺습니다", "E는 단지에 입주했다", and a company presented on its own line after the tenants are introduced
 * ("2기 입주기업은 모두 열두 곳입니다. 그 가운데 몇 곳을 소개합니다. 먼저 F입니다."). A tenant that put off or gave up its
 * entry, or only plans it, does not take part; nor does a supplier serving the tenants.
 */
import { addRelation, evidenceOf, type Acc } from './article-acc.js';
import type { ParagraphSentence } from './consortium-paragraph.js';

/** A zone programme's name: the zone word, with or without the work that builds it. */
const ZONE_NAME = /(?:단지|특구|클러스터|밸리)(?:\s(?:조성|구축|육성)\s?사업)?$/;
/** After a company: its particle, then up to three words, then its entry as a tenant. */
const TENANT_AFTER = /^(?:은|는|이|가|도)\s(?:[^\s.,]{1,10}\s){0,3}?(?:(?:[1-9]기\s)?입주\s?(?:기업|사)(?:으로|로)\s(?:함께|합류|선정|참여|들어)|입주\s?협약(?:을|를)?\s(?:맺|체결)|(?:단지|특구|클러스터|밸리)에\s(?:새로\s|최종\s)?입주(?:했|한다|합니다|하였))/;
/** Before a company: the tenant word it is apposed to ("1기 입주기업인 C는"). */
const TENANT_BEFORE = /(?:[1-9]기\s)?입주\s?(?:기업|사)(?:인|으로는|로는)\s(?:㈜|\(주\))?$/;
/** A company presented alone on its line ("먼저 F입니다.", "다음은 G입니다."). */
const PRESENTING = /^(?:먼저|우선|다음은|이어서|끝으로|마지막으로)\s/;
const PRESENTED_BEFORE = new RegExp(`${PRESENTING.source}(?:㈜|\\(주\\))?$`);
const PRESENTED_AFTER = /^(?:입니다|이다|다)[.!]?\s*$/;
/** The tenants introduced in the sentences before ("2기 입주기업은 모두 열두 곳입니다"). */
const TENANTS_INTRODUCED = /입주\s?기업/;
/** An entry put off, given up, denied or only planned. */
const NOT_ENTERED = /않|못|미루|미뤘|연기|포기|철회|검토|예정|계획|희망|여부/;

/** The one zone programme the article names (none where it names two or none). */
function zoneProgramme(acc: Acc): string | undefined {
  const zones = [...acc.entities.values()].filter((e) => e.type === 'Policy' && Object.keys(e.names).some((n) => ZONE_NAME.test(n)));
  return zones.length === 1 ? zones[0]!.key : undefined;
}

export function addZoneTenants(acc: Acc, articleId: string, sentences: ParagraphSentence[]): void {
  const zone = zoneProgramme(acc);
  if (!zone) return;
  for (const [i, s] of sentences.entries()) {
    if (!s.text.includes('입주') && !PRESENTING.test(s.text)) continue;
    for (const m of s.mentions) {
      if (m.type !== 'Company' || m.via === 'blocked' || m.via === 'reference' || !acc.entities.has(m.key)) continue;
      const tenant = TENANT_AFTER.exec(s.text.slice(m.end, m.end + 60));
      const apposed = TENANT_BEFORE.test(s.text.slice(Math.max(0, m.start - 16), m.start));
      const presented = PRESENTED_BEFORE.test(s.text.slice(0, m.start)) && PRESENTED_AFTER.test(s.text.slice(m.end)) && sentences.slice(Math.max(0, i - 3), i).some((b) => TENANTS_INTRODUCED.test(b.text));
      if (!tenant && !apposed && !presented) continue;
      if (tenant && NOT_ENTERED.test(s.text.slice(m.end, m.end + tenant[0].length + 12))) continue;
      addRelation(acc, { relation: 'PARTICIPATES_IN', source: m.key, target: zone, properties: {} }, evidenceOf(articleId, s, 'participates.zone-tenant', 0.65));
    }
  }
}

/**
 * "단지 조성을 실무에서 이끌어 오신 X사업단 NAME 단장님", "특구 조성을 총괄해 온 NAME 국장": the official who led the zone's
 * building (the bare zone word of the zone programme's name, or the programme named) leads the programme.
 */
const LED_ZONE_BEFORE = /(?:단지|특구|클러스터|밸리|\uE000)\s?(?:조성|구축|육성|지정)?(?:\s?사업)?(?:을|를)\s(?:[가-힣]{1,6}에서\s|직접\s|앞장서\s|그동안\s|오랫동안\s){0,2}(?:이끌어\s?오신|이끌어\s?온|이끌어\s?주신|이끄신|이끈|이끌고\s계신|총괄해\s?오신|총괄해\s?온|총괄하신|총괄한|진두지휘해\s?오신|진두지휘한|맡아\s?오신|맡아\s?온|주도해\s?오신|주도해\s?온|주도한)\s(?:[가-힣A-Za-z]{2,20}\s)?$/;
/** After the official's name: an official's or an agency head's title (with the honorific). */
const HEAD_AFTER = /^\s?[가-힣A-Za-z]{0,10}(?:단장|원장|본부장|센터장|국장|실장|과장|청장|시장|지사|장관|차관)(?:님)?(?:은|는|이|가|께|께서|에게|의|,|\s)/;

export function addZoneLeaders(acc: Acc, articleId: string, sentences: ParagraphSentence[]): void {
  const zone = zoneProgramme(acc);
  if (!zone) return;
  const zoneWord = /(단지|특구|클러스터|밸리)/.exec(Object.keys(acc.entities.get(zone)!.names).join(' '))?.[1];
  for (const s of sentences) {
    if (!/조성|구축|육성|지정|사업/.test(s.text)) continue;
    for (const p of s.mentions) {
      if (p.type !== 'Person' || p.via === 'reference' || !acc.entities.has(p.key)) continue;
      // (the programme named there stands as the zone word does: a placeholder in its place)
      let before = s.text.slice(Math.max(0, p.start - 80), p.start);
      for (const z of s.mentions) if (z.key === zone && z.end <= p.start && z.end > p.start - 80) before = s.text.slice(Math.max(0, p.start - 80), z.start).concat('\uE000', s.text.slice(z.end, p.start));
      const led = LED_ZONE_BEFORE.exec(before);
      if (!led || !(led[0].startsWith('\uE000') || (zoneWord && led[0].startsWith(zoneWord))) || !HEAD_AFTER.test(s.text.slice(p.end, p.end + 16))) continue;
      addRelation(acc, { relation: 'PROMOTES', source: p.key, target: zone, properties: {} }, evidenceOf(articleId, s, 'promotes.zone-leader', 0.6));
    }
  }
}
