/**
 * A titled person who stands for the company they work for as the subject of a partnership: "NAME X 랩장은 \"Y와 협력해
 * … 제공할 것\"이라고 말했다", "NAME 대표는 Y와 맺은 전략적 협력 관계를 바탕으로 …": the person's one employer partners Y.
 * Read once the article's roles are known (the employer may be named only in an earlier line: "NAME (X 대표)").
 */
import type { Sentence } from '../parse/types.js';
import { addRelation, evidenceOf, type Acc } from './article-acc.js';
import { escapeRegex } from './engine/compile.js';

/** The partner and its verb: a collaboration done or entered ("와 협력해", "와 맺은 전략적 협력 관계", "와 손잡고", "와 공동 개발한", "와 공동 개발 협약을 맺은", "와 X 공동 최적화를 위한 업무협약(MOU)을 맺었다"), or under way ("와 협력 중인 모델"). */
const PARTNERED_AFTER = /^['"’”]?(?:\s?\([^()]{1,20}\))?(?:와|과|하고|랑)(?:의)?\s(?:함께\s)?(?:협력해|협력하여|협력하고|협력해\s?온|협업해|협업하여|협업하고|손잡고|손을 잡고|제휴해|제휴하여|(?:맺은|체결한)\s(?:[가-힣]{1,6}\s)?(?:협력|제휴|협업|파트너십|동맹)\s?관계|(?:전략적\s)?(?:협력|제휴|파트너십|업무협약)(?:을|를)\s(?:맺고|맺었|체결하고|체결했)|공동\s?개발(?:한|해|하고|했)|(?:(?:공동\s?개발|공동\s?연구|기술\s?협력|업무)\s?)?협약(?:을|를)\s(?:맺은|맺고|맺었|체결한|체결하고|체결했)|(?:협력|협업)\s?중인\s|(?:협력|협업)하고\s있는\s|(?:[^\s."”]{1,10}\s){1,3}위한\s(?:전략적\s)?(?:업무협약|협약|MOU|제휴|파트너십)(?:\s?\([A-Z]{2,5}\))?(?:을|를)\s(?:맺었|맺고|맺은|체결했|체결하고|체결한))/;
/** The close of one quotation and the opening of the next that the same person says ("…했다\"며 \""). */
const NEXT_QUOTE_BEFORE = /["”](?:며|면서|고|라며|이라며)\s["“]$/;
/** What leaves the partnership unsettled, past, denied or only a plan under talks. */
const UNSETTLED = /않|아니|없었|없다|없습니다|무산|결렬|중단|종료|검토|논의|타진|추진할지|할지|여부|가능성|계획은 없|전망|소문|의혹|전에는|과거/;

/** PARTNERS_WITH the employer of a titled person opening a sentence, and the company the sentence says that person's side partners with. */
export function addSpeakerPartners(acc: Acc, articleId: string, sentences: Sentence[]): void {
  const rels = [...acc.relations.values()];
  const companies = [...acc.entities.values()].filter((e) => e.type === 'Company');
  for (const person of acc.entities.values()) {
    if (person.type !== 'Person') continue;
    const employers = [...new Set(rels.filter((r) => r.type === 'WORKS_FOR' && r.source === person.key).map((r) => r.target))];
    if (employers.length !== 1) continue;
    const employer = employers[0]!;
    for (const name of Object.keys(person.names)) {
      if (name.length < 2) continue;
      // the name opening the sentence (after an item mark), a title of up to four words (the employer's name among them), the subject particle
      // (or the employer's name before the person's: "X NAME CTO는")
      const opening = new RegExp(`^\\s?(?:[•·▲■○◆▶\\-]\\s?)?(?:[^\\s"“”'.]{2,14}\\s)?${escapeRegex(name)}\\s(?:[^\\s"“”'.]{1,14}\\s){0,3}?[^\\s"“”'.]{1,14}?(?:은|는|이|가)\\s`);
      for (const s of sentences) {
        if (s.block !== 'body' || !s.text.includes(name) || UNSETTLED.test(s.text)) continue;
        const o = opening.exec(s.text);
        if (!o) continue;
        const rest = s.text.slice(o[0].length);
        for (const c of companies) {
          if (c.key === employer) continue;
          for (const n of [...Object.keys(c.names), ...c.aliases]) {
            const at = n.length >= 2 ? rest.indexOf(n) : -1;
            // (the partner early in the clause, past an opening quote: not a company named deep in what the person goes on to say)
            // (or opening the person's next quotation: "\"…했다\"며 \"Y와 협력 중인 모델과는 …\"")
            if (at < 0 || (at > 40 && !NEXT_QUOTE_BEFORE.test(rest.slice(0, at))) || /[가-힣A-Za-z0-9]/.test(rest[at - 1] ?? ' ') || !PARTNERED_AFTER.test(rest.slice(at + n.length, at + n.length + 40))) continue;
            addRelation(acc, { relation: 'PARTNERS_WITH', source: employer, target: c.key, properties: {} }, evidenceOf(articleId, s, 'partners.titled-speaker', 0.65));
            break;
          }
        }
      }
    }
  }
}
