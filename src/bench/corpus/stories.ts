/**
 * Story templates: each writes a few paragraphs about part of the world through the Composer,
 * which records the gold facts the sentences assert (and only those).
 */
import type { Composer } from './composer.js';
import { josa } from './korean.js';
import { FILLERS, PRODUCT_WORDS, QUOTES_SAID, SAID_VERBS, scoreOf, writeParameters, writeScore } from './phrases.js';
import type { Benchmark, Model, Policy } from './world.js';

/** A model is "released" in the text: DEVELOPED, and the date, open-source flag when stated. */
export function writeRelease(cx: Composer, m: Model): string {
  const { rng } = cx;
  const c = m.developer;
  const open = m.openSource && rng.chance(0.8);
  if (open) cx.attr(m.key, 'openSource', true);
  cx.attr(m.key, 'releasedOn', m.releasedOn);
  cx.fact('DEVELOPED', c, m.key);
  const when = cx.when(m.releasedOn);
  const openWords = open ? rng.pick(['오픈소스로 ', '오픈소스로 ', '가중치까지 공개하는 오픈 웨이트 방식으로 ']) : '';
  switch (rng.int(0, 3)) {
    case 0:
      return `${josa(cx.co(c), '가')} ${when} 자체 개발한 대규모언어모델(LLM) ${josa(cx.mo(m.key), '을')} ${openWords}공개했다.`;
    case 1:
      return `${josa(cx.co(c), '는')} ${when} 새 AI 모델 ${josa(cx.mo(m.key), '을')} ${openWords}출시했다고 밝혔다.`;
    case 2:
      return `${josa(cx.co(c), '가')} 새로 개발한 LLM ${josa(cx.mo(m.key), '을')} ${when} ${openWords}선보였다.`;
    default:
      return `${josa(cx.co(c), '는')} ${when} ${josa(cx.mo(m.key), '을')} ${openWords}공개하며 AI 모델 경쟁에 뛰어들었다.`;
  }
}

export function writeSize(cx: Composer, m: Model): string {
  cx.attr(m.key, 'parameters', m.parameters);
  const p = writeParameters(cx.rng, m.parameters);
  const name = cx.mo(m.key);
  return cx.rng.pick([
    `${josa(name, '는')} ${p}를 갖춘 모델이다.`,
    `${josa(name, '는')} ${p} 규모로 설계됐다.`,
    `${name}의 모델 크기는 ${p} 수준이다.`,
  ]);
}

/** How the model came about: from scratch (maybe with a negated BASED_ON), or built on its base. */
export function writeOrigin(cx: Composer, m: Model, denial = true): string[] {
  const { rng, world } = cx;
  if (m.fromScratch) {
    cx.attr(m.key, 'fromScratch', true);
    const name = cx.mo(m.key);
    const out = [
      rng.pick([
        `${josa(name, '는')} 데이터 수집부터 학습까지 전 과정을 직접 수행한 '프롬 스크래치' 방식으로 개발됐다.`,
        `${josa(name, '는')} 외산 모델을 기반으로 한 튜닝이 아닌 프롬 스크래치 방식으로 만들어졌다.`,
        `${josa(name, '는')} 맨 첫 단계부터 직접 설계하고 학습한 프롬 스크래치 모델이다.`,
      ]),
    ];
    const other = denial && rng.chance(0.3) ? rng.pick(world.models.filter((x) => x.developer !== m.developer)) : undefined;
    if (other) {
      // a named base that the text denies: the model is a Model node, the edge is not there
      cx.fact('DEVELOPED', other.developer, other.key);
      const ref = `${cx.co(other.developer)}의 ${josa(cx.mo(other.key), '을')}`;
      if (rng.chance(0.5)) {
        out.push(`회사 측은 ${josa(name, '가')} ${ref} 기반으로 한 튜닝이 아니라고 선을 그었다.`);
      } else {
        // a reported denial: the annotator may record a disputed BASED_ON, or none
        cx.optionalFact('BASED_ON', m.key, other.key);
        out.push(`일부에서는 ${josa(name, '가')} ${ref} 기반으로 했다는 의혹을 제기했지만 회사 측은 "사실이 아니다"라고 반박했다.`);
      }
    }
    return out;
  }
  const base = world.byKey.get(m.basedOn ?? '') as Model;
  cx.fact('BASED_ON', m.key, base.key);
  const d = base.developer;
  const sameDev = d === m.developer;
  const baseRef = (): string => {
    if (sameDev) return cx.mo(base.key);
    cx.fact('DEVELOPED', d, base.key);
    return `${cx.co(d)}의 ${cx.mo(base.key)}`;
  };
  switch (rng.int(0, 4)) {
    case 0:
      return [`${josa(cx.mo(m.key), '는')} ${josa(baseRef(), '를')} 기반으로 한국어 데이터를 추가 학습한 모델이다.`];
    case 1: {
      const ref = baseRef();
      return [`${josa(cx.co(m.developer, { bare: cx.introduced(m.developer) }), '는')} ${josa(ref, '를')} 바탕으로 ${josa(cx.mo(m.key), '를')} 개발했다.`];
    }
    case 2:
      return [`${josa(cx.mo(m.key), '는')} ${baseRef()}에 자체 데이터를 추가로 학습(CPT)시켜 만든 모델이다.`];
    case 3:
      return [`${josa(cx.mo(m.key), '는')} ${baseRef()}에서 지식을 증류(distillation)해 만든 경량 모델이다.`];
    default: {
      const ref = baseRef();
      return [`${ref} 기반의 ${josa(cx.mo(m.key), '는')} 도메인 데이터로 미세조정(파인튜닝)을 거쳤다.`];
    }
  }
}

export function writeSuccession(cx: Composer, m: Model): string | undefined {
  if (!m.succeeds) return undefined;
  const p = cx.model(m.succeeds);
  cx.fact('SUCCEEDS', m.key, p.key);
  if (cx.rng.chance(0.5)) {
    cx.fact('DEVELOPED', p.developer, p.key);
    cx.attr(p.key, 'releasedOn', p.releasedOn);
    return `${josa(cx.mo(m.key), '는')} ${josa(cx.co(p.developer), '가')} ${cx.when(p.releasedOn)} 선보인 ${cx.mo(p.key)}의 후속 모델이다.`;
  }
  cx.optionalFact('DEVELOPED', p.developer, p.key);
  if (cx.rng.chance(0.5)) return `${josa(cx.mo(m.key), '는')} 기존 ${cx.mo(p.key)} 모델의 업그레이드 버전이다.`;
  const prev = cx.mo(p.key);
  return `${prev}의 뒤를 잇는 ${josa(cx.mo(m.key), '는')} 추론 속도를 두 배 가까이 끌어올렸다.`;
}

/** Scores of the model, often beside a compared model (comparisons are never BASED_ON). */
export function writeScores(cx: Composer, m: Model, benches: Benchmark[], rival?: Model): string[] {
  const { rng } = cx;
  const out: string[] = [];
  for (const b of benches) {
    const s = scoreOf(m, b);
    const sw = writeScore(rng, s, b);
    cx.fact('SCORED', m.key, b.key, { score: s });
    if (rival && out.length === 0) {
      const r = scoreOf(rival, b);
      const rw = writeScore(rng, r, b);
      const kind = rng.int(0, 3);
      if (kind === 0) {
        cx.fact('SCORED', rival.key, b.key, { score: r });
        const pct = Math.round((s / r) * 100);
        const bench = cx.bench(b, true);
        const subject = `${cx.mo(m.key)}(${sw})`;
        out.push(`대표적인 평가 벤치마크인 ${bench}에서 ${josa(subject, '는')} ${cx.mo(rival.key)}(${rw}) 대비 ${pct}% 수준의 성능을 나타냈다.`);
      } else if (kind === 1) {
        cx.fact('SCORED', rival.key, b.key, { score: r });
        cx.fact('DEVELOPED', rival.developer, rival.key);
        out.push(`${josa(cx.mo(m.key), '는')} ${b.name}에서 ${sw}점을 받아 ${cx.co(rival.developer)}의 ${cx.mo(rival.key)}(${rw}점)와 비교해 ${s >= r ? '앞선' : '뒤처진'} 결과를 보였다.`);
        cx.bench(b);
      } else if (kind === 2) {
        out.push(`${josa(cx.mo(m.key), '는')} ${cx.bench(b)}에서 ${sw}점으로 ${josa(cx.mo(rival.key), '를')} 제치고 1위에 올랐다.`);
      } else {
        out.push(`${josa(cx.mo(m.key), '는')} ${cx.bench(b)}에서 ${sw}점을 기록해 ${cx.mo(rival.key)} 대비 성능이 ${rng.int(3, 30)}% 높았다.`);
      }
      continue;
    }
    const k = rng.int(0, 2);
    const bench = cx.bench(b, k === 0);
    const name = cx.mo(m.key);
    out.push(
      k === 0
        ? `${bench}에서 ${josa(name, '는')} ${sw}점을 기록했다.`
        : k === 1
          ? `${bench} 기준 ${name}의 점수는 ${sw}점이다.`
          : `${josa(name, '는')} ${bench} 평가에서 ${sw}점을 얻었다.`,
    );
  }
  return out;
}

export function writeQuote(cx: Composer, companyKey: string): string | undefined {
  const c = cx.company(companyKey);
  const pk = c.people.length > 0 ? cx.rng.pick(c.people) : undefined;
  if (!pk) return undefined;
  const p = cx.person(pk);
  cx.fact('WORKS_FOR', pk, companyKey, { title: p.title });
  const quote = cx.rng.pick(QUOTES_SAID);
  const said = cx.rng.pick(SAID_VERBS);
  switch (cx.rng.int(0, 2)) {
    case 0:
      return `${cx.pe(pk)} ${cx.co(companyKey)} ${josa(p.title, '는')} "${quote}"${said}.`;
    case 1:
      return `${cx.co(companyKey)}의 ${cx.pe(pk)} ${josa(p.title, '는')} 온라인 브리핑에서 "${quote}"${said}.`;
    default:
      return `${cx.pe(pk)} ${josa(p.title, '는')} ${cx.co(companyKey)}에서 모델 개발을 총괄하고 있다.`;
  }
}

export function writeParticipation(cx: Composer, companyKey: string, policy: Policy, partner?: string): string {
  cx.fact('PARTICIPATES_IN', companyKey, policy.key);
  if (partner) {
    cx.fact('PARTICIPATES_IN', partner, policy.key);
    cx.fact('PARTNERS_WITH', companyKey, partner);
    return `${josa(cx.co(companyKey), '는')} ${josa(cx.co(partner), '와')} 컨소시엄을 꾸려 ${cx.policy(policy)}에 지원했다.`;
  }
  const c = josa(cx.co(companyKey), '는');
  const k = cx.rng.int(0, 2);
  const g = cx.policy(policy, k === 0);
  if (k === 0) return `${c} 정부가 추진하는 ${g}에 참여할 계획이다.`;
  if (k === 1) return `${c} ${policy.ministry}의 ${g} 수행 기업으로 선정됐다.`;
  return `${c} ${g}에도 참여하겠다는 의사를 밝혔다.`;
}

/** A company that has not decided: mentioned, but no PARTICIPATES_IN. */
export function writeUndecided(cx: Composer, companyKey: string, policy: Policy): string {
  const c = josa(cx.co(companyKey), '는');
  const g = cx.policy(policy);
  return cx.rng.chance(0.5)
    ? `다만 ${c} ${g} 참여 여부와 관련해 가닥을 잡지 못한 상태다.`
    : `${c} ${g} 참여를 검토하고 있지만 아직 결정된 것은 없다고 밝혔다.`;
}

export function writePromotion(cx: Composer, policy: Policy): string {
  const p = cx.person(policy.promoter);
  cx.fact('PROMOTES', policy.promoter, policy.key);
  const who = cx.pe(p.key);
  const g = cx.policy(policy);
  const k = cx.rng.int(0, 2);
  if (k === 0) return `${who} ${policy.ministry} 장관은 "${josa(g, '을')} 통해 AI 3대 강국으로 도약하겠다"고 강조했다.`;
  if (k === 1) return `${josa(g, '은')} ${policy.ministry} ${who} 장관이 직접 챙기는 핵심 사업이다.`;
  return `${who} ${policy.ministry} 장관은 ${josa(g, '을')} 올해 안에 본격 추진하겠다고 발표했다.`;
}

export function writePartnership(cx: Composer, a: string, b: string): string {
  cx.fact('PARTNERS_WITH', a, b);
  const ca = cx.co(a);
  const cb = cx.co(b);
  const k = cx.rng.int(0, 2);
  if (k === 0) return `${josa(ca, '는')} ${josa(cb, '와')} AI 모델 공동 개발을 위한 업무협약(MOU)을 체결했다.`;
  if (k === 1) return `${josa(ca, '와')} ${josa(cb, '는')} 전략적 파트너십을 맺고 기업용 AI 서비스를 함께 개발하기로 했다.`;
  return `${josa(ca, '는')} ${josa(cb, '와')} 손잡고 데이터센터와 모델 학습 인프라를 공동 구축한다.`;
}

/** Mentions without facts: competitors, users of an open model, products that are not models. */
export function writeDistractor(cx: Composer, companyKey: string): string {
  const { rng, world } = cx;
  const k = rng.int(0, 4);
  if (k === 0) {
    const rival = rng.pick(world.companies).key;
    if (rival !== companyKey) return `${josa(cx.co(companyKey), '는')} 경쟁사인 ${josa(cx.co(rival), '와')} 국내 시장을 놓고 맞붙고 있다.`;
  }
  if (k === 1) {
    const used = rng.pick(world.models);
    if (used.developer !== companyKey) {
      cx.fact('DEVELOPED', used.developer, used.key);
      return `${josa(cx.co(companyKey), '는')} 사내 업무에 ${cx.co(used.developer)}의 오픈소스 모델 ${josa(cx.mo(used.key), '을')} 활용하고 있다.`;
    }
  }
  if (k === 2) {
    const product = `${rng.pick(PRODUCT_WORDS)} '${rng.pick(['노바', '아이온', '스텔라', '큐브', '펄스', '링크'])}${rng.int(1, 9)}'`;
    return `${josa(cx.co(companyKey), '는')} 이날 ${josa(product, '도')} 함께 선보였다.`;
  }
  return rng.pick(FILLERS);
}
