/** One synthetic article: a story over the world, its gold graph, and what a page shows around it. */
import { digest } from '../../graph/index.js';
import { Composer } from './composer.js';
import type { GoldGraph } from './gold.js';
import { josa } from './korean.js';
import { KOREAN_GIVEN, KOREAN_SURNAMES, OUTLET_DOMAINS, OUTLETS } from './lexicon.js';
import { FILLERS, scoreOf } from './phrases.js';
import { Prng } from './prng.js';
import {
  writeDistractor, writeOrigin, writeParticipation, writePartnership, writePromotion, writeQuote, writeRelease,
  writeScores, writeSize, writeSuccession, writeUndecided,
} from './stories.js';
import { lineageOf, type Model, type World } from './world.js';

export type Layout = 'daum' | 'naver' | 'generic' | 'text';
export const LAYOUTS: readonly Layout[] = ['daum', 'naver', 'generic', 'text'];

export interface ArticleContent {
  /** File name without extension, e.g. "000042_3f9a1c2b7d10aa01". */
  name: string;
  layout: Layout;
  date: string;
  time: string;
  title: string;
  summary: string[];
  /** Paragraphs of sentences; a subheading may sit before a paragraph. */
  paragraphs: string[][];
  subheads: Map<number, string>;
  caption: string;
  outlet: string;
  domain: string;
  reporter: string;
  email: string;
  related: string[];
}

export interface GeneratedArticle {
  content: ArticleContent;
  gold: GoldGraph;
}

const DAY_MS = 86_400_000;
const addDays = (iso: string, days: number): string => new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
const SUBHEADS = ['성능은 어떤가', "'투 트랙' 전략 본격화", '정부 사업 향방은', '경쟁 구도 변화', '오픈소스 생태계 확대', '남은 과제'];
const STORY_KINDS = [['release', 45], ['lineage', 15], ['leaderboard', 15], ['policy', 15], ['partnership', 10]] as const;

/** Writes article `index` of the corpus for `seed` (independent of the other articles). */
export function composeArticle(world: World, seed: number, index: number, layout?: Layout): GeneratedArticle {
  const rng = new Prng(`${seed}/article/${index}`);
  const chosenLayout = layout ?? rng.pick(LAYOUTS);
  const kind = rng.weighted(STORY_KINDS);
  const plan = planStory(world, rng, kind);
  const cx = new Composer(world, rng, plan.date);
  const title = plan.write(cx);
  // background colour, as real articles carry (no facts)
  const colour = rng.sample(FILLERS, 9);
  for (let k = rng.int(1, 3); k > 0; k--) cx.para(...colour.splice(0, rng.int(2, 3)));

  const name = `${String(index).padStart(6, '0')}_${digest(String(seed), String(index))}`;
  const ext = chosenLayout === 'text' ? 'txt' : 'html';
  const oi = rng.int(0, OUTLETS.length - 1);
  const subheads = new Map<number, string>();
  if (cx.paragraphs.length > 3 && rng.chance(0.6)) subheads.set(rng.int(2, cx.paragraphs.length - 1), rng.pick(SUBHEADS));
  const related = Array.from({ length: rng.int(3, 5) }, () => relatedHeadline(world, rng));
  const content: ArticleContent = {
    name,
    layout: chosenLayout,
    date: plan.date,
    time: `${String(rng.int(6, 22)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`,
    title,
    summary: rng.chance(0.6) ? rng.sample(SUMMARY_LINES, rng.int(2, 3)) : [],
    paragraphs: cx.paragraphs,
    subheads,
    caption: cx.paragraphs[0]?.[0] ?? '',
    outlet: OUTLETS[oi] as string,
    domain: OUTLET_DOMAINS[oi] as string,
    reporter: rng.pick(KOREAN_SURNAMES) + rng.pick(KOREAN_GIVEN),
    email: `reporter${rng.int(1, 999)}@${OUTLET_DOMAINS[oi]}`,
    related,
  };
  return { content, gold: cx.gold(`${name}.${ext}`) };
}

const SUMMARY_LINES = ['자체 개발 LLM 공개', '모바일 기기서 최적 품질', '전 과정 직접 학습', '정부 사업 참여 의사', "'투 트랙' 전략 세워 시장 공략", '성능 평가서 상위권', '오픈소스 생태계 확대'];

function relatedHeadline(world: World, rng: Prng): string {
  const c = rng.pick(world.companies);
  return rng.pick([
    `${c.ko}, 3분기 영업이익 ${rng.int(2, 40)}% 증가`,
    '코스피, 외국인 매수에 상승 마감',
    '[날씨] 전국 대체로 맑고 일교차 커',
    `${c.ko} 신임 대표에 내부 인사 선임`,
    '아이돌 그룹 컴백 무대 화제',
    '[초동시각] AI 인프라 구축이 먼저다',
  ]);
}

interface StoryPlan {
  date: string;
  write: (cx: Composer) => string;
}

function pickReleased(world: World, rng: Prng, pred: (m: Model) => boolean = () => true): Model {
  const pool = world.models.filter(pred);
  return rng.pick(pool.length > 0 ? pool : world.models);
}

function planStory(world: World, rng: Prng, kind: (typeof STORY_KINDS)[number][0]): StoryPlan {
  if (kind === 'lineage') {
    const m = pickReleased(world, rng, (x) => x.tier >= 2);
    return { date: addDays(m.releasedOn, rng.int(3, 120)), write: (cx) => writeLineage(cx, m) };
  }
  if (kind === 'leaderboard') {
    const b = rng.pick(world.benchmarks);
    const models = rng.sample(world.models, rng.int(3, 5));
    const last = models.map((m) => m.releasedOn).sort().at(-1) as string;
    return { date: addDays(last, rng.int(1, 90)), write: (cx) => writeLeaderboard(cx, b, models) };
  }
  if (kind === 'policy') {
    const p = rng.pick(world.policies);
    const companies = rng.sample(world.companies.filter((c) => c.country === 'KR'), rng.int(3, 5));
    const date = addDays('2024-03-01', rng.int(0, 900));
    return { date, write: (cx) => writePolicyStory(cx, p, companies.map((c) => c.key)) };
  }
  if (kind === 'partnership') {
    const [a, b] = rng.sample(world.companies, 2) as [World['companies'][0], World['companies'][0]];
    const date = addDays('2024-03-01', rng.int(0, 900));
    return { date, write: (cx) => writePartnershipStory(cx, a.key, b.key) };
  }
  const m = pickReleased(world, rng);
  return { date: addDays(m.releasedOn, rng.int(0, 9)), write: (cx) => writeReleaseStory(cx, m) };
}

function writeReleaseStory(cx: Composer, m: Model): string {
  const { rng, world } = cx;
  const c = cx.company(m.developer);
  cx.para(writeRelease(cx, m), rng.chance(0.3) && rng.pick(FILLERS));
  cx.para(rng.chance(0.7) && writeSize(cx, m), ...writeOrigin(cx, m), rng.chance(0.6) && writeSuccession(cx, m));
  const benches = rng.sample(world.benchmarks, rng.int(1, 2));
  const rival = rng.chance(0.7) ? pickReleased(world, rng, (x) => x.developer !== m.developer && x.releasedOn <= cx.date) : undefined;
  cx.para(...writeScores(cx, m, benches, rival));
  cx.para(rng.chance(0.7) && writeQuote(cx, c.key), rng.chance(0.5) && writeDistractor(cx, c.key));
  if (rng.chance(0.35)) {
    const p = rng.pick(world.policies);
    const other = rng.pick(world.companies.filter((x) => x.key !== c.key));
    cx.para(writeParticipation(cx, c.key, p), rng.chance(0.5) && writeUndecided(cx, other.key, p));
  } else if (rng.chance(0.2)) {
    const other = rng.pick(world.companies.filter((x) => x.key !== c.key));
    cx.para(writePartnership(cx, c.key, other.key));
  }
  const name = rng.chance(0.5) ? m.ko : m.en;
  return rng.pick([
    `${c.ko}, ${m.openSource ? '오픈소스 ' : ''}LLM '${name}' 공개`,
    `${c.ko}, 새 AI 모델 '${name}' 내놨다`,
    `[AI 경쟁] ${c.ko} '${name}' 출시…"성능 자신"`,
  ]);
}

function writeLineage(cx: Composer, m: Model): string {
  const { rng, world } = cx;
  const chain = [m, ...lineageOf(world, m)].slice(0, rng.int(3, 6));
  cx.para(
    'AI 모델의 계보를 따라가면 국경을 넘나드는 경우가 적지 않다.',
    `${josa(cx.co(m.developer), '가')} 개발한 ${josa(cx.mo(m.key), '는')} 대표적인 사례다.`,
  );
  cx.fact('DEVELOPED', m.developer, m.key);
  for (let i = 0; i < chain.length - 1; i += 2) {
    cx.para(...writeOrigin(cx, chain[i] as Model), chain[i + 1] && (chain[i + 1] as Model).basedOn ? writeOrigin(cx, chain[i + 1] as Model)[0] : undefined);
  }
  const root = chain.at(-1) as Model;
  if (root.fromScratch && rng.chance(0.7)) cx.para(...writeOrigin(cx, root, false));
  if (rng.chance(0.4)) {
    const other = rng.pick(world.models);
    if (other.key !== m.key && other.key !== m.basedOn) {
      cx.optionalFact('BASED_ON', m.key, other.key);
      cx.para(`업계 일각에서는 ${josa(cx.mo(m.key), '가')} ${cx.mo(other.key)} 기반일 가능성도 거론되지만 확인되지 않았다.`);
    }
  }
  cx.para(rng.chance(0.6) && writeQuote(cx, m.developer), rng.pick(FILLERS));
  return `'${rng.chance(0.5) ? m.ko : m.en}' 뿌리 따라가 보니…${chain.length - 1}단계 거친 '국경 없는' 족보`;
}

function writeLeaderboard(cx: Composer, b: World['benchmarks'][0], models: Model[]): string {
  const { rng } = cx;
  const ranked = models.map((m) => ({ m, s: scoreOf(m, b) })).sort((x, y) => y.s - x.s);
  const top = ranked[0] as { m: Model; s: number };
  for (const r of ranked) cx.fact('SCORED', r.m.key, b.key, { score: r.s });
  const fmt = (s: number): string => (b.scale === 1 ? String(s) : String(s));
  cx.para(
    `${cx.bench(b)} 리더보드에서 ${josa(cx.mo(top.m.key), '가')} ${fmt(top.s)}점으로 1위에 올랐다.`,
    rng.chance(0.5)
      ? `이어 ${ranked.slice(1).map((r) => `${cx.mo(r.m.key)}(${fmt(r.s)}점)`).join(', ')} 순이었다.`
      : `나머지 모델의 점수는 ${ranked.slice(1).map((r) => `${cx.mo(r.m.key)}: ${fmt(r.s)}점`).join(', ')}이다.`,
  );
  const devSentences = ranked.slice(0, 2).map((r) => {
    cx.fact('DEVELOPED', r.m.developer, r.m.key);
    return `${josa(cx.mo(r.m.key), '는')} ${josa(cx.co(r.m.developer), '가')} 개발한 모델이다.`;
  });
  cx.para(...devSentences, rng.chance(0.5) && rng.pick(FILLERS));
  cx.para(rng.chance(0.6) && writeQuote(cx, top.m.developer), rng.chance(0.4) && writeDistractor(cx, top.m.developer));
  return `${b.name} 리더보드 1위에 '${rng.chance(0.5) ? top.m.ko : top.m.en}'`;
}

function writePolicyStory(cx: Composer, p: World['policies'][0], companies: string[]): string {
  const { rng } = cx;
  const [first, second, ...rest] = companies;
  const undecided = rest.pop();
  cx.para(
    `${josa(p.ministry, '는')} ${cx.when(cx.date)} ${cx.policy(p, true)} 참여 기업을 발표했다.`,
    first && writeParticipation(cx, first, p, rng.chance(0.4) ? second : undefined),
    ...rest.map((c) => writeParticipation(cx, c, p)),
  );
  cx.para(writePromotion(cx, p), rng.pick(FILLERS));
  const lead = cx.company(first as string);
  const own = lead.models.length > 0 ? cx.model(rng.pick(lead.models)) : undefined;
  if (own) {
    cx.fact('DEVELOPED', lead.key, own.key);
    cx.para(`${josa(cx.co(lead.key), '는')} 자체 개발한 ${josa(cx.mo(own.key), '를')} 앞세워 사업에 나선다.`, rng.chance(0.5) && writeQuote(cx, lead.key));
  }
  if (undecided) cx.para(writeUndecided(cx, undecided, p));
  return `${p.ministry}, '${p.name}' 참여 기업 발표`;
}

function writePartnershipStory(cx: Composer, a: string, b: string): string {
  const { rng } = cx;
  cx.para(writePartnership(cx, a, b), rng.pick(FILLERS));
  const ca = cx.company(a);
  const own = ca.models.length > 0 ? cx.model(rng.pick(ca.models)) : undefined;
  if (own) {
    cx.fact('DEVELOPED', a, own.key);
    cx.para(`두 회사는 ${cx.co(a)}의 ${josa(cx.mo(own.key), '를')} 고도화하는 데 협력한다.`, rng.chance(0.5) && writeSize(cx, own));
  }
  cx.para(rng.chance(0.7) && writeQuote(cx, a), rng.chance(0.5) && writeQuote(cx, b), rng.chance(0.4) && writeDistractor(cx, b));
  return `${cx.company(a).ko}·${cx.company(b).ko}, AI 동맹 맺었다`;
}
