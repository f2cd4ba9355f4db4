/**
 * A model chosen for a programme ("Y 3.0은 'Z 선도사업'의 민원 분야 모델로 선정돼 …", "Y는 Z 과제에 선정됐다"): the company
 * recorded as the model's developer takes part in the programme.
 */
import type { Sentence } from '../parse/types.js';
import { addRelation, developerOfModel, evidenceOf, type Acc } from './article-acc.js';
import type { Mention } from './types.js';

/** Before the model that opens the sentence: at most a linking adverb ("대신 ", "이후 ", "특히 ") and an opening quote. */
const OPENING = /^(?:(?:대신|이후|특히|또|또한|한편|결국|마침내|아울러)\s)?['"‘“]?$/;
/** Right after the model: its topic or subject particle. */
const MODEL_SUBJECT = /^['"’”]?(?:은|는|이|가)\s/;
/** After the programme: "의 … 모델로 선정돼", "에 (최종) 선정됐다", "'Z' 법률 분야 모델로 선정돼" (a few words between, no clause break). */
const SELECTED_AFTER = /^['"’”」』]?(?:의|에서|에)?\s(?:[^\s,.]{1,10}\s){0,3}?(?:[^\s,.]{0,10}(?:으로|로)\s)?(?:최종\s)?(?:선정(?:돼|됐|되었|되어|된)|뽑혔|뽑혀|뽑힌)/;
/** A selection not (yet) made, said in the words up to the verb and just after it. */
const NOT_SELECTED = /선정되지|뽑히지|예정|전망|기대|목표|도전|할지|될지|않았|못했/;

/** PARTICIPATES_IN for the developer of each model a body sentence says was selected for a programme (once the developers are known). */
export function addSelectedModelEntrants(acc: Acc, articleId: string, sentences: Sentence[], mentions: Mention[][]): void {
  for (const [i, s] of sentences.entries()) if (s.block !== 'caption' && s.block !== 'title') addSelectedModelEntrant(acc, articleId, s, mentions[i] ?? []);
}

function addSelectedModelEntrant(acc: Acc, articleId: string, s: Sentence, mentions: Mention[]): void {
  if (!(s.text.includes('선정') || s.text.includes('뽑'))) return;
  const model = mentions[0];
  if (model?.type !== 'Model' || !OPENING.test(s.text.slice(0, model.start)) || !MODEL_SUBJECT.test(s.text.slice(model.end, model.end + 3))) return;
  let verbEnd = 0;
  const policy = mentions.find((m) => {
    const v = m.type === 'Policy' && m.start > model.end ? SELECTED_AFTER.exec(s.text.slice(m.end, m.end + 60)) : null;
    if (v) verbEnd = m.end + v[0].length;
    return v !== null;
  });
  if (!policy || NOT_SELECTED.test(s.text.slice(model.end, verbEnd + 8)) || mentions.some((m) => (m.type === 'Company' || m.type === 'Model') && m !== model && m.start > model.end && m.start < policy.start)) return;
  const developer = developerOfModel(acc, model);
  if (!developer) return;
  addRelation(acc, { relation: 'PARTICIPATES_IN', source: developer.key, target: policy.key, properties: {} }, evidenceOf(articleId, s, 'participates.model-selected', 0.65));
}
