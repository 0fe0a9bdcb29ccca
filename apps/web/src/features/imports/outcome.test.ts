import { describe, expect, it } from 'vitest';
import { ApiError } from '../../app/api-error';
import { outcomeOf } from './outcome';

const rowError = { row: 2, column: '企业名称', value: '', code: 'VALIDATION.REQUIRED', message: '企业名称为必填项。' };
const result = (errors = [] as (typeof rowError)[]) => ({
  kind: 'enterprises' as const,
  total: 2,
  imported: errors.length ? 1 : 2,
  skipped: errors.length ? 1 : 0,
  errors,
});

describe('outcomeOf', () => {
  it('is nothing before an import', () => {
    expect(outcomeOf(undefined, null)).toBeNull();
  });

  it('tells a complete import from a partial one', () => {
    expect(outcomeOf(result(), null)).toMatchObject({ status: 'imported' });
    expect(outcomeOf(result([rowError]), null)).toMatchObject({ status: 'partial' });
  });

  it('turns 400 IMPORT.INVALID_ROWS into the refused rows with the server’s message', () => {
    const error = new ApiError(400, {
      code: 'IMPORT.INVALID_ROWS',
      message: '有 1 行数据不合格，未导入任何数据。',
      details: [rowError],
    });
    expect(outcomeOf(undefined, error)).toEqual({
      status: 'refused',
      message: '有 1 行数据不合格，未导入任何数据。',
      errors: [rowError],
    });
  });

  it('shows any other refusal as a failure, with the request id of a server error', () => {
    const unreadable = new ApiError(400, { code: 'IMPORT.UNREADABLE_FILE', message: '无法读取文件' });
    expect(outcomeOf(undefined, unreadable)).toEqual({ status: 'failed', message: '无法读取文件' });
    const crash = new ApiError(500, { code: 'INTERNAL', message: '服务器内部错误', requestId: 'req-1' });
    expect(outcomeOf(undefined, crash)).toEqual({ status: 'failed', message: '服务器内部错误（req-1）' });
  });
});
