import { describe, expect, it } from 'vitest';
import { AppError } from '../../http/errors';
import { matchColumns, PEOPLE_COLUMNS } from './columns';
import { cellText, readSheet } from './read-sheet';

describe('readSheet (csv)', () => {
  it('reads UTF-8 with a BOM, numbering rows as Excel does and skipping blank lines', async () => {
    const sheet = await readSheet(
      Buffer.from('\uFEFF姓名,手机号\r\n张三, 13800000000 \r\n\r\n"李,四",\r\n'),
      'csv',
      'zh-CN',
    );
    expect(sheet).toEqual({
      header: ['姓名', '手机号'],
      rows: [
        { row: 2, cells: ['张三', '13800000000'] },
        { row: 4, cells: ['李,四', ''] },
      ],
    });
  });

  it('reads GB18030 text as older Chinese Excel saves it', async () => {
    const gbk = Buffer.from([0xc6, 0xf3, 0xd2, 0xb5, 0xc3, 0xfb, 0xb3, 0xc6, 0x0d, 0x0a, 0x41, 0x0d, 0x0a]);
    expect(await readSheet(gbk, 'csv', 'zh-CN')).toEqual({ header: ['企业名称'], rows: [{ row: 2, cells: ['A'] }] });
  });

  it('refuses binary data and broken quoting with a reason in the caller’s language', async () => {
    await expect(readSheet(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), 'csv', 'en')).rejects.toMatchObject({
      code: 'IMPORT.UNREADABLE_FILE',
      params: { reason: 'not CSV text in UTF-8 or GB18030' },
    });
    const broken = readSheet(Buffer.from('a,b\r\n"unclosed,1\r\n'), 'csv', 'zh-CN');
    await expect(broken).rejects.toBeInstanceOf(AppError);
    await expect(broken).rejects.toMatchObject({ params: { reason: expect.stringContaining('CSV 格式有误') } });
  });
});

describe('cellText', () => {
  it('turns what Excel stores into text', () => {
    expect(cellText(140525001001)).toBe('140525001001');
    expect(cellText({ richText: [{ text: '晋城' }, { text: '市 ' }] })).toBe('晋城市');
    expect(cellText({ formula: 'A1', result: 35.5 })).toBe('35.5');
    expect(cellText({ text: '链接', hyperlink: 'http://example.invalid' })).toBe('链接');
    expect(cellText(null)).toBe('');
  });
});

describe('matchColumns', () => {
  it('finds columns by Chinese header despite marks and remarks, or by English key, and lists missing required ones', () => {
    const { index, missing } = matchColumns(PEOPLE_COLUMNS, ['姓名*', ' 手机号（选填）', 'regioncode', '备注']);
    expect(Object.fromEntries(index)).toEqual({ name: 0, mobile: 1, regionCode: 2 });
    expect(missing).toEqual([]);
    expect(matchColumns(PEOPLE_COLUMNS, ['姓名']).missing.map((c) => c.header)).toEqual(['所属区划代码']);
  });
});
