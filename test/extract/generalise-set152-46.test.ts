/**
 * Generalisation rows for the forms of sets 152 and 46: a possessive maker whose name opens on Latin words ("NC AI의 'Y'는")
 * and a model released in a clause on its maker ("Y를 내놓은 B가 대표적이다") as what a later "이 모델" means; a programme
 * named as announced once ("지난 7월 발표한 'X'의 후속 과제로") that is no selection; an official who speaks "too"
 * ("NAME 기관 원장도 "…"") after one promoting a programme; a company's executive who is no promoter; the model a company
 * serves built on a base; a new paragraph after a pair carrying only the first company; a reported score given to another
 * model ("이는 … Y의 점수이며"); a participation still going on ("계속 참여 중이고요") and "A랑 B는"; a purpose model made on a
 * base that is not the one in focus; a board post whose writer answers in its replies.
 * Sentences and pages written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // "B의 'Y'는 …" with a maker whose name opens on Latin words: Y is in focus, so "이 모델은 … N점" scores Y, not a model compared before
  { cat: 'focus.possessed-latin-maker', text: "한 관계자는 \"GPT-4o 같은 거대 모델 대비 비용이 싸다\"고 말했다. 대표 주자는 NC AI다. NC AI의 '바다결 3 14B(Badagyeol 3 14B)'는 140억 파라미터 모델이다. 이 모델은 KMMLU에서 61.5점을 받았다.", edgeProps: ['SCORED 바다결 3 14B -> KMMLU score=61.5'], absent: ['SCORED GPT-4o -> KMMLU'] },
  { cat: 'focus.possessed-latin-maker', text: "NC AI의 '바다결 3 14B'는 140억 파라미터 모델이다. 반면 '누리솔 7B'는 비공개다. 누리솔 7B는 KMMLU에서 48.0점을 받았다.", absent: ['SCORED 바다결 3 14B -> KMMLU'] },
  // "지난 3월 'Y'를 내놓은 B가 대표적이다. B는 Z를 바탕으로 … 이 모델을 만들었다": Y is built on Z, not the model in focus before
  { cat: 'focus.released-by-subject', text: "카카오의 '카나나 1.5 8B'는 80억 파라미터 모델이다. 스타트업 상당수는 외산 모델을 쓴다. 지난 3월 '솔마루 4B'를 내놓은 솔마루랩이 대표적이다. 솔마루랩은 구글의 '젬마 3 4B'를 바탕으로 한국어 데이터를 추가 학습해 이 모델을 만들었다.", expect: ['BASED_ON 솔마루 4B -> 젬마 3 4B'], absent: ['BASED_ON 카나나 1.5 8B -> 젬마 3 4B'] },
  { cat: 'focus.released-by-subject', text: "카카오의 '카나나 1.5 8B'는 80억 파라미터 모델이다. 솔마루랩은 구글의 '젬마 3 4B'를 바탕으로 한국어 데이터를 추가 학습해 이 모델을 만들었다.", expect: ['BASED_ON 카나나 1.5 8B -> 젬마 3 4B'] },
  // "엔씨AI는 'Y'를 앞세워 …": a model presented is what follows
  { cat: 'focus.presented-model', text: "카카오의 '카나나 1.5 8B'는 80억 파라미터 모델이다. 가온테크 역시 법률 특화 모델 '가온-L 3'을 앞세워 시장을 공략하고 있다. 이 모델은 KMMLU에서 55.0점을 받았다.", edgeProps: ['SCORED 가온-L 3 -> KMMLU score=55'] },
  // a programme named as announced once, the origin of the one the teams are in: the members stay in the selected programme
  { cat: 'consortium-scope.announced-origin', text: "제목\n\n정부가 '스마트 항만 AI 실증사업' 수행 컨소시엄 2곳을 선정했다. 다온텔레콤, 누리소프트가 각각 이끄는 컨소시엄을 최종 선정했다고 밝혔다. 정부는 지난 5월 발표한 '디지털 물류 혁신 전략'의 후속 과제로 이 사업을 기획했다. 누리소프트는 물류 기업 하늘로지스와 손잡았다.", expect: ['PARTICIPATES_IN 하늘로지스 -> 스마트 항만 AI 실증사업'], absent: ['PARTICIPATES_IN 하늘로지스 -> 디지털 물류 혁신 전략'] },
  // "NAME 기관 원장도 "…"": an official speaking too, right after one promoting the programme, promotes it; a company head applying again does not
  { cat: 'promotes.also-speaking-official', text: "제목\n\n정부가 '해양 AI 바우처 사업' 수행기관을 확정했다. 한빛소프트가 주관한 컨소시엄은 탈락했다. 윤가람 한빛소프트 대표는 \"내년 2차 공모에 다시 도전하겠다\"고 밝혔다. 사업을 총괄하는 서도윤 과기정통부 인공지능정책관은 \"성과를 숫자로 보이겠다\"고 말했다. 남궁하늘 NIPA 원장도 \"결과를 데이터로 공개하겠다\"고 밝혔다.", expect: ['PROMOTES 남궁하늘 -> 해양 AI 바우처 사업', 'PROMOTES 서도윤 -> 해양 AI 바우처 사업'], absent: ['PROMOTES 윤가람 -> 해양 AI 바우처 사업'] },
  { cat: 'promotes.also-speaking-official', text: "제목\n\n정부가 '해양 AI 바우처 사업' 수행기관을 확정했다. 한빛소프트는 내년 사업 계획을 짰다. 남궁하늘 NIPA 원장도 \"결과를 데이터로 공개하겠다\"고 밝혔다.", absent: ['PROMOTES 남궁하늘 -> 해양 AI 바우처 사업'] },
  // "X가 서비스 중인 … 모델 'Y'는 Z를 기반으로 만들어졌다": X's own model
  { cat: 'developed.served-model-built-on-base', text: "세무 AI 기업 누리택스가 새 인재를 영입했다. 누리택스가 현재 서비스 중인 세무 특화 모델 '누리-T 2(Nuri-T 2)'는 업스테이지의 '솔라 프로 2'를 기반으로 만들어졌다.", expect: ['DEVELOPED 누리택스 -> 누리-T 2', 'BASED_ON 누리-T 2 -> 솔라 프로 2'], absent: ['DEVELOPED 업스테이지 -> 누리-T 2'] },
  { cat: 'developed.served-model-built-on-base', text: "세무 AI 기업 누리택스가 새 인재를 영입했다. 누리택스가 현재 서비스 중인 모델은 업스테이지의 '솔라 프로 2'다.", absent: ['DEVELOPED 누리택스 -> 솔라 프로 2'] },
  // a new paragraph opening with no subject after "양사는 …": the company the story is about, not its partner too
  { cat: 'clause.paragraph-after-pair', text: "제목\n\n코드누리소프트는 지난해 다온텔레콤과 업무협약을 맺었다. 양사는 공공기관 전용 코드 모델을 공동 개발 중이다.\n\n올해 3월에는 과학기술정보통신부의 '공공 코딩 AI 실증사업' 수행기관으로 선정돼 기관 4곳의 시스템 전환을 맡았다.", expect: ['PARTICIPATES_IN 코드누리소프트 -> 공공 코딩 AI 실증사업'], absent: ['PARTICIPATES_IN 다온텔레콤 -> 공공 코딩 AI 실증사업'] },
  { cat: 'clause.paragraph-after-pair', text: "제목\n\n코드누리소프트는 지난해 다온텔레콤과 업무협약을 맺었다. 양사는 올해 3월 과학기술정보통신부의 '공공 코딩 AI 실증사업' 수행기관으로 함께 선정됐다.", expect: ['PARTICIPATES_IN 코드누리소프트 -> 공공 코딩 AI 실증사업', 'PARTICIPATES_IN 다온텔레콤 -> 공공 코딩 AI 실증사업'] },
  // a correction notice: "X의 B 점수를 N점으로 보도했으나, 이는 … Y의 점수이며": N is Y's score, X's is the one given after
  { cat: 'corrections.value-owner', text: "[정정보도] 바람소프트 관련\n\n본지는 기사에서 바람-3의 HAE-RAE 점수를 71.3점으로 보도했으나, 이는 바람소프트의 이전 모델인 바람-2의 점수이며 바람-3의 HAE-RAE 점수는 77.9점이기에 이를 바로잡습니다.", edgeProps: ['SCORED 바람-2 -> HAE-RAE score=71.3', 'SCORED 바람-3 -> HAE-RAE score=77.9'], absent: ['SCORED 바람-3 -> HAE-RAE score=71.3'] },
  { cat: 'corrections.value-owner', text: "[정정보도] 바람소프트 관련\n\n본지는 기사에서 바람-3의 HAE-RAE 점수를 71.3점으로 보도했으나, 이는 집계 오류였기에 이를 바로잡습니다.", absent: ['SCORED 바람-3 -> HAE-RAE score=71.3'] },
  // "A랑 B는 계속 참여 중이고요": a participation still going on in the programme just asked about
  { cat: 'clause.participation-ongoing', text: "게시판 글\n\n'해양 AI 실증사업'에 가온소프트도 들어가 있었나요?\n\n가온소프트는 1차 때 떨어진 걸로 알아요. 네이버클라우드랑 바다AI는 계속 참여 중이고요.", expect: ['PARTICIPATES_IN 네이버클라우드 -> 해양 AI 실증사업', 'PARTICIPATES_IN 바다AI -> 해양 AI 실증사업'], absent: ['PARTICIPATES_IN 가온소프트 -> 해양 AI 실증사업'] },
  { cat: 'clause.participation-ongoing', text: "게시판 글\n\n'해양 AI 실증사업' 얘기가 나왔다.\n\n누리소프트는 참여 중인지 모르겠네요?", absent: ['PARTICIPATES_IN 누리소프트 -> 해양 AI 실증사업'] },
  // "X 기반으로 상담봇용 모델 만들었": a purpose model, not the one in focus
  { cat: 'based-on.focus-purpose-model', text: "제목\n\n가람랩이 '가람-M 2'를 공개했다. 저희 회사에서 작년에 카나나 1.5 기반으로 상담봇용 모델 만들었었거든요.", absent: ['BASED_ON 가람-M 2 -> 카나나 1.5'] },
  { cat: 'based-on.focus-purpose-model', text: "제목\n\n가람랩이 '가람-M 2'를 공개했다. 가람랩은 카나나 1.5를 바탕으로 이 모델을 만들었다.", expect: ['BASED_ON 가람-M 2 -> 카나나 1.5'] },
  // a deck's dashed line before the lead names the base short ("- 라마 3.1 기반 …"); the body's one sized name is that model
  { cat: 'names.deck-short-form', text: "'K-코드 리더보드' 첫 결과 공개\n\n- 라마 3.1 기반 튜닝 모델 '누리코더 8B' 2위로 선전\n\n순위표 운영사 가온벤치가 첫 결과를 공개했다. 2위는 누리소프트의 '누리코더 8B'다. 이 모델은 메타의 '라마 3.1 8B(Llama 3.1 8B)'를 바탕으로 코드 데이터를 더해 미세조정한 모델이다.", sameNode: ['라마 3.1 8B=라마 3.1'], expect: ['BASED_ON 누리코더 8B -> 라마 3.1 8B'] },
  { cat: 'names.deck-short-form', text: "'K-코드 리더보드' 첫 결과 공개\n\n순위표 운영사 가온벤치가 첫 결과를 공개했다. 메타의 '라마 3.1'은 여러 크기로 나왔다.\n\n- 라마 3.1 기반 튜닝 모델 '누리코더 8B' 2위\n\n누리소프트의 '누리코더 8B'는 메타의 '라마 3.1 8B'를 바탕으로 미세조정한 모델이다.", nodes: ['Model:라마 3.1', 'Model:라마 3.1 8B'] },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});

/** A community board post (nickname, replies in comment rows); `answers`: how many replies the post's writer wrote. */
function boardPost(answers: number): string {
  const reply = (nick: string, text: string) => `<div class="comment_row"><div class="comment_info"><span class="nickname">${nick}</span></div><div class="comment_view">${text}</div></div>`;
  const replies = [
    reply('별빛개발', '이거 결국 외산 모델 기반 아님?'),
    reply(answers >= 1 ? '달토끼' : '구름빵', '아니에요. 블로그에 처음부터 학습했다고 나와요.'),
    reply('새벽코더', '가온소프트는 사업에 참여 중인가요?'),
    reply(answers >= 2 ? '달토끼' : '구름빵', '가온소프트랑 누리랩은 계속 참여 중이고요.'),
  ].join('\n');
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>누리별 새 모델 떴네요 : 새소식 - 어느커뮤니티</title></head><body>
<div class="board_wrap"><div class="post_view"><h3 class="post_subject">누리별 새 모델 떴네요</h3><div class="post_info"><span class="nickname">달토끼</span><span class="post_date">2026-03-02 10:11:12</span></div>
<div class="post_article"><p>오늘 누리별이 '누리별-L 2'를 공개했어요. 허깅페이스에 가중치도 올라왔습니다.</p><p>벤치 숫자는 블로그에서 확인하시면 됩니다.</p></div></div>
<div class="comment_box">${replies}</div></div></body></html>`;
}

describe('a board post whose writer answers in its replies is read with them', () => {
  it('the writer answers twice: the replies are read', () => {
    const a = parseArticle(Buffer.from(boardPost(2)), { source: 'board.html' });
    expect(a.text).toContain('누리별-L 2');
    expect(a.text).toContain('계속 참여 중이고요');
  });
  it('a writer shown with a company badge ("X · handle") is left to the workplace-community reading', () => {
    const html = boardPost(2).replace(/<span class="nickname">([^<]+)<\/span>/g, '<span class="name"><span class="company">가온소프트</span> · <span class="nickname">$1</span></span>');
    const a = parseArticle(Buffer.from(html), { source: 'board.html' });
    expect(a.text).toContain('누리별-L 2');
    expect(a.text).not.toContain('계속 참여 중이고요');
  });
  it('the writer answers once, or not at all: the replies stay out', () => {
    for (const n of [0, 1]) {
      const a = parseArticle(Buffer.from(boardPost(n)), { source: 'board.html' });
      expect(a.text).toContain('누리별-L 2');
      expect(a.text).not.toContain('계속 참여 중이고요');
    }
  });
});
