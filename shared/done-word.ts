const TRAILING_BANG = /[!.]+$/;
const DONE = new Set([
  'done', 'yes', 'y', 'shipped', 'launched', 'complete', 'completed', 'delivered', 'released', 'finished',
  'achieved', 'live', 'true', '✓', '✔', '✅', '☑', 'x', 'ok', 'erledigt', 'fertig', 'ja', 'terminé', 'fait', 'oui',
  'hecho', 'sí', 'si', 'completado', 'feito', 'sim', 'concluído', 'concluido',
]);

/**
 * Whether a cell's text says a milestone is done (`done`, `yes`, `shipped`, `launched`, `complete`...,
 * a tick, or `TRUE`). Emoji status prefixes and a trailing `!` are ignored.
 *
 * @example
 * doneWord('Shipped') // true
 * doneWord('in review') // false
 */
export function doneWord(text: string): boolean {
  const t = text.toLowerCase().replace(TRAILING_BANG, '').trim();
  return DONE.has(t);
}
