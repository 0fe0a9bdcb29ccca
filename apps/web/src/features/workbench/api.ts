import type { TWorkbench } from '@redline/contracts';
import { api } from '../../app/api-client';

export const workbenchKeys = { mine: ['workbench'] as const };

/** GET /workbench: the signed-in account's to-do and counts. */
export const getWorkbench = (signal?: AbortSignal) => api.get<TWorkbench>('/api/v1/workbench', {}, signal);
