import { expect, type Locator, type Page, test } from '@playwright/test';
import { watchConsole } from './support/console';
import { saveDocScreen, saveScreen } from './support/screens';
import { signInThroughApi } from './support/sign-in';

/**
 * Organisation admin on the demo data: departments (list, create with sectors, refusals beside the fields), the sector
 * duty map of a county and of the development zone (whose coal mines are the city's), and grids of a village.
 */
const stamp = Date.now().toString(36).slice(-5);

/** Picks options of an antd multiple select inside a dialog: types each, takes the option shown, sees its tag. */
async function chooseMany(page: Page, dialog: Locator, field: Locator, options: string[]) {
  for (const option of options) {
    await field.fill(option);
    await expect(page.getByTitle(option, { exact: true })).toBeVisible(); // the filtered option
    await field.press('Enter');
    await expect(dialog.getByTitle(option, { exact: true })).toBeVisible();
  }
}

async function departmentTotal(page: Page): Promise<string> {
  const total = page.getByText(/^共 \d+ 个部门$/);
  await expect(total).toBeVisible();
  return (await total.textContent()) ?? '';
}

test('the admin creates a department supervising two sectors and finds it in the list', async ({ page }) => {
  const browserConsole = watchConsole(page);
  await signInThroughApi(page, 'admin');
  await page.goto('/departments?regionCode=140525');
  await expect(page.getByRole('row', { name: /泽州县应急管理局/ })).toContainText('危险化学品');
  await saveDocScreen(page, 'departments');

  await page.getByRole('button', { name: '新建部门' }).click();
  const dialog = page.getByRole('dialog', { name: '新建部门' });
  const name = `泽州县林业局${stamp}`;
  await dialog.getByLabel('部门名称').fill(name);
  // The region starts as the list's region filter.
  await expect(dialog.getByText('泽州县', { exact: true })).toBeVisible();
  await chooseMany(page, dialog, dialog.getByLabel('监管行业领域'), ['森林防火', '校车']);
  await dialog.getByText('新建部门').click(); // closes the sector list
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`已新建部门“${name}”。`)).toBeVisible();

  await page.getByLabel('关键字').fill(name);
  await page.getByRole('button', { name: '查询' }).click();
  await expect(page).toHaveURL(/q=/);
  const row = page.getByRole('row', { name: new RegExp(name) });
  await expect(row).toContainText('泽州县');
  await expect(row).toContainText('森林防火');
  await expect(row).toContainText('校车');
  await expect(page.getByRole('row')).toHaveCount(2);

  // Editing keeps the region fixed and renames it.
  await row.getByRole('button', { name: `编辑 ${name}` }).click();
  const edit = page.getByRole('dialog', { name: '编辑部门' });
  await expect(edit.getByLabel('所属区划')).toHaveValue('泽州县（140525）');
  await expect(edit.getByLabel('所属区划')).toBeDisabled();
  await edit.getByLabel('部门名称').fill(`${name}（改）`);
  await edit.getByRole('button', { name: '保存' }).click();
  await expect(edit).toBeHidden();
  await expect(page.getByText(`已保存部门“${name}（改）”。`)).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(`${name}（改）`) })).toContainText('森林防火');
  browserConsole.expectClean();
});

test('a department without a name or with a taken name is refused beside the field, and nothing is created', async ({
  page,
}) => {
  const browserConsole = watchConsole(page);
  await signInThroughApi(page, 'admin');
  await page.goto('/departments?regionCode=140525');
  const before = await departmentTotal(page);

  await page.getByRole('button', { name: '新建部门' }).click();
  const dialog = page.getByRole('dialog', { name: '新建部门' });
  const nameField = dialog.getByLabel('部门名称');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(nameField).toHaveAttribute('aria-invalid', 'true');
  await expect(nameField).toHaveAccessibleDescription('名称为必填项。');
  await expect(dialog.getByText('名称为必填项。')).toBeVisible();
  await expect(dialog).toBeVisible();

  // Typing clears the message; a name the region already has comes back from the server on the same field.
  await nameField.fill('泽州县应急管理局');
  await expect(nameField).not.toHaveAttribute('aria-invalid', 'true');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(nameField).toHaveAccessibleDescription('名称已存在。');
  await expect(dialog.getByText('名称已存在。')).toBeVisible();
  await saveScreen(page, 'department-refused');

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.reload();
  expect(await departmentTotal(page)).toBe(before);
  browserConsole.expectClean();
});

test('the duty map lists who supervises each sector of a county, and what the zone inherits from the city', async ({
  page,
}) => {
  const browserConsole = watchConsole(page);
  await signInThroughApi(page, 'admin');
  await page.goto('/departments?regionCode=140525');
  await page.getByRole('tab', { name: '行业监管职责' }).click();
  await expect(page).toHaveURL(/tab=duties&regionCode=140525$/);

  const duties = page.getByTestId('sector-duties');
  const chemicals = duties.getByRole('row', { name: /危险化学品/ });
  await expect(chemicals).toContainText('泽州县应急管理局');
  await expect(chemicals).toContainText('本级');
  await saveDocScreen(page, 'sector-duties');

  await page.goto('/departments?tab=duties&regionCode=140571');
  const coal = page.getByTestId('sector-duties').getByRole('row', { name: /^煤矿/ });
  await expect(coal).toContainText('晋城市能源局');
  await expect(coal).toContainText('上级：市级（晋城市）');
  browserConsole.expectClean();
});

test('the admin adds a grid to a village and renames it', async ({ page }) => {
  const browserConsole = watchConsole(page);
  await signInThroughApi(page, 'admin');
  await page.goto('/regions?code=140525108001');
  await expect(page.getByTestId('region-detail')).toContainText('巴公社区');

  await page.getByRole('button', { name: '新建网格' }).click();
  const create = page.getByRole('dialog', { name: '新建网格' });
  await expect(create.getByLabel('网格编码')).toHaveValue(/^140525108001-\d{2,}$/);
  const code = await create.getByLabel('网格编码').inputValue();
  await create.getByLabel('网格名称').fill(`巴公社区新网格${stamp}`);
  await create.getByRole('button', { name: '保存' }).click();
  await expect(create).toBeHidden();
  const row = page.getByRole('row', { name: new RegExp(code) });
  await expect(row).toContainText(`巴公社区新网格${stamp}`);

  await row.getByRole('button', { name: `重命名 巴公社区新网格${stamp}` }).click();
  const rename = page.getByRole('dialog', { name: '重命名网格' });
  await expect(rename.getByLabel('网格编码')).toBeDisabled();
  await rename.getByLabel('网格名称').fill(`巴公社区第九网格${stamp}`);
  await rename.getByRole('button', { name: '保存' }).click();
  await expect(rename).toBeHidden();
  await expect(row).toContainText(`巴公社区第九网格${stamp}`);
  await saveScreen(page, 'region-grids-edit');
  browserConsole.expectClean();
});

test('an inspector sees departments and the duty map of his county but may not edit them or grids', async ({
  page,
}) => {
  const browserConsole = watchConsole(page);
  await signInThroughApi(page, 'inspector');
  await page.goto('/workbench');
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '部门', exact: true }).click();
  await expect(page.getByRole('row', { name: /泽州县应急管理局/ })).toBeVisible();
  await expect(page.getByRole('button', { name: '新建部门' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^编辑/ })).toHaveCount(0);

  // The duty map opens on the account's own region.
  await page.getByRole('tab', { name: '行业监管职责' }).click();
  await expect(page.getByTestId('sector-duties').getByRole('row', { name: /危险化学品/ })).toContainText(
    '泽州县应急管理局',
  );

  await page.goto('/regions?code=140525108001');
  await expect(page.getByTestId('region-detail')).toContainText('巴公社区');
  await expect(page.getByRole('row', { name: /巴公社区第1网格/ })).toBeVisible();
  await expect(page.getByRole('button', { name: '新建网格' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^重命名/ })).toHaveCount(0);
  browserConsole.expectClean();
});

test('the departments list fits a phone', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await signInThroughApi(page, 'safety');
  await page.goto('/departments');
  await expect(page.getByRole('button', { name: '新建部门' })).toBeVisible();
  await expect(page.getByRole('row', { name: /晋城市应急管理局/ })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await saveScreen(page, 'departments-375');
});
