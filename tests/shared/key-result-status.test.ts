import { describe, expect, test } from 'vitest';
import { keyResultStatus } from '../../shared/key-result-status';
import { expectedScore } from '../../shared/expected-score';

describe('keyResultStatus (SPEC section 5 table)', () => {
  test.each([
    // aspirational at t = 1: green ≥ 0.7, amber ≥ 0.4
    [0.7, 'aspirational', 1, 'green'],
    [0.69, 'aspirational', 1, 'amber'],
    [0.4, 'aspirational', 1, 'amber'],
    [0.39, 'aspirational', 1, 'red'],
    // committed at t = 1: green ≥ 1.0, amber ≥ 0.7
    [1, 'committed', 1, 'green'],
    [0.99, 'committed', 1, 'amber'],
    [0.7, 'committed', 1, 'amber'],
    [0.69, 'committed', 1, 'red'],
    // the bar grows with time: t = 0.5
    [0.35, 'aspirational', 0.5, 'green'],
    [0.34, 'aspirational', 0.5, 'amber'],
    [0.2, 'aspirational', 0.5, 'amber'],
    [0.19, 'aspirational', 0.5, 'red'],
    [0.5, 'committed', 0.5, 'green'],
    [0.35, 'committed', 0.5, 'amber'],
    [0.34, 'committed', 0.5, 'red'],
    // no period: t = 1
    [0.6, 'aspirational', null, 'amber'],
    // before the period: grey
    [0.9, 'aspirational', -1, 'grey'],
    // no score: grey
    [null, 'committed', 0.5, 'grey'],
    // at t = 0 everything is on track
    [0, 'committed', 0, 'green'],
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
