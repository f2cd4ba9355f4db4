/**
 * Wire copy, broadcast scripts and blog reviews, in this test's own words: an English denial before the
 * claim it governs ("rejected claims that X was …"), Korean names in Western order ("Min-seo Kang"), a
 * model named in apposition to "its first model", a company's corporate suffix ("Kakao Corp"), the
 * spoken 'and' (이랑/랑) in a list, and teams led by named companies taking part in a programme named
 * by reference; an omitted subject designated for a programme, and a sentence that opens on the
 * science ministry's name (과학기술정보통신부: its first syllable is no particle). (Set 75: h75_01, h75_04, h75_05, h75_06.)
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  {
    cat: "'dismissed speculation that X was fine-tuned from Y': no base",
    text: 'Kakao dismissed speculation on social media that Kanana 2 was fine-tuned from Qwen2.5, saying it trained the model itself.',
    absent: ['BASED_ON Kanana 2 -> Qwen2.5'],
  },
  { cat: "'X was fine-tuned from Y' without a denial: a base", text: 'Kanana 2 was fine-tuned from Qwen2.5, Kakao said on Monday.', expect: ['BASED_ON Kanana 2 -> Qwen2.5'] },
  {
    cat: "'NAME, X's chief executive' with a Western-order Korean name",
    text: '"Small teams can still compete," said Min-seo Kang, Upstage\'s chief executive, at a forum in Busan.',
    expect: ['WORKS_FOR Min-seo Kang -> Upstage'],
  },
  { cat: 'a Western-order romanised Korean name alone', text: 'Deputy Minister Do-yeon Choi opened the session in Sejong.', nodes: ['Person:Do-yeon Choi'] },
  { cat: "'released its first model, NAME,': a model", text: 'Upstage released its first reasoning model, Terra-3, on Friday.', expect: ['DEVELOPED Upstage -> Terra-3'] },
  { cat: "'Kakao Corp': the corporate suffix is the company's name too", text: 'Kakao Corp said it would bring Kanana 2 to its messenger next month.', sameNode: ['Kakao=Kakao Corp'] },
  { cat: "'research arm': the word is no company (Arm)", text: 'Upstage, whose research arm built Solar Pro 2, said the model would ship in May.', noNodes: ['Company:arm', 'Company:Arm'] },
  {
    cat: "'A이랑 B은 P 정예팀': the spoken 'and' joins the list",
    text: "카카오랑 네이버는 '독자 AI 파운데이션 모델' 프로젝트 정예팀이라 하반기에 새 모델을 낸다.",
    expect: ['PARTICIPATES_IN 카카오 -> 독자 AI 파운데이션 모델', 'PARTICIPATES_IN 네이버 -> 독자 AI 파운데이션 모델'],
  },
  {
    cat: "'이 사업에는 A와 B 등이 이끄는 팀이 참여': the teams' leads take part",
    text: "정부는 '해양 AI 실증 사업' 2차 심사 일정을 내놨다. 심사는 다음 달 열린다. 현재 이 사업에는 가온소프트와 다솜데이터 등이 이끄는 컨소시엄이 참여하고 있다.",
    expect: ['PARTICIPATES_IN 가온소프트 -> 해양 AI 실증 사업', 'PARTICIPATES_IN 다솜데이터 -> 해양 AI 실증 사업'],
  },
  {
    cat: "'이 사업에는 A 등이 이끄는 팀이 참여하지 않는다': no part",
    text: "정부는 '해양 AI 실증 사업' 2차 심사 일정을 내놨다. 심사는 다음 달 열린다. 이 사업에는 가온소프트 등이 이끄는 컨소시엄이 참여하지 않는다.",
    absent: ['PARTICIPATES_IN 가온소프트 -> 해양 AI 실증 사업'],
  },
  {
    cat: "'(subject omitted) 또 Y로 지정돼': designated for a programme (the regulatory sandbox)",
    text: '네이버는 보험사 두 곳에 상담 모델을 납품하기로 했다. 또 금융위원회로부터 혁신금융서비스로 지정돼 내년부터 클라우드에서 모델을 돌린다.',
    expect: ['PARTICIPATES_IN 네이버 -> 혁신금융서비스'],
  },
  {
    cat: "'(subject omitted) 과학기술정보통신부 Y의 공급기업으로도 선정돼': the ministry's name opens the sentence",
    text: "카카오는 지난달 병원 세 곳과 계약을 맺었다. 과학기술정보통신부 'AI 바우처 지원사업'의 공급기업으로도 선정돼 의료 스타트업에 모델을 공급한다.",
    expect: ['PARTICIPATES_IN 카카오 -> AI 바우처 지원사업'],
  },
  {
    cat: "a quoted designation ending in the known scheme's name ('금융권 X 혁신금융서비스') is its own programme",
    text: "금융위원회는 '보험권 클라우드 혁신금융서비스' 지정 결과를 내놨다. 카카오는 이 결과에 따라 보험권 클라우드 혁신금융서비스에 지정됐다.",
    nodes: ['Policy:보험권 클라우드 혁신금융서비스'],
    noNodes: ['Policy:혁신금융서비스'],
  },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});
