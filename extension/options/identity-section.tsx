import { useState } from 'preact/hooks';

export interface IdentitySectionProps {
  email: string | null;
  names: string[];
  onNames: (names: string[]) => void;
}

/** Who "me" is: the detected Google email plus names the owner column may use. */
export function IdentitySection({ email, names, onNames }: IdentitySectionProps) {
  const [name, setName] = useState('');
  const add = (event: Event) => {
    event.preventDefault();
    const value = name.trim();
    if (value && !names.some((n) => n.toLowerCase() === value.toLowerCase())) onNames([...names, value]);
    setName('');
  };
  return (
    <section aria-labelledby="identity-title">
      <h2 id="identity-title">Who are you?</h2>
      <p data-email={email ?? ''}>{email ? <>Google account: <strong>{email}</strong></> : 'Google account: not detected yet (sign in below).'}</p>
      <p class="hint">Key results whose owner is your email, or one of these names, are shown as yours.</p>
      <ul class="list" aria-label="Your names">
        {names.map((n) => (
          <li key={n}>
            <span class="grow">{n}</span>
            <button type="button" onClick={() => onNames(names.filter((x) => x !== n))} aria-label={`Remove ${n}`}>Remove</button>
          </li>
        ))}
      </ul>
      <form onSubmit={add}>
        <label for="name">Add a name</label>
        <div class="row">
          <input id="name" type="text" placeholder="Ana Pereira" value={name} onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)} />
          <button type="submit">Add name</button>
        </div>
      </form>
    </section>
  );
}
