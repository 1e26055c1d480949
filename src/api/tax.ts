import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { ZERO } from "../domain/money";
import {
  assessExportVat,
  assessIncomeTax,
  CUSTOMS_CODES,
  type ExportVatInput,
  FILING_PERIODS,
  type IncomeTaxInput,
  LEGAL_FORMS,
  REGIMES,
} from "../domain/tax";
import { RULESET } from "../policy/catalog";
import { taxRules } from "../policy/tax";
import type { AppEnv } from "./env";
import { errorResponses } from "./problem";
import {
  decimalIn,
  ExplainSchema,
  IsoDateSchema,
  jsonBody,
  jsonOk,
  MoneyOut,
  moneyIn,
  moneyInput,
  RateOut,
  RulesetSchema,
  rateIn,
} from "./schemas";
import { addProblem, msg } from "./validation";

// ---------- shared pieces ----------

const BilingualSchema = { zh: z.string(), en: z.string() };

const PilotZoneSchema = z
  .strictObject({
    registered: z
      .boolean()
      .openapi({ description: "Registered in a CBEC comprehensive pilot zone (综试区)" }),
    platformRecorded: z.boolean().openapi({
      description:
        "The export (date, goods, unit, quantity, unit price, amount) is recorded on the zone's online platform",
    }),
    zoneCustoms: z
      .boolean()
      .openapi({ description: "Declared as an e-commerce export through the customs of the zone's city" }),
  })
  .openapi({ description: "The three firm-level facts of 财税〔2018〕103号 第一条" });

const CustomsCodeSchema = z.enum(CUSTOMS_CODES).openapi({
  description:
    "Customs supervision code: 0110 general trade, 9610 CBEC retail, 9710 CBEC B2B direct, 9810 CBEC overseas warehouse, 1039 market procurement",
  example: "9810",
});

const InvoiceSchema = z.enum(["special", "ordinary", "none"]).openapi({
  description: "Purchase voucher of the exported goods: special VAT invoice, ordinary invoice, or none",
});

const customsCodeList = z.array(CustomsCodeSchema).min(1).max(5);

const LegalFormSchema = z.enum(LEGAL_FORMS).openapi({
  description:
    "company 企业 (default) or individual_business 个体工商户 (surtaxes halved under 2023年第12号; pays individual income tax, not CIT)",
});

const ConditionSchema = z
  .object({
    id: z.string(),
    ...BilingualSchema,
    met: z.boolean(),
    fact: z.string().openapi({ description: "JSON pointer of the request field that decides the condition" }),
    source: z.string().openapi({ description: "Document number and clause" }),
    measure: z.string().optional(),
  })
  .openapi("TaxCondition");

const GroundSchema = z
  .object({
    id: z.string(),
    ...BilingualSchema,
    met: z.boolean().openapi({ description: "True when every condition holds" }),
    source: z.string(),
    measure: z.string().optional(),
    conditions: z.array(ConditionSchema),
  })
  .openapi("TaxGround");

const RegimeSchema = z.enum(REGIMES).openapi({
  description:
    "exempt-credit-refund 免抵退税 | exempt-refund 免退税 | exempt 免税 | taxed-as-domestic 视同内销征税",
});

const EligibilitySchema = z
  .object({
    regime: RegimeSchema,
    applies: z.boolean(),
    basis: z.string().nullable().openapi({ description: "Id of the ground that holds" }),
    grounds: z
      .array(GroundSchema)
      .openapi({ description: "Each legal ground; the regime applies if one holds" }),
  })
  .openapi("RegimeEligibility");

const FiguresSchema = z
  .object({
    nonCreditableOffset: MoneyOut.optional().openapi({ description: "不得免征和抵扣税额抵减额 (capped)" }),
    nonCreditable: MoneyOut.optional().openapi({ description: "不得免征和抵扣税额, booked to cost" }),
    payable: MoneyOut.optional().openapi({ description: "当期应纳税额; negative = closing credit" }),
    eligibleRefundOffset: MoneyOut.optional().openapi({ description: "免抵退税额抵减额" }),
    eligibleRefund: MoneyOut.optional().openapi({ description: "免抵退税额" }),
    refund: MoneyOut.optional().openapi({ description: "应退税额" }),
    exemptCredit: MoneyOut.optional().openapi({ description: "免抵税额 (surtax base)" }),
    carryForward: MoneyOut.optional().openapi({ description: "Credit carried to the next period" }),
    invoiceAmountExclVat: MoneyOut.optional(),
    outputVat: MoneyOut.optional().openapi({ description: "Output VAT of a deemed domestic sale" }),
    nonCreditableReversed: MoneyOut.optional().openapi({
      description: "Non-creditable amount booked earlier, reversed to input VAT (taxed as domestic)",
    }),
    vatDue: MoneyOut.optional().openapi({ description: "VAT payable in cash for the period" }),
    toCost: MoneyOut.optional().openapi({ description: "VAT that ends as cost" }),
    consumptionTaxRefund: MoneyOut.optional(),
    consumptionTaxDue: MoneyOut.optional(),
  })
  .openapi("ExportVatFigures", {
    description: "The figures of the regime, named as in the textbooks; only those that apply",
  });

const CostSummarySchema = z
  .object({
    refund: MoneyOut,
    vatDue: MoneyOut,
    vatCost: MoneyOut.openapi({
      description: "VAT the exports bear (not recovered by credit or refund; the output VAT when taxed)",
    }),
    surtaxes: MoneyOut,
    consumptionTax: MoneyOut.openapi({
      description: "Consumption tax due (taxed as domestic); a trader's consumption-tax refund is in refund",
    }),
    netCost: MoneyOut.openapi({ description: "vatCost + surtaxes + consumption tax due" }),
    netCashToTaxOffice: MoneyOut.openapi({
      description: "VAT due + surtaxes + consumption tax due − refunds",
    }),
  })
  .openapi("RegimeCostSummary");

// ---------- POST /v1/tax/export-vat ----------

const ExportVatRequest = z
  .strictObject({
    regime: z
      .enum(["auto", ...REGIMES])
      .default("auto")
      .openapi({
        description:
          "auto (default) decides from the facts; a named regime is checked and refused (422) if its conditions fail, except taxed-as-domestic, computed with a warning",
      }),
    enterprise: z.strictObject({
      kind: z.enum(["manufacturer", "trader"]).openapi({ description: "生产企业 or 外贸企业" }),
      vatPayer: z.enum(["general", "small_scale"]).openapi({ description: "一般纳税人 or 小规模纳税人" }),
      legalForm: LegalFormSchema.optional(),
      pilotZone: PilotZoneSchema,
    }),
    customsCode: CustomsCodeSchema,
    exportDate: IsoDateSchema.openapi({
      description: "Export date on the customs declaration (picks rates and rules)",
    }),
    hsCode: z
      .string()
      .regex(/^\d{2,10}$/, { error: msg("hs-prefix") })
      .optional()
      .openapi({
        description:
          "HS code (2–10 digits); rates come from the dated table unless vatRate and refundRate are sent",
        example: "9405409000",
      }),
    vatRate: rateIn("VAT rate of the goods (with refundRate, overrides the table)", "0.13").optional(),
    refundRate: rateIn("Export refund rate (with vatRate, overrides the table)", "0.13").optional(),
    fob: moneyInput("FOB value of the exports", { amount: "25500", currency: "USD" }),
    fxRate: decimalIn(
      "CNY per unit of the FOB currency on the export date; required unless the FOB is in CNY",
      "7.1",
      {
        min: "0",
        exclusiveMin: true,
      },
    ).optional(),
    domesticOutputVat: moneyIn("Output VAT of domestic sales in the period (default 0)", "13000").optional(),
    inputVat: moneyIn("Creditable input VAT of the period (default 0)", "14820").optional(),
    openingCredit: moneyIn("Credit brought forward (期初留抵, default 0)", "0").optional(),
    domesticSales: moneyIn(
      "Domestic sales excl. VAT, to apportion input VAT of exempt exports",
      "100000",
    ).optional(),
    dutyFreeMaterials: moneyInput("Bonded imported and duty-free domestic materials in the exports", {
      amount: "0",
      currency: "CNY",
    }).optional(),
    plannedAllocationRatio: rateIn(
      "进料加工 planned allocation ratio (planned imports ÷ planned exports, actual-consumption method): bonded materials = FOB × ratio, added to dutyFreeMaterials",
      "0.35",
    ).optional(),
    nonCreditableReversed: moneyIn(
      "Taxed as domestic (general payer): the non-creditable amount already booked to cost for these goods, reversed back to input VAT (default 0)",
      "0",
    ).optional(),
    purchase: z
      .strictObject({
        invoice: InvoiceSchema,
        amountExclVat: moneyIn("Invoice amount excluding VAT", "100000").optional(),
        amountInclVat: moneyIn(
          "Invoice amount including VAT (divided by 1 + rate, rounded to the fen)",
          "113000",
        ).optional(),
        invoiceVatRate: rateIn("VAT rate printed on the invoice", "0.13").optional(),
      })
      .optional()
      .openapi({
        description:
          "Purchase of the exported goods: required for traders; for a manufacturer, omitted = vouchers held",
      }),
    levyRate: rateIn(
      "Small-scale levy rate for a deemed domestic sale; default: the rate in force on the export date (1% from 2023-01-01 to 2027-12-31 under 财政部 税务总局公告2023年第19号, else 3%)",
      "0.01",
    ).optional(),
    smallScale: z
      .strictObject({
        filing: z
          .enum(FILING_PERIODS)
          .openapi({ description: "monthly: 100,000 CNY a month exempt; quarterly: 300,000 CNY a quarter" }),
        otherSalesExclVat: moneyIn(
          "The payer's other taxable sales of the same month or quarter, VAT excluded (domestic sales, other taxed exports)",
          "0",
        ),
      })
      .optional()
      .openapi({
        description:
          "Small-scale payer: the filing period and its other sales, against which 2023年第19号's exemption threshold is measured (default: monthly, this export the only sale)",
      }),
    bondedMaterialsConsumed: moneyIn(
      "Bonded imported materials consumed, deducted from FOB when taxed (default FOB × plannedAllocationRatio when that is sent, else 0)",
      "0",
    ).optional(),
    consumptionTax: z
      .strictObject({
        adValoremBase: moneyIn("Ad-valorem base", "0").optional(),
        adValoremRate: rateIn("Ad-valorem rate", "0").optional(),
        quantity: decimalIn("Quantity for the specific rate", "0", { min: "0" }).optional(),
        specificRate: moneyIn("Specific rate per unit", "0").optional(),
      })
      .optional()
      .openapi({ description: "Consumption tax inputs (rare for Zhongshan goods)" }),
    goodsExcludedFromExemption: z.boolean().optional().openapi({
      description:
        "The goods are on a list whose export refund AND exemption were cancelled (taxed). A 0% refund rate is not that. Default false",
    }),
    measures: z
      .strictObject({
        noInvoiceExemption: z.boolean().default(true).openapi({ description: "无票免税 (default on)" }),
        departureRefund: z
          .boolean()
          .default(true)
          .openapi({ description: "9810 refund on departure (default on)" }),
      })
      .default({ noInvoiceExemption: true, departureRefund: true }),
    parameters: z
      .strictObject({
        qualifyingCustomsCodes: customsCodeList
          .optional()
          .openapi({ description: "Codes that may use 无票免税 (default [9610], unconfirmed)" }),
        marketProcurementInForce: z
          .boolean()
          .optional()
          .openapi({ description: "公告2015年第89号 still applies (default true, unconfirmed after 2026)" }),
        refundArrivalDays: z
          .number()
          .int()
          .min(0)
          .max(365)
          .optional()
          .openapi({ description: "Days from filing to refund (default 20)" }),
      })
      .optional(),
    surtax: z
      .strictObject({
        rates: z
          .strictObject({
            urbanConstruction: rateIn(
              "Urban construction tax rate (7% urban, 5% county, 1% elsewhere)",
              "0.07",
            ).optional(),
            education: rateIn("Education surcharge rate", "0.03").optional(),
            localEducation: rateIn("Local education surcharge rate", "0.02").optional(),
          })
          .optional(),
        smallLowProfit: z
          .boolean()
          .optional()
          .openapi({ description: "The firm is a small low-profit enterprise (surtaxes halved)" }),
      })
      .optional(),
    soldDate: IsoDateSchema.optional().openapi({
      description: "Sale date abroad of a 9810 export without the departure refund",
    }),
  })
  .superRefine((v, ctx) => {
    const issue = (path: (string | number)[], en: string, zh: string) => addProblem(ctx, path, en, zh);
    if ((v.vatRate === undefined) !== (v.refundRate === undefined)) {
      issue(
        [v.vatRate === undefined ? "vatRate" : "refundRate"],
        "send vatRate and refundRate together",
        "vatRate 与 refundRate 须同时提供",
      );
    }
    if (v.vatRate === undefined && v.refundRate === undefined && !v.hsCode) {
      issue(
        ["hsCode"],
        "send hsCode, or vatRate and refundRate",
        "请提供 hsCode，或同时提供 vatRate 和 refundRate",
      );
    }
    if (v.fob.currency !== "CNY" && !v.fxRate) {
      issue(["fxRate"], "required when the FOB is not in CNY", "离岸价非人民币时必须提供 fxRate");
    }
    if (v.nonCreditableReversed && v.enterprise.vatPayer === "small_scale") {
      issue(
        ["nonCreditableReversed"],
        "a small-scale payer never books a non-creditable amount",
        "小规模纳税人不存在已转出的不得免征和抵扣税额",
      );
    }
    if (v.enterprise.kind === "trader" && !v.purchase) {
      issue(["purchase"], "a trading company must state its purchase voucher", "外贸企业须说明进货凭证");
    }
    if (v.purchase) purchaseProblems(v.purchase, issue);
  });

type ExportVatBody = z.infer<typeof ExportVatRequest>;

/** A purchase's invoice facts that contradict each other: both amounts, an amount without its rate, either with no invoice. */
function purchaseProblems(
  p: { invoice: string; amountExclVat?: unknown; amountInclVat?: unknown; invoiceVatRate?: unknown },
  issue: (path: (string | number)[], en: string, zh: string) => void,
): void {
  if (p.amountExclVat && p.amountInclVat) {
    issue(
      ["purchase", "amountInclVat"],
      "send either amountExclVat or amountInclVat",
      "amountExclVat 与 amountInclVat 只能提供一个",
    );
  }
  if ((p.amountExclVat || p.amountInclVat) && !p.invoiceVatRate) {
    issue(
      ["purchase", "invoiceVatRate"],
      "required with an invoice amount",
      "提供发票金额时必须提供发票税率",
    );
  }
  if (p.invoice === "none" && (p.amountExclVat || p.amountInclVat || p.invoiceVatRate)) {
    issue(
      ["purchase", "invoice"],
      "no invoice means no invoice amount or rate",
      "无发票时不应提供发票金额或税率",
    );
  }
}

function exportVatInput(b: ExportVatBody): ExportVatInput {
  return {
    regime: b.regime,
    enterprise: b.enterprise,
    customsCode: b.customsCode,
    exportDate: b.exportDate,
    hsCode: b.hsCode,
    vatRate: b.vatRate,
    refundRate: b.refundRate,
    fob: b.fob,
    fxRate: b.fxRate,
    ledger: {
      domesticOutputVat: b.domesticOutputVat ?? ZERO,
      inputVat: b.inputVat ?? ZERO,
      openingCredit: b.openingCredit ?? ZERO,
      domesticSales: b.domesticSales,
    },
    dutyFreeMaterials: b.dutyFreeMaterials,
    plannedAllocationRatio: b.plannedAllocationRatio,
    nonCreditableReversed: b.nonCreditableReversed,
    purchase: b.purchase && purchaseInput(b.purchase),
    levyRate: b.levyRate,
    smallScale: b.smallScale,
    bondedMaterialsConsumed: b.bondedMaterialsConsumed,
    consumptionTax: b.consumptionTax && consumptionTaxInput(b.consumptionTax),
    goodsExcludedFromExemption: b.goodsExcludedFromExemption,
    measures: b.measures,
    parameters: b.parameters,
    surtax: b.surtax,
    soldDate: b.soldDate,
  };
}

/** The purchase's invoice and amount, excluding VAT when given so, else including it. */
function purchaseInput(p: NonNullable<ExportVatBody["purchase"]>): ExportVatInput["purchase"] {
  return {
    invoice: p.invoice,
    amount: p.amountExclVat
      ? { exclVat: p.amountExclVat }
      : p.amountInclVat
        ? { inclVat: p.amountInclVat }
        : undefined,
    invoiceVatRate: p.invoiceVatRate,
  };
}

/** Consumption tax's ad valorem and specific parts, a part not given counting zero. */
function consumptionTaxInput(
  ct: NonNullable<ExportVatBody["consumptionTax"]>,
): ExportVatInput["consumptionTax"] {
  return {
    adValoremBase: ct.adValoremBase ?? ZERO,
    adValoremRate: ct.adValoremRate ?? ZERO,
    quantity: ct.quantity ?? ZERO,
    specificRate: ct.specificRate ?? ZERO,
  };
}

const ReasonSchema = z.object({ ...BilingualSchema, source: z.string(), fact: z.string().optional() });

const ExportVatResponse = z
  .object({
    regime: RegimeSchema.openapi({ description: "The regime applied" }),
    requested: z.enum(["auto", ...REGIMES]),
    eligibility: EligibilitySchema,
    legalBasis: z.object({
      policy: z.string().openapi({
        description:
          "The article governing the regime applied, for this export date (财税〔2012〕39号 第五条 refund formulas, 第六条 exempt, 第七条 taxed; or the 2026 successor)",
      }),
      administration: z.string().openapi({ description: "The filing rules' document for this export date" }),
      era: z.object({ from: z.string(), until: z.string().nullable() }),
    }),
    rates: z.object({
      vatRate: RateOut,
      refundRate: RateOut,
      from: z.enum(["input", "table"]),
      hsCode: z.string().optional(),
      group: z.object(BilingualSchema).optional(),
      source: z.string().optional().openapi({ description: "Measure id of the document that set the rate" }),
    }),
    fobCny: MoneyOut,
    figures: FiguresSchema,
    surtax: z.object({
      base: MoneyOut.openapi({ description: "VAT and consumption tax paid + exempt-credit amount" }),
      urbanConstruction: MoneyOut,
      education: MoneyOut,
      localEducation: MoneyOut,
      total: MoneyOut,
      factor: z.string().openapi({ description: "1.00, or 0.50 when halved", example: "1.00" }),
      rates: z.object({ urbanConstruction: RateOut, education: RateOut, localEducation: RateOut }),
    }),
    summary: CostSummarySchema,
    timing: z
      .object({
        refundExpected: z.boolean(),
        departureRefund: z.boolean(),
        basisDate: z.string(),
        claimableFrom: z.string(),
        claimWindowEnd: z.string(),
        filingDeadline: z.string().nullable().openapi({ description: "From 2026: export date + 36 months" }),
        expectedFilingDate: z.string(),
        expectedRefundDate: z.string().nullable(),
        reconcileBy: z.string().nullable(),
      })
      .nullable()
      .openapi({ description: "Filing and refund dates; null when taxed (nothing to claim)" }),
    alternatives: z.array(
      z.object({
        regime: RegimeSchema,
        applies: z.boolean(),
        reasons: z
          .array(ReasonSchema)
          .openapi({ description: "Its ground when it applies, else each failing condition" }),
        // A union with null, not .nullable(): on a named schema that documents allOf [ref, object|null],
        // which null never satisfies.
        figures: z.union([FiguresSchema, z.null()]).openapi({
          description:
            "Its figures; null when they cannot be computed for this export (notComputed says why)",
        }),
        summary: z.union([CostSummarySchema, z.null()]).openapi({
          description: "Its cost summary; null when its figures cannot be computed (notComputed says why)",
        }),
        notComputed: z.object(BilingualSchema).optional(),
      }),
    ),
    warnings: z.array(z.object(BilingualSchema)),
    explain: ExplainSchema,
    ruleset: RulesetSchema,
  })
  .openapi("ExportVatResult");

const exportVatExample = {
  regime: "auto",
  enterprise: {
    kind: "manufacturer",
    vatPayer: "general",
    pilotZone: { registered: true, platformRecorded: true, zoneCustoms: true },
  },
  customsCode: "9810",
  exportDate: "2026-05-01",
  hsCode: "9405409000",
  fob: { amount: "25500", currency: "USD" },
  fxRate: "7.1",
  purchase: { invoice: "special" },
  domesticOutputVat: "13000",
  inputVat: "14820",
  openingCredit: "0",
  domesticSales: "100000",
};

const exportVatRoute = createRoute({
  method: "post",
  path: "/v1/tax/export-vat",
  operationId: "exportVat",
  tags: ["tax"],
  summary: "Export VAT: which regime applies, its figures to the fen, surtaxes, refund timing, alternatives",
  description:
    "Decides (or checks) the VAT treatment of an export from the enterprise's facts — exempt-credit-refund, " +
    "exempt-refund, exempt (incl. 无票免税 under 财税〔2018〕103号 and market procurement) or taxed as a domestic sale — " +
    "and computes it with the dated rates and the rules in force on the export date (财税〔2012〕39号 up to 2025-12-31, " +
    "公告2026年第11号 after). A requested regime whose conditions fail is refused with 422 naming each failing condition.",
  request: { body: jsonBody(ExportVatRequest, exportVatExample) },
  responses: {
    200: jsonOk(ExportVatResponse, "The regime, figures, surtaxes, timing and alternatives"),
    ...errorResponses("validation", "malformed-json", "unsupported-media-type", "unprocessable"),
  },
});

// ---------- POST /v1/tax/income-tax ----------

const IncomeTaxRequest = z
  .strictObject({
    method: z
      .enum(["auto", "deemed-profit", "actual-profit"])
      .default("auto")
      .openapi({ description: "auto compares both methods and takes the lower eligible CIT" }),
    revenue: moneyIn("Total revenue of the year, CNY", "10200000"),
    profit: moneyIn("Profit before exempt income (actual-profit and auto)", "600000", {
      min: "-1000000000000000",
    }).optional(),
    exemptIncome: moneyIn("Exempt income (企业所得税法 第二十六条), default 0", "0").optional(),
    employees: z
      .number()
      .int()
      .min(0)
      .max(10_000_000)
      .openapi({ description: "Average of the quarterly averages", example: 15 }),
    totalAssets: moneyIn("Total assets, average of the quarterly averages, CNY", "2000000"),
    taxYear: z.number().int().min(2008).max(2100).openapi({ example: 2026 }),
    restrictedIndustry: z
      .boolean()
      .default(false)
      .openapi({ description: "In a restricted or prohibited industry (no relief)" }),
    enterprise: z
      .strictObject({ legalForm: LegalFormSchema.optional(), pilotZone: PilotZoneSchema.optional() })
      .optional(),
    customsCode: CustomsCodeSchema.optional(),
    purchase: z.strictObject({ invoice: InvoiceSchema }).optional(),
    goodsExcludedFromExemption: z.boolean().default(false),
    measures: z
      .strictObject({
        noInvoiceExemption: z.boolean().default(true),
        deemedProfitTax: z.boolean().default(true),
      })
      .default({ noInvoiceExemption: true, deemedProfitTax: true }),
    parameters: z.strictObject({ qualifyingCustomsCodes: customsCodeList.optional() }).optional(),
  })
  .superRefine((v, ctx) => {
    const issue = (path: string[], en: string, zh: string) => addProblem(ctx, path, en, zh);
    if (v.method !== "deemed-profit" && v.profit === undefined) {
      issue(["profit"], "required for actual-profit and auto", "查账征收和自动比较需要 profit");
    }
    if (v.method !== "actual-profit") {
      const why = "required to decide the deemed-profit method (it requires the no-invoice exemption)";
      const whyZh = "判断能否核定征收（以无票免税为前提）所必需";
      if (!v.enterprise) issue(["enterprise"], why, whyZh);
      else if (!v.enterprise.pilotZone) issue(["enterprise", "pilotZone"], why, whyZh);
      if (!v.customsCode) issue(["customsCode"], why, whyZh);
      if (!v.purchase) issue(["purchase"], why, whyZh);
    }
  });

type IncomeTaxBody = z.infer<typeof IncomeTaxRequest>;

function incomeTaxInput(b: IncomeTaxBody): IncomeTaxInput {
  return {
    method: b.method,
    revenue: b.revenue,
    profit: b.profit,
    exemptIncome: b.exemptIncome ?? ZERO,
    employees: b.employees,
    totalAssets: b.totalAssets,
    taxYear: b.taxYear,
    restrictedIndustry: b.restrictedIndustry,
    legalForm: b.enterprise?.legalForm ?? "company",
    noInvoice:
      b.enterprise?.pilotZone && b.customsCode && b.purchase
        ? {
            pilotZone: b.enterprise.pilotZone,
            customsCode: b.customsCode,
            purchaseInvoice: b.purchase.invoice,
            goodsExcludedFromExemption: b.goodsExcludedFromExemption,
            noInvoiceExemption: b.measures.noInvoiceExemption,
          }
        : undefined,
    measures: b.measures,
    parameters: b.parameters,
  };
}

const CitResultFields = {
  method: z.enum(["deemed-profit", "actual-profit"]),
  taxableRevenue: MoneyOut.optional().openapi({ description: "Revenue − exempt income (deemed profit)" }),
  taxableIncome: MoneyOut,
  cit: MoneyOut,
  smallLowProfit: z.boolean(),
  effectiveRate: RateOut.openapi({
    description:
      "CIT ÷ taxable income: 0.0500 with the relief from 2023, the blend of the 2019–2022 bands in those years, else 0.2500",
  }),
  burdenOnRevenue: RateOut.openapi({ description: "CIT ÷ revenue" }),
};

const IncomeTaxResponse = z
  .object({
    requested: z.enum(["auto", "deemed-profit", "actual-profit"]),
    ...CitResultFields,
    smallLowProfitTests: z.array(
      z.object({
        id: z.string(),
        ...BilingualSchema,
        met: z.boolean(),
        limit: z.string(),
        actual: z.string(),
        source: z.string(),
        measure: z.string().optional(),
      }),
    ),
    deemedProfitEligibility: z
      .object({ applies: z.boolean(), conditions: z.array(ConditionSchema) })
      .nullable()
      .openapi({ description: "The conditions of 国家税务总局公告2019年第36号 (null for actual-profit)" }),
    comparison: z
      .array(z.object({ ...CitResultFields, eligible: z.boolean() }))
      .nullable()
      .openapi({ description: "Both methods side by side (auto)" }),
    paymentDates: z.object({
      year: z.number().int(),
      quarters: z.array(z.object({ quarter: z.number().int(), periodEnd: z.string(), due: z.string() })),
      annualSettlementDue: z.string(),
    }),
    warnings: z.array(z.object(BilingualSchema)),
    explain: ExplainSchema,
    ruleset: RulesetSchema,
  })
  .openapi("IncomeTaxResult");

const incomeTaxExample = {
  method: "auto",
  revenue: "10200000",
  profit: "600000",
  employees: 15,
  totalAssets: "2000000",
  taxYear: 2026,
  enterprise: { pilotZone: { registered: true, platformRecorded: true, zoneCustoms: true } },
  customsCode: "9610",
  purchase: { invoice: "none" },
};

const incomeTaxRoute = createRoute({
  method: "post",
  path: "/v1/tax/income-tax",
  operationId: "incomeTax",
  tags: ["tax"],
  summary:
    "Corporate income tax: deemed profit (4% of revenue) or actual profit, small low-profit relief, payment dates",
  description:
    "Deemed profit (国家税务总局公告2019年第36号) requires the no-invoice exemption, so deemed-profit and auto requests " +
    "carry its facts. Small low-profit relief (财政部 税务总局公告2023年第12号, until 2027-12-31): 5% on the whole taxable " +
    "income when income ≤ 3,000,000, employees ≤ 300 and assets ≤ 50,000,000; above any limit, 25% on the whole. " +
    "Tax years 2019–2022 take that year's bands (财税〔2019〕13号, 2021年第12号, 2022年第13号); earlier years are not modelled (25%, with a warning). " +
    "An individual business (个体工商户) pays individual income tax, not CIT: 422.",
  request: { body: jsonBody(IncomeTaxRequest, incomeTaxExample) },
  responses: {
    200: jsonOk(
      IncomeTaxResponse,
      "CIT, the small low-profit tests, the methods compared and the payment dates",
    ),
    ...errorResponses("validation", "malformed-json", "unsupported-media-type", "unprocessable"),
  },
});

export const taxRoutes = [exportVatRoute, incomeTaxRoute];

export const taxApi = new OpenAPIHono<AppEnv>()
  .openapi(exportVatRoute, (c) => {
    const report = assessExportVat(exportVatInput(c.req.valid("json")), taxRules);
    return c.json({ ...report, ruleset: RULESET }, 200);
  })
  .openapi(incomeTaxRoute, (c) => {
    const report = assessIncomeTax(incomeTaxInput(c.req.valid("json")), taxRules);
    return c.json({ ...report, ruleset: RULESET }, 200);
  });
