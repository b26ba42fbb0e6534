export interface AccountSectionProps {
  /** Whether a sign-in is known to work (a token was had); "Sign out" is offered only then. */
  signedIn: boolean;
  message: string | null;
  onSignIn: () => void;
  onSignOut: () => void;
}

/** Sign in with Google (read-only access to sheets and your email), or sign out (offered only when signed in). */
export function AccountSection({ signedIn, message, onSignIn, onSignOut }: AccountSectionProps) {
  return (
    <section aria-labelledby="account-title">
      <h2 id="account-title">Account</h2>
      <p class="hint">The extension reads your sheets with read-only access and never changes them.</p>
      <div class="row">
        <button type="button" class="primary" onClick={onSignIn}>{signedIn ? 'Switch or renew sign-in' : 'Sign in with Google'}</button>
        {signedIn ? <button type="button" onClick={onSignOut}>Sign out</button> : null}
      </div>
      {message ? <p class="hint" role="status">{message}</p> : null}
    </section>
  );
}
