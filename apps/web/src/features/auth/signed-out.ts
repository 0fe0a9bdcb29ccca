/** Carries "you have signed out" across the reload that signing out does (this tab only). */
const KEY = 'redline.signedOut';

export function markSignedOut(): void {
  try {
    sessionStorage.setItem(KEY, '1');
  } catch {
    // Storage refused (private mode): the sign-in screen simply does not say it.
  }
}

/** True once after a sign-out, then forgotten. */
export function takeSignedOut(): boolean {
  try {
    const was = sessionStorage.getItem(KEY) === '1';
    sessionStorage.removeItem(KEY);
    return was;
  } catch {
    return false;
  }
}
