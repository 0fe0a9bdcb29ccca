/** Every stable error code the API can answer with, and the HTTP status it maps to. One table, one place. */
export const ERROR_STATUS = {
  'REQUEST.VALIDATION': 400,
  'REQUEST.MALFORMED_JSON': 400,
  'REQUEST.UNSUPPORTED_MEDIA_TYPE': 415,
  'REQUEST.TOO_LARGE': 413,
  'REQUEST.RATE_LIMITED': 429,
  'AUTH.REQUIRED': 401,
  'AUTH.INVALID_CREDENTIALS': 401,
  'AUTH.LOCKED': 423,
  'AUTH.SESSION_EXPIRED': 401,
  'AUTH.CSRF': 403,
  'AUTH.FORBIDDEN': 403,
  'AUTH.ACCOUNT_DISABLED': 403,
  'AUTH.WRONG_PASSWORD': 400,
  'PASSWORD.POLICY': 400,
  NOT_FOUND: 404,
  'ROUTE.NOT_FOUND': 404,
  'CONFLICT.DUPLICATE': 409,
  'CONFLICT.IN_USE': 409,
  'REGION.INVALID': 400,
  'ENTERPRISE.INVALID': 400,
  'SCOPE.OUT_OF_SCOPE': 403,
  'IMPORT.INVALID_ROWS': 400,
  'IMPORT.UNREADABLE_FILE': 400,
  'CASE.STALE_VERSION': 409,
  'CASE.INVALID_TRANSITION': 409,
  'CASE.UNKNOWN_TRANSITION': 400,
  'CASE.ROLE_NOT_ALLOWED': 403,
  'CASE.RELATION_NOT_ALLOWED': 403,
  'CASE.COMMENT_REQUIRED': 400,
  'CASE.EVIDENCE_REQUIRED': 400,
  'CASE.FIELDS_REQUIRED': 400,
  'CASE.FIELD_VALUE_NOT_ALLOWED': 400,
  'CASE.DEADLINE_REQUIRED': 400,
  'CASE.DEADLINE_IN_PAST': 400,
  'CASE.NUMBER_PREFIX': 400,
  'CASE.NUMBER_COUNTY_CODE': 400,
  'CASE.NUMBER_SEQUENCE': 409,
  INTERNAL: 500,
  'SERVICE.UNAVAILABLE': 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** A validation problem on one field: path in the request, stable code, message in the caller's language. */
export type TFieldIssue = { path: string; code: string; message: string };

/** The one error shape every failing response has. */
export type TErrorBody = { code: ErrorCode; message: string; details: unknown; requestId: string };
