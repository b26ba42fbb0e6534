/**
 * Whether a value is a Date, also when it was made in another realm (a Date from the Apps Script
 * service handed to code running in a different global, where `instanceof Date` is false).
 *
 * @example
 * isDateCell(new Date()) // true
 * isDateCell('2026-11-30') // false
 */
export function isDateCell(value: unknown): value is Date {
  if (typeof value !== 'object' || value === null) return false; // text and numbers: no wrapper object to tag
  return value instanceof Date || Object.prototype.toString.call(value) === '[object Date]';
}
