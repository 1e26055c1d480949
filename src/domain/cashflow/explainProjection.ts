import type { ExplainStep } from "../explain";
import { fenText } from "../fixed";
import { WAIVER_READING_TEXT } from "../fx/waiverReadings";
import { Decimal, fen, fixed } from "../money";
import type { Regime } from "../tax/rules";
import type { CashflowRules } from "./inputs";
import type { Category } from "./ledger";
import { horizonOf, lapseStep, reportedPeriodStep } from "./measureValidity";
import type { LineFacts, Operations } from "./operations";
import { reportedTotals } from "./reconciled";
import type { MeasureRow, Summary } from "./report";
import type { Run } from "./runs";
import type { Scenario } from "./scenario";

const REGIME_NAMES: Record<Regime, { zh: string; en: string }> = {
  "exempt-credit-refund": { zh: "免抵退税", en: "exempt-credit-refund" },
  "exempt-refund": { zh: "免退税", en: "exempt-refund" },
  exempt: { zh: "免税（不退税）", en: "exempt without refund" },
  "taxed-as-domestic": { zh: "视同内销征税", en: "taxed as a domestic sale" },
};

/** How the hedged part of each receipt was converted and what the hedge cost; none when unhedged. */
function hedgingStep(
  scenario: Scenario,
  summary: Summary,
  measures: MeasureRow[],
  rules: CashflowRules,
): ExplainStep | null {
  const { hedge } = scenario.fx;
  if (hedge.strategy === "none" || hedge.ratio.isZero()) return null;
  return hedge.strategy === "forward"
    ? forwardStep(scenario, summary)
    : putStep(scenario, summary, measures, rules);
}

/** Receipts sold forward at the covered-parity forward. */
function forwardStep(scenario: Scenario, summary: Summary): ExplainStep {
  const { hedge, rates } = scenario.fx;
  const ratio = percent(hedge.ratio.toString());
  const dayCounts = Object.fromEntries(rates.map((r) => [`dayCount.${r.currency}`, r.dayCount]));
  return {
    key: "hedging",
    zh: `每笔收款的 ${ratio} 按远期汇率结汇：远期汇率由抛补利率平价计算（人民币利率 ACT/365F，外币利率按其计息惯例），期限为出货到收款的天数，再扣银行买入价差。`,
    en: `${ratio} of each receipt is sold forward: the outright forward by covered interest parity (CNY rate ACT/365F, the foreign rate on its own day count) for the days from shipment to receipt, less the bank's bid spread.`,
    formula:
      "forward = spot x (1 + rCNY x d/365) / (1 + rFX x d/basis); CNY = hedged x forward x (1 - bidSpread)",
    inputs: {
      ratio: fixed(hedge.ratio, 4),
      domesticRate: fixed(scenario.fx.domesticRate, 6),
      ...dayCounts,
    },
    value: summary.hedgingCost,
  };
}

/** A bought put on each batch's receipts, with the first option's fee waived when the measure applies. */
function putStep(
  scenario: Scenario,
  summary: Summary,
  measures: MeasureRow[],
  rules: CashflowRules,
): ExplainStep {
  const { hedge } = scenario.fx;
  const ratio = percent(hedge.ratio.toString());
  const waiver = measures.find((m) => m.switch === "optionFeeWaiver");
  const waived = (waiver?.chosen && waiver.applies) ?? false;
  const waivedText = waiverText(scenario, waived, rules);
  return {
    key: "hedging",
    zh: `每批货的收款中 ${ratio} 买入外币看跌期权，行权价 = 即期中间价 × ${fixed(hedge.strikeRatio, 4)}，期限为出货到收款的平均天数；期权费按 Garman–Kohlhagen 公式以浮点数计算后保留 8 位小数，办理费 = 名义本金（人民币）× ${percent(hedge.handlingFeeRate.toString())}${waivedText.zh}。收款时行权价高于银行买入价即行权。套保成本 = 期权费 + 办理费。`,
    en: `A bought put on ${ratio} of each batch's receipts, strike = mid x ${fixed(hedge.strikeRatio, 4)}, for the average days from shipment to receipt; the premium by Garman-Kohlhagen in floating point, kept to 8 decimals; the handling fee = CNY notional x ${percent(hedge.handlingFeeRate.toString())}${waivedText.en}. Exercised when the strike beats the bank's bid at receipt. Hedging cost = premiums + handling fees.`,
    formula:
      "premium = notional x GK put(spot, strike, rCNY, rFX, vol, days/365); fee = notional x mid x handlingFeeRate",
    inputs: {
      ratio: fixed(hedge.ratio, 4),
      strikeRatio: fixed(hedge.strikeRatio, 4),
      handlingFeeRate: fixed(hedge.handlingFeeRate, 4),
    },
    value: summary.hedgingCost,
    ...(waived
      ? { measure: rules.cite.optionFeeWaiver.measure, source: rules.cite.optionFeeWaiver.source }
      : {}),
  };
}

/**
 * What the waiver took off the first option, and (from 2026.12.1) the reading of the documents it
 * applied; empty when not waived.
 */
function waiverText(scenario: Scenario, waived: boolean, rules: CashflowRules): { zh: string; en: string } {
  if (!waived) return { zh: "", en: "" };
  const premium = scenario.company.waiverReading === "premium";
  const reading = rules.behaviour.measureValiditySteps
    ? WAIVER_READING_TEXT[scenario.company.waiverReading ?? "handling-fee"]
    : null;
  return {
    zh: `；首笔期权的${premium ? "期权费" : "办理费"}已按减免措施免除${reading ? `（${reading.zh}）` : ""}`,
    en: `; the first option's ${premium ? "premium" : "handling fee"} is waived under the measure${reading ? ` (${reading.en})` : ""}`,
  };
}

/**
 * Stage 6, the explanation: each line's regime, then each reported figure's formula and inputs, then
 * what each chosen measure does at the margin.
 */
export function explainProjection(
  scenario: Scenario,
  chosen: Run,
  summary: Summary,
  baseline: Summary,
  measures: MeasureRow[],
  rules: CashflowRules,
): ExplainStep[] {
  const hedge = rules.behaviour.hedgingExplainStep && hedgingStep(scenario, summary, measures, rules);
  return [
    ...regimeSteps(chosen.operations.lines),
    taxesStep(chosen.operations, summary, rules),
    conversionStep(scenario, summary),
    ...(hedge ? [hedge] : []),
    totalCostStep(summary),
    peakFundingStep(scenario, summary),
    rules.behaviour.reconciledFigures ? RECONCILED_ROUNDING_STEP : ROUNDING_STEP,
    endingCashStep(scenario, summary, baseline),
    endingPositionStep(
      summary,
      rules.behaviour.reconciledFigures ? fenText(reportedTotals(scenario, chosen).endingOutstanding) : null,
    ),
    ...measureSteps(measures, rules),
    ...(rules.behaviour.measureValiditySteps ? validitySteps(scenario, measures, rules) : []),
  ];
}

/**
 * For each chosen measure: the day its promoting document lapsed within or before the horizon and the
 * rules the benefit is computed under after it; for a benefit reported for one year only, that later
 * months assume it unless the user's bank confirmed it.
 */
function validitySteps(
  scenario: Scenario,
  measures: readonly MeasureRow[],
  rules: CashflowRules,
): ExplainStep[] {
  const horizon = horizonOf(scenario.startDate, scenario.horizonMonths);
  const steps: ExplainStep[] = [];
  for (const row of measures) {
    const validity = rules.validity[row.switch];
    if (!row.chosen || !validity) continue;
    const { title } = rules.cite[row.switch];
    const lapsed = lapseStep(`validity:${row.switch}`, title, validity, horizon);
    if (lapsed) steps.push(lapsed);
    const reported =
      row.applies &&
      reportedPeriodStep(
        `reportedPeriod:${row.switch}`,
        title,
        validity,
        horizon,
        scenario.company.waiverConfirmedByBank ?? false,
      );
    if (reported) steps.push(reported);
  }
  return steps;
}

/** Each product line's VAT regime, rates and the ground for it. */
function regimeSteps(lines: readonly LineFacts[]): ExplainStep[] {
  const steps: ExplainStep[] = [];
  for (const line of lines) {
    const name = REGIME_NAMES[line.regime];
    const vat = percent(line.vatRate);
    const refund = percent(line.refundRate);
    steps.push({
      key: `regime:${line.name}`,
      zh: `${line.name}：增值税按${name.zh}处理（增值税率 ${vat}，退税率 ${refund}）。依据：${line.reason.zh}`,
      en: `${line.name}: VAT treatment ${name.en} (VAT ${vat}, refund ${refund}). Ground: ${line.reason.en}`,
      value: line.regime,
      ...(line.source ? { source: line.source } : {}),
    });
  }
  return steps;
}

/** Taxes: VAT, surtaxes, income tax (deemed or actual profit) and input VAT not refunded. */
function taxesStep(operations: Operations, summary: Summary, rules: CashflowRules): ExplainStep {
  const { life, memo } = operations;
  // Outflows are negative in the ledger; the step shows amounts paid as positive figures.
  const paid = (c: Category) => fenText(-life[c]);
  const deemed = operations.incomeTaxMethod === "deemed-profit";
  return {
    key: "taxes",
    zh: `税负 = 已缴增值税 + 附加税 + 企业所得税 + 供应商发票中未退回的进项税。企业所得税按${deemed ? "核定征收：应纳税所得额 = 收入 × 4%" : "查账征收：利润 = 收入 − 货物成本 − 头程运费 − 境外费用"}，季度预缴（小型微利企业按 5%，否则 25%）。`,
    en: `Taxes = VAT paid + surtaxes + income tax + input VAT on supplier invoices not refunded. Income tax ${deemed ? "on deemed profit: taxable income = revenue x 4%" : "on actual profit: revenue - cost of goods - first-mile freight - overseas costs"}, prepaid quarterly (5% for a small low-profit enterprise, else 25%).`,
    formula: "vatPaid + surtaxes + incomeTax + inputVat - vatRefunds",
    inputs: {
      vatPaid: paid("vat"),
      surtaxes: paid("surtaxes"),
      incomeTax: paid("incomeTax"),
      inputVat: fenText(memo.inputVat),
      vatRefunds: fenText(life.vatRefunds),
    },
    value: summary.taxes,
    ...(deemed
      ? { measure: rules.cite.deemedProfitTax.measure, source: rules.cite.deemedProfitTax.source }
      : {}),
  };
}

function conversionStep(scenario: Scenario, summary: Summary): ExplainStep {
  const fx = scenario.fx;
  return {
    key: "conversion",
    zh: "外币收入按银行买入价结汇（中间价 ×（1 − 买入价差）），境外费用按卖出价购汇；价差损失计入汇兑成本。",
    en: "Foreign receipts are sold at the bank's bid (mid x (1 - bid spread)); costs wired out are bought at the offer; the spread lost is the FX cost.",
    formula: "fxCost = receipts x (mid - bid) + costs paid gross x (offer - mid)",
    inputs: { bidSpread: fixed(fx.bidSpread, 4), offerSpread: fixed(fx.offerSpread, 4) },
    value: summary.fxCost,
  };
}

function totalCostStep(summary: Summary): ExplainStep {
  return {
    key: "totalCost",
    zh: "总成本 = 税负（已缴增值税 + 附加税 + 所得税 + 未退回的进项税）+ 汇兑成本 + 银行手续费 + 套保成本 + 融资成本；按期内出货批次的全部生命周期计算。",
    en: "Total cost = taxes (VAT paid + surtaxes + income tax + input VAT not refunded) + FX cost + bank fees + hedging + financing, over the whole life of the batches shipped in the horizon.",
    formula: "taxes + fxCost + bankFees + hedgingCost + financingCost",
    inputs: {
      taxes: summary.taxes,
      fxCost: summary.fxCost,
      bankFees: summary.bankFees,
      hedgingCost: summary.hedgingCost,
      financingCost: summary.financingCost,
    },
    value: summary.totalCost,
  };
}

function peakFundingStep(scenario: Scenario, summary: Summary): ExplainStep {
  return {
    key: "peakFundingNeed",
    zh: `余额低于最低现金时先动用以应收款、退税为基础的供应链融资（若开启），不足部分由流动资金贷款（${scenario.financing.dayCount}）补足；资金需求峰值为流动资金贷款余额的最高值。`,
    en: `When cash would fall below the minimum, supply-chain products secured on receivables and refunds are drawn first (when switched on), the rest from a working-capital loan (${scenario.financing.dayCount}); the peak funding need is the highest working-capital balance.`,
    formula: "max over months of the working-capital loan outstanding",
    inputs: {
      minimumCash: fen(scenario.minimumCash),
      workingCapitalRate: fixed(scenario.financing.workingCapitalRate, 4),
    },
    value: summary.peakFundingNeed,
  };
}

const ROUNDING_STEP: ExplainStep = {
  key: "rounding",
  zh: "每月各项现金流分别四舍五入到分；当月的舍入差（至多几分钱）计入当月金额最大的一项，使各项之和等于净额、期初加净额等于期末。",
  en: "Each month's flows are rounded to the fen one by one; the month's rounding difference (a few fen at most) is carried by its largest flow, so the flows add up to the net and opening + net = closing.",
  value: "0.01",
};

/** The reporting points of ruleset 2026.12.1 on (src/domain/cashflow/reconciled.ts). */
const RECONCILED_ROUNDING_STEP: ExplainStep = {
  key: "rounding",
  zh: "所有金额在报告时四舍五入到分，且每个合计都等于其报告分项之和：每月利息、手续费分别取整，融资成本为其合计；每月末融资余额取整，提款与还款按“上月余额 + 提款 − 还款 = 本月余额”列示；经营现金流逐项取整，当月舍入差计入金额最大的一项，使期初加净额等于期末；税负、总成本、期末净头寸由其报告分项相加；措施效果为两次测算报告数之差。",
  en: "Every figure is rounded to the fen where reported and every total equals its reported parts: each month's interest and fees are rounded, the financing cost is their sum; each month's financing outstanding is rounded and drawn and repaid are shown so that previous + drawn - repaid = outstanding; operating flows are rounded one by one, the month's difference carried by its largest, so opening + net = closing; taxes, total cost and ending position add up their reported parts; a measure's effect is the difference of the two runs' reported figures.",
  value: "0.01",
};

function endingCashStep(scenario: Scenario, summary: Summary, baseline: Summary): ExplainStep {
  return {
    key: "endingCash",
    zh: "期末现金 = 期初现金 + 各月净现金流（含融资提款与还款）。",
    en: "Ending cash = opening cash + every month's net flow (financing draws and repayments included).",
    inputs: { openingCash: fen(scenario.openingCash), baselineEndingCash: baseline.endingCash },
    value: summary.endingCash,
  };
}

/** The ending position; under reconciled figures it shows the outstanding financing it deducts. */
function endingPositionStep(summary: Summary, financingOutstanding: string | null): ExplainStep {
  return {
    key: "endingPosition",
    zh: "期末净头寸 = 期末现金 + 期内出货在期后仍将收到的款项 − 期后仍需支付的款项 − 期末未还融资；不受测算期截止时点的影响，适合比较措施。",
    en: "Ending position = ending cash + what the batches shipped in the horizon still bring in afterwards - what they still cost - financing still owed; the horizon's cut-off does not move it, so it compares measures fairly.",
    formula: "endingCash + receivablesAfterHorizon - payablesAfterHorizon - financing outstanding",
    inputs: {
      endingCash: summary.endingCash,
      receivablesAfterHorizon: summary.receivablesAfterHorizon,
      payablesAfterHorizon: summary.payablesAfterHorizon,
      ...(financingOutstanding ? { financingOutstanding } : {}),
    },
    value: summary.endingPosition,
  };
}

/** What removing each chosen measure would change. */
function measureSteps(measures: readonly MeasureRow[], rules: CashflowRules): ExplainStep[] {
  const steps: ExplainStep[] = [];
  for (const row of measures) {
    if (!row.chosen) continue;
    const cite = rules.cite[row.switch];
    steps.push({
      key: `measure:${row.switch}`,
      zh: `措施“${cite.title.zh}”：去掉它，总成本变化 ${neg(row.marginal.totalCostChange)}，资金需求峰值变化 ${neg(row.marginal.peakFundingNeedChange)}，期末现金变化 ${neg(row.marginal.endingCashChange)}，期末净头寸变化 ${neg(row.marginal.endingPositionChange)}。${row.applies ? "" : "本情景中该措施不涉及任何业务。"}`,
      en: `Measure "${cite.title.en}": without it total cost changes by ${neg(row.marginal.totalCostChange)}, peak funding need by ${neg(row.marginal.peakFundingNeedChange)}, ending cash by ${neg(row.marginal.endingCashChange)}, ending position by ${neg(row.marginal.endingPositionChange)}.${row.applies ? "" : " Nothing in this scenario is touched by it."}`,
      value: row.marginal.totalCostChange,
      measure: cite.measure,
      source: cite.source,
    });
  }
  return steps;
}

/** A rate reported as a fraction ("0.1300"), shown as a percentage ("13%"). */
function percent(fraction: string): string {
  return `${new Decimal(fraction).times(100).toString()}%`;
}

/** The same figure with its sign turned (a reported decimal string). */
function neg(value: string): string {
  if (value === "0.00") return value;
  return value.startsWith("-") ? value.slice(1) : `-${value}`;
}
