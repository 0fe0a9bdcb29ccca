import { chromium } from '@playwright/test';
const base = process.argv[2];
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const ctx = await b.newContext({ baseURL: base, viewport: { width: 1440, height: 900 } });
const p = await ctx.newPage();
p.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') console.log('console', m.type(), m.text().slice(0, 400)); });
p.on('pageerror', (e) => console.log('pageerror', e.message));
const login = process.argv[3] ?? 'admin';
await p.goto('/sign-in');
await p.getByLabel('账号名或手机号').fill(login);
await p.getByLabel('密码').fill('wrong');
await p.getByRole('button', { name: '登录' }).click();
await p.getByRole('alert').waitFor();
await p.getByLabel('密码').fill('Redline@2026');
await p.getByRole('button', { name: '登录' }).click();
await p.waitForURL(/workbench/);
await p.waitForTimeout(1000);
await p.screenshot({ path: `/tmp/shot-${login}-workbench.png` });
for (const path of ['/regions', '/enterprises', '/accounts', '/nope']) {
  await p.goto(path); await p.waitForTimeout(2500);
  await p.screenshot({ path: `/tmp/shot-${login}-${path.slice(1)}.png` });
  console.log('visited', path);
}
await p.goto('/enterprises');
await p.waitForTimeout(2000);
await p.getByLabel('行业领域').click(); await p.waitForTimeout(500); await p.keyboard.press('Escape');
const first = p.getByRole('table').locator('tbody tr.ant-table-row').first().getByRole('button').first();
if (await first.count()) { await first.click(); await p.waitForTimeout(1500); await p.keyboard.press('Escape'); }
await p.getByRole('button', { name: '账号菜单' }).click(); await p.getByRole('menuitem', { name: '修改密码' }).click();
await p.waitForTimeout(800); await p.keyboard.press('Escape'); await p.waitForTimeout(500);
await p.getByRole('button', { name: 'English' }).click(); await p.waitForTimeout(800);
await p.screenshot({ path: `/tmp/shot-${login}-enterprises-en.png` });
await b.close();
