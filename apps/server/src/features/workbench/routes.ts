import { ZWorkbench } from '@redline/contracts';
import { defineRoute } from '../../http/route';
import { getWorkbench } from './get-workbench';

export const workbenchRoutes = [
  defineRoute({
    method: 'GET',
    url: '/workbench',
    summary:
      "The signed-in account's to-do: open hazards in scope it may move now (overdue, due within 3 days, waiting) and its counts",
    tag: 'workbench',
    access: [],
    response: ZWorkbench,
    handler: async ({ ctx }) => getWorkbench(ctx),
  }),
];
