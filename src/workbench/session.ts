// Sign in once: the token lives in localStorage, so every tab of this origin sends it and a reload
// keeps it, until it expires (the token carries its expiry), the API answers UNAUTHENTICATED, or
// the analyst signs out. It never goes into a URL. Other tabs learn of a change by the `storage`
// event.
import { useSyncExternalStore } from 'react';

const KEY = 'estate-workbench:session';
const COMPANY_KEY = 'estate-workbench:company';

/** Who is signed in, as `me` tells it (filled in after the token is stored). */
export interface Profile {
  role: string;
  name: string;
  email: string;
  company: string;
  timeZone: string;
}

export interface Session {
  token: string;
  /** Epoch milliseconds. */
  expiresAt: number;
  profile: Profile | null;
}

/** The `exp` claim of a JWT, in epoch milliseconds; null when the text is no JWT with one. */
export function tokenExpiry(token: string): number | null {
  try {
    const payload = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const { exp } = JSON.parse(atob(payload)) as { exp?: unknown };
    return typeof exp === 'number' ? exp * 1000 : null;
  } catch {
    return null;
  }
}

const listeners = new Set<() => void>();
const notify = () => {
  for (const listener of listeners) listener();
};
let expiryTimer: ReturnType<typeof setTimeout> | undefined;

let lastRaw: string | null = null;
let lastSession: Session | null = null;

/** The stored sign-in, or null when there is none or it has expired. */
export function currentSession(): Session | null {
  const raw = localStorage.getItem(KEY);
  if (raw !== lastRaw) {
    lastRaw = raw;
    try {
      lastSession = raw ? (JSON.parse(raw) as Session) : null;
    } catch {
      lastSession = null;
    }
  }
  // Removed from storage by the expiry timer; never written from here (React reads this while rendering).
  return lastSession && lastSession.expiresAt > Date.now() ? lastSession : null;
}

function write(session: Session | null): void {
  if (session) localStorage.setItem(KEY, JSON.stringify(session));
  else localStorage.removeItem(KEY);
  scheduleExpiry();
  notify();
}

/** Stores a token (refused when it carries no expiry in the future); false when refused. */
export function storeToken(token: string, profile: Profile | null = null): boolean {
  const expiresAt = tokenExpiry(token);
  if (!expiresAt || expiresAt <= Date.now()) return false;
  write({ token, expiresAt, profile });
  return true;
}

export function storeProfile(token: string, profile: Profile): void {
  const session = currentSession();
  if (session?.token === token) write({ ...session, profile });
}

export function signOut(): void {
  write(null);
}

/** Forgets the token only if it is still the one stored (another tab may have signed in anew). */
export function dropToken(token: string): void {
  if (currentSession()?.token === token) signOut();
}

export const lastCompany = () => localStorage.getItem(COMPANY_KEY) ?? '';
export const rememberCompany = (slug: string) => localStorage.setItem(COMPANY_KEY, slug);

function scheduleExpiry(): void {
  clearTimeout(expiryTimer);
  currentSession();
  if (!lastSession) return;
  // setTimeout holds at most about 24.8 days; a token lasts hours.
  const wait = Math.min(Math.max(lastSession.expiresAt - Date.now(), 0), 2 ** 31 - 1);
  expiryTimer = setTimeout(() => {
    if (lastSession && lastSession.expiresAt <= Date.now()) signOut();
    else scheduleExpiry();
  }, wait);
}

export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

// Another tab signed in or out.
window.addEventListener('storage', (event) => {
  if (event.key === KEY || event.key === null) {
    scheduleExpiry();
    notify();
  }
});
scheduleExpiry();

export function useSession(): Session | null {
  return useSyncExternalStore(subscribe, currentSession);
}
