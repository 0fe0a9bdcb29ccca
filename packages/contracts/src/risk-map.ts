import { z } from 'zod';
import { ZId, zText } from './common';
import { ZRiskLevel } from './risks';

/** A point on the site plan as fractions of its width and height (0–1); the server checks the ring. */
export const ZPlanPoint = z.tuple([z.number(), z.number()]);

/** The site plan (厂区平面图): an image the caller uploaded through POST /evidence. */
export const ZSitePlanInput = z.strictObject({ evidenceId: ZId });
export type TSitePlanInput = z.infer<typeof ZSitePlanInput>;

/**
 * An area of the four-colour map: a closed ring (last point = first) and the units that lie in it (a unit lies in one
 * area: naming it here moves it from any other).
 */
export const ZRiskAreaInput = z.strictObject({
  name: zText(100),
  polygon: z.array(ZPlanPoint).max(200),
  unitIds: z.array(ZId).max(500).default([]),
});
export type TRiskAreaInput = z.infer<typeof ZRiskAreaInput>;

/** A change of an area: any of its name, outline and units (the units given replace its units). */
export const ZRiskAreaPatch = z.strictObject({
  name: zText(100).optional(),
  polygon: z.array(ZPlanPoint).max(200).optional(),
  unitIds: z.array(ZId).max(500).optional(),
});
export type TRiskAreaPatch = z.infer<typeof ZRiskAreaPatch>;

const ZColour = z.enum(['red', 'orange', 'yellow', 'blue']);

export const ZRiskArea = z.object({
  id: z.string(),
  name: z.string(),
  polygon: z.array(ZPlanPoint),
  unitIds: z.array(z.string()),
  /** The highest risk of its units (null while none of them has an assessed event). */
  level: ZRiskLevel.nullable(),
  colour: ZColour.nullable(),
});
export type TRiskArea = z.infer<typeof ZRiskArea>;

/** An enterprise's four-colour map (四色分布图): its site plan, its areas, and every unit with the area it lies in. */
export const ZRiskMap = z.object({
  enterprise: z.object({ id: z.string(), name: z.string() }),
  sitePlan: z.object({ evidenceId: z.string(), width: z.number().int(), height: z.number().int() }).nullable(),
  areas: z.array(ZRiskArea),
  /** Every unit of the register (not archived); `areaId` null: not yet placed on the map. */
  units: z.array(
    z.object({
      id: z.string(),
      objectName: z.string(),
      name: z.string(),
      level: ZRiskLevel.nullable(),
      colour: ZColour.nullable(),
      areaId: z.string().nullable(),
    }),
  ),
});
export type TRiskMap = z.infer<typeof ZRiskMap>;
