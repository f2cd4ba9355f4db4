/**
 * Generalisation rows for model ids written in lower case, as developer docs, API changelogs and model hubs spell them
 * ("nuri-chat-3.2", "bge-m3"): a model where a release verb, a model noun, a maker or a derivation sentence makes it one;
 * never a path, a file name, a code identifier or a standard's code. Every sentence here is written for the tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // the object of a release verb
  { cat: 'model-id.released', text: '한결소프트는 오늘 hangyeol-chat-4.1을 공개했다.', expect: ['DEVELOPED 한결소프트 -> hangyeol-chat-4.1'], nodes: ['Model:hangyeol-chat-4.1'] },
  // a topic whose sentence describes its base and maker
  {
    cat: 'model-id.derivation',
    text: '새로 출시한 hangyeol-chat-4.1은 모든 요금제에서 쓸 수 있습니다. hangyeol-chat-4.1은 hangyeol-chat-4.0의 후속 버전으로, 메타의 Llama 3.1 8B를 베이스로 삼아 한결소프트가 추가 학습한 모델입니다.',
    expect: ['BASED_ON hangyeol-chat-4.1 -> Llama 3.1 8B', 'DEVELOPED 한결소프트 -> hangyeol-chat-4.1'],
  },
  // a size in the copula sentence, read as the id's parameters
  { cat: 'model-id.copula', text: 'hangyeol-think-2는 한결소프트가 처음부터 학습한 320억(32B) 파라미터 모델입니다.', nodes: ['Model:hangyeol-think-2'], props: ['hangyeol-think-2=parameters:32000000000'] },
  // a version-only maker's name, its possessive and a bare label ("X's R1", "X의 V3"): the versioned model, made by X
  { cat: 'model-id.possessive-label', text: 'Several forum posts compared the chatbot with DeepSeek\'s V3 on tax questions.', nodes: ['Model:V3', 'Company:DeepSeek'], expect: ['DEVELOPED DeepSeek -> V3'] },
  { cat: 'model-id.possessive-label', text: '업계에서는 중국 딥시크(DeepSeek)의 R1 같은 추론 모델이 자주 거론된다.', expect: ['DEVELOPED 딥시크 -> R1'] },
  { cat: 'model-id.possessive-label', text: '딥시크의 3분기 매출은 공개되지 않았다.', noNodes: ['Model:딥시크 3'] },
  // a model noun before it
  { cat: 'model-id.model-noun', text: '백엔드 모델 hangyeol-ocr-v2는 알리바바 Qwen2.5-VL-3B 위에 한결소프트가 미세조정한 모델입니다.', expect: ['BASED_ON hangyeol-ocr-v2 -> Qwen2.5-VL-3B'] },
  // not a path, a file, an address, or a word and a bare number
  {
    cat: 'model-id.not-code',
    text: '한결소프트는 설정 파일 model-config-v2.json과 문서를 공개했다. 자세한 내용은 https://docs.example.com/hangyeol-chat-4.1에서 공개한다. 인코딩은 utf-8를 공개했다.',
    noNodes: ['Model:model-config-v2', 'Model:hangyeol-chat-4.1', 'Model:utf-8', 'Model:model-config-v2.json'],
  },
  // a Hangul name, a hyphen and a part with a digit ('누리-32B', '바다-R2'): a model where a derivation or a release speaks of it; not '코로나-19'
  { cat: 'model-id.hangul-hyphenated', text: '바다-R2는 큐웬3 8B를 바탕으로 했다.', nodes: ['Model:바다-R2'], expect: ['BASED_ON 바다-R2 -> 큐웬3 8B'] },
  { cat: 'model-id.hangul-hyphenated', text: '코로나-19 이후 기업들의 AI 도입이 늘었다.', noNodes: ['Model:코로나-19'] },
  // Hangul words joined by a hyphen whose second word is one syllable ('여울-챗', '한울-봇'), after a model noun: the particle is no part of it
  { cat: 'model-id.hangul-joined-short', text: '연구실은 큐웬3 8B를 바탕으로 상담용 모델 여울-챗을 튜닝하고 있다.', nodes: ['Model:여울-챗'], noNodes: ['Model:여울-챗을'], expect: ['BASED_ON 여울-챗 -> 큐웬3 8B'] },
  { cat: 'model-id.hangul-joined-short', text: '한울맥스는 상담용 모델 한울-봇을 공개했다.', nodes: ['Model:한울-봇'], noNodes: ['Model:한울-봇을'] },
];

describe('lower-case model ids', () => {
  it.each(rows.map((r) => [r.cat, r] as const))('%s', (_cat, row) => checkFactRow(row));
});
