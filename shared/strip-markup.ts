const STRONG = /\*\*(?=\S)(.+?)\*\*|__(?=\S)(.+?)__/g;
const EMPHASIS_STAR = /(^|[^\p{L}\p{N}*])\*(?=[^\s*])([^*]*?[^\s*]|)\*(?![\p{L}\p{N}*])/gu;
const EMPHASIS_UNDERSCORE = /(^|[^\p{L}\p{N}_])_(?=[^\s_])([^_]*?[^\s_]|)_(?![\p{L}\p{N}_])/gu;
const BACKTICKS = /`+/g;

/**
 * Removes Markdown markup from an objective or key result title (docs/scoring.md, "Reading values"):
 * `**bold**`, `__bold__`, `*em*`, `_em_` and backticks. Text without `*`, `_` or a backtick comes back
 * as it is (no regular expression runs); `snake_case`, `40*` and a `* ` bullet are not markup.
 *
 * @example
 * stripMarkup('**Boost sales**') // 'Boost sales'
 * stripMarkup('Cut `p95` latency') // 'Cut p95 latency'
 * stripMarkup('user_id_count') // 'user_id_count'
 */
export function stripMarkup(text: string): string {
  const star = text.indexOf('*') >= 0;
  const underscore = text.indexOf('_') >= 0;
  const tick = text.indexOf('`') >= 0;
  if (!star && !underscore && !tick) return text;
  let out = text;
  if (star || underscore) out = out.replace(STRONG, (_, a: string | undefined, b: string | undefined) => a ?? b ?? '');
  if (star) out = out.replace(EMPHASIS_STAR, '$1$2');
  if (underscore) out = out.replace(EMPHASIS_UNDERSCORE, '$1$2');
  if (tick) out = out.replace(BACKTICKS, '');
  return out === text ? text : out.trim();
}
