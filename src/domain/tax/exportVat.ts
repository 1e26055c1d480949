import { InputError, reject } from "../errors";
import { type Bilingual, Explainer, type ExplainStep } from "../explain";
import { type Decimal, fen, fixed, type Money, ONE, roundFen, toCny, ZERO } from "../money";
import { findRefundRate, type RefundRateRow } from "./refundRates";
import {
  type Condition,
  decideRegime,
  failingConditions,
  type Ground,
  type RegimeDecision,
  type RegimeEligibility,
  type RegimeFacts,
} from "./regime";
import {
  type CustomsCode,
  citeFields,
  type EnterpriseKind,
  type LegalForm,
  type PurchaseInvoice,
  type Regime,
  type SurtaxRates,
  type TaxRules,
  type VatEra,
  type VatPayer,
  vatEraFor,
} from "./rules";
import { type FilingPeriod, type SmallScaleVat, smallScaleVat } from "./smallScaleRelief";
import { computeSurtaxes, type SurtaxFigures, type SurtaxPayer, surtaxRelief } from "./surtax";
import { type RefundTiming, refundTiming } from "./timing";
import {
  amountExclVat,
  type ConsumptionTaxInput,
  computeExempt,
  computeExemptCreditRefund,
  computeExemptRefund,
  computeTaxedAsDomestic,
  consumptionTaxAmount,
  type Ledger,
  ledgerSettlement,
  type Purchase,
  type PurchaseAmount,
  plannedBondedMaterials,
} from "./vat";

/** Everything the export VAT report reads, already parsed into Decimals. */
export interface ExportVatInput {
  regime: Regime | "auto";
  enterprise: {
    kind: EnterpriseKind;
    vatPayer: VatPayer;
    /** Company (default) or individual business (surtaxes halved, 2023年第12号 第二条). */
    legalForm?: LegalForm;
    pilotZone: { registered: boolean; platformRecorded: boolean; zoneCustoms: boolean };
  };
  customsCode: CustomsCode;
  exportDate: string;
  hsCode?: string;
  vatRate?: Decimal;
  refundRate?: Decimal;
  fob: Money;
  /** CNY per unit of the FOB currency on the export date. */
  fxRate?: Decimal;
  ledger: Ledger;
  dutyFreeMaterials?: Money;
  /**
   * 进料加工 under the actual-consumption method: planned imports ÷ planned exports of the handbook.
   * The bonded materials are FOB x this ratio, added to dutyFreeMaterials.
   */
  plannedAllocationRatio?: Decimal;
  /** Taxed as domestic: the non-creditable amount already booked to cost for these goods, reversed. */
  nonCreditableReversed?: Decimal;
  purchase?: { invoice: PurchaseInvoice; amount?: PurchaseAmount; invoiceVatRate?: Decimal };
  levyRate?: Decimal;
  /**
   * A small-scale payer's filing period and its other taxable sales of that month or quarter (VAT
   * excluded): the 2023年第19号 exemption threshold is measured on all of them with this export.
   */
  smallScale?: { filing: FilingPeriod; otherSalesExclVat: Decimal };
  /** Taxed as domestic: bonded imports consumed, deducted from FOB (default FOB x plannedAllocationRatio, else 0). */
  bondedMaterialsConsumed?: Decimal;
  consumptionTax?: ConsumptionTaxInput;
  goodsExcludedFromExemption?: boolean;
  measures: { noInvoiceExemption: boolean; departureRefund: boolean };
  parameters?: {
    qualifyingCustomsCodes?: string[];
    marketProcurementInForce?: boolean;
    refundArrivalDays?: number;
  };
  surtax?: { rates?: Partial<SurtaxRates>; smallLowProfit?: boolean };
  /** Sale date abroad of a 9810 export claimed after sale (no departure refund). */
  soldDate?: string;
}

export interface ConditionOut extends Bilingual {
  id: string;
  met: boolean;
  fact: string;
  source: string;
  measure?: string;
}

export interface GroundOut extends Bilingual {
  id: string;
  met: boolean;
  source: string;
  measure?: string;
  conditions: ConditionOut[];
}

export interface EligibilityOut {
  regime: Regime;
  applies: boolean;
  basis: string | null;
  grounds: GroundOut[];
}

/** What a regime costs, on one footing for every regime. */
export interface CostSummary {
  refund: string;
  vatDue: string;
  /** VAT that ends as cost of the exports (not recovered by credit or refund; output VAT when taxed). */
  vatCost: string;
  surtaxes: string;
  /** Consumption tax due (taxed as domestic); a trader's consumption-tax refund is in `refund`. */
  consumptionTax: string;
  /** vatCost + surtaxes + consumption tax due. */
  netCost: string;
  /** VAT due + surtaxes + consumption tax due - refunds: the period's cash to the tax office. */
  netCashToTaxOffice: string;
}

export interface AlternativeOut {
  regime: Regime;
  applies: boolean;
  /** Why it applies (its ground) or the conditions that fail, in both languages. */
  reasons: (Bilingual & { source: string; fact?: string })[];
  figures: Record<string, string> | null;
  summary: CostSummary | null;
  /** Why the figures could not be computed. */
  notComputed?: Bilingual;
}

export interface ExportVatReport {
  regime: Regime;
  requested: Regime | "auto";
  eligibility: EligibilityOut;
  legalBasis: { policy: string; administration: string; era: { from: string; until: string | null } };
  rates: {
    vatRate: string;
    refundRate: string;
    from: "input" | "table";
    hsCode?: string;
    group?: Bilingual;
    source?: string;
  };
  fobCny: string;
  figures: Record<string, string>;
  surtax: Record<keyof SurtaxFigures, string> & {
    factor: string;
    rates: Record<keyof SurtaxRates, string>;
  };
  summary: CostSummary;
  timing:
    | (Omit<RefundTiming, "expectedRefundDate"> & {
        expectedRefundDate: string | null;
        refundExpected: boolean;
      })
    | null;
  alternatives: AlternativeOut[];
  warnings: Bilingual[];
  explain: ExplainStep[];
}

interface Resolved {
  /** The table row the rates came from (absent when the request gave them). */
  rateRow?: RefundRateRow;
  vatRate: Decimal;
  refundRate: Decimal;
  fobCny: Decimal;
  dutyFreeMaterialsCny: Decimal;
  /** Bonded imports consumed, for the taxed-as-domestic formula. */
  bondedMaterialsConsumed: Decimal;
  purchase?: Purchase;
  levyRate: Decimal;
  /** A small-scale payer's VAT if this export is taxed as domestic, under the relief of its date. */
  smallScale: SmallScaleVat | null;
  rules: TaxRules;
}

/** The figures and their cost summary of one regime (the applied one or an alternative). */
interface RegimeOutcome {
  figures: [key: string, value: Decimal][];
  vatDue: Decimal;
  refund: Decimal;
  exemptCredit: Decimal;
  vatCost: Decimal;
  consumptionTaxDue: Decimal;
  consumptionTaxRefund: Decimal;
  surtax: SurtaxFigures;
}

const REGIME_TEXT: Record<Regime, Bilingual> = {
  "exempt-credit-refund": { zh: "免抵退税", en: "exempt-credit-refund" },
  "exempt-refund": { zh: "免退税", en: "exempt-refund" },
  exempt: { zh: "免税", en: "exempt" },
  "taxed-as-domestic": { zh: "视同内销征税", en: "taxed as a domestic sale" },
};

function conditionOut(c: Condition): ConditionOut {
  return { id: c.id, zh: c.zh, en: c.en, met: c.met, fact: c.fact, ...citeFields(c.cite) };
}

function groundOut(g: Ground): GroundOut {
  return {
    id: g.id,
    zh: g.zh,
    en: g.en,
    met: g.met,
    ...citeFields(g.cite),
    conditions: g.conditions.map(conditionOut),
  };
}

export function eligibilityOut(e: RegimeEligibility): EligibilityOut {
  return {
    regime: e.regime,
    applies: e.applies,
    basis: e.basis?.id ?? null,
    grounds: e.grounds.map(groundOut),
  };
}

/** Applies the caller's parameter overrides to the catalog's rules. */
function rulesFor(input: ExportVatInput, rules: TaxRules): TaxRules {
  const p = input.parameters ?? {};
  const rates = input.surtax?.rates ?? {};
  return {
    ...rules,
    noInvoiceExemption: {
      ...rules.noInvoiceExemption,
      qualifyingCustomsCodes: p.qualifyingCustomsCodes ?? rules.noInvoiceExemption.qualifyingCustomsCodes,
    },
    marketProcurement: {
      ...rules.marketProcurement,
      inForce: p.marketProcurementInForce ?? rules.marketProcurement.inForce,
    },
    refundArrivalDays: p.refundArrivalDays ?? rules.refundArrivalDays,
    surtax: { ...rules.surtax, rates: { ...rules.surtax.rates, ...rates } },
  };
}

function toCnyChecked(money: Money, fob: Money, fxRate: Decimal | undefined, pointer: string): Decimal {
  if (money.currency === "CNY") return roundFen(money.amount);
  if (money.currency !== fob.currency || !fxRate) {
    reject(
      `${pointer}/currency`,
      `must be CNY or the FOB currency (${fob.currency}), converted at fxRate`,
      `须为人民币或与离岸价相同的币种（${fob.currency}），按 fxRate 折算`,
    );
  }
  return roundFen(toCny(money, fxRate));
}

/** The export VAT report: regime decision, figures, surtaxes, timing and alternatives, with explain. */
export function assessExportVat(input: ExportVatInput, catalogRules: TaxRules): ExportVatReport {
  const rules = rulesFor(input, catalogRules);
  const ex = new Explainer();
  const warnings: Bilingual[] = [];

  const decision = decideRegimeOrReject(regimeFactsOf(input), rules);
  const era = decision.era;
  explainMeasuresAndBasis(input, rules, era, ex);
  explainAssumedFacts(input, ex, warnings);

  const resolved = resolveInputs(input, rules, era, ex, warnings);

  const regime = chooseRegime(input.regime, decision, ex, warnings);
  warnUnconfirmedMarketProcurement(regime, decision, input, rules, warnings);

  const surtaxFactor = surtaxFactorFor(input, rules);
  const applied = computeRegime(regime, input, resolved, era, ex, surtaxFactor);
  if (!applied.ok) throw new InputError(applied.problems);
  const outcome = applied.outcome;
  explainSurtaxes(outcome, input, rules, surtaxFactor, ex);
  const timing = timingFor(regime, outcome, input, rules, era, ex);

  return {
    regime,
    requested: input.regime,
    eligibility: eligibilityOut(decision.eligibility[regime]),
    legalBasis: {
      policy: regimePolicyCite(regime, era).source,
      administration: era.claimWindow.source,
      era: { from: era.from, until: era.until },
    },
    rates: ratesOut(input, resolved),
    fobCny: fen(resolved.fobCny),
    figures: figuresOut(outcome),
    surtax: surtaxOut(outcome.surtax, surtaxFactor, rules),
    summary: summaryOf(outcome),
    timing,
    alternatives: alternativesTo(regime, decision, input, resolved, era, surtaxFactor),
    warnings,
    explain: ex.steps,
  };
}

/** The facts the regime decision reads; an unstated purchase invoice is taken as special (as warned). */
function regimeFactsOf(input: ExportVatInput): RegimeFacts {
  return {
    kind: input.enterprise.kind,
    vatPayer: input.enterprise.vatPayer,
    pilotZone: input.enterprise.pilotZone,
    customsCode: input.customsCode,
    purchaseInvoice: input.purchase?.invoice ?? "special",
    exportDate: input.exportDate,
    goodsExcludedFromExemption: input.goodsExcludedFromExemption ?? false,
    noInvoiceExemption: input.measures.noInvoiceExemption,
  };
}

/** The first steps of every explanation: the measure switches, then the rules dated for the export. */
function explainMeasuresAndBasis(input: ExportVatInput, rules: TaxRules, era: VatEra, ex: Explainer): void {
  const on = (b: boolean) => (b ? "on" : "off");
  ex.add({
    key: "measures",
    zh: `措施开关：无票免税 ${on(input.measures.noInvoiceExemption)}，离境即退税 ${on(input.measures.departureRefund)}`,
    en: `Measures: no-invoice exemption ${on(input.measures.noInvoiceExemption)}, refund on departure ${on(input.measures.departureRefund)}`,
    inputs: {
      noInvoiceExemption: String(input.measures.noInvoiceExemption),
      departureRefund: String(input.measures.departureRefund),
    },
    value: `${on(input.measures.noInvoiceExemption)}/${on(input.measures.departureRefund)}`,
    ...citeFields(rules.noInvoiceExemption.localMeasure),
  });
  ex.add({
    key: "legalBasis",
    zh: `出口日期 ${input.exportDate} 适用的政策与管理办法`,
    en: `Rules in force for an export on ${input.exportDate}`,
    inputs: { exportDate: input.exportDate },
    value: `${era.exemptCreditRefundFormula.source}; ${era.claimWindow.source}`,
    ...citeFields(era.exemptCreditRefundFormula),
  });
}

/** Facts the request left out and the decision assumed: each is said aloud, never a silent default. */
function explainAssumedFacts(input: ExportVatInput, ex: Explainer, warnings: Bilingual[]): void {
  if (!input.purchase) {
    warnings.push({
      zh: "未提供 purchase：按生产企业已取得合法有效进货凭证处理；若货物无有效凭证请传 purchase.invoice = none",
      en: "No purchase sent: the manufacturer is taken to hold valid purchase vouchers; send purchase.invoice = none if it does not",
    });
    ex.add({
      key: "purchaseVouchers",
      zh: "未提供进货凭证类型，按已取得合法有效凭证处理（默认）",
      en: "Purchase vouchers not stated: taken as held (default)",
      value: "special",
    });
  }
  if (input.goodsExcludedFromExemption === undefined) {
    ex.add({
      key: "goodsExcludedFromExemption",
      zh: "未说明货物是否属于取消出口退（免）税的货物，按不属于处理（默认）",
      en: "Not stated whether the goods are on a list cancelling export refund and exemption: taken as not (default)",
      value: "false",
    });
  }
}

/** A market-procurement exemption after the 2026 repeals rests on an announcement not confirmed in force. */
function warnUnconfirmedMarketProcurement(
  regime: Regime,
  decision: RegimeDecision,
  input: ExportVatInput,
  rules: TaxRules,
  warnings: Bilingual[],
): void {
  if (regime === "exempt" && decision.eligibility.exempt.basis?.id === "market-procurement") {
    if (input.exportDate >= rules.marketProcurement.unconfirmedFrom) {
      warnings.push({
        zh: "市场采购免税依据国家税务总局公告2015年第89号，该公告在2026年废止清理后是否仍有效未经确认",
        en: "The market-procurement exemption rests on 国家税务总局公告2015年第89号; whether it survived the 2026 repeals is unconfirmed",
      });
    }
  }
}

function ratesOut(input: ExportVatInput, resolved: Resolved): ExportVatReport["rates"] {
  return {
    vatRate: fixed(resolved.vatRate, 4),
    refundRate: fixed(resolved.refundRate, 4),
    ...(resolved.rateRow
      ? {
          from: "table" as const,
          hsCode: input.hsCode,
          group: resolved.rateRow.group,
          source: resolved.rateRow.source,
        }
      : { from: "input" as const }),
  };
}

function figuresOut(outcome: RegimeOutcome): Record<string, string> {
  return Object.fromEntries(outcome.figures.map(([k, v]) => [k, fen(v)]));
}

function surtaxOut(surtax: SurtaxFigures, surtaxFactor: Decimal, rules: TaxRules): ExportVatReport["surtax"] {
  return {
    base: fen(surtax.base),
    urbanConstruction: fen(surtax.urbanConstruction),
    education: fen(surtax.education),
    localEducation: fen(surtax.localEducation),
    total: fen(surtax.total),
    factor: fixed(surtaxFactor, 2),
    rates: {
      urbanConstruction: fixed(rules.surtax.rates.urbanConstruction, 4),
      education: fixed(rules.surtax.rates.education, 4),
      localEducation: fixed(rules.surtax.rates.localEducation, 4),
    },
  };
}

/** The other regimes, in a fixed order, each with why it does or does not apply and what it would cost. */
function alternativesTo(
  regime: Regime,
  decision: RegimeDecision,
  input: ExportVatInput,
  resolved: Resolved,
  era: VatEra,
  surtaxFactor: Decimal,
): AlternativeOut[] {
  const alternatives: AlternativeOut[] = [];
  for (const other of ["exempt-credit-refund", "exempt-refund", "exempt", "taxed-as-domestic"] as Regime[]) {
    if (other === regime) continue;
    alternatives.push(alternative(other, decision.eligibility[other], input, resolved, era, surtaxFactor));
  }
  return alternatives;
}

function decideRegimeOrReject(facts: RegimeFacts, rules: TaxRules): RegimeDecision {
  if (!vatEraFor(rules.vatEras, facts.exportDate)) {
    reject(
      "/exportDate",
      `no export VAT rules cover ${facts.exportDate} (财税〔2012〕39号 applies from 2012-07-01)`,
      `${facts.exportDate} 不在出口退（免）税规则的适用期间内（财税〔2012〕39号自2012年7月1日起施行）`,
    );
  }
  return decideRegime(facts, rules);
}

/**
 * The request's inputs resolved for the regime formulas, in the order the explanation shows them:
 * the rates, the FOB in CNY, the duty-free and bonded materials, the purchase invoice, and a
 * small-scale payer's VAT on a deemed domestic sale.
 */
function resolveInputs(
  input: ExportVatInput,
  rules: TaxRules,
  era: VatEra,
  ex: Explainer,
  warnings: Bilingual[],
): Resolved {
  const { rateRow, vatRate, refundRate } = ratesOf(input, rules, ex);
  checkRates(vatRate, refundRate, warnings);
  const fobCny = fobInCny(input, era, ex);
  const { dutyFreeMaterialsCny, bondedMaterialsConsumed } = materialsOf(input, fobCny, era, ex);
  const purchase = input.purchase ? purchaseOf(input.purchase, era, ex) : undefined;
  const smallScale = smallScaleOf(input, rules, fobCny, warnings);
  const levyRate = smallScale?.levyRate ?? input.levyRate ?? rules.smallScaleLevyRate;
  return {
    rateRow,
    vatRate,
    refundRate,
    fobCny,
    dutyFreeMaterialsCny,
    bondedMaterialsConsumed,
    purchase,
    levyRate,
    smallScale,
    rules,
  };
}

/** The VAT and refund rates: as the request gives them, else the dated table's for the HS code. */
function ratesOf(
  input: ExportVatInput,
  rules: TaxRules,
  ex: Explainer,
): { rateRow?: RefundRateRow; vatRate: Decimal; refundRate: Decimal } {
  if (input.vatRate !== undefined && input.refundRate !== undefined) {
    const { vatRate, refundRate } = input;
    ex.add({
      key: "rates",
      zh: "增值税税率与退税率（由请求给定）",
      en: "VAT and refund rates (given in the request)",
      inputs: { vatRate: fixed(vatRate, 4), refundRate: fixed(refundRate, 4) },
      value: `${fixed(vatRate, 4)} / ${fixed(refundRate, 4)}`,
    });
    return { rateRow: undefined, vatRate, refundRate };
  }
  if (input.hsCode) return ratesFromTable(input, input.hsCode, rules, ex);
  reject(
    "/hsCode",
    "send hsCode, or vatRate and refundRate",
    "请提供 hsCode，或同时提供 vatRate 和 refundRate",
  );
}

/** The row of the refund-rate table for the HS code on the export date, or the reason there is none. */
function ratesFromTable(input: ExportVatInput, hsCode: string, rules: TaxRules, ex: Explainer) {
  const found = findRefundRate(rules.refundRates, hsCode, input.exportDate);
  if (!found.found) {
    if (found.reason === "unknown-code") {
      reject(
        "/hsCode",
        `no row of the refund-rate table covers HS ${hsCode}; send vatRate and refundRate`,
        `退税率表中没有 HS ${hsCode} 的税率，请直接提供 vatRate 和 refundRate`,
      );
    }
    reject(
      "/exportDate",
      `the refund-rate table has no rate for HS ${found.prefix} on ${input.exportDate}`,
      `退税率表中 HS ${found.prefix} 在 ${input.exportDate} 没有有效税率`,
    );
  }
  const row = found.row;
  ex.add({
    key: "rates",
    zh: `按出口日期查退税率表：HS ${hsCode} 匹配 ${row.hsPrefix}（${row.group.zh}）`,
    en: `Rates from the dated table: HS ${hsCode} matches ${row.hsPrefix} (${row.group.en})`,
    formula: "longest HS prefix; row valid on the export date",
    inputs: { hsCode, exportDate: input.exportDate },
    value: `${fixed(row.vatRate, 4)} / ${fixed(row.refundRate, 4)}`,
    measure: row.source,
    source: `${row.source} (${row.validFrom}..${row.validTo ?? ""})`,
  });
  return { rateRow: row, vatRate: row.vatRate, refundRate: row.refundRate };
}

/** A refund rate above the VAT rate is refused; a zero refund rate is warned about. */
function checkRates(vatRate: Decimal, refundRate: Decimal, warnings: Bilingual[]): void {
  if (refundRate.gt(vatRate)) {
    reject("/refundRate", "the refund rate cannot exceed the VAT rate", "退税率不能高于增值税税率");
  }
  if (refundRate.isZero()) {
    warnings.push({
      zh: "退税率为零：不退税，但这本身不等于取消出口免税；若货物属于取消出口退（免）税的货物，请传 goodsExcludedFromExemption = true",
      en: "Refund rate 0: nothing is refunded, which by itself does not cancel the exemption; send goodsExcludedFromExemption = true if the goods are on a list cancelling refund and exemption",
    });
  }
}

/** The FOB in CNY to the fen, converted at the export-date rate when in another currency. */
function fobInCny(input: ExportVatInput, era: VatEra, ex: Explainer): Decimal {
  const fob = input.fob;
  if (fob.currency === "CNY") return roundFen(fob.amount);
  if (!input.fxRate)
    reject("/fxRate", "required when the FOB is not in CNY", "离岸价非人民币时必须提供 fxRate");
  const fobCny = roundFen(toCny(fob, input.fxRate));
  ex.add({
    key: "fobCny",
    zh: "离岸价折合人民币（按出口日汇率）",
    en: "FOB in CNY at the export-date rate",
    formula: "fob.amount × fxRate",
    inputs: { amount: fob.amount.toFixed(), currency: fob.currency, fxRate: input.fxRate.toFixed() },
    value: fen(fobCny),
    ...citeFields(era.exemptCreditRefundFormula),
  });
  return fobCny;
}

/**
 * Duty-free materials in CNY, with the bonded imports of processing with imported materials at the
 * planned allocation ratio when one is given; the bonded materials consumed, for the taxed formula.
 */
function materialsOf(input: ExportVatInput, fobCny: Decimal, era: VatEra, ex: Explainer) {
  const statedMaterialsCny = input.dutyFreeMaterials
    ? toCnyChecked(input.dutyFreeMaterials, input.fob, input.fxRate, "/dutyFreeMaterials")
    : ZERO;
  if (input.plannedAllocationRatio === undefined) {
    return {
      dutyFreeMaterialsCny: statedMaterialsCny,
      bondedMaterialsConsumed: input.bondedMaterialsConsumed ?? ZERO,
    };
  }
  const bonded = plannedBondedMaterials(fobCny, input.plannedAllocationRatio);
  const dutyFreeMaterialsCny = statedMaterialsCny.plus(bonded);
  ex.add({
    key: "bondedMaterials",
    zh: "进料加工保税进口料件组成计税价格：出口离岸价 × 计划分配率（实耗法，手册核销前），加上其他免税购进原材料",
    en: "Bonded imported materials (actual-consumption method, before the handbook is written off): FOB × planned allocation ratio, plus other duty-free materials",
    formula: "FOB × plannedAllocationRatio + dutyFreeMaterials",
    inputs: {
      fob: fen(fobCny),
      plannedAllocationRatio: input.plannedAllocationRatio.toFixed(),
      bondedMaterials: fen(bonded),
      dutyFreeMaterials: fen(statedMaterialsCny),
    },
    value: fen(dutyFreeMaterialsCny),
    ...citeFields(era.exemptCreditRefundFormula),
  });
  return { dutyFreeMaterialsCny, bondedMaterialsConsumed: input.bondedMaterialsConsumed ?? bonded };
}

/** The purchase invoice, its amount without VAT (converted when the request gives it with VAT). */
function purchaseOf(p: NonNullable<ExportVatInput["purchase"]>, era: VatEra, ex: Explainer): Purchase {
  const rate = p.invoiceVatRate;
  const excl = p.amount && rate ? amountExclVat(p.amount, rate) : undefined;
  if (p.amount && rate && "inclVat" in p.amount && excl) {
    ex.add({
      key: "invoiceAmountExclVat",
      zh: "含税进货金额换算为不含税金额",
      en: "Invoice amount including VAT converted to the amount excluding VAT",
      formula: "amountInclVat ÷ (1 + invoiceVatRate), rounded to the fen",
      inputs: { amountInclVat: p.amount.inclVat.toFixed(), invoiceVatRate: rate.toFixed() },
      value: fen(excl),
      ...citeFields(era.exemptRefundFormula),
    });
  }
  return { invoice: p.invoice, invoiceAmountExclVat: excl, invoiceVatRate: rate };
}

/**
 * A small-scale payer's VAT were the export taxed as a domestic sale, under the relief of its date;
 * without the period's other sales the export is taken as the month's only one (and warned about).
 */
function smallScaleOf(
  input: ExportVatInput,
  rules: TaxRules,
  fobCny: Decimal,
  warnings: Bilingual[],
): SmallScaleVat | null {
  if (input.enterprise.vatPayer !== "small_scale") return null;
  const smallScale = smallScaleVat(rules, {
    date: input.exportDate,
    filing: input.smallScale?.filing ?? "monthly",
    salesInclVat: fobCny,
    otherSalesExclVat: input.smallScale?.otherSalesExclVat ?? ZERO,
    levyRate: input.levyRate,
  });
  if (rules.smallScaleRelief && !input.smallScale) {
    warnings.push({
      zh: "未提供本期其他应税销售额：按本笔出口为本月唯一的应税销售判断是否超过月销售额10万元的免税标准；如有其他销售，请提供",
      en: "No other taxable sales of the period sent: this export is taken as the month's only taxable sale when testing the 100,000 CNY monthly exemption; send them if there were others",
    });
  }
  return smallScale;
}

/** Why a regime does not apply: each ground with the conditions that fail in it. */
function whyNot(e: RegimeEligibility, lang: "zh" | "en"): string {
  return e.grounds
    .map((g) => {
      const failing = g.conditions.filter((c) => !c.met).map((c) => c[lang]);
      return lang === "zh"
        ? `${g.zh}：${failing.join("、")}不成立`
        : `${g.en}: ${failing.join(", ")} not met`;
    })
    .join(lang === "zh" ? "；" : "; ");
}

/** The article of the export VAT rules that governs a regime (39号 第五条, 第六条 or 第七条, or its successor). */
function regimePolicyCite(regime: Regime, era: VatEra) {
  switch (regime) {
    case "exempt-credit-refund":
      return era.exemptCreditRefundFormula;
    case "exempt-refund":
      return era.exemptRefundFormula;
    case "exempt":
      return era.exemptScope;
    case "taxed-as-domestic":
      return era.taxedFormula;
  }
}

/** The explain step of a small-scale payer's VAT on a deemed domestic sale: levy by date, or exempt. */
function smallScaleVatStep(
  s: SmallScaleVat,
  fobCny: Decimal,
  taxedCite: ReturnType<typeof citeFields>,
): Omit<ExplainStep, "key" | "value"> {
  const inputs = {
    fob: fen(fobCny),
    levyRate: s.levyRate.toFixed(),
    salesExclVat: fen(s.salesExclVat),
    periodSalesExclVat: fen(s.periodSalesExclVat),
    ...(s.exemptThreshold ? { exemptThreshold: fen(s.exemptThreshold) } : {}),
  };
  if (s.exempt && s.thresholdCite) {
    return {
      zh: `小规模纳税人本期应税销售额 ${fen(s.periodSalesExclVat)} 元未超过 ${fen(s.exemptThreshold!)} 元（含本数），免征增值税`,
      en: `Small-scale payer's taxable sales of the period, ${fen(s.periodSalesExclVat)} CNY, are at most ${fen(s.exemptThreshold!)} CNY (inclusive): VAT exempt`,
      formula: "periodSalesExclVat ≤ exemptThreshold → 0",
      inputs,
      ...citeFields(s.thresholdCite),
    };
  }
  const over = s.exemptThreshold
    ? {
        zh: `本期应税销售额 ${fen(s.periodSalesExclVat)} 元超过 ${fen(s.exemptThreshold)} 元，不免征；`,
        en: `sales of the period, ${fen(s.periodSalesExclVat)} CNY, exceed ${fen(s.exemptThreshold)} CNY, so not exempt; `,
      }
    : { zh: "", en: "" };
  return {
    zh: `小规模纳税人视同内销应纳增值税（离岸价视为含税）：${over.zh}征收率 ${s.levyRate.toFixed()}（${s.levyCite.source}）`,
    en: `Small-scale payer's VAT on the deemed domestic sale (FOB taken as tax-inclusive): ${over.en}levy rate ${s.levyRate.toFixed()} (${s.levyCite.source})`,
    formula: "FOB ÷ (1 + levyRate) × levyRate",
    inputs,
    ...(s.levyCite.measure ? citeFields(s.levyCite) : taxedCite),
  };
}

/**
 * The regime "auto" picks, explained: its ground (the first whose conditions all hold, in the order of
 * 财税〔2012〕39号 第五条 to 第七条 and 财税〔2018〕103号), and why each regime before it does not apply.
 */
function explainAutoDecision(decision: RegimeDecision, ex: Explainer): Regime {
  const auto = decision.regime;
  const autoBasis = decision.eligibility[auto].basis;
  const skipped = (["exempt-credit-refund", "exempt-refund", "exempt"] as Regime[]).filter(
    (r) => r !== auto && !decision.eligibility[r].applies,
  );
  const skippedZh = skipped
    .map((r) => `不适用${REGIME_TEXT[r].zh}（${whyNot(decision.eligibility[r], "zh")}）`)
    .join("；");
  const skippedEn = skipped
    .map((r) => `not ${REGIME_TEXT[r].en} (${whyNot(decision.eligibility[r], "en")})`)
    .join("; ");
  const basisCite = autoBasis?.cite ?? decision.era.taxedScope;
  ex.add({
    key: "regimeDecision",
    zh: `自动判定：${REGIME_TEXT[auto].zh}，依据“${autoBasis?.zh ?? ""}”，全部条件满足${skippedZh ? `；${skippedZh}` : ""}`,
    en: `Automatic decision: ${REGIME_TEXT[auto].en}, on the ground "${autoBasis?.en ?? ""}", every condition met${skippedEn ? `; ${skippedEn}` : ""}`,
    formula:
      "goods excluded -> taxed; manufacturer + general payer + vouchers -> exempt-credit-refund; trader + general + special invoice -> exempt-refund; small-scale with vouchers, trader with ordinary invoices, market procurement 1039, or 9610 without vouchers meeting every 财税〔2018〕103号 condition -> exempt; otherwise taxed-as-domestic",
    value: auto,
    ...citeFields(basisCite),
  });
  return auto;
}

/**
 * A requested regime other than the automatic one: applied when its grounds hold; taxed-as-domestic always
 * (the consequence of not filing in time), with a warning; any other is refused with each failing condition.
 */
function applyRequestedRegime(
  requested: Regime,
  auto: Regime,
  decision: RegimeDecision,
  ex: Explainer,
  warnings: Bilingual[],
): Regime {
  const wanted = decision.eligibility[requested];
  if (wanted.applies) {
    ex.add({
      key: "regime",
      zh: `按请求采用${REGIME_TEXT[requested].zh}（其条件满足；自动判定为${REGIME_TEXT[auto].zh}）`,
      en: `Requested ${REGIME_TEXT[requested].en} applied (its conditions hold; auto would pick ${REGIME_TEXT[auto].en})`,
      value: requested,
      ...citeFields(wanted.basis?.cite ?? decision.era.taxedScope),
    });
    return requested;
  }
  if (requested === "taxed-as-domestic") {
    // Taxation is the legal consequence of not filing in time, so it is a fair what-if; say so loudly.
    warnings.push({
      zh: `本笔出口按条件应适用${REGIME_TEXT[auto].zh}；此处按请求计算视同内销征税，仅在未按期申报退（免）税时才会发生`,
      en: `Under its facts this export falls under ${REGIME_TEXT[auto].en}; taxed-as-domestic is computed as requested and happens only if the refund or exemption is not filed in time`,
    });
    return requested;
  }
  throw new InputError(
    failingConditions(wanted).map((c) => ({
      pointer: c.fact,
      zh: `不能适用${REGIME_TEXT[requested].zh}：不满足“${c.zh}”（${c.cite.source}）`,
      en: `${REGIME_TEXT[requested].en} cannot apply: "${c.en}" does not hold (${c.cite.source})`,
    })),
  );
}

/** Applies "auto" or checks a requested regime; a requested regime whose grounds fail is refused. */
function chooseRegime(
  requested: Regime | "auto",
  decision: RegimeDecision,
  ex: Explainer,
  warnings: Bilingual[],
): Regime {
  const auto = explainAutoDecision(decision, ex);
  if (requested === "auto" || requested === auto) return auto;
  return applyRequestedRegime(requested, auto, decision, ex, warnings);
}

type Computed = { ok: true; outcome: RegimeOutcome } | { ok: false; problems: InputError["problems"] };

/** The VAT a regime comes to, before the surtaxes levied on it. */
type RegimeVat = Omit<RegimeOutcome, "figures" | "surtax">;

/** What a regime's figure stage reads, and where it puts each figure (with its explain step). */
interface FigureContext {
  input: ExportVatInput;
  r: Resolved;
  era: VatEra;
  /** Explains the applied regime; null for an alternative. */
  ex: Explainer | null;
  put: (key: string, value: Decimal, step?: Omit<ExplainStep, "key" | "value">) => void;
  rates: { vatRate: string; refundRate: string };
  /** Consumption tax of the goods (0 when none was given). */
  ct: Decimal;
}

const NO_VAT: RegimeVat = {
  vatDue: ZERO,
  refund: ZERO,
  exemptCredit: ZERO,
  vatCost: ZERO,
  consumptionTaxDue: ZERO,
  consumptionTaxRefund: ZERO,
};

/** One figure stage per regime: the regime's VAT figures, or the inputs it lacks. */
const REGIME_FIGURES: Record<Regime, (c: FigureContext) => RegimeVatOrProblems> = {
  "exempt-credit-refund": exemptCreditRefundFigures,
  "exempt-refund": exemptRefundFigures,
  exempt: exemptFigures,
  "taxed-as-domestic": taxedAsDomesticFigures,
};

/**
 * Computes one regime's figures: the regime's VAT (its own stage), then the surtaxes on the VAT
 * due. Explains them only when an Explainer is given (the applied regime).
 */
function computeRegime(
  regime: Regime,
  input: ExportVatInput,
  r: Resolved,
  era: VatEra,
  ex: Explainer | null,
  surtaxFactor?: Decimal,
): Computed {
  const figures: [string, Decimal][] = [];
  const put: FigureContext["put"] = (key, value, step) => {
    figures.push([key, value]);
    if (ex && step) ex.add({ key, value: fen(value), ...step });
  };
  const rates = { vatRate: r.vatRate.toFixed(), refundRate: r.refundRate.toFixed() };
  const ct = input.consumptionTax ? consumptionTaxAmount(input.consumptionTax) : ZERO;
  const vat = REGIME_FIGURES[regime]({ input, r, era, ex, put, rates, ct });
  if ("problems" in vat) return { ok: false, problems: vat.problems };
  const surtax = computeSurtaxes({
    vatPaid: vat.vatDue,
    consumptionTaxPaid: vat.consumptionTaxDue,
    exemptCredit: vat.exemptCredit,
    rates: r.rules.surtax.rates,
    factor: surtaxFactor ?? ONE,
  });
  return { ok: true, outcome: { figures, ...vat, surtax } };
}

type CiteFields = ReturnType<typeof citeFields>;
type ExemptCreditRefund = ReturnType<typeof computeExemptCreditRefund>;

/** 免抵退: the non-creditable amount and the period's payable, then the refund and what is left. */
function exemptCreditRefundFigures(c: FigureContext): RegimeVat {
  const { input, r, era, ex } = c;
  const f = computeExemptCreditRefund({
    fobCny: r.fobCny,
    vatRate: r.vatRate,
    refundRate: r.refundRate,
    domesticOutputVat: input.ledger.domesticOutputVat,
    inputVat: input.ledger.inputVat,
    openingCredit: input.ledger.openingCredit,
    dutyFreeMaterialsCny: r.dutyFreeMaterialsCny,
  });
  const cite = citeFields(era.exemptCreditRefundFormula);
  const withMaterials = !r.dutyFreeMaterialsCny.isZero();
  putNonCreditableAndPayable(c, f, cite, withMaterials);
  exemptCreditRefundOutcome(c, f, cite, withMaterials);
  if (ex && input.consumptionTax) {
    ex.add({
      key: "consumptionTax",
      zh: "生产企业出口应税消费品：免征消费税，不退税",
      en: "Manufacturer exporting excisable goods: consumption tax exempt, nothing refunded",
      value: "0.00",
      ...cite,
    });
  }
  return {
    ...NO_VAT,
    vatDue: f.vatDue,
    refund: f.refund,
    exemptCredit: f.exemptCredit,
    vatCost: f.nonCreditable,
  };
}

/**
 * 免抵退, first half (财税〔2012〕39号 第五条第（一）项 and its 2026 successor): the non-creditable amount
 * FOB x (VAT rate - refund rate), less the offset for duty-free materials, and the period's payable.
 */
function putNonCreditableAndPayable(
  { input, r, put, rates }: FigureContext,
  f: ExemptCreditRefund,
  cite: CiteFields,
  withMaterials: boolean,
): void {
  if (withMaterials) {
    put("nonCreditableOffset", f.nonCreditableOffset, {
      zh: "不得免征和抵扣税额抵减额（以不得免征和抵扣税额为限）",
      en: "Offset for duty-free materials, capped at the non-creditable amount",
      formula: "min(dutyFreeMaterials × (vatRate − refundRate), FOB × (vatRate − refundRate))",
      inputs: { dutyFreeMaterials: fen(r.dutyFreeMaterialsCny), fob: fen(r.fobCny), ...rates },
      ...cite,
    });
  }
  put("nonCreditable", f.nonCreditable, {
    zh: "当期不得免征和抵扣税额（转入成本）",
    en: "Non-creditable amount of the period (booked to cost)",
    formula: "FOB × (vatRate − refundRate) − offset",
    inputs: { fob: fen(r.fobCny), ...rates, offset: fen(f.nonCreditableOffset) },
    ...cite,
  });
  put("payable", f.payable, {
    zh: "当期应纳税额（负数为期末留抵税额）",
    en: "VAT payable of the period (negative = closing credit)",
    formula: "domesticOutputVat − (inputVat − nonCreditable) − openingCredit",
    inputs: {
      domesticOutputVat: input.ledger.domesticOutputVat.toFixed(),
      inputVat: input.ledger.inputVat.toFixed(),
      nonCreditable: fen(f.nonCreditable),
      openingCredit: input.ledger.openingCredit.toFixed(),
    },
    ...cite,
  });
}

/** 免抵退, second half: the eligible refund, the refund paid, the exempt credit and the carry-forward. */
function exemptCreditRefundOutcome(
  c: FigureContext,
  f: ExemptCreditRefund,
  cite: CiteFields,
  withMaterials: boolean,
): void {
  putEligibleRefundAndRefund(c, f, cite, withMaterials);
  putExemptCreditAndCarryForward(c, f, cite);
}

/**
 * The exempt-credit-refund amount FOB x refund rate (less the duty-free materials' offset), and the refund:
 * the lower of it and the closing credit (财税〔2012〕39号 第五条第（一）项).
 */
function putEligibleRefundAndRefund(
  { r, put, rates }: FigureContext,
  f: ExemptCreditRefund,
  cite: CiteFields,
  withMaterials: boolean,
): void {
  if (withMaterials) {
    put("eligibleRefundOffset", f.eligibleRefundOffset, {
      zh: "免抵退税额抵减额",
      en: "Offset of the exempt-credit-refund amount for duty-free materials",
      formula: "min(dutyFreeMaterials × refundRate, FOB × refundRate)",
      inputs: { dutyFreeMaterials: fen(r.dutyFreeMaterialsCny), refundRate: rates.refundRate },
      ...cite,
    });
  }
  put("eligibleRefund", f.eligibleRefund, {
    zh: "免抵退税额",
    en: "Exempt-credit-refund amount",
    formula: "FOB × refundRate − offset",
    inputs: { fob: fen(r.fobCny), refundRate: rates.refundRate, offset: fen(f.eligibleRefundOffset) },
    ...cite,
  });
  put("refund", f.refund, {
    zh: "应退税额：期末留抵税额与免抵退税额孰小",
    en: "Refund: the lower of the closing credit and the exempt-credit-refund amount",
    formula: "payable ≥ 0 ? 0 : min(−payable, eligibleRefund)",
    inputs: { payable: fen(f.payable), eligibleRefund: fen(f.eligibleRefund) },
    ...cite,
  });
}

/** What the refund leaves: the exempt credit (part of the surtax base), the carry-forward, VAT due and cost. */
function putExemptCreditAndCarryForward(
  { put }: FigureContext,
  f: ExemptCreditRefund,
  cite: CiteFields,
): void {
  put("exemptCredit", f.exemptCredit, {
    zh: "免抵税额（计入城建税等附加税费计税依据）",
    en: "Exempt-credit amount (part of the surtax base)",
    formula: "eligibleRefund − refund",
    inputs: { eligibleRefund: fen(f.eligibleRefund), refund: fen(f.refund) },
    ...cite,
  });
  put("carryForward", f.carryForward, {
    zh: "结转下期继续抵扣的留抵税额",
    en: "Credit carried forward",
    formula: "max(−payable − refund, 0)",
    inputs: { payable: fen(f.payable), refund: fen(f.refund) },
    ...cite,
  });
  put("vatDue", f.vatDue, {
    zh: "当期应缴增值税",
    en: "VAT due for the period",
    formula: "max(payable, 0)",
    inputs: { payable: fen(f.payable) },
    ...cite,
  });
  put("toCost", f.toCost, {
    zh: "转入成本的增值税（不得免征和抵扣税额）",
    en: "VAT booked to cost (the non-creditable amount)",
    formula: "nonCreditable",
    inputs: { nonCreditable: fen(f.nonCreditable) },
    ...cite,
  });
}

/** The VAT of a regime, or the inputs it lacks. */
type RegimeVatOrProblems = RegimeVat | { problems: InputError["problems"] };

const EXEMPT_REFUND_NEEDS_INVOICE: InputError["problems"] = [
  {
    pointer: "/purchase",
    en: "exempt-refund needs the purchase amount and invoiceVatRate of the special invoice",
    zh: "免退税需要专用发票的进货金额和 invoiceVatRate",
  },
];

/** 免退税: the refund on the purchase invoice; the domestic ledger settles on its own. */
function exemptRefundFigures(c: FigureContext): RegimeVatOrProblems {
  const { input, r, era, put, ct } = c;
  const p = r.purchase;
  if (!p?.invoiceAmountExclVat || !p.invoiceVatRate) return { problems: EXEMPT_REFUND_NEEDS_INVOICE };
  const f = computeExemptRefund({
    invoiceAmountExclVat: p.invoiceAmountExclVat,
    invoiceVatRate: p.invoiceVatRate,
    refundRate: r.refundRate,
  });
  const cite = citeFields(era.exemptRefundFormula);
  putPurchaseRefund(c, f, p.invoiceVatRate, cite);
  const ledger = putDomesticLedger(c, cite);
  if (input.consumptionTax) {
    put("consumptionTaxRefund", ct, {
      zh: "外贸企业出口应税消费品退还消费税",
      en: "Consumption tax refunded to a trading company",
      formula: "adValoremBase × adValoremRate + quantity × specificRate",
      ...cite,
    });
  }
  return {
    ...NO_VAT,
    vatDue: ledger.vatDue,
    refund: f.refund,
    vatCost: f.toCost,
    consumptionTaxRefund: input.consumptionTax ? ct : ZERO,
  };
}

/**
 * 免退税 (财税〔2012〕39号 第五条第（二）项): the refund is the invoice amount excl. VAT x the lower of the
 * refund rate and the invoice's VAT rate; the input VAT not refunded goes to cost.
 */
function putPurchaseRefund(
  { put, rates }: FigureContext,
  f: ReturnType<typeof computeExemptRefund>,
  invoiceVatRate: Decimal,
  cite: CiteFields,
): void {
  put("invoiceAmountExclVat", f.invoiceAmountExclVat);
  put("refund", f.refund, {
    zh: "应退税额：不含税进货金额 × 退税率与发票税率孰低",
    en: "Refund: invoice amount excl. VAT × the lower of the refund rate and the invoice's VAT rate",
    formula: "invoiceAmountExclVat × min(refundRate, invoiceVatRate)",
    inputs: {
      invoiceAmountExclVat: fen(f.invoiceAmountExclVat),
      refundRate: rates.refundRate,
      invoiceVatRate: invoiceVatRate.toFixed(),
      rateUsed: f.rateUsed.toFixed(),
    },
    ...cite,
  });
  put("toCost", f.toCost, {
    zh: "不予退税的进项税额（转入成本）",
    en: "Input VAT not refunded (booked to cost)",
    formula: "invoiceAmountExclVat × (invoiceVatRate − rate used)",
    inputs: {
      invoiceAmountExclVat: fen(f.invoiceAmountExclVat),
      invoiceVatRate: invoiceVatRate.toFixed(),
    },
    ...cite,
  });
}

/** A trader's domestic ledger beside its refunded exports: VAT due and the credit carried forward. */
function putDomesticLedger(
  { input, put }: FigureContext,
  cite: CiteFields,
): ReturnType<typeof ledgerSettlement> {
  const ledger = ledgerSettlement(input.ledger);
  put("vatDue", ledger.vatDue, {
    zh: "内销部分当期应缴增值税",
    en: "VAT due on the domestic ledger",
    formula: "max(domesticOutputVat − inputVat − openingCredit, 0)",
    ...cite,
  });
  put("carryForward", ledger.carryForward);
  return ledger;
}

const EXEMPT_NEEDS_DOMESTIC_SALES: InputError["problems"] = [
  {
    pointer: "/domesticSales",
    en: "the exempt regime needs domesticSales to apportion the input VAT that is not creditable",
    zh: "免税需要提供 domesticSales，以便按销售额比例划分不得抵扣的进项税额",
  },
];

/** Why the input VAT that goes to cost under 免税 is what it is, by the basis the computation used. */
const EXEMPT_TO_COST_BASIS: Record<NonNullable<ReturnType<typeof computeExempt>>["toCostBasis"], Bilingual> =
  {
    "small-scale": { zh: "小规模纳税人不抵扣进项税额", en: "a small-scale payer never credits input VAT" },
    "purchase-invoice": { zh: "进货发票上的增值税", en: "the VAT on the purchase invoice" },
    "no-invoice": { zh: "无进货凭证，无进项税额", en: "no purchase voucher, so no input VAT" },
    apportioned: {
      zh: "按出口额占全部销售额比例划分的进项税额（财税〔2016〕36号 附件1 第二十九条）",
      en: "input VAT apportioned by the exports' share of sales (财税〔2016〕36号 附件1 art. 29)",
    },
    "all-input": { zh: "无内销，全部进项税额", en: "no domestic sales, all input VAT" },
  };

/** 免税: no refund; the input VAT of the exports goes to cost. */
function exemptFigures({ input, r, era, ex, put }: FigureContext): RegimeVatOrProblems {
  const f = computeExempt({
    kind: input.enterprise.kind,
    vatPayer: input.enterprise.vatPayer,
    fobCny: r.fobCny,
    ledger: input.ledger,
    purchase: r.purchase,
  });
  if (!f) return { problems: EXEMPT_NEEDS_DOMESTIC_SALES };
  const basis = EXEMPT_TO_COST_BASIS[f.toCostBasis];
  put("toCost", f.toCost, {
    zh: `免税出口的进项税额不得抵扣，转入成本：${basis.zh}`,
    en: `Input VAT of exempt exports is not creditable and goes to cost: ${basis.en}`,
    formula: f.toCostBasis === "apportioned" ? "inputVat × FOB ÷ (FOB + domesticSales)" : f.toCostBasis,
    ...citeFields(era.exemptInputToCost),
  });
  if (input.enterprise.vatPayer === "general") {
    put("vatDue", f.vatDue, {
      zh: "当期应缴增值税（出口免税，不计销项）",
      en: "VAT due for the period (exports exempt, no output VAT)",
      formula: "max(domesticOutputVat − (inputVat − toCost) − openingCredit, 0)",
      ...citeFields(era.exemptInputToCost),
    });
    put("carryForward", f.carryForward);
  }
  if (ex && input.consumptionTax) {
    ex.add({
      key: "consumptionTax",
      zh: "免税出口：消费税免征，不退已纳消费税",
      en: "Exempt export: consumption tax exempt, none refunded",
      value: "0.00",
      ...citeFields(era.exemptScope),
    });
  }
  return { ...NO_VAT, vatDue: f.vatDue, vatCost: f.toCost };
}

/** 视同内销: VAT on the FOB taken as tax-inclusive, as a small-scale or a general payer. */
function taxedAsDomesticFigures(c: FigureContext): RegimeVat {
  const { input, r, put, ct } = c;
  const era = c.era;
  const f = computeTaxedAsDomestic({
    kind: input.enterprise.kind,
    vatPayer: input.enterprise.vatPayer,
    fobCny: r.fobCny,
    vatRate: r.vatRate,
    levyRate: r.levyRate,
    bondedMaterialsConsumed: r.bondedMaterialsConsumed,
    nonCreditableReversed: input.nonCreditableReversed,
    ledger: input.ledger,
    purchase: r.purchase,
  });
  const cite = citeFields(era.taxedFormula);
  const vatCost =
    input.enterprise.vatPayer === "small_scale"
      ? smallScaleTaxedFigures(c, cite)
      : generalTaxedFigures(c, f, cite);
  if (input.consumptionTax) {
    put("consumptionTaxDue", ct, {
      zh: "视同内销应纳消费税",
      en: "Consumption tax due on the deemed domestic sale",
      formula: "adValoremBase × adValoremRate + quantity × specificRate",
      ...cite,
    });
  }
  const vatDue = r.smallScale?.vatDue ?? f.vatDue;
  return { ...NO_VAT, vatDue, vatCost, consumptionTaxDue: input.consumptionTax ? ct : ZERO };
}

/** A small-scale payer's VAT on the deemed domestic sale under the relief of its date; it is the VAT cost. */
function smallScaleTaxedFigures({ r, put }: FigureContext, cite: ReturnType<typeof citeFields>): Decimal {
  // resolveInputs states every small-scale payer's VAT under the relief of the export date.
  const small = r.smallScale!;
  put("vatDue", small.vatDue, smallScaleVatStep(small, r.fobCny, cite));
  return small.vatDue;
}

/**
 * 视同内销 (财税〔2012〕39号 第七条第（二）项): output VAT on the FOB less bonded materials taken as
 * tax-inclusive, and the non-creditable amount booked to cost earlier, reversed back to input VAT.
 */
function putDeemedOutputVat(
  { r, put, rates }: FigureContext,
  f: ReturnType<typeof computeTaxedAsDomestic>,
  cite: CiteFields,
): void {
  put("outputVat", f.outputVat, {
    zh: "视同内销销项税额（离岸价视为含税）",
    en: "Output VAT of the deemed domestic sale (FOB taken as tax-inclusive)",
    formula: "(FOB − bondedMaterialsConsumed) ÷ (1 + vatRate) × vatRate",
    inputs: {
      fob: fen(r.fobCny),
      bondedMaterialsConsumed: fen(r.bondedMaterialsConsumed),
      vatRate: rates.vatRate,
    },
    ...cite,
  });
  if (!f.nonCreditableReversed.isZero()) {
    put("nonCreditableReversed", f.nonCreditableReversed, {
      zh: "已按征退税率之差计算并转入成本的不得免征和抵扣税额，转回进项税额",
      en: "Non-creditable amount already booked to cost at the rate gap, reversed back to input VAT",
      formula: "nonCreditableReversed",
      ...cite,
    });
  }
}

/** A general payer's output VAT, any reversal, and the period's VAT due; output VAT and ordinary-invoice VAT are the cost. */
function generalTaxedFigures(
  c: FigureContext,
  f: ReturnType<typeof computeTaxedAsDomestic>,
  cite: CiteFields,
): Decimal {
  const { input, put } = c;
  putDeemedOutputVat(c, f, cite);
  put("vatDue", f.vatDue, {
    zh: "当期应缴增值税（进项全部可抵扣，已转出的不得免抵税额转回）",
    en: "VAT due for the period (all input VAT creditable; any non-creditable amount booked earlier is reversed)",
    formula: "max(domesticOutputVat + outputVat − (inputVat + nonCreditableReversed) − openingCredit, 0)",
    inputs: {
      domesticOutputVat: input.ledger.domesticOutputVat.toFixed(),
      outputVat: fen(f.outputVat),
      creditableInput: f.creditableInput.toFixed(),
      openingCredit: input.ledger.openingCredit.toFixed(),
    },
    ...cite,
  });
  put("carryForward", f.carryForward);
  if (!f.toCost.isZero()) {
    put("toCost", f.toCost, {
      zh: "普通发票上的增值税不得抵扣，计入成本",
      en: "VAT on an ordinary invoice is not creditable and goes to cost",
      ...cite,
    });
  }
  return f.outputVat.plus(f.toCost);
}

/** The surtax payer facts of the request. */
function surtaxPayerOf(input: ExportVatInput): SurtaxPayer {
  return {
    vatPayer: input.enterprise.vatPayer,
    smallLowProfit: input.surtax?.smallLowProfit,
    legalForm: input.enterprise.legalForm,
  };
}

function surtaxFactorFor(input: ExportVatInput, rules: TaxRules): Decimal {
  return surtaxRelief(rules.surtax, surtaxPayerOf(input), input.exportDate).factor;
}

/** The surtaxes, explained: the base, the factor (halved or not, and why), and each surtax. */
function explainSurtaxes(
  o: RegimeOutcome,
  input: ExportVatInput,
  rules: TaxRules,
  factor: Decimal,
  ex: Explainer,
): void {
  ex.add({
    key: "surtaxBase",
    zh: "附加税费计税依据：实际缴纳的增值税、消费税加免抵税额",
    en: "Surtax base: VAT and consumption tax paid plus the exempt-credit amount",
    formula: "vatDue + consumptionTaxDue + exemptCredit",
    inputs: {
      vatDue: fen(o.vatDue),
      consumptionTaxDue: fen(o.consumptionTaxDue),
      exemptCredit: fen(o.exemptCredit),
    },
    value: fen(o.surtax.base),
    ...citeFields(rules.surtax.baseCite),
  });
  explainSurtaxFactor(input, rules, factor, ex);
  explainSurtaxLines(o, rules, factor, ex);
}

/**
 * Whether the surtaxes are halved: for whom the halving of the export date covers (2023年第12号 第二条 and
 * the periods before it), or why not: the payer is outside every group, or the date outside every period.
 */
function explainSurtaxFactor(input: ExportVatInput, rules: TaxRules, factor: Decimal, ex: Explainer): void {
  const slp = input.surtax?.smallLowProfit ?? false;
  const r = surtaxRelief(rules.surtax, surtaxPayerOf(input), input.exportDate);
  const relief = r.grounds.length > 0;
  const uncovered = r.groups.length > 0 && !relief;
  const periods = rules.surtax.reliefPeriods.map((p) => `${p.from}..${p.until}`).join(", ");
  const reliefUntil = rules.surtax.reliefPeriods[rules.surtax.reliefPeriods.length - 1].until;
  ex.add({
    key: "surtaxFactor",
    zh: relief
      ? `附加税费减半征收（${r.grounds.map((g) => g.zh).join("、")}）`
      : uncovered
        ? `附加税费全额征收：出口日期 ${input.exportDate} 不在对${r.groups.map((g) => g.zh).join("、")}减半征收的期间内（减半政策期间 ${periods}，执行至 ${reliefUntil}）`
        : "附加税费全额征收（非小规模纳税人、非个体工商户，请求未声明为小型微利企业）",
    en: relief
      ? `Surtaxes halved (${r.grounds.map((g) => g.en).join(", ")})`
      : uncovered
        ? `Surtaxes in full: on ${input.exportDate} no halving covers a ${r.groups.map((g) => g.en).join(", ")} (relief periods ${periods}; the halving runs until ${reliefUntil})`
        : "Surtaxes in full (not a small-scale payer nor an individual business; the request does not claim small low-profit status)",
    inputs: {
      vatPayer: input.enterprise.vatPayer,
      legalForm: input.enterprise.legalForm ?? "company",
      smallLowProfit: String(slp),
      exportDate: input.exportDate,
    },
    value: fixed(factor, 2),
    ...citeFields(r.period?.cite ?? rules.surtax.reliefCite),
  });
}

const SURTAX_LINES: readonly [keyof SurtaxRates, Bilingual][] = [
  ["urbanConstruction", { zh: "城市维护建设税", en: "Urban construction tax" }],
  ["education", { zh: "教育费附加", en: "Education surcharge" }],
  ["localEducation", { zh: "地方教育附加", en: "Local education surcharge" }],
];

/** Each surtax: base x its rate x the factor (城市维护建设税法 第四条, 教育费附加, 地方教育附加). */
function explainSurtaxLines(o: RegimeOutcome, rules: TaxRules, factor: Decimal, ex: Explainer): void {
  const rates = rules.surtax.rates;
  for (const [key, text] of SURTAX_LINES) {
    ex.add({
      key,
      ...text,
      formula: "base × rate × factor",
      inputs: { base: fen(o.surtax.base), rate: rates[key].toFixed(), factor: fixed(factor, 2) },
      value: fen(o.surtax[key]),
      ...citeFields(rules.surtax.ratesCite),
    });
  }
}

function timingFor(
  regime: Regime,
  outcome: RegimeOutcome,
  input: ExportVatInput,
  rules: TaxRules,
  era: VatEra,
  ex: Explainer,
): ExportVatReport["timing"] {
  if (regime === "taxed-as-domestic") {
    ex.add({
      key: "timing",
      zh: "视同内销征税：无退税可等待，税款随当期增值税申报缴纳",
      en: "Taxed as a domestic sale: no refund to wait for; the VAT is paid with the period's return",
      value: "none",
    });
    return null;
  }
  const t = refundTimingOrReject(input, rules);
  const refundExpected = !outcome.refund.isZero() || !outcome.consumptionTaxRefund.isZero();
  explainClaimWindow(regime, t, input.customsCode, era, ex);
  explainDepartureRefund(t, input.customsCode, rules, ex);
  if (t.filingDeadline && era.filingDeadline) {
    ex.add({
      key: "filingDeadline",
      zh: `出口之日起 ${era.filingDeadlineMonths} 个月内（${t.filingDeadline} 前）未申报退（免）税的，视同内销征税`,
      en: `Not filed for refund or exemption within ${era.filingDeadlineMonths} months (by ${t.filingDeadline}): taxed as a domestic sale`,
      value: t.filingDeadline,
      ...citeFields(era.filingDeadline),
    });
  }
  // An exemption without a refund has a filing window but no money to wait for.
  if (refundExpected) explainExpectedRefund(t, rules, ex);
  return {
    ...t,
    expectedRefundDate: refundExpected ? t.expectedRefundDate : null,
    refundExpected,
  };
}

/** The claim dates; a 9810 export without the departure refund cannot be dated until it is sold. */
function refundTimingOrReject(input: ExportVatInput, rules: TaxRules): RefundTiming {
  const t = refundTiming(
    input.exportDate,
    input.customsCode,
    input.measures.departureRefund,
    rules,
    input.soldDate,
  );
  if (!t) {
    reject(
      "/soldDate",
      "a 9810 export without the departure refund claims after the goods are sold abroad: send soldDate",
      "9810 出口未适用离境即退税时，须在海外仓实现销售后申报：请提供 soldDate",
    );
  }
  return t;
}

function explainClaimWindow(
  regime: Regime,
  t: RefundTiming,
  customsCode: ExportVatInput["customsCode"],
  era: VatEra,
  ex: Explainer,
): void {
  ex.add({
    key: "claimWindow",
    zh: `${regime === "exempt" ? "免税申报" : "退（免）税申报"}期：${t.claimableFrom} 起至 ${t.claimWindowEnd}`,
    en: `${regime === "exempt" ? "Exemption" : "Refund"} filing window: ${t.claimableFrom} to ${t.claimWindowEnd}`,
    formula: "first day of the month after the basis date .. 30 April of the next year",
    inputs: { basisDate: t.basisDate, customsCode },
    value: `${t.claimableFrom}..${t.claimWindowEnd}`,
    ...citeFields(era.claimWindow),
  });
}

/** Only a 9810 (overseas-warehouse) export has the departure refund to use or go without. */
function explainDepartureRefund(
  t: RefundTiming,
  customsCode: ExportVatInput["customsCode"],
  rules: TaxRules,
  ex: Explainer,
): void {
  if (t.departureRefund) {
    ex.add({
      key: "departureRefund",
      zh: `9810 海外仓出口离境即可申报退税，无需等待销售；${t.reconcileBy} 前按实际销售核对调整`,
      en: `9810 overseas-warehouse export: refund claimable on departure, before sale; reconciled to sales by ${t.reconcileBy}`,
      value: "true",
      ...citeFields(rules.departureRefund.cite),
    });
  } else if (customsCode === "9810") {
    ex.add({
      key: "departureRefund",
      zh: `9810 出口未适用离境即退税，按销售日期 ${t.basisDate} 起算申报期`,
      en: `9810 export without the departure refund: the window counts from the sale date ${t.basisDate}`,
      value: "false",
      ...citeFields(rules.departureRefund.cite),
    });
  }
}

function explainExpectedRefund(t: RefundTiming, rules: TaxRules, ex: Explainer): void {
  ex.add({
    key: "expectedRefundDate",
    zh: `预计 ${t.expectedFilingDate} 前申报，申报后约 ${rules.refundArrivalDays} 天到账`,
    en: `Expected filing by ${t.expectedFilingDate}; the refund arrives about ${rules.refundArrivalDays} days later`,
    formula: "claimableFrom + (filing day − 1) + refundArrivalDays",
    value: t.expectedRefundDate,
    ...citeFields(rules.refundArrivalCite),
  });
}

function summaryOf(o: RegimeOutcome): CostSummary {
  return {
    refund: fen(o.refund.plus(o.consumptionTaxRefund)),
    vatDue: fen(o.vatDue),
    vatCost: fen(o.vatCost),
    surtaxes: fen(o.surtax.total),
    consumptionTax: fen(o.consumptionTaxDue),
    netCost: fen(o.vatCost.plus(o.surtax.total).plus(o.consumptionTaxDue)),
    netCashToTaxOffice: fen(
      o.vatDue.plus(o.surtax.total).plus(o.consumptionTaxDue).minus(o.refund).minus(o.consumptionTaxRefund),
    ),
  };
}

function alternative(
  regime: Regime,
  e: RegimeEligibility,
  input: ExportVatInput,
  r: Resolved,
  era: VatEra,
  surtaxFactor: Decimal,
): AlternativeOut {
  const reasons = e.applies
    ? [{ zh: e.basis!.zh, en: e.basis!.en, source: e.basis!.cite.source }]
    : failingConditions(e).map((c) => ({ zh: c.zh, en: c.en, source: c.cite.source, fact: c.fact }));
  const computed = computeRegime(regime, input, r, era, null, surtaxFactor);
  if (!computed.ok) {
    const p = computed.problems[0];
    return {
      regime,
      applies: e.applies,
      reasons,
      figures: null,
      summary: null,
      notComputed: { zh: p.zh, en: p.en },
    };
  }
  return {
    regime,
    applies: e.applies,
    reasons,
    figures: figuresOut(computed.outcome),
    summary: summaryOf(computed.outcome),
  };
}
