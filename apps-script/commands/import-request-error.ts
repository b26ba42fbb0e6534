/**
 * An import that cannot be done as asked (no table in the text, a label that is not a period, a tab
 * that is gone…). Its message says what to change; the dialog shows it as is.
 */
export class ImportRequestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportRequestError';
  }
}
