import type { KeyResultKind } from './types';

/** A number as people write it in a KR's text: `22.4 %`, `$1.9M`, `12`, `1,200`, `7 days` (the unit word is left). */
const NUM = String.raw`(?<![\p{L}\p{N}.,/:_-])(?:[$€£¥]\s?)?\d+(?:[.,']\d+)*(?:\s?(?:bn|mn|[kKMB])(?![\p{L}\p{N}]))?(?:\s?%)?(?![\p{N}/:]|[.,]\p{N})`;
const ARROW = String.raw`(?:→|⟶|➔|➜|➝|⇒|-{1,2}>|=>|—>|–>)`;
/** `from 22.4% to 26%`, `from 12 → 7 days`, or `22.4 % → 26 %`, `12 -> 7 days`. */
/** A unit word between a number and the arrow: `900ms → 400ms`, `12 days -> 7 days`. */
const UNIT = String.raw`(?:\s?\p{L}{1,6}\.?)?`;
const FROM_TO = new RegExp(String.raw`\bfrom\s+(${NUM})${UNIT}\s*(?:\bto\b|${ARROW})\s*(${NUM})|(${NUM})${UNIT}\s*${ARROW}\s*(${NUM})`, 'iu');
/** A verb that opens the KR (or follows an id like `KR2:`), or an arrow anywhere: `Lower-tier customers` is no decrease. */
const UP = /[↑⬆⇧📈]|(?:^[^\p{L}\p{N}]*|[:–—]\s*)(?:raise|increase|grow|boost|improve|lift|expand|double|triple)\b/iu;
const DOWN = /[↓⬇⇩📉]|(?:^[^\p{L}\p{N}]*|[:–—]\s*)(?:cut|reduce|decrease|lower|shrink|halve|minimi[sz]e)\b(?!-)/iu;
/** `from 2025 to 2026`: years, not a start and a target. */
const YEAR = /^(?:19|20)\d\d$/;
const DIGIT = /\d/;

/** The start and target a KR's text names, and the direction its words or arrows name. */
export interface TitleValues {
  /** The start as written (`22.4 %`), or null. */
  start: string | null;
  /** The target as written (`26 %`), or null. */
  target: string | null;
  /** `increase` for `↑`, raise, increase, grow…; `decrease` for `↓`, cut, reduce…; null when neither or both. */
  kind: Extract<KeyResultKind, 'increase' | 'decrease'> | null;
}

const NONE: TitleValues = { start: null, target: null, kind: null };

/**
 * Reads the start and target written in a KR's own text, for a row whose Start or Target cell is empty
 * (docs/scoring.md, "Reading values"): `from 22.4% to 26%`, `22.4 % → 26 %`, `12 -> 7 days`,
 * `$1.9M → $0.5M`, `GM% ↑ from 22.4 % → 26 %`. The values come back as written, so the caller reads
 * them (and their `%`) as it reads cells. Its words and arrows name the kind: `↑`, raise, increase,
 * grow → increase; `↓`, cut, reduce, lower → decrease.
 *
 * @example
 * titleValues('GM% ↑ from 22.4 % → 26 %') // { start: '22.4 %', target: '26 %', kind: 'increase' }
 * titleValues('Cut onboarding 12 -> 7 days') // { start: '12', target: '7', kind: 'decrease' }
 */
export function titleValues(title: string): TitleValues {
  if (!title) return NONE;
  const up = UP.test(title);
  const down = DOWN.test(title);
  const kind = up === down ? null : up ? 'increase' : 'decrease';
  const m = DIGIT.test(title) ? FROM_TO.exec(title) : null;
  const start = m ? (m[1] ?? m[3])! : '';
  const target = m ? (m[2] ?? m[4])! : '';
  if (!m || (YEAR.test(start) && YEAR.test(target))) return kind === null ? NONE : { start: null, target: null, kind };
  return { start, target, kind };
}
