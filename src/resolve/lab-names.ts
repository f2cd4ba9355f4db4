/** A group's research lab read under its own name ("LG AI연구원" beside "LG"): what names a company node. */

/** A name that ends in a research lab's word ("… AI연구원", "…연구소", "… AI Research"). */
const LAB_END = /(?:연구원|연구소|\sResearch)$/;

/**
 * The counts a company's name is picked by, where the article reads its research lab by the lab's own name: the bare
 * group name that the lab's name starts with ("LG" in "LG 측은") counts for the lab, the model maker the text is about.
 */
export function countLabShortForms(counts: Map<string, number>): Map<string, number> {
  const labs = [...counts.keys()].filter((n) => LAB_END.test(n));
  if (!labs.length) return counts;
  const out = new Map(counts);
  for (const [form, c] of counts) {
    if (labs.includes(form)) continue;
    const lab = labs.find((l) => l.startsWith(form) && l.length > form.length);
    if (!lab) continue;
    out.set(lab, (out.get(lab) ?? 0) + c);
    out.set(form, 0);
  }
  return out;
}
