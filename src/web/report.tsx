import type { z } from "@hono/zod-openapi";
import { type Bilingual, type Lang, pick } from "../api/i18n";
import type { ScenarioSchema } from "../api/scenario-schema";
import type { MeasureRow, Period, Projection, Summary } from "../domain/cashflow/engine";
import { INFLOWS, OUTFLOWS } from "../domain/cashflow/ledger";
import type { ExplainStep } from "../domain/explain";
import { Decimal } from "../domain/money";
import { findMeasure } from "../policy/catalog";
import { Assumptions } from "./assumptions";
import { CashChart, Waterfall, waterfallSteps } from "./charts";
import { cny, minus, percentOf, signedCny, sum } from "./format";
import { GrantsSection } from "./grants-report";
import { href, type Nav } from "./layout";
import { CATEGORY_LABELS, REGIME_LABELS, type Tr, tr } from "./text";
import { FUNDING_SOURCE_LABELS, Verdict } from "./verdict";

/**
 * A measure row as the API reports it: with the measure's short title and its document and clause
 * (from ruleset 2026.12.1, the granting rule when a promoting document lapsed, named in promotedBy).
 */
export type ReportedMeasure = MeasureRow & {
  title: Bilingual;
  source: string;
  promotedBy?: { source: string; validTo: string | null; lapsed: boolean }[];
};

/** The projection as the API returns it (projectionResponse), which is what every page shows. */
export type ReportProjection = Omit<Projection, "measures"> & {
  measures: ReportedMeasure[];
  ruleset: string;
};

/** The report's headline figures, exact strings derived from the API's summary (no floats). */
export function headline(p: ReportProjection) {
  return {
    peakFundingNeed: p.summary.peakFundingNeed,
    peakFundingMonth: p.summary.peakFundingMonth,
    endingCash: p.summary.endingCash,
    totalCost: p.summary.totalCost,
    measuresSave: minus(p.baseline.totalCost, p.summary.totalCost),
    peakFundingReduced: minus(p.baseline.peakFundingNeed, p.summary.peakFundingNeed),
  };
}

function Explain(props: {
  t: Tr;
  /** Our own sentence, where the engine has no explain step for the figure. */
  formula?: string;
  rows: [string, string][];
  steps?: ExplainStep[];
  lang: Lang;
}) {
  const { t } = props;
  return (
    <details class="explain">
      <summary>{t("怎么算的", "How is this computed")}</summary>
      {props.formula ? <p>{props.formula}</p> : null}
      <dl>
        {props.rows.map(([k, v]) => (
          <div>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      {props.steps?.length ? (
        <ol class="steps">
          {props.steps.map((s) => (
            <li>
              {pick(s, props.lang)} <strong>{s.value}</strong>
              {s.source ? <cite> · {s.source}</cite> : null}
            </li>
          ))}
        </ol>
      ) : null}
    </details>
  );
}

function Figure(props: { id: string; label: string; value: string; note?: string; children?: unknown }) {
  return (
    <div class="figure" id={props.id}>
      <p class="label">{props.label}</p>
      <p class="value">
        <data value={props.value}>{cny(props.value)}</data>
      </p>
      {props.note ? <p class="note">{props.note}</p> : null}
      {props.children}
    </div>
  );
}

const summaryRows = (t: Tr, s: Summary): [string, string][] => [
  [t("税费", "Taxes"), cny(s.taxes)],
  [t("汇兑损失", "FX cost"), cny(s.fxCost)],
  [t("银行手续费", "Bank fees"), cny(s.bankFees)],
  [t("套保成本", "Hedging cost"), cny(s.hedgingCost)],
  [t("融资成本", "Financing cost"), cny(s.financingCost)],
];

/** When the most is owed, and how much of it no financing product covers. */
function borrowingNote(p: ReportProjection, lang: Lang): string {
  const t = tr(lang);
  const s = p.summary;
  if (new Decimal(s.peakFinancingOutstanding).isZero()) return t("不需要借款", "no borrowing needed");
  const month = s.peakFinancingMonth ?? s.peakFundingMonth;
  const uncovered = new Decimal(s.peakFundingNeed).isZero()
    ? t("无未覆盖缺口", "no uncovered gap")
    : t(`未覆盖缺口最多 ${cny(s.peakFundingNeed)}`, `uncovered gap up to ${cny(s.peakFundingNeed)}`);
  return month ? t(`在 ${month}；${uncovered}`, `in ${month}; ${uncovered}`) : uncovered;
}

/** How the measures move the most borrowed at once, in words that cannot be misread. */
function borrowingChangeNote(p: ReportProjection, lang: Lang): string {
  const t = tr(lang);
  const change = new Decimal(p.summary.peakFinancingOutstanding).minus(p.baseline.peakFinancingOutstanding);
  if (change.isZero()) return t("最多同时借款不变", "most borrowed at once: unchanged");
  const amount = cny(change.abs().toFixed(2));
  return change.gt(0)
    ? t(`最多同时借款增加 ${amount}`, `most borrowed at once: ${amount} more`)
    : t(`最多同时借款减少 ${amount}`, `most borrowed at once: ${amount} less`);
}

/** What each headline figure needs: the projection, the reader's language and its translator. */
interface FigureProps {
  p: ReportProjection;
  lang: Lang;
  t: Tr;
}

/** The engine's explain steps whose keys match: the part of the explanation a figure stands on. */
function stepsFor(p: ReportProjection, keys: RegExp): ExplainStep[] {
  return p.explain.filter((e) => keys.test(e.key));
}

/** The most borrowed at once, from every source, against the minimum cash and the no-measure case. */
function PeakBorrowingFigure({ p, lang, t, minimumCash }: FigureProps & { minimumCash: string }) {
  const s = p.summary;
  return (
    <Figure
      id="peak"
      label={t("最多同时借款（所有来源）", "Most borrowed at once, all sources")}
      value={s.peakFinancingOutstanding}
      note={borrowingNote(p, lang)}
    >
      <Explain
        t={t}
        lang={lang}
        rows={[
          [t("最低留存现金", "Minimum cash"), cny(minimumCash)],
          ...(s.peakFinancingBySource ?? []).map((x): [string, string] => [
            pick(FUNDING_SOURCE_LABELS[x.product] ?? { zh: x.product, en: x.product }, lang),
            cny(x.amount),
          ]),
          [
            t("没有融资产品覆盖、靠企业授信借入的最多", "Most no financing product covers (own credit line)"),
            cny(s.peakFundingNeed),
          ],
          [t("不用措施时最多同时借款", "Without the measures"), cny(p.baseline.peakFinancingOutstanding)],
        ]}
        steps={stepsFor(p, /^peakFundingNeed$/)}
      />
    </Figure>
  );
}

/** The cash at the end, from the opening cash, the flows and what is still to come in or go out. */
function EndingCashFigure({ p, lang, t }: FigureProps) {
  const s = p.summary;
  return (
    <Figure id="ending" label={t("期末现金", "Ending cash")} value={s.endingCash}>
      <Explain
        t={t}
        lang={lang}
        rows={[
          [t("期初现金", "Opening cash"), cny(p.periods[0]?.openingBalance ?? "0")],
          [t("各月净现金流合计", "Sum of net flows"), signedCny(sum(p.periods.map((x) => x.net)))],
          [t("期末后才收到的货款等", "Still to come in after the horizon"), cny(s.receivablesAfterHorizon)],
          [t("期末后才要付的款项", "Still to pay after the horizon"), cny(s.payablesAfterHorizon)],
        ]}
        steps={stepsFor(p, /^endingCash$/)}
      />
    </Figure>
  );
}

function TotalCostFigure({ p, lang, t }: FigureProps) {
  return (
    <Figure id="cost" label={t("总成本", "Total cost")} value={p.summary.totalCost}>
      <Explain
        t={t}
        lang={lang}
        rows={summaryRows(t, p.summary)}
        steps={stepsFor(p, /^(totalCost|conversion|regime:)/)}
      />
    </Figure>
  );
}

/** What the chosen measures save, or (said as such, never as a negative saving) what they add to cost. */
function MeasuresSaveFigure({ p, lang, t }: FigureProps) {
  const save = headline(p).measuresSave;
  const costs = save.startsWith("-");
  return (
    <Figure
      id="save"
      label={
        costs
          ? t("各项措施合计增加成本", "What the measures add to cost")
          : t("各项措施合计节省", "What the measures save")
      }
      value={costs ? minus("0", save) : save}
      note={borrowingChangeNote(p, lang)}
    >
      <Explain
        t={t}
        lang={lang}
        formula={t(
          "节省 = 不用任何措施的总成本 − 选用措施后的总成本；为负数时，措施合计增加了成本。",
          "Saving = total cost with no measure − total cost with the chosen measures; when negative, the measures add to cost.",
        )}
        rows={[
          [t("不用任何措施的总成本", "Total cost, no measures"), cny(p.baseline.totalCost)],
          [t("选用措施后的总成本", "Total cost, chosen measures"), cny(p.summary.totalCost)],
        ]}
        steps={stepsFor(p, /^measure:/)}
      />
    </Figure>
  );
}

/** The headline figures; `of` names the scenario where a page shows two (landmark names must differ). */
export function Headline({
  p,
  lang,
  minimumCash,
  of,
}: {
  p: ReportProjection;
  lang: Lang;
  minimumCash: string;
  of?: string;
}) {
  const t = tr(lang);
  const figure: FigureProps = { p, lang, t };
  return (
    <section class="headline" aria-label={`${t("主要结果", "Headline figures")}${of ? `：${of}` : ""}`}>
      <PeakBorrowingFigure {...figure} minimumCash={minimumCash} />
      <EndingCashFigure {...figure} />
      <TotalCostFigure {...figure} />
      <MeasuresSaveFigure {...figure} />
    </section>
  );
}

/** The measures table's column heads: what each change compares, and the ending position defined. */
function MeasureTableHead({ t }: { t: Tr }) {
  return (
    <thead>
      <tr>
        <th scope="col">{t("措施", "Measure")}</th>
        <th scope="col">{t("选用", "Chosen")}</th>
        <th scope="col">{t("单独使用：总成本变化", "Alone: total cost")}</th>
        <th scope="col">{t("在所选组合中：总成本变化", "In the chosen set: total cost")}</th>
        <th scope="col">{t("最多借款变化", "Borrowing peak")}</th>
        <th
          scope="col"
          title={t(
            "期末现金加上期后仍将收付的款项，不受测算截止时点影响",
            "Ending cash plus what is still to come in or go out after the horizon: not moved by the cut-off",
          )}
        >
          {t("期末净头寸变化", "Ending position")}
        </th>
        <th scope="col">{t("文件与条款", "Document and clause")}</th>
      </tr>
    </thead>
  );
}

/** One measure's row: its page, whether it applies (and why not), its effects and its source. */
function MeasureTableRow({ r, nav, t }: { r: ReportedMeasure; nav: Nav; t: Tr }) {
  const m = findMeasure(r.measure);
  return (
    <tr class={r.applies ? undefined : "na"}>
      <th scope="row">
        <a href={href(nav, `/measures/${r.measure}`)}>{pick(r.title, nav.lang)}</a>
        {r.applies ? null : (
          <span class="note">
            {" "}
            {r.notApplicable
              ? `${t("不适用：", "Does not apply: ")}${pick(r.notApplicable, nav.lang)}`
              : t("（与本方案无关）", "(does not apply here)")}
          </span>
        )}
      </th>
      <td>{r.chosen ? t("是", "yes") : t("否", "no")}</td>
      <td class="num">{signedCny(r.alone.totalCostChange)}</td>
      <td class="num">{signedCny(r.marginal.totalCostChange)}</td>
      <td class="num">{signedCny(r.marginal.peakFundingNeedChange)}</td>
      <td class="num">{signedCny(r.marginal.endingPositionChange)}</td>
      <td class="src">
        <cite>{r.source}</cite>
        {r.promotedBy ? (
          <PromotedBy promoters={r.promotedBy} t={t} />
        ) : m ? (
          <span class="doc-title"> {m.document.title}</span>
        ) : null}
      </td>
    </tr>
  );
}

export function MeasureTable({ rows, nav }: { rows: ReportedMeasure[]; nav: Nav }) {
  const t = tr(nav.lang);
  return (
    <section class="table-wrap" aria-labelledby="measures-title" tabindex={0}>
      <table class="measures">
        <caption id="measures-title">
          {t(
            "每项措施的效果（变化 = 用了该措施 − 不用；负的成本变化表示节省）",
            "Each measure's effect (change = with it − without it; a negative cost change is a saving)",
          )}
        </caption>
        <MeasureTableHead t={t} />
        <tbody>
          {rows.map((r) => (
            <MeasureTableRow r={r} nav={nav} t={t} />
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** The documents that promoted a measure now cited under its granting rule, with their last day. */
function PromotedBy({ promoters, t }: { promoters: NonNullable<ReportedMeasure["promotedBy"]>; t: Tr }) {
  return (
    <span class="promoted">
      {" "}
      {t("推动文件：", "Promoted by: ")}
      {promoters
        .map((p) =>
          p.lapsed
            ? `${p.source}${t(`（已于 ${p.validTo} 后失效）`, ` (lapsed after ${p.validTo})`)}`
            : p.source,
        )
        .join(t("；", "; "))}
    </span>
  );
}

export function MonthlyTable({ p, lang }: { p: ReportProjection; lang: Lang }) {
  const t = tr(lang);
  return (
    <section class="table-wrap" aria-labelledby="monthly-title" tabindex={0}>
      <table class="monthly">
        <caption id="monthly-title">{t("逐月现金流（元）", "Cash flow by month (CNY)")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("月份", "Month")}</th>
            <th scope="col">{t("期初", "Opening")}</th>
            <th scope="col">{t("流入", "In")}</th>
            <th scope="col">{t("流出", "Out")}</th>
            <th scope="col">{t("借入", "Drawn")}</th>
            <th scope="col">{t("还款及利息", "Repaid + interest")}</th>
            <th scope="col">{t("月末", "Closing")}</th>
            <th scope="col">{t("融资余额", "Financing owed")}</th>
          </tr>
        </thead>
        <tbody>
          {p.periods.map((m) => (
            <MonthRow m={m} />
          ))}
        </tbody>
      </table>
      <FlowCategories lang={lang} />
    </section>
  );
}

/** A month: opening, in, out, drawn, repaid with interest and fees, closing, and financing owed. */
function MonthRow({ m }: { m: Period }) {
  return (
    <tr>
      <th scope="row">{m.month}</th>
      <td class="num">{cny(m.openingBalance)}</td>
      <td class="num">{cny(sum(INFLOWS.map((k) => m.inflows[k])))}</td>
      <td class="num">{cny(sum(OUTFLOWS.map((k) => m.outflows[k])))}</td>
      <td class="num">{cny(m.financing.drawn)}</td>
      <td class="num">{cny(sum([m.financing.repaid, m.financing.interest, m.financing.fees]))}</td>
      <td class="num">{cny(m.closingBalance)}</td>
      <td class="num">{cny(m.financing.outstanding)}</td>
    </tr>
  );
}

/** What "in" and "out" add up (the table sums categories; the CSV has each). */
function FlowCategories({ lang }: { lang: Lang }) {
  const t = tr(lang);
  return (
    <p class="hint">
      {t("流入包括：", "In: ")}
      {INFLOWS.map((k) => pick(CATEGORY_LABELS[k], lang)).join(t("、", ", "))}
      {t("；流出包括：", "; out: ")}
      {OUTFLOWS.map((k) => pick(CATEGORY_LABELS[k], lang)).join(t("、", ", "))}
      {t("。分项见 CSV。", ". Every category is in the CSV.")}
    </p>
  );
}

/** How each product is taxed: one short entry per line (a table is too wide for a phone). */
export function LinesTable({ p, lang }: { p: ReportProjection; lang: Lang }) {
  const t = tr(lang);
  if (!p.lines.length) return null;
  return (
    <dl class="lines">
      {p.lines.map((l) => (
        <div>
          <dt>{l.name}</dt>
          <dd>
            <strong>{REGIME_LABELS[l.regime] ? pick(REGIME_LABELS[l.regime], lang) : l.regime}</strong>
            {t(
              ` · 增值税率 ${percentOf(l.vatRate)}% · 退税率 ${percentOf(l.refundRate)}%`,
              ` · VAT ${percentOf(l.vatRate)}% · refund ${percentOf(l.refundRate)}%`,
            )}
            <br />
            <span class="note">{pick(l.reason, lang)}</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * The waterfall from the cost with no measure to the cost with the chosen ones. From ruleset
 * 2026.12.1 each bar is the measure's step in the projection's attribution (switched on one at a
 * time, dependencies first), so the bars add up with no "interaction" remainder; before, the
 * marginal effects with the remainder shown as its own bar.
 */
export function MeasureWaterfall({ p, nav, id }: { p: ReportProjection; nav: Nav; id: string }) {
  // A bar is a switch's measure or a programme the scenario's grants name (both carry a title and an id).
  const named = new Map<string, { title: Bilingual; measure: string }>([
    ...p.measures.map((m): [string, { title: Bilingual; measure: string }] => [m.switch, m]),
    ...(p.grants ?? []).map((g): [string, { title: Bilingual; measure: string }] => [
      g.programme,
      { title: g.title, measure: g.programme },
    ]),
  ]);
  const bars = p.attribution
    ? p.attribution.steps.map((s) => ({
        m: named.get((s.switch ?? s.programme)!)!,
        change: s.effect.totalCostChange,
      }))
    : p.measures.filter((m) => m.chosen).map((m) => ({ m, change: m.marginal.totalCostChange }));
  const steps = waterfallSteps(
    p.baseline.totalCost,
    p.summary.totalCost,
    bars.map(({ m, change }) => ({
      label: pick(m.title, nav.lang),
      change,
      href: href(nav, `/measures/${m.measure}`),
    })),
    nav.lang,
  );
  return <Waterfall steps={steps} lang={nav.lang} id={id} />;
}

export interface ReportLinks {
  csv: string;
  xlsx: string;
  edit: string;
  compareWithout?: string;
  share: string;
}

/**
 * Explain steps the seller should read in the report itself, as a titled list: the notes on the
 * measures' dates (validity:* and reportedPeriod:*: a promoting document that lapsed and the rules the
 * benefit is computed under after it, or a benefit reported for one year only) and the outward
 * payments' tax filings (filings, filings:*: how many, what netting removes, the payments they
 * precede). All from ruleset 2026.12.1; none when the projection has no such step.
 */
function ExplainNotes(props: {
  p: ReportProjection;
  lang: Lang;
  id: string;
  title: [zh: string, en: string];
  shows: (key: string) => boolean;
}) {
  const notes = props.p.explain.filter((e) => props.shows(e.key));
  if (notes.length === 0) return null;
  return (
    <section class="validity-notes" aria-labelledby={props.id}>
      <h2 id={props.id}>{tr(props.lang)(...props.title)}</h2>
      <ul>
        {notes.map((n) => (
          <li>{pick(n, props.lang)}</li>
        ))}
      </ul>
    </section>
  );
}

const isValidityNote = (key: string) => key.startsWith("validity:") || key.startsWith("reportedPeriod:");
const isFilingNote = (key: string) => key === "filings" || key.startsWith("filings:");

/** The downloads, the way back to the form and to a comparison, printing, and the link to share. */
function ReportActions({ links, t }: { links: ReportLinks; t: Tr }) {
  return (
    <>
      <ul class="actions no-print">
        <li>
          <a href={links.csv} download>
            {t("下载逐月数据（CSV）", "Download monthly figures (CSV)")}
          </a>
        </li>
        <li>
          <a href={links.xlsx} download="cashflow.xlsx">
            {t(
              "下载 Excel 工作簿（逐月、措施、计算说明）",
              "Download the workbook (months, measures, explanation)",
            )}
          </a>
        </li>
        <li>
          <a href={links.edit}>{t("修改数字", "Change the figures")}</a>
        </li>
        {links.compareWithout ? (
          <li>
            <a href={links.compareWithout}>{t("与不用措施对比", "Compare with no measures")}</a>
          </li>
        ) : null}
        <li>
          <button type="button" class="secondary" data-print>
            {t("打印 / 存为 PDF", "Print / save as PDF")}
          </button>
        </li>
      </ul>
      <p class="share no-print">
        <label for="share-url">
          {t("分享链接（包含全部数字）", "Shareable link (carries every figure)")}
        </label>
        <input id="share-url" type="text" readonly value={links.share} />
      </p>
    </>
  );
}

/** A projection's cash by month, marked with its minimum cash and its borrowing peak. */
export function ProjectionCashChart(props: {
  p: ReportProjection;
  minimumCash: string;
  lang: Lang;
  id: string;
}) {
  const { p } = props;
  return (
    <CashChart
      periods={p.periods}
      minimumCash={props.minimumCash}
      peakFundingMonth={p.summary.peakFundingMonth}
      peakFundingNeed={p.summary.peakFundingNeed}
      lang={props.lang}
      id={props.id}
    />
  );
}

/** How the waterfall's bars are found (the attribution, ruleset 2026.12.1 on), so they read as a sum. */
function AttributionMethod({ t }: { t: Tr }) {
  return (
    <p class="hint">
      {t(
        "算法：从不用任何措施开始，把选用的措施逐项加上，依赖别的措施的排在后面（如核定征收在无票免税之后，融资最后）；每项记它在前面各项基础上多带来的变化，各项相加正好等于总变化。负数是节省，正数是增加的成本。",
        "Method: from no measure, the chosen measures are switched on one at a time, a measure that depends on another after it (deemed-profit tax after the no-invoice exemption, financing last); each is credited with what it adds to those before it, so the bars add up to the total exactly. Negative is a saving, positive a cost.",
      )}
    </p>
  );
}

/** The report's two charts: cash by month, and what each measure does to total cost. */
function ReportCharts({
  p,
  nav,
  minimumCash,
  t,
}: {
  p: ReportProjection;
  nav: Nav;
  minimumCash: string;
  t: Tr;
}) {
  return (
    <div class="visuals">
      <section aria-labelledby="chart-title">
        <h2 id="chart-title">{t("每月现金", "Cash by month")}</h2>
        <ProjectionCashChart p={p} minimumCash={minimumCash} lang={nav.lang} id="cash" />
      </section>
      <section aria-labelledby="waterfall-title">
        <h2 id="waterfall-title">{t("每项措施对总成本的影响", "What each measure does to total cost")}</h2>
        <MeasureWaterfall p={p} nav={nav} id="wf" />
        {p.attribution ? <AttributionMethod t={t} /> : null}
      </section>
    </div>
  );
}

export function ReportView(props: {
  p: ReportProjection;
  nav: Nav;
  title: string;
  minimumCash: string;
  links: ReportLinks;
  /** The inputs and the day the report was made, printed with it. */
  input: z.output<typeof ScenarioSchema>;
  made: string;
}) {
  const { p, nav } = props;
  const t = tr(nav.lang);
  return (
    <article class="report">
      <h1>{props.title}</h1>
      <Verdict p={p} lang={nav.lang} />
      <p class="lead print-only">
        {t(
          `${p.periods.length} 个月测算，${p.periods[0]?.month} 起。`,
          `${p.periods.length}-month projection from ${p.periods[0]?.month}.`,
        )}
      </p>
      <Headline p={p} lang={nav.lang} minimumCash={props.minimumCash} />
      <ReportActions links={props.links} t={t} />
      <ReportCharts p={p} nav={nav} minimumCash={props.minimumCash} t={t} />
      <section aria-labelledby="measures-h">
        <h2 id="measures-h">{t("措施与依据", "Measures and their sources")}</h2>
        <MeasureTable rows={p.measures} nav={nav} />
      </section>
      <Assumptions input={props.input} lang={nav.lang} ruleset={p.ruleset} made={props.made} />
      <GrantsSection rows={p.grants} nav={nav} />
      <section aria-labelledby="lines-h" class="page-break">
        <h2 id="lines-h">{t("各产品的税务处理", "How each product is taxed")}</h2>
        <LinesTable p={p} lang={nav.lang} />
      </section>
      <ExplainNotes
        p={p}
        lang={nav.lang}
        id="validity-h"
        title={["文件有效期", "When the documents are in force"]}
        shows={isValidityNote}
      />
      <ExplainNotes
        p={p}
        lang={nav.lang}
        id="filings-h"
        title={["对外支付税务备案", "Tax filings of outward payments"]}
        shows={isFilingNote}
      />
      <section aria-labelledby="monthly-h">
        <h2 id="monthly-h">{t("逐月明细", "Month by month")}</h2>
        <MonthlyTable p={p} lang={nav.lang} />
      </section>
    </article>
  );
}
