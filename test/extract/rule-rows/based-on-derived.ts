/** Rows for based-on.* rules of models derived by cutting a parent down (pruning) or deepening it (layers added): the facts each must and must not give. */
import type { Row } from './row.js';

export const basedOnDerivedRows: Row[] = [
  // "Y를 가지치기(pruning)해 … 줄인 'X'": the pruned model is built on its parent; a parent only compared, or not pruned, is none
  { rule: 'based-on.pruned-head', sentence: "다온랩은 '다온-5'를 공개했다. 다온-5를 가지치기(pruning)해 20억 파라미터로 줄인 '다온-5 엣지'도 휴대폰에서 돈다.", expect: ['BASED_ON 다온-5 엣지 -> 다온-5'] },
  { rule: 'based-on.pruned-head', sentence: "다온랩은 '다온-5'를 공개했다. 이어 다온-5를 프루닝한 '다온-5 미니'도 선보였다.", expect: ['BASED_ON 다온-5 미니 -> 다온-5'] },
  { rule: 'based-on.pruned-head', sentence: "다온랩은 '다온-5'를 공개했다. 다온-5를 가지치기하지 않고 만든 '다온-5 엣지'가 휴대폰에서 돈다.", absent: ['BASED_ON 다온-5 엣지 -> 다온-5'] },
  { rule: 'based-on.pruned-head', sentence: "다온랩은 '다온-5'를 공개했다. 다온-5를 양자화해 줄인 '다온-5 엣지'가 휴대폰에서 돈다.", absent: ['BASED_ON 다온-5 엣지 -> 다온-5'] },
  // "Y에 레이어 N개를 덧붙여 … 추가 학습했다": the model in focus is Y deepened and trained on; layers only compared, or planned, give none
  { rule: 'based-on.focus-layers-added', sentence: "바람랩은 코드 모델 '바람-Code 12B'를 공개했다. 메타의 라마 3.1 8B에 트랜스포머 레이어 8개를 덧붙여 깊이를 늘린 뒤, 코드 3,000억 토큰으로 추가 학습했다.", expect: ['BASED_ON 바람-Code 12B -> 라마 3.1 8B'] },
  { rule: 'based-on.focus-layers-added', sentence: "바람랩은 코드 모델 '바람-Code 12B'를 공개했다. 라마 3.1 8B에 층 두 개를 쌓아 다시 학습한 모델이다.", expect: ['BASED_ON 바람-Code 12B -> 라마 3.1 8B'] },
  { rule: 'based-on.focus-layers-added', sentence: "바람랩은 코드 모델 '바람-Code 12B'를 공개했다. 라마 3.1 8B에 레이어 8개를 덧붙여 추가 학습하는 방안은 검토하지 않았다.", absent: ['BASED_ON 바람-Code 12B -> 라마 3.1 8B'] },
  { rule: 'based-on.focus-layers-added', sentence: "바람랩은 코드 모델 '바람-Code 12B'를 공개했다. 라마 3.1 8B는 레이어 32개로 이뤄져 있다.", absent: ['BASED_ON 바람-Code 12B -> 라마 3.1 8B'] },
  // "Y에서 일부 레이어만 복제해 … 학습했다": depth up-scaling from Y, the model in focus the omitted subject (h180)
  { rule: 'based-on.focus-layers-copied', sentence: "한빛랩은 코드 모델 '한빛-Code 12B'를 내놨다. 구글의 Gemma 3 12B에서 중간 블록을 복사해 층을 늘린 뒤 코드 데이터로 학습했다.", expect: ['BASED_ON 한빛-Code 12B -> Gemma 3 12B'] },
  { rule: 'based-on.focus-layers-copied', sentence: "한빛랩은 코드 모델 '한빛-Code 12B'를 내놨다. 구글의 Gemma 3 12B에서 레이어를 복제해 학습했을 가능성이 제기됐다.", absent: ['BASED_ON 한빛-Code 12B -> Gemma 3 12B'] },
  // "X는 Y (의) 가중치에서 이어서 학습했다": trained on from Y's weights or checkpoint; a denial gives none
  { rule: 'based-on.continued-from-weights', sentence: "누리봇은 '누리챗 3'를 공개했다. 누리챗 3는 새로 만든 게 아니라 누리챗 2 가중치에서 이어서 학습했다.", expect: ['BASED_ON 누리챗 3 -> 누리챗 2'] },
  { rule: 'based-on.continued-from-weights', sentence: "누리봇은 '누리챗 3'를 공개했다. 누리챗 3는 누리챗 2의 체크포인트에서 계속 사전 학습(continual pre-training)했다.", expect: ['BASED_ON 누리챗 3 -> 누리챗 2'] },
  { rule: 'based-on.continued-from-weights', sentence: "누리봇은 '누리챗 3'를 공개했다. 누리챗 3는 누리챗 2 가중치에서 이어서 학습하지 않았다.", absent: ['BASED_ON 누리챗 3 -> 누리챗 2'] },
  // "(X는 …) Y의 체크포인트에서 출발해 … 이어서 학습했다": no subject of its own, the model in focus is built on Y
  { rule: 'based-on.focus-continued-weights', sentence: "누리봇은 '누리챗 3'를 공개했다. 누리챗 3는 누리챗 2의 업그레이드 버전이다. 새 구조로 만든 모델이 아니라, 누리챗 2의 체크포인트에서 출발해 긴 문맥 데이터로 이어서 학습했다.", expect: ['BASED_ON 누리챗 3 -> 누리챗 2'] },
  { rule: 'based-on.focus-continued-weights', sentence: "누리봇은 '누리챗 3'를 공개했다. 누리챗 2의 가중치에서 이어서 학습했다는 소문은 사실이 아니다.", absent: ['BASED_ON 누리챗 3 -> 누리챗 2'] },
  // (set 186) a component's weights taken from another model ("Y 비전 인코더 가중치를 가져와 개발"); a rumour of it denied is none
  { rule: 'based-on.borrowed-component-weights', sentence: "바다소프트의 '바람-V 2'의 경우 알리바바의 'Qwen2.5-VL' 비전 인코더 가중치를 가져와 개발한 사실이 확인됐다.", expect: ['BASED_ON 바람-V 2 -> Qwen2.5-VL'] },
  { rule: 'based-on.borrowed-component-weights', sentence: "바람-V 2는 큐웬 비전 인코더 가중치를 가져와 개발했다는 의혹이 제기됐으나 사실이 아닌 것으로 확인됐다.", absent: ['BASED_ON 바람-V 2 -> 큐웬'] },
  // (the training told after more steps: "가중치를 가져다가 레이어를 복제해서 … 추가로 사전학습한")
  { rule: 'based-on.borrowed-component-weights', sentence: "누리-2는 가온AI의 가온 7B 가중치를 가져다가 레이어를 복제해서 깊이를 늘린 다음에 추가로 사전학습한 모델이다.", expect: ['BASED_ON 누리-2 -> 가온 7B'] },
  { rule: 'based-on.borrowed-component-weights', sentence: "누리-2는 가온AI의 가온 7B 가중치를 가져다가 성능을 비교한 모델이다.", absent: ['BASED_ON 누리-2 -> 가온 7B'] },
  // "Y를 바탕으로 … 추가 사전학습하고 지시 튜닝한 X": two training steps on a base in one long clause; a base only compared, or a clause of another verb, is none
  { rule: 'based-on.base-then-two-trainings', sentence: "이 보고서는 메타의 라마 3.1 8B를 바탕으로 법률 판례 20억 토큰을 추가 사전학습하고 지시 튜닝한 누리로-8B를 소개한다.", expect: ['BASED_ON 누리로-8B -> 라마 3.1 8B'] },
  { rule: 'based-on.base-then-two-trainings', sentence: "가온랩은 Qwen3-8B를 기반으로 금융 문서를 더 학습시키고 선호 정렬한 가온-F 8B를 공개했다.", expect: ['BASED_ON 가온-F 8B -> Qwen3-8B'] },
  { rule: 'based-on.base-then-two-trainings', sentence: "가온랩은 Qwen3-8B를 바탕으로 평가 기준을 정하고 점수를 비교한 가온-F 8B 보고서를 냈다.", absent: ['BASED_ON 가온-F 8B -> Qwen3-8B'] },
  // "Z에 비전 인코더를 붙인 (멀티모달 파생) 모델로": a sentence with no subject about the model in focus
  { rule: 'based-on.focus-attached-encoder', sentence: "가온랩은 '가온 2 Vision'도 내놨다. 가온 2에 비전 인코더를 붙인 멀티모달 파생 모델로, 문서 이해에 강하다.", expect: ['BASED_ON 가온 2 Vision -> 가온 2'] },
  { rule: 'based-on.focus-attached-encoder', sentence: "가온랩은 '가온 2 Vision'도 내놨다. 가온 2에 비전 인코더를 붙인 멀티모달 파생 모델은 아니다.", absent: ['BASED_ON 가온 2 Vision -> 가온 2'] },
  { rule: 'based-on.focus-attached-encoder', sentence: "가온랩은 '가온 2 Vision'도 내놨다. 가온 2에 비전 인코더를 붙인 모델을 경쟁사도 준비하고 있다.", absent: ['BASED_ON 가온 2 Vision -> 가온 2'] },
  // "A와 B를 각각 튜닝한 모델을 X, Y라고 부른다": bases tuned respectively, each model on its own base, not the last base for the first model
  { rule: 'based-on.finetune-head', sentence: "물류 기업 바른로지는 '큐웬3 4B'와 '라마 3.2 3B'를 각각 파인튜닝한 모델을 BR-Route-Q와 BR-Route-L이라고 부른다.", expect: ['BASED_ON BR-Route-Q -> 큐웬3 4B', 'BASED_ON BR-Route-L -> 라마 3.2 3B'], absent: ['BASED_ON BR-Route-Q -> 라마 3.2 3B'] },
  // (r52b) "Y를 냈는데, 이게 Z를 … 파인튜닝한 모델": the demonstrative after a release clause joined by -는데/-고 is Y, built on Z; a denial gives none
  { rule: 'based-on.released-this-derived', sentence: "스타트업 다솜메디는 '다솜-MD'라는 모델을 냈는데, 이게 엑사원 3.5를 가져다가 진료 기록으로 파인튜닝한 모델이에요.", expect: ['BASED_ON 다솜-MD -> 엑사원 3.5'] },
  { rule: 'based-on.released-this-derived', sentence: "스타트업 다솜메디는 '다솜-MD'를 공개했고, 해당 모델은 엑사원 3.5를 바탕으로 만들어졌다.", expect: ['BASED_ON 다솜-MD -> 엑사원 3.5'] },
  { rule: 'based-on.released-this-derived', sentence: "스타트업 다솜메디는 '다솜-MD'를 공개했는데, 이건 엑사원 3.5를 추가 학습한 모델은 아니다.", absent: ['BASED_ON 다솜-MD -> 엑사원 3.5'] },
  // a base told of the time a model came out ("X를 내놓을 때만 해도 Y를 미세조정해 만들었다", "X를 공개할 당시 Y를 기반으로 했다")
  { rule: 'based-on.release-time-base', sentence: "가온랩은 재작년 첫 모델 '가온 1'을 내놓을 때만 해도 구글의 젬마 2 9B를 튜닝해 만들었다고 공개했다.", expect: ['BASED_ON 가온 1 -> 젬마 2 9B'] },
  { rule: 'based-on.release-time-base', sentence: "가온랩은 '가온 1'을 출시했을 당시에는 큐웬2.5 7B를 바탕으로 학습했다고 설명했다.", expect: ['BASED_ON 가온 1 -> 큐웬2.5 7B'] },
  { rule: 'based-on.release-time-base', sentence: "가온랩은 '가온 1'을 공개할 때 큐웬2.5 7B를 기반으로 하지 않았다고 강조했다.", absent: ['BASED_ON 가온 1 -> 큐웬2.5 7B'] },
  { rule: 'based-on.release-time-base', sentence: "가온랩은 '가온 1'을 공개할 때 큐웬2.5 7B와 점수를 나란히 적었다.", absent: ['BASED_ON 가온 1 -> 큐웬2.5 7B'] },
  // "Y의 경량화 버전인 'X'", "Y의 증류 모델 X": a version named in apposition as made from Y (lightened, distilled, quantised) is built on Y;
  // a mere "경량 버전" (a smaller sibling, trained apart perhaps) says no such thing
  { rule: 'based-on.derived-version-apposition', sentence: "누리소프트는 지난해 '누리온 8'을 공개했다. 올해는 누리온 8의 경량화 버전인 '누리온 8 Mini'를 휴대폰용으로 내놨다.", expect: ['BASED_ON 누리온 8 Mini -> 누리온 8'] },
  { rule: 'based-on.derived-version-apposition', sentence: "누리소프트는 지난해 '누리온 8'을 공개했다. 새 서비스에는 누리온 8의 증류 모델 '누리온 8 Nano'가 들어갔다.", expect: ['BASED_ON 누리온 8 Nano -> 누리온 8'] },
  { rule: 'based-on.derived-version-apposition', sentence: "누리소프트는 지난해 '누리온 8'을 공개했다. 올해는 누리온 8의 경량 버전인 '누리온 8 Mini'를 휴대폰용으로 내놨다.", absent: ['BASED_ON 누리온 8 Mini -> 누리온 8'] },
  // "X는 'Y'를 Z에서 증류했다": the object distilled from a model is built on it; one not distilled is none
  { rule: 'based-on.object-distilled-from', sentence: "물빛AI는 '별무리-1.5B'를 별무리-32B에서 증류했다고 밝혔다.", expect: ['BASED_ON 별무리-1.5B -> 별무리-32B'] },
  { rule: 'based-on.object-distilled-from', sentence: "연구진은 새 모델 '다솜-2B'를 공개 모델인 '큐웬3-8B'로부터 지식 증류해 만들었다.", expect: ['BASED_ON 다솜-2B -> 큐웬3-8B'] },
  { rule: 'based-on.object-distilled-from', sentence: "물빛AI는 '별무리-1.5B'를 별무리-32B에서 증류하지 않았다.", absent: ['BASED_ON 별무리-1.5B -> 별무리-32B'] },
];
