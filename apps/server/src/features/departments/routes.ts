import {
  ZDepartment,
  ZDepartmentCreate,
  ZDepartmentListQuery,
  ZDepartmentUpdate,
  ZIdParams,
  ZSectorDuty,
  ZSectorDutyQuery,
  zPage,
} from '@redline/contracts';
import { z } from 'zod';
import { defineRoute } from '../../http/route';
import { listSectorDuties } from './sector-duties';
import { createDepartment, getDepartment, listDepartments, updateDepartment } from './service';

const tag = 'departments';

export const departmentRoutes = [
  defineRoute({
    method: 'GET',
    url: '/departments',
    summary:
      "Departments in the account's scope with the sectors each supervises; filters regionCode (subtree), sectorCode, q",
    tag,
    access: [],
    query: ZDepartmentListQuery,
    response: zPage(ZDepartment),
    handler: async ({ ctx, query }) => listDepartments(ctx, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/departments/:id',
    summary: 'One department',
    tag,
    access: [],
    params: ZIdParams,
    response: ZDepartment,
    handler: async ({ ctx, params }) => getDepartment(ctx, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/departments',
    summary: 'Create a department in a region in scope, with the sectors it supervises (三管三必须)',
    tag,
    access: ['admin', 'safety_office'],
    body: ZDepartmentCreate,
    response: ZDepartment,
    status: 201,
    handler: async ({ ctx, body }) => createDepartment(ctx, body),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/departments/:id',
    summary: 'Rename a department or replace the set of sectors it supervises',
    tag,
    access: ['admin', 'safety_office'],
    params: ZIdParams,
    body: ZDepartmentUpdate,
    response: ZDepartment,
    handler: async ({ ctx, params, body }) => updateDepartment(ctx, params.id, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/sector-duties',
    summary:
      'Who supervises which sector for a region in scope: per sector, the departments at the nearest level at or above it (regionCode = the department’s region)',
    tag,
    access: [],
    query: ZSectorDutyQuery,
    response: z.array(ZSectorDuty),
    handler: async ({ ctx, query }) => listSectorDuties(ctx, query),
  }),
];
