import { ZSectorCode } from '@redline/contracts';
import { HAZARD_STANDARDS, standardsForSector } from '@redline/domain';
import { z } from 'zod';
import { defineRoute } from '../../http/route';

const tag = 'hazard-standards';

const ZHazardCriterion = z.object({
  article: z.string(),
  zh: z.string(),
  en: z.string(),
  unconfirmed: z.literal(true).optional(),
});

/** One major-hazard determination standard of the catalogue (domain-reference §3), as packages/domain holds it. */
export const ZHazardStandard = z.object({
  code: z.string(),
  title: z.string(),
  documentNumber: z.string().nullable(),
  issuer: z.string(),
  issued: z.string().nullable(),
  inForce: z.string().nullable(),
  replaces: z.string().optional(),
  sectorCodes: z.array(z.string()),
  defersTo: z.array(z.string()).optional(),
  unconfirmed: z.object({ fields: z.array(z.string()), note: z.string() }).optional(),
  criteria: z.array(ZHazardCriterion),
});

export const hazardStandardRoutes = [
  defineRoute({
    method: 'GET',
    url: '/hazard-standards',
    summary:
      'The major-hazard determination standards (重大事故隐患判定标准) with their criteria, the choices of a ' +
      "major hazard's determination basis; `sector` keeps the standards a hazard of that sector may be determined by, " +
      'including those that prevail over the sector standard for hazchem, fire, gas and special equipment',
    tag,
    access: [],
    query: z.strictObject({ sector: ZSectorCode.optional() }),
    response: z.array(ZHazardStandard),
    handler: async ({ query }) => (query.sector === undefined ? HAZARD_STANDARDS : standardsForSector(query.sector)),
  }),
];
