const KEY = 'scorecard.identity';

/**
 * The name or email a person saved as theirs for "my KRs", from their user properties ('' when none).
 * (Session.getActiveUser() would need an extra OAuth scope, so people type it once.)
 */
export function userIdentity(): string {
  return PropertiesService.getUserProperties().getProperty(KEY) ?? '';
}

/** Saves (or, with '', forgets) the person's name or email for "my KRs". */
export function saveUserIdentity(identity: string): void {
  const properties = PropertiesService.getUserProperties();
  const text = identity.trim().slice(0, 200);
  if (text) properties.setProperty(KEY, text);
  else properties.deleteProperty(KEY);
}
