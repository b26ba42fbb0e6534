import { fail, logCall, logLocal, type LocalEnv } from './local-env';
import { LocalHtmlOutput } from './local-html-service';
import { spreadsheetEnums } from './spreadsheet-enums';

/** A menu entry as recorded for tests. */
export type MenuEntry =
  | { type: 'item'; caption: string; functionName: string }
  | { type: 'separator' }
  | { type: 'submenu'; caption: string; items: MenuEntry[] };

export interface RecordedMenu {
  caption: string;
  addon: boolean;
  items: MenuEntry[];
}

export interface ShownHtml {
  kind: 'sidebar' | 'modal' | 'modeless';
  title: string;
  html: LocalHtmlOutput;
}

export interface UiRecord {
  menus: RecordedMenu[];
  shown: ShownHtml[];
  alerts: { title: string; prompt: string; buttons: string }[];
  prompts: { title: string; prompt: string; buttons: string }[];
  /** Answers to hand out, in order; when empty: OK / YES, and '' for prompt text. */
  alertAnswers: string[];
  promptAnswers: { button: string; text: string }[];
}

/** `Menu`: building is local; addToUi is the call. */
export class LocalMenu {
  readonly items: MenuEntry[] = [];

  constructor(
    private readonly env: LocalEnv,
    private readonly record: UiRecord,
    readonly caption: string,
    private readonly addon: boolean,
  ) {}

  addItem(caption: string, functionName: string): this {
    logLocal(this.env, 'Menu', 'addItem', [caption, functionName]);
    if (typeof caption !== 'string' || typeof functionName !== 'string' || functionName === '') throw fail(this.env, 'Invalid argument: addItem(caption, functionName) needs two strings');
    this.items.push({ type: 'item', caption, functionName });
    return this;
  }

  addSeparator(): this {
    logLocal(this.env, 'Menu', 'addSeparator', []);
    this.items.push({ type: 'separator' });
    return this;
  }

  addSubMenu(menu: LocalMenu): this {
    logLocal(this.env, 'Menu', 'addSubMenu', [menu?.caption]);
    if (!(menu instanceof LocalMenu)) throw fail(this.env, 'Invalid argument: menu');
    this.items.push({ type: 'submenu', caption: menu.caption, items: menu.items });
    return this;
  }

  addToUi(): void {
    logCall(this.env, 'Menu', 'addToUi', [this.caption]);
    const existing = this.record.menus.findIndex((m) => m.caption === this.caption && m.addon === this.addon);
    const entry = { caption: this.caption, addon: this.addon, items: this.items.map((i) => ({ ...i })) };
    if (existing >= 0) this.record.menus[existing] = entry;
    else this.record.menus.push(entry);
  }

  toString(): string {
    return 'Menu';
  }
}

const BUTTON_SETS: Record<string, string[]> = {
  OK: ['OK', 'CLOSE'],
  OK_CANCEL: ['OK', 'CANCEL', 'CLOSE'],
  YES_NO: ['YES', 'NO', 'CLOSE'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL', 'CLOSE'],
};

/** `Ui` for one spreadsheet. */
export function localUi(env: LocalEnv, record: UiRecord, addonName: string) {
  const answer = (buttons: string): string => {
    const allowed = BUTTON_SETS[buttons] ?? ['OK', 'CLOSE'];
    const next = record.alertAnswers.shift() ?? allowed[0] ?? 'OK';
    if (!allowed.includes(next)) throw new Error(`Test answer ${next} is not a button of ${buttons}`);
    return next;
  };
  const buttonSet = (v: unknown): string => {
    if (v === undefined) return 'OK';
    const name = String(v);
    if (!(name in spreadsheetEnums.ButtonSet) || spreadsheetEnums.ButtonSet[name as 'OK'] !== v) throw fail(env, 'Invalid argument: buttons (use ui.ButtonSet)');
    return name;
  };
  const html = (h: unknown, method: string): LocalHtmlOutput => {
    if (!(h instanceof LocalHtmlOutput)) throw fail(env, `Invalid argument: userInterface (${method} needs an HtmlOutput)`);
    return h;
  };
  return {
    ButtonSet: spreadsheetEnums.ButtonSet,
    Button: spreadsheetEnums.Button,
    createMenu(caption: string): LocalMenu {
      logLocal(env, 'Ui', 'createMenu', [caption]);
      if (typeof caption !== 'string' || caption === '') throw fail(env, 'Invalid argument: caption');
      if (env.authMode === 'NONE') throw fail(env, 'You do not have permission to call Ui.createMenu. (AuthMode.NONE allows add-on menus only: use createAddonMenu)');
      return new LocalMenu(env, record, caption, false);
    },
    createAddonMenu(): LocalMenu {
      logLocal(env, 'Ui', 'createAddonMenu', []);
      return new LocalMenu(env, record, addonName, true);
    },
    alert(a: string, b?: unknown, c?: unknown) {
      logCall(env, 'Ui', 'alert', [a, b, c]);
      const [title, prompt, buttons] = typeof b === 'string' ? [a, b, buttonSet(c)] : ['', a, buttonSet(b)];
      record.alerts.push({ title, prompt: String(prompt), buttons });
      return spreadsheetEnums.Button[answer(buttons) as 'OK'];
    },
    prompt(a: string, b?: unknown, c?: unknown) {
      logCall(env, 'Ui', 'prompt', [a, b, c]);
      const [title, prompt, buttons] = typeof b === 'string' ? [a, b, buttonSet(c)] : ['', a, buttonSet(b)];
      record.prompts.push({ title, prompt: String(prompt), buttons });
      const allowed = BUTTON_SETS[buttons] ?? ['OK'];
      const next = record.promptAnswers.shift() ?? { button: allowed[0] ?? 'OK', text: '' };
      return {
        getResponseText: () => next.text,
        getSelectedButton: () => spreadsheetEnums.Button[next.button as 'OK'],
      };
    },
    showSidebar(userInterface: LocalHtmlOutput): void {
      logCall(env, 'Ui', 'showSidebar', [userInterface]);
      const h = html(userInterface, 'showSidebar');
      record.shown.push({ kind: 'sidebar', title: h.getTitle(), html: h });
    },
    showModalDialog(userInterface: LocalHtmlOutput, title: string): void {
      logCall(env, 'Ui', 'showModalDialog', [userInterface, title]);
      const h = html(userInterface, 'showModalDialog');
      if (typeof title !== 'string') throw fail(env, "The parameters (HtmlOutput) don't match the method signature for Ui.showModalDialog.");
      record.shown.push({ kind: 'modal', title, html: h });
    },
    showModelessDialog(userInterface: LocalHtmlOutput, title: string): void {
      logCall(env, 'Ui', 'showModelessDialog', [userInterface, title]);
      const h = html(userInterface, 'showModelessDialog');
      if (typeof title !== 'string') throw fail(env, "The parameters (HtmlOutput) don't match the method signature for Ui.showModelessDialog.");
      record.shown.push({ kind: 'modeless', title, html: h });
    },
    toString: () => 'Ui',
  };
}

export type LocalUi = ReturnType<typeof localUi>;
