/**
 * Generalisation rows for the second round on set 189 (regional programmes and their officials), in this test's own
 * words: a company picked as a field's lead ("주관사로 뽑혔다") in a story about one programme; a sentence naming its own
 * consortium's lead among several leads; a TV script's bite caption whose title is a city office's head of any field
 * ("NAME / 별빛시 스마트물류국장"); an application labelled with its counterpart in parentheses ("A(공급기업 B) 신청 건은")
 * that fell below the cut-off ("기준점(60점)에 미달", "미선정"). Sentences and names written for these tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // a field's lead picked, the programme named in the sentence before
  { cat: 'selection.lead-picked', text: "울산시가 '울산형 AI 항만 실증 사업'의 수행 기업을 확정했다. 항만 분야에서는 한바다시스템이 주관사로 뽑혔다.", expect: ['PARTICIPATES_IN 한바다시스템 -> 울산형 AI 항만 실증 사업'] },
  { cat: 'selection.lead-picked', text: "울산시가 '울산형 AI 항만 실증 사업'의 수행 기업을 확정했다. 물류 분야는 ㈜다온로지스가 주관사로 최종 선정됐다.", expect: ['PARTICIPATES_IN 다온로지스 -> 울산형 AI 항만 실증 사업'] },
  { cat: 'selection.lead-picked', text: "울산시가 '울산형 AI 항만 실증 사업'의 수행 기업을 확정했다. 한바다시스템이 주관사로 뽑힐지는 아직 알 수 없다.", absent: ['PARTICIPATES_IN 한바다시스템 -> 울산형 AI 항만 실증 사업'] },
  // several leads: the members join the lead their own sentence names, not the one picked in another field
  {
    cat: 'consortium-paragraph.own-lead-among-several',
    text: "울산시가 '울산형 AI 항만 실증 사업'의 수행 기업을 확정했다.\n\n해온랩은 이번 실증 사업에서 물류 컨소시엄을 주관하고, 물결테크와 LG유플러스가 참여기관으로 함께한다.\n\n항만 분야에서는 한바다시스템이 주관사로 뽑혔다.",
    expect: ['PARTICIPATES_IN 해온랩 -> 울산형 AI 항만 실증 사업', 'PARTICIPATES_IN 물결테크 -> 울산형 AI 항만 실증 사업', 'PARTNERS_WITH 해온랩 -> 물결테크', 'PARTNERS_WITH 해온랩 -> LG유플러스', 'PARTICIPATES_IN 한바다시스템 -> 울산형 AI 항만 실증 사업'],
    absent: ['PARTNERS_WITH 한바다시스템 -> 물결테크', 'PARTNERS_WITH 한바다시스템 -> LG유플러스'],
  },
  // a bite caption: a city office's head of any field, then the quote naming the programme
  { cat: 'promotes.government-office-bite', text: "울산시가 '울산형 AI 항만 실증 사업'의 수행 기업을 확정했습니다.\n\n◀SYN▶ 조하윤 / 울산시 스마트해양국장\n\n\"항만 실증 사업은 내년에 두 배로 늘리겠습니다.\"", expect: ['PROMOTES 조하윤 -> 울산형 AI 항만 실증 사업'] },
  { cat: 'promotes.government-office-bite', text: "울산시가 '울산형 AI 항만 실증 사업'의 수행 기업을 확정했습니다.\n\n[인터뷰] 조하윤 / 해양수산부 디지털항만단장\n\"실증 사업을 끝까지 챙기겠습니다.\"", expect: ['PROMOTES 조하윤 -> 울산형 AI 항만 실증 사업'] },
  // (a company's head of division in the same caption form is no official)
  { cat: 'promotes.government-office-bite', text: "울산시가 '울산형 AI 항만 실증 사업'의 수행 기업을 확정했습니다.\n\n◀INT▶ 조하윤 / 한바다시스템 스마트해양실장\n\n\"항만 실증 사업은 저희에게 큰 기회입니다.\"", absent: ['PROMOTES 조하윤 -> 울산형 AI 항만 실증 사업'] },
  // an application labelled with its counterpart, below the cut-off: both applied
  {
    cat: 'selection.labelled-counterpart',
    text: "「2026년 동해 AI 도입 바우처 사업」 선정 결과를 알려드립니다.\n\n※ ㈜솔바람식품(공급기업 누리셈) 신청 건은 평가 결과 기준점(60점)에 미달하여 미선정되었습니다.",
    expect: ['PARTICIPATES_IN 솔바람식품 -> 2026년 동해 AI 도입 바우처 사업', 'PARTICIPATES_IN 누리셈 -> 2026년 동해 AI 도입 바우처 사업'],
    nodes: ['Company:누리셈'],
  },
  {
    cat: 'selection.labelled-counterpart',
    text: "「2026년 동해 AI 도입 바우처 사업」 선정 결과를 알려드립니다.\n\n㈜솔바람식품(수요기업: 다솜베이커리)이 최종 선정되었습니다.",
    expect: ['PARTICIPATES_IN 다솜베이커리 -> 2026년 동해 AI 도입 바우처 사업'],
  },
  // (a pair that only plans to apply: none)
  {
    cat: 'selection.labelled-counterpart',
    text: "「2026년 동해 AI 도입 바우처 사업」 공고가 나왔습니다.\n\n㈜솔바람식품(공급기업 누리셈)은 신청 여부를 검토 중입니다.",
    absent: ['PARTICIPATES_IN 누리셈 -> 2026년 동해 AI 도입 바우처 사업'],
  },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});
