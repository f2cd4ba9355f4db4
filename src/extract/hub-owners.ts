/**
 * A model's weights repository written as "owner/Model" (a hub discussion's header "dorim-labs/Mulbit-7B", a card's
 * "chorong-ai/Chorong-13B-Chat"): the account before the slash owns the repository, and where that account spells a company the
 * article names ("dorim-labs" for Dorim Labs, "upstage" for Upstage), the company put the model out — it developed it.
 */
import type { Sentence } from '../parse/types.js';
import { addRelation, evidenceOf, type Acc } from './article-acc.js';

/** A repository path: an account, a slash, the model's name (not a URL's path, not a date or a fraction). */
const REPOSITORY = /(?<![\w./:-])([A-Za-z][\w.-]{1,38})\/([A-Za-z0-9][\w.-]{1,80})(?![\w/])/g;

const fold = (s: string): string => s.toLowerCase().replace(/[^a-z0-9가-힣]/g, '');

/** The key of the entity of `type` one of whose names or aliases folds to `name`, when exactly one does. */
function entityFolded(acc: Acc, type: string, name: string): string | undefined {
  const want = fold(name);
  if (want.length < 3) return undefined;
  const keys = [...acc.entities.values()].filter((e) => e.type === type && [...Object.keys(e.names), ...e.aliases].some((n) => fold(n) === want)).map((e) => e.key);
  return keys.length === 1 ? keys[0] : undefined;
}

/** DEVELOPED from a repository's owning company to the model the path names. */
export function addRepositoryOwners(acc: Acc, articleId: string, sentences: Sentence[]): void {
  for (const s of sentences) {
    if (!s.text.includes('/')) continue;
    REPOSITORY.lastIndex = 0;
    for (let r = REPOSITORY.exec(s.text); r; r = REPOSITORY.exec(s.text)) {
      const model = entityFolded(acc, 'Model', r[2]!);
      const company = model ? entityFolded(acc, 'Company', r[1]!) : undefined;
      if (model && company) addRelation(acc, { relation: 'DEVELOPED', source: company, target: model, properties: {} }, evidenceOf(articleId, s, 'developed.repository-owner', 0.7));
    }
  }
}
