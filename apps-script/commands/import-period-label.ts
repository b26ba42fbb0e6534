import { parsePeriod } from '../../shared/parse-period';

const INSIDE = [
  /\b(?:q[1-4]|h[12])\s*[-/]?\s*(?:fy\s?)?\d{4}\b/gi,
  /\b\d{4}\s*-\s*(?:q[1-4]|h[12])\b/gi,
  /\b\d{4}-\d{2}\b/g,
  /\b[a-zà-ÿ]{3,9}\.?\s+\d{4}\b/gi,
];
/** `Nov 1 - Nov 30 2025`: a month and day, then the year. */
const MONTH_DAY_YEAR = /\b([a-zà-ÿ]{3,9})\.?\s+\d{1,2},?\s+(\d{4})\b/gi;

/**
 * The period label the dialog proposes for a pasted value column, from its header: the header itself
 * when it is a period (`Nov 2026`, `2026-11`, `Q4 2026`), else the last period written inside it
 * (`Amount (Jun 2025)` → `Jun 2025`, `Total Nov 1 - Nov 30 2025` → `Nov 2025`), else `''`.
 *
 * @example
 * importPeriodLabel('Amount (Jun 2025)') // 'Jun 2025'
 * importPeriodLabel('Total') // ''
 */
export function importPeriodLabel(header: string): string {
  const text = String(header ?? '').trim();
  if (!text) return '';
  if (parsePeriod(text)) return text;
  const found: { at: number; label: string }[] = [];
  for (const re of INSIDE) {
    for (const m of text.matchAll(re)) if (parsePeriod(m[0])) found.push({ at: m.index ?? 0, label: m[0].trim() });
  }
  for (const m of text.matchAll(MONTH_DAY_YEAR)) {
    const label = `${m[1]} ${m[2]}`;
    if (parsePeriod(label)) found.push({ at: m.index ?? 0, label });
  }
  if (!found.length) return '';
  found.sort((a, b) => a.at - b.at);
  return found[found.length - 1]!.label;
}
