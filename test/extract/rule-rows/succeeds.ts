/** Rows for the succeeds.* rules: sentences in varied phrasings, the facts each must and must not give. */
import type { Row } from './row.js';

export const succeedsRows: Row[] = [
  // "X, which COMPANY released … as the successor to Y": a relative clause between the model and its predecessor (h154_02)
  { rule: 'succeeds.en-which-released-as-successor', sentence: 'Nuri-3B, which Dorim Labs unveiled on Nov. 3 as the follow-up to Nuri-2B, tops the chart.', expect: ['SUCCEEDS Nuri-3B -> Nuri-2B'] },
  { rule: 'succeeds.en-which-released-as-successor', sentence: "Nuri-3B, which Dorim Labs unveiled on Monday as a rival to LG AI Research's Pado-2B, tops the chart.", absent: ['SUCCEEDS Nuri-3B -> Pado-2B'] },
  { rule: 'succeeds.en-which-released-as-successor', sentence: 'Nuri-3B, which Dorim Labs unveiled on Monday, will need a successor to Pado-2B soon.', absent: ['SUCCEEDS Nuri-3B -> Pado-2B'] },
  // SUCCEEDS
  { rule: 'succeeds.upgrade-of', sentence: '카나나 2.0은 기존 카나나 1.5 모델의 업그레이드 버전이다.', expect: ['SUCCEEDS 카나나 2.0 -> 카나나 1.5'] },
  { rule: 'succeeds.upgrade-of', sentence: '그런데 누리-5 Pro가 누리-4 Pro 후속 아닌가요? 저는 그렇게 들었어요.', absent: ['SUCCEEDS 누리-5 Pro -> 누리-4 Pro'] },
  { rule: 'succeeds.upgrade-of', sentence: '엑사원 4.0은 엑사원 3.5의 후속 모델로 추론 능력을 강화했다.', expect: ['SUCCEEDS 엑사원 4.0 -> 엑사원 3.5'] },
  { rule: 'succeeds.object-called-successor', sentence: "다온랩은 '다온-3'을 '다온-2'의 후속작이라고 소개했다.", expect: ['SUCCEEDS 다온-3 -> 다온-2'] },
  { rule: 'succeeds.object-called-successor', sentence: "다온랩은 '다온-3'을 '다온-2'의 후속작이라고 소개하지 않았다.", absent: ['SUCCEEDS 다온-3 -> 다온-2'] },
  { rule: 'succeeds.named-then-successor', sentence: '다온랩의 차세대 모델은 다온-3이라고 불리며, 다온-2의 차기 버전이다.', expect: ['SUCCEEDS 다온-3 -> 다온-2'] },
  { rule: 'succeeds.successor-apposition-focus', sentence: '다온랩의 다온-2는 작년에 나왔다. 후속작인 다온-3은 다음 달 나온다.', expect: ['SUCCEEDS 다온-3 -> 다온-2'] },
  { rule: 'succeeds.successor-apposition-focus-inner', sentence: "다온랩의 '다온-2'는 작년에 나왔다. 회사는 \"내년에는 후속 모델인 다온-3을 내놓겠다\"고 말했다.", expect: ['SUCCEEDS 다온-3 -> 다온-2'] },
  { rule: 'succeeds.upgrade-of', sentence: "누리소프트의 '누리-R 8B'는 회사가 지난봄 공개한 '누리 8B'의 코딩 강화 후속 모델이다.", expect: ['SUCCEEDS 누리-R 8B -> 누리 8B'] },
  { rule: 'succeeds.upgrade-of', sentence: "누리소프트의 '누리-R 8B'는 '누리 8B'의 한국어 성능을 개선한 모델이다.", absent: ['SUCCEEDS 누리-R 8B -> 누리 8B'] },
  { rule: 'succeeds.successor-modifier', sentence: '하이퍼클로바X 후속인 HyperCLOVA X THINK도 연내 공개된다.', expect: ['SUCCEEDS HyperCLOVA X THINK -> 하이퍼클로바X'] },
  // "X의 후속인데 …": the clause ends on the successor word; a model in the next clause is no successor of X (set 161)
  { rule: 'succeeds.successor-modifier', sentence: '다온-7은 다온-6의 후속인데 이번에는 기반 모델을 젬마 3로 바꿨다.', expect: ['SUCCEEDS 다온-7 -> 다온-6'], absent: ['SUCCEEDS 젬마 3 -> 다온-6'] },
  { rule: 'succeeds.successor-modifier', sentence: '다온-6의 후속인 다온-7이 다음 달 나온다.', expect: ['SUCCEEDS 다온-7 -> 다온-6'] },
  // a clause that ends on '…이며,' closes the successor phrase: a model of the next clause succeeds nothing
  { rule: 'succeeds.successor-modifier', sentence: '가람-7은 가람-6의 후속 모델로 80억 개 매개변수 규모이며, 바람랩스의 바람-M 2와 함께 오픈소스로 공개됐다.', absent: ['SUCCEEDS 바람-M 2 -> 가람-6'] },
  { rule: 'succeeds.successor-modifier', sentence: '카나나 2는 카나나 1.5 8B의 후속 버전이고, 이번에도 알리바바의 큐웬2.5를 기반으로 추가 학습했다.', absent: ['SUCCEEDS 큐웬2.5 -> 카나나 1.5 8B'] },
  { rule: 'succeeds.successor-modifier', sentence: '바다-L 2는 바다-L의 업그레이드 버전이고, 솔라 프로 3 역시 솔라 프로 2의 후속 모델이다.', expect: ['SUCCEEDS 솔라 프로 3 -> 솔라 프로 2'], absent: ['SUCCEEDS 솔라 프로 3 -> 바다-L'] },
  // (r52b) the successor left unnamed and built on a family ("X의 후속 모델을 … Y 계열 모델을 토대로 할지"): Y is its base, no successor of X
  { rule: 'succeeds.successor-modifier', sentence: "바로랩은 내년 '바로 2'의 후속 모델을 낼 계획이지만, 그때 큐웬 계열 모델을 토대로 할지는 미정이다.", absent: ['SUCCEEDS 큐웬 -> 바로 2'] },
  { rule: 'succeeds.replaces-focus', sentence: '해온랩은 새 모델 해온-S 3를 공개했다. 지난해 낸 해온-S 2를 대체하는 후속 모델이다.', expect: ['SUCCEEDS 해온-S 3 -> 해온-S 2'] },
  { rule: 'succeeds.replaces-focus', sentence: '해온랩은 새 모델 해온-S 3를 공개했다. 해온-S 2를 대체하는 후속 모델은 아직 없다.', absent: ['SUCCEEDS 해온-S 3 -> 해온-S 2'] },
  { rule: 'succeeds.focus-previous', sentence: '솔트룩스가 루시아 3를 출시했다. 이전 모델인 루시아 2와 비교하면 추론 정확도가 18% 높다.', expect: ['SUCCEEDS 루시아 3 -> 루시아 2'], absent: ['BASED_ON 루시아 3 -> 루시아 2'] },
  { rule: 'succeeds.focus-previous', sentence: '코난테크놀로지가 ‘코난 LLM ENT-11’을 출시했다. 지난해 선보인 ‘코난 LLM ENT-10’의 업그레이드 버전이다.', expect: ['SUCCEEDS 코난 LLM ENT-11 -> 코난 LLM ENT-10'] },
  { rule: 'succeeds.predecessor', sentence: '솔라 프로2는 전작인 솔라 프로보다 성능이 20% 향상됐다.', expect: ['SUCCEEDS 솔라 프로2 -> 솔라 프로'] },
  { rule: 'succeeds.inherits', sentence: 'Gemma 3는 Gemma 2를 잇는 구글의 오픈 모델이다.', expect: ['SUCCEEDS Gemma 3 -> Gemma 2'] },
  { rule: 'succeeds.inherits', sentence: '카나나 2는 카나나 1.5의 뒤를 잇는다.', expect: ['SUCCEEDS 카나나 2 -> 카나나 1.5'] },
  { rule: 'succeeds.released-then-previous', sentence: 'LG AI연구원은 엑사원 5.0을 공개하며 "전작인 엑사원 4.0보다 수학 추론이 좋아졌다"고 설명했다.', expect: ['SUCCEEDS 엑사원 5.0 -> 엑사원 4.0'] },
  { rule: 'succeeds.predecessor-later', sentence: "Tri-70B는 미스트랄AI의 「미스트랄 스몰 3.1」이나 딥시크 「V3」 등 해외 모델을 가져다 쓰지 않았으며, 전작 'Tri-21B'의 학습 노하우를 바탕으로 처음부터 훈련한 모델이다.", expect: ['SUCCEEDS Tri-70B -> Tri-21B'], absent: ['SUCCEEDS 미스트랄 스몰 3.1 -> Tri-21B'] },
  { rule: 'succeeds.inherits', sentence: '엑사원 4.0은 엑사원 3.5의 계보를 이었다.', expect: ['SUCCEEDS 엑사원 4.0 -> 엑사원 3.5'] },
  { rule: 'succeeds.inherits', sentence: '믿:음 2.0은 라마의 뒤를 잇는 모델이 아니다.', absent: ['SUCCEEDS 믿:음 2.0 -> 라마'] },
  { rule: 'succeeds.inherits', sentence: "HyperCLOVA X THINK는 네이버클라우드가 지난해 공개한 'HCX-005'를 잇는 모델이다.", expect: ['SUCCEEDS HyperCLOVA X THINK -> HCX-005'] },
  { rule: 'succeeds.improved-of', sentence: '가람-3는 가람랩이 지난해 내놓은 가람-2를 대체하는 후속 모델이다.', expect: ['SUCCEEDS 가람-3 -> 가람-2'] },
  { rule: 'succeeds.replaces-existing', sentence: '누리온 5는 지난달 기존 누리온 4를 대체해 사내 메신저에 들어간 모델이다.', expect: ['SUCCEEDS 누리온 5 -> 누리온 4'] },
  { rule: 'succeeds.replaces-existing', sentence: '누리온 5는 기존 누리온 4를 대체하지 않고 함께 쓰인다.', absent: ['SUCCEEDS 누리온 5 -> 누리온 4'] },
  { rule: 'succeeds.focus-improved', sentence: '가람랩은 새 모델 ‘가람-3’를 내놨다. 자사 가람-2를 개선한 버전으로, 속도가 빨라졌다.', expect: ['SUCCEEDS 가람-3 -> 가람-2'] },
  { rule: 'succeeds.focus', sentence: '스타트업 별빛AI는 새 모델 ‘별빛-2’를 내놨다. 지난해 공개한 ‘별빛-1’의 후속 모델이다.', expect: ['SUCCEEDS 별빛-2 -> 별빛-1'] },
  // the successor called formal or official ('Y의 정식 후속 모델이기도 하다')
  { rule: 'succeeds.focus', sentence: "스타트업 별빛AI는 새 모델 '별빛 프로'를 내놨다. 지난해 시범 공개한 베타 버전 '샛별'의 정식 후속 모델이기도 하다.", expect: ['SUCCEEDS 별빛 프로 -> 샛별'] },
  { rule: 'succeeds.en-focus-successor-to', sentence: 'Byeolbit AI released Byeolbit-3 in May. The successor to Byeolbit-2 runs twice as fast.', expect: ['SUCCEEDS Byeolbit-3 -> Byeolbit-2'] },
  { rule: 'succeeds.en-focus-model-is-successor', sentence: 'Byeolbit AI released Byeolbit-3 in May. This model is a direct successor to Byeolbit-2.', expect: ['SUCCEEDS Byeolbit-3 -> Byeolbit-2'] },
  { rule: 'succeeds.focus-next-version', sentence: '스타트업 별빛AI는 새 모델 ‘별빛-2’를 내놨다. 별빛-1 다음 버전으로 출시된 모델이다.', expect: ['SUCCEEDS 별빛-2 -> 별빛-1'] },
  { rule: 'succeeds.focus-improved-form', sentence: "별빛AI는 새 모델 '별빛-2'를 출시했다. 지난해 나온 '별빛-1'의 추론 성능을 끌어올린 개량형으로, 상담에 쓴다.", expect: ['SUCCEEDS 별빛-2 -> 별빛-1'] },
  { rule: 'succeeds.focus-improved-form', sentence: "별빛AI는 새 모델 '별빛-2'를 출시했다. 지난해 나온 '별빛-1'의 성능을 끌어올린 개량형이 나올지는 미정이다.", absent: ['SUCCEEDS 별빛-2 -> 별빛-1'] },
  { rule: 'succeeds.upgrade-of', sentence: "Binim 4.0은 기존 '비님 3.0(Binim 3.0)' 모델의 업그레이드 버전이다.", expect: ['SUCCEEDS Binim 4.0 -> 비님 3.0'] },
  { rule: 'succeeds.en', sentence: 'EXAONE 4.0 is the successor to EXAONE 3.5.', expect: ['SUCCEEDS EXAONE 4.0 -> EXAONE 3.5'] },
  { rule: 'succeeds.en-and-it', sentence: 'EXAONE 4.0 was trained on more Korean data, according to Moon Ha-rin, and it is the designated successor to EXAONE 3.5.', expect: ['SUCCEEDS EXAONE 4.0 -> EXAONE 3.5'] },
  { rule: 'succeeds.en-and-it', sentence: 'EXAONE 4.0 was trained on more Korean data, according to Moon Ha-rin, but it is not the successor to EXAONE 3.5.', absent: ['SUCCEEDS EXAONE 4.0 -> EXAONE 3.5'] },
  { rule: 'succeeds.en-its-predecessor', sentence: 'Norae Labs released Norae-8. In tests Norae-8 outpaced its direct predecessor Norae-7 by a wide margin.', expect: ['SUCCEEDS Norae-8 -> Norae-7'] },
  { rule: 'succeeds.en-unlike-predecessor', sentence: 'Norae Labs released Norae-8. Like its predecessor Norae-7, which Norae Labs trained alone, Norae-8 speaks Korean first.', expect: ['SUCCEEDS Norae-8 -> Norae-7'] },
  // a spoken 'this one' for the model in focus: '이게 Y 후속이고요' (not when denied)
  { rule: 'succeeds.focus-spoken-this', sentence: "다온랩스가 어제 새 모델 '다온-3'를 풀었어요. 이게 다온-2 후속이고요, 속도가 빨라졌대요.", expect: ['SUCCEEDS 다온-3 -> 다온-2'] },
  { rule: 'succeeds.focus-spoken-this', sentence: "다온랩스가 어제 새 모델 '다온-3'를 풀었어요. 이게 다온-2 후속은 아니에요.", expect: [], absent: ['SUCCEEDS 다온-3 -> 다온-2'] },
  { rule: 'succeeds.next-of', sentence: '카나나 2.0은 카나나 1.5에 이은 차기 모델이다.', expect: ['SUCCEEDS 카나나 2.0 -> 카나나 1.5'] },
  { rule: 'succeeds.next-of', sentence: '솔라 프로2는 솔라 프로의 다음 버전이다.', expect: ['SUCCEEDS 솔라 프로2 -> 솔라 프로'] },
  // "It succeeds Y": the pronoun opening the sentence is the model in focus
  { rule: 'succeeds.en-focus-it-succeeds', sentence: 'Norae Labs shipped Brio-X4 on Monday. Brio-X4 scores 70.2 on KMMLU. It succeeds Brio-X3, which the lab showed last year.', expect: ['SUCCEEDS Brio-X4 -> Brio-X3'] },
  { rule: 'succeeds.en-focus-it-succeeds', sentence: 'Norae Labs shipped Brio-X4 on Monday. It does not replace Brio-X3, which stays on sale.', absent: ['SUCCEEDS Brio-X4 -> Brio-X3'] },
  { rule: 'succeeds.en-focus-model-succeeds', sentence: 'Norae Labs shipped Brio-X4 on Monday. The release, trained on twice the data, replaces the Brio-X3 that the lab showed last year.', expect: ['SUCCEEDS Brio-X4 -> Brio-X3'] },
  { rule: 'succeeds.en-focus-model-succeeds', sentence: 'Norae Labs shipped Brio-X4 on Monday. The release may replace the Brio-X3 that the lab showed last year.', absent: ['SUCCEEDS Brio-X4 -> Brio-X3'] },
  // "Its successor, Y, …": Y follows the model the sentences before were about
  { rule: 'succeeds.en-its-successor-focus', sentence: 'Nuri Labs released Nuri-Legal 3B in 2024. It was sold only to banks. Its successor, Nuri-Legal 9B, arrived this spring with a longer context.', expect: ['SUCCEEDS Nuri-Legal 9B -> Nuri-Legal 3B'] },
  { rule: 'succeeds.en-its-successor-focus', sentence: 'Nuri Labs released Nuri-Legal 3B in 2024. Its successor, Nuri-Legal 9B, may not ship this year.', absent: ['SUCCEEDS Nuri-Legal 9B -> Nuri-Legal 3B'] },
  { rule: 'succeeds.following-head', sentence: '솔트룩스는 루시아 2를 잇는 루시아 3를 선보였다.', expect: ['SUCCEEDS 루시아 3 -> 루시아 2'] },
  { rule: 'succeeds.following-head', sentence: '솔트룩스는 루시아 2를 잇는 서비스를 내놨고, 루시아 3는 내년에 나온다.', absent: ['SUCCEEDS 루시아 3 -> 루시아 2'] },
  { rule: 'succeeds.released-this-successor', sentence: '한밭AI는 한밭 3을 내놓았는데, 이는 한밭 2의 후속 모델이다.', expect: ['SUCCEEDS 한밭 3 -> 한밭 2'] },
  { rule: 'succeeds.paren-aside', sentence: '다음 과제는 루시아 3의 학습 설계다 (루시아 2의 후속 모델로, 내년 공개 예정).', expect: ['SUCCEEDS 루시아 3 -> 루시아 2'] },
  { rule: 'succeeds.paren-aside', sentence: '루시아 3를 써 봤다 (루시아 2와 비교하면 빠르다).', absent: ['SUCCEEDS 루시아 3 -> 루시아 2'] },
  { rule: 'succeeds.topic-later-clause', sentence: "한결-L 2는 라마 3.1을 바탕으로 추가 학습해 만들었으며, 지난해 나온 '한결-L 1'의 후속 모델이다.", expect: ['SUCCEEDS 한결-L 2 -> 한결-L 1', 'BASED_ON 한결-L 2 -> 라마 3.1'], absent: ['SUCCEEDS 한결-L 2 -> 라마 3.1'] },
  { rule: 'succeeds.topic-later-clause', sentence: '가람-7B 2는 라마 3.1을 바탕으로 만들었고, 엑사원 3.5는 엑사원 3.0의 후속 모델이다.', expect: ['SUCCEEDS 엑사원 3.5 -> 엑사원 3.0'], absent: ['SUCCEEDS 가람-7B 2 -> 엑사원 3.0'] },
  { rule: 'succeeds.focus-inherits', sentence: '보람소프트가 보람-K 4를 공개했다. 보람-K 3을 잇는 차세대 모델이다.', expect: ['SUCCEEDS 보람-K 4 -> 보람-K 3'] },
  // the predecessor introduced by a clause of its release with no subject ('지난해 시험 삼아 내놨던 Y를 잇는')
  { rule: 'succeeds.focus-inherits', sentence: '보람소프트가 보람-K 4를 공개했다. 지난해 시험 삼아 내놨던 보람-K 3을 잇는 후속 모델로, 긴 문서도 읽는다.', expect: ['SUCCEEDS 보람-K 4 -> 보람-K 3'] },
  { rule: 'succeeds.focus-presented-as-successor', sentence: '가람랩의 가람-M 2는 법률 문서를 읽는 140억 파라미터 모델이다. 가람랩은 지난해 나온 가람-M 1을 잇는 후속작으로 이 모델을 이달 초 선보였다.', expect: ['SUCCEEDS 가람-M 2 -> 가람-M 1'] },
  { rule: 'succeeds.focus-presented-as-successor', sentence: '가람랩의 가람-M 2는 법률 문서를 읽는 140억 파라미터 모델이다. 가람랩은 가람-M 1을 잇는 후속작으로 이 모델을 내놓을지 검토하고 있다고 알려졌다.', absent: ['SUCCEEDS 가람-M 2 -> 가람-M 1'] },
  { rule: 'succeeds.focus-presented-as-successor', sentence: '가람랩의 가람-M 2는 법률 문서를 읽는 140억 파라미터 모델이다. 가람랩은 가람-M 1을 잇는 모델로 이 모델을 내놓지는 않았다.', absent: ['SUCCEEDS 가람-M 2 -> 가람-M 1'] },
  { rule: 'succeeds.topic-later-inherits', sentence: "한빛 30B는 공개 모델 '라마 4'를 바탕으로 법률 문서를 더 학습한 300억 파라미터 모델로, 한빛소프트의 첫 모델 '한빛 7B'를 잇는 후속작이다.", expect: ['SUCCEEDS 한빛 30B -> 한빛 7B', 'BASED_ON 한빛 30B -> 라마 4'], absent: ['SUCCEEDS 한빛 30B -> 라마 4'] },
  { rule: 'succeeds.replaces-focus', sentence: "한빛소프트가 '한빛챗 5'를 공개했다. 3년 동안 쓰던 한빛챗 4를 대체하는 모델이다.", expect: ['SUCCEEDS 한빛챗 5 -> 한빛챗 4'] },
  { rule: 'succeeds.focus-previous', sentence: "한빛소프트가 '한빛 LM 4'를 공개했다. 전작인 자사 한빛 LM 3보다 모든 항목에서 앞선다.", expect: ['SUCCEEDS 한빛 LM 4 -> 한빛 LM 3'] },
  { rule: 'succeeds.focus-after-derivation', sentence: "세움랩은 새 모델 '세움-L 3'를 공개했다. 구글의 '젬마 3'에 공시 자료를 학습시킨 모델로, 작년 나온 '세움-L 2'의 후속작이다.", expect: ['SUCCEEDS 세움-L 3 -> 세움-L 2'] },
  { rule: 'succeeds.focus-upgraded-object', sentence: "세움랩은 새 모델 '세움-L 3'를 공개했다. 구글의 '젬마 3'에 공시 자료를 학습시킨 120억 파라미터 모델로, 작년 나온 '세움-L 2'를 업그레이드했다.", expect: ['SUCCEEDS 세움-L 3 -> 세움-L 2'] },
  { rule: 'succeeds.improved-adnominal', sentence: "KT는 기존 ‘믿:음 2.0’을 개량한 ‘믿:음 2.5’를 이달 내놨다.", expect: ['SUCCEEDS 믿:음 2.5 -> 믿:음 2.0'] },
  { rule: 'succeeds.predecessor-copula', sentence: "업스테이지는 '솔라 프로 3'을 공개했다. 솔라 프로 3의 전신은 솔라 프로2다.", expect: ['SUCCEEDS 솔라 프로 3 -> 솔라 프로2'] },
  { rule: 'succeeds.topic-then-successor-apposition', sentence: '가온 3이 해외 모델 기반이라는 점이 지적되자, 후속 모델인 가온 4는 처음부터 자체 학습했다.', expect: ['SUCCEEDS 가온 4 -> 가온 3'] },
  { rule: 'succeeds.successor-after-release', sentence: "스타트업 누리브릿지는 첫 모델 '누리메드 1'을 선보였고, 올해 초에는 후속 모델 '누리메드 2'를 출시했다.", expect: ['SUCCEEDS 누리메드 2 -> 누리메드 1'] },
  { rule: 'succeeds.successor-after-release-clause', sentence: "첫 모델 '누리메드 1'을 선보이며 이름을 알린 누리브릿지는 올해 초 후속작 '누리메드 2'를 출시했다.", expect: ['SUCCEEDS 누리메드 2 -> 누리메드 1'] },
  { rule: 'succeeds.released-then-successor-copula', sentence: "가온텔레콤은 지난 5월 '가온-3'을 공개했는데, 지난해 내놓은 가온-2의 후속 모델이다.", expect: ['SUCCEEDS 가온-3 -> 가온-2'] },
  { rule: 'succeeds.en-and-upgraded-version', sentence: 'Its first model, Solar Pro, ran on rented servers, and an updated version, Solar Pro 2, followed in May.', expect: ['SUCCEEDS Solar Pro 2 -> Solar Pro'] },
  // (set 167) "X는 … 후속작 Y로 교체됐다": the topic replaced by its successor
  { rule: 'succeeds.topic-replaced-by-successor', sentence: '지난해 출품된 가람 4는 올해 후속작 가람 5로 교체돼 빠졌다.', expect: ['SUCCEEDS 가람 5 -> 가람 4'], absent: ['SUCCEEDS 가람 4 -> 가람 5'] },
  // (set 159, second round) a model replaced by the successor the sentence calls so; another line's model is no successor
  { rule: 'succeeds.replaced-by-successor', sentence: '다온소프트는 지난해 챗봇의 기본 모델을 가람 4에서 후속작 가람 5로 교체했다.', expect: ['SUCCEEDS 가람 5 -> 가람 4'] },
  { rule: 'succeeds.replaced-by-successor', sentence: '다온소프트는 지난해 챗봇의 기본 모델을 가람 4에서 Qwen3-32B로 교체했다.', absent: ['SUCCEEDS Qwen3-32B -> 가람 4'] },
  // "Z보다 한 단계 나아간 Y": a step beyond a model of the line is its next version (set 131); a rival left behind is none
  { rule: 'succeeds.step-beyond', sentence: '다온랩의 \'가람-3\' 모델은 지난해 공개된 \'가람-2\' 모델보다 크다. 회사 측은 "가람-2보다 한 단계 나아간 가람-3가 이번 평가를 이끌었다"고 설명했다.', expect: ['SUCCEEDS 가람-3 -> 가람-2'] },
  { rule: 'succeeds.step-beyond', sentence: '가람-3는 GPT-4o보다 한 단계 앞선 성능을 보였다.', absent: ['SUCCEEDS 가람-3 -> GPT-4o'] },
  { rule: 'succeeds.step-beyond', sentence: '가람-2보다 한 단계 나아간 가람-3를 내놓을지는 미정이다.', absent: ['SUCCEEDS 가람-3 -> 가람-2'] },
  { rule: 'succeeds.topic-step-beyond', sentence: '다온-7은 다온-6보다 한 단계 진화한 모델이다.', expect: ['SUCCEEDS 다온-7 -> 다온-6'] },
  { rule: 'succeeds.topic-step-beyond', sentence: '다온-7은 다온-6보다 한 단계 진화한 모델은 아니다.', absent: ['SUCCEEDS 다온-7 -> 다온-6'] },
  // "- X (note): Y의 후속.": a list item's head model, a note, a colon, then the predecessor it follows
  { rule: 'succeeds.item-head', sentence: 'LG AI연구원의 모델을 정리한다.\n\n- 엑사원 4.0 (2025.7): 엑사원 3.5의 후속. 320억(32B).', expect: ['SUCCEEDS 엑사원 4.0 -> 엑사원 3.5'] },
  { rule: 'succeeds.item-head', sentence: 'LG AI연구원의 모델을 정리한다.\n\n- 엑사원 4.0 (2025.7): 엑사원 3.5의 후속은 아니다.', absent: ['SUCCEEDS 엑사원 4.0 -> 엑사원 3.5'] },
  // a line headed by a model and a dash, its predecessor in a clause after it (h175_01)
  { rule: 'succeeds.item-head-improved', sentence: '심사 대상 모델은 다음과 같다.\n\n- 바람말 2.3: 바람랩이 자사 바람말 2.2를 개선한 상담 특화 모델.', expect: ['SUCCEEDS 바람말 2.3 -> 바람말 2.2'] },
  { rule: 'succeeds.item-head-improved', sentence: '심사 대상 모델은 다음과 같다.\n\n- 바람말 2.3 — 바람말 2.2를 한층 개선한 버전이다.', expect: ['SUCCEEDS 바람말 2.3 -> 바람말 2.2'] },
  { rule: 'succeeds.item-head-improved', sentence: '심사 대상 모델은 다음과 같다.\n\n- 바람말 2.3: 바람말 2.2를 개선한 모델은 아니다.', absent: ['SUCCEEDS 바람말 2.3 -> 바람말 2.2'] },
  { rule: 'succeeds.dash-head', sentence: '세션에서 다룰 모델은 다음과 같다.\n\n누리온 5 — 바다소프트가 올봄 내놓은 누리온 4의 후속 모델로, 700억 파라미터 규모다.', expect: ['SUCCEEDS 누리온 5 -> 누리온 4'] },
  { rule: 'succeeds.dash-head', sentence: '세션에서 다룰 모델은 다음과 같다.\n\n누리온 5 — 누리온 4의 후속 모델은 아니다.', absent: ['SUCCEEDS 누리온 5 -> 누리온 4'] },
  { rule: 'succeeds.dash-head', sentence: '세션에서 다룰 모델은 다음과 같다.\n\n누리온 5 — 누리온 4와 견주면 가온 2의 후속 모델로 보인다.', absent: ['SUCCEEDS 누리온 5 -> 가온 2'] },
  // (set 179) a gloss in parentheses after the predecessor
  { rule: 'succeeds.upgrade-of', sentence: '바람-K 3는 바람-K 2(2025년 출시)의 후속 모델이다.', expect: ['SUCCEEDS 바람-K 3 -> 바람-K 2'] },
  { rule: 'succeeds.upgrade-of', sentence: '바람-K 3는 바람-K 2(2025년 출시)의 후속 모델이 아니다.', absent: ['SUCCEEDS 바람-K 3 -> 바람-K 2'] },
  // "Y 요청은 이전 버전인 Z로 …", "Y는 전작인 Z보다": the predecessor apposed to its version word
  { rule: 'succeeds.previous-version-apposed', sentence: '장애 동안 솔빛-4 요청은 이전 버전인 솔빛-3.5로 돌렸습니다.', expect: ['SUCCEEDS 솔빛-4 -> 솔빛-3.5'] },
  { rule: 'succeeds.previous-version-apposed', sentence: '솔빛-4는 직전 모델인 솔빛-3.5보다 빠르다.', expect: ['SUCCEEDS 솔빛-4 -> 솔빛-3.5'] },
  // (another maker's line between: its own predecessor, not the model before)
  { rule: 'succeeds.previous-version-apposed', sentence: '솔빛-4 출시 뒤에도 누리랩은 이전 버전인 누리-1을 계속 판다.', absent: ['SUCCEEDS 솔빛-4 -> 누리-1'] },
  // (set 186) a headline's model, then a quoted note after "…" calling it a predecessor's successor
  { rule: 'succeeds.headline-quoted-successor-note', sentence: "[속보] 바다소프트 '바람-K 3' 가나벤치 71.2점…\"바람-K 2 후속작\"", expect: ['SUCCEEDS 바람-K 3 -> 바람-K 2'] },
  { rule: 'succeeds.headline-quoted-successor-note', sentence: "[속보] 바다소프트 '바람-K 3' 공개…\"바람-K 2 후속작 아냐\"", absent: ['SUCCEEDS 바람-K 3 -> 바람-K 2'] },
  // "C가 X의 후속 모델을 내놨다": the model the article released before is X's successor
  { rule: 'succeeds.focus-successor-released', sentence: "누리소프트가 추론 모델 '누리 리즌 2'를 출시했다. 누리소프트가 누리 리즌의 후속 모델을 내놨다.", expect: ['SUCCEEDS 누리 리즌 2 -> 누리 리즌'] },
  { rule: 'succeeds.focus-successor-released', sentence: "누리소프트가 추론 모델 '누리 리즌 2'를 출시했다. 누리소프트는 누리 리즌의 후속 모델을 내놓지 않았다.", absent: ['SUCCEEDS 누리 리즌 2 -> 누리 리즌'] },
  // "X, COMPANY's flagship model and the successor to Y": an apposition after the model names its predecessor (set 185)
  { rule: 'succeeds.en-apposed-successor-to', sentence: "Mina works on EXAONE 4.0, LG AI Research's flagship model and the successor to EXAONE 3.5.", expect: ['SUCCEEDS EXAONE 4.0 -> EXAONE 3.5'] },
  { rule: 'succeeds.en-apposed-successor-to', sentence: "Mina works on EXAONE 4.0, LG AI Research's flagship model and a rival to the successor of EXAONE 3.5.", absent: ['SUCCEEDS EXAONE 4.0 -> EXAONE 3.5'] },
  { rule: 'succeeds.en-apposed-successor-to', sentence: "Mina works on EXAONE 4.0, LG AI Research's flagship model and not the successor to EXAONE 3.5.", absent: ['SUCCEEDS EXAONE 4.0 -> EXAONE 3.5'] },
  // "Y and its successor, X": the model after 'its successor' succeeds the one before (set 185)
  { rule: 'succeeds.en-and-its-successor', sentence: 'She leads the development of EXAONE 3.5 and its successor, EXAONE 4.0, due next year.', expect: ['SUCCEEDS EXAONE 4.0 -> EXAONE 3.5'] },
  { rule: 'succeeds.en-and-its-successor', sentence: 'She leads the development of EXAONE 3.5 and its rival, EXAONE 4.0.', absent: ['SUCCEEDS EXAONE 4.0 -> EXAONE 3.5'] },
  // a model glossed after a spaced dash with its predecessor ("'M' - …, 지난해 공개한 P의 후속 모델"); a model only compared with P is none
  { rule: 'succeeds.dash-gloss-successor', sentence: "3. 대상 모델\n\n나. 가람에이아이(주) : '누리젠-V 3' - 가람에이아이가 자체 개발한 모델로, 지난해 공개한 누리젠-V 2의 후속 모델", expect: ['SUCCEEDS 누리젠-V 3 -> 누리젠-V 2'] },
  { rule: 'succeeds.dash-gloss-successor', sentence: "3. 대상 모델\n\n나. 가람에이아이(주) : '누리젠-V 3' - 가람에이아이가 누리젠-V 2와 비교 평가한 모델", absent: ['SUCCEEDS 누리젠-V 3 -> 누리젠-V 2'] },
  // a headline's release, an ellipsis, then the model it follows ("X, 'Y' 공개…Z 후속"); a denial after it says none
  { rule: 'succeeds.headline-release-successor', sentence: "바람소프트, 언어모델 '해랑 3' 이달 출시…해랑 2.5 후속", expect: ['SUCCEEDS 해랑 3 -> 해랑 2.5'] },
  { rule: 'succeeds.headline-release-successor', sentence: "바람소프트 'Haerang-3' 첫선, Haerang-2 후속작", expect: ['SUCCEEDS Haerang-3 -> Haerang-2'] },
  { rule: 'succeeds.headline-release-successor', sentence: "바람소프트, 언어모델 '해랑 3' 공개…해랑 2.5 후속 아냐", absent: ['SUCCEEDS 해랑 3 -> 해랑 2.5'] },
  // a subject-less line after the one that names the model: the model it improves is its predecessor (h171_06)
  { rule: 'succeeds.focus-improved-of', sentence: '개빛AI가 개빛-R 3를 공개했다. 개빛-R 2를 크게 개선한 후속 버전이다.', expect: ['SUCCEEDS 개빛-R 3 -> 개빛-R 2'] },
  { rule: 'succeeds.focus-improved-of', sentence: '개빛AI가 개빛-R 3를 공개했다. 개빛-R 2를 크게 개선한 후속 버전은 아니다.', absent: ['SUCCEEDS 개빛-R 3 -> 개빛-R 2'] },
  // "기존 X는 Y 출시 후 … 지원한다": the existing model kept (or retired) once the new one is out is the new one's predecessor
  { rule: 'succeeds.existing-kept-after-successor', sentence: "미르웍스는 새 모델 '미르-L 4'를 내놨다. 기존 미르-L 3는 미르-L 4 정식 출시 이후에도 1년간 유지보수를 지원한다.", expect: ['SUCCEEDS 미르-L 4 -> 미르-L 3'] },
  { rule: 'succeeds.existing-kept-after-successor', sentence: "미르웍스가 미르-L 4를 공개했다. 기존 '미르-L 3'(2023년 공개)는 미르-L 4 배포 뒤 서비스를 종료한다.", expect: ['SUCCEEDS 미르-L 4 -> 미르-L 3'] },
  { rule: 'succeeds.existing-kept-after-successor', sentence: '기존 미르-L 3는 미르-L 4 출시 후에도 지원하지 않는다.', absent: ['SUCCEEDS 미르-L 4 -> 미르-L 3'] },
  // a note in brackets after the predecessor ("X(올해 4월 공개) 후속으로 Y"): the successor all the same
  { rule: 'succeeds.successor-modifier', sentence: '라온웍스는 라온-L 1(지난해 6월 공개) 후속으로 라온-L 2를 선보인다.', expect: ['SUCCEEDS 라온-L 2 -> 라온-L 1'] },
  { rule: 'succeeds.successor-modifier', sentence: '라온웍스는 라온-L 1(지난해 6월 공개) 후속인데, 라온-L 2는 그 뒤를 잇지 않는다고 하지 않았다.', absent: ['SUCCEEDS 라온-L 1 -> 라온-L 2'] },
  // "X 3.1(X 3 업그레이드 버전)": the parenthesised gloss says which model the name upgrades (r53c)
  { rule: 'succeeds.paren-upgrade-gloss', sentence: '가람AI는 가람 3를 공개했다. 다음 달 공개할 가람 3.1(가람 3 업그레이드 버전)은 일정대로 나온다.', expect: ['SUCCEEDS 가람 3.1 -> 가람 3'] },
  { rule: 'succeeds.paren-upgrade-gloss', sentence: '가람AI는 가람 3를 공개했다. 다음 달 공개할 가람 3.1(가람 3 기반)은 일정대로 나온다.', absent: ['SUCCEEDS 가람 3.1 -> 가람 3'] },
  // "X는 … 모델이며, … Y의 후속 모델이다": the topic's copula chain runs on to its predecessor, however long the description (a negation inside it aside)
  { rule: 'succeeds.topic-copula-chain', sentence: "'새솔 3'은 법률 문서와 판례 1천만 건, 사내 상담 기록을 더해 만든 320억 파라미터 규모의 한국어 특화 모델이며, 작년 봄에 나온 '새솔 2'의 후속 모델이다.", expect: ['SUCCEEDS 새솔 3 -> 새솔 2'] },
  { rule: 'succeeds.topic-copula-chain', sentence: "'미르-X'는 다른 회사의 가중치를 빌리지 않고 한국어 웹 문서로 처음부터 학습한 대형 언어모델이고, 지난해 나온 '미르-9'의 차기작이다.", expect: ['SUCCEEDS 미르-X -> 미르-9'] },
  { rule: 'succeeds.topic-copula-chain', sentence: "'새솔 3'은 법률 문서와 판례 1천만 건, 사내 상담 기록을 더해 만든 320억 파라미터 규모의 한국어 특화 모델이며, 작년 봄에 나온 '새솔 2'의 후속 모델은 아니다.", absent: ['SUCCEEDS 새솔 3 -> 새솔 2'] },
  // the possessive dropped in speech ("Y 후속 모델인데"): the model in focus still succeeds Y; a plan for one is none
  { rule: 'succeeds.focus', sentence: "다온랩이 '다온 4'를 내놨다. 다온 3 후속 모델인데 문서 요약이 훨씬 빨라졌다.", expect: ['SUCCEEDS 다온 4 -> 다온 3'] },
  { rule: 'succeeds.focus', sentence: "다온랩이 '다온 4'를 내놨다. 다온 3 후속 모델 개발은 내년으로 미뤘다.", absent: ['SUCCEEDS 다온 4 -> 다온 3'] },
  // "A로 운영됐으며 … 그 후속 모델인 B로": a successor named by '그 후속 …인' points back to the model before it in the sentence (fix201)
  { rule: 'succeeds.model-then-its-successor', sentence: '구청 상담창구는 작년까지 누리랩스의 하람-S 1 모델을 썼고, 올해는 그 후속 모델인 하람-S 2를 들였다.', expect: ['SUCCEEDS 하람-S 2 -> 하람-S 1'], absent: ['SUCCEEDS 하람-S 1 -> 하람-S 2'] },
  { rule: 'succeeds.model-then-its-successor', sentence: '가온테크는 봄에 버들-3을 내놓았고, 가을에는 이 차기작인 버들-4를 선보였다.', expect: ['SUCCEEDS 버들-4 -> 버들-3'] },
  { rule: 'succeeds.model-then-its-successor', sentence: '가온테크는 봄에 버들-3을 내놓았고, 가을에는 그 후속 모델인 버들-4를 선보이지 않았다.', absent: ['SUCCEEDS 버들-4 -> 버들-3'] },
];
