import { formatNumber } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";

// Dark fill passing 3:1 against white (WCAG 1.4.11); the table beside each chart carries the
// same numbers, so the chart is never the only way to read them.
const FILL = "#1a6ab4";
const BAR = 16;
const GAP = 8;
const LABEL_WIDTH = 240;
const WIDTH = 640;
const PLOT = WIDTH - LABEL_WIDTH - 90;

export interface ChartBar {
  key: string;
  label: string;
  /** the bar's length is value / max */
  value: number;
  /** what is written at the end of the bar */
  text: string;
}

/** A horizontal bar chart as an image with a title; `max` fixes the scale (e.g. 100 for %). */
export function BarChart({
  id,
  label,
  bars,
  max,
}: {
  id: string;
  label: string;
  bars: ChartBar[];
  max?: number;
}) {
  const top = Math.max(1, max ?? 0, ...bars.map((bar) => bar.value));
  const height = bars.length * (BAR + GAP) + GAP;
  return (
    <svg
      role="img"
      aria-labelledby={`${id}-title`}
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      className="results-chart"
    >
      <title id={`${id}-title`}>{label}</title>
      {bars.map((bar, index) => {
        const y = GAP + index * (BAR + GAP);
        const width = (bar.value / top) * PLOT;
        return (
          <g key={bar.key}>
            <text x={0} y={y + BAR - 4} fontSize={12} fill="#333">
              {bar.label.length > 36 ? `${bar.label.slice(0, 35)}…` : bar.label}
            </text>
            <rect x={LABEL_WIDTH} y={y} width={Math.max(width, 1)} height={BAR} fill={FILL} />
            <text x={LABEL_WIDTH + width + 6} y={y + BAR - 4} fontSize={12} fill="#333">
              {bar.text}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** "12,5 %" / "12.5%": a percentage the way the reader's language writes it. */
export function usePercent() {
  const { locale } = useTranslation();
  return (value: number) =>
    new Intl.NumberFormat(locale === "fr" ? "fr-CA" : "en-CA", {
      style: "percent",
      maximumFractionDigits: 1,
    }).format(value / 100);
}

export function useCount() {
  const { locale } = useTranslation();
  return (value: number) => formatNumber(locale, value);
}

/**
 * The colour class of a matrix column by its position among the columns: a light-to-dark
 * sequence whose every shade keeps dark text readable (4.5:1). The text says the answer too.
 */
export function heatClass(position: number, columns: number) {
  if (position < 0) return "heat heat--none";
  const step = columns <= 1 ? 4 : Math.round((position / (columns - 1)) * 4);
  return `heat heat--${step}`;
}
