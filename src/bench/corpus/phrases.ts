/** Number, score and filler phrasing shared by the story templates. */
import type { Prng } from './prng.js';
import { hashString } from './prng.js';
import type { Benchmark, Model } from './world.js';

/** 7e9 → ["70억 개", "7B"], 1.2e9 → ["12억 개", "1.2B"], 405e9 → ["4050억 개", "405B"]. */
export function parameterForms(n: number): { ko: string; en: string } {
  const billions = n / 1e9;
  const eok = Math.round(n / 1e8);
  return { ko: `${eok}억`, en: `${Number(billions.toFixed(1))}B` };
}

/** A parameter count written one of the ways Korean articles write it (the value stays exact). */
export function writeParameters(rng: Prng, n: number): string {
  const { ko, en } = parameterForms(n);
  return rng.pick([
    `매개변수 ${ko} 개(${en})`,
    `${ko}개(${en})의 매개변수`,
    `${ko} 파라미터`,
    `${en} 파라미터`,
    `매개변수 ${en}`,
    `파라미터 ${ko} 개`,
  ]);
}

/** The model's score on a benchmark: fixed for the pair, so every article agrees. */
export function scoreOf(model: Model, bench: Benchmark): number {
  const h = hashString(`${model.key}|${bench.key}`);
  if (bench.scale === 1) return Math.round((0.45 + (h % 5000) / 10000) * 10000) / 10000;
  return Math.round((40 + (h % 5500) / 100) * 100) / 100;
}

/** A score as written: sometimes with a trailing zero (61.70), the value unchanged. */
export function writeScore(rng: Prng, score: number, bench: Benchmark): string {
  if (bench.scale === 1) return String(score);
  const s = String(score);
  if (!s.includes('.') || s.split('.')[1]?.length === 1) return rng.chance(0.4) ? score.toFixed(2) : s;
  return s;
}

export const QUOTES_SAID = [
  '한국어와 한국 문화를 가장 잘 이해하는 모델을 만드는 것이 목표',
  '기업 고객이 바로 쓸 수 있는 수준의 성능을 확보했다',
  '경량화와 효율성에서 경쟁력을 갖췄다',
  '데이터 주권을 지키는 것이 무엇보다 중요하다',
  '오픈소스 생태계와 함께 성장하겠다',
  '앞으로도 추론 능력을 꾸준히 끌어올리겠다',
  '산업 현장에 특화된 모델로 차별화하겠다',
  '학습 비용을 절반 이하로 줄였다',
];

export const SAID_VERBS = ['라고 말했다', '라고 밝혔다', '라고 강조했다', '라고 설명했다', '고 말했다'];

/** Sentences that carry no fact (market colour, background); the extractor must leave them be. */
export const FILLERS = [
  '업계에서는 생성형 AI 시장이 2030년까지 연평균 30% 이상 성장할 것으로 보고 있다.',
  '그래픽처리장치(GPU) 확보 경쟁도 갈수록 치열해지고 있다.',
  '전문가들은 학습 데이터의 품질이 모델 성능을 좌우한다고 지적한다.',
  '클라우드 기반 서비스 수요도 빠르게 늘고 있다.',
  '다만 실제 서비스 적용까지는 시간이 걸릴 전망이다.',
  '최근 경량 모델(sLM)에 대한 관심이 높아지고 있다.',
  '한국어 특화 LLM 시장은 아직 초기 단계라는 평가가 나온다.',
  '업계 관계자는 "성능 경쟁이 비용 경쟁으로 옮겨가고 있다"고 말했다.',
  '국내 AI 업계는 인재 확보에도 공을 들이고 있다.',
  '전력 소비와 데이터센터 비용은 여전히 과제로 꼽힌다.',
  '일각에서는 벤치마크 점수만으로 성능을 판단하기 어렵다는 지적도 나온다.',
  '올해 하반기에는 멀티모달 기능을 강화한 모델이 잇따라 나올 것으로 예상된다.',
  '이번 발표는 대규모언어모델(LLM) 경쟁이 본격화하는 가운데 나왔다.',
  '관련 업계는 정부의 지원 규모에 주목하고 있다.',
  '기업용 AI 에이전트 시장도 주목받고 있다.',
];

export const PRODUCT_WORDS = ['AI 칩', 'AI 비서 앱', 'AI 스마트폰', '추론 전용 반도체', '개발자 플랫폼'];
