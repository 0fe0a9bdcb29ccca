import { useI18n } from '../../app/i18n/locale-context';
import type { PlanPoint, RiskMapArea } from './api';
import { fillOf } from './colours';
import styles from './risk-map.module.css';

type Props = {
  src: string;
  alt: string;
  width: number;
  height: number;
  areas: RiskMapArea[];
  selectedId: string | null;
  onSelect: (id: string | null) => void;
  /** While drawing: the corners so far (plan coordinates), and the area being redrawn (hidden meanwhile). */
  drawing: { points: PlanPoint[]; areaId: string | null } | null;
  onAddPoint: (point: PlanPoint) => void;
  onFinish: () => void;
  onCancel: () => void;
  onImageError: () => void;
};

/** Screen pixels within which a click counts as the same point (a double-click's clicks) or as the first point. */
const SAME_POINT_PX = 8;

const centroid = (ring: PlanPoint[]): PlanPoint => {
  const corners = ring.slice(0, -1);
  const n = Math.max(1, corners.length);
  return [corners.reduce((s, p) => s + p[0], 0) / n, corners.reduce((s, p) => s + p[1], 0) / n];
};

/**
 * The site plan with the areas drawn over it in their risk colour (semi-transparent fill, outline, name). An area is
 * selected by a click (or Enter); while drawing, each click on the plan adds a corner, and a double-click, a click on
 * the first corner or the "Done" button closes the outline.
 */
export function PlanCanvas(props: Props) {
  const { t } = useI18n();
  const { width: w, height: h, drawing } = props;
  const unit = Math.max(w, h);
  const toPlan = (event: React.MouseEvent<SVGSVGElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const x = Math.min(1, Math.max(0, (event.clientX - box.left) / box.width));
    const y = Math.min(1, Math.max(0, (event.clientY - box.top) / box.height));
    return { point: [Math.round(x * 10_000) / 10_000, Math.round(y * 10_000) / 10_000] as PlanPoint, box };
  };
  const near = (a: PlanPoint, b: PlanPoint, box: DOMRect) =>
    Math.hypot((a[0] - b[0]) * box.width, (a[1] - b[1]) * box.height) <= SAME_POINT_PX;

  const click = (event: React.MouseEvent<SVGSVGElement>) => {
    if (!drawing) return;
    const { point, box } = toPlan(event);
    const { points } = drawing;
    if (points.length && near(point, points.at(-1)!, box)) return;
    if (points.length >= 3 && near(point, points[0]!, box)) return props.onFinish();
    props.onAddPoint(point);
  };

  const px = (p: PlanPoint) => `${p[0] * w},${p[1] * h}`;
  return (
    <div className={styles.plan} data-drawing={drawing ? 'true' : undefined}>
      <img src={props.src} alt={props.alt} className={styles.planImage} onError={props.onImageError} />
      <svg
        className={styles.overlay}
        viewBox={`0 0 ${w} ${h}`}
        preserveAspectRatio="none"
        onClick={click}
        onDoubleClick={() => drawing && drawing.points.length >= 3 && props.onFinish()}
        onKeyDown={(event) => {
          // While drawing, Enter closes the outline and Escape gives it up.
          if (!drawing) return;
          if (event.key === 'Enter' && drawing.points.length >= 3) props.onFinish();
          if (event.key === 'Escape') props.onCancel();
        }}
        data-testid="risk-map-overlay"
        role="img"
        aria-label={t('riskMap.plan')}
      >
        {props.areas
          .filter((a) => a.id !== drawing?.areaId)
          .map((area) => {
            const selected = area.id === props.selectedId;
            const [cx, cy] = centroid(area.polygon as PlanPoint[]);
            const fill = fillOf(area.level);
            return (
              // biome-ignore lint/a11y/useSemanticElements: an SVG shape cannot be a <button>
              <g
                key={area.id}
                role="button"
                tabIndex={drawing ? -1 : 0}
                aria-label={area.name}
                aria-pressed={selected}
                data-testid="risk-area"
                data-level={area.level ?? 'none'}
                className={drawing ? styles.areaInert : styles.area}
                onClick={(event) => {
                  if (drawing) return;
                  event.stopPropagation();
                  props.onSelect(selected ? null : area.id);
                }}
                onKeyDown={(event) => {
                  if (event.key === 'Enter' || event.key === ' ') props.onSelect(selected ? null : area.id);
                }}
              >
                <polygon
                  points={(area.polygon as PlanPoint[]).map(px).join(' ')}
                  fill={fill}
                  fillOpacity={selected ? 0.7 : 0.5}
                  stroke={selected ? '#111' : fill}
                  strokeWidth={selected ? 3 : 2}
                  vectorEffect="non-scaling-stroke"
                />
                <text
                  x={cx * w}
                  y={cy * h}
                  fontSize={unit / 42}
                  strokeWidth={unit / 320}
                  className={styles.areaLabel}
                  textAnchor="middle"
                  dominantBaseline="middle"
                >
                  {area.name}
                </text>
              </g>
            );
          })}
        {drawing?.points.length ? (
          <g pointerEvents="none" data-testid="risk-map-drawing">
            <polyline
              points={drawing.points.map(px).join(' ')}
              fill="rgba(24, 144, 255, 0.15)"
              stroke="#1677ff"
              strokeWidth={2}
              strokeDasharray="6 4"
              vectorEffect="non-scaling-stroke"
            />
            {drawing.points.map((p, i) => (
              <circle
                // biome-ignore lint/suspicious/noArrayIndexKey: corners are only ever added or removed at the end
                key={i}
                cx={p[0] * w}
                cy={p[1] * h}
                r={unit / (i === 0 ? 120 : 180)}
                fill={i === 0 ? '#fff' : '#1677ff'}
                stroke="#1677ff"
                strokeWidth={2}
                vectorEffect="non-scaling-stroke"
              />
            ))}
          </g>
        ) : null}
      </svg>
    </div>
  );
}
