/**
 * Generalisation rows for AI in vertical industries (held-out set 210): a bank speaking of itself as "당행"; an internal
 * groupware page signed by its owner's Latin name; company names in two scripts that share an industry word by meaning;
 * a Hangul model name versioned with a "v" and its bare tag; a base switched; "not A but B" as a base; a product's own
 * site run by a studio its footer names; score lists with a metric word; a label line for the base; unit heads and a
 * partner's field staff. Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, expect, it } from 'vitest';
import { checkFactRow, pageFacts, pageGraph, type FactRow } from './helpers.js';
import { sameCompanyInTwoScripts } from '../../src/extract/transliterate.js';

const rows: FactRow[] = [
  // a bank's own words for itself are the bank, never a company named "당행"
  {
    cat: 'references.bank-self',
    text: "가람은행은 상담 모델을 새로 내놨다.\n\n□ 당행의 상담 특화 모델 '가람 CS-LM 2'는 당행이 자체 개발한 모델임",
    expect: ['DEVELOPED 가람은행 -> 가람 CS-LM 2'],
    noNodes: ['Company:당행'],
  },
  {
    cat: 'references.bank-self',
    text: '가람은행은 설명자료를 냈다.\n\n○ 당행은 AI 스타트업 누리랩스와 전략적 제휴를 맺고 상담 모델을 공동 개발하였음',
    expect: ['PARTNERS_WITH 가람은행 -> 누리랩스'],
    noNodes: ['Company:당행'],
  },
  // a Hangul name versioned with "v", its bare tag, and a base switched
  {
    cat: 'models.hangul-v-version',
    text: "솔길게임즈는 NPC 대사 모델 '별빛봇 v2'를 공개했다. 지난해 쓰던 별빛봇 v1은 메타의 'Llama 3.1 8B'를 튜닝한 모델이었다. 이번 v2는 베이스를 알리바바의 오픈 모델 'Qwen3-14B'로 바꿨다.",
    expect: ['BASED_ON 별빛봇 v1 -> Llama 3.1 8B', 'BASED_ON 별빛봇 v2 -> Qwen3-14B'],
    absent: ['BASED_ON 별빛봇 v1 -> Qwen3-14B'],
  },
  {
    cat: 'models.hangul-v-version',
    text: '그리고 v2는 이번 달에 나온다. 따라서 v3는 아직 없다.',
    noNodes: ['Model:그리고 v2', 'Model:따라서 v3'],
  },
  {
    cat: 'models.hangul-v-version',
    text: "솔길게임즈는 '별빛봇 v2'를 공개했다. 덧붙이자면 v3는 내년에 나온다. 이 모델은 K-대화 v1 기준 70.2점을 받았다.",
    noNodes: ['Model:덧붙이자면 v3', 'Model:K-대화 v1'],
  },
  {
    cat: 'based-on.base-switched',
    text: "별빛봇 3는 기반을 미스트랄 AI의 경량 모델 'Mistral Small 3.1'로 갈아탔다.",
    expect: ['BASED_ON 별빛봇 3 -> Mistral Small 3.1'],
  },
  // "not A, but B" as a base
  {
    cat: 'based-on.topic-not-other-base',
    text: "손해보험 특화 모델 '한울 InsLM 2'는 GPT-4o가 아닌 업스테이지의 '솔라 프로 2'를 기반으로 추가 학습한 모델이다.",
    expect: ['BASED_ON 한울 InsLM 2 -> 솔라 프로 2'],
    absent: ['BASED_ON 한울 InsLM 2 -> GPT-4o'],
  },
  // score lists: a metric word between model and score, a note in brackets after it, an edition year before the colon
  {
    cat: 'scored.bench-list-metric',
    text: "누리정밀은 검사 모델 'NV-Check 3'를 내놨다.\n\n- 한국어 벤치마크 KMMLU: NV-Check 3 정답률 55.2 / NV-Check 2 50.1",
    expect: ['SCORED NV-Check 3 -> KMMLU', 'SCORED NV-Check 2 -> KMMLU'],
    edgeProps: ['SCORED NV-Check 3 -> KMMLU score=55.2'],
  },
  {
    cat: 'scored.bench-list-metric',
    text: "누리정밀은 검사 모델 'NV-Check 3'를 내놨다.\n\n- 자체 평가셋 NURI-Weld 2025: NV-Check 3 정확도 88.7 (NV-Check 2는 미측정)",
    expect: ['SCORED NV-Check 3 -> NURI-Weld 2025'],
    noNodes: ['Benchmark:NURI-Weld'],
  },
  // a label line for the base: the maker's possessive and a descriptor before the model
  {
    cat: 'based-on.base-model-label',
    text: "누리정밀은 검사 모델 'NV-Check 3'를 공개했다.\n\n1. NV-Check 3 개요\n - 기반 모델: 구글의 오픈 비전 모델 Gemma 3 4B\n - 규모: 파라미터 40억 개",
    expect: ['BASED_ON NV-Check 3 -> Gemma 3 4B'],
  },
  // a partner's field staff named with the support unit between company and name
  {
    cat: 'works-for.support-unit',
    text: "누리정밀은 비전 AI 스타트업 빛결비전과 검사 모델 'NV-Check 3'를 함께 만들었다.\n\n- 문의: 빛결비전 기술지원 오하람 대표(010-0000-0000)",
    expect: ['WORKS_FOR 오하람 -> 빛결비전'],
  },
  // a well-known machine-vision maker from the gazetteer, with its country
  {
    cat: 'gazetteer.machine-vision',
    text: '검사 카메라는 키엔스와 코그넥스 제품을 함께 쓴다.',
    props: ['코그넥스=country:US', '키엔스=country:JP'],
  },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});

describe("an internal groupware notice signed by its owner's Latin name", () => {
  const page = `<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>누리정밀 그룹웨어 - 공지사항</title></head><body>
<div class="top">NURI 누리정밀 그룹웨어</div>
<table><tr><td>제목</td><td>[공지] 용접 검사 AI 'NV-Weld 2' 적용 안내</td></tr><tr><td>게시자</td><td>품질혁신센터 홍가람 책임</td></tr></table>
<div class="content"><p>당사가 자체 개발한 용접 검사 모델 'NV-Weld 2'를 다음 주부터 전 공장에 적용합니다.</p>
<p>윤다솜 품질혁신센터장(전무)은 "불량을 한 번 더 거르는 도구"라고 말했습니다.</p></div>
<div class="footer">Copyright(c) NURI PRECISION Co., Ltd. 사내 정보 외부 유출 금지</div>
</body></html>`;
  it('keeps one company for the Hangul and the Latin name, with its staff', () => {
    const g = pageGraph(page, 'notice.html');
    const companies = g.nodes.filter((n) => n.type === 'Company');
    expect(companies).toHaveLength(1);
    const facts = pageFacts(page, 'notice.html');
    const owner = companies[0]!.name;
    expect(facts).toContain(`DEVELOPED ${owner} -> NV-Weld 2`);
    expect(facts).toContain(`WORKS_FOR 윤다솜 -> ${owner}`);
  });
});

describe("a game's official site run by the studio its footer names", () => {
  const page = `<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>업데이트 노트 | 하늘섬 공식 홈페이지</title></head><body>
<header><div class="logo">SKYISLE 하늘섬</div></header>
<main><article><h1>업데이트 노트 — 동료 AI '바람결 v3'</h1>
<p>안녕하세요, 하늘섬 개발팀입니다. 오늘부터 동료 캐릭터의 대화 AI가 '바람결 v3'로 바뀝니다.</p>
<p>바람결 v3는 스튜디오 구름이 직접 만든 모델입니다. 목소리는 음성 AI 기업 소리마루와 공동 개발한 음성 모델 'Maru-TTS 2'가 맡았어요.</p>
<p>— 하늘섬 총괄 디렉터 임나래</p></article></main>
<footer><p>(주)스튜디오 구름 | 대표이사 하도원 | 서울시 마포구 | 사업자등록번호 000-00-00000</p><p>© STUDIO GUREUM Corp.</p></footer>
</body></html>`;
  it("gives the studio what the page says of the game's team", () => {
    const facts = pageFacts(page, 'update.html');
    expect(facts).toContain('DEVELOPED 스튜디오 구름 -> 바람결 v3');
    expect(facts).toContain('PARTNERS_WITH 소리마루 -> 스튜디오 구름');
    expect(facts).toContain('WORKS_FOR 하도원 -> 스튜디오 구름');
    const g = pageGraph(page, 'update.html');
    expect(g.nodes.filter((n) => n.type === 'Company').map((n) => n.name)).not.toContain('하늘섬');
  });
});

describe('company names in two scripts sharing an industry word by meaning', () => {
  it.each([
    ['누리정밀', 'Nuri Precision', true],
    ['한결증권', 'Hangyeol Securities', true],
    ['가람은행', 'Garam Bank', true],
    ['솔길게임즈', 'Solgil Games', true],
    ['한결증권', 'Hangyeol Bank', false],
  ])('%s and %s', (hangul, latin, same) => {
    expect(sameCompanyInTwoScripts(hangul, latin)).toBe(same);
  });
});
