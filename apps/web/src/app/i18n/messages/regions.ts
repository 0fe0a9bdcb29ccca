import type { Message } from '@redline/contracts';

const m = (zh: string, en: string): Message => ({ 'zh-CN': zh, en });

export const regionMessages: Record<string, Message> = {
  'regions.tree': m('区划树', 'Region tree'),
  'regions.empty': m('本账号的数据范围内没有行政区划。', "There are no regions in this account's data scope."),
  'regions.pick': m('在左侧区划树中选择一个区划查看详情。', 'Select a region in the tree to see its details.'),
  'regions.detail': m('区划详情', 'Region details'),
  'regions.code': m('区划代码', 'Code'),
  'regions.name': m('名称', 'Name'),
  'regions.level': m('层级', 'Level'),
  'regions.parent': m('上级区划代码', 'Parent code'),
  'regions.zone': m('开发区', 'Development zone'),
  'regions.childCount': m('下级区划数', 'Child regions'),
  'regions.gridCount': m('网格数', 'Grids'),
  'regions.grids': m('网格', 'Grids'),
  'regions.gridCode': m('网格编码', 'Grid code'),
  'regions.gridName': m('网格名称', 'Grid name'),
  'regions.noGrids': m('该村（社区）尚未划分网格。', 'This village has no grids yet.'),
  'regions.loadFailed': m('下级区划加载失败：{message}', 'Could not load the child regions: {message}'),
  'region.level.province': m('省', 'Province'),
  'region.level.city': m('市', 'City'),
  'region.level.county': m('县', 'County'),
  'region.level.town': m('乡镇', 'Town'),
  'region.level.village': m('村', 'Village'),
  'regions.newGrid': m('新建网格', 'New grid'),
  'regions.renameGrid': m('重命名', 'Rename'),
  'regions.renameGridNamed': m('重命名 {name}', 'Rename {name}'),
  'regions.renameGridTitle': m('重命名网格', 'Rename grid'),
  'regions.gridCodeHint': m(
    '字母、数字或连字符，最多 32 位；创建后不能修改。',
    'Letters, digits or hyphens, at most 32; fixed once created.',
  ),
  'regions.gridCreated': m('已新建网格“{name}”。', 'Grid “{name}” created.'),
  'regions.gridRenamed': m('已将网格重命名为“{name}”。', 'Grid renamed to “{name}”.'),
};
