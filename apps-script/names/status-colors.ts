import type { Status } from '../../shared/types';

/**
 * Background colours the conditional formatting rules give each status word (Google Sheets' own
 * light green, yellow, red and grey), and the text colours used in the sidebar.
 */
export const STATUS_COLORS: Readonly<Record<Status, { background: string; text: string }>> = {
  green: { background: '#b7e1cd', text: '#0d652d' },
  amber: { background: '#fce8b2', text: '#7a4f01' },
  red: { background: '#f4c7c3', text: '#a50e0e' },
  grey: { background: '#e8eaed', text: '#3c4043' },
};

/** The status words, in the order rules are written. */
export const STATUS_WORDS: readonly Status[] = ['green', 'amber', 'red', 'grey'];
