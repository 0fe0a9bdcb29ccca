import { ZIdParams } from '@redline/contracts';
import type { FastifyReply } from 'fastify';
import { defineRoute } from '../../http/route';
import { attachment, XLSX_TYPE } from '../hazard-reports/format';
import { exportRegister } from './export-register';

/** The register as a spreadsheet (its import is the `risk_register` kind of POST /imports/:kind). */
export const riskXlsxRoutes = [
  defineRoute({
    method: 'GET',
    url: '/enterprises/:id/risk-register.xlsx',
    summary:
      'An enterprise’s risk register as a 风险分级管控清单 (.xlsx): one row per measure, LEC/LS factors, inherent and residual risk, control levels, checks; importable back',
    tag: 'risks',
    access: [],
    params: ZIdParams,
    produces: XLSX_TYPE,
    handler: async ({ ctx, params }, _req, reply: FastifyReply) => {
      const { file, ascii, name } = await exportRegister(ctx, params.id);
      reply.header('Content-Type', XLSX_TYPE);
      reply.header('Content-Disposition', attachment(ascii, name));
      reply.header('Cache-Control', 'no-store');
      return file;
    },
  }),
];
