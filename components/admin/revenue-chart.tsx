import { formatCents } from "@/lib/money/format";
import { shortDay } from "@/lib/admin/format";
import type { RevenueDay } from "@/lib/admin/dashboard";

const WIDTH = 760;
const HEIGHT = 220;
const LEFT = 64;
const RIGHT = 8;
const TOP = 12;
const BOTTOM = 28;

/** A round axis maximum above the highest bar: 1, 2 or 5 times a power of ten (in dollars). */
function axisMax(cents: number) {
  if (cents <= 0) return 1000;
  const magnitude = 10 ** Math.floor(Math.log10(cents));
  for (const step of [1, 2, 5, 10]) if (step * magnitude >= cents) return step * magnitude;
  return 10 * magnitude;
}

/** Revenue per day as a server-rendered bar chart, with the same figures as a table for screen readers. */
export function RevenueChart({ days, totalCents }: { days: RevenueDay[]; totalCents: number }) {
  const max = axisMax(Math.max(...days.map((d) => d.cents), 0));
  const plotWidth = WIDTH - LEFT - RIGHT;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const slot = plotWidth / days.length;
  const barWidth = Math.max(2, slot * 0.7);
  const best = days.reduce((top, day) => (day.cents > top.cents ? day : top), days[0]);
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => Math.round(max * f));
  const first = days[0]?.day;
  const last = days.at(-1)?.day;

  return (
    <figure className="rounded-lg border border-stone-200 bg-white p-4">
      <figcaption className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
        <span className="font-semibold text-stone-900">Revenue per day, last {days.length} days (UTC)</span>
        <span className="text-sm text-stone-600">
          Total <strong className="tabular-nums">{formatCents(totalCents)}</strong> · paid orders less refunds
        </span>
      </figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="h-auto w-full" role="img" aria-labelledby="revenue-title revenue-desc">
        <title id="revenue-title">{`Revenue per day from ${first} to ${last}`}</title>
        <desc id="revenue-desc">
          {`Total ${formatCents(totalCents)} over ${days.length} days.` +
            (best && best.cents > 0 ? ` Highest: ${formatCents(best.cents)} on ${shortDay(best.day)}.` : " No revenue in this period.")}
        </desc>
        {ticks.map((tick) => {
          const y = TOP + plotHeight - (tick / max) * plotHeight;
          return (
            <g key={tick}>
              <line x1={LEFT} x2={WIDTH - RIGHT} y1={y} y2={y} stroke="#e7e5e4" strokeWidth={1} />
              <text x={LEFT - 6} y={y + 4} textAnchor="end" fontSize={11} fill="#57534e">
                {formatCents(tick)}
              </text>
            </g>
          );
        })}
        {days.map((day, index) => {
          const height = (day.cents / max) * plotHeight;
          const x = LEFT + index * slot + (slot - barWidth) / 2;
          return (
            <g key={day.day}>
              <rect x={x} y={TOP + plotHeight - height} width={barWidth} height={Math.max(height, day.cents > 0 ? 1 : 0)} rx={2} fill="#3d7a35">
                <title>{`${shortDay(day.day)}: ${formatCents(day.cents)}`}</title>
              </rect>
              {index % 5 === 0 || index === days.length - 1 ? (
                <text x={x + barWidth / 2} y={HEIGHT - 8} textAnchor="middle" fontSize={11} fill="#57534e">
                  {shortDay(day.day)}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer text-stone-600">Revenue by day as a table</summary>
        <table className="mt-2 w-full max-w-sm text-sm">
          <thead>
            <tr>
              <th className="text-left font-semibold">Day (UTC)</th>
              <th className="text-right font-semibold">Revenue</th>
            </tr>
          </thead>
          <tbody>
            {days.map((day) => (
              <tr key={day.day}>
                <td>{day.day}</td>
                <td className="text-right tabular-nums">{formatCents(day.cents)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
