/**
 * A KR's key in the history: its `Scorecard id` when it has one, else its objective and KR titles,
 * trimmed, lower-cased, inner runs of spaces folded to one (sheets never scored by the add-on).
 *
 * @example
 * keyResultKey('k7f3q', 'Grow', 'Reach 100 users') // 'k7f3q'
 * keyResultKey(null, ' Grow  revenue ', 'Reach 100 Users') // 'grow revenue / reach 100 users'
 */
export function keyResultKey(id: string | null | undefined, objective: string, keyResult: string): string {
  const trimmed = id?.trim() ?? '';
  if (trimmed) return trimmed;
  return `${foldText(objective)} / ${foldText(keyResult)}`;
}

function foldText(text: string): string {
  return text.replace(/[\s\u00a0\u202f]+/g, ' ').trim().toLowerCase();
}
