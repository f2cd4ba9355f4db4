/**
 * Generalisation rows for the forms first met in held-out sets 191 and 147 (session 52, round r52a): a quoted name of a
 * Hangul word, a Latin line word and a version in a sentence about an open release; a people list's numbered cards whose
 * subject-less sentences tell of the person's programme or model; a company running its own in-house model.
 * Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // a quoted "Hangul word + Latin line word + version" is one name, even where an open-source cue would read its Latin tail alone
  {
    cat: 'discover.quoted-whole-numbered-name',
    text: "스타트업 물결랩스는 지난달 '물결 LM 3'를 허깅페이스에 오픈소스로 올렸다.",
    expect: ['DEVELOPED 물결랩스 -> 물결 LM 3'],
    noNodes: ['Model:LM 3'],
  },
  // (a first word that ends like a particle, "…도", opens the quoted name all the same)
  {
    cat: 'discover.quoted-whole-numbered-name',
    text: "누리소프트는 '온도 LM 2'를 오픈소스로 공개했다고 3일 밝혔다.",
    nodes: ['Model:온도 LM 2'],
    noNodes: ['Model:LM 2'],
  },
  // a numbered card "NN. NAME · MINISTRY TITLE", then a paragraph whose sentence runs a programme with no subject
  {
    cat: 'promotes.profile-official-card',
    text: "올해의 인물 10인\n\n03. 하서진 · 행정안전부 디지털정부정책관\n\n부처 안팎에서 실무형 관료로 꼽힌다. 지난해 'AI 민원 혁신 사업' 최종 심사를 총괄하며 참여 기업을 가렸다.\n\n04. 도윤재 · 가람소프트 대표\n\n가람소프트는 올해 흑자로 돌아섰다.",
    expect: ['PROMOTES 하서진 -> AI 민원 혁신 사업'],
    absent: ['PROMOTES 도윤재 -> AI 민원 혁신 사업'],
  },
  // (a sentence that criticises the programme, or whose subject is someone else, gives no PROMOTES)
  {
    cat: 'promotes.profile-official-card',
    text: "올해의 인물 10인\n\n03. 하서진 · 행정안전부 디지털정부정책관\n\n부처 안팎에서 실무형 관료로 꼽힌다. 야당은 'AI 민원 혁신 사업'을 비판했다.",
    absent: ['PROMOTES 하서진 -> AI 민원 혁신 사업'],
  },
  // a card "NN. NAME · COMPANY TITLE", then "모델 'Y'를 만든 주역이다" with no subject: the heading company built Y
  {
    cat: 'developed.card-person-made',
    text: "주목할 개발자들\n\n05. 문태경 · 솔잎바이오 최고기술책임자\n\n의료 영상을 판독하는 모델 '솔잎-Rad'를 만든 주역이다. 학회 발표도 잦다.\n\n06. 변시우 · 가온데이터 CTO\n\n데이터 파이프라인 전문가다.",
    expect: ['DEVELOPED 솔잎바이오 -> 솔잎-Rad'],
    absent: ['DEVELOPED 가온데이터 -> 솔잎-Rad'],
  },
  // ("Y 개발을 이끌었다" reads the same; a sentence naming a former employer leaves the model to that employer)
  {
    cat: 'developed.card-person-made',
    text: "주목할 개발자들\n\n07. 문태경 · 솔잎바이오 수석연구원\n\n'솔잎-Med 2' 개발을 이끌었다. 그 전에는 한빛랩스에서 '한빛-Chat' 학습을 맡았다.",
    expect: ['DEVELOPED 솔잎바이오 -> 솔잎-Med 2'],
    absent: ['DEVELOPED 솔잎바이오 -> 한빛-Chat'],
  },
  // a company running its own in-house model ("사내/내부/자체 … 모델 'Y'를 운영"): the company built it
  {
    cat: 'developed.runs-inhouse-model',
    text: "대형 보험사 푸른손해보험은 구글의 젬마 3를 바탕으로 만든 사내 보상심사 모델 '푸른-Claim'을 운영하고 있다.",
    expect: ['DEVELOPED 푸른손해보험 -> 푸른-Claim', 'BASED_ON 푸른-Claim -> 젬마 3'],
  },
  {
    cat: 'developed.runs-inhouse-model',
    text: "푸른손해보험은 콜센터에 가온AI의 상담 모델 '가온-Call'을 운영 중이다.",
    absent: ['DEVELOPED 푸른손해보험 -> 가온-Call'],
  },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});
