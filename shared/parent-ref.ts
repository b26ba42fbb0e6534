import { parseNumber } from './parse-number';

/** What a parent cell names: ids, a title, and the weight of the row in its parent. */
export interface ParentRef {
  /** Lower-case ids, in the order written. */
  ids: string[];
  /** The parent's title, lower-case, or '' when the cell holds only ids. */
  title: string;
  /** `weight: 14%` → 0.14; null when not written. */
  weight: number | null;
}

/** `Drive expansion (weight: 14%, Id: 2295776)`: a title with its id and weight in brackets. */
const DETAILS = /^(.*?)\s*\(([^()]*\b(?:id|weight)\b[^()]*)\)/i;
const ID = /\bid\s*[:#=]?\s*([\p{L}\p{N}][\p{L}\p{N}._-]*)/iu;
const WEIGHT = /\bweight\s*[:=]?\s*(\d+(?:[.,]\d+)?\s*%?)/i;
const SEPARATORS = /[,;\s]+/;
const NO_PARENT: ParentRef = { ids: [], title: '', weight: null };

/**
 * Reads a `Parent` / `Aligned To` / `Contributes to` cell of an OKR export: ids (`1`, `1, 4`, `O-12`),
 * a title (`Win EMEA`), or a title with details (`Drive expansion (weight: 14%, Id: 2295776)`).
 * A cell aligned to several parents names the first one's details.
 *
 * @example
 * parentRef('Drive expansion (weight: 14%, Id: 2295776)') // { ids: ['2295776'], title: 'drive expansion', weight: 0.14 }
 * parentRef('1, 4') // { ids: ['1', '4'], title: '1, 4', weight: null }
 */
export function parentRef(text: string): ParentRef {
  if (!text) return NO_PARENT;
  const details = DETAILS.exec(text);
  if (details) {
    const id = ID.exec(details[2]!);
    const weight = WEIGHT.exec(details[2]!);
    const w = weight ? parseNumber(weight[1]!.replace(',', '.')) : null;
    return { ids: id ? [id[1]!.toLowerCase()] : [], title: details[1]!.trim().toLowerCase(), weight: w !== null && w >= 0 ? w : null };
  }
  const lower = text.toLowerCase();
  return { ids: lower.split(SEPARATORS).filter(Boolean), title: lower, weight: null };
}
