/**
 * Generalisation rows for the forms first met in held-out set 133 (partnerships and deals): a brand word opening a quoted
 * Latin model code, "두 회사" after a co-investor said to take no part in the work, a country, a city and "인공지능(AI)"
 * before a startup, a base model named in passing while the story follows the model built on it, a verb's conditional
 * before a version, partners of work under way ("X가 Y와 … 협력을 진행 중") and gapped ("X가 Y와, Z가 W와 각각"), a company
 * defined by what it made ("X는 … 개발한 회사로,"), a contrast between two partners ("Y와의 협력이 … 라면 Z는 …"), and an
 * English predecessor's score "up from N for X" after the benchmark, a model licensed as the base for the next one, dates
 * of releases, a person on a company's side, an English integrator, and the brand's maker of a family-coded model.
 * Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // "공개된 '한빛 KPX-M 2.0'": a brand word and a Latin-coded model with its version, all in the quotes, name one model
  {
    cat: 'discover.quoted-branded-code',
    text: "법률 스타트업 한빛로는 새 모델을 선보였다. 지난주 공개된 '한빛 KPX-M 2.0'이다. 한빛 KPX-M 2.0은 KMMLU에서 70.1점을 받았다.",
    nodes: ['Model:한빛 KPX-M 2.0'],
    expect: ['SCORED 한빛 KPX-M 2.0 -> KMMLU'],
    noNodes: ['Model:KPX-M 2.0'],
  },
  // no release verb before the quotes: a Hangul word and a code are not made one name
  {
    cat: 'discover.quoted-branded-code',
    text: "회의에서는 '검토 KPX-M 2.0' 문서가 돌았다.",
    noNodes: ['Model:검토 KPX-M 2.0'],
  },
  // "두 회사가 공동 개발하는": not the co-investor the sentence before keeps out of the technical work
  {
    cat: 'pair.kept-out-co-investor',
    text: "솔트룩스는 지난 3일 독일 AI 스타트업 루멘과 지분 투자 및 전략적 협력 계약을 체결했다. 이번 투자에는 벤처캐피털 한결파트너스도 재무적 투자자로 함께 참여했다. 한결파트너스는 기술 협력에는 관여하지 않는다.\n\n두 회사가 공동 개발하는 모델은 '루멘 코어 2'이다.",
    expect: ['DEVELOPED 솔트룩스 -> 루멘 코어 2', 'DEVELOPED 루멘 -> 루멘 코어 2'],
    absent: ['DEVELOPED 한결파트너스 -> 루멘 코어 2', 'PARTNERS_WITH 솔트룩스 -> 한결파트너스'],
  },
  // a co-investor the sentence does not keep out stays the one "두 회사" pairs with the subject
  {
    cat: 'pair.kept-out-co-investor',
    text: "솔트룩스는 올해 새 모델 개발에 나섰다. 개발에는 스타트업 한결랩스가 참여했다.\n\n두 회사가 공동 개발하는 모델은 '한결 코어 2'이다.",
    expect: ['DEVELOPED 한결랩스 -> 한결 코어 2'],
  },
  // "스웨덴 스톡홀름의 인공지능(AI) 스타트업 X": the country of a company placed in a city, past the sentence's subject
  {
    cat: 'company.country-located',
    text: '솔트룩스가 스웨덴 스톡홀름의 인공지능(AI) 스타트업 노르다에 100억원을 투자했다. 솔트룩스는 노르다와 모델을 함께 만든다.',
    props: ['노르다=country:SE'],
  },
  // "獨 AI 스타트업 X": a headline's one-letter country
  {
    cat: 'company.country-located',
    text: '솔트룩스가 獨 AI 스타트업 베르크에 100억원을 투자했다. 솔트룩스는 베르크와 모델을 함께 만든다.',
    props: ['베르크=country:DE'],
  },
  // a place with no country word before the startup gives no foreign country
  {
    cat: 'company.country-located',
    text: '솔트룩스가 판교 본사의 인공지능(AI) 스타트업 노르다에 100억원을 투자했다. 솔트룩스는 노르다와 모델을 함께 만든다.',
    props: ['노르다=country:KR'],
  },
  // "기반 모델의 파라미터는 …": the base named in passing; "이 모델" next is still the model built on it
  {
    cat: 'focus.base-aside',
    text: "한빛로는 '한빛 코어 2'를 공개했다.\n\n한빛 코어 2는 업스테이지가 공개한 '솔라 프로2'를 바탕으로 만들어졌다. 기반 모델의 파라미터는 220억 개이고, 한빛 코어 2도 같은 크기를 유지했다.\n\n이 모델은 KMMLU에서 66.2점을 받았다.",
    expect: ['SCORED 한빛 코어 2 -> KMMLU'],
    absent: ['SCORED 솔라 프로2 -> KMMLU'],
  },
  // "…에 한정됐다면 2.0은": a verb's conditional before a version names no model
  {
    cat: 'discover.verb-ending-before-version',
    text: "한빛로는 '한빛 코어 2.0'을 공개했다. 1세대 모델이 법률 과목에 한정됐다면 2.0은 세무 과목까지 범위를 넓혔다는 설명이다.",
    noNodes: ['Model:한정됐다면 2.0'],
  },
  {
    cat: 'discover.verb-ending-before-version',
    text: "한빛로는 새 모델 '누리온 2.0'을 공개했다. 누리온 2.0은 KMMLU에서 61.2점을 받았다.",
    nodes: ['Model:누리온 2.0'],
  },
  // "X가 Y와 … 협력을 진행 중": the subject of work under way with a known company is a company, and its partner
  {
    cat: 'discover.partner-work-under-way',
    text: '한빛정보통신이 네이버클라우드와 물류 AI 협력을 진행 중이다.',
    nodes: ['Company:한빛정보통신'],
    expect: ['PARTNERS_WITH 네이버클라우드 -> 한빛정보통신'],
  },
  // (work only wondered about is none)
  {
    cat: 'discover.partner-work-under-way',
    text: '한빛정보통신이 네이버클라우드와 물류 AI 협력을 진행할지는 미지수다.',
    absent: ['PARTNERS_WITH 네이버클라우드 -> 한빛정보통신'],
  },
  // "X가 Y와, Z가 W와 각각 … 협력을 진행 중": the gapped first pair partners too, and an ampersand name is a company's
  {
    cat: 'gapping.partner-pairs',
    text: '가람I&C가 네이버클라우드와, GS리테일이 업스테이지와 각각 유통 AI 협력을 진행 중인 가운데 경쟁이 치열해질 전망이다.',
    expect: ['PARTNERS_WITH 네이버클라우드 -> 가람I&C', 'PARTNERS_WITH GS리테일 -> 업스테이지'],
    absent: ['PARTNERS_WITH 가람I&C -> 업스테이지', 'PARTNERS_WITH GS리테일 -> 네이버클라우드'],
  },
  // "X는 … 모델 'Y'를 개발한 회사로, …": a company defined by what it made, and Y's developer
  {
    cat: 'discover.defined-company-clause',
    text: "카카오는 스타트업 인수설에 대해 \"검토한 바 없다\"고 밝혔다. 별하늘은 음성 합성 모델 '별소리'를 개발한 회사로, 최근 투자 유치를 추진 중이다.",
    nodes: ['Company:별하늘'],
    expect: ['DEVELOPED 별하늘 -> 별소리'],
    absent: ['DEVELOPED 카카오 -> 별소리'],
  },
  // "Y와의 협력이 … 축이라면 Z는 …": a contrast of two partners makes Z no partner of Y
  {
    cat: 'partners.noun-first-contrast',
    text: '김 대표는 "솔트룩스와의 협력이 국내 축이라면 업스테이지는 유럽 축"이라고 말했다.',
    absent: ['PARTNERS_WITH 솔트룩스 -> 업스테이지'],
  },
  {
    cat: 'partners.noun-first-contrast',
    text: '솔트룩스와의 협력으로 업스테이지는 유럽 시장에 진출했다.',
    expect: ['PARTNERS_WITH 솔트룩스 -> 업스테이지'],
  },
  // "On B, X scored N, up from M for Y": the predecessor's score on the benchmark named first
  {
    cat: 'scored.en-bench-first-compared-for',
    text: 'Hanbit Labs released Norae-9. On KoBEST, the Korean reading suite, Norae-9 scored 71.4, up from 64.2 for Qwen3-14B, the lab said.',
    expect: ['SCORED Norae-9 -> KoBEST', 'SCORED Qwen3-14B -> KoBEST'],
    edgeProps: ['SCORED Qwen3-14B -> KoBEST score=64.2'],
  },
  // "will use the licensed model as the base for Y": Y is built on the model in focus, and what "the new model" means next
  {
    cat: 'focus.built-on-focus',
    text: 'Hanbit Labs signed a license agreement with Mistral AI for Mistral Small 3.1. Hanbit will use the licensed model as the base for Norae-9, the next version of its model. The new model has been fine-tuned on Mistral Small 3.1 with 90 billion tokens of Korean text.\n\nOn KMMLU, Norae-9 scored 63.8, Hanbit said. It did not publish scores for the base model. On KoBEST the new model posted 81.05.',
    expect: ['BASED_ON Norae-9 -> Mistral Small 3.1', 'SCORED Norae-9 -> KoBEST'],
    absent: ['SCORED Mistral Small 3.1 -> KoBEST'],
  },
  // a licence alone makes no new model the story follows: "the model" stays the licensed one
  {
    cat: 'focus.built-on-focus',
    text: 'Hanbit Labs signed a license agreement with Mistral AI for Mistral Small 3.1. On KoBEST the model posted 81.05.',
    expect: ['SCORED Mistral Small 3.1 -> KoBEST'],
  },
  // "…와 제휴를 발표했고, … 기능을 선보였다": a deal announced and a feature shown date no model in focus
  {
    cat: 'property.release-not-model-object',
    text: "한빛AI는 '누리온 5'를 개발했다. 한빛AI와 오픈AI는 지난해 2월 전략적 제휴를 발표했고, 같은 해 메신저 안에서 챗봇을 쓸 수 있는 기능을 선보였다. 한빛AI가 지난달 27일 공개한 누리온 5는 300억 개 규모의 언어모델이다.",
    publishedAt: '2026-12-01',
    props: ['누리온 5=releasedOn:2026-11-27'],
  },
  // "이와 함께 … 'Y'를 풀었다": released alongside the release dated the sentence before
  {
    cat: 'property.released-alongside',
    text: "한빛AI가 지난달 27일 공개한 누리온 5는 300억 개 규모의 언어모델이다. 한빛AI는 이와 함께 누리온 5를 증류해 만든 경량 모델 '누리온 5 미니'를 허깅페이스에 오픈소스로 풀었다.",
    publishedAt: '2026-12-01',
    props: ['누리온 5 미니=releasedOn:2026-11-27'],
  },
  // (no "together" word: a release with no day of its own is not given the day before)
  {
    cat: 'property.released-alongside',
    text: "한빛AI가 지난달 27일 공개한 누리온 5는 300억 개 규모의 언어모델이다. 한빛AI는 누리온 5를 증류해 만든 경량 모델 '누리온 5 미니'를 허깅페이스에 오픈소스로 풀었다.",
    publishedAt: '2026-12-01',
    props: ['누리온 5 미니=releasedOn:2026-12-01'],
  },
  // "X 쪽에서는 NAME 클라우드 AI 기술총괄이": a long title after a name put on a company's side names a person there
  {
    cat: 'discover.person-on-company-side',
    text: '한빛로는 새 법률 모델을 함께 만들었다. 네이버클라우드 쪽에서는 도하림 클라우드 AI 기술총괄이 협업을 챙겼다.',
    nodes: ['Person:도하림'],
    expect: ['WORKS_FOR 도하림 -> 네이버클라우드'],
    edgeProps: ['WORKS_FOR 도하림 -> 네이버클라우드 title=클라우드 AI 기술총괄'],
  },
  // (a place, not a company, before 쪽에서는 leaves a long title unread)
  {
    cat: 'discover.person-on-company-side',
    text: '서울 쪽에서는 도하림 클라우드 AI 기술총괄이 협업을 챙겼다.',
    noNodes: ['Person:도하림'],
  },
  // "NAME Korea, a Seoul-based systems integrator": an English company by its kind in apposition
  {
    cat: 'discover.en-integrator-apposition',
    text: 'Separately, Hanbit Labs confirmed that its reseller agreement with Bluepeak Korea, a Seoul-based systems integrator that had distributed its models since 2024, ended in September.',
    nodes: ['Company:Bluepeak Korea'],
    props: ['Bluepeak Korea=country:KR'],
  },
  // a brand word before a known family's code ("'로아 HCX-L 1.0'" in form): the brand's company made it too, and of two
  // companies opening on the brand, the one that made another model of the brand
  {
    cat: 'developed.namesake-family-coded',
    text: "리걸 스타트업 가온코드는 새 모델을 냈다. 지난주 공개된 '가온 HCX-L 2.0'이다. 회사가 지난해 내놓은 첫 모델 '가온 1'의 점수는 58.9점이었다.\n\n가온컴퍼니는 법률 서비스를 하는 스타트업이다.",
    expect: ['DEVELOPED 가온코드 -> 가온 HCX-L 2.0'],
    absent: ['DEVELOPED 가온컴퍼니 -> 가온 HCX-L 2.0'],
  },
  // (with no model of the brand made before, two companies opening on it leave the maker unread)
  {
    cat: 'developed.namesake-family-coded',
    text: "리걸 스타트업 가온코드는 새 모델을 냈다. 지난주 공개된 '가온 HCX-L 2.0'이다.\n\n가온컴퍼니는 법률 서비스를 하는 스타트업이다.",
    absent: ['DEVELOPED 가온코드 -> 가온 HCX-L 2.0', 'DEVELOPED 가온컴퍼니 -> 가온 HCX-L 2.0'],
  },
];

describe('set 133 generalisation', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkFactRow(row));
});
