import { z } from "@hono/zod-openapi";
import { CITIES } from "../domain/grants/award";
import {
  COST_SHARE_CATEGORIES,
  type CostShareCategory,
  type CostShareTerms,
} from "../domain/grants/cost-share";
import type { FirmFacts } from "../domain/grants/estimate";
import { DEFAULT_GROWTH_READING, type GrowthReading } from "../domain/grants/guangzhou";
import { GRANT_PROGRAMMES } from "../policy/grants";
import { IsoDateSchema, moneyIn, rateIn } from "./schemas";
import { addProblem } from "./validation";

/**
 * The facts of a firm that grant programmes test, read alike by POST /v1/grants/estimate and by a
 * scenario's `grantFacts` (the projection books the awards of the programmes its `grants` name).
 */
const year = (description: string) =>
  z.number().int().min(2000).max(2100).openapi({ description, example: 2025 });

const CostShareCategorySchema = z.enum(COST_SHARE_CATEGORIES).openapi({
  description:
    "Eligible spend: overseasWarehouse (中府办函〔2024〕24号 第12条), exhibition, platform (platforms and independent sites), rent (factory rent), loanInterest (interest paid), the last four from 中商务电函〔2023〕10号 五",
  example: "overseasWarehouse",
});

const CostShareTermsSchema = z
  .strictObject({
    share: rateIn("Share of the eligible spend paid back, from the call for applications (申报指南)", "0.3"),
    cap: moneyIn("Most paid for one claim, CNY (absent = the call states no cap)", "500000").optional(),
    paidAfterMonths: z
      .number()
      .int()
      .min(0)
      .max(60)
      .openapi({ description: "Months from the spend to the payment", example: 6 }),
  })
  .openapi({
    description: "The terms of a cost-share programme: the documents publish none, so they are yours",
  });

/** The programmes a district pays under (its award is the firm's fact). */
export const DISTRICT_PAID = [GRANT_PROGRAMMES.zhuhaiFund, GRANT_PROGRAMMES.parkOperator] as const;
/** How 平均增长率 may be read: the average, and which two years. */
export const GROWTH_AVERAGES = ["compound", "arithmetic"] as const;
export const GROWTH_YEARS = ["before-break-year", "ending-break-year"] as const;
/** Who receives the skill subsidy. */
export const TRAINING_PAYEES = ["employees", "firm"] as const;

export const FIRM_FACT_FIELDS = {
  city: z.enum(CITIES).openapi({ description: "The city the firm is registered in", example: "Guangzhou" }),
  district: z
    .string()
    .min(1)
    .max(40)
    .optional()
    .openapi({ description: "District (区), as the firm names it", example: "白云区" }),
  onlineRetailSales: z
    .array(
      z.strictObject({
        year: year("Sales year"),
        amount: moneyIn("Annual 实物商品网上零售额, CNY", "3001000000"),
      }),
    )
    .max(20)
    .default([])
    .openapi({
      description:
        "Annual online retail sales of physical goods, one row a year (the years before the window feed the growth test)",
    }),
  growthReading: z
    .strictObject({
      average: z.enum(GROWTH_AVERAGES).openapi({
        description:
          "compound: (end / start)^(1/2) - 1 (national statistics' 水平法, the default); arithmetic: the mean of the two annual rates",
      }),
      years: z.enum(GROWTH_YEARS).openapi({
        description:
          "before-break-year: the two growth years before the year the tier is broken (突破每档前, the default); ending-break-year: the two ending with it",
      }),
    })
    .optional()
    .openapi({
      description:
        "How 平均增长率 is read; the clause does not say (default compound, before the break year)",
    }),
  honghu: z
    .strictObject({
      listedYear: year("The Honghu selection year the firm entered the list"),
      firstListing: z
        .boolean()
        .openapi({ description: "The firm was never on the list before", example: true }),
    })
    .optional()
    .openapi({ description: "The firm's listing as a Guangzhou 鸿鹄 live-commerce firm" }),
  trainees: z
    .array(
      z.strictObject({
        certificate: z.string().min(1).max(40).openapi({
          description: "Certificate (职业/工种), e.g. 网店美工, 网商运营, 电商数据分析, 互联网营销师",
          example: "网商运营",
        }),
        count: z.number().int().min(1).max(100000).openapi({ description: "Trainees certified", example: 5 }),
        year: year("Year the certificates are issued"),
        perTrainee: moneyIn(
          "Subsidy per trainee, CNY, from the current Guangdong list (absent = the document's own figures)",
          "800",
        ).optional(),
      }),
    )
    .max(50)
    .default([])
    .openapi({ description: "Employees certified in e-commerce skills (Zhongshan training subsidy)" }),
  trainingPaidTo: z.enum(TRAINING_PAYEES).default("employees").openapi({
    description:
      "Who receives the skill subsidy: the workers claim it themselves unless your arrangement pays the firm",
  }),
  spend: z
    .array(
      z.strictObject({
        category: CostShareCategorySchema,
        amount: moneyIn("Eligible spend, CNY", "200000"),
        date: IsoDateSchema.openapi({
          description: "Date of the spend (the programme must be in force then)",
        }),
      }),
    )
    .max(100)
    .default([])
    .openapi({ description: "Eligible spending, each one claim" }),
  costShareTerms: z.partialRecord(CostShareCategorySchema, CostShareTermsSchema).default({}).openapi({
    description: "Share, cap and payment lag of each category you spend on (required for each)",
  }),
  districtAwards: z
    .array(
      z.strictObject({
        programme: z.enum(DISTRICT_PAID).openapi({ description: "The programme the district paid under" }),
        amount: moneyIn("What the district paid or promised the firm, CNY", "500000"),
        year: year("Year the district pays"),
      }),
    )
    .max(20)
    .default([])
    .openapi({
      description:
        "Awards a district paid or promised under its own policy (Zhuhai live-commerce awards; Guangzhou park operators)",
    }),
};

/** A sales year given twice is the user's mistake, named by its pointer. */
export function refineFacts(body: { onlineRetailSales: { year: number }[] }, ctx: z.RefinementCtx) {
  const seen = new Set<number>();
  body.onlineRetailSales.forEach((row, i) => {
    if (seen.has(row.year))
      addProblem(
        ctx,
        ["onlineRetailSales", i, "year"],
        `${row.year} is given twice`,
        `${row.year} 年重复填写`,
      );
    seen.add(row.year);
  });
}

/** The firm's facts as a scenario carries them (`grantFacts`). */
export const FirmFactsSchema = z.strictObject(FIRM_FACT_FIELDS).superRefine(refineFacts).openapi({
  description: "The firm's facts the named grant programmes test (see POST /v1/grants/estimate)",
});

export type FirmFactsInput = z.output<typeof FirmFactsSchema>;

/** The validated facts as the domain's FirmFacts (absent terms and reading filled as the contract says). */
export function firmFactsOf(body: FirmFactsInput): FirmFacts & { growthReading: GrowthReading } {
  const costShareTerms: Partial<Record<CostShareCategory, CostShareTerms>> = Object.fromEntries(
    Object.entries(body.costShareTerms).map(([k, t]) => [
      k,
      { share: t.share, cap: t.cap ?? null, paidAfterMonths: t.paidAfterMonths },
    ]),
  );
  return { ...body, growthReading: body.growthReading ?? DEFAULT_GROWTH_READING, costShareTerms };
}
