import { addBusinessDayNumber, dayNumber, fromDayNumber } from "../dates";
import { type FieldProblem, InputError } from "../errors";
import { Explainer, type ExplainStep } from "../explain";
import { type Decimal, fen, fixed, ZERO } from "../money";

/**
 * When a marketplace pays out: one generic rule, with the marketplaces as data presets of it
 * (seeds/payout-rules.json), never as code paths.
 *
 * 1. Funds are held for `reserveDaysAfterDelivery` full days after the delivery day and become
 *    available the day after (Amazon's own example: delivered 6 January, DD+7, available from
 *    14 January). Without a delivery date, `fallbackDaysAfterPickup` counts from the pickup.
 * 2. Available funds are settled on the first settlement day on or after that, settlement days
 *    being every `cycleDays` days from `cycleAnchor` (cycleDays 1 = daily).
 * 3. The money reaches the seller `bankDays` business days (Monday to Friday, no holidays) later;
 *    0 = the settlement day itself.
 */
export interface PayoutRule {
  reserveDaysAfterDelivery: number;
  cycleDays: number;
  /** One settlement day of the seller's account (ISO date); any day works when cycleDays is 1. */
  cycleAnchor: string;
  bankDays: number;
  /** Days after pickup when there is no delivery scan; absent = a delivery date is required. */
  fallbackDaysAfterPickup?: number;
}

export interface Delivery {
  /** Delivery (scan) date. */
  date?: string;
  /** Carrier pickup date, used when there is no delivery date. */
  pickupDate?: string;
  amount: Decimal;
}

export interface Payout {
  date: string;
  amount: Decimal;
}

export interface PayoutTiming {
  availableOn: string;
  settledOn: string;
  paidOn: string;
}

/** Rejects a payout rule whose days or anchor are not usable (422 naming each field). */
export function checkPayoutRule(rule: PayoutRule): void {
  const whole = (n: number | undefined, least: number) =>
    n === undefined || (Number.isInteger(n) && n >= least);
  const problems: FieldProblem[] = [];
  const fields = [
    ["reserveDaysAfterDelivery", rule.reserveDaysAfterDelivery, 0],
    ["cycleDays", rule.cycleDays, 1],
    ["bankDays", rule.bankDays, 0],
    ["fallbackDaysAfterPickup", rule.fallbackDaysAfterPickup, 0],
  ] as const;
  for (const [name, value, least] of fields) {
    if (!whole(value, least)) {
      problems.push({
        pointer: `/rule/${name}`,
        en: `must be a whole number of days, at least ${least}`,
        zh: `应为不小于 ${least} 的整数天数`,
      });
    }
  }
  if (Number.isNaN(dayNumber(rule.cycleAnchor))) {
    problems.push({
      pointer: "/rule/cycleAnchor",
      en: "expected a date YYYY-MM-DD",
      zh: "应为日期 YYYY-MM-DD",
    });
  }
  if (problems.length > 0) throw new InputError(problems);
}

/** Day numbers of one delivery's availability, settlement and payout; the rule is already checked. */
function timing(
  delivery: Delivery,
  index: number,
  rule: PayoutRule,
  anchor: number,
): [number, number, number] {
  let available: number;
  if (delivery.date !== undefined) {
    available = dayNumber(delivery.date) + rule.reserveDaysAfterDelivery + 1;
  } else if (delivery.pickupDate !== undefined && rule.fallbackDaysAfterPickup !== undefined) {
    available = dayNumber(delivery.pickupDate) + rule.fallbackDaysAfterPickup + 1;
  } else {
    throw new InputError([
      {
        pointer: `/deliveries/${index}/date`,
        en:
          rule.fallbackDaysAfterPickup === undefined
            ? "this payout rule counts from the delivery date: give it"
            : "give the delivery date, or the pickup date when there is no delivery scan",
        zh:
          rule.fallbackDaysAfterPickup === undefined
            ? "该回款规则从妥投日起算，请填写妥投日期"
            : "请填写妥投日期；无妥投扫描时填写揽收日期",
      },
    ]);
  }
  if (Number.isNaN(available)) {
    throw new InputError([
      { pointer: `/deliveries/${index}`, en: "expected dates YYYY-MM-DD", zh: "日期应为 YYYY-MM-DD" },
    ]);
  }
  const [settled, paid] = settleAndPay(available, rule, anchor);
  return [available, settled, paid];
}

/** The settlement day (the first cycle day on or after `available`) and the day the money arrives. */
/** The first settlement day of the rule's cycle on or after the day the money is available. */
function settledDay(available: number, rule: PayoutRule, anchor: number): number {
  const offset = (((available - anchor) % rule.cycleDays) + rule.cycleDays) % rule.cycleDays;
  return offset === 0 ? available : available + rule.cycleDays - offset;
}

function settleAndPay(available: number, rule: PayoutRule, anchor: number): [number, number] {
  const settled = settledDay(available, rule, anchor);
  return [settled, addBusinessDayNumber(settled, rule.bankDays)];
}

/**
 * The day number the money of a delivery made on day `deliveryDay` arrives, for a rule checked
 * with checkPayoutRule: the hot path of the cash-flow projection (day numbers, no date parsing).
 */
export function paidDayAfterDelivery(deliveryDay: number, rule: PayoutRule, anchorDay: number): number {
  return addBusinessDayNumber(
    settledDay(deliveryDay + rule.reserveDaysAfterDelivery + 1, rule, anchorDay),
    rule.bankDays,
  );
}

/** When one delivery's money becomes available, is settled and arrives. */
export function payoutTiming(delivery: Delivery, rule: PayoutRule, index = 0): PayoutTiming {
  checkPayoutRule(rule);
  const [available, settled, paid] = timing(delivery, index, rule, dayNumber(rule.cycleAnchor));
  return {
    availableOn: fromDayNumber(available),
    settledOn: fromDayNumber(settled),
    paidOn: fromDayNumber(paid),
  };
}

/**
 * Turns deliveries into dated payouts: one payout per arrival date (deliveries settled together are
 * paid together), sorted by date, amounts summed exactly. Deterministic; linear in the deliveries
 * plus a sort of the distinct payout dates.
 */
export function payoutSchedule(deliveries: readonly Delivery[], rule: PayoutRule): Payout[] {
  checkPayoutRule(rule);
  const anchor = dayNumber(rule.cycleAnchor);
  const byDay = new Map<number, Decimal>();
  deliveries.forEach((delivery, index) => {
    const paid = timing(delivery, index, rule, anchor)[2];
    byDay.set(paid, (byDay.get(paid) ?? ZERO).plus(delivery.amount));
  });
  return [...byDay.keys()]
    .sort((a, b) => a - b)
    .map((day) => ({ date: fromDayNumber(day), amount: byDay.get(day)! }));
}

/** What a payout schedule report cites for its rule: a preset's name and sources, or "custom". */
export interface PayoutRuleLabel {
  id: string;
  zh: string;
  en: string;
  source?: string;
}

/** The JSON-ready payout schedule: each delivery's dates, the dated payouts, and explain. */
export function payoutScheduleReport(
  deliveries: readonly Delivery[],
  rule: PayoutRule,
  label: PayoutRuleLabel,
) {
  const x = new Explainer();
  const payouts = payoutSchedule(deliveries, rule);
  const { timings, total, average } = deliveryTimings(deliveries, rule);
  x.add(ruleStep(rule, label));
  x.add({
    key: "payouts",
    zh: `${deliveries.length} 笔妥投合并为 ${payouts.length} 笔回款，合计 ${fen(total)}`,
    en: `${deliveries.length} deliveries paid in ${payouts.length} payouts, total ${fen(total)}`,
    formula: "sum of delivery amounts by payout date",
    value: fen(total),
  });
  x.add({
    key: "averageDaysToCash",
    zh: "按金额加权的平均回款天数（自妥投日，无妥投时自揽收日）",
    en: "Amount-weighted average days from delivery (or pickup, without a delivery date) to cash",
    formula: "sum(amount x (paidOn - delivery)) / sum(amount)",
    value: average ?? "n/a",
  });
  return {
    deliveries: timings,
    payouts: payouts.map((p) => ({ date: p.date, amount: fen(p.amount) })),
    total: fen(total),
    averageDaysToCash: average,
    explain: x.steps,
  };
}

/**
 * Each delivery's dates (available, settled, paid) and days to cash, with the total amount and the
 * amount-weighted average days to cash (null when nothing is delivered).
 */
function deliveryTimings(deliveries: readonly Delivery[], rule: PayoutRule) {
  const anchor = dayNumber(rule.cycleAnchor);
  let total = ZERO;
  let weightedDays = ZERO;
  const timings = deliveries.map((d, i) => {
    const [available, settled, paid] = timing(d, i, rule, anchor);
    const start = dayNumber(d.date ?? d.pickupDate!);
    total = total.plus(d.amount);
    weightedDays = weightedDays.plus(d.amount.times(paid - start));
    return {
      availableOn: fromDayNumber(available),
      settledOn: fromDayNumber(settled),
      paidOn: fromDayNumber(paid),
      daysToCash: paid - start,
      amount: fen(d.amount),
    };
  });
  const average = total.isZero() ? null : fixed(weightedDays.div(total), 1);
  return { timings, total, average };
}

/** The payout rule in words: reserve after delivery, settlement cycle, days to the bank. */
function ruleStep(rule: PayoutRule, label: PayoutRuleLabel): ExplainStep {
  return {
    key: "rule",
    zh: `回款规则 ${label.zh}：妥投后冻结 ${rule.reserveDaysAfterDelivery} 个整天，次日可结算${rule.fallbackDaysAfterPickup === undefined ? "" : `（无妥投扫描时自揽收起 ${rule.fallbackDaysAfterPickup} 天）`}；每 ${rule.cycleDays} 天结算一次（锚定日 ${rule.cycleAnchor}）；结算后 ${rule.bankDays} 个工作日到账（只跳过周六日，不含节假日）`,
    en: `Payout rule ${label.en}: held ${rule.reserveDaysAfterDelivery} full days after delivery, available the next day${rule.fallbackDaysAfterPickup === undefined ? "" : ` (without a delivery scan, ${rule.fallbackDaysAfterPickup} days after pickup)`}; settled every ${rule.cycleDays} day(s) from ${rule.cycleAnchor}; ${rule.bankDays} business day(s) to the bank (weekends skipped, holidays not)`,
    formula:
      "available = delivery + reserve + 1; settled = first anchor + k x cycleDays >= available; paid = settled + bankDays business days",
    value: label.id,
    source: label.source,
  };
}
