import { ZIdParams, ZLeaderAssignment, ZLeaderAssignmentCreate, ZLeaderAssignmentQuery } from '@redline/contracts';
import { z } from 'zod';
import { defineRoute } from '../../http/route';
import { createLeaderAssignment, deleteLeaderAssignment, listLeaderAssignments } from './service';

const tag = 'leader-assignments';

export const leaderAssignmentRoutes = [
  defineRoute({
    method: 'GET',
    url: '/leader-assignments',
    summary:
      "Leaders' 分管 (in_charge) and 包联 (liaison) assignments of the accounts in scope, optionally of one account",
    tag,
    access: [],
    query: ZLeaderAssignmentQuery,
    response: z.array(ZLeaderAssignment),
    handler: async ({ ctx, query }) => listLeaderAssignments(ctx, query),
  }),
  defineRoute({
    method: 'POST',
    url: '/leader-assignments',
    summary: 'Assign a leader a sector, region or enterprise in scope (the account must hold the leader role)',
    tag,
    access: ['admin'],
    body: ZLeaderAssignmentCreate,
    response: ZLeaderAssignment,
    status: 201,
    handler: async ({ ctx, body }) => createLeaderAssignment(ctx, body),
  }),
  defineRoute({
    method: 'DELETE',
    url: '/leader-assignments/:id',
    summary: 'Remove an assignment',
    tag,
    access: ['admin'],
    params: ZIdParams,
    handler: async ({ ctx, params }) => {
      await deleteLeaderAssignment(ctx, params.id);
      return undefined;
    },
  }),
];
