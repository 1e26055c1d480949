import feesJson from "../../seeds/marketplace-fees.json";
import { Decimal } from "../domain/money";

/**
 * The dated marketplace fee table (seeds/marketplace-fees.json) the web form fills empty costs
 * from. Not part of a ruleset: it only proposes a scenario's inputs, which the scenario then states.
 */

type Words = { zh: string; en: string };
export interface FeeSource {
  title: string;
  url?: string;
}

/** One cost the form fills: which input, the figure, and where it comes from. */
export interface FeeDefault {
  category: "platform" | "advertising" | "logistics" | "warehousing";
  part: "shareOfSales" | "perUnit";
  /** A fraction of sales, or (perUnit) USD a unit. */
  value: string;
  /** The figure in words, as the form and the report say it. */
  basis: Words;
  effectiveFrom: string | null;
  /** Read on the marketplace's own page (true) or only in a secondary report. */
  confirmed: boolean;
  /** Not a fee at all but the form's assumption (ads). */
  assumption: boolean;
  source: FeeSource;
}

interface Band {
  upToUsd?: string;
  shareOfSales: string;
}
interface Commission {
  hsChapters?: string[];
  category: Words;
  bands: Band[];
  effectiveFrom: string | null;
  confirmed: boolean;
  source: FeeSource;
}
interface Marketplace {
  id: string;
  name: Words;
  payoutRules: string[];
  commission: Commission[];
  fulfilment: null | {
    perUnitUsd: string;
    tier: Words;
    effectiveFrom: string;
    confirmed: boolean;
    source: FeeSource;
  };
  storage: null | {
    perCubicFootMonthUsd: { januaryToSeptember: string; octoberToDecember: string };
    effectiveFrom: string;
    confirmed: boolean;
    source: FeeSource;
    perUnitAssumption: { cubicFeet: string; monthsHeld: string; note: Words };
  };
  note?: Words;
}

const TABLE = feesJson as unknown as {
  read: string;
  checkYourAccount: Words;
  advertising: { shareOfSales: string; note: Words; source: FeeSource };
  marketplaces: Marketplace[];
};

export const CHECK_YOUR_ACCOUNT: Words = TABLE.checkYourAccount;
export const FEES_READ_ON: string = TABLE.read;

/** The marketplace whose payout rule a line names. */
export function marketplaceOf(payoutRule: string): { id: string; name: Words; note?: Words } | undefined {
  return marketplaceFor(payoutRule);
}

/** The marketplace of a payout rule, with its whole fee table. */
function marketplaceFor(payoutRule: string): Marketplace | undefined {
  return TABLE.marketplaces.find((m) => m.payoutRules.includes(payoutRule));
}

const percent = (fraction: string) => new Decimal(fraction).times(100).toFixed();

/** The commission of a marketplace for an HS code and a price in USD (the category's band). */
function commissionOf(m: Marketplace, hsCode: string, priceUsd: Decimal | undefined): FeeDefault {
  const c =
    m.commission.find((x) => x.hsChapters?.includes(hsCode.slice(0, 2))) ??
    m.commission.find((x) => !x.hsChapters)!;
  // Without a price, the top band: a projection should not count on the lower rate.
  const band =
    c.bands.find((b) => b.upToUsd !== undefined && priceUsd?.lte(b.upToUsd)) ?? c.bands[c.bands.length - 1];
  const rate = percent(band.shareOfSales);
  const limit = band.upToUsd
    ? { zh: `（售价不超过 ${band.upToUsd} 美元）`, en: ` (price up to USD ${band.upToUsd})` }
    : { zh: "", en: "" };
  return {
    category: "platform",
    part: "shareOfSales",
    value: band.shareOfSales,
    basis: {
      zh: `${m.name.zh}佣金，${c.category.zh} ${rate}%${limit.zh}`,
      en: `${m.name.en} referral fee, ${c.category.en} ${rate}%${limit.en}`,
    },
    effectiveFrom: c.effectiveFrom,
    confirmed: c.confirmed,
    assumption: false,
    source: c.source,
  };
}

/** Storage a unit: the year's average rate per cubic foot a month × the assumed volume × months held. */
function storagePerUnit(s: NonNullable<Marketplace["storage"]>): string {
  const r = s.perCubicFootMonthUsd;
  const yearAverage = new Decimal(r.januaryToSeptember)
    .times(9)
    .plus(new Decimal(r.octoberToDecember).times(3))
    .div(12);
  const a = s.perUnitAssumption;
  return yearAverage.times(a.cubicFeet).times(a.monthsHeld).toFixed(2, Decimal.ROUND_HALF_UP);
}

/** The form's advertising assumption: a share of sales, not a marketplace fee (said so in its note). */
function advertisingAssumption(): FeeDefault {
  const ads = TABLE.advertising;
  return {
    category: "advertising",
    part: "shareOfSales",
    value: ads.shareOfSales,
    basis: ads.note,
    effectiveFrom: null,
    confirmed: false,
    assumption: true,
    source: ads.source,
  };
}

/** The marketplace's fulfilment fee a unit (FBA), for the tier the table names. */
function fulfilmentFee(m: Marketplace, f: NonNullable<Marketplace["fulfilment"]>): FeeDefault {
  return {
    category: "logistics",
    part: "perUnit",
    value: f.perUnitUsd,
    basis: {
      zh: `${m.name.zh} FBA 配送费 ${f.perUnitUsd} 美元/件（${f.tier.zh}）`,
      en: `${m.name.en} FBA fulfilment USD ${f.perUnitUsd} a unit (${f.tier.en})`,
    },
    effectiveFrom: f.effectiveFrom,
    confirmed: f.confirmed,
    assumption: false,
    source: f.source,
  };
}

/** The marketplace's storage fee a unit, from its monthly rates and the assumed volume and months held. */
function storageFee(m: Marketplace, s: NonNullable<Marketplace["storage"]>): FeeDefault {
  const r = s.perCubicFootMonthUsd;
  const perUnit = storagePerUnit(s);
  return {
    category: "warehousing",
    part: "perUnit",
    value: perUnit,
    basis: {
      zh: `${m.name.zh}仓储费 ${perUnit} 美元/件：每立方英尺每月 1–9 月 ${r.januaryToSeptember}、10–12 月 ${r.octoberToDecember} 美元，${s.perUnitAssumption.note.zh}`,
      en: `${m.name.en} storage USD ${perUnit} a unit: USD ${r.januaryToSeptember} per cubic foot a month Jan-Sep, ${r.octoberToDecember} Oct-Dec, ${s.perUnitAssumption.note.en}`,
    },
    effectiveFrom: s.effectiveFrom,
    confirmed: s.confirmed,
    assumption: false,
    source: s.source,
  };
}

/**
 * The costs a marketplace charges on every sale (commission; fulfilment and storage where it runs
 * the warehouse), and the ads assumption, for a line of that marketplace.
 */
export function feeDefaults(payoutRule: string, hsCode: string, priceUsd: Decimal | undefined): FeeDefault[] {
  const advertising = advertisingAssumption();
  const m = marketplaceFor(payoutRule);
  if (!m) return [advertising];
  const fees = [commissionOf(m, hsCode, priceUsd), advertising];
  if (m.fulfilment) fees.push(fulfilmentFee(m, m.fulfilment));
  if (m.storage) fees.push(storageFee(m, m.storage));
  return fees;
}
