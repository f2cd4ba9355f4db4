/** Model properties: a release day shared by models released together, and a size stated beside the predecessor only. */
import { describe, expect, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  {
    // "크기는 7B다", "모델 크기가 14B다": a size word before the count
    cat: 'parameters.size-word',
    text: "한빛AI의 경량 모델 '별빛 미니'는 별빛 4를 교사 모델로 삼아 증류 방식으로 만들었으며, 크기는 7B다. 다른 모델 '별빛 나노'는 모델 크기가 1.5B다.",
    props: ['별빛 미니=parameters:7000000000', '별빛 나노=parameters:1500000000'],
  },
  {
    // "X의 주력 모델 'Y'는 …": the topic after its maker's possessive and a noun is what the next sentence's size is about
    cat: 'parameters.topic-after-possessive-noun',
    text: "다래테크의 주력 모델 '다래-S'는 가온소프트가 공개한 가온-3B를 기반으로 만들어졌다. 매개변수는 32억 개로 크지 않지만 점유율이 높다.",
    props: ['다래-S=parameters:3200000000'],
  },
  {
    // "같은 회사의 Y는 …": the same maker's other model becomes what the next sentences are about, over the model before
    cat: 'from-scratch.same-maker-topic',
    text: '카카오가 지난해 공개한 카나나 2는 큐웬3를 바탕으로 추가 학습한 모델이다. 같은 회사의 카나나 1.5는 사정이 다르다. 기술 보고서는 처음부터 자체 데이터로 학습한 프롬 스크래치 모델이라고 적고 있다.',
    props: ['카나나 1.5=fromScratch:true'],
  },
  {
    // a threshold ("60점을 넘겼다", "70점대", "55점 이상") is no score
    cat: 'scored.threshold-not-score',
    text: "다래테크의 주력 모델 '다래-S'는 사내 데이터로 만들어졌다. 내부 테스트에서 KMMLU 60점을 넘겼다는 소문도 있다.",
    absent: ['SCORED 다래-S -> KMMLU'],
  },
  {
    cat: 'released-on.co-objects',
    text: "한빛AI가 새 모델 '별빛 4'를 내놨다. 한빛AI는 9일 서울에서 간담회를 열고 별빛 4와 경량 모델 '별빛 4 라이트'를 함께 공개했다.",
    publishedAt: '2026-03-10',
    props: ['별빛 4=releasedOn:2026-03-09', '별빛 4 라이트=releasedOn:2026-03-09'],
  },
  {
    cat: 'parameters.beside-predecessor',
    text: "한빛AI가 새 모델 '별빛 4'를 내놨다. 지난해 선보인 '별빛 3'의 후속작으로, 매개변수는 270억개다.",
    props: ['별빛 4=parameters:27000000000'],
  },
  {
    // a long description of the method between the model and the release verb
    cat: 'open-source.long-method-before-release',
    text: "AI 스타트업 한빛AI는 지난달 '별빛 1.5'를 처음부터 자체 수집 데이터로 학습하는 프롬 스크래치 방식으로 만들어 오픈소스로 공개했다.",
    props: ['별빛 1.5=openSource:true'],
  },
  {
    // the predecessor's own size stays its own
    cat: 'parameters.beside-predecessor',
    text: "한빛AI가 새 모델 '별빛 4'를 내놨다. '별빛 3'은 매개변수가 70억개였다.",
    props: ['별빛 3=parameters:7000000000'],
  },
  {
    // a sentence naming another model only as its base ("Y를 기반으로") is still about the model in focus
    cat: 'parameters.beside-base',
    text: "한빛AI는 지난 3일 첫 모델 '별빛 1'을 내놨다. 30억 파라미터(3B) 규모로, 구글이 공개한 '젬마 3'를 기반으로 상담 데이터를 학습시켰다.",
    props: ['별빛 1=parameters:3000000000'],
  },
  {
    // weights that are up on a hub as open source ("오픈소스로 … 올라와 있다") are released open
    cat: 'open-source.up-on-a-hub',
    text: "한빛AI는 새 모델 '별빛 2'를 만들었다. 별빛 2는 오픈소스로 깃허브에 올라와 있어 누구나 받을 수 있다.",
    props: ['별빛 2=openSource:true'],
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
    cat: 'parameters.compound-numeral',
    text: "한빛AI는 새 모델 '별빛 5'를 공개했다. 별빛 5는 파라미터 수가 4천300억 개다.",
    props: ['별빛 5=parameters:430000000000'],
  },
  {
    // a reported claim in the clause that modifies the model ("…했다고 밝힌 'X'")
    cat: 'from-scratch.reported-adnominal',
    text: "다만 한빛AI가 밑바닥부터 직접 학습했다고 밝힌 '별빛 5'는 해외 모델과 관계가 없다.",
    props: ['별빛 5=fromScratch:true'],
  },
  {
    // a size in a clause ending in any past adnominal verb ("…를 가진 'X'")
    cat: 'parameters.adnominal-verb',
    text: "한빛AI는 560억개 매개변수를 가진 '별빛 5'에 법률 데이터를 더했다.",
    props: ['별빛 5=parameters:56000000000'],
  },
  {
    // an adnominal release verb before a list: every listed model was released
    cat: 'open-source.adnominal-list',
    text: "한빛AI가 지난 3일 깃허브에 오픈소스로 공개한 '별빛 5'와 '별빛 5 라이트'의 학습법을 소개한다.",
    publishedAt: '2026-10-12',
    props: ['별빛 5 라이트=openSource:true', '별빛 5 라이트=releasedOn:2026-10-03', '별빛 5=releasedOn:2026-10-03'],
  },
  {
    // "A와 (its own clause) B는 … 공개했다": both are the subjects
    cat: 'open-source.modified-coordination',
    text: "한빛AI의 대형 모델 '별빛 5'와 노트북에서 구동되는 '별빛 5 라이트'는 누구나 받을 수 있게 깃허브에 공개했다.",
    props: ['별빛 5=openSource:true', '별빛 5 라이트=openSource:true'],
  },
  {
    // a partner clause between the two is not a coordination
    cat: 'open-source.modified-coordination',
    text: "한빛AI는 새 언어모델 '별빛 5'를 소개했다. LG AI연구원의 '엑사원 4.0'과 비교해 속도를 높인 '별빛 5'는 오픈소스로 공개됐다.",
    props: ['엑사원 4.0=openSource:undefined', '별빛 5=openSource:true'],
  },
  {
    cat: 'open-source.open-model-apposition',
    text: "한결랩의 '한결 3'은 한빛AI의 오픈 모델 '별빛 5'를 기반으로 만들었다.",
    props: ['별빛 5=openSource:true'],
  },
  {
    // no release verb: a licence anyone may use says the topic model is open
    cat: 'open-source.state-licence',
    text: "한빛AI가 새 언어모델 '별빛 5'를 내놨다. 별빛 5는 MIT 라이선스로 누구나 상업적으로 쓸 수 있다.",
    props: ['별빛 5=openSource:true'],
  },
  {
    // "두 모델 모두 오픈소스다": the pair listed before
    cat: 'open-source.state-group',
    text: "한빛AI는 지난 4일 새 언어모델 '별빛 5'와 '별빛 5 라이트'를 선보였다. 두 모델 모두 오픈소스다.",
    publishedAt: '2026-10-12',
    props: ['별빛 5=openSource:true', '별빛 5 라이트=openSource:true'],
  },
  {
    // said not to be open: nothing
    cat: 'open-source.state-negated',
    text: "한빛AI가 새 언어모델 '별빛 5'를 내놨다. 별빛 5는 오픈소스가 아니며 API로만 쓸 수 있다.",
    props: ['별빛 5=openSource:undefined'],
  },
  {
    // "처음부터 새로 만든 건 아니고": the from-scratch cue negated a few words later
    cat: 'from-scratch.negated-later',
    text: "한빛AI가 새 언어모델 '별빛 5'를 내놨다. 별빛 5는 처음부터 새로 만든 모델은 아니고 젬마 3를 기반으로 했다.",
    props: ['별빛 5=fromScratch:undefined'],
  },
  {
    // "두 모델로 나왔다" naming no model: the sizes the next sentence names share the release day
    cat: 'released-on.sizes-next-sentence',
    text: "한빛AI가 지난 4일 새 언어모델 '별빛 5'를 공개했다. 이번엔 크기가 다른 두 모델로 나왔다. 매개변수 300억개짜리 '별빛 5 맥스'와 20억개짜리 '별빛 5 미니'다.",
    publishedAt: '2026-10-12',
    props: ['별빛 5 맥스=releasedOn:2026-10-04', '별빛 5 미니=releasedOn:2026-10-04'],
  },
  {
    // a bare "처음부터" with no building verb is "from the start", not "from scratch"
    cat: 'from-scratch.bare-from-the-start',
    text: "한빛AI가 새 언어모델 '별빛 5'를 내놨다. 별빛 5는 처음부터 한국어에 맞춘 토크나이저를 썼다.",
    props: ['별빛 5=fromScratch:undefined'],
  },
  {
    // "외부 모델 없이 만들었다": built without another model
    cat: 'from-scratch.without-external-model',
    text: "한빛AI가 새 언어모델 '별빛 5'를 내놨다. 한빛AI는 별빛 5를 외부 모델 없이 만들었다고 설명했다.",
    props: ['별빛 5=fromScratch:true'],
  },
  {
    // a size with no word for parameters, right before the model: "21억짜리 'X'"
    cat: 'parameters.size-word',
    text: "한빛AI가 새 언어모델 '별빛 5'를 내놨다. 한빛AI는 13억짜리 '별빛 5 라이트'도 함께 선보였다.",
    props: ['별빛 5 라이트=parameters:1300000000'],
  },
  {
    // a list item: "X: … 19억 개로 줄인 경량 모델"
    cat: 'parameters.size-word',
    text: "한빛AI가 새 언어모델 '별빛 5'를 내놨다. 별빛 5 라이트: 본 모델을 증류해 19억 개로 줄인 경량 모델.",
    props: ['별빛 5 라이트=parameters:1900000000'],
  },
  {
    // money is no size: "100억짜리 사업"
    cat: 'parameters.size-word',
    text: "한빛AI가 새 언어모델 '별빛 5'를 내놨다. 한빛AI는 100억짜리 공공 사업에 별빛 5를 공급한다.",
    props: ['별빛 5=parameters:undefined'],
  },
  {
    // "X는 3가지 크기로 나왔다" naming only the released model: the sizes the next sentence names share its day
    cat: 'released-on.sizes-next-sentence',
    text: "한빛AI는 4일 새 언어모델 '별빛 5'를 공개했다고 밝혔다. 별빛 5는 3가지 크기로 나왔다. 대형 모델인 '별빛 5 맥스'는 지난 2월 선보인 '별빛 4'의 후속 모델이다.",
    publishedAt: '2026-10-12',
    props: ['별빛 5 맥스=releasedOn:2026-10-04', '별빛 4=releasedOn:2026-02'],
  },
  {
    // a spec line's fields are separate: the size is the line's model's, not the base model's named in the next field
    cat: 'parameters.spec-line-fields',
    text: "한빛AI가 새 언어모델 '별빛 5'를 내놨다. 별빛 5 라이트 — 파라미터: 3B / 베이스 모델: 젬마 3 12B / 라이선스: 아파치 2.0",
    props: ['별빛 5 라이트=parameters:3000000000', '젬마 3 12B=parameters:12000000000'],
  },
  {
    // a model introduced by a descriptive noun ("함께 나온 경량 모델 'Y'도 있다") is what the next sentence's size is about,
    // and "두 모델 모두" then means the two named last
    cat: 'parameters.introduced-model',
    text: "한빛AI는 지난 4일 새 언어모델 '별빛 5'를 공개했다. 함께 나온 경량 모델 '별빛 5 라이트'도 있다. 별빛 5를 압축해 만든 19억 개 파라미터 모델로, 노트북에서 돌아간다. 두 모델 모두 오픈소스로 풀었다.",
    publishedAt: '2026-10-12',
    props: ['별빛 5 라이트=parameters:1900000000', '별빛 5 라이트=openSource:true', '별빛 5=openSource:true', '별빛 5=parameters:undefined'],
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
    // every stage of building done in-house
    cat: 'from-scratch.all-stages',
    text: "한빛AI가 새 언어모델 '별빛 5'를 내놨다. 별빛 5는 데이터 수집부터 사전학습까지 모두 직접 진행했다.",
    props: ['별빛 5=fromScratch:true'],
  },
  {
    cat: 'from-scratch.more-wordings',
    text: "한빛AI가 새 언어모델 '별빛 5'를 내놨다. 별빛 5는 외부 모델에 의존하지 않고 독자 기술로 개발됐다.",
    props: ['별빛 5=fromScratch:true'],
  },
  {
    cat: 'open-source.more-wordings',
    text: "한빛AI는 지난 6일 새 언어모델 '별빛 5'의 가중치를 전면 공개했다.",
    publishedAt: '2026-10-12',
    props: ['별빛 5=openSource:true', '별빛 5=releasedOn:2026-10-06'],
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
    // "X를 소개했다": the model presented is what the next sentence's size is about (not the model in focus before)
    cat: 'parameters.presented-model',
    text: "한빛AI는 지난 3일 새 언어모델 '별빛 5'를 공개했다. 국내 스타트업 한결랩은 한결-70B 라이트를 소개했다. 자사 한결-70B의 구조를 계승하되 층을 절반으로 줄인 모델로, 파라미터는 약 350억 개다.",
    publishedAt: '2026-10-12',
    props: ['한결-70B 라이트=parameters:35000000000', '별빛 5=parameters:undefined'],
  },
  {
    // "성능을 끌어올렸다" is no upload: the base named in that sentence does not become the model in focus
    cat: 'released-on.raised-not-uploaded',
    text: "한빛AI가 추론 모델 '별빛 5'를 지난 8일 공개했다. 한빛AI는 자사 별빛 대시 2를 바탕으로 강화학습을 거듭해 추론 능력을 끌어올렸다고 설명했다. 파라미터는 320억 개이며, 오픈소스 라이선스로 공개됐다.",
    publishedAt: '2026-10-12',
    props: ['별빛 5=parameters:32000000000', '별빛 5=openSource:true'],
  },
  // each side of a contrast speaks for its own model: "A는 … 오픈소스로 풀었지만, B는 가중치를 공개하지 않고"
  { cat: 'open-source.contrasted-clauses', text: "솔빛랩은 솔빛-2 프로와 솔빛-2 미니를 공개했다. 솔빛-2 미니는 허깅페이스에 아파치 2.0 라이선스의 오픈소스로 풀었지만, 솔빛-2 프로는 가중치를 공개하지 않고 API로만 제공한다.", props: ['솔빛-2 미니=openSource:true', '솔빛-2 프로=openSource:undefined'] },
  { cat: 'open-source.contrasted-clauses', text: "솔빛랩은 솔빛-2 프로와 솔빛-2 미니를 공개했다. 솔빛-2 프로는 API로만 제공하는 반면 솔빛-2 미니는 오픈소스로 공개했다.", props: ['솔빛-2 미니=openSource:true', '솔빛-2 프로=openSource:undefined'] },
  // "같은 달": the month the article named last (a list of releases month by month)
  { cat: 'released-on.same-month', text: "① 카나나 1.5 카카오가 9월 공개했다. 처음부터 직접 학습했다.\n\n② 솔라 프로 2 업스테이지가 같은 달 선보였다.", props: ['솔라 프로 2=releasedOn:2025-09'], publishedAt: '2025-12-20' },
  { cat: 'released-on.same-month', text: "카카오는 지난 3월 카나나 1.5를 공개했다. 업스테이지도 같은달 솔라 프로 2를 내놨다.", props: ['솔라 프로 2=releasedOn:2025-03'], publishedAt: '2025-12-20' },
  // a count with the word for parameters right before a name ("320억 파라미터 'Y'") is that model's size, not the sentence topic's
  {
    cat: 'parameters.count-before-name',
    text: "한빛AI의 '별빛 4 미니'는 700억 파라미터 '별빛 4'를 교사 모델로 삼아 증류한 30억 파라미터 모델이다.",
    props: ['별빛 4=parameters:70000000000', '별빛 4 미니=parameters:3000000000'],
  },
  {
    cat: 'parameters.count-before-name',
    text: "한빛AI는 1200억 매개변수 '별빛 3'을 잇는 '별빛 4'를 내놨다.",
    props: ['별빛 3=parameters:120000000000'],
  },
  {
    cat: 'parameters.count-before-name',
    text: "가온소프트는 자체 모델을 증류한 80억 개 파라미터 '가온 라이트'도 함께 내놨다.",
    props: ['가온 라이트=parameters:8000000000'],
  },
  // "A개에서 B개로 키웠다" after "'Y'의 후속": A is the predecessor's size, B the model's
  {
    cat: 'parameters.grown-from',
    text: "한빛AI가 제출한 '별빛 4'는 지난해 선보인 '별빛 3'의 후속 모델로, 파라미터 규모를 700억 개에서 1200억 개로 늘렸다.",
    props: ['별빛 4=parameters:120000000000', '별빛 3=parameters:70000000000'],
  },
  {
    cat: 'parameters.grown-from',
    text: "'별빛 4'는 '별빛 3'의 차기 모델이다. 매개변수를 300억에서 700억으로 키웠다.",
    props: ['별빛 4=parameters:70000000000'],
  },
  // a sentence that names another model only as what the model beats ("Y를 넘어섰다는", "Y를 앞섰다") is still about the model in focus
  {
    cat: 'parameters.beside-compared-model',
    text: "가온소프트가 추론 모델 '가온 3'를 발표했다. 300억 개 파라미터로 GPT-4o를 넘어섰다는 주장은 화제가 됐다.",
    props: ['가온 3=parameters:30000000000'],
  },
  {
    cat: 'parameters.beside-compared-model',
    text: "가온소프트가 추론 모델 '가온 3'를 발표했다. 매개변수 400억 개로 라마 3.1 70B를 앞섰다.",
    props: ['가온 3=parameters:40000000000'],
  },
  // "사전학습 단계부터 자체 데이터로 학습": trained from the first stage in-house
  {
    cat: 'from-scratch.pretraining-stage',
    text: "'별빛 4'는 지난해 선보인 '별빛 3'의 후속 모델로, 한빛AI는 사전학습 단계부터 자체 데이터로 학습했다고 밝혔다.",
    props: ['별빛 4=fromScratch:true'],
  },
  {
    cat: 'from-scratch.pretraining-stage',
    text: "한빛AI는 '별빛 4'를 사전 학습 과정부터 직접 진행했다고 설명했다.",
    props: ['별빛 4=fromScratch:true'],
  },
  // a version joined to a versioned model by 과/와 with the family left out ("별빛 1과 2는") is the family's version
  {
    cat: 'open-source.coordinated-versions',
    text: "한빛AI는 '별빛 1'을 냈다. 이어 '별빛 2'를 선보였다. 별빛 1과 2는 모두 오픈소스로 공개돼 인기를 끌었다.",
    props: ['별빛 1=openSource:true', '별빛 2=openSource:true'],
  },
  {
    cat: 'open-source.coordinated-versions',
    text: "가온소프트는 올해 '누리 3.5'와 '누리 4.0'을 공개했다. 누리 3.5와 4.0은 모두 오픈소스로 공개돼 있다.",
    props: ['누리 4.0=openSource:true'],
  },
  {
    // a count after 과 is no version ("엑사원 4.0과 3명의 연구자")
    cat: 'open-source.coordinated-versions',
    text: "한빛AI는 '별빛 2'와 3명의 연구자를 소개했다.",
    noNodes: ['Model:별빛 3'],
  },
  // "이번 X는 …": a sentence opening on the model after a word of novelty is about it (the next sentences' size goes to it)
  {
    cat: 'parameters.novelty-topic',
    text: "한빛AI는 지난해 '별빛 2'를 오픈소스로 풀었다. 이번 별빛 3는 전문가 혼합 구조다. 별빛 2의 후속작으로 매개변수는 700억 개다.",
    props: ['별빛 3=parameters:70000000000'],
  },
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

  // each clause's from-scratch cue describes its own model ("A는 X를 프롬 스크래치로 …고, B도 Y를 처음부터 독자 구축해")
  {
    cat: 'from-scratch.one-per-clause',
    text: "가람소프트는 가람-7B를 프롬 스크래치 방식으로 개발했다고 밝혔고, 누리랩스도 누리-LM 2를 처음부터 독자 구축해 공개했다.",
    props: ['가람-7B=fromScratch:true', '누리-LM 2=fromScratch:true'],
  },
  {
    cat: 'from-scratch.one-per-clause',
    text: "다온AI는 다온-8B를 밑바닥부터 직접 학습했으며, 한솔비전 역시 한솔-3B를 처음부터 자체 학습했다.",
    props: ['다온-8B=fromScratch:true', '한솔-3B=fromScratch:true'],
  },
  // a size before "크기의/규모의 'X'" (with a count in parentheses after it) is the model's
  {
    cat: 'parameters.size-word-before-name',
    text: "다온AI도 라마 3.1에 금융 문서를 추가 학습해 12B(120억개) 크기의 '다온-LM'을 만들었다.",
    props: ['다온-LM=parameters:12000000000'],
  },
  {
    cat: 'parameters.size-word-before-name',
    text: "누리랩스는 80억 개 규모의 '누리-챗'을 공개했다.",
    props: ['누리-챗=parameters:8000000000'],
  },
  {
    cat: 'parameters.size-word-before-name',
    text: "가람소프트는 3B 크기인 모델 '가람-S'를 내놨다.",
    props: ['가람-S=parameters:3000000000'],
  },
  {
    // a count in parentheses right after the name: the model's size, and the name's slot still reaches its particle
    cat: 'parameters.count-in-parentheses',
    text: "지난달에는 가람소프트가 큐웬3 8B를 교사 모델로 삼아 증류한 모바일용 '가람-S 2'(30억 개)를 내놨다.",
    props: ['가람-S 2=parameters:3000000000'],
    expect: ['DEVELOPED 가람소프트 -> 가람-S 2', 'BASED_ON 가람-S 2 -> 큐웬3 8B'],
  },
  {
    cat: 'parameters.count-in-parentheses',
    text: "누리랩스는 새 모델 '누리-챗 3'(70억 개)를 오픈소스로 공개했다. 투자금(120억 원)은 GPU에 쓴다.",
    props: ['누리-챗 3=parameters:7000000000'],
    expect: ['DEVELOPED 누리랩스 -> 누리-챗 3'],
  },
  {
    // "A와 B의 가중치는 … 오픈소스로 공개됐다": both coordinated models are open, not only the one nearest the verb
    cat: 'open-source.coordinated-before-verb',
    text: '누리랩스의 Hanbit-Q 8B와 Hanbit-Q 2B의 가중치는 지난 2일 아파치 2.0 라이선스로 허깅페이스에 공개됐다.',
    props: ['Hanbit-Q 8B=openSource:true', 'Hanbit-Q 2B=openSource:true'],
  },
  {
    // a model named only in a comparison before the released one is not released with it
    cat: 'open-source.coordinated-before-verb',
    text: '누리랩스는 GPT-4o보다 빠른 Hanbit-Q 2B의 가중치를 지난 2일 오픈소스로 공개했다.',
    props: ['Hanbit-Q 2B=openSource:true', 'GPT-4o=openSource:undefined'],
  },
  {
    // "X과 마찬가지로 … 프롬 스크래치 모델이다" about the model in focus: X, said to be alike, is from scratch too
    cat: 'property.alike-shares',
    text: "누리랩스는 이날 '누리 LM 3'를 공개했다. 지난해 선보인 '누리 LM 2'의 후속작이다.\n\n누리 LM 2와 마찬가지로 처음부터 자체 학습한 프롬 스크래치 모델이다.",
    props: ['누리 LM 3=fromScratch:true', '누리 LM 2=fromScratch:true'],
  },
  {
    // a model set against it ("X와 달리") does not share it
    cat: 'property.alike-shares',
    text: "누리랩스는 이날 '누리 LM 3'를 공개했다. 지난해 선보인 '누리 LM 2'의 후속작이다.\n\n누리 LM 2와 달리 처음부터 자체 학습한 프롬 스크래치 모델이다.",
    props: ['누리 LM 3=fromScratch:true'],
  },
  // a bare size right before a quoted name is that name's tag, not the model named before it
  { cat: 'parameters / bare size before a quoted name', text: "바른AI, '바른 3' 이어 1.2B '소형'까지…\"1020억 파라미터 모델\"\n\n바른AI가 '바른 3'를 공개했다. 바른 3의 매개변수는 1020억 개다.", props: ['바른 3=parameters:102000000000'] },
  // an article of the 12th updated on the 13th: "13일" is the update's day, not last month's 13th (without the update it is)
  { cat: 'released-on / bare day after an update stamp', text: "한빛AI, 별빛 5 공개\n\n[업데이트 10월 13일 오전 9시]\n\n한빛AI는 13일 경량 모델 '별빛 5 라이트'를 깃허브에 오픈소스로 추가 공개했다.", publishedAt: '2026-10-12', props: ['별빛 5 라이트=releasedOn:2026-10-13'] },
  { cat: 'released-on / bare day after an update stamp', text: "한빛AI, 별빛 5 공개\n\n한빛AI는 13일 경량 모델 '별빛 5 라이트'를 깃허브에 오픈소스로 공개했다.", publishedAt: '2026-10-12', props: ['별빛 5 라이트=releasedOn:2026-09-13'] },
  // a size in lower case after a known family's hyphen ('gpt-oss-20b', 'gemma-2-9b') is the parameter count, not a version letter
  { cat: 'parameters / lower-case size in a known name', text: "가온랩은 오픈AI의 'gpt-oss-20b'를 바탕으로 상담 모델 '가온-챗'을 만들었다.", props: ['gpt-oss-20b=parameters:20000000000'] },
];

describe('property rows (release days, sizes)', () => {
  it.each(rows.map((r, i) => ({ ...r, i })))('$cat #$i', (row) => checkFactRow(row));
});

describe('나온 is a release only before the model it modifies', () => {
  it('"지난 3일 나온 평가 결과에서" gives the model no release day', async () => {
    const { graphOf } = await import('./helpers.js');
    const g = graphOf("한빛AI의 '별빛 3'는 지난 3일 나온 평가 결과에서 1위를 했다.", '2026-11-21');
    expect(g.nodes.find((n) => n.name === '별빛 3')?.properties.releasedOn).toBeUndefined();
  });
});

describe('a release verb inside someone\'s words takes no day from outside them', () => {
  it('"이날 … "X는 … 라이선스로 공개된 모델로 …"고 밝혔다" gives X no release day; a day inside the words still counts', async () => {
    const { graphOf } = await import('./helpers.js');
    const text = "한빛AI의 주력 모델은 '별빛 3'다. 한빛AI는 지난 3일 '별빛 3'을 공개했다. 가온소프트 대표는 이날 \"'가온 2'는 아파치 2.0 라이선스로 공개된 모델로 누구나 쓸 수 있다\"고 말했다.";
    const g = graphOf(text, '2026-11-21');
    expect(g.nodes.find((n) => n.name === '가온 2')?.properties.releasedOn).toBeUndefined();
    const inside = graphOf("가온소프트의 주력 모델은 '가온 2'다. 대표는 이날 \"'가온 2'는 지난 5일 공개된 모델로 누구나 쓸 수 있다\"고 말했다.", '2026-11-21');
    expect(inside.nodes.find((n) => n.name === '가온 2')?.properties.releasedOn).toBe('2026-11-05');
  });
});
