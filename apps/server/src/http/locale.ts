import { type Locale, pickLocale } from '@redline/contracts';
import type { FastifyRequest } from 'fastify';

export const localeOf = (req: FastifyRequest): Locale => pickLocale(req.headers['accept-language']);
