import { describe, expect, it } from 'vitest';
import { displayInstant, renderEmail, renderNotification } from './render';

describe('notification texts', () => {
  it('shows a deadline (end of a Shanghai day) as its date, and other instants in 24 h Shanghai time', () => {
    expect(displayInstant(new Date('2026-03-12T15:59:59.999Z'))).toBe('2026-03-12');
    expect(displayInstant(new Date('2026-03-12T16:30:00.000Z'))).toBe('2026-03-13 00:30');
    expect(displayInstant(new Date('2026-03-12T06:05:00.000Z'))).toBe('2026-03-12 14:05');
  });

  it('renders each language from the catalogue, with state labels given as @keys', () => {
    const params = {
      number: 'YH-1',
      title: '配电箱未接地',
      deadline: '2026-03-12T15:59:59.999Z',
      state: '@field.name',
    };
    expect(renderNotification('zh-CN', 'NOTIFY.CASE_ASSIGNED', params)).toBe(
      '您有新的待办事项 YH-1「配电箱未接地」，办理期限 2026-03-12。',
    );
    expect(renderNotification('en', 'NOTIFY.CASE_TRANSITION', params)).toBe('Case YH-1 "配电箱未接地" is now: Name.');
    expect(renderNotification('en', 'NOTIFY.NO_SUCH_KEY', params)).toBe('NOTIFY.NO_SUCH_KEY');
  });

  it('makes a one-line zh-CN subject and a body with the footer', () => {
    const mail = renderEmail('NOTIFY.CASE_OVERDUE', {
      number: 'YH-2',
      title: '第一行\n第二行',
      deadline: '2026-03-12',
    });
    expect(mail.subject).toBe('【红线】事项 YH-2「第一行 第二行」已超过办理期限（2026-03-12）。');
    expect(mail.body).toContain('此邮件由红线系统自动发送');
  });
});
