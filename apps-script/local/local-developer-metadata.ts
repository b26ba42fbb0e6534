import { fail, guardWrite, logCall, logLocal } from './local-env';
import type { LocalRange } from './local-range';
import type { LocalSheet } from './local-sheet';
import type { LocalSpreadsheet } from './local-spreadsheet';
import type { MetadataData, MetadataLocation } from './model-types';
import { spreadsheetEnums } from './spreadsheet-enums';
import type { SpreadsheetModel } from './spreadsheet-model';

/** What metadata objects need from the spreadsheet facade. */
export interface MetadataHost {
  model: SpreadsheetModel;
  spreadsheetFacade(): LocalSpreadsheet;
  sheetFacade(sheetId: number): LocalSheet;
  rangeFacade(sheetId: number, row: number, column: number, numRows: number, numColumns: number, style: 'columns' | 'rows' | null): LocalRange;
}

/** Sheets keeps at most 30,000 characters of keys and values per spreadsheet and per sheet. */
const STORAGE_LIMIT = 30000;

function ownerKey(loc: MetadataLocation): string {
  return loc.type === 'SPREADSHEET' ? 'spreadsheet' : `sheet:${loc.sheetId}`;
}

function enumName(v: unknown): string {
  return String(v);
}

/** Adds metadata after checking key, visibility and the storage limits. */
export function addMetadata(host: MetadataHost, key: unknown, value: unknown, visibility: unknown, location: MetadataLocation): MetadataData {
  const env = host.model.env;
  guardWrite(env, 'addDeveloperMetadata');
  if (typeof key !== 'string' || key === '') throw fail(env, 'Invalid argument: key');
  if (value !== null && value !== undefined && typeof value !== 'string') throw fail(env, 'Invalid argument: value');
  let vis: 'DOCUMENT' | 'PROJECT' = 'DOCUMENT';
  if (visibility !== undefined) {
    if (visibility !== spreadsheetEnums.DeveloperMetadataVisibility.DOCUMENT && visibility !== spreadsheetEnums.DeveloperMetadataVisibility.PROJECT) {
      throw fail(env, 'Invalid argument: visibility');
    }
    vis = enumName(visibility) as 'DOCUMENT' | 'PROJECT';
  }
  const data: MetadataData = { id: host.model.newMetadataId(), key, value: typeof value === 'string' ? value : null, visibility: vis, location };
  checkStorage(host, [...host.model.metadata, data], ownerKey(location));
  host.model.metadata.push(data);
  return data;
}

function checkStorage(host: MetadataHost, all: MetadataData[], owner: string): void {
  const used = all.filter((m) => ownerKey(m.location) === owner).reduce((n, m) => n + m.key.length + (m.value?.length ?? 0), 0);
  if (used > STORAGE_LIMIT) {
    throw fail(host.model.env, `Developer metadata storage limit exceeded: ${used} characters of keys and values on one ${owner === 'spreadsheet' ? 'spreadsheet' : 'sheet'} (limit ${STORAGE_LIMIT}).`);
  }
}

/** `DeveloperMetadataLocation`. */
export class LocalDeveloperMetadataLocation {
  constructor(
    private readonly host: MetadataHost,
    private readonly data: MetadataData,
  ) {}

  getLocationType() {
    logLocal(this.host.model.env, 'DeveloperMetadataLocation', 'getLocationType', []);
    return spreadsheetEnums.DeveloperMetadataLocationType[this.data.location.type];
  }

  getSpreadsheet(): LocalSpreadsheet | null {
    return this.data.location.type === 'SPREADSHEET' ? this.host.spreadsheetFacade() : null;
  }

  getSheet(): LocalSheet | null {
    const loc = this.data.location;
    return loc.type === 'SHEET' ? this.host.sheetFacade(loc.sheetId) : null;
  }

  getColumn(): LocalRange | null {
    const loc = this.data.location;
    if (loc.type !== 'COLUMN') return null;
    const sheet = this.host.model.sheetById(loc.sheetId);
    if (!sheet) return null;
    return this.host.rangeFacade(loc.sheetId, 1, loc.start, sheet.maxRows, loc.end - loc.start + 1, 'columns');
  }

  getRow(): LocalRange | null {
    const loc = this.data.location;
    if (loc.type !== 'ROW') return null;
    const sheet = this.host.model.sheetById(loc.sheetId);
    if (!sheet) return null;
    return this.host.rangeFacade(loc.sheetId, loc.start, 1, loc.end - loc.start + 1, sheet.maxColumns, 'rows');
  }
}

/** `DeveloperMetadata`: a live view; getters read current state (so moved columns show). */
export class LocalDeveloperMetadata {
  constructor(
    private readonly host: MetadataHost,
    private readonly data: MetadataData,
  ) {}

  private alive(): MetadataData {
    if (!this.host.model.metadata.includes(this.data)) throw fail(this.host.model.env, 'The developer metadata was removed or its location was deleted.');
    return this.data;
  }

  getId(): number {
    return this.data.id;
  }

  getKey(): string {
    logLocal(this.host.model.env, 'DeveloperMetadata', 'getKey', []);
    return this.data.key;
  }

  getValue(): string | null {
    logLocal(this.host.model.env, 'DeveloperMetadata', 'getValue', []);
    return this.data.value;
  }

  getVisibility() {
    return spreadsheetEnums.DeveloperMetadataVisibility[this.data.visibility];
  }

  getLocation(): LocalDeveloperMetadataLocation {
    return new LocalDeveloperMetadataLocation(this.host, this.alive());
  }

  setKey(key: string): this {
    logCall(this.host.model.env, 'DeveloperMetadata', 'setKey', [key]);
    guardWrite(this.host.model.env, 'setKey');
    if (typeof key !== 'string' || key === '') throw fail(this.host.model.env, 'Invalid argument: key');
    this.alive().key = key;
    checkStorage(this.host, this.host.model.metadata, ownerKey(this.data.location));
    return this;
  }

  setValue(value: string): this {
    logCall(this.host.model.env, 'DeveloperMetadata', 'setValue', [value]);
    guardWrite(this.host.model.env, 'setValue');
    if (value !== null && typeof value !== 'string') throw fail(this.host.model.env, 'Invalid argument: value');
    const data = this.alive();
    const old = data.value;
    data.value = value;
    try {
      checkStorage(this.host, this.host.model.metadata, ownerKey(data.location));
    } catch (e) {
      data.value = old;
      throw e;
    }
    return this;
  }

  setVisibility(visibility: unknown): this {
    logCall(this.host.model.env, 'DeveloperMetadata', 'setVisibility', [visibility]);
    this.alive().visibility = String(visibility) === 'PROJECT' ? 'PROJECT' : 'DOCUMENT';
    return this;
  }

  remove(): void {
    logCall(this.host.model.env, 'DeveloperMetadata', 'remove', []);
    guardWrite(this.host.model.env, 'remove');
    const model = this.host.model;
    model.metadata = model.metadata.filter((m) => m !== this.data);
  }

  moveToColumn(column: LocalRange): this {
    logCall(this.host.model.env, 'DeveloperMetadata', 'moveToColumn', [column]);
    const data = this.alive();
    data.location = column.__metadataLocation();
    if (data.location.type !== 'COLUMN') throw fail(this.host.model.env, 'The range must be an entire column.');
    return this;
  }

  moveToRow(row: LocalRange): this {
    logCall(this.host.model.env, 'DeveloperMetadata', 'moveToRow', [row]);
    const data = this.alive();
    data.location = row.__metadataLocation();
    if (data.location.type !== 'ROW') throw fail(this.host.model.env, 'The range must be an entire row.');
    return this;
  }

  moveToSheet(sheet: LocalSheet): this {
    logCall(this.host.model.env, 'DeveloperMetadata', 'moveToSheet', [sheet]);
    this.alive().location = { type: 'SHEET', sheetId: sheet.getSheetId() };
    return this;
  }

  moveToSpreadsheet(): this {
    logCall(this.host.model.env, 'DeveloperMetadata', 'moveToSpreadsheet', []);
    this.alive().location = { type: 'SPREADSHEET' };
    return this;
  }

  toString(): string {
    return 'DeveloperMetadata';
  }
}

/** The scope a finder searches. */
export type FinderScope =
  | { type: 'spreadsheet' }
  | { type: 'sheet'; sheetId: number }
  | { type: 'range'; sheetId: number; row: number; column: number; numRows: number; numColumns: number };

/** `DeveloperMetadataFinder`. */
export class LocalDeveloperMetadataFinder {
  private key: string | null = null;
  private value: string | null = null;
  private id: number | null = null;
  private locationType: string | null = null;
  private visibility: string | null = null;
  private intersecting = false;

  constructor(
    private readonly host: MetadataHost,
    private readonly scope: FinderScope,
  ) {}

  withKey(key: string): this {
    this.key = key;
    return this;
  }

  withValue(value: string): this {
    this.value = value;
    return this;
  }

  withId(id: number): this {
    this.id = id;
    return this;
  }

  withLocationType(type: unknown): this {
    this.locationType = String(type);
    return this;
  }

  withVisibility(visibility: unknown): this {
    this.visibility = String(visibility);
    return this;
  }

  onIntersectingLocations(): this {
    if (this.scope.type !== 'range') throw fail(this.host.model.env, 'onIntersectingLocations is only valid for range-scoped searches.');
    this.intersecting = true;
    return this;
  }

  private inScope(m: MetadataData): boolean {
    const loc = m.location;
    const scope = this.scope;
    if (scope.type === 'spreadsheet') return true;
    if (loc.type === 'SPREADSHEET' || loc.sheetId !== scope.sheetId) return false;
    if (scope.type === 'sheet') return true;
    if (loc.type === 'SHEET') return false;
    const sheet = this.host.model.sheetById(loc.sheetId);
    if (!sheet) return false;
    const [s, e] = loc.type === 'COLUMN' ? [scope.column, scope.column + scope.numColumns - 1] : [scope.row, scope.row + scope.numRows - 1];
    const [os, oe] = loc.type === 'COLUMN' ? [scope.row, scope.row + scope.numRows - 1] : [scope.column, scope.column + scope.numColumns - 1];
    const full = loc.type === 'COLUMN' ? os === 1 && oe === sheet.maxRows : os === 1 && oe === sheet.maxColumns;
    if (this.intersecting) return loc.start <= e && loc.end >= s;
    return full && loc.start >= s && loc.end <= e;
  }

  find(): LocalDeveloperMetadata[] {
    logCall(this.host.model.env, 'DeveloperMetadataFinder', 'find', [this.key]);
    const realm = this.host.model.env.realm;
    const out = new realm.Array<LocalDeveloperMetadata>();
    for (const m of this.host.model.metadata) {
      if (this.key !== null && m.key !== this.key) continue;
      if (this.value !== null && m.value !== this.value) continue;
      if (this.id !== null && m.id !== this.id) continue;
      if (this.locationType !== null && m.location.type !== this.locationType) continue;
      if (this.visibility !== null && m.visibility !== this.visibility) continue;
      if (!this.inScope(m)) continue;
      out.push(new LocalDeveloperMetadata(this.host, m));
    }
    return out;
  }
}
