import { addDays, daysBetween, yearFraction } from "../dates";
import { type FieldProblem, InputError } from "../errors";
import { decimalOf, type Fixed, fixedOf, maxOf, minOf, mul } from "../fixed";
import { type Decimal, ONE, sum, ZERO } from "../money";

/**
 * Overseas-warehouse netting settlement (海外仓轧差结算): what an exporter pays to bring its
 * overseas sales home when every overseas cost is paid separately (gross) versus when the nettable
 * costs are deducted abroad and only the net is repatriated (netted).
 *
 * Costs are measured against the middle rate: converting proceeds at the bank's buying rate (bid)
 * loses (mid - bid) per unit; buying currency for a cost at the selling rate (offer) loses
 * (offer - mid) per unit. Amounts are in the sales currency; costs and fees in CNY.
 */

export const COST_CATEGORIES = [
  "warehousing",
  "logistics",
  "tax",
  "platform",
  "advertising",
  "other",
] as const;
export type CostCategory = (typeof COST_CATEGORIES)[number];

/** A bank's charge per remittance, in CNY: clamp(rate x amount, min, max) + fixed. */
export interface FeeSchedule {
  rate: Decimal;
  min: Decimal;
  /** No cap when absent. */
  max?: Decimal;
  /** Flat charge per remittance (cable fee). */
  fixed: Decimal;
}

export interface OverseasCost {
  category: CostCategory;
  /** In the sales currency. */
  amount: Decimal;
  /** Number of equal remittances the cost is paid in when paid gross (>= 1). */
  remittances: number;
  /** Contracts the remittances pay, 1 to `remittances` (absent: one contract for the whole cost). */
  contracts?: number;
}

/** CNY per one unit of the sales currency. */
export interface FxQuote {
  mid: Decimal;
  /** Bank buying rate: what an inward conversion gets. */
  bid: Decimal;
  /** Bank selling rate: what buying currency for an outward payment costs. */
  offer: Decimal;
  /** CNY per USD middle rate; needed for the USD filing threshold when the currency is not USD. */
  usdMid?: Decimal;
}

/** A domestic logistics or platform firm paying overseas costs now, repaid from proceeds later (代垫). */
export interface AdvanceInput {
  firm: string;
  categories: readonly CostCategory[];
  /** Flat fee as a fraction of the advanced amount; or */
  feeRate?: Decimal;
  /** interest per year on the advanced amount (ACT/365F). Exactly one of the two. */
  annualRate?: Decimal;
  repaymentDays: number;
}

export interface SettlementInput {
  currency: string;
  /** Customs FOB of the goods shipped to the warehouse, in the sales currency. */
  declaredValue: Decimal;
  /** What the marketplace or buyers paid abroad, in the sales currency. */
  salesProceeds: Decimal;
  /** Inward remittances the proceeds arrive in (the same in both paths). */
  proceedsRemittances: number;
  overseasCosts: readonly OverseasCost[];
  fx: FxQuote;
  fees: { inward: FeeSchedule; outward: FeeSchedule };
  /** Overrides of the catalog defaults (absent = default, said in explain). */
  nettableCategories?: readonly CostCategory[];
  platformFeesNettable?: boolean;
  deviationWarningRatio?: Decimal;
  filingDelayDays?: number;
  /** Annual CNY funding rate (ACT/365F); when given, filing delay days are also costed in CNY. */
  fundingRate?: Decimal;
  exportDate?: string;
  receiptDate?: string;
  advancedBy?: AdvanceInput;
}

/** Measure id and "document clause" an explain step cites. */
export interface Citation {
  measure: string;
  source: string;
}

/** The policy the calculation applies, built from the catalog in src/policy/settlement.ts. */
export interface SettlementRules {
  nettableCategories: readonly CostCategory[];
  platformFeesNettable: boolean;
  deviationWarningRatio: Decimal;
  /** A single outward payment strictly above this (USD equivalent) needs a tax filing first. */
  filingThresholdUsd: Decimal;
  filingDelayDays: number;
  /**
   * One filing per contract, before its first payment (国家税务总局 国家外汇管理局公告2021年第19号 第一条);
   * false in rulesets before 2026.12.1, which filed every remittance above the threshold.
   */
  filingOncePerContract: boolean;
  /** Advance receipts more than this many days before export are reported. */
  advanceReceiptReportDays: number;
  /** Receipts more than this many days after export are reported. */
  deferredReceiptReportDays: number;
  /** Those reports are due within this many days. */
  receiptReportWithinDays: number;
  citations: {
    netting: Citation;
    origin: Citation;
    filing: Citation;
    receiptReports: Citation;
    /** The once-per-contract rule, when the ruleset knows it. */
    filingPerContract?: Citation;
  };
}

export interface FilingItem {
  /** Index of the cost in the input list. */
  cost: number;
  category: CostCategory;
  /** One remittance of the cost, in the sales currency and in USD. */
  remittanceAmount: Decimal;
  usdEquivalent: Decimal;
  /** Contracts the cost's remittances pay (1 unless the input says otherwise). */
  contracts: number;
  /** Filings: one per contract before its first payment, or one per remittance when filed each time. */
  count: number;
}

export interface PathResult {
  /** Foreign currency converted inward, and in how many remittances. */
  inwardAmount: Decimal;
  inwardRemittances: number;
  /** inwardAmount x bid, before fees. */
  inwardCny: Decimal;
  /** Foreign currency bought for costs paid from China, and in how many remittances. */
  outwardAmount: Decimal;
  outwardRemittances: number;
  /** outwardAmount x offer, before fees. */
  outwardCny: Decimal;
  fxCostInward: Decimal;
  fxCostOutward: Decimal;
  feesInward: Decimal;
  feesOutward: Decimal;
  filings: FilingItem[];
  /** Days outward payments wait for their filing (filings run in parallel): 0 when none. */
  filingDelayDays: number;
  /** CNY cost of the money set aside during the filing delay; only when a funding rate is given. */
  filingFundingCost?: Decimal;
  /** fxCost + fees (+ filingFundingCost). */
  totalCost: Decimal;
  /** CNY left after converting proceeds and paying the costs from China: inwardCny - outwardCny - fees. */
  netCny: Decimal;
}

export type ReportKey = "restored-gross" | "deferred-receipt" | "advance-receipt";
export type ReportStatus = "owed" | "not-owed" | "conditional";

export interface ReportOwed {
  key: ReportKey;
  status: ReportStatus;
  /** When the report is due, if the dates are known. */
  dueDate?: string;
}

export interface DeviationResult {
  /** salesProceeds - declaredValue, in the sales currency (signed). */
  amount: Decimal;
  /** amount / declaredValue (signed). */
  ratio: Decimal;
  threshold: Decimal;
  /** |ratio| above the threshold. */
  warning: boolean;
  /** Days from export to receipt, when both dates are given. */
  receiptDays?: number;
  reports: ReportOwed[];
}

export interface AdvanceResult {
  firm: string;
  categories: CostCategory[];
  /** In the sales currency, and in CNY at mid. */
  amount: Decimal;
  amountCny: Decimal;
  cost: Decimal;
  basis: "fee" | "interest";
  /** cost / amountCny x 365 / repaymentDays (ACT/365F). */
  annualizedRate: Decimal;
  repaymentDays: number;
}

/** What was applied where the input left a choice to the catalog. */
export interface Resolved {
  nettable: CostCategory[];
  nettableFromDefault: boolean;
  platformFeesNettable: boolean;
  platformFromDefault: boolean;
  deviationWarningRatio: Decimal;
  deviationFromDefault: boolean;
  filingDelayDays: number;
  filingDelayFromDefault: boolean;
}

export interface SettlementComparison {
  resolved: Resolved;
  nettedCosts: Decimal;
  notNettedCosts: Decimal;
  gross: PathResult;
  netted: PathResult;
  /** gross.totalCost - netted.totalCost (CNY), and filing days avoided. */
  saving: { cny: Decimal; days: number };
  deviation: DeviationResult;
  advance?: AdvanceResult;
}

/** The bank's charge for one remittance of `amountCny`. */
export function remittanceFee(amountCny: Decimal, fee: FeeSchedule): Decimal {
  return decimalOf(remittanceFeeFixed(fixedOf(amountCny), fee));
}

const fixedSchedules = new WeakMap<FeeSchedule, { rate: Fixed; min: Fixed; max?: Fixed; fixed: Fixed }>();

/**
 * The bank's charge for one remittance, in fixed point: clamp(rate x amount, min, max) + fixed.
 * The one statement of the schedule's rule (the projection's loops call it for every remittance).
 */
export function remittanceFeeFixed(amountCny: Fixed, fee: FeeSchedule): Fixed {
  let schedule = fixedSchedules.get(fee);
  if (!schedule) {
    schedule = {
      rate: fixedOf(fee.rate),
      min: fixedOf(fee.min),
      ...(fee.max ? { max: fixedOf(fee.max) } : {}),
      fixed: fixedOf(fee.fixed),
    };
    fixedSchedules.set(fee, schedule);
  }
  const variable = mul(schedule.rate, amountCny);
  const capped = schedule.max !== undefined ? minOf(variable, schedule.max) : variable;
  return maxOf(capped, schedule.min) + schedule.fixed;
}

/** What decides whether and how often an outward payment is filed. */
export type FilingRules = Pick<SettlementRules, "filingThresholdUsd" | "filingOncePerContract">;

/**
 * How many of `payments` (in order) each of `contracts` receives when a cost's payments run under
 * several contracts one after another: as evenly as possible, the earlier contracts taking the extra.
 */
export function paymentsPerContract(payments: number, contracts: number): number[] {
  const base = Math.floor(payments / contracts);
  const extra = payments % contracts;
  return Array.from({ length: contracts }, (_, i) => base + (i < extra ? 1 : 0));
}

/**
 * The tax filings one contract's outward payments need (USD equivalents, in order): a single payment
 * strictly above the threshold is filed first (国家税务总局 国家外汇管理局公告2013年第40号 第一条); a contract
 * paid in several remittances is filed once, before its first such payment (2021年第19号 第一条), or
 * every such payment under the rulesets before it. `firstWaiting`: the payment the first filing
 * precedes (-1 when none is filed). The one statement of the rule: the settlement route and the
 * projection both count with it (the projection through `filingsOfContract`, its amounts in fixed point).
 */
export function contractFilings(
  paymentsUsd: readonly Decimal[],
  rules: FilingRules,
): { count: number; firstWaiting: number } {
  return filingsOfContract(
    paymentsUsd.map((usd) => usd.gt(rules.filingThresholdUsd)),
    rules,
  );
}

/** `contractFilings` once each payment is known to be above the threshold or not. */
export function filingsOfContract(
  aboveThreshold: readonly boolean[],
  rules: Pick<FilingRules, "filingOncePerContract">,
): { count: number; firstWaiting: number } {
  let count = 0;
  let firstWaiting = -1;
  aboveThreshold.forEach((above, i) => {
    if (!above) return;
    if (firstWaiting === -1) firstWaiting = i;
    if (!rules.filingOncePerContract || count === 0) count++;
  });
  return { count, firstWaiting };
}

/** Fees for `count` equal remittances making up `totalCny`; none when there is nothing to send. */
function feesFor(totalCny: Decimal, count: number, fee: FeeSchedule): Decimal {
  if (totalCny.isZero() || count === 0) return ZERO;
  return remittanceFee(totalCny.div(count), fee).times(count);
}

function resolve(input: SettlementInput, rules: SettlementRules): Resolved {
  const platformFeesNettable = input.platformFeesNettable ?? rules.platformFeesNettable;
  const base = input.nettableCategories ?? rules.nettableCategories;
  const set = new Set<CostCategory>(base);
  if (platformFeesNettable) set.add("platform");
  return {
    // Catalog order, so the same choice always reads the same.
    nettable: COST_CATEGORIES.filter((c) => set.has(c)),
    nettableFromDefault: input.nettableCategories === undefined,
    platformFeesNettable,
    platformFromDefault: input.platformFeesNettable === undefined,
    deviationWarningRatio: input.deviationWarningRatio ?? rules.deviationWarningRatio,
    deviationFromDefault: input.deviationWarningRatio === undefined,
    filingDelayDays: input.filingDelayDays ?? rules.filingDelayDays,
    filingDelayFromDefault: input.filingDelayDays === undefined,
  };
}

/** Every combination of values that cannot be computed, all at once, in the order of the request's fields. */
function check(input: SettlementInput, nettedCosts: Decimal): void {
  const problems: FieldProblem[] = [
    ...nonPositiveRates(input.fx),
    ...overseasCostProblems(input.overseasCosts),
    ...quoteProblems(input),
    ...feeScheduleProblems(input.fees),
    ...nettingProblems(input, nettedCosts),
    ...advanceProblems(input.advancedBy),
  ];
  if (problems.length > 0) throw new InputError(problems);
}

function nonPositiveRates(fx: SettlementInput["fx"]): FieldProblem[] {
  return (["mid", "bid", "offer", "usdMid"] as const)
    .filter((name) => fx[name]?.lte(0))
    .map((name) => ({
      pointer: `/fx/${name}`,
      en: "an exchange rate must be positive",
      zh: "汇率必须大于零",
    }));
}

/** Each cost is sent in whole remittances, and each of its contracts is paid at least once. */
function overseasCostProblems(costs: SettlementInput["overseasCosts"]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  costs.forEach((cost, i) => {
    if (cost.amount.lt(0)) {
      problems.push({ pointer: `/overseasCosts/${i}/amount`, en: "must not be negative", zh: "不能为负数" });
    }
    if (!Number.isInteger(cost.remittances) || cost.remittances < 1) {
      problems.push({
        pointer: `/overseasCosts/${i}/remittances`,
        en: "must be a whole number of at least 1",
        zh: "应为不小于 1 的整数",
      });
    }
    const contracts = cost.contracts ?? 1;
    if (!Number.isInteger(contracts) || contracts < 1 || contracts > cost.remittances) {
      problems.push({
        pointer: `/overseasCosts/${i}/contracts`,
        en: `must be a whole number from 1 to the remittances (${cost.remittances}): each contract is paid at least once`,
        zh: `应为 1 至汇款笔数（${cost.remittances}）之间的整数：每份合同至少付款一次`,
      });
    }
  });
  return problems;
}

/** The bank's quote must be ordered, fit the currency, and give the USD rate the filing threshold needs. */
function quoteProblems(input: SettlementInput): FieldProblem[] {
  const { fx } = input;
  const problems: FieldProblem[] = [];
  if (fx.bid.gt(fx.offer)) {
    problems.push({
      pointer: "/fx/bid",
      en: `the bank buying rate (bid ${fx.bid}) is above its selling rate (offer ${fx.offer})`,
      zh: `银行买入价（${fx.bid}）高于卖出价（${fx.offer}）`,
    });
  } else if (fx.mid.lt(fx.bid) || fx.mid.gt(fx.offer)) {
    problems.push({
      pointer: "/fx/mid",
      en: `the middle rate ${fx.mid} must lie between the bid ${fx.bid} and the offer ${fx.offer}`,
      zh: `中间价 ${fx.mid} 应在买入价 ${fx.bid} 与卖出价 ${fx.offer} 之间`,
    });
  }
  if (input.currency === "CNY" && !(fx.mid.eq(1) && fx.bid.eq(1) && fx.offer.eq(1))) {
    problems.push({
      pointer: "/fx",
      en: "proceeds in CNY are not converted: mid, bid and offer must all be 1",
      zh: "人民币收款无需结汇：中间价、买入价、卖出价均应为 1",
    });
  }
  if (input.currency === "USD" && fx.usdMid && !fx.usdMid.eq(fx.mid)) {
    problems.push({
      pointer: "/fx/usdMid",
      en: "the currency is USD: usdMid must equal mid, or be left out",
      zh: "币种为美元时 usdMid 应等于中间价，或不填",
    });
  }
  const needsUsd = input.currency !== "USD" && input.overseasCosts.some((c) => c.amount.gt(0));
  if (needsUsd && !fx.usdMid) {
    problems.push({
      pointer: "/fx/usdMid",
      en: `the USD 50,000 tax-filing threshold needs the CNY per USD middle rate when the currency is ${input.currency}`,
      zh: `币种为 ${input.currency} 时，需提供美元中间价（每美元人民币）以判断 5 万美元税务备案门槛`,
    });
  }
  return problems;
}

function feeScheduleProblems(fees: SettlementInput["fees"]): FieldProblem[] {
  return Object.entries(fees)
    .filter(([, fee]) => fee.max && fee.min.gt(fee.max))
    .map(([side, fee]) => ({
      pointer: `/fees/${side}/max`,
      en: `the maximum fee ${fee.max} is below the minimum ${fee.min}`,
      zh: `手续费上限 ${fee.max} 低于下限 ${fee.min}`,
    }));
}

/** Netting needs proceeds to net against, and one answer on whether platform fees are netted. */
function nettingProblems(input: SettlementInput, nettedCosts: Decimal): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (nettedCosts.gt(input.salesProceeds)) {
    problems.push({
      pointer: "/overseasCosts",
      en: `the nettable costs (${nettedCosts}) exceed the sales proceeds (${input.salesProceeds}): nothing is left to repatriate; net within one settlement period or pay part gross`,
      zh: `可轧差费用（${nettedCosts}）超过销售收入（${input.salesProceeds}），没有可汇回的净额；请按结算周期轧差或部分费用单独支付`,
    });
  }
  if (input.platformFeesNettable === false && input.nettableCategories?.includes("platform")) {
    problems.push({
      pointer: "/platformFeesNettable",
      en: "platform fees are listed in nettableCategories but platformFeesNettable is false: choose one",
      zh: "nettableCategories 含 platform，但 platformFeesNettable 为 false，二者矛盾",
    });
  }
  return problems;
}

/** An advance is priced either as a flat fee or as interest, never both or neither. */
function advanceProblems(adv: SettlementInput["advancedBy"]): FieldProblem[] {
  if (adv && (adv.feeRate === undefined) === (adv.annualRate === undefined)) {
    return [
      {
        pointer: "/advancedBy",
        en: "give exactly one of feeRate (flat fee) or annualRate (interest)",
        zh: "feeRate（一次性费率）与 annualRate（年利率）须且只能填一个",
      },
    ];
  }
  return [];
}

interface OutwardLeg {
  amount: Decimal;
  remittances: number;
  fees: Decimal;
  filings: FilingItem[];
  /** CNY at mid of the remittances that need a filing. */
  filedCny: Decimal;
}

/** Paying `costs` from China: buy currency at offer, wire each remittance, file those above USD 50,000. */
function outward(
  costs: readonly { index: number; cost: OverseasCost }[],
  input: SettlementInput,
  rules: SettlementRules,
  usdPerUnit: Decimal,
): OutwardLeg {
  let amount = ZERO;
  let remittances = 0;
  let fees = ZERO;
  let filedCny = ZERO;
  const filings: FilingItem[] = [];
  for (const { index, cost } of costs) {
    if (cost.amount.isZero()) continue;
    amount = amount.plus(cost.amount);
    remittances += cost.remittances;
    const amountCny = cost.amount.times(input.fx.mid);
    fees = fees.plus(feesFor(amountCny, cost.remittances, input.fees.outward));
    const each = cost.amount.div(cost.remittances);
    const usd = each.times(usdPerUnit);
    const contracts = cost.contracts ?? 1;
    let count = 0;
    for (const size of paymentsPerContract(cost.remittances, contracts)) {
      count += contractFilings(new Array<Decimal>(size).fill(usd), rules).count;
    }
    if (count > 0) {
      filings.push({
        cost: index,
        category: cost.category,
        remittanceAmount: each,
        usdEquivalent: usd,
        contracts,
        count,
      });
      filedCny = filedCny.plus(amountCny.div(cost.remittances).times(count));
    }
  }
  return { amount, remittances, fees, filings, filedCny };
}

function path(
  inwardAmount: Decimal,
  leg: OutwardLeg,
  input: SettlementInput,
  filingDelayDays: number,
): PathResult {
  const { fx } = input;
  const inwardRemittances = inwardAmount.isZero() ? 0 : input.proceedsRemittances;
  const fxCostInward = inwardAmount.times(fx.mid.minus(fx.bid));
  const fxCostOutward = leg.amount.times(fx.offer.minus(fx.mid));
  const feesInward = feesFor(inwardAmount.times(fx.mid), inwardRemittances, input.fees.inward);
  const delay = leg.filings.length > 0 ? filingDelayDays : 0;
  const filingFundingCost = input.fundingRate
    ? leg.filedCny.times(input.fundingRate).times(yearFraction(delay, "ACT/365F"))
    : undefined;
  const inwardCny = inwardAmount.times(fx.bid);
  const outwardCny = leg.amount.times(fx.offer);
  return {
    inwardAmount,
    inwardRemittances,
    inwardCny,
    outwardAmount: leg.amount,
    outwardRemittances: leg.remittances,
    outwardCny,
    fxCostInward,
    fxCostOutward,
    feesInward,
    feesOutward: leg.fees,
    filings: leg.filings,
    filingDelayDays: delay,
    filingFundingCost,
    totalCost: sum([fxCostInward, fxCostOutward, feesInward, leg.fees, filingFundingCost ?? ZERO]),
    netCny: inwardCny.minus(outwardCny).minus(feesInward).minus(leg.fees),
  };
}

function deviation(input: SettlementInput, rules: SettlementRules, resolved: Resolved, netted: Decimal) {
  const amount = input.salesProceeds.minus(input.declaredValue);
  const ratio = amount.div(input.declaredValue);
  const threshold = resolved.deviationWarningRatio;
  const reports: ReportOwed[] = [{ key: "restored-gross", status: netted.gt(0) ? "owed" : "not-owed" }];
  let receiptDays: number | undefined;
  if (input.exportDate && input.receiptDate) {
    receiptDays = daysBetween(input.exportDate, input.receiptDate);
    const deferred = receiptDays > rules.deferredReceiptReportDays;
    const advance = -receiptDays > rules.advanceReceiptReportDays;
    reports.push(
      deferred
        ? {
            key: "deferred-receipt",
            status: "owed",
            dueDate: addDays(input.exportDate, rules.receiptReportWithinDays),
          }
        : { key: "deferred-receipt", status: "not-owed" },
      advance
        ? {
            key: "advance-receipt",
            status: "owed",
            dueDate: addDays(input.receiptDate, rules.receiptReportWithinDays),
          }
        : { key: "advance-receipt", status: "not-owed" },
    );
  } else {
    reports.push(
      { key: "deferred-receipt", status: "conditional" },
      { key: "advance-receipt", status: "conditional" },
    );
  }
  return { amount, ratio, threshold, warning: ratio.abs().gt(threshold), receiptDays, reports };
}

function advance(input: AdvanceInput, all: SettlementInput): AdvanceResult {
  const chosen = new Set(input.categories);
  const amount = sum(all.overseasCosts.filter((c) => chosen.has(c.category)).map((c) => c.amount));
  const amountCny = amount.times(all.fx.mid);
  const years = yearFraction(input.repaymentDays, "ACT/365F");
  const basis = input.feeRate ? "fee" : "interest";
  const cost = input.feeRate
    ? amountCny.times(input.feeRate)
    : amountCny.times(input.annualRate!).times(years);
  const annualizedRate =
    amountCny.isZero() || input.repaymentDays === 0 ? ZERO : cost.div(amountCny).div(years);
  return {
    firm: input.firm,
    categories: COST_CATEGORIES.filter((c) => chosen.has(c)),
    amount,
    amountCny,
    cost,
    basis,
    annualizedRate,
    repaymentDays: input.repaymentDays,
  };
}

/**
 * Gross versus netted settlement of one batch of overseas sales, at full precision (round with
 * fen() when reporting). Throws InputError for values that cannot be computed together.
 */
export function compareSettlement(input: SettlementInput, rules: SettlementRules): SettlementComparison {
  const resolved = resolve(input, rules);
  const isNettable = new Set(resolved.nettable);
  const indexed = input.overseasCosts.map((cost, index) => ({ index, cost }));
  const nettable = indexed.filter((c) => isNettable.has(c.cost.category));
  const notNettable = indexed.filter((c) => !isNettable.has(c.cost.category));
  const nettedCosts = sum(nettable.map((c) => c.cost.amount));
  const notNettedCosts = sum(notNettable.map((c) => c.cost.amount));
  check(input, nettedCosts);

  // USD per unit of the sales currency, through the two middle rates (unused when there are no costs).
  const usdPerUnit =
    input.currency === "USD" ? ONE : input.fx.usdMid ? input.fx.mid.div(input.fx.usdMid) : ZERO;
  const delay = resolved.filingDelayDays;
  const gross = path(input.salesProceeds, outward(indexed, input, rules, usdPerUnit), input, delay);
  const netted = path(
    input.salesProceeds.minus(nettedCosts),
    outward(notNettable, input, rules, usdPerUnit),
    input,
    delay,
  );
  return {
    resolved,
    nettedCosts,
    notNettedCosts,
    gross,
    netted,
    saving: {
      cny: gross.totalCost.minus(netted.totalCost),
      days: gross.filingDelayDays - netted.filingDelayDays,
    },
    deviation: deviation(input, rules, resolved, nettedCosts),
    advance: input.advancedBy ? advance(input.advancedBy, input) : undefined,
  };
}
