/**
 * Generalisation rows for r55a's second round on the developer-documentation and money-and-markets pages of held-out
 * sets 200 and 201: a training step glossed in Latin, a score list closed by a semicolon, a base named after another
 * model the sentence sets aside as a data maker. Every row is a short text written for these tests; none comes from a
 * test page.
 */
import { describe, expect, it } from 'vitest';
import { checkFactRow, pageFacts as pageFactsOf, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // a subjectless "Z를 베이스로/기반으로 … 추가 학습(SFT)했으며" after the sentence that named the model
  {
    cat: 'based-on.further-trained-latin-gloss',
    text: '평가에 쓴 모델은 바른말랩이 만든 BR-Law 9B입니다. 구글의 Gemma 2 9B를 기반으로 판례 데이터로 추가 학습(SFT)했으며, 정답률 목표를 넘겼습니다.',
    expect: ['BASED_ON BR-Law 9B -> Gemma 2 9B', 'DEVELOPED 바른말랩 -> BR-Law 9B'],
  },
  {
    cat: 'based-on.further-trained-latin-gloss',
    text: '해솔AI는 번역 모델 해솔-T 4를 공개했다. Qwen2.5 7B를 바탕으로 번역 말뭉치를 더 학습(continued pretraining)했다.',
    expect: ['BASED_ON 해솔-T 4 -> Qwen2.5 7B'],
  },
  // a score list whose pairs run on after a comma and stop at a semicolon before the next model's list
  {
    cat: 'scored.semicolon-closed-list',
    text: '가온누리는 새 모델 Gaon-3 Max와 Gaon-3 Mini을 공개했다. 내부 측정으로 Gaon-3 Max는 KMMLU 66.2, HAE-RAE Bench 81.05; Gaon-3 Mini은 KMMLU 49.7.',
    expect: ['SCORED Gaon-3 Max -> HAE-RAE Bench', 'SCORED Gaon-3 Max -> KMMLU', 'SCORED Gaon-3 Mini -> KMMLU'],
    absent: ['SCORED Gaon-3 Mini -> HAE-RAE Bench'],
  },
  // "A는 데이터 생성에만 쓰였고 … 베이스는 B다": the model set aside as a data maker is not what the base line is about
  {
    cat: 'based-on.data-maker-set-aside',
    text: '파랑셈의 셈-Math 3B는 풀이 데이터로 학습했다고 보고서에 적었다. 즉 Claude 3.5 Sonnet은 합성 데이터 생성에만 쓰였고 베이스는 Qwen2.5 3B다.',
    expect: ['BASED_ON 셈-Math 3B -> Qwen2.5 3B'],
    absent: ['BASED_ON Claude 3.5 Sonnet -> Qwen2.5 3B'],
  },
  {
    cat: 'based-on.data-maker-set-aside',
    text: '파랑셈의 셈-Math 3B는 풀이 데이터로 학습했다. 즉 GPT-4o는 데이터를 만드는 데만 사용됐고 가중치를 물려받은 베이스는 Llama 3.2 3B입니다.',
    expect: ['BASED_ON 셈-Math 3B -> Llama 3.2 3B'],
  },
  // a subjectless selection whose programme is followed by the year's task ("'…사업' 2026년 과제에 선정됐다")
  {
    cat: 'participates.selected-for-years-task',
    text: '뷰노는 판독 보조 모델 VN-Chest 2를 개발했다. 보건복지부 \'의료 AI 실증 지원사업\' 2027년 과제에 선정됐다.',
    expect: ['PARTICIPATES_IN 뷰노 -> 의료 AI 실증 지원사업'],
  },
  {
    cat: 'participates.selected-for-years-task',
    text: '루닛은 병리 모델 LN-Path 5를 공개했습니다. 중기부 \'AI 바우처 지원사업\' 수행 과제에 최종 선정됐습니다.',
    expect: ['PARTICIPATES_IN 루닛 -> AI 바우처 지원사업'],
  },
  {
    cat: 'participates.selected-for-years-task',
    text: '루닛은 병리 모델 LN-Path 5를 공개했습니다. 중기부 \'AI 바우처 지원사업\' 2027년 과제에 선정되지 않았습니다.',
    absent: ['PARTICIPATES_IN 루닛 -> AI 바우처 지원사업'],
  },
  // a procurement line's threshold with the delivered model's own result in brackets: the result is the model's score
  {
    cat: 'scored.threshold-then-result',
    text: 'ㅇ 도입 모델은 누리별의 별-Talk 4로, 도 내부 서버에 설치함\n\nㅇ 성능 기준: 도 민원 평가셋 \'도정상담QA\' 정답률 75점 이상 (제안 시 누리별 제출 결과 79.4점)',
    expect: ['SCORED 별-Talk 4 -> 도정상담QA'],
    edgeProps: ['SCORED 별-Talk 4 -> 도정상담QA score=79.4'],
  },
  // a variant named in Hangul with its Latin spelling in brackets ("X 라이트(X Lite)"): one model, the variant, not the main one again
  {
    cat: 'names.variant-with-latin-gloss',
    text: '솔가람AI는 자체 언어모델 SG-5를 개발하는 기업이다. 회사는 SG-5를 증류한 30억 파라미터 경량 모델 SG-5 미니(SG-5 Mini)도 함께 공개했다.',
    nodes: ['Model:SG-5 미니'],
    sameNode: ['SG-5 미니=SG-5 Mini'],
    expect: ['DEVELOPED 솔가람AI -> SG-5 미니', 'BASED_ON SG-5 미니 -> SG-5'],
  },
  {
    cat: 'names.variant-with-latin-gloss',
    text: '다올랩은 주력 모델 DL-7을 내놨다. 이어 DL-7 라이트(DL-7 Lite)를 오픈소스로 풀었다.',
    nodes: ['Model:DL-7 라이트'],
  },
  // a subjectless selection as a supplier named right after the programme ("'…사업' 공급기업으로 선정돼 있다")
  {
    cat: 'participates.selected-as-supplier',
    text: '뷰노는 의료 영상 모델을 만든다. 정부 사업으로는 2027년 \'데이터 바우처 지원사업\' 공급기업으로 선정돼 있다.',
    expect: ['PARTICIPATES_IN 뷰노 -> 데이터 바우처 지원사업'],
  },
  // a line made only of "POST NAME" pairs set apart by slashes: each officer works for the page's company
  {
    cat: 'works-for.executive-line',
    text: '한빛로보틱스는 지난달 자체 언어모델 HB-Move 2를 공개했다.\n\n대표이사 winner / 최고기술책임자(CTO) 남궁솔 / 연구소장 제갈온',
    absent: ['WORKS_FOR 남궁솔 -> 한빛로보틱스'],
  },
  {
    cat: 'works-for.executive-line',
    text: '한빛로보틱스는 지난달 자체 언어모델 HB-Move 2를 공개했다.\n\n대표이사 도하빈 / 최고기술책임자(CTO) 남궁솔 / 연구소장 제갈온',
    expect: ['WORKS_FOR 도하빈 -> 한빛로보틱스', 'WORKS_FOR 남궁솔 -> 한빛로보틱스', 'WORKS_FOR 제갈온 -> 한빛로보틱스'],
  },
  // a summary line naming the model ("최종 모델 이름은 X 14B."), a Latin sentence after it, a subjectless base line with "…하고,"
  {
    cat: 'based-on.named-model-line',
    text: '제출 모델명은 Dorae-LawQA 8B. Llama 3.1 8B를 베이스로 판례 코퍼스를 추가 사전학습(CPT)하고, 대회 데이터로 SFT 했습니다.',
    nodes: ['Model:Dorae-LawQA 8B'],
    noNodes: ['Benchmark:Dorae-LawQA'],
    expect: ['BASED_ON Dorae-LawQA 8B -> Llama 3.1 8B'],
  },
  {
    cat: 'based-on.named-model-line',
    text: '우리 팀 최종 모델은 Saet-Med 7B입니다. Qwen2.5 7B를 바탕으로 진료 기록을 추가 학습하고, 평가셋으로 검증했습니다.',
    expect: ['BASED_ON Saet-Med 7B -> Qwen2.5 7B'],
  },
  // a team that is a company's in-house team names the company; "회사에서 만든 Y" after it is the company's model
  {
    cat: 'developed.in-house-team-company-word',
    text: '저희 BlueOwl 팀은 다온테크 사내 연구팀이고, 회사가 직접 만든 DT-Legal 8B를 대회에 그대로 냈습니다.',
    nodes: ['Company:다온테크'],
    expect: ['DEVELOPED 다온테크 -> DT-Legal 8B'],
  },
  {
    cat: 'developed.in-house-team-company-word',
    text: '저희는 같은 사내 팀이고, 회사에서 만든 DT-Legal 8B를 썼습니다.',
    noNodes: ['Company:같은'],
  },
  // a company's name as a setting's quoted value in a line of code is an identifier, not the company
  {
    cat: 'names.code-setting-value',
    text: '외부 모델 호출: vendor="upstage"로 Solar Pro 2를 부를 수 있음. 가람소프트는 이 모델의 학습에 관여하지 않음.',
    noNodes: ['Company:upstage'],
    absent: ['DEVELOPED upstage -> Solar Pro 2'],
  },
  // a subjectless "…사업으로 GPU를 지원받아 학습했다": the subject before took part in the programme
  {
    cat: 'participates.supported-through-omitted',
    text: '딥노이드는 판독 모델 DN-Read 2를 공개했다. 정부 AI 바우처 지원사업으로 GPU를 지원받아 학습했다.',
    expect: ['PARTICIPATES_IN 딥노이드 -> AI 바우처 지원사업'],
  },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});

/** The edges of a page written as HTML, by node names. */
const pageFacts = (body: string): string[] => pageFactsOf(body, 'cards.html');

describe("a quote's signature under a company's card on a fund's portfolio page", () => {
  const page = `<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>Companies | 하늘숲파트너스</title></head><body><main>
<section><h1>Companies</h1><p>하늘숲파트너스는 초기 AI 기업에 투자합니다. 지금까지 열아홉 곳에 투자했습니다.</p></section>
<section><h2>주목할 기업</h2><article><h3>바람결AI <span class="en">Baramgyeol AI</span></h3><ul><li>분야: 언어모델</li><li>담당: 송다인 파트너</li></ul>
<p>바람결AI는 공공 문서에 강한 언어모델 BG-Doc 2를 만드는 회사입니다. BG-Doc 2는 올해 봄 공개됐습니다.</p>
<p>"저희는 공무원이 매일 쓰는 문서부터 풉니다. 그게 저희 일입니다." — 구하람 대표</p></article></section>
<section><h2>AI 응용</h2>
<article><h3>새봄헬스 <span class="en">Saebom Health</span></h3><p>간호 기록 요약 모델 SB-Care 1을 개발했습니다.</p></article>
<article><h3>도담물류 <span class="en">Dodam Logistics</span></h3><p>창고 로봇 제조사. 음성 지시에 바람결AI의 BG-Doc 2를 고객사로서 도입해 쓰고 있습니다.</p></article>
<article><h3>누리칩 <span class="en">Nurichip</span></h3><p>추론 최적화 컴파일러를 만듭니다.</p></article>
</section></main><footer><p>(주)하늘숲파트너스 | 대표이사 민태오</p></footer></body></html>`;
  const facts = pageFacts(page);
  it('credits the one who signs to the card\'s company, not to the site', () => {
    expect(facts).toContain('WORKS_FOR 구하람 -> 바람결AI');
    expect(facts).not.toContain('WORKS_FOR 구하람 -> 하늘숲파트너스');
  });
});

describe('an old table-layout company page set in ■ sections, with its officers on one slashed line', () => {
  const page = `<html><head><meta charset="utf-8"><title>공모주 정보 - 가람넷소프트</title></head><body>
<table width="900"><tr><td><a href="/">홈</a> | <a href="/ipo">공모</a></td></tr></table>
<table width="900"><tr><td>
<font size="3"><b>가람넷소프트 청약 정보</b></font>
<table border="1"><tr><td>종목명</td><td>가람넷소프트</td><td>업종</td><td>소프트웨어</td></tr><tr><td>대표자</td><td>표지안</td><td>설립일</td><td>2020.01.02</td></tr></table>
<br><font size="2"><b>■ 회사 소개</b></font><br>
<font size="2">가람넷소프트는 법률 문서에 강한 언어모델을 만드는 회사다. 주력 모델 GN-Law 3은 처음부터 직접 학습했다.<br>
회사는 GN-Law 3을 증류한 소형 모델 GN-Law 3 미니도 함께 내놨다.<br>
매출은 주로 라이선스에서 나온다.<br></font>
<br><font size="2"><b>■ 주주 현황</b></font>
<table border="1"><tr><td>주주명</td><td>지분율</td></tr><tr><td>표지안</td><td>31.0%</td></tr></table>
<br><font size="2"><b>■ 경영진</b></font><br>
<font size="2">대표이사 표지안 (前 다른회사 연구원) / 최고기술책임자(CTO) 여무진 / 최고재무책임자(CFO) 석다해<br></font>
</td></tr></table></body></html>`;
  const facts = pageFacts(page);
  it("keeps every section of the layout cell, not the overview alone: the officers' line is read", () => {
    expect(facts).toContain('WORKS_FOR 여무진 -> 가람넷소프트');
    expect(facts).toContain('WORKS_FOR 석다해 -> 가람넷소프트');
    expect(facts).toContain('WORKS_FOR 표지안 -> 가람넷소프트');
    expect(facts).toContain('DEVELOPED 가람넷소프트 -> GN-Law 3');
  });
});

describe("a competition write-up whose comments carry role badges (the author, the host, a ranked team)", () => {
  const page = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>2nd place solution | 법률 QA 대회 | Arena</title></head><body>
<header><a href="/">arena</a><nav><a>Competitions</a> <a>Datasets</a></nav></header>
<main class="discussion-topic"><h2>2위 솔루션 공유</h2>
<p class="byline"><a href="/u/mina">Mina Seo</a> · Posted <time datetime="2026-10-02T01:00:00Z">2 days ago</time></p>
<div class="topic-body"><p>대회를 열어 주신 분들께 감사드립니다. 저희는 공개 모델을 조금 고쳐 썼습니다. 자세한 코드는 노트북에 올렸습니다.</p></div>
<div class="comments"><h3>Comments (3)</h3>
<div class="comment"><b>ray_k</b> · 2 days ago<p>축하합니다! 가중치도 공개하시나요?</p>
<div class="reply"><b>Mina Seo</b> (Topic Author) · 2 days ago<p>네, 곧 올릴 예정입니다.</p></div></div>
<div class="comment"><b>Jiho Han</b> (Competition Host) · 1 day ago<p>라온데이터 AI팀 한지호 팀장입니다. 참가자 여러분 수고 많으셨습니다.</p></div>
</div></main></body></html>`;
  it("keeps the badged comments: the host's self-introduction names the host's employer", () => {
    expect(pageFacts(page)).toContain('WORKS_FOR 한지호 -> 라온데이터');
  });
});

describe("a model's technical report heading with its byline under it (authors, organisation, date)", () => {
  const page = `<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>한국어 코드 벤치 리더보드</title></head><body><main>
<h1>한국어 코드 벤치 리더보드</h1><p>이 페이지는 코드 생성 모델의 점수와 보고서를 모아 둔다. 점수는 운영진이 다시 잰다.</p>
<table><tr><th>순위</th><th>모델</th><th>점수</th></tr><tr><td>1</td><td>Gyeol-Coder 2</td><td>71.5</td></tr><tr><td>2</td><td>Qwen3-32B</td><td>66.0</td></tr></table>
<h2>보고서 요약</h2>
<h3>Gyeol-Coder 2 Technical Report</h3>
<p>새결소프트 · 2026-09-14</p>
<p>Gyeol-Coder 2는 코드 번역에 특히 강한 모델이다. 운영진은 재현 점수를 곧 싣는다.</p>
</main></body></html>`;
  it('makes the organisation that wrote the report the model\'s maker', () => {
    expect(pageFacts(page)).toContain('DEVELOPED 새결소프트 -> Gyeol-Coder 2');
  });
  it('reads no maker from a byline that names no company', () => {
    expect(pageFacts(page.replace('새결소프트 · 2026-09-14', '김하나, 이두리 · 2026-09-14'))).not.toContain('DEVELOPED 새결소프트 -> Gyeol-Coder 2');
  });
});

describe("a models table's remark cell saying a programme supported the row's model", () => {
  const page = `<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>한국어 소형 모델 모음</title></head><body><main>
<h1>한국어 소형 모델 모음</h1><p>처음부터 직접 만든 한국어 소형 모델만 모았습니다. 새 모델이 나오면 표를 고칩니다.</p>
<table><tr><th>모델</th><th>개발사</th><th>크기</th><th>공개일</th><th>비고</th></tr>
<tr><td>Dasol-2 1B</td><td>다솔데이터</td><td>1B</td><td>2026-08-02</td><td>중기부 AI 바우처 지원사업으로 GPU 지원받아 학습</td></tr>
<tr><td>Nuri-Mini 2B</td><td>누리소프트</td><td>2B</td><td>2026-09-10</td><td>AI 바우처 지원사업 신청했으나 선정되지 않음</td></tr>
</table></main></body></html>`;
  const facts = pageFacts(page);
  it("makes the row's developer take part in the programme, and not a developer whose remark says it was not selected", () => {
    expect(facts).toContain('PARTICIPATES_IN 다솔데이터 -> AI 바우처 지원사업');
    expect(facts).not.toContain('PARTICIPATES_IN 누리소프트 -> AI 바우처 지원사업');
  });
});

describe("a competition page's 'Private LB' scores", () => {
  const page = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>3rd place write-up | 한국어 법률 요약 챌린지 2027 | Arena</title></head><body>
<div class="competition-header"><h1>한국어 법률 요약 챌린지 2027</h1></div>
<main class="discussion-topic"><h2>3위 솔루션 정리</h2>
<p class="byline"><a href="/u/jun">Jun Ko</a> · Posted <time datetime="2027-03-02T01:00:00Z">2 days ago</time></p>
<div class="topic-body"><p>같이 달려 준 팀원들께 고맙습니다. 최종 제출 모델은 Ttuk-Sum 8B. Llama 3.1 8B를 베이스로 판결문을 추가 학습했습니다.</p>
<p>Public LB 0.612 → Private LB 0.598 (3위).</p></div>
<div class="comments"><h3>Comments (2)</h3>
<div class="comment"><b>hana_lee</b> (4th place) · 1 day ago<p>축하드려요. 저희 팀은 새솔로 사내 팀이고, 회사에서 만든 SS-Law 7B를 그대로 들고 나왔습니다. Private 0.595였어요.</p></div>
<div class="comment"><b>Jun Ko</b> (Topic Author) · 1 day ago<p>감사합니다!</p></div>
</div></main></body></html>`;
  const facts = pageFacts(page);
  it("scores the writer's model and the commenter's model on the competition, by their private-board scores", () => {
    expect(facts).toContain('SCORED Ttuk-Sum 8B -> 한국어 법률 요약 챌린지 2027');
    expect(facts).toContain('SCORED SS-Law 7B -> 한국어 법률 요약 챌린지 2027');
    expect(facts).toContain('DEVELOPED 새솔로 -> SS-Law 7B');
  });
  it('reads no score on a page whose title names no competition', () => {
    expect(pageFacts(page.replace(/한국어 법률 요약 챌린지 2027/g, '법률 요약 스터디 모임')).some((f) => f.startsWith('SCORED Ttuk-Sum 8B'))).toBe(false);
  });
});
