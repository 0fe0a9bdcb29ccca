import { PgDialect } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import { countyOfPath, hazardsUnder } from './filters';

describe('countyOfPath: the subtree the county list indexes serve', () => {
  it('is the third segment of a three-segment path only', () => {
    expect(countyOfPath('/140000/140100/140101/')).toBe('140101');
    expect(countyOfPath('/140000/140100/')).toBeUndefined();
    expect(countyOfPath('/140000/140100/140101/140101001/')).toBeUndefined();
    expect(countyOfPath('/')).toBeUndefined();
  });
});

describe('hazardsUnder: a subtree said once, in the words of the indexes', () => {
  const render = (path: string) => new PgDialect().sqlToQuery(hazardsUnder(path));

  it('says a county as the equality on the third path segment, with no prefix beside it', () => {
    const q = render('/140000/140100/140101/');
    expect(q.sql).toBe(`split_part("cases"."region_path", '/', 4) = $1`);
    expect(q.params).toEqual(['140101']);
  });

  it('says any other subtree as the path prefix', () => {
    expect(render('/140000/140100/')).toMatchObject({
      sql: `"cases"."region_path" like $1`,
      params: ['/140000/140100/%'],
    });
    expect(render('/140000/140100/140101/140101001/').params).toEqual(['/140000/140100/140101/140101001/%']);
  });
});
