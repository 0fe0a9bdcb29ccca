/**
 * The items a check goes through, from its measure's 检查内容: one per sentence or numbered point (`；`, `。`, a new
 * line, `1.`, `（1）`, `①`), so "液位计读数是否正常；高液位报警是否完好" gives two. A list inside a sentence (`、`) stays one
 * item: "液位计、高液位报警和联锁是否完好" is one question. Without a check content, the measure itself is the item.
 */
export function checkItemsOf(checkContent: string | null | undefined, fallback: string): string[] {
  const items = (checkContent ?? '')
    .split(/[；;。\n]+|\(\d+\)|（\d+）|[①②③④⑤⑥⑦⑧⑨⑩]/)
    .map((s) =>
      s
        .trim()
        .replace(/^\d+[.、．)）]\s*/, '')
        .replace(/[，,]$/, '')
        .trim(),
    )
    .filter(Boolean)
    .map((s) => s.slice(0, 200));
  return items.length ? items : [fallback.slice(0, 200)];
}

/** A run's slot as Beijing local time: `2026-11-22 08:00–16:00`, or both dates when it spans days. */
export function slotText(start: unknown, end: unknown): string {
  if (typeof start !== 'string' || typeof end !== 'string') return '—';
  const [startDate, startTime] = start.split('T');
  const [endDate, endTime] = end.split('T');
  if (!startDate || !startTime || !endDate || !endTime) return '—';
  // A slot ending at the next midnight is that day's, to 24:00.
  const nextMidnight = endTime === '00:00' && endDate > startDate;
  if (endDate === startDate || (nextMidnight && dayAfter(startDate) === endDate)) {
    return `${startDate} ${startTime}–${nextMidnight ? '24:00' : endTime}`;
  }
  return `${startDate} ${startTime} – ${endDate} ${endTime}`;
}

const dayAfter = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
