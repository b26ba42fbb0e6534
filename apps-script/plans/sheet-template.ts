import type { Cell } from '../../shared/types';

/** A data validation the set-up commands put on a range. */
export interface TemplateValidation {
  /** A1 range on the new sheet, e.g. `F2:F`. */
  range: string;
  type: 'list' | 'checkbox';
  values?: string[];
}

/** A new sheet written by Set up OKR sheet / Set up KPI sheet. */
export interface SheetTemplate {
  name: string;
  /** Header first, then example rows; strings already protected with asText where needed. */
  rows: Cell[][];
  /** Number formats of some ranges (A1 on the new sheet). */
  formats: { range: string; format: string }[];
  validations: TemplateValidation[];
}
