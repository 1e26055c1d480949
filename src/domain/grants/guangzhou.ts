import type { ExplainStep } from "../explain";
import { type Decimal, fen, fixed, ONE, ZERO } from "../money";
import {
  type Award,
  allPassed,
  amountStep,
  type CheckStep,
  type City,
  check,
  cityCheck,
  type ProgrammeCite,
  refusal,
  windowCheck,
} from "./award";

/** 穗 三（一）2: a tier of annual online retail sales, its growth test and its reward cap. */
export interface SalesTier {
  /** The tier is broken when the year's sales exceed this (突破). */
  salesAbove: Decimal;
  /** Least average growth over the two consecutive years before the tier is broken. */
  minGrowth: Decimal;
  /** Reward ceiling (不超过), paid the next year. */
  reward: Decimal;
}

export interface TierRewardRules {
  cite: ProgrammeCite;
  /** Ascending by salesAbove. */
  tiers: readonly SalesTier[];
  /** The sales years the clause covers (2025-2027). */
  firstSalesYear: number;
  lastSalesYear: number;
}

/**
 * How 平均增长率 is read, which the clause does not say. `average`: compound (the national statistics
 * 水平法, (end / start)^(1/2) - 1) or arithmetic (the mean of the two annual rates). `years`: the two
 * growth years before the year the tier is broken (Y-2 and Y-1, the clause's 突破每档前), or the two
 * ending with it (Y-1 and Y).
 */
export interface GrowthReading {
  average: "compound" | "arithmetic";
  years: "before-break-year" | "ending-break-year";
}

export const DEFAULT_GROWTH_READING: GrowthReading = { average: "compound", years: "before-break-year" };

export interface YearAmount {
  year: number;
  amount: Decimal;
}

/** The average growth a reading measures, or the sales years it still needs. */
export type GrowthFigure =
  | { rate: Decimal; from: number; to: number; inputs: Record<string, string> }
  | { missing: number[] };

/** 平均增长率 over the two growth years the reading names, from the year's sales figures. */
export function averageGrowth(
  sales: ReadonlyMap<number, Decimal>,
  breakYear: number,
  reading: GrowthReading,
): GrowthFigure {
  const to = reading.years === "before-break-year" ? breakYear - 1 : breakYear;
  const from = to - 2;
  const needed = reading.average === "compound" ? [from, to] : [from, from + 1, to];
  // A base year of zero sales has no growth rate: it is missing for the test.
  const missing = needed.filter((y) => {
    const s = sales.get(y);
    return s === undefined || (y !== to && !s.gt(0));
  });
  if (missing.length > 0) return { missing };
  const at = (y: number) => sales.get(y) as Decimal;
  const inputs = Object.fromEntries(needed.map((y) => [`sales${y}`, fen(at(y))]));
  const rate =
    reading.average === "compound"
      ? at(to).div(at(from)).sqrt().minus(ONE)
      : at(from + 1)
          .div(at(from))
          .plus(at(to).div(at(from + 1)))
          .minus(2)
          .div(2);
  return { rate, from, to, inputs };
}

function readingText(reading: GrowthReading): { zh: string; en: string } {
  const avg =
    reading.average === "compound"
      ? {
          zh: "复合（几何）平均：(期末 ÷ 期初)^(1/2) − 1",
          en: "compound (geometric): (end / start)^(1/2) - 1",
        }
      : { zh: "算术平均：两年各自增长率之和 ÷ 2", en: "arithmetic: the mean of the two annual rates" };
  const years =
    reading.years === "before-break-year"
      ? { zh: "突破年份之前的两个增长年度", en: "the two growth years before the year the tier is broken" }
      : {
          zh: "截至突破年份的两个增长年度",
          en: "the two growth years ending with the year the tier is broken",
        };
  return { zh: `${years.zh}，${avg.zh}`, en: `${years.en}, ${avg.en}` };
}

const yi = (amount: Decimal) => `${amount.div(1e8).toString()}亿`;
const wan = (amount: Decimal) => `${amount.div(1e4).toString()}万`;

function growthCheck(
  cite: ProgrammeCite,
  tier: SalesTier,
  tierNo: number,
  growth: GrowthFigure,
  reading: GrowthReading,
): CheckStep {
  const how = readingText(reading);
  if ("missing" in growth) {
    const years = growth.missing.join(", ");
    return check(cite, "growth", false, {
      zh: `增长率：第${tierNo}档要求突破前连续两年平均增长率不低于 ${fixed(tier.minGrowth.times(100), 0)}%（按${how.zh}）；缺少 ${years} 年的网上零售额（或为零），无法检验。`,
      en: `Growth: tier ${tierNo} needs an average growth of at least ${fixed(tier.minGrowth.times(100), 0)}% over the two years before it is broken (${how.en}); the sales of ${years} are missing or zero, so the test cannot pass.`,
    });
  }
  const passed = growth.rate.gte(tier.minGrowth);
  return check(
    cite,
    "growth",
    passed,
    {
      zh: `增长率：${growth.from}–${growth.to} 年平均增长率 ${fixed(growth.rate.times(100), 4)}%（按${how.zh}），${passed ? "不低于" : "低于"}第${tierNo}档要求的 ${fixed(tier.minGrowth.times(100), 0)}%。`,
      en: `Growth: average growth ${growth.from}-${growth.to} is ${fixed(growth.rate.times(100), 4)}% (${how.en}), ${passed ? "at least" : "below"} the ${fixed(tier.minGrowth.times(100), 0)}% tier ${tierNo} needs.`,
    },
    { ...growth.inputs, averageGrowth: fixed(growth.rate, 6), minGrowth: fixed(tier.minGrowth, 2) },
  );
}

/** The tier the clause rewarded last, whose reward a later, higher tier only tops up. */
interface Rewarded {
  tierNo: number;
  reward: Decimal;
}

/** A tier whose sales threshold the year's sales break, numbered from 1 as the clause counts them. */
interface BrokenTier {
  t: SalesTier;
  tierNo: number;
}

/**
 * The tier rewards of 穗 三（一）2, one award per sales year from the first covered year on. A year earns
 * the highest tier whose sales test (sales > threshold) and growth test both pass; a tier is rewarded
 * once, and a later, higher tier pays only the difference (补发...奖励差额). Paid the next year.
 */
export function tierRewards(
  sales: readonly YearAmount[],
  firmCity: City,
  rules: TierRewardRules,
  reading: GrowthReading = DEFAULT_GROWTH_READING,
): Award[] {
  const byYear = new Map(sales.map((s) => [s.year, s.amount]));
  const years = [...byYear.keys()].filter((y) => y >= rules.firstSalesYear).sort((a, b) => a - b);
  if (years.length === 0) return [noCoveredSalesYear(firmCity, rules)];
  // Years are judged in order: each reward depends on the tier rewarded before it.
  let rewarded: Rewarded | null = null;
  return years.map((year) => {
    const judged = yearTierAward(year, byYear, firmCity, rules, reading, rewarded);
    rewarded = judged.rewarded;
    return judged.award;
  });
}

/** None of the sales given falls in the clause's years: one refusal says so. */
function noCoveredSalesYear(firmCity: City, rules: TierRewardRules): Award {
  const { cite } = rules;
  return refusal(
    cite,
    [
      cityCheck(cite, firmCity),
      check(cite, "salesYear", false, {
        zh: `奖励年度：本条只奖励 ${rules.firstSalesYear}–${rules.lastSalesYear} 年度的网上零售额，未填写这些年度的数据。`,
        en: `Sales year: the clause rewards the sales of ${rules.firstSalesYear}-${rules.lastSalesYear}; none of those years was given.`,
      }),
    ],
    "document",
  );
}

/**
 * One sales year's award: the city, year and sales tests, then the growth test from the highest
 * broken tier down, then whether the tier is new. Returns the tier rewarded so far for the next year.
 */
function yearTierAward(
  year: number,
  byYear: ReadonlyMap<number, Decimal>,
  firmCity: City,
  rules: TierRewardRules,
  reading: GrowthReading,
  previous: Rewarded | null,
): { award: Award; rewarded: Rewarded | null } {
  const { cite } = rules;
  const amount = byYear.get(year) as Decimal;
  const broken = brokenTiers(rules.tiers, amount);
  const steps: ExplainStep[] = [
    cityCheck(cite, firmCity),
    salesYearCheck(cite, year, rules),
    salesTierCheck(cite, year, amount, broken, rules.tiers[0]),
  ];
  if (!allPassed(steps)) return { award: refusal(cite, steps, "document", year), rewarded: previous };
  const earned = earnedTier(cite, broken, averageGrowth(byYear, year, reading), reading, steps);
  if (!earned) return { award: refusal(cite, steps, "document", year), rewarded: previous };
  const tierStep = newTierCheck(cite, earned.tierNo, previous);
  steps.push(tierStep);
  if (tierStep.value !== "passed")
    return { award: refusal(cite, steps, "document", year), rewarded: previous };
  const already = previous?.reward ?? ZERO;
  const reward = earned.t.reward.minus(already);
  steps.push(tierRewardStep(cite, year, earned, reward, already, previous));
  return {
    award: {
      programme: cite.measure,
      eligible: true,
      amount: reward,
      upTo: true,
      basisYear: year,
      payableYear: year + 1,
      timing: "document",
      payee: "firm",
      explain: steps,
    },
    rewarded: { tierNo: earned.tierNo, reward: earned.t.reward },
  };
}

function salesYearCheck(cite: ProgrammeCite, year: number, rules: TierRewardRules): CheckStep {
  const covered = year <= rules.lastSalesYear;
  return check(
    cite,
    "salesYear",
    covered,
    {
      zh: `奖励年度：${year} 年${covered ? "在" : "不在"}本条所列 ${rules.firstSalesYear}–${rules.lastSalesYear} 年度内${covered ? "" : "，本条奖励已不再适用"}。`,
      en: `Sales year: ${year} ${covered ? "is" : "is not"} within the clause's ${rules.firstSalesYear}-${rules.lastSalesYear}${covered ? "" : ": the reward no longer applies"}.`,
    },
    { year: String(year) },
  );
}

/** The tiers whose threshold the sales exceed (突破), lowest first. */
function brokenTiers(tiers: readonly SalesTier[], amount: Decimal): BrokenTier[] {
  return tiers.map((t, i) => ({ t, tierNo: i + 1 })).filter(({ t }) => amount.gt(t.salesAbove));
}

function salesTierCheck(
  cite: ProgrammeCite,
  year: number,
  amount: Decimal,
  broken: readonly BrokenTier[],
  lowest: SalesTier,
): CheckStep {
  return check(
    cite,
    "salesTier",
    broken.length > 0,
    broken.length > 0
      ? {
          zh: `销售额：${year} 年实物商品网上零售额 ${fen(amount)} 元，突破第${broken.length}档（${yi(broken[broken.length - 1].t.salesAbove)}元）。`,
          en: `Sales: ${year} online retail sales of ${fen(amount)} CNY break tier ${broken.length} (${fen(broken[broken.length - 1].t.salesAbove)} CNY).`,
        }
      : {
          zh: `销售额：${year} 年实物商品网上零售额 ${fen(amount)} 元，未突破最低一档（${yi(lowest.salesAbove)}元）。`,
          en: `Sales: ${year} online retail sales of ${fen(amount)} CNY do not break the lowest tier (${fen(lowest.salesAbove)} CNY).`,
        },
    { sales: fen(amount), lowestTier: fen(lowest.salesAbove) },
  );
}

/**
 * The highest broken tier whose growth test passes, each test tried appended to `steps`. The highest
 * broken tier has the mildest growth test; a lower tier is tried only if it fails.
 */
function earnedTier(
  cite: ProgrammeCite,
  broken: readonly BrokenTier[],
  growth: GrowthFigure,
  reading: GrowthReading,
  steps: ExplainStep[],
): BrokenTier | null {
  for (const b of [...broken].reverse()) {
    const step = growthCheck(cite, b.t, b.tierNo, growth, reading);
    steps.push(step);
    if (step.value === "passed") return b;
  }
  return null;
}

/** 一次性奖励: a tier is rewarded once; only a higher tier than the last one rewarded pays again. */
function newTierCheck(cite: ProgrammeCite, tierNo: number, previous: Rewarded | null): CheckStep {
  const newTier = previous === null || tierNo > previous.tierNo;
  return check(
    cite,
    "newTier",
    newTier,
    previous === null
      ? {
          zh: `一次性奖励：此前未获本条奖励，按第${tierNo}档奖励。`,
          en: `One-off: no earlier reward under the clause; tier ${tierNo} is rewarded.`,
        }
      : newTier
        ? {
            zh: `进档：此前已获第${previous.tierNo}档奖励（不超过 ${wan(previous.reward)}元），本次进入第${tierNo}档，补发两档奖励差额。`,
            en: `Moving up: tier ${previous.tierNo} was rewarded before (up to ${fen(previous.reward)} CNY); reaching tier ${tierNo} pays the difference between the two tiers.`,
          }
        : {
            zh: `一次性奖励：第${tierNo}档不高于已获奖励的第${previous.tierNo}档，不再奖励。`,
            en: `One-off: tier ${tierNo} is not above tier ${previous.tierNo}, already rewarded; nothing more is due.`,
          },
  );
}

/** 补发...奖励差额: the tier's reward less the reward of the tier already rewarded, paid the next year. */
function tierRewardStep(
  cite: ProgrammeCite,
  year: number,
  earned: BrokenTier,
  reward: Decimal,
  already: Decimal,
  previous: Rewarded | null,
): ExplainStep {
  return amountStep(
    cite,
    reward,
    true,
    {
      zh: `奖励：第${earned.tierNo}档不超过 ${wan(earned.t.reward)}元${already.isZero() ? "" : `，减去已获第${previous?.tierNo}档的 ${wan(already)}元`}，于次年（${year + 1} 年）一次性发放。`,
      en: `Reward: tier ${earned.tierNo}, up to ${fen(earned.t.reward)} CNY${already.isZero() ? "" : `, less the ${fen(already)} CNY of tier ${previous?.tierNo} already rewarded`}, paid once the next year (${year + 1}).`,
    },
    {
      formula: "tier reward - reward of the tier already rewarded",
      inputs: { tierReward: fen(earned.t.reward), alreadyRewarded: fen(already) },
    },
  );
}

export interface HonghuRules {
  cite: ProgrammeCite;
  /** 最高不超过 100万. */
  reward: Decimal;
  /** The years of the selection (2025 and 2027). */
  selectionYears: readonly number[];
}

export interface HonghuFacts {
  /** The selection year in which the firm entered the list. */
  listedYear: number;
  /** The firm had never been on the list before. */
  firstListing: boolean;
}

/**
 * 穗 三（一）2, 鸿鹄: a one-off reward of up to 100万 for a firm first entering the list in the 2025 or
 * 2027 selection. The clause states no payment date: the award is dated the year after the listing, as
 * the tier rewards of the same clause are, and says it is an estimate.
 */
export function honghuReward(facts: HonghuFacts | undefined, firmCity: City, rules: HonghuRules): Award {
  const { cite } = rules;
  const steps: ExplainStep[] = [cityCheck(cite, firmCity), honghuListedCheck(facts, rules)];
  if (facts !== undefined) steps.push(firstListingCheck(cite, facts.firstListing));
  if (!allPassed(steps) || facts === undefined) return refusal(cite, steps, "assumed");
  steps.push(
    amountStep(cite, rules.reward, true, {
      zh: `奖励：一次性，最高不超过 ${wan(rules.reward)}元。文件未载明发放时间，按入选次年（${facts.listedYear + 1} 年）估计。`,
      en: `Reward: one-off, up to ${fen(rules.reward)} CNY. The document states no payment date; estimated for the year after the listing (${facts.listedYear + 1}).`,
    }),
  );
  return {
    programme: cite.measure,
    eligible: true,
    amount: rules.reward,
    upTo: true,
    basisYear: facts.listedYear,
    payableYear: facts.listedYear + 1,
    timing: "assumed",
    payee: "firm",
    explain: steps,
  };
}

/** 穗 三（一）2: the firm entered the 鸿鹄 list in one of the selection years (2025, 2027). */
function honghuListedCheck(facts: HonghuFacts | undefined, rules: HonghuRules): CheckStep {
  const years = rules.selectionYears.join("、");
  const listed = facts !== undefined && rules.selectionYears.includes(facts.listedYear);
  return check(
    rules.cite,
    "listed",
    listed,
    facts === undefined
      ? {
          zh: `入选：未填写入选“鸿鹄”企业名单的年份（评选年份：${years}）。`,
          en: `Listed: no listing in the Honghu selection was given (selections: ${years}).`,
        }
      : {
          zh: `入选：${facts.listedYear} 年${listed ? "是" : "不是"}“鸿鹄”企业评选年份（${years}）。`,
          en: `Listed: ${facts.listedYear} ${listed ? "is" : "is not"} a Honghu selection year (${years}).`,
        },
  );
}

/** 穗 三（一）2: the one-off 鸿鹄 reward is for a firm entering the list for the first time. */
function firstListingCheck(cite: ProgrammeCite, firstListing: boolean): CheckStep {
  return check(cite, "firstListing", firstListing, {
    zh: firstListing
      ? "首次入选：企业首次进入名单。"
      : "首次入选：企业此前已在名单中，一次性奖励只给首次入选者。",
    en: firstListing
      ? "First listing: the firm enters the list for the first time."
      : "First listing: the firm was on the list before; the one-off reward is for a first listing only.",
  });
}

export interface ParkOperatorFacts {
  /** The year the firm's park (base) first entered the district's list. */
  firstListedYear: number;
  /** The one-off reward the district's own policy pays, when the firm knows it. */
  districtAmount?: Decimal;
}

/**
 * 穗 三（一）1: the operator of a live-commerce park first selected by its district gets a one-off reward;
 * the amount is the district's (具体扶持政策由各区人民政府制定), so it comes from the user or stays open.
 */
export function parkOperatorReward(
  facts: ParkOperatorFacts | undefined,
  firmCity: City,
  cite: ProgrammeCite,
): Award {
  const steps: ExplainStep[] = [cityCheck(cite, firmCity), parkFirstListedCheck(cite, facts)];
  if (facts)
    steps.push(
      windowCheck(cite, `${facts.firstListedYear}-12-31`, {
        zh: "入选年度末",
        en: "the end of the listing year",
      }),
    );
  if (!facts || !allPassed(steps)) return refusal(cite, steps, "user");
  const amount = facts.districtAmount ?? null;
  steps.push(parkRewardStep(cite, amount));
  return {
    programme: cite.measure,
    eligible: true,
    amount,
    upTo: false,
    basisYear: facts.firstListedYear,
    payableYear: facts.firstListedYear,
    timing: "assumed",
    payee: "firm",
    explain: steps,
  };
}

/** 穗 三（一）1: the park (base) the firm runs entered its district's list for the first time. */
function parkFirstListedCheck(cite: ProgrammeCite, facts: ParkOperatorFacts | undefined): CheckStep {
  return check(cite, "firstListed", facts !== undefined, {
    zh: facts
      ? `首次入选：企业运营的直播电商园区（基地）于 ${facts.firstListedYear} 年首次进入区级名单。`
      : "首次入选：未填写企业运营的园区（基地）首次进入区级名单的年份。",
    en: facts
      ? `First listed: the firm's live-commerce park (base) entered its district's list for the first time in ${facts.firstListedYear}.`
      : "First listed: no first listing of a park (base) run by the firm was given.",
  });
}

/** The park operator's reward: the district's amount (具体扶持政策由各区人民政府制定), or open when unknown. */
function parkRewardStep(cite: ProgrammeCite, amount: Decimal | null): ExplainStep {
  return {
    key: "amount",
    zh:
      amount === null
        ? "奖励：金额由各区政策确定（文件未载明），请填写所在区公布的金额。"
        : `奖励：按所在区政策，一次性 ${fen(amount)} 元（用户填写）。`,
    en:
      amount === null
        ? "Reward: the amount is set by the district's policy (not stated in the document); enter your district's figure."
        : `Reward: one-off ${fen(amount)} CNY under the district's policy (entered by the user).`,
    value: amount === null ? "-" : fen(amount),
    measure: cite.measure,
    source: cite.source,
  };
}
