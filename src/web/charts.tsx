import { scaleBand, scaleLinear } from "d3-scale";
import { line } from "d3-shape";
import type { Child } from "hono/jsx";
import type { Lang } from "../api/i18n";
import type { Period } from "../domain/cashflow/engine";
import { cny, minus, signedCny, sum } from "./format";
import { type Tr, tr } from "./text";

/**
 * Server-rendered SVG charts. Figures arrive as reported decimal strings; they become floats here
 * only to place pixels. Everything that distinguishes a series is a line style or a fill pattern
 * as well as a shade, so the charts read the same printed in black and white.
 */

/** Chart axis label: compact (万 / k / M), for orientation only; exact figures are in the tables. */
function axisLabel(value: number, lang: Lang): string {
  const round = (x: number) => String(Number(x.toFixed(2)));
  const abs = Math.abs(value);
  if (lang === "zh") return abs >= 1e4 ? `${round(value / 1e4)}万` : round(value);
  if (abs >= 1e6) return `${round(value / 1e6)}M`;
  return abs >= 1e3 ? `${round(value / 1e3)}k` : round(value);
}

/** Fill patterns shared by both charts (ids are unique per chart via the prefix). */
function Patterns({ id }: { id: string }) {
  return (
    <defs>
      <pattern
        id={`${id}-hatch`}
        width="4"
        height="4"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <rect width="4" height="4" fill="#fff" />
        <line x1="0" y1="0" x2="0" y2="4" stroke="#333" stroke-width="1.6" />
      </pattern>
      <pattern id={`${id}-dots`} width="4" height="4" patternUnits="userSpaceOnUse">
        <rect width="4" height="4" fill="#fff" />
        <circle cx="2" cy="2" r="1" fill="#333" />
      </pattern>
    </defs>
  );
}

export interface CashChartProps {
  periods: Period[];
  minimumCash: string;
  peakFundingMonth: string | null;
  peakFundingNeed: string;
  lang: Lang;
  /** Distinguishes two charts on one page (the comparison). */
  id: string;
}

const W = 400;
const H = 240;
/** The zoomed panel of the tight months: as wide, less tall. */
const ZOOM_H = 170;
const M = { top: 14, right: 8, bottom: 26, left: 44 };

/** The chart's series as numbers (floats only to place pixels) and the months they belong to. */
export interface CashSeries {
  periods: Period[];
  closing: number[];
  /** Closing cash less the financing owed: the cash the plan would have without borrowing. */
  unfunded: number[];
  net: number[];
  minimum: number;
}

export function cashSeries(periods: Period[], minimumCash: string): CashSeries {
  return {
    periods,
    closing: periods.map((p) => Number(p.closingBalance)),
    unfunded: periods.map((p) => Number(minus(p.closingBalance, p.financing.outstanding))),
    net: periods.map((p) => Number(p.net)),
    minimum: Number(minimumCash),
  };
}

/** Scales for the months `from`..`to` (inclusive) of the series, over the values given. */
function scalesFor(s: CashSeries, from: number, to: number, values: number[], height: number) {
  const months = s.periods.slice(from, to + 1).map((p) => p.month);
  const y = scaleLinear()
    .domain([Math.min(...values), Math.max(...values)])
    .nice(5)
    .range([height - M.bottom, M.top]);
  const x = scaleBand<string>()
    .domain(months)
    .range([M.left, W - M.right])
    .paddingInner(0.2);
  const mid = (month: string) => (x(month) ?? 0) + x.bandwidth() / 2;
  const path = (series: number[]) =>
    line<number>()
      .x((_, i) => mid(months[i]))
      .y((v) => y(v))(series.slice(from, to + 1)) ?? "";
  return { y, x, mid, path, months, height };
}

type Scales = ReturnType<typeof scalesFor>;

/** Horizontal grid lines with compact labels, the zero line darker, and about six month labels. */
function CashAxes({ sc, lang }: { sc: Scales; lang: Lang }) {
  const every = Math.max(1, Math.ceil(sc.months.length / 6));
  return (
    <g class="axis">
      {sc.y.ticks(5).map((v) => (
        <g>
          <line
            x1={M.left}
            x2={W - M.right}
            y1={sc.y(v)}
            y2={sc.y(v)}
            stroke={v === 0 ? "#222" : "#ccc"}
            stroke-width={v === 0 ? 1 : 0.5}
          />
          <text x={M.left - 4} y={sc.y(v) + 4} text-anchor="end">
            {axisLabel(v, lang)}
          </text>
        </g>
      ))}
      {sc.months.map((month, i) =>
        i % every === 0 ? (
          <text x={sc.mid(month)} y={sc.height - M.bottom + 14} text-anchor="middle">
            {month}
          </text>
        ) : null,
      )}
    </g>
  );
}

/** One bar per month from zero: grey for a net inflow, hatched for a net outflow. */
function NetFlowBars({ s, sc, id, lang }: { s: CashSeries; sc: Scales; id: string; lang: Lang }) {
  const t = tr(lang);
  return (
    <g class="bars">
      {s.periods.map((p, i) => (
        <rect
          x={sc.x(p.month)}
          width={sc.x.bandwidth()}
          y={Math.min(sc.y(s.net[i]), sc.y(0))}
          height={Math.max(0.5, Math.abs(sc.y(s.net[i]) - sc.y(0)))}
          fill={s.net[i] < 0 ? `url(#${id}-hatch)` : "#9a9a9a"}
          stroke="#333"
          stroke-width="0.5"
        >
          <title>{`${p.month} ${t("净现金流", "net flow")} ${cny(p.net)}`}</title>
        </rect>
      ))}
    </g>
  );
}

/** The minimum cash (dotted), the cash before financing (dashed) and the closing cash (solid). */
function CashLines({ s, sc }: { s: CashSeries; sc: Scales }) {
  return (
    <g class="lines">
      <line
        x1={M.left}
        x2={W - M.right}
        y1={sc.y(s.minimum)}
        y2={sc.y(s.minimum)}
        stroke="#000"
        stroke-width="1.2"
        stroke-dasharray="1 3"
        stroke-linecap="round"
      />
      <path d={sc.path(s.unfunded)} fill="none" stroke="#555" stroke-width="1.5" stroke-dasharray="5 3" />
      <path d={sc.path(s.closing)} fill="none" stroke="#000" stroke-width="2" />
    </g>
  );
}

/** A dashed rule at the month of the peak need, and a triangle under the cash before financing. */
function PeakMarker(props: { s: CashSeries; sc: Scales; peak: Period; need: string; lang: Lang }) {
  const { sc, peak } = props;
  const t = tr(props.lang);
  const x = sc.mid(peak.month);
  return (
    <g class="peak">
      <line
        x1={x}
        x2={x}
        y1={M.top}
        y2={sc.height - M.bottom}
        stroke="#000"
        stroke-width="0.8"
        stroke-dasharray="2 2"
      />
      <path d={`M${x},${sc.y(props.s.unfunded[peak.index]) + 2} l-5,9 h10 z`} fill="#000">
        <title>{`${t("融资需求峰值", "Peak funding need")} ${cny(props.need)} (${peak.month})`}</title>
      </path>
    </g>
  );
}

/** One legend entry: a small drawing of the series' style, then its name. */
function LegendEntry({ label, children }: { label: string; children: Child }) {
  return (
    <li>
      <svg width="24" height="10" aria-hidden="true">
        {children}
      </svg>
      {label}
    </li>
  );
}

/** The legend: each series' line style or fill, as in the chart. */
function CashLegend({ id, peak, lang }: { id: string; peak: Period | undefined; lang: Lang }) {
  const t = tr(lang);
  return (
    <ul class="legend">
      <LegendEntry label={t("月末现金", "Closing cash")}>
        <line x1="0" x2="24" y1="5" y2="5" stroke="#000" stroke-width="2" />
      </LegendEntry>
      <LegendEntry label={t("不借款时的现金", "Cash before financing")}>
        <line x1="0" x2="24" y1="5" y2="5" stroke="#555" stroke-width="1.5" stroke-dasharray="5 3" />
      </LegendEntry>
      <LegendEntry label={t("最低留存现金", "Minimum cash")}>
        <line
          x1="0"
          x2="24"
          y1="5"
          y2="5"
          stroke="#000"
          stroke-width="1.2"
          stroke-dasharray="1 3"
          stroke-linecap="round"
        />
      </LegendEntry>
      <LegendEntry label={t("每月净现金流（斜线为负）", "Net flow (hatched = negative)")}>
        <rect width="10" height="10" fill="#9a9a9a" />
        <rect x="13" width="10" height="10" fill={`url(#${id}-hatch)`} stroke="#333" stroke-width="0.5" />
      </LegendEntry>
      {peak ? (
        <LegendEntry label={t(`融资需求峰值 ${peak.month}`, `Peak funding need ${peak.month}`)}>
          <path d="M12,0 l-5,9 h10 z" fill="#000" />
        </LegendEntry>
      ) : null}
    </ul>
  );
}

/**
 * The months when the cash before financing falls below the minimum, one month either side: the
 * window a zoomed panel shows. None when no month is short, or when the whole chart already shows
 * them at a readable height (their values span more than a third of its scale).
 */
export function tightWindow(s: CashSeries): { from: number; to: number; values: number[] } | undefined {
  const short = s.unfunded.flatMap((v, i) => (v < s.minimum ? [i] : []));
  if (!short.length) return undefined;
  const from = Math.max(0, short[0] - 1);
  const to = Math.min(s.periods.length - 1, short[short.length - 1] + 1);
  const values = [...s.closing.slice(from, to + 1), ...s.unfunded.slice(from, to + 1), s.minimum, 0];
  const all = [...s.closing, ...s.unfunded, ...s.net, s.minimum, 0];
  const span = (xs: number[]) => Math.max(...xs) - Math.min(...xs);
  return span(values) * 3 < span(all) ? { from, to, values } : undefined;
}

type TightWindow = NonNullable<ReturnType<typeof tightWindow>>;

/** The month in the window when the cash before financing is lowest, and that cash in words. */
function lowestInWindow(s: CashSeries, window: TightWindow) {
  const inWindow = s.unfunded.slice(window.from, window.to + 1);
  const index = window.from + inWindow.indexOf(Math.min(...inWindow));
  const period = s.periods[index];
  return { index, period, text: cny(minus(period.closingBalance, period.financing.outstanding)) };
}

type Lowest = ReturnType<typeof lowestInWindow>;

/** The lowest cash before financing, written beside its point on the side with room for it. */
function LowestLabel({ s, sc, lowest, t }: { s: CashSeries; sc: Scales; lowest: Lowest; t: Tr }) {
  const x = sc.mid(lowest.period.month);
  return (
    <text
      x={x > W / 2 ? x - 9 : x + 9}
      y={sc.y(s.unfunded[lowest.index]) - 6}
      text-anchor={x > W / 2 ? "end" : "start"}
      font-weight="700"
      stroke="#fff"
      stroke-width="3"
      paint-order="stroke"
    >
      {`${t("不借款时最低", "lowest before financing")} ${lowest.text}`}
    </text>
  );
}

/** The zoomed panel in words: what its months show (for screen readers) and why it is enlarged. */
function tightMonthsWords(s: CashSeries, window: TightWindow, lowest: Lowest, t: Tr) {
  const [first, last] = [s.periods[window.from].month, s.periods[window.to].month];
  const [low, lowText] = [lowest.period.month, lowest.text];
  return {
    desc: t(
      `${first} 至 ${last}：不借款时的现金低于最低留存现金，最低在 ${low}，为 ${lowText}。`,
      `${first} to ${last}: cash before financing is below the minimum; it is lowest in ${low}, at ${lowText}.`,
    ),
    caption: t(
      `放大 ${first} 至 ${last}：这几个月不借款时现金低于最低留存，在上图的整体刻度下几乎贴着零线。`,
      `${first} to ${last} enlarged: cash before financing is below the minimum in these months, which the full scale above flattens against zero.`,
    ),
  };
}

/** The tight months on their own scale, the lowest cash before financing labelled with its value. */
function TightMonths(props: {
  s: CashSeries;
  peak: Period | undefined;
  need: string;
  lang: Lang;
  id: string;
}) {
  const { s, lang, id, peak } = props;
  const t = tr(lang);
  const window = tightWindow(s);
  if (!window) return null;
  const sc = scalesFor(s, window.from, window.to, window.values, ZOOM_H);
  const lowest = lowestInWindow(s, window);
  const words = tightMonthsWords(s, window, lowest, t);
  return (
    <figure class="chart-zoom">
      <svg
        viewBox={`0 0 ${W} ${ZOOM_H}`}
        width={W}
        height={ZOOM_H}
        role="img"
        aria-labelledby={`${id}-zoom-title ${id}-zoom-desc`}
        font-size="11"
      >
        <title id={`${id}-zoom-title`}>
          {t("现金最紧的几个月（放大）", "The tightest months, enlarged")}
        </title>
        <desc id={`${id}-zoom-desc`}>{words.desc}</desc>
        <CashAxes sc={sc} lang={lang} />
        <CashLines s={s} sc={sc} />
        {peak && peak.index >= window.from && peak.index <= window.to ? (
          <PeakMarker s={s} sc={sc} peak={peak} need={props.need} lang={lang} />
        ) : null}
        <LowestLabel s={s} sc={sc} lowest={lowest} t={t} />
      </svg>
      <figcaption class="note">{words.caption}</figcaption>
    </figure>
  );
}

/** Monthly cash: closing balance, balance before financing, minimum cash, net-flow bars, peak need. */
export function CashChart(props: CashChartProps) {
  const t = tr(props.lang);
  const { periods, id, lang } = props;
  const s = cashSeries(periods, props.minimumCash);
  const sc = scalesFor(s, 0, periods.length - 1, [...s.closing, ...s.unfunded, ...s.net, s.minimum, 0], H);
  const peak = periods.find((p) => p.month === props.peakFundingMonth);
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  return (
    <>
      <figure class="chart">
        <svg
          viewBox={`0 0 ${W} ${H}`}
          width={W}
          height={H}
          role="img"
          aria-labelledby={`${titleId} ${descId}`}
          font-size="11"
        >
          <title id={titleId}>{t("每月现金余额", "Monthly cash balance")}</title>
          <desc id={descId}>
            {t(
              `${periods.length} 个月的月末现金（实线）、不借款时的现金（虚线）、最低留存现金（点线）和每月净现金流（柱，负数为斜线）。`,
              `Closing cash over ${periods.length} months (solid), cash before financing (dashed), minimum cash (dotted) and monthly net flow (bars, hatched when negative).`,
            )}
            {peak ? t(` 融资需求峰值在 ${peak.month}。`, ` Peak funding need in ${peak.month}.`) : ""}
          </desc>
          <Patterns id={id} />
          <CashAxes sc={sc} lang={lang} />
          <NetFlowBars s={s} sc={sc} id={id} lang={lang} />
          <CashLines s={s} sc={sc} />
          {peak ? <PeakMarker s={s} sc={sc} peak={peak} need={props.peakFundingNeed} lang={lang} /> : null}
        </svg>
        <figcaption>
          <CashLegend id={id} peak={peak} lang={lang} />
        </figcaption>
      </figure>
      <TightMonths s={s} peak={peak} need={props.peakFundingNeed} lang={lang} id={id} />
    </>
  );
}

export interface WaterfallStep {
  label: string;
  /** A running total (bar from zero) or a change (bar from the previous total). */
  kind: "total" | "change";
  value: string;
  href?: string;
}

/**
 * Baseline total cost -> each chosen measure's marginal effect -> an interaction remainder ->
 * the chosen total cost. Marginal effects need not add up when measures interact; the remainder
 * makes the bars add up exactly instead of hiding the difference.
 */
export function waterfallSteps(
  baselineCost: string,
  chosenCost: string,
  effects: { label: string; change: string; href?: string }[],
  lang: Lang,
): WaterfallStep[] {
  const t = tr(lang);
  const steps: WaterfallStep[] = [
    { label: t("不用任何措施的总成本", "Total cost, no measures"), kind: "total", value: baselineCost },
  ];
  let running = baselineCost;
  for (const e of effects) {
    steps.push({ label: e.label, kind: "change", value: e.change, href: e.href });
    running = sum([running, e.change]);
  }
  const remainder = minus(chosenCost, running);
  if (remainder !== "0.00") {
    steps.push({
      label: t("措施之间的相互影响", "Interaction between the measures"),
      kind: "change",
      value: remainder,
    });
  }
  steps.push({
    label: t("选用措施后的总成本", "Total cost, chosen measures"),
    kind: "total",
    value: chosenCost,
  });
  return steps;
}

/**
 * Where each step's bar runs on one horizontal scale (0..100): totals from zero, changes from the
 * running total. Measures move a total of millions by thousands: from zero the changes would be
 * invisible, so the axis starts near the smallest total instead (`zoomed`), and the caption says so.
 */
function waterfallScale(steps: WaterfallStep[]) {
  const ends: number[] = [];
  let running = 0;
  const spans = steps.map((s) => {
    const v = Number(s.value);
    const from = s.kind === "total" ? 0 : running;
    const to = s.kind === "total" ? v : running + v;
    running = to;
    if (s.kind === "change") ends.push(from);
    ends.push(to);
    return { from, to };
  });
  const lo = Math.min(...ends);
  const hi = Math.max(...ends);
  const spread = hi - lo;
  const zoomed = lo > 0 && spread > 0 && lo > spread * 3;
  const x = scaleLinear()
    .domain(zoomed ? [lo - spread * 0.5, hi + spread * 0.05] : [Math.min(0, lo), Math.max(0, hi)])
    .nice()
    .range([1, 99]);
  return { spans, x, zoomed, start: x.domain()[0] };
}

type WaterfallScale = ReturnType<typeof waterfallScale>;

/** One step: its label (a link to the measure), its figure, and its bar (a total cut short when zoomed). */
function WaterfallRow({
  step,
  i,
  scale,
  id,
}: {
  step: WaterfallStep;
  i: number;
  scale: WaterfallScale;
  id: string;
}) {
  const { x, start } = scale;
  const span = scale.spans[i];
  const a = step.kind === "total" ? Math.max(span.from, start) : span.from;
  const b = span.to;
  const left = x(Math.min(a, b));
  const width = Math.max(0.4, Math.abs(x(b) - x(a)));
  const fill =
    step.kind === "total" ? "#555" : Number(step.value) < 0 ? `url(#${id}-hatch)` : `url(#${id}-dots)`;
  return (
    <li class={step.kind}>
      <span class="wf-label">{step.href ? <a href={step.href}>{step.label}</a> : step.label}</span>
      <data class="wf-value" value={step.value}>
        {step.kind === "total" ? cny(step.value) : signedCny(step.value)}
      </data>
      <svg class="wf-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
        <rect
          x={left}
          width={width}
          y="1"
          height="8"
          fill={fill}
          stroke="#222"
          stroke-width="0.3"
          vector-effect="non-scaling-stroke"
        />
      </svg>
    </li>
  );
}

/** The waterfall as rows: a readable HTML label and figure, and an SVG bar placed on one scale. */
export function Waterfall({ steps, lang, id }: { steps: WaterfallStep[]; lang: Lang; id: string }) {
  const t = tr(lang);
  const scale = waterfallScale(steps);
  return (
    <figure class="waterfall" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>
        {t(
          "总成本的瀑布图：每项措施省下（负数）或增加的成本",
          "Total cost waterfall: what each measure saves (negative) or adds",
        )}
        {scale.zoomed
          ? t(
              `。为看清各项变化，横轴从 ${cny(scale.start.toFixed(2))} 起，不从零开始（总成本条被截短）。`,
              `. To show the changes, the axis starts at ${cny(scale.start.toFixed(2))}, not zero (total bars are cut short).`,
            )
          : ""}
      </figcaption>
      <svg width="0" height="0" aria-hidden="true" class="defs">
        <Patterns id={id} />
      </svg>
      <ol>
        {steps.map((step, i) => (
          <WaterfallRow step={step} i={i} scale={scale} id={id} />
        ))}
      </ol>
    </figure>
  );
}
