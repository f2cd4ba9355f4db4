/**
 * Generalisation rows for sets 71 and 103's forms: a headline whose subject a release clause opens ("'Y' 내놓은 A, B와
 * 손잡고 …"), so that a later "양사" is that pair; a channel export's digest items ("A × B 'Y' 공개", "- C의 'Z' 기반, …
 * 추가학습", "'Y' 출시(3/1). 'Z'를 증류해 만든 0.6B급", "- KMMLU 44.1 (동급 M 38.2)", "- NAME X부 제2차관 \"…\"").
 * Names and sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';
import { extractArticle } from '../../src/pipeline/index.js';
import { checkFactRow, type FactRow } from './helpers.js';

const EXPORT = (body: string) => `AI 투자 메모 (가상증권 리서치 김도현)\n채널 내보내기 · 2026-03-03 · 메시지 3개\nhttps://t.me/ai_memo_test\n──────────────────────────────\n\n${body}`;

const rows: FactRow[] = [
  // a headline's subject after a release clause and its partner: the pair "양사" means later, developing the model it names
  { cat: 'pair.headline-after-release', text: "'하람 3' 내놓은 누리소프트, 업스테이지와 손잡고 법률 모델 공동 개발\n\n누리소프트가 3일 '하람 3'를 공개했다. 이날 행사에는 업스테이지 김성훈 대표도 참석했다. 양사는 법률 특화 모델을 공동 개발하는 업무협약을 맺었다. 양사가 함께 만드는 모델의 가칭은 '하람 X'이다.", expect: ['PARTNERS_WITH 누리소프트 -> 업스테이지', 'DEVELOPED 누리소프트 -> 하람 X', 'DEVELOPED 업스테이지 -> 하람 X'] },
  { cat: 'pair.headline-after-release', text: "'하람 3' 내놓은 누리소프트, 업스테이지와 경쟁 격화\n\n누리소프트가 3일 '하람 3'를 공개했다. 이날 행사에는 업스테이지 김성훈 대표도 참석했다. 누리소프트가 함께 만드는 모델의 가칭은 '하람 X'이다.", absent: ['PARTNERS_WITH 누리소프트 -> 업스테이지', 'DEVELOPED 업스테이지 -> 하람 X'] },
  // a channel export's item: "A × B 'Y' 공개" and its base line
  { cat: 'export.cross-mark-release', text: EXPORT("[2026-03-03 09:30] AI 투자 메모\n🤝 KT × 마이크로소프트(Microsoft) 기업용 LLM '가온-CX' 공개\n- 마이크로소프트의 '파이-4(Phi-4)' 기반, 한국어 상담 데이터 추가학습\n- 양사 공동개발\n- 파라미터 14B"), expect: ['DEVELOPED KT -> 가온-CX', 'DEVELOPED 마이크로소프트 -> 가온-CX', 'BASED_ON 가온-CX -> 파이-4', 'PARTNERS_WITH KT -> 마이크로소프트'] },
  { cat: 'export.cross-mark-release', text: EXPORT("[2026-03-03 09:30] AI 투자 메모\n👀 (미확인) KT × 마이크로소프트 '가온-CX' 공동 개발설 → 양사 모두 \"사실무근\""), absent: ['DEVELOPED KT -> 가온-CX', 'DEVELOPED 마이크로소프트 -> 가온-CX'] },
  // an item on one company: its model distilled from a base in the same line, a compared model's score in parentheses
  { cat: 'export.item-lines', text: EXPORT("[2026-03-03 13:20] AI 투자 메모\n📊 비상장 관심기업 업데이트: 다람AI\n- 경량 모델 '다람 나노' 출시(3/1). 알리바바 '큐웬3-4B'를 증류해 만든 0.6B급, 허깅페이스 오픈소스\n- KMMLU 44.1 (동급 라마 3.2 1B 38.2)"), expect: ['BASED_ON 다람 나노 -> 큐웬3-4B', 'SCORED 다람 나노 -> KMMLU', 'SCORED 라마 3.2 1B -> KMMLU'], edgeProps: ['SCORED 라마 3.2 1B -> KMMLU score=38.2', 'SCORED 다람 나노 -> KMMLU score=44.1'] },
  { cat: 'export.item-lines', text: EXPORT("[2026-03-03 13:20] AI 투자 메모\n📊 비상장 관심기업 업데이트: 다람AI\n- 경량 모델 '다람 나노' 출시(3/1). 알리바바 '큐웬3-4B'와 비교하면 절반 크기\n- KMMLU 44.1 (라마 3.2 1B 대비 +5.9)"), absent: ['BASED_ON 다람 나노 -> 큐웬3-4B', 'SCORED 라마 3.2 1B -> KMMLU'] },
  // a forwarded programme news item, an official's bite in a line of its own
  { cat: 'export.official-bite', text: EXPORT("[2026-03-03 10:12] AI 투자 메모\nForwarded from 정책 알림봇\n📰 [속보] 과기정통부, '독자 AI 파운데이션 모델 프로젝트' 3차 평가 결과 발표\n- 신규 선정: 코난테크놀로지\n- 한도윤 과학기술정보통신부 제2차관 \"연말까지 최종 팀을 가리겠다\""), expect: ['PROMOTES 한도윤 -> 독자 AI 파운데이션 모델 프로젝트', 'PARTICIPATES_IN 코난테크놀로지 -> 독자 AI 파운데이션 모델 프로젝트'] },
  { cat: 'export.official-bite', text: EXPORT("[2026-03-03 10:12] AI 투자 메모\nForwarded from 정책 알림봇\n📰 [속보] 과기정통부, '독자 AI 파운데이션 모델 프로젝트' 3차 평가 결과 발표\n- 한도윤 다온랩 본부장 \"결과에 만족\""), absent: ['PROMOTES 한도윤 -> 독자 AI 파운데이션 모델 프로젝트'] },
  // an English feature: a surname alone after the verb of a quote ("…," said Seo, now head of … at C) is the person named before
  { cat: 'en.surname-after-said', text: "Seo Da-eun, who built Kakao's speech models until last year, now leads research at Upstage. \"We ship weekly,\" said Seo, now head of research at Upstage, in a phone interview.", expect: ['WORKS_FOR Seo Da-eun -> Upstage'] },
  { cat: 'en.surname-after-said', text: "Seo Da-eun built Kakao's speech models. \"We ship weekly,\" said Seo, once a researcher at Upstage.", absent: ['WORKS_FOR Seo Da-eun -> Upstage'] },
  { cat: 'en.surname-after-said', text: "Seo Da-eun and Seo Min-ji met in Seoul. \"We ship weekly,\" said Seo, now head of research at Upstage.", absent: ['WORKS_FOR Seo Da-eun -> Upstage', 'WORKS_FOR Seo Min-ji -> Upstage'] },
  // a startup's hire named in a feature, and a family's score given for one of its sizes
  { cat: 'en.feature-hire-family-score', text: "On a humid evening in Pangyo, a dozen engineers at Korvi AI were still at work. Korvi's most prominent hire is Han Ji-soo, who spent five years at Kakao before joining the startup as chief scientist. Kakao's entry, the Kanana 2 family, was trained in-house; its 30-billion-parameter version scored 68.4 on KMMLU in Kakao's own tests.", expect: ['WORKS_FOR Han Ji-soo -> Korvi AI'], edgeProps: ['SCORED Kanana 2 -> KMMLU score=68.4'] },
  { cat: 'en.feature-hire-family-score', text: "On a humid evening in Pangyo, a dozen engineers at Korvi AI were still at work. Korvi's biggest rival is Han Ji-soo's startup. Kakao's entry, the Kanana 2 family, was trained in-house; its rival Solar Pro 2 scored 68.4 on KMMLU.", absent: ['WORKS_FOR Han Ji-soo -> Korvi AI', 'SCORED Kanana 2 -> KMMLU'] },
  // a thread's speech: "A이랑 B가 같이 만들어 공개한 …" names A a company and B's partner; a model that carries A's brand in Latin letters is A's
  { cat: 'thread.coordinated-brand', text: "이제 우리 Dasom-3B 얘기. 80억 파라미터, 오늘 오픈소스로 공개했음. 다솜지능이랑 업스테이지가 지난달 같이 만들어 공개한 한국어 평가셋 K-FactCheck 기준으로 Dasom-3B 78.2.", nodes: ['Company:다솜지능'], expect: ['PARTNERS_WITH 다솜지능 -> 업스테이지', 'DEVELOPED 다솜지능 -> Dasom-3B'] },
  { cat: 'thread.coordinated-brand', text: "카카오가 오늘 Dasom-3B를 공개했다. 다솜지능이랑 업스테이지가 지난달 같이 만들어 공개한 한국어 평가셋 K-FactCheck 기준으로 Dasom-3B 78.2.", absent: ['DEVELOPED 다솜지능 -> Dasom-3B'] },
  { cat: 'thread.coordinated-brand', text: "다솜지능이랑 비교하면 업스테이지가 지난달 내놓은 평가셋이 더 낫다.", noNodes: ['Company:다솜지능'], absent: ['PARTNERS_WITH 다솜지능 -> 업스테이지'] },
  { cat: 'thread.coordinated-brand', text: "다솜지능이 오늘 발표회를 열었다. 경쟁사 모델 'Dasom-3B'가 먼저 나왔다는 지적도 있었다.", absent: ['DEVELOPED 다솜지능 -> Dasom-3B'] },
  // a thread's "정확한 이름은 X" after a short name: X is that model's full name, one node
  { cat: 'thread.full-name', text: "먼저 LG AI연구원 엑사원 5. 정확한 이름은 EXAONE 5 30B-A3B. MoE 구조라 총 파라미터 300억 개 중 30억 개만 활성화됨.", sameNode: ['EXAONE 5 30B-A3B=엑사원 5'], props: ['EXAONE 5 30B-A3B=parameters:30000000000'] },
  { cat: 'thread.full-name', text: "먼저 LG AI연구원 엑사원 5. 정확한 이름은 EXAONE 55 Pro. 같이 나온 모델임.", nodes: ['Model:엑사원 5', 'Model:EXAONE 55 Pro'] },
  { cat: 'thread.full-name', text: "먼저 LG AI연구원 엑사원 5. 같이 나온 작은 버전은 EXAONE 5 2.4B.", nodes: ['Model:엑사원 5', 'Model:EXAONE 5 2.4B'] },
  // an official account's post: the person who led the work it announces holds a post there
  { cat: 'thread.led-work', text: "카카오 공식 계정 공지. 한도윤 리더님 발표 영상도 같이 올라왔다. 카카오가 차세대 언어모델 Gana-2를 공개합니다. 개발을 이끈 가나 테크리더 한도윤의 발표 영상은 링크에서 확인하세요.", expect: ['WORKS_FOR 한도윤 -> 카카오'] },
  { cat: 'thread.led-work', text: "카카오 공식 계정 공지. 한도윤 리더님 발표 영상도 같이 올라왔다. 카카오가 차세대 언어모델 Gana-2를 공개합니다. 한도윤 교수는 개발을 이끈 팀을 칭찬했다.", absent: ['WORKS_FOR 한도윤 -> 카카오'] },
  // a procurement notice: the bidding consortium's proposed model, and attachments whose file names carry a name ending in AI
  { cat: 'notice.proposed-model', text: "[알림] 「2027년 지역 의료 특화 AI 모델 실증」 사업 우선협상대상자 선정 결과\n\n우선협상대상자인 가람정보 컨소시엄은 가람정보가 주관하고 데이터 기업 누리데이터가 참여하는 공동수급체다. 컨소시엄은 가람정보의 자체 언어모델 '가람 LM'을 기반으로 의료 데이터를 추가 학습한 '가람의료-LM'을 제안했다.", expect: ['DEVELOPED 가람정보 -> 가람의료-LM', 'BASED_ON 가람의료-LM -> 가람 LM'] },
  { cat: 'notice.proposed-model', text: "우선협상대상자인 가람정보 컨소시엄은 가람정보가 주관하는 공동수급체다. 컨소시엄은 '가람의료-LM'을 제안하지 않았다.", absent: ['DEVELOPED 가람정보 -> 가람의료-LM'] },
  { cat: 'notice.attachment-names', text: "첨부파일: 01_입찰공고문_지역의료특화AI.hwp (112KB)\n02_제안요청서_지역의료특화AI_최종.pdf (3.4MB)", noNodes: ['Company:지역의료특화AI'] },
  { cat: 'notice.attachment-names', text: "스타트업 지역의료특화AI는 오늘 모델을 공개했다.", nodes: ['Company:지역의료특화AI'] },
  // 韓/美/中/日 pages: a Japanese name whose surname ends in -kawa ("…카와 NAME 회사 사장은"), not a coordination with 와
  { cat: 'names.kawa-surname', text: "후루카와 겐지 소니 부사장은 협약식에서 \"아시아 시장의 표준이 될 수 있다\"고 말했다.", expect: ['WORKS_FOR 후루카와 겐지 -> 소니'] },
  { cat: 'names.kawa-surname', text: "네이버와 카카오 소프트뱅크 사장은 말했다.", absent: ['WORKS_FOR 네이버와 카카오 -> 소프트뱅크'], noNodes: ['Person:네이버와 카카오'] },
  // a company introduced only as "PLACE의 X도 …" and named later as "X 측은 자체 구축한 …": "이 회사의 'Y'" between is X's
  { cat: 'reference.this-company-side', text: "대전의 한솔코어가 지난 5일 공개한 '한빛-34B'는 메타의 '라마 3.1 70B'를 기반으로 추가 학습시켰다. 분당의 모래시계AI도 비슷한 길을 택했다. 이 회사의 '모래-M 12B'는 구글의 젬마 3 12B를 미세조정해 만든 법률 특화 모델이다. 모래시계AI 측은 자체 구축한 법률 평가셋 'L-판례QA'에서 모래-M 12B가 71.2점을 기록했다고 밝혔다.", expect: ['DEVELOPED 모래시계AI -> 모래-M 12B'], absent: ['DEVELOPED 한솔코어 -> 모래-M 12B'] },
  { cat: 'reference.this-company-side', text: "회사 측은 자체 구축한 평가셋에서 83.6점을 기록했다고 밝혔다. 정부 측은 자체 개발한 지침을 냈다.", noNodes: ['Company:회사', 'Company:정부'] },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});

// a startup database's team cards whose name and post are printed glued ("NAME프로덕트 총괄 (Head of Product)", "NAME (Gloss)Chief Scientist")
const card = (name: string, post: string, career: string): string => `<li><img src="p.jpg" alt="${name}"><div><strong>${name}</strong><span>${post}</span><p>${career}</p></div></li>`;
const teamPage = (cards: string): string => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>가람비전 | 기업 정보</title></head><body><main><h1>가람비전</h1><section><h2>기업 개요</h2><p>가람비전은 물류 영상 AI를 만드는 스타트업이다.</p></section><section><h2>팀</h2><ul>${cards}</ul></section></main></body></html>`;

describe('profile.glued-team-cards', () => {
  const g = extractArticle(parseArticle(teamPage(card('서다온', '대표이사 (CEO)', '前 쿠팡 물류기술팀.') + card('로라 킴 (Laura Kim)', 'Chief Scientist', '전 메타 연구원.') + card('문채윤', '프로덕트 총괄 (Head of Product)', '前 토스 프로덕트 오너.') + card('가나다', '라마 최고 모델', '설명.')), { source: 'p.html' }));
  const name = (id: string) => g.nodes.find((n) => n.id === id)?.name;
  const works = g.edges.filter((e) => e.type === 'WORKS_FOR').map((e) => `${name(e.source)} -> ${name(e.target)}`).sort();
  it('reads each glued card as a member of the page\'s company', () => expect(works).toEqual(['로라 킴 -> 가람비전', '문채윤 -> 가람비전', '서다온 -> 가람비전']));
  it('reads no name out of a glued line whose rest is no post', () => expect(g.nodes.some((n) => n.name === '가나다')).toBe(false));
});
