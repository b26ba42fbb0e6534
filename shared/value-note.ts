/** `~40`, `≈ 40`, `approx. 40`, `about 40`, `ca. 40`, `est. 40`: a mark of an approximate value before it. */
const LEAD = /^(~|≈|∼|approx\.?|approximately|about|around|roughly|circa|ca\.|c\.|est\.|estimated)\s*(?=[-+−$€£¥\d.(])/i;
/** `90 (31.5% of 286)`, `38% (beta)`, `40 [est]`: a note in brackets after the value. */
const TRAIL_BRACKETS = /\s*(?:\(([^()]*)\)|\[([^[\]]*)\])$/;
/** `40*`, `40**`, `40†`, `40 ¹`: a footnote mark after the value. */
const TRAIL_MARK = /\s*([*†‡¹²³⁴⁵⁶⁷⁸⁹]+)$/;

/** A value written with a note: the value text to read, and the note to show beside it. */
export interface ValueNote {
  value: string;
  note: string;
}

/**
 * Splits a number written with a note into the value and the note (docs/scoring.md, "Reading values"):
 * `90 (31.5% of 286)` → `90` + `31.5% of 286`, `38% (beta)` → `38%` + `beta`, `~40` → `40` + `~`,
 * `approx. 40` → `40` + `approx.`, `40*` → `40` + `*`. Null when the text has no such note (or is
 * only a note). The value is not read here: the caller reads it as it reads any cell.
 * Callers try this only after the text failed to read as it is, so `(1,234.50)` stays a negative.
 *
 * @example
 * valueNote('90 (31.5% of 286)') // { value: '90', note: '31.5% of 286' }
 * valueNote('~40') // { value: '40', note: '~' }
 * valueNote('40') // null
 */
export function valueNote(text: string): ValueNote | null {
  let value = text.trim();
  const notes: string[] = [];
  const lead = LEAD.exec(value);
  if (lead) value = value.slice(lead[0].length);
  // A bracketed note and a footnote mark, in either order (`40* (est.)`, `40 (est.)*`), once each.
  for (let pass = 0; pass < 2; pass++) {
    const brackets = TRAIL_BRACKETS.exec(value);
    if (brackets && brackets.index > 0) {
      notes.unshift((brackets[1] ?? brackets[2] ?? '').trim());
      value = value.slice(0, brackets.index);
      continue;
    }
    const mark = TRAIL_MARK.exec(value);
    if (mark && mark.index > 0) {
      notes.unshift(mark[1]!);
      value = value.slice(0, mark.index);
    }
  }
  value = value.trim();
  if ((notes.length === 0 && !lead) || value === '') return null;
  if (lead) notes.unshift(lead[1]!);
  return { value, note: notes.filter(Boolean).join(' ') };
}
