import { addMonths, yearFraction } from "../dates";
import type { ExplainStep } from "../explain";
import { absOf, type Fixed, fenText, fixedOf, mul, roundedToFen } from "../fixed";
import { Decimal, fen, fixed } from "../money";
import type { Regime } from "../tax/rules";
import { type FundingMonth, type FundingSource, fundMonths } from "./funding";
import { CATEGORIES, type Category, INFLOWS, OUTFLOWS } from "./ledger";
import { type CashflowRules, type LineFacts, type Operations, prepareOperations } from "./operations";
import { MEASURE_SWITCHES, type MeasureSwitch, type MeasureSwitches, type Scenario } from "./scenario";

/** One month of the projection, as reported (CNY strings, outflows negative). */
export interface Period {
  month: string;
  index: number;
  openingBalance: string;
  inflows: Record<string, string>;
  outflows: Record<string, string>;
  financing: { drawn: string; repaid: string; interest: string; fees: string; outstanding: string };
  net: string;
  closingBalance: string;
}

export interface Summary {
  revenue: string;
  taxes: string;
  fxCost: string;
  bankFees: string;
  hedgingCost: string;
  financingCost: string;
  totalCost: string;
  peakFundingNeed: string;
  peakFundingMonth: string | null;
  peakFinancingOutstanding: string;
  cashConversionCycleDays: number;
  endingCash: string;
  /**
   * Ending cash plus what the shipped batches still bring in after the horizon, less what they still
   * cost and the financing still owed: a figure the horizon's cut-off does not move.
   */
  endingPosition: string;
  receivablesAfterHorizon: string;
  payablesAfterHorizon: string;
}

export interface MeasureEffect {
  totalCostChange: string;
  peakFundingNeedChange: string;
  endingCashChange: string;
  endingPositionChange: string;
}

export interface MeasureRow {
  switch: MeasureSwitch;
  measure: string;
  chosen: boolean;
  /** False when nothing in the scenario is touched by the measure (its effects are then zero). */
  applies: boolean;
  /** Baseline plus this measure alone, against the baseline. */
  alone: MeasureEffect;
  /**
   * Against the chosen set: for a chosen measure, what removing it would lose; for a measure not
   * chosen, what adding it would give. Both signed as (with the measure) - (without it).
   */
  marginal: MeasureEffect;
}

export interface Projection {
  periods: Period[];
  summary: Summary;
  baseline: Summary;
  measures: MeasureRow[];
  lines: LineFacts[];
  explain: ExplainStep[];
}

/** A run's figures in fixed point, so the measure deltas are computed before rounding. */
interface Run {
  operations: Operations;
  funding: FundingMonth[];
  closing: Fixed[];
  totals: {
    revenue: Fixed;
    taxes: Fixed;
    fxCost: Fixed;
    bankFees: Fixed;
    hedgingCost: Fixed;
    financingCost: Fixed;
    totalCost: Fixed;
    peakFundingNeed: Fixed;
    peakFundingIndex: number;
    peakOutstanding: Fixed;
    endingCash: Fixed;
    endingPosition: Fixed;
    receivablesAfterHorizon: Fixed;
    payablesAfterHorizon: Fixed;
  };
}

const ALL_OFF: MeasureSwitches = Object.fromEntries(
  MEASURE_SWITCHES.map((s) => [s, false]),
) as MeasureSwitches;

function switchKey(switches: MeasureSwitches): string {
  return MEASURE_SWITCHES.map((s) => (switches[s] ? "1" : "0")).join("");
}

/** Everything but supply-chain finance shapes the operating flows; that one only shapes funding. */
function operatingKey(switches: MeasureSwitches): string {
  return MEASURE_SWITCHES.filter((s) => s !== "supplyChainFinance")
    .map((s) => (switches[s] ? "1" : "0"))
    .join("");
}

function fundingSources(
  scenario: Scenario,
  operations: Operations,
  switches: MeasureSwitches,
): FundingSource[] {
  const sources: FundingSource[] = [];
  if (switches.supplyChainFinance) {
    const products = [...scenario.financing.products].sort(
      (a, b) => a.annualRate.comparedTo(b.annualRate) || a.feeRate.comparedTo(b.feeRate),
    );
    for (const p of products) {
      const base = operations.financeable[p.product];
      const advanceRate = fixedOf(p.advanceRate);
      sources.push({
        product: p.product,
        annualRate: fixedOf(p.annualRate),
        feeRate: fixedOf(p.feeRate),
        capacity: base.map((b) => mul(b, advanceRate)),
      });
    }
  }
  sources.push({
    product: "working-capital-loan",
    annualRate: fixedOf(scenario.financing.workingCapitalRate),
    feeRate: 0n,
  });
  return sources;
}

/** Each month's length as a year fraction under the financing's day count. */
function monthYearShares(scenario: Scenario, monthStarts: readonly number[]): Fixed[] {
  const shares: Fixed[] = [];
  for (let m = 0; m < scenario.horizonMonths; m++) {
    shares.push(fixedOf(yearFraction(monthStarts[m + 1] - monthStarts[m], scenario.financing.dayCount)));
  }
  return shares;
}

function runScenario(
  scenario: Scenario,
  switches: MeasureSwitches,
  operations: Operations,
  yearShare: readonly Fixed[],
): Run {
  const { life, afterHorizon, memo } = operations;
  const horizon = scenario.horizonMonths;
  const sources = fundingSources(scenario, operations, switches);
  const funding = fundMonths(
    fixedOf(scenario.openingCash),
    fixedOf(scenario.minimumCash),
    operations.net,
    yearShare,
    sources,
  );
  const unsecured = sources.length - 1;
  let peakFundingNeed = 0n;
  let peakFundingIndex = -1;
  let peakOutstanding = 0n;
  let financingCost = 0n;
  for (let m = 0; m < horizon; m++) {
    const f = funding[m];
    financingCost += f.interest + f.fees;
    if (f.bySource[unsecured] > peakFundingNeed) {
      peakFundingNeed = f.bySource[unsecured];
      peakFundingIndex = m;
    }
    if (f.outstanding > peakOutstanding) peakOutstanding = f.outstanding;
  }
  // Costs over the batches' whole life, so that a measure which only moves cash earlier changes
  // the cost through financing, not by pushing a payment past the horizon.
  const taxes = -(life.vat + life.surtaxes + life.incomeTax) + memo.inputVat - life.vatRefunds;
  const bankFees = -life.bankFees;
  const hedgingCost = -life.hedging;
  const fxCost = memo.fxCost;
  let receivablesAfterHorizon = 0n;
  let payablesAfterHorizon = 0n;
  for (const c of CATEGORIES) {
    const v = afterHorizon[c];
    if (v > 0n) receivablesAfterHorizon += v;
    else payablesAfterHorizon -= v;
  }
  const closing = funding.map((f) => f.closing);
  return {
    operations,
    funding,
    closing,
    totals: {
      revenue: memo.revenue,
      taxes,
      fxCost,
      bankFees,
      hedgingCost,
      financingCost,
      totalCost: taxes + fxCost + bankFees + hedgingCost + financingCost,
      peakFundingNeed,
      peakFundingIndex,
      peakOutstanding,
      endingCash: closing[horizon - 1],
      endingPosition:
        closing[horizon - 1] +
        receivablesAfterHorizon -
        payablesAfterHorizon -
        funding[horizon - 1].outstanding,
      receivablesAfterHorizon,
      payablesAfterHorizon,
    },
  };
}

function summarize(scenario: Scenario, run: Run): Summary {
  const t = run.totals;
  return {
    revenue: fenText(t.revenue),
    taxes: fenText(t.taxes),
    fxCost: fenText(t.fxCost),
    bankFees: fenText(t.bankFees),
    hedgingCost: fenText(t.hedgingCost),
    financingCost: fenText(t.financingCost),
    totalCost: fenText(t.totalCost),
    peakFundingNeed: fenText(t.peakFundingNeed),
    peakFundingMonth:
      t.peakFundingIndex < 0 ? null : addMonths(scenario.startDate, t.peakFundingIndex).slice(0, 7),
    peakFinancingOutstanding: fenText(t.peakOutstanding),
    cashConversionCycleDays: run.operations.cashConversionCycleDays,
    endingCash: fenText(t.endingCash),
    endingPosition: fenText(t.endingPosition),
    receivablesAfterHorizon: fenText(t.receivablesAfterHorizon),
    payablesAfterHorizon: fenText(t.payablesAfterHorizon),
  };
}

/**
 * The months as reported. Each closing balance is the exact balance rounded to the fen; each flow is
 * rounded on its own, and the month's rounding difference (a few fen at most) is carried by its
 * largest flow, so that every month's flows add up to its net and opening + net = closing exactly.
 */
function periodsOf(scenario: Scenario, run: Run): Period[] {
  const { ledger } = run.operations;
  const periods: Period[] = [];
  let opening = roundedToFen(fixedOf(scenario.openingCash));
  for (let m = 0; m < scenario.horizonMonths; m++) {
    const f = run.funding[m];
    const exact: Fixed[] = [
      ...INFLOWS.map((c) => ledger.months[c][m]),
      ...OUTFLOWS.map((c) => ledger.months[c][m]),
      f.drawn,
      -f.repaid,
      -f.interest,
      -f.fees,
    ];
    const rounded = exact.map(roundedToFen);
    const closing = roundedToFen(run.closing[m]);
    const net = closing - opening;
    let residual = net;
    for (const r of rounded) residual -= r;
    if (residual !== 0n) {
      let largest = 0;
      for (let i = 1; i < exact.length; i++) if (absOf(exact[i]) > absOf(exact[largest])) largest = i;
      rounded[largest] += residual;
    }
    const inflows: Record<string, string> = {};
    const outflows: Record<string, string> = {};
    INFLOWS.forEach((c, i) => {
      inflows[c] = fenText(rounded[i]);
    });
    OUTFLOWS.forEach((c, i) => {
      outflows[c] = fenText(rounded[INFLOWS.length + i]);
    });
    const k = INFLOWS.length + OUTFLOWS.length;
    periods.push({
      month: addMonths(scenario.startDate, m).slice(0, 7),
      index: m,
      openingBalance: fenText(opening),
      inflows,
      outflows,
      financing: {
        drawn: fenText(rounded[k]),
        repaid: fenText(rounded[k + 1]),
        interest: fenText(rounded[k + 2]),
        fees: fenText(rounded[k + 3]),
        outstanding: fenText(f.outstanding),
      },
      net: fenText(net),
      closingBalance: fenText(closing),
    });
    opening = closing;
  }
  return periods;
}

function effect(withIt: Run, without: Run): MeasureEffect {
  const a = withIt.totals;
  const b = without.totals;
  return {
    totalCostChange: fenText(a.totalCost - b.totalCost),
    peakFundingNeedChange: fenText(a.peakFundingNeed - b.peakFundingNeed),
    endingCashChange: fenText(a.endingCash - b.endingCash),
    endingPositionChange: fenText(a.endingPosition - b.endingPosition),
  };
}

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
  const { hedge, rates } = scenario.fx;
  if (hedge.strategy === "none" || hedge.ratio.isZero()) return null;
  const ratio = percent(hedge.ratio.toString());
  const dayCounts = Object.fromEntries(rates.map((r) => [`dayCount.${r.currency}`, r.dayCount]));
  if (hedge.strategy === "forward") {
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
  const waiver = measures.find((m) => m.switch === "optionFeeWaiver");
  const waived = waiver?.chosen && waiver.applies;
  return {
    key: "hedging",
    zh: `每批货的收款中 ${ratio} 买入外币看跌期权，行权价 = 即期中间价 × ${fixed(hedge.strikeRatio, 4)}，期限为出货到收款的平均天数；期权费按 Garman–Kohlhagen 公式以浮点数计算后保留 8 位小数，办理费 = 名义本金（人民币）× ${percent(hedge.handlingFeeRate.toString())}${waived ? "；首笔期权的办理费已按减免措施免除" : ""}。收款时行权价高于银行买入价即行权。套保成本 = 期权费 + 办理费。`,
    en: `A bought put on ${ratio} of each batch's receipts, strike = mid x ${fixed(hedge.strikeRatio, 4)}, for the average days from shipment to receipt; the premium by Garman-Kohlhagen in floating point, kept to 8 decimals; the handling fee = CNY notional x ${percent(hedge.handlingFeeRate.toString())}${waived ? "; the first option's handling fee is waived under the measure" : ""}. Exercised when the strike beats the bank's bid at receipt. Hedging cost = premiums + handling fees.`,
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

function explainProjection(
  scenario: Scenario,
  chosen: Run,
  summary: Summary,
  baseline: Summary,
  measures: MeasureRow[],
  rules: CashflowRules,
): ExplainStep[] {
  const steps: ExplainStep[] = [];
  for (const line of chosen.operations.lines) {
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
  const { life, memo } = chosen.operations;
  // Outflows are negative in the ledger; the step shows amounts paid as positive figures.
  const paid = (c: Category) => fenText(-life[c]);
  const deemed = chosen.operations.incomeTaxMethod === "deemed-profit";
  steps.push({
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
  });
  const fx = scenario.fx;
  steps.push({
    key: "conversion",
    zh: "外币收入按银行买入价结汇（中间价 ×（1 − 买入价差）），境外费用按卖出价购汇；价差损失计入汇兑成本。",
    en: "Foreign receipts are sold at the bank's bid (mid x (1 - bid spread)); costs wired out are bought at the offer; the spread lost is the FX cost.",
    formula: "fxCost = receipts x (mid - bid) + costs paid gross x (offer - mid)",
    inputs: { bidSpread: fixed(fx.bidSpread, 4), offerSpread: fixed(fx.offerSpread, 4) },
    value: summary.fxCost,
  });
  const hedgeStep = rules.behaviour.hedgingExplainStep && hedgingStep(scenario, summary, measures, rules);
  if (hedgeStep) steps.push(hedgeStep);
  steps.push({
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
  });
  steps.push({
    key: "peakFundingNeed",
    zh: `余额低于最低现金时先动用以应收款、退税为基础的供应链融资（若开启），不足部分由流动资金贷款（${scenario.financing.dayCount}）补足；资金需求峰值为流动资金贷款余额的最高值。`,
    en: `When cash would fall below the minimum, supply-chain products secured on receivables and refunds are drawn first (when switched on), the rest from a working-capital loan (${scenario.financing.dayCount}); the peak funding need is the highest working-capital balance.`,
    formula: "max over months of the working-capital loan outstanding",
    inputs: {
      minimumCash: fen(scenario.minimumCash),
      workingCapitalRate: fixed(scenario.financing.workingCapitalRate, 4),
    },
    value: summary.peakFundingNeed,
  });
  steps.push({
    key: "rounding",
    zh: "每月各项现金流分别四舍五入到分；当月的舍入差（至多几分钱）计入当月金额最大的一项，使各项之和等于净额、期初加净额等于期末。",
    en: "Each month's flows are rounded to the fen one by one; the month's rounding difference (a few fen at most) is carried by its largest flow, so the flows add up to the net and opening + net = closing.",
    value: "0.01",
  });
  steps.push({
    key: "endingCash",
    zh: "期末现金 = 期初现金 + 各月净现金流（含融资提款与还款）。",
    en: "Ending cash = opening cash + every month's net flow (financing draws and repayments included).",
    inputs: { openingCash: fen(scenario.openingCash), baselineEndingCash: baseline.endingCash },
    value: summary.endingCash,
  });
  steps.push({
    key: "endingPosition",
    zh: "期末净头寸 = 期末现金 + 期内出货在期后仍将收到的款项 − 期后仍需支付的款项 − 期末未还融资；不受测算期截止时点的影响，适合比较措施。",
    en: "Ending position = ending cash + what the batches shipped in the horizon still bring in afterwards - what they still cost - financing still owed; the horizon's cut-off does not move it, so it compares measures fairly.",
    formula: "endingCash + receivablesAfterHorizon - payablesAfterHorizon - financing outstanding",
    inputs: {
      endingCash: summary.endingCash,
      receivablesAfterHorizon: summary.receivablesAfterHorizon,
      payablesAfterHorizon: summary.payablesAfterHorizon,
    },
    value: summary.endingPosition,
  });
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

/**
 * Projects a scenario month by month under its chosen measures, and against a baseline with every
 * measure off, each measure alone and each measure's marginal effect. Runs that share their
 * operating flows (they differ only in supply-chain finance) compute those flows once.
 */
export function project(scenario: Scenario, rules: CashflowRules): Projection {
  const prepared = prepareOperations(scenario, rules);
  const operationsCache = new Map<string, Operations>();
  const runCache = new Map<string, Run>();
  let yearShare: Fixed[] | undefined;
  // A measure that touches nothing is off in every run: its figures are the same either way.
  const effective = (switches: MeasureSwitches): MeasureSwitches =>
    Object.fromEntries(
      MEASURE_SWITCHES.map((s) => [s, switches[s] && prepared.applies[s]]),
    ) as MeasureSwitches;
  const runFor = (requested: MeasureSwitches): Run => {
    const switches = effective(requested);
    const key = switchKey(switches);
    const cached = runCache.get(key);
    if (cached) return cached;
    const opKey = operatingKey(switches);
    let operations = operationsCache.get(opKey);
    if (!operations) {
      operations = prepared.forSwitches(switches);
      operationsCache.set(opKey, operations);
    }
    yearShare ??= monthYearShares(scenario, operations.monthStarts);
    const run = runScenario(scenario, switches, operations, yearShare);
    runCache.set(key, run);
    return run;
  };
  const chosen = runFor(scenario.measures);
  const baseline = runFor(ALL_OFF);
  const pairs = MEASURE_SWITCHES.map((s) => ({
    s,
    alone: runFor({ ...ALL_OFF, [s]: true }),
    toggled: runFor({ ...scenario.measures, [s]: !scenario.measures[s] }),
  }));
  const measures: MeasureRow[] = pairs.map(({ s, alone, toggled }) => {
    const isChosen = scenario.measures[s];
    return {
      switch: s,
      measure: rules.cite[s].measure,
      chosen: isChosen,
      applies: prepared.applies[s],
      alone: effect(alone, baseline),
      marginal: isChosen ? effect(chosen, toggled) : effect(toggled, chosen),
    };
  });
  const summary = summarize(scenario, chosen);
  const baselineSummary = summarize(scenario, baseline);
  return {
    periods: periodsOf(scenario, chosen),
    summary,
    baseline: baselineSummary,
    measures,
    lines: chosen.operations.lines,
    explain: explainProjection(scenario, chosen, summary, baselineSummary, measures, rules),
  };
}
