import { AGGREGATE_QUARRY } from './aggregate-quarry';
import { BUILDING_CONSTRUCTION } from './building-construction';
import { HAZARDOUS_CHEMICALS_STORAGE } from './hazardous-chemicals-storage';
import { METAL_SMELTING } from './metal-smelting';
import type { LibrarySector } from './types';

export * from './types';

/**
 * The starter library, one entry per sector (§4.5 hierarchy: unit → event → measure → check task). Every assessment is
 * an `Assessment` of ../assess, so `assess(event.assessment, settings)` grades it under an enterprise's settings.
 */
export const RISK_LIBRARY: readonly LibrarySector[] = [
  HAZARDOUS_CHEMICALS_STORAGE,
  METAL_SMELTING,
  BUILDING_CONSTRUCTION,
  AGGREGATE_QUARRY,
];
