import type { z } from "@hono/zod-openapi";
import type { Lang } from "../api/i18n";
import type { ScenarioSchema } from "../api/scenario-schema";
import { MEASURE_SWITCHES } from "../domain/cashflow/scenario";
import { MEASURE_TITLES } from "../policy/cashflow";
import { CHECK_YOUR_ACCOUNT } from "../policy/marketplace-fees";
import { cny, percentOf } from "./format";
import { costsWithSources, ratesAssumed, typicalAssumed } from "./seller-entries";
import { OVERSEAS_COST_LABELS, type Tr, tr } from "./text";
import { FUNDING_SOURCE_LABELS } from "./verdict";

/**
 * What a printed report rests on: the inputs that decide its figures, the day it was made, the
 * ruleset and the disclaimer. A consultant hands the page out; a reader must be able to tell what
 * was assumed without the web form.
 */

type Scenario = z.output<typeof ScenarioSchema>;

function unitsText(units: number[], t: Tr): string {
  if (units.length === 1 || units.every((u) => u === units[0]))
    return t(`每月 ${units[0]} 件`, `${units[0]} a month`);
  const min = Math.min(...units);
  const max = Math.max(...units);
  return t(`每月 ${min}–${max} 件（按月填写）`, `${min}–${max} a month (month by month)`);
}

type Line = Scenario["productLines"][number];
type Row = [string, string];

/** The rates of a line whose HS code is unknown or not in the table: 13% / 13%, and what that risks. */
function assumedRatesRow(l: Line, t: Tr): Row | undefined {
  const assumed = ratesAssumed(l);
  if (!assumed) return undefined;
  return [
    t(`${l.name}：税率`, `${l.name}: tax rates`),
    (assumed === "unknown-code"
      ? t("未填商品编码", "HS code not known")
      : t(`商品编码 ${l.hsCode} 不在退税率表中`, `HS code ${l.hsCode} is not in the refund-rate table`)) +
      t(
        "：按增值税 13%、出口退税率 13% 估算（财政部 税务总局 海关总署公告2019年第39号起，多数工业制成品征 13%、退 13%）。退税率更低或已取消的商品（如铝材、铜材、光伏、电池），实际退税更少，现金会少于本报告。请向报关行确认编码。",
        ": VAT 13% and export refund 13% assumed (most manufactured goods since MOF/STA/GAC Announcement No. 39 of 2019). Goods with a lower or cancelled refund (aluminium, copper, photovoltaics, batteries) get less back, and cash is lower than shown. Check the code with your customs broker.",
      ),
  ];
}

/** A price or cost equal to the goods' typical figure: said to be an assumption, with its source. */
function typicalFiguresRow(input: Scenario, l: Line, t: Tr): Row | undefined {
  const typical = typicalAssumed(input.fx.rates, l);
  if (!typical) return undefined;
  const g = typical.goods;
  const what = [
    typical.price
      ? t(`售价 ${l.sellingPrice.toFixed()} ${l.currency}`, `price ${l.currency} ${l.sellingPrice.toFixed()}`)
      : "",
    typical.cost ? t(`成本 ¥${l.unitCost.toFixed()}`, `cost ¥${l.unitCost.toFixed()}`) : "",
  ]
    .filter(Boolean)
    .join(t("、", " and "));
  return [
    t(`${l.name}：售价与成本`, `${l.name}: price and cost`),
    t(
      `${what}等于${g.name.zh}的典型值（售价约 ${g.price} ${g.currency}，成本约为售价的 ${percentOf(g.costShare)}%；来源：${g.source}）。这是假设：若是表格代填的，请按您的实际核对修改。`,
      `${what}: equal to the typical figure for ${g.name.en} (price about ${g.currency} ${g.price}, cost about ${percentOf(g.costShare)}% of it; source: ${g.source}). An assumption: if the form filled it in, check it and change it to yours.`,
    ),
  ];
}

/** One overseas cost as computed, with its fee table (dated, sourced) or the assumption behind it. */
function overseasCostText(c: ReturnType<typeof costsWithSources>[number], lang: Lang, t: Tr): string {
  const label = OVERSEAS_COST_LABELS[c.category]?.[lang] ?? c.category;
  if (!c.fee) return `${label} ${c.text}`;
  const source = `${c.fee.source.title}${c.fee.source.url ? ` ${c.fee.source.url}` : ""}`;
  return c.fee.assumption
    ? `${label} ${c.text}${t(`（假设：${c.fee.basis.zh}）`, ` (assumed: ${c.fee.basis.en})`)}`
    : `${label} ${c.text}${t(
        `（费率表：${c.fee.basis.zh}；${c.fee.effectiveFrom ? `${c.fee.effectiveFrom} 起` : "起始日期未载明"}；来源：${source}；${CHECK_YOUR_ACCOUNT.zh}）`,
        ` (fee table: ${c.fee.basis.en}; ${c.fee.effectiveFrom ? `from ${c.fee.effectiveFrom}` : "start date not stated"}; source: ${source}; ${CHECK_YOUR_ACCOUNT.en})`,
      )}`;
}

/** What the form assumed for a line: the rates of an unknown or unlisted code, the fees it filled. */
function lineAssumptions(input: Scenario, l: Line, lang: Lang): Row[] {
  const t = tr(lang);
  const costs = costsWithSources(input.fx.rates, l);
  const costsRow: Row | undefined = costs.length
    ? [
        t(`${l.name}：海外费用`, `${l.name}: overseas costs`),
        costs.map((c) => overseasCostText(c, lang, t)).join(t("；", "; ")),
      ]
    : undefined;
  return [assumedRatesRow(l, t), typicalFiguresRow(input, l, t), costsRow].filter(
    (r): r is Row => r !== undefined,
  );
}

/** The firm in words: manufacturer or trader, VAT status, pilot zone, hedging history. */
function firmText(c: Scenario["company"], t: Tr): string {
  return [
    c.kind === "manufacturer" ? t("生产企业", "manufacturer") : t("外贸企业", "trading company"),
    c.vatPayer === "general"
      ? t("一般纳税人", "general VAT payer")
      : t("小规模纳税人", "small-scale VAT payer"),
    c.pilotZone.registered
      ? t("在综试区注册", "registered in a pilot zone")
      : t("不在综试区注册", "not in a pilot zone"),
    c.firstTimeHedger
      ? t("未做过外汇衍生品", "never hedged with the bank")
      : t("做过外汇衍生品", "has hedged before"),
  ].join(t("，", ", "));
}

/** A product line in words: customs code, units, price, cost and the purchase invoice. */
function lineText(l: Line, t: Tr): string {
  return [
    t(`海关监管方式 ${l.customsCode}`, `customs code ${l.customsCode}`),
    unitsText(([] as number[]).concat(l.monthlyUnits), t),
    t(`售价 ${l.sellingPrice.toFixed()} ${l.currency}`, `price ${l.sellingPrice.toFixed()} ${l.currency}`),
    t(`成本 ¥${l.unitCost.toFixed()}`, `cost ¥${l.unitCost.toFixed()}`),
    l.purchaseInvoice === "none"
      ? t("没有进货发票", "no purchase invoice")
      : l.purchaseInvoice === "special"
        ? t("有增值税专用发票", "special VAT invoice")
        : t("普通发票", "ordinary invoice"),
  ].join(t("，", ", "));
}

/** The financing products chosen and the working-capital loan's rate. */
function financingText(input: Scenario, lang: Lang, t: Tr): string {
  const rate = input.financing.workingCapitalRate.times(100).toFixed();
  return [
    ...input.financing.products.map(
      (p) => (FUNDING_SOURCE_LABELS[p.product] ?? { zh: p.product, en: p.product })[lang],
    ),
    t(`流动资金贷款年利率 ${rate}%`, `working-capital loan at ${rate}% a year`),
  ].join(t("、", ", "));
}

function assumptionRows(input: Scenario, lang: Lang): Row[] {
  const t = tr(lang);
  const chosen = MEASURE_SWITCHES.filter((s) => input.measures[s]).map((s) => MEASURE_TITLES[s][lang]);
  return [
    [
      t("测算期间", "Horizon"),
      t(
        `${input.startDate} 起 ${input.horizonMonths} 个月`,
        `${input.horizonMonths} months from ${input.startDate}`,
      ),
    ],
    [
      t("期初现金 / 最低留存现金", "Opening cash / minimum cash"),
      `${cny(input.openingCash.toFixed(2))} / ${cny(input.minimumCash.toFixed(2))}`,
    ],
    [t("企业", "Firm"), firmText(input.company, t)],
    ...input.productLines.map((l): Row => [l.name, lineText(l, t)]),
    ...input.productLines.flatMap((l) => lineAssumptions(input, l, lang)),
    [
      t("汇率", "Exchange rates"),
      input.fx.rates.map((r) => `${r.currency}/CNY ${r.spot.toFixed()}`).join(t("；", "; ")),
    ],
    [t("融资", "Financing"), financingText(input, lang, t)],
    [t("选用的措施", "Measures chosen"), chosen.length ? chosen.join(t("、", ", ")) : t("无", "none")],
  ];
}

export function Assumptions(props: { input: Scenario; lang: Lang; ruleset: string; made: string }) {
  const t = tr(props.lang);
  return (
    <section aria-labelledby="assumptions-h" class="assumptions">
      <h2 id="assumptions-h">{t("测算依据的假设", "What this projection assumes")}</h2>
      <dl class="lines">
        {assumptionRows(props.input, props.lang).map(([k, v]) => (
          <div>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      <p class="note">
        {t(
          `${props.made} 生成，规则版本 ${props.ruleset}。测算结果仅供规划参考，不构成税务、外汇或融资建议；政策以原文和主管部门的解释为准。`,
          `Made on ${props.made} under ruleset ${props.ruleset}. Estimates for planning, not tax, FX or financing advice; the documents and the authorities' reading of them govern.`,
        )}
      </p>
    </section>
  );
}
