/** One row of the rule tables: a sentence written for the test, the facts it must give and the facts it must not give. */
export interface Row {
  rule: string;
  sentence: string;
  expect?: string[];
  absent?: string[];
  /** "FACT=value": the score (SCORED) or title (WORKS_FOR) the fact must carry. */
  props?: string[];
}
