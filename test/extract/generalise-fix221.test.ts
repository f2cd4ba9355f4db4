/**
 * Generalisation rows for fix221: one release told by a newsroom, a wire, a hobby board and an English desk. A base named
 * before a '등'-closed list of corpora, a small model trained on a larger one's outputs ('…의 출력을 학습한 증류 모델'), a
 * board's shorthand of distillation ('Y를 뼈대로 해서 Z한테서 증류함': Z a teacher, not the head of the base), an English
 * partner introduced by nationality and kind ('with Korean IT services firm NAME to …', a generic word closing the name),
 * a consortium's lead and member picked on a weekday, and a news wire's name as no company. Every sentence and name is
 * written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { checkFactRow, edgeLines, graphOf, nodeLines, pageGraph, type FactRow } from './helpers.js';

const REPORT =
  '[Industry Note] 국내 AI 소프트웨어\n\n2027년 3월 4일\n\n가온정보시스템 (BUY)\n\n' +
  "  - 당사 커버리지 가온정보시스템은 한결소프트와 공공 AI 협약을 체결했고, 양사는 과기정통부 '공공 AI 선도\n" +
  '    실증사업\'에 선정(주관: 한결소프트, 참여: 가온정\n    보시스템). 양사는 공동 개발 중.\n  - 가온정보시스템은 공공 AI 사업 수주 확대가 예상됨.\n';

const rows: FactRow[] = [
  {
    cat: "a base's training data listed with commas and closed by 등 ('Y에 A, B, C 등 1.2조 토큰을 계속 사전학습하고, …')",
    text: '한결-3는 지난 5월 공개한 한결-2의 후속 모델이다. 메타의 Llama 3.1 70B에 법률 문서, 특허, 뉴스 기사, 한국어 웹 문서 등 8천억 토큰을 계속 사전학습(continual pre-training)하고, 자체 데이터로 미세조정했다.',
    expect: ['BASED_ON 한결-3 -> Llama 3.1 70B'],
  },
  {
    cat: "a small model trained on a larger one's outputs ('X는 Y의 출력을 학습한 증류 모델로')",
    text: '한결-3 라이트(3B)는 한결-3의 출력을 학습한 증류 모델로, 휴대폰에서도 돌아간다.',
    expect: ['BASED_ON 한결-3 라이트 -> 한결-3'],
  },
  {
    cat: "a board's shorthand: a backbone and a teacher ('X는 Y를 뼈대로 해서 Z한테서 증류함')",
    text: '- 한결-3 미니는 모델카드 보면 큐웬3-4B를 뼈대로 해서 한결-3한테서 증류함',
    expect: ['BASED_ON 한결-3 미니 -> 큐웬3-4B', 'BASED_ON 한결-3 미니 -> 한결-3'],
    absent: ['BASED_ON 한결-3 -> 큐웬3-4B'],
  },
  {
    cat: "a teacher a model is taken from is no head of the base ('Y를 뼈대로 해서 Z에게서 증류한')",
    text: '한결-3 미니는 Qwen3-4B를 뼈대로 해서 한결-3에게서 지식을 옮겨 만든 모델이다.',
    expect: ['BASED_ON 한결-3 미니 -> Qwen3-4B'],
    absent: ['BASED_ON 한결-3 -> Qwen3-4B'],
  },
  {
    cat: "an English partner introduced by nationality and kind, a generic word closing its name ('with Korean IT services firm NAME ICT to …')",
    text: 'Hanul Labs has signed a memorandum of understanding with Korean IT services firm Gaon ICT to target the public sector.',
    nodes: ['Company:Gaon ICT', 'Company:Hanul Labs'],
  },
  {
    cat: "a consortium's lead and member picked on a weekday ('A consortium led by A with B was picked on Monday for P')",
    text: 'Hanul Labs works with Korean data firm Gaon ICT on public work. A consortium led by Hanul Labs with Gaon ICT was picked on Monday for the Ministry of Science and ICT\'s Public AI Pilot Program.',
    expect: ['PARTICIPATES_IN Hanul Labs -> Public AI Pilot Program', 'PARTICIPATES_IN Gaon ICT -> Public AI Pilot Program', 'PARTNERS_WITH Gaon ICT -> Hanul Labs'],
  },
  {
    cat: "a news wire's name is no company ('… told Seoul Tech Wire on Wednesday')",
    text: '"We changed the base," Chief Technology Officer Kim Do-yun told Seoul Tech Wire on Wednesday.',
    noNodes: ['Company:Seoul Tech', 'Company:Seoul Tech Wire'],
  },
];

describe('fix221: one release told six ways', () => {
  it.each(rows.map((r) => [r.cat, r] as const))('%s', (_cat, row) => checkFactRow(row));

  it("a PDF's wrapped line splits a name the document writes whole elsewhere ('가온정' / '보시스템'): one word again", () => {
    const g = pageGraph(REPORT, 'report.txt');
    expect(nodeLines(g)).toContain('Company:가온정보시스템');
    expect(nodeLines(g)).not.toContain('Company:가온정 보시스템');
    expect(edgeLines(g)).toContain('PARTICIPATES_IN 가온정보시스템 -> 공공 AI 선도 실증사업');
  });

  it("a programme's short form without its kind words ('X 사업' of 'X 선도 실증사업') is the same programme", () => {
    const g = graphOf("한결소프트와 가온데이터 컨소시엄은 농식품부 '스마트팜 AX 선도 실증사업'에 선정됐다. 업계는 '스마트팜 AX 사업'이 내년에 본사업으로 바뀔 것으로 본다.");
    expect(nodeLines(g).filter((n) => n.startsWith('Policy:'))).toHaveLength(1);
  });
});
