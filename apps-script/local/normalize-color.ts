const NAMED: Record<string, string> = {
  black: '#000000', white: '#ffffff', red: '#ff0000', green: '#008000', lime: '#00ff00', blue: '#0000ff',
  yellow: '#ffff00', orange: '#ffa500', gray: '#808080', grey: '#808080', silver: '#c0c0c0', purple: '#800080',
  cyan: '#00ffff', magenta: '#ff00ff', pink: '#ffc0cb', brown: '#a52a2a', navy: '#000080', teal: '#008080',
  maroon: '#800000', olive: '#808000', lightgray: '#d3d3d3', lightgrey: '#d3d3d3', darkgray: '#a9a9a9',
  darkgrey: '#a9a9a9', lightgreen: '#90ee90', darkgreen: '#006400', lightblue: '#add8e6', gold: '#ffd700',
};

/** `#ABC` → `#aabbcc`, `red` → `#ff0000`; null/'' stays null (reset). Unknown text throws. */
export function normalizeColor(color: string | null | undefined): string | null {
  if (color === null || color === undefined || color === '') return null;
  const c = color.trim().toLowerCase();
  if (/^#[0-9a-f]{6}$/.test(c)) return c;
  if (/^#[0-9a-f]{3}$/.test(c)) return `#${[...c.slice(1)].map((x) => x + x).join('')}`;
  const named = NAMED[c];
  if (named) return named;
  throw new Error(`Invalid color: ${color}`);
}
