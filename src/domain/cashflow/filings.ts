import { calendarMonthOf, fromDayNumber } from "../dates";
import { InputError } from "../errors";
import type { ExplainStep } from "../explain";
import { type Fixed, fenText, fixedOf } from "../fixed";
import {
  type CostCategory,
  filingsOfContract,
  paymentsPerContract,
  type SettlementRules,
} from "../settlement/netting";
import { CATEGORY_ZH } from "../settlement/netting-report";

/**
 * The tax filings of the projection's outward payments (ruleset 2026.12.1 on). Each overseas cost of a
 * product line is one contract unless the scenario gives `contracts`, paid once a month (the month's
 * wire; the contracts run one after another over the months). A payment above USD 50,000 equivalent
 * is filed first (国家税务总局 国家外汇管理局公告2013年第40号 第一条), once per contract before its first such
 * payment (2021年第19号 第一条), counted by the settlement domain's `contractFilings`.
 *
 * The funding delay: a filing takes `filingDelayDays` (a market default) before the payment it
 * precedes. The projection holds cash by month and books each payment on its day, the filing made that
 * many days ahead; it says whether a payment left waiting for the filing would move to another month,
 * and books no cost for it (the documents give none, and cash within a month earns nothing here).
 */

/**
 * One month's payment of an overseas cost: its day number and the units whose sales it pays for (its
 * amount is the cost of that many units: the same units, the same amount).
 */
export interface CostPayment {
  day: number;
  units: number;
}

/** A contract's filing: the first payment it precedes and the day it is made by. */
export interface ContractFiling {
  firstPayment: string;
  fileBy: string;
  /** That payment, left to wait the delay after its month's payment day, would fall in a later month. */
  waitCrossesMonth: boolean;
}

export interface CostFilingInput {
  line: number;
  lineName: string;
  /** Index of the cost in the line's overseasCosts. */
  cost: number;
  category: CostCategory;
  contracts: number;
  /** A payout may deduct it (netting): with netting on it is not wired, so not filed. */
  nettable: boolean;
  /** Its payments, one a month, in day order. */
  payments: readonly CostPayment[];
  /** A payment's amount in USD, from its units; null when the scenario gives no USD rate for its currency. */
  usdOfUnits: ((units: number) => Fixed) | null;
}

export interface CostFilings {
  line: number;
  lineName: string;
  cost: number;
  category: CostCategory;
  contracts: number;
  payments: number;
  nettable: boolean;
  /** The largest single payment in USD; null when it cannot be converted. */
  largestPaymentUsd: Fixed | null;
  /** Filings when wired out (without netting); null when the threshold cannot be judged (no USD rate). */
  filings: number | null;
  filed: ContractFiling[];
}

/** The filings one overseas cost needs when it is wired out, contract by contract. */
export function costFilings(input: CostFilingInput, rules: SettlementRules): CostFilings {
  checkContracts(input);
  const judged = input.usdOfUnits
    ? filingsWhenWired(input.payments, input.usdOfUnits, input.contracts, rules)
    : null;
  return {
    line: input.line,
    lineName: input.lineName,
    cost: input.cost,
    category: input.category,
    contracts: input.contracts,
    payments: input.payments.length,
    nettable: input.nettable,
    largestPaymentUsd: judged?.largest ?? null,
    filings: judged?.filings ?? null,
    filed: judged?.filed ?? [],
  };
}

/** The largest payment in USD, and the filings of the payments wired out. */
function filingsWhenWired(
  payments: readonly CostPayment[],
  usdOfUnits: (units: number) => Fixed,
  contracts: number,
  rules: SettlementRules,
): { largest: Fixed | null; filings: number; filed: ContractFiling[] } {
  // Months that sell alike pay alike: each distinct amount converted once.
  const usdByUnits = new Map<number, Fixed>();
  for (const { units } of payments) if (!usdByUnits.has(units)) usdByUnits.set(units, usdOfUnits(units));
  // In fixed point like the rest of the projection: strictly above the threshold is filed (单笔...超过等值5万美元).
  const threshold = fixedOf(rules.filingThresholdUsd);
  const above = payments.map((p) => (usdByUnits.get(p.units) as Fixed) > threshold);
  let largest: Fixed | null = null;
  for (const usd of usdByUnits.values()) if (largest === null || usd > largest) largest = usd;
  return { largest, ...contractsFiled(payments, above, contracts, rules) };
}

/** Each contract needs at least one payment. */
function checkContracts({ payments, contracts, line, cost }: CostFilingInput): void {
  if (payments.length === 0 || contracts <= payments.length) return;
  throw new InputError([
    {
      pointer: `/productLines/${line}/overseasCosts/${cost}/contracts`,
      en: `must be at most ${payments.length}, the months this cost is paid in within the horizon: each contract is paid at least once`,
      zh: `不能超过 ${payments.length}，即测算期内该项费用付款的月数：每份合同至少付款一次`,
    },
  ]);
}

/** The payments divided among the contracts in order; each contract's filings and its first one. */
function contractsFiled(
  payments: readonly CostPayment[],
  above: readonly boolean[],
  contracts: number,
  rules: SettlementRules,
): { filings: number; filed: ContractFiling[] } {
  const delay = rules.filingDelayDays;
  const filed: ContractFiling[] = [];
  let filings = 0;
  let from = 0;
  for (const size of paymentsPerContract(payments.length, contracts)) {
    const { count, firstWaiting } = filingsOfContract(above.slice(from, from + size), rules);
    filings += count;
    if (firstWaiting >= 0) {
      const day = payments[from + firstWaiting].day;
      filed.push({
        firstPayment: fromDayNumber(day),
        fileBy: fromDayNumber(day - delay),
        waitCrossesMonth: calendarMonthOf(day + delay) !== calendarMonthOf(day),
      });
    }
    from += size;
  }
  return { filings, filed };
}

/** The filings as the projection reports them (ruleset 2026.12.1 on). */
export interface FilingsReport {
  thresholdUsd: string;
  /** Days a filing takes before the payment it precedes (market default). */
  delayDays: number;
  costs: {
    line: number;
    name: string;
    cost: number;
    category: CostCategory;
    contracts: number;
    payments: number;
    largestPaymentUsd: string | null;
    filings: number | null;
    nettable: boolean;
    /** Netted under the chosen measures: not wired, not filed. */
    netted: boolean;
    filed: ContractFiling[];
  }[];
  /** Every cost wired out (netting off). */
  withoutNetting: number;
  /** Under the chosen measures. */
  chosen: number;
  /** What netting removes: the filings of the costs a payout may deduct. */
  avoidedByNetting: number;
  /** Costs whose threshold could not be judged (no USD rate for their currency). */
  notJudged: number;
}

export function filingsReport(
  costs: readonly CostFilings[],
  nettingChosen: boolean,
  rules: SettlementRules,
): FilingsReport {
  let withoutNetting = 0;
  let avoidedByNetting = 0;
  for (const c of costs) {
    withoutNetting += c.filings ?? 0;
    if (c.nettable) avoidedByNetting += c.filings ?? 0;
  }
  return {
    thresholdUsd: rules.filingThresholdUsd.toString(),
    delayDays: rules.filingDelayDays,
    costs: costs.map((c) => ({
      line: c.line,
      name: c.lineName,
      cost: c.cost,
      category: c.category,
      contracts: c.contracts,
      payments: c.payments,
      largestPaymentUsd: c.largestPaymentUsd === null ? null : fenText(c.largestPaymentUsd),
      filings: c.filings,
      nettable: c.nettable,
      netted: nettingChosen && c.nettable,
      filed: c.filed,
    })),
    withoutNetting,
    chosen: withoutNetting - (nettingChosen ? avoidedByNetting : 0),
    avoidedByNetting,
    notJudged: costs.filter((c) => c.filings === null).length,
  };
}

/** The filings in words: the rule, the count with and without netting, and what the delay moves. */
export function filingSteps(
  report: FilingsReport,
  nettingChosen: boolean,
  rules: SettlementRules,
): ExplainStep[] {
  if (report.costs.length === 0) return [];
  const { filing, filingPerContract } = rules.citations;
  const perContract = filingPerContract ?? filing;
  const { chosen, withoutNetting, avoidedByNetting, delayDays } = report;
  const filedCosts = report.costs.filter((c) => c.filings !== 0);
  const netting = nettingWords(report, nettingChosen);
  const delay = delayWords(filedCosts);
  const unjudged = unjudgedWords(report.notJudged);
  const summary: ExplainStep = {
    key: "filings",
    zh: `对外支付税务备案：单笔对外支付超过等值 ${report.thresholdUsd} 美元（不含本数）须先向主管税务机关备案（${filing.source}）；同一合同多次付款的，仅在首次付款前备案一次（${perContract.source}）。每项境外费用按一份合同计（除非填写了合同数），每月付款一次。本方案备案 ${chosen} 次${netting.zh}。备案约需 ${delayDays} 天（市场默认值），须在首次付款前办妥：本测算按月计现金，付款记在原日期，假定提前备案；${delay.zh}。备案本身不计成本，不改变任何数字。${unjudged.zh}`,
    en: `Outward-payment tax filings: a single outward payment above USD ${report.thresholdUsd} equivalent (exclusive) is filed with the tax office first (${filing.source}); a contract paid in several remittances is filed once, before its first payment (${perContract.source}). Each overseas cost is one contract unless the scenario says how many, paid once a month. Filings here: ${chosen}${netting.en}. A filing takes about ${delayDays} day(s) (market default) and must be done before the first payment: the projection holds cash by month and books each payment on its day, the filing made ahead; ${delay.en}. The filing itself is not costed and moves no figure.${unjudged.en}`,
    formula:
      "per contract: 1 filing if any of its monthly payments x USD per unit > threshold; the months divided among the contracts in order",
    inputs: {
      thresholdUsd: report.thresholdUsd,
      delayDays: String(delayDays),
      withoutNetting: String(withoutNetting),
      avoidedByNetting: String(avoidedByNetting),
    },
    value: String(chosen),
    measure: perContract.measure,
    source: perContract.source,
  };
  return [summary, ...filedCosts.map((c) => costStep(c, perContract))];
}

/** What netting removes, or would remove, of the filings. */
function nettingWords(report: FilingsReport, nettingChosen: boolean): { zh: string; en: string } {
  const { withoutNetting, avoidedByNetting } = report;
  if (avoidedByNetting === 0) return { zh: "", en: "" };
  return nettingChosen
    ? {
        zh: `（不用轧差结算时 ${withoutNetting} 次：轧差结算免去 ${avoidedByNetting} 次，因为这些费用不再单独汇出）`,
        en: ` (${withoutNetting} without netting: netting removes ${avoidedByNetting}, as those costs are no longer wired out)`,
      }
    : {
        zh: `（选用轧差结算可免去其中 ${avoidedByNetting} 次）`,
        en: ` (netting would remove ${avoidedByNetting} of them)`,
      };
}

/** Whether a first payment left waiting for its filing would move into the next month. */
function delayWords(filedCosts: readonly FilingsReport["costs"][number][]): { zh: string; en: string } {
  if (!filedCosts.some((c) => c.filed.length > 0))
    return { zh: "没有须备案的付款", en: "no payment is filed" };
  const crossing = filedCosts.flatMap((c) => c.filed).filter((f) => f.waitCrossesMonth).length;
  return crossing === 0
    ? {
        zh: "即使不提前备案、付款等备案办完，也没有付款跨入下个月",
        en: "even a payment left waiting for its filing would stay in its month",
      }
    : {
        zh: `若不提前备案，其中 ${crossing} 笔首次付款会推迟到下个月`,
        en: `left waiting for the filing, ${crossing} first payment(s) would move into the next month`,
      };
}

/** The costs whose currency has no USD rate, so that the threshold cannot be judged. */
function unjudgedWords(notJudged: number): { zh: string; en: string } {
  if (notJudged === 0) return { zh: "", en: "" };
  return {
    zh: `另有 ${notJudged} 项费用的币种没有美元汇率，无法判断是否超过门槛，未计入；请在汇率中加入美元。`,
    en: ` ${notJudged} cost(s) are in a currency with no USD rate in the scenario: the threshold cannot be judged and they are not counted; add a USD rate.`,
  };
}

function costStep(c: FilingsReport["costs"][number], cite: { measure: string; source: string }): ExplainStep {
  const firsts = c.filed.map((f) => f.firstPayment).join(", ");
  const judged = c.filings !== null;
  const netted = c.netted
    ? { zh: "；已轧差结算，不单独汇出，无需备案", en: "; netted, so not wired out and not filed" }
    : { zh: "", en: "" };
  return {
    key: `filings:${c.name}:${c.cost}`,
    zh: judged
      ? `${c.name} 的境外${CATEGORY_ZH[c.category]}费用：${c.contracts} 份合同、${c.payments} 次付款，单笔最高约 ${c.largestPaymentUsd} 美元，须备案 ${c.filings} 次（首次付款 ${firsts}）${netted.zh}。`
      : `${c.name} 的境外${CATEGORY_ZH[c.category]}费用：没有美元汇率，无法判断是否须备案。`,
    en: judged
      ? `${c.name}, overseas ${c.category} cost: ${c.contracts} contract(s), ${c.payments} payment(s), the largest about USD ${c.largestPaymentUsd}: ${c.filings} filing(s) (first payments ${firsts})${netted.en}.`
      : `${c.name}, overseas ${c.category} cost: no USD rate, so whether it is filed cannot be judged.`,
    inputs: {
      contracts: String(c.contracts),
      payments: String(c.payments),
      largestPaymentUsd: c.largestPaymentUsd ?? "",
    },
    value: c.netted ? "0" : String(c.filings ?? "not judged"),
    measure: cite.measure,
    source: cite.source,
  };
}
