/**
 * An English release names its company in full once ("Arion Electronics Co., Ltd.", "Vela Robotics") and by its
 * first word after that ("Arion said …", "Vela's new model"): a company no gazetteer knows whose name is the
 * first word of another unknown company's name, whose other word is an industry's or a corporate word, is that company.
 */
import type { Mention } from './types.js';

/** A Latin company name: its first word, then one industry or corporate word. */
const CORPORATE_NAME = /^([A-Z][A-Za-z0-9&]{2,20})\s(?:Electronics|Technologies|Technology|Systems|Networks|Robotics|Semiconductors?|Software|Labs?|Motors|Holdings|Group|Corporation|Corp\.?|Inc\.?|Telecom|Communications|Solutions|Industries|Dynamics|Interactive|Mobility|Energy|Chemicals?|Devices|Instruments|Microsystems|Computing|Intelligence)$/;

/** "Arion" → "Arion Electronics": the short form's key to the full name's key. */
export function corporateShortForms(all: Mention[][]): Map<string, string> {
  const out = new Map<string, string>();
  const full = new Map<string, string>();
  const single: Mention[] = [];
  for (const ms of all)
    for (const m of ms) {
      if (m.type !== 'Company' || m.via !== 'discovered') continue;
      const c = CORPORATE_NAME.exec(m.surface);
      if (c) full.set(c[1]!, full.has(c[1]!) && full.get(c[1]!) !== m.key ? '' : m.key);
      // ("Arion AI Center" is read as the company "Arion AI": its lab, the same company)
      else if (/^[A-Z][A-Za-z0-9&]{2,20}(?:\sAI)?$/.test(m.surface)) single.push(m);
    }
  // (one full name per first word: "Arion Electronics" and "Arion Robotics" in one article leave "Arion" alone)
  for (const m of single) {
    const key = full.get(m.surface.replace(/\sAI$/, ''));
    if (key && key !== m.key) out.set(m.key, key);
  }
  return out;
}

/** A corporate suffix after a name ("AuroraWorks Inc.", "Foo Corp.", "Bar Co., Ltd."), or the group word ("누리바이오그룹", "Vela Group"). */
const CORPORATE_SUFFIX = /^(.+?)(?:,?\s(?:Inc\.?|Corp\.?|Corporation|Co\.,?\s?Ltd\.?|Ltd\.?|LLC|GmbH|Group)|(?<=[가-힣])\s?그룹)$/;

/**
 * "© 2026 AuroraWorks Inc." beside "오로라웍스(AuroraWorks)": a company's name with a corporate suffix is the company named
 * (or glossed) without it; so is "누리바이오그룹 회장" beside "누리바이오" (the group is the company the article names).
 */
export function suffixedForms(all: Mention[][]): Map<string, string> {
  const out = new Map<string, string>();
  const suffixed = all.flat().filter((m) => m.type === 'Company' && m.via === 'discovered' && CORPORATE_SUFFIX.test(m.surface));
  if (!suffixed.length) return out;
  const byName = new Map<string, string>();
  for (const m of all.flat()) if (m.type === 'Company' && m.via !== 'reference') for (const n of [m.surface, ...m.aliases]) byName.set(n, m.key);
  for (const m of suffixed) {
    const bare = CORPORATE_SUFFIX.exec(m.surface)![1]!;
    const to = byName.get(bare) ?? (m.surface.endsWith('그룹') ? groupLabOf(bare, byName) : undefined);
    if (to && to !== m.key) out.set(m.key, to);
  }
  return out;
}

/** A group's in-house research institute named after it ("한빛AI연구원", "한빛 AI연구소"; not "한빛AI랩", often an affiliate of its own). */
const LAB_WORD = /^\s?(?:AI\s?)?(?:연구원|연구소|Research)$/;

/** "누리그룹" beside "누리AI연구원" with no bare "누리": the group's one lab named after it, the same company (a group and its in-house lab are one). */
function groupLabOf(bare: string, byName: Map<string, string>): string | undefined {
  const labs = new Set([...byName].filter(([n]) => n.startsWith(bare) && LAB_WORD.test(n.slice(bare.length))).map(([, k]) => k));
  return labs.size === 1 ? [...labs][0] : undefined;
}
