export interface AccountSectionProps {
  email: string | null;
  message: string | null;
  onSignIn: () => void;
  onSignOut: () => void;
}

/** Sign in with Google (read-only access to sheets and your email), or sign out. */
export function AccountSection({ email, message, onSignIn, onSignOut }: AccountSectionProps) {
  return (
    <section aria-labelledby="account-title">
      <h2 id="account-title">Account</h2>
      <p class="hint">The extension reads your sheets with read-only access and never changes them.</p>
      <div class="row">
        <button type="button" class="primary" onClick={onSignIn}>{email ? 'Switch or renew sign-in' : 'Sign in with Google'}</button>
        <button type="button" onClick={onSignOut}>Sign out</button>
      </div>
      {message ? <p class="hint" role="status">{message}</p> : null}
    </section>
  );
}
