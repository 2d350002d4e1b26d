// Signing in: the Account panel's form (or a `login` run in the editor) stores the token for every
// tab; the header shows who is signed in, with Sign out. The page opens on this panel while signed out.
import { type GraphiQLPlugin, useGraphiQL, useGraphiQLActions } from '@graphiql/react';
import { type FormEvent, useEffect, useState } from 'react';
import { refreshProfile, signIn } from './api.ts';
import { currentSession, lastCompany, rememberCompany, signOut, useSession } from './session.ts';
import { PanelIcon } from './panel-icon.tsx';

export const ACCOUNT = 'Account';

const time = (epoch: number) => new Date(epoch).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function AccountPanel() {
  const session = useSession();
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const company = String(form.get('company')).trim();
    setBusy(true);
    setError('');
    const failed = await signIn(company, String(form.get('email')).trim(), String(form.get('password')));
    setBusy(false);
    if (failed) setError(failed);
    else rememberCompany(company);
  };

  if (session)
    return (
      <section className="wb-panel" aria-label="Account">
        <h2>Account</h2>
        {session.profile ? (
          <dl className="wb-account">
            <dt>Signed in as</dt>
            <dd data-testid="signed-in-as">
              {session.profile.name} ({session.profile.email})
            </dd>
            <dt>Role</dt>
            <dd>{session.profile.role}</dd>
            <dt>Company</dt>
            <dd>{session.profile.company}</dd>
            <dt>Time zone</dt>
            <dd>{session.profile.timeZone}</dd>
            <dt>Until</dt>
            <dd>{time(session.expiresAt)}</dd>
          </dl>
        ) : (
          <p>Signed in until {time(session.expiresAt)}.</p>
        )}
        <p className="wb-hint">
          Every tab of this workbench sends this sign-in, also after a reload, until it expires or you sign out.
        </p>
        <button type="button" onClick={signOut}>
          Sign out
        </button>
      </section>
    );

  return (
    <section className="wb-panel" aria-label="Account">
      <h2>Sign in</h2>
      <form className="wb-sign-in" onSubmit={submit}>
        <label>
          Company{' '}
          <input
            name="company"
            required
            defaultValue={lastCompany()}
            placeholder="company slug, such as lamba-property-limited"
            autoComplete="organization"
          />
        </label>
        <label>
          Email <input name="email" type="email" required autoComplete="username" />
        </label>
        <label>
          Password <input name="password" type="password" required autoComplete="current-password" />
        </label>
        <button type="submit" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
        {error && (
          <p className="wb-error" role="alert">
            {error}
          </p>
        )}
      </form>
      <p className="wb-hint">
        The token is kept in this browser (not in any URL) and sent as <code>Authorization: Bearer</code> from every
        tab. A <code>login</code> mutation run in the editor signs in too.
      </p>
    </section>
  );
}

function AccountIcon() {
  return (
    <PanelIcon>
      <circle cx="12" cy="8" r="4" />
      <path d="M4 21c0-4 4-6 8-6s8 2 8 6" />
    </PanelIcon>
  );
}

export const ACCOUNT_PLUGIN: GraphiQLPlugin = { title: ACCOUNT, icon: AccountIcon, content: AccountPanel };

/**
 * Opens the Account panel as its sidebar button does (GraphiQL's store can name the visible plugin,
 * but only the sidebar's handler also unfolds a folded panel).
 */
const openAccount = () =>
  document.querySelector<HTMLButtonElement>(`.graphiql-sidebar button[aria-label="Show ${ACCOUNT}"]`)?.click();

/** Before GraphiQL starts: open on the Account panel when nobody is signed in (GraphiQL keeps the panel in storage). */
export function openAccountWhenSignedOut(): void {
  if (currentSession()) return;
  localStorage.setItem('graphiql:visiblePlugin', ACCOUNT);
  if (localStorage.getItem('graphiql:docExplorerFlex') === 'hide-first')
    localStorage.removeItem('graphiql:docExplorerFlex');
}

/** Top right: who is signed in, or a way to sign in. */
export function AccountStatus() {
  const session = useSession();
  const token = session?.token;
  const hasProfile = Boolean(session?.profile);
  const hasSchema = useGraphiQL((state) => Boolean(state.schema));
  const { introspect } = useGraphiQLActions();
  useEffect(() => {
    if (token && !hasProfile) void refreshProfile();
  }, [token, hasProfile]);
  // Where only signed-in staff may read the schema (INTROSPECTION=staff), read it once signed in.
  useEffect(() => {
    if (token && !hasSchema) void introspect();
  }, [token, hasSchema, introspect]);
  if (!session)
    return (
      <button type="button" className="wb-status" onClick={openAccount}>
        Not signed in · Sign in
      </button>
    );
  return (
    <span
      className="wb-status"
      data-testid="account-status"
      title={session.profile ? `${session.profile.role} at ${session.profile.company}` : undefined}
    >
      {session.profile ? `${session.profile.name} (${session.profile.role})` : 'Signed in'}{' '}
      <button type="button" onClick={signOut}>
        Sign out
      </button>
    </span>
  );
}
