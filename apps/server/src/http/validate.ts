import type { z } from 'zod';
import { AppError, type FieldProblem } from './errors';

const isCatalogueKey = (message: string) => /^[A-Z_]+\.[A-Z_]+$/.test(message);

function problemOf(issue: z.core.$ZodIssue, prefix: string): FieldProblem[] {
  const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
  if (isCatalogueKey(issue.message)) {
    // Rules from the domain (e.g. the credit-code check) carry their message parameters on the issue.
    const params = issue.code === 'custom' ? (issue.params as FieldProblem['params']) : undefined;
    return [params ? { path, code: issue.message, params } : { path, code: issue.message }];
  }
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return [{ path, code: 'VALIDATION.REQUIRED' }];
      return [{ path, code: issue.expected === 'int' ? 'VALIDATION.NOT_INTEGER' : 'VALIDATION.INVALID_TYPE' }];
    case 'too_big':
      if (issue.origin === 'string')
        return [{ path, code: 'VALIDATION.TOO_LONG', params: { max: Number(issue.maximum) } }];
      if (issue.origin === 'array')
        return [{ path, code: 'VALIDATION.TOO_MANY', params: { max: Number(issue.maximum) } }];
      return [{ path, code: 'VALIDATION.TOO_BIG', params: { max: Number(issue.maximum) } }];
    case 'too_small':
      if ((issue.origin === 'string' || issue.origin === 'array') && Number(issue.minimum) === 1) {
        return [{ path, code: 'VALIDATION.REQUIRED' }];
      }
      if (issue.origin === 'string')
        return [{ path, code: 'VALIDATION.TOO_SHORT', params: { min: Number(issue.minimum) } }];
      return [{ path, code: 'VALIDATION.TOO_SMALL', params: { min: Number(issue.minimum) } }];
    case 'invalid_format':
      return [{ path, code: 'VALIDATION.INVALID_FORMAT' }];
    case 'invalid_value':
    case 'invalid_union':
      return [{ path, code: 'VALIDATION.INVALID_VALUE' }];
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        path: [path, key].filter(Boolean).join('.'),
        code: 'VALIDATION.UNKNOWN_FIELD',
      }));
    default:
      return [{ path, code: 'VALIDATION.INVALID' }];
  }
}

/** Parses one part of a request with its contract schema; failures become 400 with one problem per field. */
export function parseInput<S extends z.ZodType>(
  schema: S,
  data: unknown,
  where: 'body' | 'query' | 'params',
): z.output<S> {
  const result = schema.safeParse(data ?? (where === 'body' ? undefined : {}), { reportInput: true });
  if (result.success) return result.data;
  const prefix = where === 'body' ? '' : where;
  const problems = result.error.issues.flatMap((issue) => problemOf(issue, prefix));
  throw new AppError(
    'REQUEST.VALIDATION',
    {},
    problems.length ? problems : [{ path: where, code: 'VALIDATION.INVALID' }],
  );
}
