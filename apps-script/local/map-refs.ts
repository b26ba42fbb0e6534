import { formulaText, tokenizeFormula, type FormulaToken, type RefToken } from './tokenize-formula';

/** Rewrites every reference token of a formula; null turns a reference into #REF!. Unparsable text is returned unchanged. */
export function mapRefs(formula: string, fn: (ref: RefToken) => RefToken | null): string {
  let tokens: FormulaToken[];
  try {
    tokens = tokenizeFormula(formula);
  } catch {
    return formula;
  }
  const out = tokens.map((t): FormulaToken => {
    if (t.type !== 'ref') return t;
    const mapped = fn(t);
    return mapped ?? { type: 'error', text: '#REF!' };
  });
  return formulaText(out);
}

