/**
 * Words in a KPI's name that say lower is better (docs/scoring.md, KPI direction rule 5). A bare unit
 * (`Cash runway (days)`) says nothing; `time to …`, `days to …`, `hours to …` do. Words may be joined by
 * spaces, `-` or `_` (`Response_Time`); `Inventory turnover` is not staff turnover. Also counts of
 * problems (`Open items`, `Exceptions`, `High-risk accounts`), clinical rates (`Mortality`,
 * `Readmission`, `Length of stay`), waiting and delivery times, and `cost` in German, French, Spanish,
 * Portuguese and Indonesian (`biaya`, `waktu pengiriman` = delivery time).
 */
const LOWER_WORDS =
  /(?<![\p{L}\p{N}])(cost[\s_-]*to[\s_-]*income|response[\s_-]*times?|resolution[\s_-]*times?|lead[\s_-]*times?|cycle[\s_-]*times?|time[\s_-]*to|days[\s_-]*to|hours[\s_-]*to|latency|latencies|durations?|costs?|expenses?|spend(?:ing)?|burn(?:[\s_-]*rate)?|churn(?:ed)?|attrition|(?<!(?:inventory|stock|assets?|receivables?|capital|working[\s_-]*capital)[\s_-]*)turnover|errors?|defects?|bugs?|incidents?|failures?|complaints?|backlogs?|ag(?:e)?ing|overdue|downtime|blockages?|loss(?:es)?|open[\s_-]*items?|outstanding|exceptions?|discrepanc(?:y|ies)|mismatch(?:es)?|high[\s_-]*risk|mortality|readmissions?|length[\s_-]*of[\s_-]*stay|wait(?:ing)?[\s_-]*times?|delivery[\s_-]*times?|turnaround[\s_-]*times?|handling[\s_-]*times?|processing[\s_-]*times?|kosten|coûts?|costos?|custos?|biaya|waktu[\s_-]*(?:pengiriman|tunggu|proses|respons?))(?![\p{L}\p{N}])/iu;

/** Words that turn a lower-is-better word around (`Cost savings`, `Bugs fixed`, `Error-free days`). */
const TURNED = /(?<![\p{L}\p{N}])(savings?|saved|reductions?|reduced|avoided|avoidance|prevented|recovered|resolved|closed|fixed|free|coverage|profits?)(?![\p{L}\p{N}])/iu;

/**
 * The word in a KPI name that says lower is better (`churn`, `days to`, `cost`), as written in lower
 * case, or null when the name says nothing about direction.
 *
 * @example
 * lowerIsBetterWord('Monthly churn %') // 'churn'
 * lowerIsBetterWord('Cash runway (days)') // null
 */
export function lowerIsBetterWord(name: string): string | null {
  const m = LOWER_WORDS.exec(name);
  if (!m || TURNED.test(name)) return null;
  return m[1]!.toLowerCase().replace(/\s+/g, ' ');
}
