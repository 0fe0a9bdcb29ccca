import { describe, expect, it } from 'vitest';
import { countyOfPath } from './filters';

describe('countyOfPath: the subtree the county list indexes serve', () => {
  it('is the third segment of a three-segment path only', () => {
    expect(countyOfPath('/140000/140100/140101/')).toBe('140101');
    expect(countyOfPath('/140000/140100/')).toBeUndefined();
    expect(countyOfPath('/140000/140100/140101/140101001/')).toBeUndefined();
    expect(countyOfPath('/')).toBeUndefined();
  });
});
