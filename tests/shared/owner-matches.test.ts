import { describe, expect, test } from 'vitest';
import { ownerMatches } from '../../shared/owner-matches';
import { countStatuses } from '../../shared/count-statuses';

describe('ownerMatches', () => {
  test.each([
    ['ana@example.com', ['ANA@example.com'], true],
    ['vp.sales@example.com, ops@example.com', ['ops@example.com'], true],
    ['Ana P.', ['ana p'], true],
    ['Ben', ['ben@example.com', 'Ben'], true],
    ['Ana Pereira', ['ana.pereira@example.com'], true],
    ['Eng team', ['ana@example.com'], false],
    ['Benjamin', ['Ben'], false],
    [null, ['ana@example.com'], false],
    ['ana@example.com', [], false],
  ] as const)('%s matches %j: %s', (owner, ids, expected) => {
    expect(ownerMatches(owner, ids)).toBe(expected);
  });
});

test('countStatuses', () => {
  expect(countStatuses([{ status: 'red' }, { status: 'green' }, { status: 'red' }, { status: 'grey' }])).toEqual({ green: 1, amber: 0, red: 2, grey: 1 });
});
