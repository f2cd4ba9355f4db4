/**
 * Generalisation rows for common nouns that look like names: a kind of bank or card glued to a company suffix
 * ("투자은행", "신용카드", "모델카드"), a room or a list after a company word ("한 법무법인 회의실", "참여 기업 명단"),
 * a quoted verb phrase ("'만들어 보는' 단계") and a quoted qualifier with a benchmark word ("'자체 벤치마크'의 함정").
 * Every sentence is written for the tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  { cat: 'company.generic-suffixed', text: '외국계 투자은행 애널리스트 출신인 그는 신용카드 결제 데이터로 AI 모델을 학습했다.', noNodes: ['Company:투자은행', 'Company:신용카드'] },
  { cat: 'company.generic-suffixed', text: '이번엔 모델카드 숫자가 좋아서 직접 돌려 봤다. 한빛카드는 AI 모델을 도입했다.', noNodes: ['Company:모델카드'], nodes: ['Company:한빛카드'] },
  { cat: 'company.room-or-list', text: '서울 역삼동의 한 법무법인 회의실에서 변호사가 AI 모델로 계약서를 검토했다.', noNodes: ['Company:회의실', 'Company:법무법인 회의실'] },
  { cat: 'company.room-or-list', text: '시는 이날 참여 기업 명단과 올해 AI 지원 계획을 발표했다.', noNodes: ['Company:명단'] },
  { cat: 'quoted.verb-phrase', text: "1기가 모델을 '만들어 보는' 단계였다면 2기는 현장에 '붙여 보는' 단계다.", noNodes: ['Model:만들어 보는', 'Model:붙여 보는'] },
  { cat: 'quoted.qualified-benchmark-word', text: "남은 과제: '자체 벤치마크'의 함정. 한결AI의 한결-7B는 KMMLU에서 61.2점을 받았다.", noNodes: ['Benchmark:자체 벤치마크'], expect: ['SCORED 한결-7B -> KMMLU'] },
  { cat: 'company.process-noun', text: '누리랩스는 우수 기업 선정에서 떨어졌지만 자체 모델 개발을 이어간다고 밝혔다.', noNodes: ['Company:선정'], nodes: ['Company:누리랩스'] },
  { cat: 'company.process-noun', text: '올해 참여 스타트업 모집에는 300곳이 몰렸고 업체 평가는 다음 달 끝난다.', noNodes: ['Company:모집', 'Company:평가'] },
  { cat: 'company.process-noun', text: '협회는 유망 기업 심사에서 한빛소프트를 최종 추천했다.', noNodes: ['Company:심사'], nodes: ['Company:한빛소프트'] },
];

describe('common nouns that look like names', () => {
  it.each(rows.map((r) => [r.cat, r] as const))('%s', (_cat, row) => checkFactRow(row));
});
