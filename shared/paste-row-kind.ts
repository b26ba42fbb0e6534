/** How a pasted row looks before the header is known. */
export type PastedRowKind = 'blank' | 'comment' | 'rule' | 'row';

const RULE_CHARS = /^[\s\-=_+|]*$/;
const RULE_RUN = /[-=_]{3,}/;
const COMMENT_START = /^#(?:[\s#-]|$)/;
const SOURCE_ERROR = /^#[A-Z/0!?_]+[!?]?$/;

/**
 * Whether a pasted row (cells trimmed) is blank, a `#` comment (GA exports; not a source error like
 * `#N/A`), a rule line (`-----`, `|----+----|`, `=====`) or a row.
 *
 * @example
 * pasteRowKind(['# ----------------------------------------']) // 'comment'
 * pasteRowKind(['', '----+-----', '']) // 'rule'
 */
export function pasteRowKind(cells: string[]): PastedRowKind {
  let filled = 0;
  let firstFilled = '';
  let rule = true;
  for (const c of cells) {
    if (c === '') continue;
    if (filled === 0) firstFilled = c;
    filled++;
    if (rule && !RULE_CHARS.test(c)) rule = false;
  }
  if (filled === 0) return 'blank';
  const lead = cells[0]!;
  if (lead.startsWith('#') && (COMMENT_START.test(lead) || (filled === 1 && !SOURCE_ERROR.test(firstFilled)))) return 'comment';
  if (rule && cells.some((c) => RULE_RUN.test(c))) return 'rule';
  return 'row';
}

/** The skip reason for a row of that kind (`otherwise` for a `row`). */
export function rowKindReason(kind: PastedRowKind, otherwise: string): string {
  if (kind === 'blank') return 'blank row';
  if (kind === 'comment') return 'comment line';
  if (kind === 'rule') return 'rule line';
  return otherwise;
}
