export type Delimiter = '\t' | ',' | ';' | '|';

/** Checked in this order; the first wins a tie. */
const CANDIDATES: Delimiter[] = ['\t', ';', '|', ','];
const SAMPLE_LINES = 200;

/**
 * The column delimiter of pasted text: tab, semicolon, `|` or comma, or null when no line has
 * one outside quotes. Looks at up to 200 lines (blank and `#` comment lines ignored) and picks the
 * delimiter whose per-line count (outside quotes) is the same on the most lines.
 *
 * @example
 * detectDelimiter('Indicateur;Réel\nMarge;41,2 %') // ';'
 * detectDelimiter('a,"b;c"\n1,2') // ','
 */
export function detectDelimiter(text: string): Delimiter | null {
  const lines = sampleLines(text);
  let best: Delimiter | null = null;
  let bestSupport = 0;
  for (const d of CANDIDATES) {
    const counts = new Map<number, number>();
    for (const line of lines) {
      const k = countOutsideQuotes(line, d);
      if (k > 0) counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    let support = 0;
    for (const v of counts.values()) support = Math.max(support, v);
    if (support > bestSupport) {
      best = d;
      bestSupport = support;
    }
  }
  return best;
}

function sampleLines(text: string): string[] {
  const out: string[] = [];
  let from = 0;
  const n = text.length;
  while (from < n && out.length < SAMPLE_LINES) {
    // A line ends at `\n`, `\r\n` or a lone `\r` (classic Mac and old Excel exports).
    let end = from;
    while (end < n && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
    const line = text.slice(from, end);
    from = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
    const t = line.trim();
    if (t === '' || t[0] === '#') continue;
    out.push(line);
  }
  return out;
}

function countOutsideQuotes(line: string, d: string): number {
  let count = 0;
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') quoted = !quoted;
    else if (c === d && !quoted) count++;
  }
  return count;
}
