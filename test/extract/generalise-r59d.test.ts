/**
 * Generalisation rows (r59d): a score list's later benchmark after "저희가 직접 만든 …"; a second staff member named by title in
 * the next clause; a lawmaker's quoted question that names an official's title; a grant's resources acknowledged in a paper; a
 * teacher and a base both named before "증류해 만든"; a Markdown post's front-matter description read as its lead.
 * Each row is a short article written for these tests in wording of its own; none comes from a test page.
 */
import { describe, expect, it } from 'vitest';
import { checkFactRow, pageFacts, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // the writer's company, read from "저희", before a self-made benchmark in a score list
  { cat: 'scored.own-benchmark-in-list', text: "안녕하세요, 물결랩스 CTO 서하늘입니다. 오늘 저희가 '물결-3 8B'를 공개했습니다. 물결-3 8B는 KMMLU 51.2, CLIcK 60.3이 나왔고, 저희가 직접 만든 의료 평가셋 MedKo-QA에서는 70.4를 찍었습니다.", expect: ['SCORED 물결-3 8B -> MedKo-QA'], edgeProps: ['SCORED 물결-3 8B -> MedKo-QA score=70.4'] },
  // "저희 CTO A가 …했고, … 리서치 리드 B가 도맡았습니다": B works where A does
  { cat: 'works-for.staff-next-clause', text: "안녕하세요, 물결랩스 대표 서하늘입니다. 학습 인프라는 저희 CTO 남궁연이 설계했고, 증류 실험은 리서치 리드 표지수가 도맡았습니다.", expect: ['WORKS_FOR 표지수 -> 물결랩스'] },
  // a lawmaker asking about the minister's former employer is no official of the programme
  { cat: 'promotes.questioning-lawmaker', text: "국정감사에서는 독자 AI 파운데이션 모델 프로젝트 2차 평가가 쟁점이 됐다. 도윤서 과기정통부 장관은 \"독자 AI 파운데이션 모델 프로젝트는 정부가 끝까지 이끌겠다\"고 답했다. 채민아 국민의힘 의원은 \"2차 평가의 배점이 공개되지 않았다\"고 지적했다. 도 장관은 이해충돌 논란에도 휘말렸다. 채 의원은 \"장관이 일했던 물결랩스가 2차 평가에서 1위에 오른 것이 우연이냐\"고 물었고, 도 장관은 \"평가에는 관여하지 않았다\"고 말했다.", absent: ['PROMOTES 채민아 -> 독자 AI 파운데이션 모델 프로젝트'] },
  // a paper's acknowledgement: the programme's computing resources received
  { cat: 'participates.grant-resources', text: "본 논문은 물결랩스가 개발한 물결-Law 8B의 학습 방법을 보고한다. 이 논문은 과학기술정보통신부 'AI 반도체 실증 지원사업'(과제번호 RS-2027-00012345)의 NPU 자원을 지원받아 물결랩스가 수행한 연구 결과임.", expect: ['PARTICIPATES_IN 물결랩스 -> AI 반도체 실증 지원사업'] },
  // "A를 교사로 B를 증류해 만든 C": both A and B are C's bases
  { cat: 'based-on.teacher-and-base', text: "물결랩스는 오늘 새 모델을 공개했다. 구름-L 72B를 교사로 미스트랄의 Mistral 7B를 증류해 만든 '물결-R 7B'다.", expect: ['BASED_ON 물결-R 7B -> 구름-L 72B', 'BASED_ON 물결-R 7B -> Mistral 7B'] },
  // a candidate base weighed and dropped ("A는 빠졌고", "B는 끝까지 고민했지만 결국 C를 베이스로 정했다") is not built on C
  { cat: 'based-on.weighed-candidates', text: "물결랩스 개발기\n\n물결랩스는 상담 모델 '물결-CS 2'를 만들었다. 후보는 세 개였다. 미스트랄은 한국어 점수가 낮아 빠졌고, 구름-L 72B는 끝까지 고민했지만 결국 추론 성능과 라이선스 조건을 따져 Qwen3-32B를 베이스로 정했다.", absent: ['BASED_ON 미스트랄 -> Qwen3-32B', 'BASED_ON 구름-L 72B -> Qwen3-32B'] },
  // a company that joined through an added call, introduced by a kind noun ("추가 공모를 거쳐 합류한 스타트업 X")
  { cat: 'participates.joined-through-call', text: "해양수산부는 '해양 AI 실증사업' 중간 점검 결과를 내놨다. 이 사업에는 1차 심사를 통과한 파도데이터, 등대AI 2개 팀과 지난달 추가 모집을 거쳐 합류한 물류 스타트업 갈매기랩이 참여하고 있다.", expect: ['PARTICIPATES_IN 갈매기랩 -> 해양 AI 실증사업'] },
  // a headline or summary line "A, B와 … 'M' 공동 개발": both companies are the model's developers
  { cat: 'developed.headline-joint-model', text: "[속보] 물결랩스, 베트남 통신사 사이공넷과 베트남어 모델 '사이공-LM' 공동 개발\n\n물결랩스는 사이공넷과 손잡았다.", expect: ['DEVELOPED 물결랩스 -> 사이공-LM', 'DEVELOPED 사이공넷 -> 사이공-LM'] },
  { cat: 'developed.headline-joint-model', text: "물결랩스, 사이공넷과 '사이공-LM' 공동 개발설…양사 \"검토한 바 없다\"", absent: ['DEVELOPED 물결랩스 -> 사이공-LM', 'DEVELOPED 사이공넷 -> 사이공-LM'] },
  // a company's stem before its "AI"/"지능" word, a hyphen and a version, names the company's model line ("새봄AI … 새봄-2")
  { cat: 'models.namesake-hyphen', text: "AI 스타트업 별빛지능은 정예팀에 뽑혔다. 커뮤니티에서 별빛-2의 어텐션 구조가 DeepSeek-V3.2와 닮았다는 분석이 돌았다.", nodes: ['Model:별빛-2'], expect: ['DEVELOPED 별빛지능 -> 별빛-2'] },
  { cat: 'models.namesake-hyphen', text: "새봄AI는 올해 설립됐다. 새봄-2024 행사에서 첫 제품을 발표했다.", noNodes: ['Model:새봄-2024', 'Model:새봄-20'] },
  // an English company name glossed by its Hangul name with the firm's legal form ("Byeolbit Law (법무법인 별빛)") is one company
  { cat: 'companies.latin-glossed-by-firm', text: "Most of those answers exist because of Byeolbit Law (법무법인 별빛). Dahye Seo, head of legal innovation at Byeolbit Law, ran the review.", noNodes: ['Company:법무법인 별빛', 'Company:별빛'], sameNode: ['Byeolbit Law=법무법인 별빛'], props: ['Byeolbit Law=country:KR'], expect: ['WORKS_FOR Dahye Seo -> Byeolbit Law'] },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});

describe("a Markdown post's front-matter description gives the facts it states", () => {
  it('reads the description as the lead', () => {
    const page = `---\ntitle: "물결-R 7B 개발기"\ndate: 2027-02-02T09:00:00+09:00\ndescription: "구름-L 72B를 교사로 Mistral 7B를 증류해 만든 물결-R 7B의 학습 과정을 공유합니다."\n---\n\n# 물결-R 7B 개발기\n\n안녕하세요, 물결랩스 모델팀입니다. 오늘은 학습 과정을 정리합니다.\n`;
    const facts = pageFacts(page, 'post.md');
    expect(facts).toContain('BASED_ON 물결-R 7B -> 구름-L 72B');
  });
});
