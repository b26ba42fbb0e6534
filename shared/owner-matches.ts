/**
 * Whether an owner cell names one of the identities (emails or display names).
 * The cell may list several owners separated by `,`, `;`, `/`, `&` or ` and `; matching ignores case,
 * surrounding spaces and a `mailto:` prefix. An identity that is an email also matches an owner written
 * as that email's local part with dots as spaces (`ana.p@x.com` matches `Ana P`).
 *
 * @example
 * ownerMatches('ana@example.com, Ben', ['ben']) // true
 * ownerMatches('Eng team', ['ana@example.com']) // false
 */
export function ownerMatches(owner: string | null, identities: readonly string[]): boolean {
  if (!owner) return false;
  const owners = owner
    .split(/\s*(?:[,;/&]|\band\b)\s*/i)
    .map(normalize)
    .filter((o) => o.length > 0);
  for (const identity of identities) {
    const id = normalize(identity);
    if (!id) continue;
    const forms = [id];
    const at = id.indexOf('@');
    if (at > 0) forms.push(id.slice(0, at).replace(/[._]+/g, ' '));
    for (const o of owners) {
      if (forms.includes(o) || forms.includes(o.replace(/\.$/, ''))) return true;
    }
  }
  return false;
}

function normalize(text: string): string {
  return text
    .replace(/^mailto:/i, '')
    .replace(/[\u00a0\s]+/g, ' ')
    .trim()
    .toLowerCase();
}
