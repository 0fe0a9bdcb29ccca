import { ZIdParams, ZPerson, ZPersonCreate, ZPersonListQuery, ZPersonUpdate, zPage } from '@redline/contracts';
import { defineRoute } from '../../http/route';
import { createPerson, getPerson, listPeople, updatePerson } from './service';

const tag = 'people';
const writers = ['admin', 'safety_office', 'town_officer'] as const;

export const peopleRoutes = [
  defineRoute({
    method: 'GET',
    url: '/people',
    summary: "People in the account's scope (department staff, enterprise contacts)",
    tag,
    access: [],
    query: ZPersonListQuery,
    response: zPage(ZPerson),
    handler: async ({ ctx, query }) => listPeople(ctx, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/people/:id',
    summary: 'One person',
    tag,
    access: [],
    params: ZIdParams,
    response: ZPerson,
    handler: async ({ ctx, params }) => getPerson(ctx, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/people',
    summary: 'Register a person in a region in scope, optionally in a department or an enterprise',
    tag,
    access: writers,
    body: ZPersonCreate,
    response: ZPerson,
    status: 201,
    handler: async ({ ctx, body }) => createPerson(ctx, body),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/people/:id',
    summary: 'Change a person',
    tag,
    access: writers,
    params: ZIdParams,
    body: ZPersonUpdate,
    response: ZPerson,
    handler: async ({ ctx, params, body }) => updatePerson(ctx, params.id, body),
  }),
];
