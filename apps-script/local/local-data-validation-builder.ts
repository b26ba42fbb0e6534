import { appsScriptError } from './apps-script-error';
import type { LocalEnv } from './local-env';
import type { ValidationData } from './model-types';
import { spreadsheetEnums } from './spreadsheet-enums';

/** `DataValidation` (built, immutable). */
export class LocalDataValidation {
  /** @internal */
  readonly __data: ValidationData;

  constructor(
    private readonly env: LocalEnv,
    data: ValidationData,
  ) {
    this.__data = { ...data, values: [...data.values] };
  }

  getCriteriaType() {
    return spreadsheetEnums.DataValidationCriteria[this.__data.criteria];
  }

  getCriteriaValues(): unknown[] {
    const values = this.__data.values.map((v) => (Array.isArray(v) ? this.env.realm.Array.from(v) : v));
    return this.env.realm.Array.from(values);
  }

  getAllowInvalid(): boolean {
    return this.__data.allowInvalid;
  }

  getHelpText(): string | null {
    return this.__data.helpText;
  }

  copy(): LocalDataValidationBuilder {
    return new LocalDataValidationBuilder(this.env, this.__data);
  }

  toString(): string {
    return 'DataValidation';
  }
}

/** `DataValidationBuilder` (local). New rules allow invalid input (show a warning) unless setAllowInvalid(false). */
export class LocalDataValidationBuilder {
  private data: ValidationData | (Omit<ValidationData, 'criteria'> & { criteria: null });

  constructor(
    private readonly env: LocalEnv,
    data?: ValidationData,
  ) {
    this.data = data ? { ...data, values: [...data.values] } : { criteria: null, values: [], allowInvalid: true, helpText: null };
  }

  requireValueInList(values: string[], showDropdown?: boolean): this {
    if (!Array.isArray(values) || values.length === 0) throw appsScriptError(this.env.realm, 'Invalid argument: values');
    this.data.criteria = 'VALUE_IN_LIST';
    this.data.values = [values.map(String), showDropdown !== false];
    return this;
  }

  requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown): this {
    this.data.criteria = 'CHECKBOX';
    this.data.values = checkedValue === undefined ? [] : uncheckedValue === undefined ? [checkedValue] : [checkedValue, uncheckedValue];
    return this;
  }

  requireNumberBetween(start: number, end: number): this {
    this.data.criteria = 'NUMBER_BETWEEN';
    this.data.values = [start, end];
    return this;
  }

  requireNumberGreaterThanOrEqualTo(n: number): this {
    this.data.criteria = 'NUMBER_GREATER_THAN_OR_EQUAL_TO';
    this.data.values = [n];
    return this;
  }

  requireFormulaSatisfied(formula: string): this {
    this.data.criteria = 'CUSTOM_FORMULA';
    this.data.values = [formula];
    return this;
  }

  requireDate(): this {
    this.data.criteria = 'DATE_IS_VALID_DATE';
    this.data.values = [];
    return this;
  }

  setAllowInvalid(allowInvalid: boolean): this {
    this.data.allowInvalid = Boolean(allowInvalid);
    return this;
  }

  setHelpText(helpText: string): this {
    this.data.helpText = helpText;
    return this;
  }

  getCriteriaType() {
    return this.data.criteria === null ? null : spreadsheetEnums.DataValidationCriteria[this.data.criteria];
  }

  getAllowInvalid(): boolean {
    return this.data.allowInvalid;
  }

  getHelpText(): string | null {
    return this.data.helpText;
  }

  copy(): LocalDataValidationBuilder {
    return new LocalDataValidationBuilder(this.env, this.data.criteria === null ? undefined : (this.data as ValidationData));
  }

  build(): LocalDataValidation {
    this.env.log.record('DataValidationBuilder', 'build', [], false);
    if (this.data.criteria === null) throw appsScriptError(this.env.realm, 'You must specify a criteria for the data validation rule (e.g. requireValueInList).');
    return new LocalDataValidation(this.env, this.data as ValidationData);
  }

  toString(): string {
    return 'DataValidationBuilder';
  }
}

/** Whether `value` (already typed) passes `rule`; blank always passes. */
export function passesValidation(rule: ValidationData, value: unknown): boolean {
  if (value === '' || value === null || value === undefined) return true;
  switch (rule.criteria) {
    case 'VALUE_IN_LIST': {
      const list = (rule.values[0] as string[]) ?? [];
      const text = typeof value === 'boolean' ? (value ? 'TRUE' : 'FALSE') : String(value);
      return list.some((v) => v === text);
    }
    case 'CHECKBOX': {
      if (rule.values.length === 0) return typeof value === 'boolean';
      return rule.values.some((v) => v === value || String(v) === String(value));
    }
    case 'NUMBER_BETWEEN':
      return typeof value === 'number' && value >= Number(rule.values[0]) && value <= Number(rule.values[1]);
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return typeof value === 'number' && value >= Number(rule.values[0]);
    default:
      return true;
  }
}
