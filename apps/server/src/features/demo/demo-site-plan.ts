import sharp from 'sharp';

export type PlanBox = { name: string; x: number; y: number; width: number; height: number };
export type DemoSitePlan = { png: Buffer; width: number; height: number; boxes: PlanBox[] };

const WIDTH = 1600;
const HEIGHT = 1000;
/** The fence, inside the image's border; the title sits above it. */
const FENCE = { x: 60, y: 110, width: WIDTH - 120, height: HEIGHT - 170 };
const ROAD = 56;
const FONT = "'WenQuanYi Zen Hei', 'Noto Sans CJK SC', sans-serif";
const FILLS = ['#e8eef5', '#eef3e6', '#f5efe4', '#efe9f4', '#e6f2f1', '#f4e9e9'];

const escapeXml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * The buildings of a made-up plant, one per name, laid out in a grid inside the fence with roads between them
 * (pixel boxes of the plan).
 */
function grid(count: number) {
  const columns = Math.max(1, Math.ceil(Math.sqrt(count * 1.6)));
  const rows = Math.max(1, Math.ceil(count / columns));
  return { columns, rows, cellWidth: (FENCE.width - ROAD) / columns, cellHeight: (FENCE.height - ROAD) / rows };
}

export function layoutBuildings(names: readonly string[]): PlanBox[] {
  const { columns, cellWidth, cellHeight } = grid(names.length);
  return names.map((name, i) => ({
    name,
    x: Math.round(FENCE.x + ROAD + (i % columns) * cellWidth),
    y: Math.round(FENCE.y + ROAD + Math.floor(i / columns) * cellHeight),
    width: Math.round(cellWidth - ROAD),
    height: Math.round(cellHeight - ROAD),
  }));
}

/** The roads' centre lines, dashed white, between the buildings. */
function roads(count: number): string {
  const { columns, rows, cellWidth, cellHeight } = grid(count);
  const line = (x1: number, y1: number, x2: number, y2: number) =>
    `<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" stroke="#ffffff" stroke-width="3" stroke-dasharray="24 16"/>`;
  const xs = Array.from({ length: columns + 1 }, (_, k) => FENCE.x + ROAD / 2 + k * cellWidth);
  const ys = Array.from({ length: rows + 1 }, (_, k) => FENCE.y + ROAD / 2 + k * cellHeight);
  return [
    ...xs.map((x) => line(x, FENCE.y + ROAD / 2, x, FENCE.y + FENCE.height - ROAD / 2)),
    ...ys.map((y) => line(FENCE.x + ROAD / 2, y, FENCE.x + FENCE.width - ROAD / 2, y)),
  ].join('');
}

function building(box: PlanBox, i: number): string {
  const size = Math.max(16, Math.min(30, Math.floor((box.width * 0.8) / Math.max(1, box.name.length))));
  return [
    `<rect x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" fill="${FILLS[i % FILLS.length]}" stroke="#5b6b7d" stroke-width="3"/>`,
    // Near the top: the map writes the area's name in the middle.
    `<text x="${box.x + box.width / 2}" y="${box.y + size + 12}" font-size="${size}" font-family="${FONT}" fill="#253140" text-anchor="middle">${escapeXml(box.name)}</text>`,
  ].join('');
}

/**
 * A simple site plan (厂区平面图) as a PNG: fence, roads, the gate and one labelled building per analysis object,
 * drawn from an SVG by sharp (Chinese labels in WenQuanYi Zen Hei). Answers the buildings' boxes in pixels.
 */
export async function drawSitePlan(title: string, names: readonly string[]): Promise<DemoSitePlan> {
  const boxes = layoutBuildings(names);
  const gateX = FENCE.x + FENCE.width / 2;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}">
  <rect width="100%" height="100%" fill="#ffffff"/>
  <text x="${WIDTH / 2}" y="64" font-size="40" font-family="${FONT}" fill="#1f2933" text-anchor="middle">${escapeXml(title)}</text>
  <rect x="${FENCE.x}" y="${FENCE.y}" width="${FENCE.width}" height="${FENCE.height}" fill="#d9dde2" stroke="#3b4754" stroke-width="6" stroke-dasharray="18 8"/>
  ${roads(names.length)}
  ${boxes.map(building).join('\n  ')}
  <rect x="${gateX - 60}" y="${FENCE.y + FENCE.height - 6}" width="120" height="12" fill="#ffffff"/>
  <text x="${gateX}" y="${FENCE.y + FENCE.height + 40}" font-size="28" font-family="${FONT}" fill="#1f2933" text-anchor="middle">大门</text>
  <text x="${WIDTH - 90}" y="80" font-size="28" font-family="${FONT}" fill="#1f2933" text-anchor="middle">N ↑</text>
</svg>`;
  const png = await sharp(Buffer.from(svg)).png().toBuffer();
  return { png, width: WIDTH, height: HEIGHT, boxes };
}
