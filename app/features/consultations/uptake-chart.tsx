import { formatNumber } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import type { UptakeGroup } from "./uptake.server";

export const MEASURES = ["invited", "signedIn", "started", "submitted"] as const;

// Dark, distinct fills: each passes 3:1 against white (WCAG 1.4.11) and the legend names them.
const FILLS = { invited: "#26374a", signedIn: "#1a6ab4", started: "#7a4c9e", submitted: "#1f7a3a" };

const BAR = 14;
const GAP = 4;
const LABEL_WIDTH = 220;
const WIDTH = 640;
const PLOT = WIDTH - LABEL_WIDTH - 50;

/** A grouped bar chart of uptake; the table that follows it carries the same numbers. */
export function UptakeChart({
  id,
  heading,
  groups,
}: {
  id: string;
  heading: string;
  groups: UptakeGroup[];
}) {
  const { t, locale } = useTranslation();
  const max = Math.max(1, ...groups.map((g) => g.invited));
  const groupHeight = MEASURES.length * (BAR + GAP) + 16;
  const legendHeight = 28;
  const height = legendHeight + groups.length * groupHeight;
  const label = t("consultations.uptake.chartLabel", { heading });
  return (
    <svg
      role="img"
      aria-labelledby={`${id}-title`}
      aria-label={label}
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      style={{ maxWidth: `${WIDTH}px` }}
    >
      <title id={`${id}-title`}>{label}</title>
      {MEASURES.map((measure, index) => (
        <g key={measure} transform={`translate(${index * 160}, 4)`}>
          <rect width={12} height={12} fill={FILLS[measure]} />
          <text x={16} y={11} fontSize={12} fill="#333">
            {t(`consultations.uptake.${measure}`)}
          </text>
        </g>
      ))}
      {groups.map((group, groupIndex) => {
        const top = legendHeight + groupIndex * groupHeight;
        return (
          <g key={group.key} transform={`translate(0, ${top})`}>
            <text x={0} y={(MEASURES.length * (BAR + GAP)) / 2 + 4} fontSize={12} fill="#333">
              {group.label.length > 32 ? `${group.label.slice(0, 31)}…` : group.label}
            </text>
            {MEASURES.map((measure, index) => {
              const value = group[measure];
              const width = (value / max) * PLOT;
              const y = index * (BAR + GAP);
              return (
                <g key={measure}>
                  <rect
                    x={LABEL_WIDTH}
                    y={y}
                    width={Math.max(width, 1)}
                    height={BAR}
                    fill={FILLS[measure]}
                  />
                  <text x={LABEL_WIDTH + width + 4} y={y + BAR - 3} fontSize={11} fill="#333">
                    {formatNumber(locale, value)}
                  </text>
                </g>
              );
            })}
          </g>
        );
      })}
    </svg>
  );
}
