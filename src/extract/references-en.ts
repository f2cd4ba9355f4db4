/** English references across sentences: phrases standing for the benchmark or the programme named before (read by references.ts). */

/** "… scored 70.6 on the same test", "on the same benchmark", "Under the same settings, Y scored …": the benchmark named last, in English. */
export const EN_BENCH_REF = /(?<![A-Za-z])(?:the\s)?same\s(?:test|benchmark|evaluation|exam|leaderboard|test set|evaluation set)(?![A-Za-z])|(?<=(?:Under|under|With|with|In|in)\s)the\ssame\s(?:settings|conditions|setup)(?![A-Za-z])/;
/** "That compares with 57.9 for Y": a comparison's opening pronoun stands for the result (on the benchmark) the sentence before gave. */
export const EN_COMPARES_REF = /^(?:That|This)(?=\scompare[sd]?\s(?:with|to)\s)/;
/** "has championed the program", "oversees the project's operations": in English, a bare programme word is the policy named last (with a person in the sentence). */
export const EN_PROGRAMME_REF = /(?<![A-Za-z])(?:the|^The)\s(?:program|programme|project|initiative|scheme)(?=['’]s\s|[\s,.;]|$)/;
/** "has been the most visible champion of the policy": a bare policy word is the policy named last, programme or not. */
export const EN_POLICY_REF = /(?<![A-Za-z])the\spolicy(?=['’]s\s|[\s,.;]|$)/;
