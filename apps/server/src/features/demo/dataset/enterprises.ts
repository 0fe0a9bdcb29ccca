import { makeEnterpriseUscc } from './credit-code';
import { pickLocation } from './enterprise-location';
import { ENTERPRISE_PROFILES, type EnterpriseProfile, type EnterpriseTag } from './enterprise-profiles';
import { GIVEN_NAMES, SURNAMES, TRADE_NAMES } from './name-parts';
import { createRng, type Rng } from './prng';
import { CITY_ROW, type CountyRow } from './region-table';

export type EnterpriseStatus = 'operating' | 'suspended' | 'closed';

export interface DemoEnterprise {
  uscc: string;
  name: string;
  /** A town code, or a county-level code for enterprises registered at county level. */
  regionCode: string;
  gridCode: string | null;
  address: string;
  /** GCJ-02. */
  lng: number;
  lat: number;
  sectorCodes: string[];
  /** GB/T 4754-2017 class. */
  industryCode: string | null;
  employees: number;
  principalName: string;
  principalMobile: string;
  safetyManagerName: string;
  safetyManagerMobile: string;
  status: EnterpriseStatus;
  tags: EnterpriseTag[];
}

export const DEFAULT_ENTERPRISE_COUNT = 500;
export const DEFAULT_ENTERPRISE_SEED = 20261122;

/** Fictitious mobile number: 13x, 15x or 18x and eight more digits. */
export function fakeMobile(rng: Rng): string {
  return `1${rng.pick(['3', '5', '8'])}${rng.chars('0123456789', 9)}`;
}

export function fakePersonName(rng: Rng): string {
  return rng.pick(SURNAMES) + rng.pick(GIVEN_NAMES);
}

/** Districts and the zone use the city name (晋城市…有限公司); counties their own, and large firms often the city's. */
function namePrefix(rng: Rng, county: CountyRow, employees: number): string {
  if (county.code === '140502' || county.isDevelopmentZone) return CITY_ROW.name;
  return employees >= 500 && rng.chance(0.5) ? CITY_ROW.name : county.name;
}

function uniqueName(
  rng: Rng,
  taken: Set<string>,
  prefix: string,
  townShortName: string | null,
  suffix: string,
): string {
  for (let attempt = 0; attempt < 1000; attempt++) {
    const trade = attempt < 20 ? rng.pick(TRADE_NAMES) : rng.pick(TRADE_NAMES) + rng.pick(TRADE_NAMES);
    const place = townShortName !== null && rng.chance(0.25) ? townShortName : '';
    const name = `${prefix}${place}${trade}${suffix}`;
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
  throw new Error(`could not find a free enterprise name for ${prefix}…${suffix}`);
}

function pickStatus(rng: Rng): EnterpriseStatus {
  const roll = rng.next();
  if (roll < 0.92) return 'operating';
  return roll < 0.98 ? 'suspended' : 'closed';
}

function pickTags(rng: Rng, profile: EnterpriseProfile, employees: number): EnterpriseTag[] {
  return profile.tags
    .filter((entry) => rng.chance(entry.chance))
    .map((entry) => entry.tag)
    .filter((tag) => tag !== 'small_micro' || employees < 300);
}

function generateOne(rng: Rng, takenUscc: Set<string>, takenNames: Set<string>): DemoEnterprise {
  const profile = rng.weighted(ENTERPRISE_PROFILES, (candidate) => candidate.weight);
  const [industryCode, suffix] = rng.pick(profile.variants);
  const location = pickLocation(rng, profile.counties, profile.setting);
  const [min, max] = profile.employees;
  const employees = min + Math.floor((max - min) * rng.next() ** 2);

  let uscc = makeEnterpriseUscc(location.county.code, rng);
  while (takenUscc.has(uscc)) uscc = makeEnterpriseUscc(location.county.code, rng);
  takenUscc.add(uscc);

  const sectorCodes = [profile.sector];
  if (profile.secondary && profile.secondary.sector !== profile.sector && rng.chance(profile.secondary.chance)) {
    sectorCodes.push(profile.secondary.sector);
  }
  const prefix = namePrefix(rng, location.county, employees);
  const principalName = fakePersonName(rng);
  let safetyManagerName = fakePersonName(rng);
  while (safetyManagerName === principalName) safetyManagerName = fakePersonName(rng);
  return {
    uscc,
    name: uniqueName(rng, takenNames, prefix, location.townShortName, suffix),
    regionCode: location.regionCode,
    gridCode: location.gridCode,
    address: location.address,
    lng: location.lng,
    lat: location.lat,
    sectorCodes,
    industryCode,
    employees,
    principalName,
    principalMobile: fakeMobile(rng),
    safetyManagerName,
    safetyManagerMobile: fakeMobile(rng),
    status: pickStatus(rng),
    tags: pickTags(rng, profile, employees),
  };
}

/**
 * Fictitious enterprises spread over the demo city. Pure and deterministic: the same count and seed always give
 * the same list, with unique credit codes and unique names.
 */
export function generateEnterprises(
  count = DEFAULT_ENTERPRISE_COUNT,
  seed = DEFAULT_ENTERPRISE_SEED,
): DemoEnterprise[] {
  const rng = createRng(seed);
  const takenUscc = new Set<string>();
  const takenNames = new Set<string>();
  return Array.from({ length: count }, () => generateOne(rng, takenUscc, takenNames));
}
