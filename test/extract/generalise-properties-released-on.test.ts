/**
 * Generalisation rows of generalise-properties: the 'released-on' rows.
 * The others are in the other generalise-properties-*.test.ts files. Each row is a short article written
 * for these tests, the facts it must give and the facts it must not give; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  {
    cat: 'released-on.co-objects',
    text: "한빛AI가 새 모델 '별빛 4'를 내놨다. 한빛AI는 9일 서울에서 간담회를 열고 별빛 4와 경량 모델 '별빛 4 라이트'를 함께 공개했다.",
    publishedAt: '2026-03-10',
    props: ['별빛 4=releasedOn:2026-03-09', '별빛 4 라이트=releasedOn:2026-03-09'],
  },
  {
    // a month without a day: the month, not the article's date
    cat: 'released-on.month-only',
    text: "한빛AI는 지난 8월 새 모델 '별빛 5'를 출시했다.",
    publishedAt: '2026-10-02',
    props: ['별빛 5=releasedOn:2026-08'],
  },
  {
    // a vague past ("지난주", "지난해") is not the article's day: no release date at all
    cat: 'released-on.vague-past',
    text: "한빛AI는 지난주 새 모델 '별빛 5'를 선보였다.",
    publishedAt: '2026-10-02',
    props: ['별빛 5=releasedOn:undefined'],
  },
  {
    // the predecessor's month does not become the day of "동시에 공개"
    cat: 'released-on.month-not-same-day',
    text: "한빛AI가 새 모델 '별빛 5'를 내놨다. 지난 4월 선보인 '별빛 4'의 후속작으로, 매개변수는 270억개다. 한빛AI는 9일 별빛 5와 경량 모델 '별빛 5 미니'를 동시에 공개했다.",
    publishedAt: '2026-10-12',
    props: ['별빛 5=releasedOn:2026-10-09', '별빛 5 미니=releasedOn:2026-10-09', '별빛 4=releasedOn:2026-04'],
  },
  {
    // "오늘 … 공개합니다": the article's day
    cat: 'released-on.today',
    text: "한빛AI는 오늘 새 모델 '별빛 5'를 공개합니다.",
    publishedAt: '2026-10-02',
    props: ['별빛 5=releasedOn:2026-10-02'],
  },
  {
    // "두 모델로 나왔다" naming no model: the sizes the next sentence names share the release day
    cat: 'released-on.sizes-next-sentence',
    text: "한빛AI가 지난 4일 새 언어모델 '별빛 5'를 공개했다. 이번엔 크기가 다른 두 모델로 나왔다. 매개변수 300억개짜리 '별빛 5 맥스'와 20억개짜리 '별빛 5 미니'다.",
    publishedAt: '2026-10-12',
    props: ['별빛 5 맥스=releasedOn:2026-10-04', '별빛 5 미니=releasedOn:2026-10-04'],
  },
  {
    // "X는 3가지 크기로 나왔다" naming only the released model: the sizes the next sentence names share its day
    cat: 'released-on.sizes-next-sentence',
    text: "한빛AI는 4일 새 언어모델 '별빛 5'를 공개했다고 밝혔다. 별빛 5는 3가지 크기로 나왔다. 대형 모델인 '별빛 5 맥스'는 지난 2월 선보인 '별빛 4'의 후속 모델이다.",
    publishedAt: '2026-10-12',
    props: ['별빛 5 맥스=releasedOn:2026-10-04', '별빛 4=releasedOn:2026-02'],
  },
  {
    // "이날 … 처음 공개했다": the day of the event the article named
    cat: 'released-on.that-day',
    text: "한빛AI는 지난 9일 부산에서 개발자 행사를 열었다. 한빛AI는 이날 새 언어모델 '별빛 5'를 처음 공개했다.",
    publishedAt: '2026-10-12',
    props: ['별빛 5=releasedOn:2026-10-09'],
  },
  {
    // "비공개", "미공개" are no release
    cat: 'released-on.not-released',
    text: "한빛AI는 새 언어모델 '별빛 5'를 오픈소스로 공개했다. 이전 모델 '별빛 4'는 비공개였다.",
    props: ['별빛 4=releasedOn:undefined', '별빛 4=openSource:undefined'],
  },
  {
    // "25일 공개한다" in an article of the 12th: the coming 25th, a release to come: no date (not last month's 25th)
    cat: 'released-on.coming-day',
    text: "한빛AI는 25일 새 언어모델 '별빛 5'를 공개한다.",
    publishedAt: '2026-10-12',
    props: ['별빛 5=releasedOn:undefined'],
  },
  {
    // the other spelling of 릴리스, and an English verb in a developer's post
    cat: 'released-on.release-spellings',
    text: "한빛AI는 지난 3일 새 언어모델 '별빛 5'를 릴리즈했다. 한빛AI는 지난 5일 '별빛 5 라이트'도 release했습니다.",
    publishedAt: '2026-10-12',
    props: ['별빛 5=releasedOn:2026-10-03', '별빛 5 라이트=releasedOn:2026-10-05'],
  },
  {
    // "풀었다" with no day: the article's day, as "공개했다"
    cat: 'released-on.unlocked',
    text: "한빛AI는 새 언어모델 '별빛 5'를 오픈소스로 풀었다.",
    publishedAt: '2026-10-12',
    props: ['별빛 5=releasedOn:2026-10-12'],
  },
  {
    // a release verb whose form is adnominal already ("올린 X"): X is what was released
    cat: 'released-on.adnominal-form',
    text: "한빛AI가 지난달 27일 깃허브에 올린 새 언어모델 '별빛 5'는 세 가지 크기로 구성됐다.",
    publishedAt: '2026-11-12',
    props: ['별빛 5=releasedOn:2026-10-27'],
  },
  {
    // "성능을 끌어올렸다" is no upload: the base named in that sentence does not become the model in focus
    cat: 'released-on.raised-not-uploaded',
    text: "한빛AI가 추론 모델 '별빛 5'를 지난 8일 공개했다. 한빛AI는 자사 별빛 대시 2를 바탕으로 강화학습을 거듭해 추론 능력을 끌어올렸다고 설명했다. 파라미터는 320억 개이며, 오픈소스 라이선스로 공개됐다.",
    publishedAt: '2026-10-12',
    props: ['별빛 5=parameters:32000000000', '별빛 5=openSource:true'],
  },
  // "같은 달": the month the article named last (a list of releases month by month)
  { cat: 'released-on.same-month', text: "① 카나나 1.5 카카오가 9월 공개했다. 처음부터 직접 학습했다.\n\n② 솔라 프로 2 업스테이지가 같은 달 선보였다.", props: ['솔라 프로 2=releasedOn:2025-09'], publishedAt: '2025-12-20' },
  { cat: 'released-on.same-month', text: "카카오는 지난 3월 카나나 1.5를 공개했다. 업스테이지도 같은달 솔라 프로 2를 내놨다.", props: ['솔라 프로 2=releasedOn:2025-03'], publishedAt: '2025-12-20' },
  // "지난 3일 나온 X": 나온 (came out) is a release as the modifier of the model right after it; "결과가 나온", "점수가 나왔다" are not
  {
    cat: 'released-on.came-out-modifier',
    text: "한빛AI의 주력 모델은 '별빛 3'다. 지난 3일 나온 '별빛 3'는 인기를 끌었다.",
    publishedAt: '2026-11-21',
    props: ['별빛 3=releasedOn:2026-11-03'],
  },
  {
    cat: 'released-on.came-out-modifier',
    text: "한빛AI의 주력 모델은 '별빛 2'다. 전환점은 지난해 5월 14일 나온 '별빛 2'였다.",
    publishedAt: '2026-11-21',
    props: ['별빛 2=releasedOn:2025-05-14'],
  },
];

describe('property rows (release days, sizes)', () => {
  it.each(rows.map((r, i) => ({ ...r, i })))('$cat #$i', (row) => checkFactRow(row));
});
