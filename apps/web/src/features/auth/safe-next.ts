/** Where to go after sign-in: only a path inside this app (never `//host`, a full URL or the sign-in page itself). */
export function safeNext(next: string | null): string {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\') || next.startsWith('/sign-in')) {
    return '/workbench';
  }
  return next;
}
