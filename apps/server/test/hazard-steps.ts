import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { ApiClient } from './api-client';
import { uploadPhoto } from './photos';

/** A hazard as the API answers it, enough to take its next step. */
export type Detail = { id: string; version: number; state: string; number: string; [k: string]: unknown };
/** A signed-in client and its account's id. */
export type Client = ApiClient & { id: string };

/** Signs an account in on `app` (e.g. an app on a clock of the test's own; the harness signs in on the shared app). */
export async function signInOn(
  app: FastifyInstance,
  account: { id: string; username: string; password: string },
): Promise<Client> {
  const c = Object.assign(new ApiClient(app), { id: account.id });
  await c.signIn(account.username, account.password);
  return c;
}

/** Reports a hazard (a self-inspection titled 隐患 unless the body says otherwise); expects 201. */
export async function report(client: ApiClient, body: Record<string, unknown>): Promise<Detail> {
  const res = await client.post('/api/v1/hazards', { title: '隐患', source: 'self_inspection', ...body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().hazard as Detail;
}

/** Moves a hazard by one transition at its current version; expects 200. */
export async function step(
  client: ApiClient,
  hz: Detail,
  transition: string,
  body: Record<string, unknown> = {},
): Promise<Detail> {
  const res = await client.post(`/api/v1/hazards/${hz.id}/transitions`, { transition, version: hz.version, ...body });
  expect(res.statusCode, `${transition}: ${res.body}`).toBe(200);
  return res.json() as Detail;
}

/** Completes a rectification with an after-photo. */
export async function complete(client: ApiClient, hz: Detail, fields: Record<string, unknown> = {}): Promise<Detail> {
  const photo = await uploadPhoto(client, 'after');
  return step(client, hz, 'complete', { comment: '已整改', evidenceIds: [photo], fields });
}
