import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { appsScriptEnum } from './apps-script-enum';
import { fail, logCall, type LocalEnv } from './local-env';

/** `HtmlOutput`: its setters are local (not counted). */
export class LocalHtmlOutput {
  private title = '';
  private width: number | null = null;
  private height: number | null = null;
  readonly metaTags: { name: string; content: string }[] = [];
  sandboxMode: string | null = null;
  xFrameOptionsMode: string | null = null;

  constructor(private content: string) {}

  getContent(): string {
    return this.content;
  }

  setContent(content: string): this {
    this.content = String(content);
    return this;
  }

  append(html: string): this {
    this.content += String(html);
    return this;
  }

  appendUntrusted(text: string): this {
    this.content += String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
    return this;
  }

  clear(): this {
    this.content = '';
    return this;
  }

  setTitle(title: string): this {
    this.title = String(title);
    return this;
  }

  getTitle(): string {
    return this.title;
  }

  setWidth(width: number): this {
    if (!Number.isInteger(width) || width < 0) throw new Error(`Invalid argument: width (${width})`);
    this.width = width;
    return this;
  }

  getWidth(): number | null {
    return this.width;
  }

  setHeight(height: number): this {
    if (!Number.isInteger(height) || height < 0) throw new Error(`Invalid argument: height (${height})`);
    this.height = height;
    return this;
  }

  getHeight(): number | null {
    return this.height;
  }

  setSandboxMode(mode: unknown): this {
    this.sandboxMode = String(mode);
    return this;
  }

  setXFrameOptionsMode(mode: unknown): this {
    this.xFrameOptionsMode = String(mode);
    return this;
  }

  addMetaTag(name: string, content: string): this {
    this.metaTags.push({ name, content });
    return this;
  }

  setFaviconUrl(): this {
    return this;
  }

  toString(): string {
    return 'HtmlOutput';
  }
}

/** `HtmlTemplate`: supports `<?= expr ?>` (escaped), `<?!= expr ?>` (raw) and `<? code ?>` scriptlets. */
export class LocalHtmlTemplate {
  [key: string]: unknown;

  constructor(private readonly __source: string) {}

  getCode(): string {
    return this.__source;
  }

  evaluate(): LocalHtmlOutput {
    const src = this.__source;
    let code = 'let __out = "";\n';
    const re = /<\?(!?=)?([\s\S]*?)\?>/g;
    let last = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(src))) {
      code += `__out += ${JSON.stringify(src.slice(last, m.index))};\n`;
      if (m[1] === '=') code += `__out += __esc(${m[2]});\n`;
      else if (m[1] === '!=') code += `__out += String(${m[2]});\n`;
      else code += `${m[2]}\n`;
      last = re.lastIndex;
    }
    code += `__out += ${JSON.stringify(src.slice(last))};\nreturn __out;`;
    const esc = (v: unknown) => String(v).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
    const names = Object.keys(this).filter((k) => !k.startsWith('__'));
    const fn = new Function('__esc', ...names, code) as (...args: unknown[]) => string;
    return new LocalHtmlOutput(fn(esc, ...names.map((n) => this[n])));
  }
}

export interface LocalHtmlServiceOptions {
  /** Folder holding `<name>.html` files (e.g. dist/apps-script). */
  htmlDir?: string;
  /** In-memory files by name (without `.html`), checked before htmlDir. */
  htmlFiles?: Record<string, string>;
}

/** `HtmlService`. */
export function localHtmlService(env: LocalEnv, options: LocalHtmlServiceOptions) {
  const read = (name: string): string => {
    const base = String(name).replace(/\.html$/, '');
    const inline = options.htmlFiles?.[base];
    if (inline !== undefined) return inline;
    if (options.htmlDir) {
      const path = join(options.htmlDir, `${base}.html`);
      if (existsSync(path)) return readFileSync(path, 'utf8');
    }
    throw fail(env, `No HTML file named ${base} was found.`);
  };
  return {
    SandboxMode: appsScriptEnum(['EMULATED', 'IFRAME', 'NATIVE'] as const),
    XFrameOptionsMode: appsScriptEnum(['ALLOWALL', 'DEFAULT'] as const),
    createHtmlOutput(html?: string): LocalHtmlOutput {
      logCall(env, 'HtmlService', 'createHtmlOutput', [html]);
      return new LocalHtmlOutput(html === undefined ? '' : String(html));
    },
    createHtmlOutputFromFile(filename: string): LocalHtmlOutput {
      logCall(env, 'HtmlService', 'createHtmlOutputFromFile', [filename]);
      return new LocalHtmlOutput(read(filename));
    },
    createTemplate(html: string): LocalHtmlTemplate {
      logCall(env, 'HtmlService', 'createTemplate', [html]);
      return new LocalHtmlTemplate(String(html));
    },
    createTemplateFromFile(filename: string): LocalHtmlTemplate {
      logCall(env, 'HtmlService', 'createTemplateFromFile', [filename]);
      return new LocalHtmlTemplate(read(filename));
    },
  };
}
