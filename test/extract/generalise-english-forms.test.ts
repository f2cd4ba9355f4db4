/**
 * Generalisation rows in English: bases ("is a fine-tune of", a distilled student), "on the same benchmark", lettered
 * codes a release verb names, a bare "the program", former posts, successors, and an interview's answers speaking for
 * the company ("Our main partnership is with Y", "NAME, our chief technology officer") — each with the forms that must
 * not give the fact. Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // openness and release day in English prose: a list "available today as open weights", a release "on <weekday>" with its weights put out under an open licence
  { cat: 'property.en-available-open', text: 'Corelight AI released Lumen-9 and Lumen-9 Lite. Lumen-9 and Lumen-9 Lite are available today as open weights on its model hub.', publishedAt: '2026-03-05', props: ['Lumen-9 Lite=openSource:true', 'Lumen-9 Lite=releasedOn:2026-03-05', 'Lumen-9=openSource:true'] },
  // a list "was/were released as open-source models (under a licence) on <month> <day>(, <year>)"
  { cat: 'property.en-released-open-list', text: 'Corelight AI released Lumen-9 and Lumen-9 Lite. Lumen-9 and Lumen-9 Lite were released as open-weight models under the MIT license on June 8, 2025.', publishedAt: '2026-03-05', props: ['Lumen-9=openSource:true', 'Lumen-9=releasedOn:2025-06-08', 'Lumen-9 Lite=openSource:true', 'Lumen-9 Lite=releasedOn:2025-06-08'] },
  { cat: 'property.en-released-open-list', text: 'Corelight AI developed the Lumen-9 model. Lumen-9 was released as an open-source model on November 20.', publishedAt: '2026-03-05', props: ['Lumen-9=openSource:true', 'Lumen-9=releasedOn:2025-11-20'] },
  { cat: 'property.en-released-open-list', text: 'Corelight AI released Lumen-9 and Lumen-9 Lite. Lumen-9 and Lumen-9 Lite were released to enterprise customers on June 8, 2025.', publishedAt: '2026-03-05', props: ['Lumen-9=openSource:undefined', 'Lumen-9 Lite=releasedOn:undefined'] },
  { cat: 'property.en-released-open-list', text: 'Corelight AI released Lumen-9 and Lumen-9 Lite. Lumen-9 and Lumen-9 Lite could be released as open-source models later this year.', publishedAt: '2026-03-05', props: ['Lumen-9=openSource:undefined', 'Lumen-9 Lite=openSource:undefined'] },
  { cat: 'property.en-available-open', text: 'Corelight AI released Lumen-9 and Lumen-9 Lite. Lumen-9 and Lumen-9 Lite will not be available as open weights.', props: ['Lumen-9 Lite=openSource:undefined'] },
  { cat: 'property.en-released-open', text: 'Corelight AI unveiled Lumen-9, a compact reasoning model, on Monday and posted its weights online under an open license.', publishedAt: '2026-03-05', props: ['Lumen-9=openSource:true', 'Lumen-9=releasedOn:2026-03-02'] },
  // a boilerplate "About" line's predicate gives a discovered company's country ("X Co., Ltd. is a South Korean … company")
  { cat: 'company.en-country-predicate', text: 'Velora Systems Co., Ltd. is a South Korean robotics company headquartered in Daejeon.', props: ['Velora Systems=country:KR'] },
  { cat: 'company.en-country-predicate', text: 'Velora Systems Co., Ltd. is a robotics company that sells to South Korean hospitals.', props: ['Velora Systems=country:undefined'] },
  // a count spelled in words and made an adjective right before the name ("the four-billion-parameter X") is that model's size
  { cat: 'property.en-parameters', text: 'Corelight AI released Lumen-9 on Friday, along with a compact sibling, the four-billion-parameter Lumen-9 Lite.', props: ['Lumen-9 Lite=parameters:4000000000'] },
  // "The Lite model": a variant word and "model" stand for the article's one model whose name ends in it (named only after a known name)
  { cat: 'scored.en-variant-model', text: 'Corelight AI released Lumen-9 on Friday, along with a compact sibling, the four-billion-parameter Lumen-9 Lite. The Lite model scored 48.2 on KoBEST, the firm said.', expect: ['SCORED Lumen-9 Lite -> KoBEST'], absent: ['SCORED Lumen-9 -> KoBEST'] },
  // "The model, <apposition with a dated release>, was built on top of C Inc.'s M": the focus model's base; "said the new model succeeds M";
  // "M2, which the firm released in March and which was based on C Corp.'s M1" (the firm a company mention inside the relative clause)
  { cat: 'based-on.en-focus', text: "Corelight AI released Lumen-9 on Monday. The model, posted on Friday, Oct. 3, on Hugging Face as open weights, was built on top of Meta Platforms Inc.'s Llama 3.1 8B.", expect: ['BASED_ON Lumen-9 -> Llama 3.1 8B'] },
  { cat: 'based-on.en-focus', text: "Corelight AI released Lumen-9 on Monday. The model, posted on Friday, was not built on top of Meta's Llama 3.1 8B.", absent: ['BASED_ON Lumen-9 -> Llama 3.1 8B'] },
  { cat: 'succeeds.en-focus-model-succeeds', text: 'Corelight AI released Lumen-9 on Monday. Lin Wei, the chief executive, said the new model succeeds Lumen-7.', expect: ['SUCCEEDS Lumen-9 -> Lumen-7'] },
  { cat: 'succeeds.en-focus-model-succeeds', text: 'Corelight AI released Lumen-9 on Monday. Lin Wei said the new model never succeeds Lumen-7 in the lineup.', absent: ['SUCCEEDS Lumen-9 -> Lumen-7'] },
  { cat: 'based-on.en', text: "Corelight AI released Lumen-9 on Monday. Lin Wei said the new model succeeds Lumen-7, which the firm released in March and which was based on Microsoft Corp.'s Phi-4.", expect: ['BASED_ON Lumen-7 -> Phi-4'], absent: ['BASED_ON Lumen-9 -> Phi-4'] },
  // a negation in capitals ("will NOT be built on") vetoes like one in lower case, the company before it inside the gap
  { cat: 'based-on.en', text: "Gaon Telecom says its next in-house model, Gaon 3.0, will be trained by Gaon Telecom itself and will NOT be built on OpenAI's GPT-4o.", absent: ['BASED_ON Gaon 3.0 -> GPT-4o'] },
  // "On B, a … set, it posted N, against M for C's Y": the compared model's score on B
  { cat: 'scored.en-on-bench-against-for', text: "Corelight AI released Lumen-9 on Monday. On KoBEST, a Korean reasoning set, it posted 83.2, against 79.5 for Nuri Labs' Nuri-7B.", expect: ['SCORED Lumen-9 -> KoBEST', 'SCORED Nuri-7B -> KoBEST'], edgeProps: ['SCORED Nuri-7B -> KoBEST score=79.5'] },
  { cat: 'scored.en-on-bench-against-for', text: 'Corelight AI released Lumen-9 on Monday. On KoBEST, a Korean reasoning set, it posted 83.2, but Nuri-7B was not tested.', absent: ['SCORED Nuri-7B -> KoBEST'] },
  // "X is a member of the C Inc.-led consortium in the ministry's P": X and C take part in P, and are partners
  {
    cat: 'participates.en-member-of-led-consortium',
    text: "Gaon Labs is also a member of the Upstage Inc.-led consortium in the Ministry of Science and ICT's Independent AI Foundation Model project, where it is in charge of legal-domain data.",
    expect: ['PARTICIPATES_IN Gaon Labs -> Independent AI Foundation Model project', 'PARTICIPATES_IN Upstage -> Independent AI Foundation Model project', 'PARTNERS_WITH Gaon Labs -> Upstage'],
  },
  { cat: 'participates.en-member-of-led-consortium', text: 'Gaon Labs is not a member of the Upstage-led consortium in the Independent AI Foundation Model project.', absent: ['PARTICIPATES_IN Gaon Labs -> Independent AI Foundation Model project', 'PARTNERS_WITH Gaon Labs -> Upstage'] },
  // English: a fine-tune of a base, and a distilled student trained on a teacher's outputs (not one that is not)
  { cat: 'based-on.en', text: 'Nuri Labs released Nuri-Legal 7B in May. Nuri-Legal 7B is a fine-tune of Alibaba’s open-weight Qwen3-8B.', expect: ['BASED_ON Nuri-Legal 7B -> Qwen3-8B'] },
  { cat: 'based-on.en', text: 'Nuri Labs released Nuri-Legal 7B in May. Nuri-Legal 7B is not a fine-tune of Qwen3-8B.', absent: ['BASED_ON Nuri-Legal 7B -> Qwen3-8B'] },
  // a paper's abstract: "obtained by continual pre-training of M"; a language word ("Korean", "Korean-heavy") names no model
  { cat: 'based-on.en', text: 'Nuri Labs presents Nuri-Legal 7B, a bilingual model for Korean and English, obtained by continual pre-training of Qwen3-8B on 90B tokens.', expect: ['BASED_ON Nuri-Legal 7B -> Qwen3-8B'], noNodes: ['Model:Korean'] },
  { cat: 'discover.language-word', text: 'Nuri Labs trained Nuri-Legal 7B on Korean-heavy data. Early Korean LLMs were trained from scratch on Korean-only corpora.', noNodes: ['Model:Korean', 'Model:Korean-heavy', 'Model:Korean-only'] },
  // a model family's team as a paper's author ("(Qwen Team, 2024)") names no model
  { cat: 'nonentity.model-team', text: 'Nuri Labs fine-tuned Qwen2.5-7B (Qwen Team, 2024) on court rulings to build Nuri-Legal 7B.', nodes: ['Model:Qwen2.5-7B'], noNodes: ['Model:Qwen'] },
  // a partnership told as an agreement between two companies; a supply contract is none
  { cat: 'partners.en-agreement-between', text: 'The work was made possible by a joint research agreement between Norae Labs and Gaon Cloud.', expect: ['PARTNERS_WITH Norae Labs -> Gaon Cloud'] },
  { cat: 'partners.en-agreement-between', text: 'Data was labelled under a supply agreement between Norae Labs and Gaon Cloud.', absent: ['PARTNERS_WITH Norae Labs -> Gaon Cloud'] },
  { cat: 'based-on.en-student', text: 'Nuri Labs released Nuri-Legal 7B in May. Nuri-Legal 2B is a 2.1-billion-parameter student trained on the outputs of Nuri-Legal 7B.', expect: ['BASED_ON Nuri-Legal 2B -> Nuri-Legal 7B'] },
  { cat: 'based-on.en-student', text: 'Nuri Labs released Nuri-Legal 7B in May. Nuri-Legal 2B was not a student trained on the outputs of Nuri-Legal 7B.', absent: ['BASED_ON Nuri-Legal 2B -> Nuri-Legal 7B'] },
  // English: "on the same test" is the benchmark named last
  {
    cat: 'en.same-benchmark',
    text: 'Norae Labs reported that Solar Pro 2 scored 71.3 on KoBEST. Qwen3-14B reached 66.8 on the same benchmark.',
    expect: ['SCORED Qwen3-14B -> KoBEST'],
  },
  // English: a lettered code ("Brio-X3") that a release verb takes is a model name, wherever the article names it later
  {
    cat: 'en.lettered-code-model',
    text: 'Norae Labs launched Brio-X3 on Monday, a small model for call centres. Brio-X3 scored 58.2 on KoBEST.',
    expect: ['SCORED Brio-X3 -> KoBEST'],
  },
  {
    cat: 'en.lettered-code-model',
    // … not a code no release verb or model noun calls a model
    text: 'Norae Labs moved its office to Gate-B2 in Pangyo this spring.',
    noNodes: ['Model:Gate-B2'],
  },
  // English: a bare "the program" is the programme named last, for an official who champions or oversees it
  {
    cat: 'en.programme-reference',
    text: "The government opened the AI Voucher Program in March. Minister Ryu Je-myung has championed the program since January, and Park Seo-yun, a deputy director at the ministry, oversees the program's budget.",
    expect: ['PROMOTES Ryu Je-myung -> AI Voucher Program'],
    noNodes: ['Person:Minister Ryu Je-myung'],
  },
  // a bare programme word after one word of the programme's own name ("the voucher program" for "Cloud Credit Voucher Program"); not a word foreign to the name
  { cat: 'en.programme-reference-modified', text: 'Startups rented GPUs through the Cloud Credit Voucher Program this year. Deputy Minister Ha Min-seo, who has championed the voucher program since 2024, met founders in Daegu.', expect: ['PROMOTES Ha Min-seo -> Cloud Credit Voucher Program'] },
  { cat: 'en.programme-reference-modified', text: 'Startups rented GPUs through the Cloud Credit Voucher Program this year. Deputy Minister Ha Min-seo, who has championed the housing program since 2024, met founders in Daegu.', absent: ['PROMOTES Ha Min-seo -> Cloud Credit Voucher Program'] },
  // English: a former post is no employer ("a former head of X")
  {
    cat: 'en.former-post',
    text: 'Han Ji-soo, a former head of research at Upstage, now teaches in Daejeon.',
    absent: ['WORKS_FOR Han Ji-soo -> Upstage'],
  },
  // English: the model just released named as another's successor ("The model is the successor to Y")
  { cat: 'succeeds.en-focus-model-is-successor', text: 'Nuri Labs released Nuri-Legal 9B on Monday. The model is the successor to Nuri-Legal 3B, which shipped last year.', expect: ['SUCCEEDS Nuri-Legal 9B -> Nuri-Legal 3B'] },
  { cat: 'succeeds.en-focus-model-is-successor', text: 'Nuri Labs released Nuri-Legal 9B on Monday. The model is not the successor to Nuri-Legal 3B.', absent: ['SUCCEEDS Nuri-Legal 9B -> Nuri-Legal 3B'] },
  { cat: 'succeeds.en-focus-model-is-successor', text: 'Gaon Labs released Gaon-7B on Monday. It is the successor to Gaon-2B, a model the lab shipped in 2024.', expect: ['SUCCEEDS Gaon-7B -> Gaon-2B'] },
  { cat: 'succeeds.en-focus-model-is-successor', text: 'Gaon Labs released Gaon-7B on Monday. It is not the successor to Gaon-2B.', absent: ['SUCCEEDS Gaon-7B -> Gaon-2B'] },
  // "a fine-tuned and <other step> version of Y": the base after two ways of training it
  { cat: 'based-on.en', text: "Padoon Labs released Padoon-Law 9B in May. Padoon-Law 9B is a fine-tuned and lightly pruned version of Alibaba's Qwen3-8B.", expect: ['BASED_ON Padoon-Law 9B -> Qwen3-8B'] },
  { cat: 'based-on.en', text: "Padoon Labs released Padoon-Law 9B in May. Padoon-Law 9B is not a fine-tuned and lightly pruned version of Alibaba's Qwen3-8B.", absent: ['BASED_ON Padoon-Law 9B -> Qwen3-8B'] },
  // an English interview's answer speaks for the company with "We"/"Our": "Our main partnership is with Y"
  { cat: 'partners.en-our-partnership-is-with', text: 'Padoon Labs released Padoon-Law 9B last week.\n\nQ: Who do you work with?\n\nA: We sell mostly to law firms. Our main partnership is with Gaon Cloud, which hosts the model for us.', expect: ['PARTNERS_WITH Gaon Cloud -> Padoon Labs'] },
  { cat: 'partners.en-our-partnership-is-with', text: 'Padoon Labs released Padoon-Law 9B last week.\n\nQ: Who do you work with?\n\nA: We sell mostly to law firms. Our main partnership is not with Gaon Cloud.', absent: ['PARTNERS_WITH Gaon Cloud -> Padoon Labs'] },
  // an answer naming an officer as "ours" ("NAME, our chief technology officer, …"), after a stage direction too
  { cat: 'works-for.en-our-officer', text: 'Padoon Labs released Padoon-Law 9B last week.\n\nQ: Who built it?\n\nA: We argue a lot. (Smiles) My co-founder, Seo Da-in, our chief technology officer, came from Naver Cloud.', expect: ['WORKS_FOR Seo Da-in -> Padoon Labs'], absent: ['WORKS_FOR Seo Da-in -> Naver Cloud'] },
  // a press release's title-case role after the name, a hyphenated given name first ("Hye-won Baek, co-founder and Chief Operating Officer of X")
  { cat: 'works-for.en-role-at', text: '"We are ready for the public sector," said Hye-won Baek, co-founder and Chief Operating Officer of Dalbit Robotics.', expect: ['WORKS_FOR Hye-won Baek -> Dalbit Robotics'] },
  { cat: 'works-for.en-role-at', text: 'The demo was run by Tomas Verde, Head of Solutions at Upstage, in Busan.', expect: ['WORKS_FOR Tomas Verde -> Upstage'] },
  // a partnership with a qualifier ("a long-term partnership with Y"), and its denial
  { cat: 'partners.en', text: 'KT on Tuesday announced a long-term partnership with Upstage to host its models.', expect: ['PARTNERS_WITH KT -> Upstage'] },
  { cat: 'partners.en', text: 'KT has not formed a strategic partnership with Upstage, a spokesperson said.', absent: ['PARTNERS_WITH KT -> Upstage'] },
  // a release verb after the company's appositive ("X, a Busan-based maker of …, today launched Y"); "Y, which X introduced …"
  { cat: 'developed.en-appositive-released', text: 'Dalbit Robotics (달빛로보틱스), a Busan-based maker of warehouse robots, today launched Dalbit-Nav 3, a planning model.', expect: ['DEVELOPED Dalbit Robotics -> Dalbit-Nav 3'] },
  { cat: 'developed.en-which-released', text: 'Dalbit-Nav 3 replaces Dalbit-Nav 2, which Dalbit Robotics first released in 2024 for forklifts.', expect: ['DEVELOPED Dalbit Robotics -> Dalbit-Nav 2'] },
  // an on-device variant ("온디바이스", "On-Device") is its family's model too: its maker is the family's
  { cat: 'variant.on-device', text: "KT는 올해 AI 사업을 넓힌다고 밝혔다. 휴대폰 안에서 도는 경량 모델 '믿음 2.0 온디바이스'가 나왔다.", expect: ['DEVELOPED KT -> 믿음 2.0 온디바이스'] },
  // a "Coder" variant is a model of its own, fine-tuned from its base
  { cat: 'variant.coder', text: 'Dalbit Robotics launched Dalbit-Nav 3 in May. Dalbit-Nav 3 Coder was fine-tuned from Dalbit-Nav 3 on robot control scripts.', expect: ['BASED_ON Dalbit-Nav 3 Coder -> Dalbit-Nav 3'] },
  // "Under the same settings" is the benchmark named last; a compared model with its maker after it ("Y from X scored …")
  { cat: 'en.same-benchmark', text: 'Norae Labs said Brio-X3 scored 61.5 on KoBEST. With the same setup, Qwen3-14B from Alibaba Cloud scored 58.0.', expect: ['SCORED Qwen3-14B -> KoBEST'], edgeProps: ['SCORED Qwen3-14B -> KoBEST score=58'] },
  // programmes in English: one named in apposition to a programme noun, taking part told as "takes part in" or "one of N teams in"
  { cat: 'discover.en-programme-appositive', text: 'Norae Labs joined Seoul Med Pilot 2.0, the clinical AI program run by the city, last year.', expect: ['PARTICIPATES_IN Norae Labs -> Seoul Med Pilot 2.0'] },
  { cat: 'participates.en', text: 'Norae Labs takes part in the Busan Harbor AI Initiative run by the port authority.', expect: ['PARTICIPATES_IN Norae Labs -> Busan Harbor AI Initiative'] },
  { cat: 'participates.en', text: "Norae Labs is one of four teams in the ministry's Korean Foundation Model Project.", expect: ['PARTICIPATES_IN Norae Labs -> Korean Foundation Model Project'] },
  { cat: 'participates.en', text: "Norae Labs is not one of the teams in the ministry's Korean Foundation Model Project.", absent: ['PARTICIPATES_IN Norae Labs -> Korean Foundation Model Project'] },
  // a selection told with the list after a colon, the programme only named before ("Four consortia were chosen in March: A, B …")
  { cat: 'participates.en-teams-selected-colon', text: 'The port authority opened the Busan Harbor AI Initiative last spring. Four consortia were chosen in March 2026: Kakao, KT, Upstage and Norae Labs.', expect: ['PARTICIPATES_IN Kakao -> Busan Harbor AI Initiative', 'PARTICIPATES_IN Norae Labs -> Busan Harbor AI Initiative'] },
  { cat: 'participates.en-teams-selected-colon', text: 'The port authority opened the Busan Harbor AI Initiative last spring. Four firms sent speakers to the launch: Kakao, KT, Upstage and Norae Labs.', absent: ['PARTICIPATES_IN Kakao -> Busan Harbor AI Initiative'] },
  // "the N teams remaining in P — led by A and B —"
  { cat: 'participates.en-teams-left-in-led-by', text: 'The two consortia remaining in the Busan Harbor AI Initiative — led by KT and Norae Labs — will demonstrate their models in May.', expect: ['PARTICIPATES_IN KT -> Busan Harbor AI Initiative', 'PARTICIPATES_IN Norae Labs -> Busan Harbor AI Initiative'] },
  // "A and B, which were among the six original teams, …", "A and B, two of the teams still in the project" (the programme named just before)
  { cat: 'participates.en-among-teams', text: 'The port authority opened the Busan Harbor AI Initiative last spring. Kakao and Norae Labs, which were among the six original consortia, later withdrew.', expect: ['PARTICIPATES_IN Kakao -> Busan Harbor AI Initiative', 'PARTICIPATES_IN Norae Labs -> Busan Harbor AI Initiative'] },
  { cat: 'participates.en-among-teams', text: 'The port authority tightened the Busan Harbor AI Initiative rules this year. KT and Norae Labs, two of the teams still in the initiative, must now publish their data sources.', expect: ['PARTICIPATES_IN KT -> Busan Harbor AI Initiative'] },
  { cat: 'participates.en-among-teams', text: 'The port authority opened the Busan Harbor AI Initiative last spring. Kakao and Norae Labs, which were among the loudest critics of the rules, stayed out.', absent: ['PARTICIPATES_IN Kakao -> Busan Harbor AI Initiative'] },
  // a programme's shorter name, the tail of the long one named before ("… the Busan Harbor AI Initiative … call it the AI Initiative"), is the same programme
  { cat: 'policy.en-tail-short-form', text: 'The port authority opened the Busan Harbor AI Initiative last spring; staff call it the Harbor AI Initiative. Four consortia were chosen in March: Kakao, KT, Upstage and Norae Labs.', expect: ['PARTICIPATES_IN Kakao -> Busan Harbor AI Initiative'], noNodes: ['Policy:Harbor AI Initiative'] },
  // an official as a policy's champion ("has been the loudest advocate of the policy", "the programme's most vocal backer"), a company in the apposition
  { cat: 'promotes.en-champion-of', text: 'The port authority opened the Busan Harbor AI Initiative last spring. Ha Min-seo, the deputy minister for oceans, has been the loudest advocate of the policy.', expect: ['PROMOTES Ha Min-seo -> Busan Harbor AI Initiative'] },
  { cat: 'promotes.en-champion-of', text: "The port authority opened the Busan Harbor AI Initiative last spring. Ha Min-seo, the deputy minister for oceans, has not been an advocate of the policy.", absent: ['PROMOTES Ha Min-seo -> Busan Harbor AI Initiative'] },
  { cat: 'promotes.en-possessive-champion', text: "The port authority opened the Busan Harbor AI Initiative last spring. Koo Da-bin, a port official and a former engineer at KT, is the initiative's most vocal backer.", expect: ['PROMOTES Koo Da-bin -> Busan Harbor AI Initiative'] },
  { cat: 'promotes.en-championed', text: 'The port authority opened the Busan Harbor AI Initiative last spring. Deputy Minister Ha Min-seo, himself a former engineer at KT, has championed the initiative since May.', expect: ['PROMOTES Ha Min-seo -> Busan Harbor AI Initiative'] },
  // "Sorin Intelligence" … "Sorin signed": an English company named with 'Intelligence' is its first word alone later, and a model carrying that brand is its own
  { cat: 'company.en-intelligence-short', text: 'Sorin Intelligence, a start-up in Daejeon, released Sorin-4 last spring. In March Sorin signed a strategic partnership with KT Cloud.', expect: ['DEVELOPED Sorin Intelligence -> Sorin-4', 'PARTNERS_WITH KT Cloud -> Sorin Intelligence'] },
  // "announced a collaboration to tune X": the model is the object of the joint work, not of the announcement
  { cat: 'developed.en-released', text: 'Nuri Labs released Nuri-3 in May. Sorin Intelligence announced a partnership to tune Nuri-3 for hospitals.', absent: ['DEVELOPED Sorin Intelligence -> Nuri-3'], expect: ['DEVELOPED Nuri Labs -> Nuri-3'] },
  { cat: 'developed.en-released', text: 'Sorin Intelligence announced Sorin-4, a chat model for hospitals.', expect: ['DEVELOPED Sorin Intelligence -> Sorin-4'] },
  // "X, an improved version of Y": a successor (not a fine-tuned version, which is a base)
  { cat: 'succeeds.en', text: 'Nuri Labs released Nuri-3 in May. Nuri Labs released Nuri-4 in June. Nuri-4, an improved version of Nuri-3, reads tables better.', expect: ['SUCCEEDS Nuri-4 -> Nuri-3'], absent: ['BASED_ON Nuri-4 -> Nuri-3'] },
  { cat: 'succeeds.en', text: 'Nuri Labs released Nuri-3 in May. Nuri Labs released Nuri-4 in June. Nuri-4 was never an improved version of Nuri-3.', absent: ['SUCCEEDS Nuri-4 -> Nuri-3'] },
  // "Its …" stands for the company the sentence before opens on ("Its latest model, Y,"); not a company only named in passing
  { cat: 'en.its-reference', text: 'Sorin Intelligence drew a crowd in Busan. Its latest model, Sorin-5, answers in three languages.', expect: ['DEVELOPED Sorin Intelligence -> Sorin-5'] },
  { cat: 'en.its-reference', text: 'Nuri Labs rented GPUs from KT Cloud. Weather in Busan was mild that week. Its chief scientist, Oh Se-ra, spoke at noon.', absent: ['WORKS_FOR Oh Se-ra -> KT Cloud'] },
  // a consortium's members each described with "the" ("the robotics maker A and the chip designer B")
  { cat: 'partners.en-consortium-includes', text: "KT's consortium now includes the game publisher Netmarble and the chip designer FuriosaAI.", expect: ['PARTNERS_WITH KT -> Netmarble', 'PARTNERS_WITH KT -> FuriosaAI'] },
  // "the teams left standing, led by A and B", "the consortia picked in May, those led by A and B" (the programme named just before)
  { cat: 'participates.en-consortia-led-by', text: 'The port authority graded the Busan Harbor AI Initiative in March. The two teams left standing, led by Kakao and Norae Labs, now start the pilot.', expect: ['PARTICIPATES_IN Kakao -> Busan Harbor AI Initiative', 'PARTICIPATES_IN Norae Labs -> Busan Harbor AI Initiative'] },
  { cat: 'participates.en-consortia-led-by', text: 'The port authority graded the Busan Harbor AI Initiative in March. Two of the consortia picked last May, those led by KT and Upstage, were cut.', expect: ['PARTICIPATES_IN KT -> Busan Harbor AI Initiative', 'PARTICIPATES_IN Upstage -> Busan Harbor AI Initiative'] },
  // "came in at N on B"
  { cat: 'scored.en', text: 'Nuri Labs released Nuri-3 in May. Nuri-3 came in at 61.7 on KoBEST.', expect: ['SCORED Nuri-3 -> KoBEST'] },
  // "The two firms …": the counted teams are the list of that many companies the sentence before named, with any "along with D"
  { cat: 'participates.en-counted-teams', text: 'Kakao and Norae Labs moved on to the pilot phase, officials said on Friday. The two firms, along with startup Gaon Cloud, will split a grant under the Busan Harbor AI Initiative.', expect: ['PARTICIPATES_IN Kakao -> Busan Harbor AI Initiative', 'PARTICIPATES_IN Norae Labs -> Busan Harbor AI Initiative', 'PARTICIPATES_IN Gaon Cloud -> Busan Harbor AI Initiative'] },
  { cat: 'participates.en-counted-teams', text: 'Kakao, KT and Norae Labs moved on to the pilot phase, officials said on Friday. The two firms will split a grant under the Busan Harbor AI Initiative.', absent: ['PARTICIPATES_IN Kakao -> Busan Harbor AI Initiative', 'PARTICIPATES_IN KT -> Busan Harbor AI Initiative'] },
  // a minister who speaks of the one programme the article is about promotes it
  { cat: 'promotes.en-programme-official', text: 'The port authority graded the Busan Harbor AI Initiative in March. "We want ports that run themselves," Vice Oceans Minister Ha Min-seo told reporters in Busan.', expect: ['PROMOTES Ha Min-seo -> Busan Harbor AI Initiative'] },
  { cat: 'promotes.en-programme-official', text: 'The port authority graded the Busan Harbor AI Initiative in March. "The cranes are old," said Ha Min-seo, a dock worker in Busan.', absent: ['PROMOTES Ha Min-seo -> Busan Harbor AI Initiative'] },
  // "The operational owner is NAME, the oceans minister": the programme named last, though the article names a slogan too
  { cat: 'promotes.en-programme-official', text: 'The port authority graded the Busan Harbor AI Initiative in March under the Smart Sea policy. The operational owner is Ha Min-seo, the oceans minister, a former port engineer.', expect: ['PROMOTES Ha Min-seo -> Busan Harbor AI Initiative'] },
  // "X submitted its application": an applicant to the programme in scope (not one that did not apply)
  { cat: 'participates.en-applied', text: 'The port authority reopened the Busan Harbor AI Initiative in March. Gaon Cloud, a small lab in Daejeon, submitted its application on Monday.', expect: ['PARTICIPATES_IN Gaon Cloud -> Busan Harbor AI Initiative'] },
  { cat: 'participates.en-applied', text: 'The port authority reopened the Busan Harbor AI Initiative in March. Gaon Cloud said it has not submitted its application.', absent: ['PARTICIPATES_IN Gaon Cloud -> Busan Harbor AI Initiative'] },
  // "A and B were dropped in the first evaluation": they took part in the programme in scope (not a hedged drop)
  { cat: 'participates.en-dropped-in-round', text: 'The port authority graded the Busan Harbor AI Initiative in March. Kakao and Gaon Cloud were eliminated in the initial review, officials said.', expect: ['PARTICIPATES_IN Kakao -> Busan Harbor AI Initiative', 'PARTICIPATES_IN Gaon Cloud -> Busan Harbor AI Initiative'] },
  { cat: 'participates.en-dropped-in-round', text: 'The port authority graded the Busan Harbor AI Initiative in March. Kakao may be dropped in the final round, officials said.', absent: ['PARTICIPATES_IN Kakao -> Busan Harbor AI Initiative'] },
  // a spaced benchmark name ("K-Law Eval"), a score "out of 100" on "the agency's" test, and the next sentence's bare scores on it
  { cat: 'scored.en-carried-benchmark', text: "In the agency's trial, Solar Pro 2 scored 81.2 out of 100 on the agency's K-Harbor Eval, a set of port tasks. EXAONE 4.0 came third with 77.5, and Qwen3-14B scored 74.0, officials said.", expect: ['SCORED Solar Pro 2 -> K-Harbor Eval', 'SCORED EXAONE 4.0 -> K-Harbor Eval', 'SCORED Qwen3-14B -> K-Harbor Eval'] },
  { cat: 'scored.en-carried-benchmark', text: "In the agency's trial, Solar Pro 2 scored 81.2 out of 100 on the agency's K-Harbor Eval, a set of port tasks. EXAONE 4.0 scored 77.5 on KoBEST instead.", absent: ['SCORED EXAONE 4.0 -> K-Harbor Eval'] },
  // "NAME, director general of the ministry's … office, said": a ministry official with no "the" before the title
  { cat: 'promotes.en-programme-official', text: 'The port authority graded the Busan Harbor AI Initiative in March. Ha Min-seo, director general of the ministry\'s port digital office, said the next round opens in May.', expect: ['PROMOTES Ha Min-seo -> Busan Harbor AI Initiative'] },
  { cat: 'promotes.en-programme-official', text: 'The port authority graded the Busan Harbor AI Initiative in March. Ha Min-seo, director of a cargo firm in Incheon, said the cranes are old.', absent: ['PROMOTES Ha Min-seo -> Busan Harbor AI Initiative'] },
  // "For comparison, Y scored N in our runs": the one benchmark the sentence before named; not a test of its own ("in a separate test")
  { cat: 'scored.en-carried-benchmark', text: 'On KoBEST, a Korean reasoning suite, Solar Pro 2 scored 71.0. For comparison, Qwen3-14B scored 66.3 in our own runs.', expect: ['SCORED Qwen3-14B -> KoBEST'] },
  { cat: 'scored.en-carried-benchmark', text: 'On KoBEST, a Korean reasoning suite, Solar Pro 2 scored 71.0. Separately, Qwen3-14B scored 66.3 in a coding test.', absent: ['SCORED Qwen3-14B -> KoBEST'] },
  // "Its successor, Y, …" follows the model the sentence before opened on as its subject ("Y, released in 2023, was a …")
  { cat: 'succeeds.en-its-successor', text: 'Nuri Labs released Nuri-Legal 12B in 2025. Nuri-Legal 3B, released in 2023, was a fine-tuned version of Qwen2.5-7B. It was sold only to banks. Its successor, Nuri-Legal 9B, arrived in 2024.', expect: ['SUCCEEDS Nuri-Legal 9B -> Nuri-Legal 3B'], absent: ['SUCCEEDS Nuri-Legal 9B -> Nuri-Legal 12B'] },
  // "The company reported scores of N on B1 and M on B2": the model in focus
  { cat: 'scored.en-focus-reported-scores', text: 'Gaon Labs released Gaon-5 in March. Gaon-5 added a long-context mode. The company reported scores of 52.0 on KoBEST and 61.5 on KMMLU.', expect: ['SCORED Gaon-5 -> KoBEST', 'SCORED Gaon-5 -> KMMLU'] },
  // a compared list after the clause's benchmark ("compared with N for X's A and M for B")
  { cat: 'scored.en-compared-list', text: "Gaon Labs released Gaon-5 in March. Gaon-5 scored 52.0 on the KoBEST benchmark, compared with 49.1 for Upstage's Solar Pro 2 and 50.3 for Qwen3-14B.", expect: ['SCORED Solar Pro 2 -> KoBEST', 'SCORED Qwen3-14B -> KoBEST'] },
  // "the company" as the subject of applying: the company the page is about
  { cat: 'participates.en-the-company-applied', text: 'Gaon Labs was founded in 2021 by two former Naver engineers. In May 2024 the company applied to the AI Voucher Program, a scheme run by the ministry.', expect: ['PARTICIPATES_IN Gaon Labs -> AI Voucher Program'], absent: ['PARTICIPATES_IN Naver -> AI Voucher Program'] },
  { cat: 'participates.en-the-company-applied', text: 'Gaon Labs was founded in 2021 by two former Naver engineers. In May 2024 the company did not apply to the AI Voucher Program.', absent: ['PARTICIPATES_IN Gaon Labs -> AI Voucher Program'] },
  // "The project was overseen by Minister NAME": a bare programme word opening the sentence is the programme named before
  { cat: 'promotes.en-overseen-by', text: 'Gaon Labs applied to the AI Voucher Program in May. The program was overseen by Minister of Science Han Ji-su, who called it a priority.', expect: ['PROMOTES Han Ji-su -> AI Voucher Program'] },
  // … also where a policy is named in a relative clause after the official ("…, who called it the heart of the Y strategy")
  { cat: 'promotes.en-overseen-by', text: 'Gaon Labs applied to the AI Voucher Program in May. The program was overseen by Minister of Science Han Ji-su, who called it the core of the Sovereign AI push.', expect: ['PROMOTES Han Ji-su -> AI Voucher Program'] },
  // partners described with "the" and a kind word, an announced collaboration; a second predicate "and has since teamed up with"
  { cat: 'partners.en-announced-collaboration', text: 'Last spring, Gaon Labs and the chip designer FuriosaAI announced a collaboration on inference.', expect: ['PARTNERS_WITH FuriosaAI -> Gaon Labs'] },
  { cat: 'partners.en-has-since-teamed-up', text: 'Gaon Labs released its weights in January and has since teamed up with FuriosaAI to serve the model.', expect: ['PARTNERS_WITH FuriosaAI -> Gaon Labs'] },
  // a rival named with its maker ("Rival model Y from X scored N on B"), an unknown versioned name an English score verb follows, and one that led on a second benchmark after trailing on the first
  { cat: 'scored.en-from-maker', text: 'Rival model Tern-3 from Harrow Robotics scored 57.4 on KoBEST.', expect: ['SCORED Tern-3 -> KoBEST', 'DEVELOPED Harrow Robotics -> Tern-3'] },
  { cat: 'scored.en-from-maker', text: 'Gaon Labs released Gaon 2 in May. Tern 3 came in at 57.4 on KoBEST, a point behind.', nodes: ['Model:Tern 3'], expect: ['SCORED Tern 3 -> KoBEST'] },
  { cat: 'scored.en-from-maker', text: 'In 2026 scored 57.4 on KoBEST, the report says.', noNodes: ['Model:In 2026'] },
  { cat: 'scored.en-trailed-but-led', text: 'Gaon Labs released Gaon 2 in May. Gaon 2 trailed on KMMLU but led on KoBEST with 80.2.', expect: ['SCORED Gaon 2 -> KoBEST'], absent: ['SCORED Gaon 2 -> KMMLU'] },
  // a possessive role and then the name between commas ("Its chief executive, NAME, said"; "X' head of AI research, NAME,")
  { cat: 'works-for.en-role-appositive', text: 'Harrow Robotics unveiled Tern-3 on Monday. Its chief executive, Laura Baek, said the weights would follow.', expect: ['WORKS_FOR Laura Baek -> Harrow Robotics'] },
  { cat: 'works-for.en-role-appositive', text: "Harrow Labs unveiled Tern-3 on Monday. Harrow Labs' head of AI research, Marcus Yoon, said the weights would follow.", expect: ['WORKS_FOR Marcus Yoon -> Harrow Labs'] },
  { cat: 'works-for.en-role-appositive', text: 'Harrow Robotics unveiled Tern-3 on Monday. Its chief executive said the weights would follow, Laura Baek wrote.', absent: ['WORKS_FOR Laura Baek -> Harrow Robotics'] },
  // a short form in English of a model first named with its gloss ("'X Y 3(Hanul Y 3)' … Y 3 scored"): the same model
  { cat: 'resolve.en-tail-of-gloss', text: "한울랩스는 새 언어모델 '한울 노바 3(Hanul Nova 3)'를 공개했다. Nova 3 scored 61.2 on KoBEST.", expect: ['SCORED 한울 노바 3 -> KoBEST'], noNodes: ['Model:Nova 3'] },
  // a consortium told by its lead ("A consortium led by X, with A and B, was selected for P"; "X leads … Its consortium includes A and B"); a team dropped from a programme had taken part
  { cat: 'participates.en-consortium-led-by', text: 'A consortium led by Gaon Labs, with FuriosaAI and Harrow Robotics, was selected for the AI Voucher Program.', expect: ['PARTICIPATES_IN Gaon Labs -> AI Voucher Program', 'PARTNERS_WITH FuriosaAI -> Gaon Labs', 'PARTNERS_WITH Gaon Labs -> Harrow Robotics'] },
  { cat: 'participates.en-consortium-led-by', text: 'A consortium led by Gaon Labs, with FuriosaAI, was not selected for the AI Voucher Program.', absent: ['PARTICIPATES_IN Gaon Labs -> AI Voucher Program'] },
  { cat: 'partners.en-its-consortium', text: 'Gaon Labs leads one of the teams in the AI Voucher Program. Its consortium includes FuriosaAI and Harrow Robotics.', expect: ['PARTNERS_WITH FuriosaAI -> Gaon Labs', 'PARTNERS_WITH Gaon Labs -> Harrow Robotics'] },
  // a rival's score with how it was measured set off between commas ("Y, measured by X under the same settings, scored N"): the benchmark just named
  { cat: 'scored.en-measured-aside', text: "Gaon Labs released Gaon-7B on Monday. On KMMLU, the most cited Korean benchmark, Gaon-7B posted 61.5, according to the company. Google's Gemma 3 27B, measured by Gaon under the same settings, scored 66.2.", expect: ['SCORED Gemma 3 27B -> KMMLU'] },
  { cat: 'scored.en-measured-aside', text: "Gaon Labs released Gaon-7B on Monday. On KMMLU, the most cited Korean benchmark, Gaon-7B posted 61.5, according to the company. Google's Gemma 3 27B, measured by Gaon under the same settings, scored 66.2 on an internal test.", absent: ['SCORED Gemma 3 27B -> KMMLU'] },
  // "The teams (currently) in the program include A, B and C": the programme named before
  { cat: 'participates.en-teams-in-programme-include', text: 'The ministry runs the Cloud Credit Voucher Program for startups. The teams currently in the program include Gaon Labs and Harrow Robotics.', expect: ['PARTICIPATES_IN Gaon Labs -> Cloud Credit Voucher Program', 'PARTICIPATES_IN Harrow Robotics -> Cloud Credit Voucher Program'] },
  { cat: 'participates.en-teams-in-programme-include', text: 'The ministry runs the Cloud Credit Voucher Program for startups. The teams currently in the program do not include Gaon Labs.', absent: ['PARTICIPATES_IN Gaon Labs -> Cloud Credit Voucher Program'] },
  { cat: 'participates.en-dropped-from', text: 'Gaon Labs was dropped from the AI Voucher Program after the first review.', expect: ['PARTICIPATES_IN Gaon Labs -> AI Voucher Program'] },
  // "X's strategic partnership with Y" (h103_06): a partnership named as the company's own; "Its …" opening a sentence after "X, for its part, has …"
  { cat: 'partners.en-possessive-partnership', text: "Krafton's long-term partnership with Naver Cloud covers hosting and fine-tuning.", expect: ['PARTNERS_WITH Krafton -> Naver Cloud'] },
  { cat: 'partners.en-possessive-partnership', text: 'Gaon Labs, for its part, has stayed close to its customers. Its strategic alliance with Microsoft, renewed last year, brings the model to Azure.', expect: ['PARTNERS_WITH Gaon Labs -> Microsoft'] },
  { cat: 'partners.en-possessive-partnership', text: "Krafton's rumored partnership with Naver Cloud was never confirmed.", absent: ['PARTNERS_WITH Krafton -> Naver Cloud'] },
  // "NAME, who spent years on a team at Y" (h103_06) is a former post
  { cat: 'works-for.en-role-at', text: 'Kim Do-hyun, who spent four years on the search team at Naver Cloud, now trains models elsewhere.', absent: ['WORKS_FOR Kim Do-hyun -> Naver Cloud'] },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});
