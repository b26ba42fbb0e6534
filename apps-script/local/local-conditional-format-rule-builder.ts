import { appsScriptError } from './apps-script-error';
import type { LocalEnv } from './local-env';
import type { LocalRange } from './local-range';
import type { GradientPoint, RuleCondition, RuleFormat } from './model-types';
import { normalizeColor } from './normalize-color';
import { spreadsheetEnums, type BooleanCriteriaName } from './spreadsheet-enums';

interface RuleState {
  condition: RuleCondition | null;
  gradient: { min: GradientPoint | null; mid: GradientPoint | null; max: GradientPoint | null } | null;
  format: RuleFormat;
  ranges: LocalRange[];
}

function emptyFormat(): RuleFormat {
  return { background: null, fontColor: null, bold: null, italic: null, strikethrough: null, underline: null };
}

function cloneState(s: RuleState): RuleState {
  return {
    condition: s.condition ? { type: s.condition.type, values: [...s.condition.values] } : null,
    gradient: s.gradient ? { ...s.gradient } : null,
    format: { ...s.format },
    ranges: [...s.ranges],
  };
}

/** `BooleanCondition`: the condition and format of a boolean rule. */
export class LocalBooleanCondition {
  constructor(
    private readonly env: LocalEnv,
    private readonly state: RuleState,
  ) {}

  getCriteriaType() {
    return spreadsheetEnums.BooleanCriteria[(this.state.condition as RuleCondition).type];
  }

  getCriteriaValues(): unknown[] {
    return this.env.realm.Array.from((this.state.condition as RuleCondition).values);
  }

  getBackground(): string | null {
    return this.state.format.background;
  }

  getBackgroundObject() {
    const c = this.state.format.background;
    return c === null ? null : { asHexString: () => c, asRgbColor: () => ({ asHexString: () => c }) };
  }

  getFontColor(): string | null {
    return this.state.format.fontColor;
  }

  getBold(): boolean | null {
    return this.state.format.bold;
  }

  getItalic(): boolean | null {
    return this.state.format.italic;
  }

  getStrikethrough(): boolean | null {
    return this.state.format.strikethrough;
  }

  getUnderline(): boolean | null {
    return this.state.format.underline;
  }
}

/** `ConditionalFormatRule` (built, immutable). */
export class LocalConditionalFormatRule {
  /** @internal */
  readonly __state: RuleState;

  constructor(
    private readonly env: LocalEnv,
    state: RuleState,
  ) {
    this.__state = cloneState(state);
  }

  copy(): LocalConditionalFormatRuleBuilder {
    return new LocalConditionalFormatRuleBuilder(this.env, this.__state);
  }

  getRanges(): LocalRange[] {
    return this.env.realm.Array.from(this.__state.ranges);
  }

  getBooleanCondition(): LocalBooleanCondition | null {
    return this.__state.condition ? new LocalBooleanCondition(this.env, this.__state) : null;
  }

  getGradientCondition() {
    const g = this.__state.gradient;
    if (!g) return null;
    return {
      getMinColor: () => g.min?.color ?? null,
      getMidColor: () => g.mid?.color ?? null,
      getMaxColor: () => g.max?.color ?? null,
      getMinType: () => (g.min ? spreadsheetEnums.InterpolationType[g.min.type] : null),
      getMidType: () => (g.mid ? spreadsheetEnums.InterpolationType[g.mid.type] : null),
      getMaxType: () => (g.max ? spreadsheetEnums.InterpolationType[g.max.type] : null),
      getMinValue: () => g.min?.value ?? null,
      getMidValue: () => g.mid?.value ?? null,
      getMaxValue: () => g.max?.value ?? null,
    };
  }

  toString(): string {
    return 'ConditionalFormatRule';
  }
}

/** `ConditionalFormatRuleBuilder` (local: nothing here is a service call). */
export class LocalConditionalFormatRuleBuilder {
  private state: RuleState;

  constructor(
    private readonly env: LocalEnv,
    state?: RuleState,
  ) {
    this.state = state ? cloneState(state) : { condition: null, gradient: null, format: emptyFormat(), ranges: [] };
  }

  private bad(what: string): Error {
    return appsScriptError(this.env.realm, `Invalid argument: ${what}`);
  }

  private when(type: BooleanCriteriaName, values: unknown[]): this {
    this.state.condition = { type, values };
    this.state.gradient = null;
    return this;
  }

  private num(v: unknown, name: string): number {
    if (typeof v !== 'number' || !Number.isFinite(v)) throw this.bad(name);
    return v;
  }

  private text(v: unknown, name: string): string {
    if (typeof v !== 'string') throw this.bad(name);
    return v;
  }

  whenFormulaSatisfied(formula: string): this {
    const f = this.text(formula, 'formula');
    if (!f.startsWith('=')) throw this.bad('formula (must start with =)');
    return this.when('CUSTOM_FORMULA', [f]);
  }

  whenNumberBetween(start: number, end: number): this {
    return this.when('NUMBER_BETWEEN', [this.num(start, 'start'), this.num(end, 'end')]);
  }

  whenNumberNotBetween(start: number, end: number): this {
    return this.when('NUMBER_NOT_BETWEEN', [this.num(start, 'start'), this.num(end, 'end')]);
  }

  whenNumberEqualTo(n: number): this {
    return this.when('NUMBER_EQUAL_TO', [this.num(n, 'number')]);
  }

  whenNumberNotEqualTo(n: number): this {
    return this.when('NUMBER_NOT_EQUAL_TO', [this.num(n, 'number')]);
  }

  whenNumberGreaterThan(n: number): this {
    return this.when('NUMBER_GREATER_THAN', [this.num(n, 'number')]);
  }

  whenNumberGreaterThanOrEqualTo(n: number): this {
    return this.when('NUMBER_GREATER_THAN_OR_EQUAL_TO', [this.num(n, 'number')]);
  }

  whenNumberLessThan(n: number): this {
    return this.when('NUMBER_LESS_THAN', [this.num(n, 'number')]);
  }

  whenNumberLessThanOrEqualTo(n: number): this {
    return this.when('NUMBER_LESS_THAN_OR_EQUAL_TO', [this.num(n, 'number')]);
  }

  whenTextEqualTo(text: string): this {
    return this.when('TEXT_EQUAL_TO', [this.text(text, 'text')]);
  }

  whenTextContains(text: string): this {
    return this.when('TEXT_CONTAINS', [this.text(text, 'text')]);
  }

  whenTextDoesNotContain(text: string): this {
    return this.when('TEXT_DOES_NOT_CONTAIN', [this.text(text, 'text')]);
  }

  whenTextStartsWith(text: string): this {
    return this.when('TEXT_STARTS_WITH', [this.text(text, 'text')]);
  }

  whenTextEndsWith(text: string): this {
    return this.when('TEXT_ENDS_WITH', [this.text(text, 'text')]);
  }

  whenCellEmpty(): this {
    return this.when('CELL_EMPTY', []);
  }

  whenCellNotEmpty(): this {
    return this.when('CELL_NOT_EMPTY', []);
  }

  withCriteria(criteria: unknown, args: unknown[]): this {
    const name = String(criteria) as BooleanCriteriaName;
    if (!(name in spreadsheetEnums.BooleanCriteria) || spreadsheetEnums.BooleanCriteria[name] !== criteria) throw this.bad('criteria');
    return this.when(name, [...args]);
  }

  private color(c: string | null): string | null {
    try {
      return normalizeColor(c);
    } catch {
      throw this.bad('color');
    }
  }

  setBackground(color: string | null): this {
    this.state.format.background = this.color(color);
    return this;
  }

  setFontColor(color: string | null): this {
    this.state.format.fontColor = this.color(color);
    return this;
  }

  setBold(bold: boolean | null): this {
    this.state.format.bold = bold;
    return this;
  }

  setItalic(italic: boolean | null): this {
    this.state.format.italic = italic;
    return this;
  }

  setStrikethrough(v: boolean | null): this {
    this.state.format.strikethrough = v;
    return this;
  }

  setUnderline(v: boolean | null): this {
    this.state.format.underline = v;
    return this;
  }

  private gradientPoint(which: 'min' | 'mid' | 'max', color: string, type: GradientPoint['type'], value: string): this {
    this.state.condition = null;
    const g = this.state.gradient ?? { min: null, mid: null, max: null };
    g[which] = { color: this.color(color) ?? '#ffffff', type, value };
    this.state.gradient = g;
    return this;
  }

  setGradientMinpoint(color: string): this {
    return this.gradientPoint('min', color, 'MIN', '');
  }

  setGradientMaxpoint(color: string): this {
    return this.gradientPoint('max', color, 'MAX', '');
  }

  setGradientMinpointWithValue(color: string, type: unknown, value: string): this {
    return this.gradientPoint('min', color, String(type) as GradientPoint['type'], String(value));
  }

  setGradientMidpointWithValue(color: string, type: unknown, value: string): this {
    return this.gradientPoint('mid', color, String(type) as GradientPoint['type'], String(value));
  }

  setGradientMaxpointWithValue(color: string, type: unknown, value: string): this {
    return this.gradientPoint('max', color, String(type) as GradientPoint['type'], String(value));
  }

  setRanges(ranges: LocalRange[]): this {
    if (!Array.isArray(ranges) || ranges.some((r) => typeof r !== 'object' || r === null || typeof (r as { __box?: unknown }).__box !== 'function')) throw this.bad('ranges (Range objects)');
    this.state.ranges = [...ranges];
    return this;
  }

  getRanges(): LocalRange[] {
    return this.env.realm.Array.from(this.state.ranges);
  }

  getBooleanCondition(): LocalBooleanCondition | null {
    return this.state.condition ? new LocalBooleanCondition(this.env, cloneState(this.state)) : null;
  }

  copy(): LocalConditionalFormatRuleBuilder {
    return new LocalConditionalFormatRuleBuilder(this.env, this.state);
  }

  build(): LocalConditionalFormatRule {
    this.env.log.record('ConditionalFormatRuleBuilder', 'build', [], false);
    if (!this.state.condition && !this.state.gradient) throw appsScriptError(this.env.realm, 'Conditional format rule must have a condition (a when...() call or a gradient).');
    return new LocalConditionalFormatRule(this.env, this.state);
  }

  toString(): string {
    return 'ConditionalFormatRuleBuilder';
  }
}
