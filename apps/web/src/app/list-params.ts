/** The page size a list's URL leaves out (every list's default). */
export const LIST_PAGE_SIZE = 20;

/**
 * Applies a list's filter changes to the page URL's parameters: a missing, empty or blank value removes the
 * parameter, a list is joined by commas; a change to anything but the page goes back to page 1; the default page size
 * is left out. Parameters the list does not know (another screen's) are kept. Every list screen's filters use this.
 */
export function changeListParams(prev: URLSearchParams, changes: object): URLSearchParams {
  const next = new URLSearchParams(prev);
  for (const [key, value] of Object.entries(changes)) {
    const text = Array.isArray(value)
      ? value.join(',')
      : value === undefined || value === null
        ? ''
        : String(value).trim();
    if (text === '') next.delete(key);
    else next.set(key, text);
  }
  if (!('page' in changes)) next.delete('page');
  if (next.get('pageSize') === String(LIST_PAGE_SIZE)) next.delete('pageSize');
  return next;
}
