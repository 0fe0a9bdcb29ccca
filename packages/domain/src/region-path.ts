/**
 * Materialised path of a region, used to index and query subtrees:
 * `/140000/140500/140521/`. A root region's path is `/code/`.
 */
export function buildRegionPath(parentPath: string | null, code: string): string {
  return `${parentPath ?? '/'}${code}/`;
}

/** True when `path` is `ancestorPath` itself or lies below it. */
export function isWithinPath(path: string, ancestorPath: string): boolean {
  return path.startsWith(ancestorPath);
}
