import refundRatesJson from "../../seeds/refund-rates.json";
import type { Decimal } from "../domain/money";
import { dec } from "../domain/money";
import type { Cite, CitRules, RefundRateRow, TaxRules, VatEra } from "../domain/tax";
import { type CatalogReader, currentCatalog } from "./catalog";

/** A citation of a catalog measure, optionally of a narrower clause. */
function citeIn(read: CatalogReader, measure: string, clause?: string): Cite {
  return { measure, source: read.citation(measure, clause) };
}

/** The export rules before 2026 (财税〔2012〕39号, 公告2012年第24号) and from 2026 (2026年第11号, 第5号). */
function vatEras(read: CatalogReader): VatEra[] {
  const cite = (measure: string, clause?: string) => citeIn(read, measure, clause);
  const until = read.parameter<string>("cs-2012-39", "validUntil");
  const from = read.parameter<string>("mof-sta-2026-11", "effectiveFrom");
  // 2026年第11号 keeps the formulas of 39号; its article numbers are not in the catalog, so the
  // citation names the 39号 article each clause corresponds to.
  const newRule = (topic: string, old: string) =>
    cite("mof-sta-2026-11", `${topic}（对应财税〔2012〕39号${old}）`);
  return [
    {
      from: read.parameter<string>("cs-2012-39", "effectiveFrom"),
      until,
      exemptCreditRefundScope: cite("cs-2012-39", "第二条第（一）项（生产企业免抵退税）"),
      exemptRefundScope: cite("cs-2012-39", "第二条第（二）项（外贸企业免退税）"),
      exemptCreditRefundFormula: cite("cs-2012-39", "第五条第（一）项（免抵退税计算）"),
      exemptRefundFormula: cite("cs-2012-39", "第五条第（二）项（免退税计算）"),
      exemptScope: cite("cs-2012-39", "第六条第（一）项（适用增值税免税政策的出口货物）"),
      exemptInputToCost: cite("cs-2012-39", "第六条（免税出口货物进项税额不得抵扣，转入成本）"),
      taxedScope: cite("cs-2012-39", "第七条第（一）项（适用增值税征税政策的出口货物）"),
      taxedFormula: cite("cs-2012-39", "第七条第（二）项（视同内销销项税额计算）"),
      claimWindow: cite("sta-2012-24", "第四条（申报期限：次月起至次年4月30日）"),
      filingDeadlineMonths: null,
      filingDeadline: null,
    },
    {
      from,
      until: null,
      exemptCreditRefundScope: newRule("免抵退税适用范围", "第二条第（一）项"),
      exemptRefundScope: newRule("免退税适用范围", "第二条第（二）项"),
      exemptCreditRefundFormula: newRule("免抵退税计算", "第五条第（一）项"),
      exemptRefundFormula: newRule("免退税计算", "第五条第（二）项"),
      exemptScope: newRule("免税适用范围", "第六条第（一）项"),
      exemptInputToCost: newRule("免税进项税额转入成本", "第六条"),
      taxedScope: newRule("征税适用范围", "第七条第（一）项"),
      taxedFormula: newRule("视同内销销项税额计算", "第七条第（二）项"),
      claimWindow: cite("sta-2026-5", "申报期限（次月起至次年4月30日）"),
      filingDeadlineMonths: read.parameter<number>("sta-2026-5", "filingDeadlineMonths"),
      filingDeadline: cite("sta-2026-5", "36个月规定"),
    },
  ];
}

export interface RefundRateSeed {
  rows: {
    hsPrefix: string;
    group: { zh: string; en: string };
    vatRate: string;
    refundRate: string;
    validFrom: string;
    validTo: string | null;
    source: string;
    note?: string;
  }[];
}

/** The refund-rate table; a row citing an unknown measure or overlapping another fails loudly at start. */
export function loadRefundRates(seed: RefundRateSeed, read: CatalogReader = currentCatalog): RefundRateRow[] {
  const rows = seed.rows.map((r) => {
    if (!read.findMeasure(r.source))
      throw new Error(`refund-rate row ${r.hsPrefix} cites unknown measure ${r.source}`);
    if (r.validTo !== null && r.validTo < r.validFrom)
      throw new Error(`refund-rate row ${r.hsPrefix} ends before it starts`);
    return { ...r, vatRate: dec(r.vatRate), refundRate: dec(r.refundRate) };
  });
  for (const a of rows) {
    for (const b of rows) {
      if (a === b || a.hsPrefix !== b.hsPrefix) continue;
      const overlap =
        a.validFrom <= (b.validTo ?? "9999-12-31") && b.validFrom <= (a.validTo ?? "9999-12-31");
      if (overlap)
        throw new Error(`refund-rate rows for ${a.hsPrefix} overlap (${a.validFrom}, ${b.validFrom})`);
    }
  }
  return rows;
}

export const REFUND_RATES_PUBLISHED: string = (refundRatesJson as { published: string }).published;

/**
 * The small low-profit relief. The years in force come from the catalog (2023年第12号: 5% of the whole
 * income from 2023). The tiered relief of 2019-2022, needed for deemed-profit years from 2020 and for
 * actual profit, is stated here with its documents, as published (same limits: 3,000,000 CNY of taxable
 * income, 300 employees, 50,000,000 CNY of assets): 财税〔2019〕13号 第二条 (up to 1,000,000 at 25% x 20%,
 * the rest at 50% x 20%), 财政部 税务总局公告2021年第12号 第一条 (from 2021 the first 1,000,000 halved
 * again: 12.5% x 20%) and 2022年第13号 第一条 (from 2022 the rest at 25% x 20%).
 */
function smallLowProfitRules(read: CatalogReader): CitRules["smallLowProfit"] {
  const validUntil = read.parameter<string>("mof-sta-2023-12", "validUntil");
  const million = dec(1_000_000);
  const band = (upTo: Decimal | null, rate: string) => ({ upTo, rate: dec(rate) });
  return {
    maxTaxableIncome: dec(read.parameter<string>("mof-sta-2023-12", "maxTaxableIncome")),
    maxEmployees: read.parameter<number>("mof-sta-2023-12", "maxEmployees"),
    maxTotalAssets: dec(read.parameter<string>("mof-sta-2023-12", "maxTotalAssets")),
    validUntil,
    cite: citeIn(read, "mof-sta-2023-12", "第三条（小型微利企业所得税优惠）"),
    periods: [
      {
        fromYear: 2019,
        untilYear: 2020,
        bands: [band(million, "0.05"), band(null, "0.10")],
        cite: { source: "财税〔2019〕13号 第二条" },
      },
      {
        fromYear: 2021,
        untilYear: 2021,
        bands: [band(million, "0.025"), band(null, "0.10")],
        cite: { source: "财税〔2019〕13号 第二条；财政部 税务总局公告2021年第12号 第一条" },
      },
      {
        fromYear: 2022,
        untilYear: 2022,
        bands: [band(million, "0.025"), band(null, "0.05")],
        cite: { source: "财政部 税务总局公告2021年第12号 第一条；财政部 税务总局公告2022年第13号 第一条" },
      },
      {
        fromYear: 2023,
        untilYear: Number(validUntil.slice(0, 4)),
        bands: [band(null, read.parameter<string>("mof-sta-2023-12", "effectiveRate"))],
        cite: citeIn(read, "mof-sta-2023-12", "第三条（小型微利企业所得税优惠）"),
      },
    ],
  };
}

/**
 * The surtax rates and their citation. From ruleset 2026.12.1 each rate is cited to the rule that sets it
 * (城市维护建设税法 第四条, 征收教育费附加的暂行规定, 财综〔2010〕98号); older catalogs kept all three
 * under 2021年第28号, which sets only the base, and still compute as they were.
 */
function surtaxRates(read: CatalogReader): Pick<TaxRules["surtax"], "rates" | "ratesCite"> {
  const own = read.findMeasure(URBAN_CONSTRUCTION_LAW);
  const rate = (name: string, measure: string) =>
    dec(read.parameter<string>(own ? measure : "mof-sta-2021-28", name));
  return {
    rates: {
      urbanConstruction: rate("urbanConstructionRate", URBAN_CONSTRUCTION_LAW),
      education: rate("educationRate", EDUCATION_SURCHARGE),
      localEducation: rate("localEducationRate", LOCAL_EDUCATION_SURCHARGE),
    },
    ratesCite: own
      ? {
          source: [URBAN_CONSTRUCTION_LAW, EDUCATION_SURCHARGE, LOCAL_EDUCATION_SURCHARGE]
            .map((m) => read.citation(m))
            .join("；"),
        }
      : citeIn(read, "mof-sta-2021-28"),
  };
}

const URBAN_CONSTRUCTION_LAW = "uct-law-art4";
const EDUCATION_SURCHARGE = "edu-surcharge-rules";
const LOCAL_EDUCATION_SURCHARGE = "mof-2010-98";
const SMALL_SCALE_RELIEF = "mof-sta-2023-19";

/**
 * The small-scale levy on exports taxed as domestic sales. From ruleset 2026.12.1: 3%, and the relief of
 * 财政部 税务总局公告2023年第19号 by date (1% from 2023-01-01 to 2027-12-31, exempt up to 100,000 CNY of
 * sales a month). Older catalogs carried a flat, unconfirmed 3% under 财税〔2012〕39号 and no relief.
 */
function smallScaleLevy(
  read: CatalogReader,
): Pick<TaxRules, "smallScaleLevyRate" | "smallScaleLevyRateCite" | "smallScaleRelief"> {
  const relief = read.findMeasure(SMALL_SCALE_RELIEF);
  if (!relief) {
    return {
      smallScaleLevyRate: dec(read.parameter<string>("cs-2012-39", "deemedDomesticSmallScaleLevyRate")),
      smallScaleLevyRateCite: citeIn(read, "cs-2012-39", "第七条第（二）项"),
      smallScaleRelief: null,
    };
  }
  const p = (name: string) => dec(read.parameter<string>(SMALL_SCALE_RELIEF, name));
  if (!relief.validFrom || !relief.validTo)
    throw new Error(`${SMALL_SCALE_RELIEF} must carry its dates in force`);
  return {
    smallScaleLevyRate: p("standardLevyRate"),
    smallScaleLevyRateCite: { source: "增值税暂行条例 第十二条（小规模纳税人征收率3%）" },
    smallScaleRelief: {
      from: relief.validFrom,
      until: relief.validTo,
      reducedFromRate: p("reducedFromLevyRate"),
      reducedRate: p("reducedLevyRate"),
      monthlyExemptSales: p("monthlyExemptSalesCny"),
      quarterlyExemptSales: p("quarterlyExemptSalesCny"),
      rateCite: citeIn(read, SMALL_SCALE_RELIEF, "第二条"),
      exemptionCite: citeIn(read, SMALL_SCALE_RELIEF, "第一条"),
      quarterlyCite: {
        measure: SMALL_SCALE_RELIEF,
        source: "国家税务总局公告2023年第1号 第一条（按季申报：季度销售额30万元）",
      },
    },
  };
}

/**
 * Who the surtax halving covered, period by period. Before 2023 it was a provincial choice of up to 50%,
 * which Guangdong took in full: small-scale payers only from 2019 (财税〔2019〕13号 第三条), all three
 * groups in 2022 (2022年第10号 第一条); from 2023 all three by 2023年第12号 第二条.
 */
function surtaxReliefPeriods(read: CatalogReader): TaxRules["surtax"]["reliefPeriods"] {
  return [
    {
      from: "2019-01-01",
      until: "2021-12-31",
      covers: ["small_scale"],
      cite: { source: "财税〔2019〕13号 第三条（广东省按50%减征）" },
    },
    {
      from: "2022-01-01",
      until: "2022-12-31",
      covers: ["small_scale", "small_low_profit", "individual_business"],
      cite: { source: "财政部 税务总局公告2022年第10号 第一条（广东省按50%减征）" },
    },
    {
      from: "2023-01-01",
      until: read.parameter<string>("mof-sta-2023-12", "validUntil"),
      covers: ["small_scale", "small_low_profit", "individual_business"],
      cite: citeIn(read, "mof-sta-2023-12", "第二条（六税两费减半）"),
    },
  ];
}

/** The surtaxes: rates, the base with the exempt-credit amount (2021年第28号) and the halving (2023年第12号). */
function surtaxRules(read: CatalogReader): TaxRules["surtax"] {
  return {
    ...surtaxRates(read),
    reliefFactor: dec(read.parameter<string>("mof-sta-2023-12", "surtaxReliefFactor")),
    reliefPeriods: surtaxReliefPeriods(read),
    baseCite: citeIn(read, "mof-sta-2021-28", "第一条、第二条（计税依据含免抵税额）"),
    reliefCite: citeIn(read, "mof-sta-2023-12", "第二条（六税两费减半）"),
  };
}

/**
 * Corporate income tax: the standard rate (企业所得税法 第四条), deemed profit (2019年第36号) with exempt
 * income leaving the revenue first (国税发〔2008〕30号 第六条), the small low-profit relief, and payment
 * (第五十四条).
 */
function citRules(read: CatalogReader): CitRules {
  const cite = (measure: string, clause?: string) => citeIn(read, measure, clause);
  const { parameter, citation } = read;
  return {
    standardRate: dec(parameter<string>("cit-law", "standardRate")),
    standardRateCite: cite("cit-law", "第四条"),
    deemedProfitRate: dec(parameter<string>("sta-2019-36", "deemedProfitRate")),
    deemedProfitFrom: parameter<string>("sta-2019-36", "effectiveFrom"),
    deemedProfitCite: cite("sta-2019-36"),
    exemptIncomeCite: cite("cit-law", "第二十六条"),
    deemedExemptIncomeCite: {
      measure: "sta-2019-36",
      source: `${citation("sta-2019-36", "第四条")}；国税发〔2008〕30号 第六条（应税收入额 = 收入总额 − 不征税收入 − 免税收入）`,
    },
    smallLowProfit: smallLowProfitRules(read),
    prepaymentDueDays: parameter<number>("cit-law", "prepaymentDueDays"),
    annualSettlementMonths: parameter<number>("cit-law", "annualSettlementMonths"),
    paymentCite: cite("cit-law", "第五十四条"),
  };
}

/** The tax rules of a catalog and its refund-rate table. */
export function buildTaxRules(read: CatalogReader, refundRateSeed: RefundRateSeed): TaxRules {
  const cite = (measure: string, clause?: string) => citeIn(read, measure, clause);
  const { parameter, marketDefault } = read;
  return {
    vatEras: vatEras(read),
    refundRates: loadRefundRates(refundRateSeed, read),
    noInvoiceExemption: {
      qualifyingCustomsCodes: parameter<string[]>("cs-2018-103", "qualifyingCustomsCodes"),
      effectiveFrom: parameter<string>("cs-2018-103", "effectiveFrom"),
      cite: cite("cs-2018-103"),
      localMeasure: cite("zs-2024-24-m15-no-invoice"),
    },
    marketProcurement: {
      inForce: parameter<boolean>("sta-2015-89", "stillInForce"),
      unconfirmedFrom: parameter<string>("mof-sta-2026-11", "effectiveFrom"),
      cite: cite("sta-2015-89"),
    },
    ...smallScaleLevy(read),
    surtax: surtaxRules(read),
    departureRefund: {
      effectiveFrom: parameter<string>("sta-2025-3", "effectiveFrom"),
      cite: cite("sta-2025-3"),
    },
    refundArrivalDays: marketDefault<number>("refundArrivalDays"),
    refundArrivalCite: { source: "market default refundArrivalDays (typical for good-standing filers)" },
    // Monthly VAT returns, and the refund claims filed with them, are due by the 15th (增值税暂行条例 第二十三条).
    filingDayOfMonth: 15,
    cit: citRules(read),
  };
}

/** The tax rules in force, built once. */
export const taxRules: TaxRules = buildTaxRules(currentCatalog, refundRatesJson as RefundRateSeed);
