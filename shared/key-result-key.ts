/**
 * A KR's key in the history: its `Scorecard id` when it has one, else its objective and KR titles,
 * trimmed, lower-cased, inner runs of spaces folded to one (sheets never scored by the add-on).
 *
 * @example
 * keyResultKey('k7f3q', 'Grow', 'Reach 100 users') // 'k7f3q'
 * keyResultKey(null, ' Grow  revenue ', 'Reach 100 Users') // 'grow revenue / reach 100 users'
 */
export function keyResultKey(id: string | null | undefined, objective: string, keyResult: string): string {
  const trimmed = id ? id.trim() : '';
  if (trimmed) return trimmed;
  // Titles with no space to fold (the usual case): lower-cased and joined into one flat string (fewer objects kept per KR).
  if (foldedSpaces(objective) && foldedSpaces(keyResult)) {
    if (objective !== lastPlain) {
      lastPlain = objective;
      lastPlainLower = objective.toLowerCase();
    }
    return [lastPlainLower, keyResult.toLowerCase()].join(' / ');
  }
  // The KRs of an objective come one after another: its title is folded once.
  if (objective !== lastObjective) {
    lastObjective = objective;
    lastFolded = foldText(objective);
  }
  return `${lastFolded} / ${foldText(keyResult)}`;
}

let lastPlain = '';
let lastPlainLower = '';
let lastObjective = '';
let lastFolded = '';

function foldText(text: string): string {
  return foldedSpaces(text) ? text.toLowerCase() : text.replace(/[\s\u00a0\u202f]+/g, ' ').trim().toLowerCase();
}

/** Whether a text has no space to fold: none at either end, no run of two, none but the plain space (a char check, no regular expression). */
function foldedSpaces(text: string): boolean {
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    if (code === 32) {
      if (i === 0 || i === n - 1 || isSpace(text.charCodeAt(i + 1))) return false;
    } else if (isSpace(code)) return false;
  }
  return true;
}

/** The characters `\s` and trim() take as space. */
function isSpace(code: number): boolean {
  if (code < 0x80) return code === 32 || (code >= 9 && code <= 13);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}
