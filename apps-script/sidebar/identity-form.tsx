import { useState } from 'preact/hooks';

/** "Who am I": the name or email the person's key results are owned by, saved once. */
export function IdentityForm(props: { identity: string; onSave: (identity: string) => void }) {
  const [text, setText] = useState(props.identity);
  return (
    <form
      class="identity"
      onSubmit={(e) => {
        e.preventDefault();
        props.onSave(text.trim());
      }}
    >
      <label>
        Me{' '}
        <input type="text" value={text} placeholder="your name or email" maxLength={200} onInput={(e) => setText((e.target as HTMLInputElement).value)} />
      </label>{' '}
      <button type="submit">Save</button>
    </form>
  );
}
