import { LocalDataValidation, LocalDataValidationBuilder } from './local-data-validation-builder';
import { fail, guardWrite } from './local-env';
import type { CellData } from './model-types';
import type { StoredValue } from './parse-typed-input';
import { RangeBase } from './range-base';

const H_ALIGN = ['left', 'center', 'right', 'normal'] as const;

/** Range formats, notes, data validation and checkboxes. */
export class RangeFormats extends RangeBase {
  // ---- formats ----

  setNumberFormat(format: string): this {
    return this.setEach('setNumberFormat', format, (cell, f) => (cell.numberFormat = f));
  }

  setNumberFormats(formats: string[][]): this {
    return this.setGrid('setNumberFormats', formats, (cell, f) => (cell.numberFormat = f));
  }

  getNumberFormat(): string {
    this.log('getNumberFormat', []);
    return this.alive().cell(this.row, this.column)?.numberFormat ?? '0.###############';
  }

  getNumberFormats(): string[][] {
    this.log('getNumberFormats', []);
    return this.peek((cell) => cell?.numberFormat ?? '0.###############');
  }

  setBackground(color: string | null): this {
    const c = this.color(color);
    return this.setEach('setBackground', c, (cell, v) => (cell.background = v));
  }

  setBackgrounds(colors: (string | null)[][]): this {
    const normalized = Array.isArray(colors) ? colors.map((r) => (Array.isArray(r) ? r.map((c) => this.color(c)) : r)) : colors;
    return this.setGrid('setBackgrounds', normalized as (string | null)[][], (cell, v) => (cell.background = v));
  }

  getBackground(): string {
    this.log('getBackground', []);
    return this.alive().cell(this.row, this.column)?.background ?? '#ffffff';
  }

  getBackgrounds(): string[][] {
    this.log('getBackgrounds', []);
    return this.peek((cell) => cell?.background ?? '#ffffff');
  }

  setFontColor(color: string | null): this {
    const c = this.color(color);
    return this.setEach('setFontColor', c, (cell, v) => (cell.fontColor = v));
  }

  setFontColors(colors: (string | null)[][]): this {
    const normalized = Array.isArray(colors) ? colors.map((r) => (Array.isArray(r) ? r.map((c) => this.color(c)) : r)) : colors;
    return this.setGrid('setFontColors', normalized as (string | null)[][], (cell, v) => (cell.fontColor = v));
  }

  getFontColor(): string {
    this.log('getFontColor', []);
    return this.alive().cell(this.row, this.column)?.fontColor ?? '#000000';
  }

  protected weight(w: unknown): 'bold' | 'normal' | null {
    if (w === null) return null;
    if (w !== 'bold' && w !== 'normal') throw fail(this.env, `Invalid argument: fontWeight (${String(w)})`);
    return w;
  }

  setFontWeight(fontWeight: string | null): this {
    const w = this.weight(fontWeight);
    return this.setEach('setFontWeight', w, (cell, v) => (cell.fontWeight = v));
  }

  setFontWeights(weights: (string | null)[][]): this {
    const normalized = Array.isArray(weights) ? weights.map((r) => (Array.isArray(r) ? r.map((w) => this.weight(w)) : r)) : weights;
    return this.setGrid('setFontWeights', normalized as ('bold' | 'normal' | null)[][], (cell, v) => (cell.fontWeight = v));
  }

  getFontWeight(): string {
    this.log('getFontWeight', []);
    return this.alive().cell(this.row, this.column)?.fontWeight ?? 'normal';
  }

  getFontWeights(): string[][] {
    this.log('getFontWeights', []);
    return this.peek((cell) => cell?.fontWeight ?? 'normal');
  }

  setFontStyle(fontStyle: string | null): this {
    if (fontStyle !== null && fontStyle !== 'italic' && fontStyle !== 'normal') throw fail(this.env, `Invalid argument: fontStyle (${fontStyle})`);
    return this.setEach('setFontStyle', fontStyle as CellData['fontStyle'], (cell, v) => (cell.fontStyle = v));
  }

  setHorizontalAlignment(alignment: string | null): this {
    if (alignment !== null && !(H_ALIGN as readonly string[]).includes(alignment)) throw fail(this.env, `Invalid argument: alignment (${alignment})`);
    return this.setEach('setHorizontalAlignment', alignment as CellData['horizontalAlignment'], (cell, v) => (cell.horizontalAlignment = v));
  }

  getHorizontalAlignment(): string {
    this.log('getHorizontalAlignment', []);
    const a = this.alive().cell(this.row, this.column)?.horizontalAlignment;
    return a === 'left' ? 'left' : a === 'center' ? 'center' : a === 'right' ? 'right' : 'general';
  }

  setWrap(wrap: boolean): this {
    return this.setEach('setWrap', Boolean(wrap), (cell, v) => (cell.wrap = v));
  }

  setNote(note: string | null): this {
    return this.setEach('setNote', note ?? '', (cell, v) => (cell.note = String(v)));
  }

  setNotes(notes: (string | null)[][]): this {
    return this.setGrid('setNotes', notes, (cell, v) => (cell.note = v ?? ''));
  }

  getNote(): string {
    this.log('getNote', []);
    return this.alive().cell(this.row, this.column)?.note ?? '';
  }

  getNotes(): string[][] {
    this.log('getNotes', []);
    return this.peek((cell) => cell?.note ?? '');
  }

  // ---- data validation ----

  protected rule(rule: unknown): CellData['validation'] {
    if (rule === null) return null;
    if (!(rule instanceof LocalDataValidation)) {
      if (rule instanceof LocalDataValidationBuilder) throw fail(this.env, 'Invalid argument: rule (pass the result of build(), not the builder)');
      throw fail(this.env, 'Invalid argument: rule');
    }
    return rule.__data;
  }

  setDataValidation(rule: LocalDataValidation | null): this {
    const data = this.rule(rule);
    return this.setEach('setDataValidation', data, (cell, v) => (cell.validation = v ? { ...v, values: [...v.values] } : null));
  }

  setDataValidations(rules: (LocalDataValidation | null)[][]): this {
    const data = Array.isArray(rules) ? rules.map((r) => (Array.isArray(r) ? r.map((x) => this.rule(x)) : r)) : rules;
    return this.setGrid('setDataValidations', data as CellData['validation'][][], (cell, v) => (cell.validation = v ? { ...v, values: [...v.values] } : null));
  }

  getDataValidation(): LocalDataValidation | null {
    this.log('getDataValidation', []);
    const v = this.alive().cell(this.row, this.column)?.validation;
    return v ? new LocalDataValidation(this.env, v) : null;
  }

  getDataValidations(): (LocalDataValidation | null)[][] {
    this.log('getDataValidations', []);
    return this.peek((cell) => (cell?.validation ? new LocalDataValidation(this.env, cell.validation) : null));
  }

  /** Checkbox validation on every cell; every cell becomes FALSE (or '' with custom values). */
  insertCheckboxes(checkedValue?: unknown, uncheckedValue?: unknown): this {
    this.log('insertCheckboxes', [checkedValue, uncheckedValue]);
    guardWrite(this.env, 'insertCheckboxes');
    const values = checkedValue === undefined ? [] : uncheckedValue === undefined ? [checkedValue] : [checkedValue, uncheckedValue];
    this.eachCell((cell) => {
      cell.validation = { criteria: 'CHECKBOX', values: [...values], allowInvalid: false, helpText: null };
      cell.formula = null;
      cell.value = checkedValue === undefined ? false : uncheckedValue === undefined ? '' : (uncheckedValue as StoredValue);
    });
    return this;
  }

  removeCheckboxes(): this {
    this.log('removeCheckboxes', []);
    guardWrite(this.env, 'removeCheckboxes');
    this.eachCell((cell) => {
      if (cell.validation?.criteria === 'CHECKBOX') {
        cell.validation = null;
        cell.value = '';
      }
    });
    return this;
  }

  check(): this {
    return this.setEach('check', true, (cell) => {
      if (cell.validation?.criteria === 'CHECKBOX') cell.value = cell.validation.values.length ? (cell.validation.values[0] as StoredValue) : true;
    });
  }

  uncheck(): this {
    return this.setEach('uncheck', false, (cell) => {
      if (cell.validation?.criteria === 'CHECKBOX') cell.value = cell.validation.values.length > 1 ? (cell.validation.values[1] as StoredValue) : cell.validation.values.length ? '' : false;
    });
  }
}
