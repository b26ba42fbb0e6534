const ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

/**
 * A new short `Scorecard id` for a key result: `k` and five letters or digits (no look-alikes such as
 * l/1 or o/0), e.g. `k7f3qa`. Always starts with a letter, so Sheets keeps it as text. Random (no service
 * call); planHistory makes sure it is unique in the sheet.
 */
export function newScorecardId(): string {
  let id = 'k';
  for (let i = 0; i < 5; i++) id += ALPHABET[Math.floor(Math.random() * ALPHABET.length)];
  return id;
}
