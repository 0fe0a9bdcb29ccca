import type { RegionLevel } from './region-code';
import { err, ok, type Result } from './result';

type RegionRef = { code: string; level: RegionLevel };

/**
 * Allowed parent levels, with the number of leading digits a child shares with each (domain-reference §8.1, §8.2).
 * - county under province: province-administered county-level cities (济源 419001) and municipal districts
 *   where the city level is absent (北京 110101 under 110000);
 * - town under city: prefecture-level cities without counties (东莞 441900, 中山 442000, 儋州 460400,
 *   嘉峪关 620200), whose towns carry the city's six digits.
 */
const PARENT_PREFIX: Record<RegionLevel, Partial<Record<RegionLevel, number>>> = {
  province: {},
  city: { province: 2 },
  county: { city: 4, province: 2 },
  town: { county: 6, city: 6 },
  village: { town: 9 },
};

/**
 * Checks that `parent` may hold `child`: the right level and a shared code prefix.
 * Both codes are assumed to have passed `validateRegionCode` for their levels.
 */
export function validateRegionParent(child: RegionRef, parent: RegionRef): Result<true> {
  const prefixLength = PARENT_PREFIX[child.level][parent.level];
  if (prefixLength === undefined) {
    return err('REGION.PARENT_LEVEL', { level: child.level, parentLevel: parent.level });
  }
  const prefix = parent.code.slice(0, prefixLength);
  if (!child.code.startsWith(prefix)) {
    return err('REGION.PARENT_PREFIX', { code: child.code, prefix });
  }
  return ok(true);
}
