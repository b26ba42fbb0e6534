import { describe, expect, test } from 'vitest';
import { keyResultStatus } from '../../shared/key-result-status';
import { expectedScore } from '../../shared/expected-score';

describe('keyResultStatus (docs/scoring.md, "Status" table)', () => {
  // The full table of bars (docs/scoring.md, "Status") is in spec-cases.test.ts; here the cases around it.
  test.each([
    // before the period: grey
    [0.9, 'aspirational', -1, 'grey'],
    // no score: grey
    [null, 'committed', 0.5, 'grey'],
    // a hair under the bar is under it; the bar itself is on it
    [0.7 - 1e-9, 'aspirational', 1, 'amber'],
    [0.35, 'aspirational', 0.5, 'green'],
  ] as const)('score %s, %s, t=%s → %s', (score, commitment, t, status) => {
    expect(keyResultStatus(score, commitment, t)).toBe(status);
  });

  test('team thresholds from settings', () => {
    expect(keyResultStatus(0.6, 'aspirational', 1, { aspirationalGreen: 0.6 })).toBe('green');
    expect(keyResultStatus(0.3, 'aspirational', 1, { aspirationalAmber: 0.3 })).toBe('amber');
  });

  test('expectedScore is the green bar', () => {
    expect(expectedScore('aspirational', 0.5)).toBeCloseTo(0.35);
    expect(expectedScore('committed', 0.25)).toBeCloseTo(0.25);
    expect(expectedScore('committed', 2)).toBe(1);
    expect(expectedScore('aspirational', null)).toBeCloseTo(0.7);
  });
});
