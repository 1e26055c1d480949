import { addDays } from "../dates";
import type { Bilingual } from "../explain";
import {
  type Cite,
  type CustomsCode,
  type EnterpriseKind,
  type PurchaseInvoice,
  type Regime,
  type TaxRules,
  type VatEra,
  type VatPayer,
  vatEraFor,
} from "./rules";

/** The facts that decide which VAT treatment an export falls under. */
export interface RegimeFacts {
  kind: EnterpriseKind;
  vatPayer: VatPayer;
  /** The three facts of 财税〔2018〕103号 that concern the firm and the declaration. */
  pilotZone: { registered: boolean; platformRecorded: boolean; zoneCustoms: boolean };
  customsCode: CustomsCode;
  /** The purchase vouchers held for the exported goods. */
  purchaseInvoice: PurchaseInvoice;
  exportDate: string;
  /** The goods are on a list whose export refund AND exemption were cancelled (a 0% refund rate is not that). */
  goodsExcludedFromExemption: boolean;
  /** Measure switch: the no-invoice exemption (中府办函〔2024〕24号 第15条 applying 103号). */
  noInvoiceExemption: boolean;
}

/** One condition of a ground: what must hold, whether it does, and the request field it reads. */
export interface Condition extends Bilingual {
  id: string;
  met: boolean;
  /** JSON pointer of the request field that decides it. */
  fact: string;
  cite: Cite;
}

/** A legal ground for a regime: it holds when all its conditions are met. */
export interface Ground extends Bilingual {
  id: string;
  cite: Cite;
  met: boolean;
  conditions: Condition[];
}

export interface RegimeEligibility {
  regime: Regime;
  /** True when at least one ground holds. */
  applies: boolean;
  /** The first ground that holds. */
  basis: Ground | null;
  grounds: Ground[];
}

export interface RegimeDecision {
  regime: Regime;
  era: VatEra;
  /** Every regime's eligibility, in the order auto considers them. */
  eligibility: Record<Regime, RegimeEligibility>;
}

/** The order in which "auto" looks for an applicable regime; taxed-as-domestic is the fallback. */
export const AUTO_ORDER: readonly Regime[] = [
  "exempt-credit-refund",
  "exempt-refund",
  "exempt",
  "taxed-as-domestic",
];

function ground(id: string, text: Bilingual, cite: Cite, conditions: Condition[]): Ground {
  return { id, ...text, cite, conditions, met: conditions.every((c) => c.met) };
}

function eligibility(regime: Regime, grounds: Ground[]): RegimeEligibility {
  const basis = grounds.find((g) => g.met) ?? null;
  return { regime, applies: basis !== null, basis, grounds };
}

const INVOICE_TEXT: Record<PurchaseInvoice, Bilingual> = {
  special: { zh: "增值税专用发票", en: "a special VAT invoice" },
  ordinary: { zh: "普通发票", en: "an ordinary invoice" },
  none: { zh: "无有效进货凭证", en: "no valid purchase voucher" },
};

/** The facts of 无票免税 alone (the deemed-profit CIT test needs only these). */
export type NoInvoiceFacts = Pick<
  RegimeFacts,
  "pilotZone" | "customsCode" | "purchaseInvoice" | "goodsExcludedFromExemption" | "noInvoiceExemption"
>;

/** The conditions of 无票免税 (财税〔2018〕103号 第一条), shared with the deemed-profit CIT test. */
export function noInvoiceConditions(facts: NoInvoiceFacts, rules: TaxRules, asOf: string): Condition[] {
  const r = rules.noInvoiceExemption;
  return [
    {
      id: "no-invoice-measure-on",
      zh: "无票免税措施开启",
      en: "the no-invoice exemption measure is switched on",
      met: facts.noInvoiceExemption,
      fact: "/measures/noInvoiceExemption",
      cite: r.localMeasure,
    },
    {
      id: "no-invoice-in-force",
      zh: `出口日期不早于 ${r.effectiveFrom}（政策施行之日）`,
      en: `exported on or after ${r.effectiveFrom}, when the exemption took effect`,
      met: asOf >= r.effectiveFrom,
      fact: "/exportDate",
      cite: r.cite,
    },
    {
      id: "goods-without-voucher",
      zh: "出口货物未取得有效进货凭证",
      en: "the goods have no valid purchase voucher",
      met: facts.purchaseInvoice === "none",
      fact: "/purchase/invoice",
      cite: r.cite,
    },
    registeredInPilotZone(facts, r.cite),
    recordedOnZonePlatform(facts, r.cite),
    declaredThroughZoneCustoms(facts, r.cite),
    qualifyingCustomsCode(facts, r.qualifyingCustomsCodes, r.cite),
    notExcluded(facts, r.cite),
  ];
}

/** 财税〔2018〕103号 第一条, first condition: the exporter is registered in a pilot zone. */
function registeredInPilotZone(facts: NoInvoiceFacts, cite: Cite): Condition {
  return {
    id: "registered-in-pilot-zone",
    zh: "在综试区注册",
    en: "registered in a CBEC comprehensive pilot zone",
    met: facts.pilotZone.registered,
    fact: "/enterprise/pilotZone/registered",
    cite,
  };
}

/** 财税〔2018〕103号 第一条, first condition: the export is recorded on the zone's online service platform. */
function recordedOnZonePlatform(facts: NoInvoiceFacts, cite: Cite): Condition {
  return {
    id: "recorded-on-platform",
    zh: "在综试区线上综合服务平台登记出口日期、名称、计量单位、数量、单价、金额",
    en: "the export (date, goods, unit, quantity, unit price, amount) is recorded on the zone's online platform",
    met: facts.pilotZone.platformRecorded,
    fact: "/enterprise/pilotZone/platformRecorded",
    cite,
  };
}

/** 财税〔2018〕103号 第一条, second condition: declared as an e-commerce export through the zone city's customs. */
function declaredThroughZoneCustoms(facts: NoInvoiceFacts, cite: Cite): Condition {
  return {
    id: "declared-through-zone-customs",
    zh: "通过综试区所在地海关办理电子商务出口申报",
    en: "declared as an e-commerce export through the customs of the zone's city",
    met: facts.pilotZone.zoneCustoms,
    fact: "/enterprise/pilotZone/zoneCustoms",
    cite,
  };
}

/** The customs code is one that qualifies (9610 by default; whether 9710/9810 do is unconfirmed). */
function qualifyingCustomsCode(facts: NoInvoiceFacts, qualifying: readonly string[], cite: Cite): Condition {
  const codes = qualifying.join("/");
  return {
    id: "qualifying-customs-code",
    zh: `海关监管方式为 ${codes}（跨境电商零售出口；9710/9810 是否适用未经确认）`,
    en: `customs code ${codes} (CBEC retail export; whether 9710/9810 qualify is unconfirmed)`,
    met: qualifying.includes(facts.customsCode),
    fact: "/customsCode",
    cite,
  };
}

function notExcluded(facts: NoInvoiceFacts, cite: Cite): Condition {
  return {
    id: "goods-not-excluded",
    zh: "货物不属于财政部和税务总局明确取消出口退（免）税的货物（退税率为零本身不等于取消免税）",
    en: "the goods are not on a list whose export refund and exemption were cancelled (a 0% refund rate alone is not that)",
    met: !facts.goodsExcludedFromExemption,
    fact: "/goodsExcludedFromExemption",
    cite,
  };
}

function isKind(facts: RegimeFacts, kind: EnterpriseKind, cite: Cite): Condition {
  const text: Record<EnterpriseKind, Bilingual> = {
    manufacturer: { zh: "生产企业", en: "a manufacturer" },
    trader: { zh: "外贸企业", en: "a trading company" },
  };
  return {
    id: `is-${kind}`,
    zh: `出口企业为${text[kind].zh}`,
    en: `the exporter is ${text[kind].en}`,
    met: facts.kind === kind,
    fact: "/enterprise/kind",
    cite,
  };
}

function isPayer(facts: RegimeFacts, payer: VatPayer, cite: Cite): Condition {
  const general = payer === "general";
  return {
    id: general ? "general-payer" : "small-scale-payer",
    zh: general ? "增值税一般纳税人" : "增值税小规模纳税人",
    en: general ? "a general VAT payer" : "a small-scale VAT payer",
    met: facts.vatPayer === payer,
    fact: "/enterprise/vatPayer",
    cite,
  };
}

function invoiceIs(facts: RegimeFacts, invoice: PurchaseInvoice, cite: Cite): Condition {
  return {
    id: `invoice-${invoice}`,
    zh: `购进货物取得${INVOICE_TEXT[invoice].zh}`,
    en: `the purchase is covered by ${INVOICE_TEXT[invoice].en}`,
    met: facts.purchaseInvoice === invoice,
    fact: "/purchase/invoice",
    cite,
  };
}

function hasVoucher(facts: RegimeFacts, cite: Cite): Condition {
  return {
    id: "has-voucher",
    zh: "出口货物取得合法有效的进货凭证",
    en: "the goods are covered by a valid purchase voucher",
    met: facts.purchaseInvoice !== "none",
    fact: "/purchase/invoice",
    cite,
  };
}

function notMarketProcurement(facts: RegimeFacts, cite: Cite): Condition {
  return {
    id: "not-market-procurement",
    zh: "不是市场采购贸易（1039，只免税不退税）",
    en: "not a market-procurement export (1039, exempt without refund)",
    met: facts.customsCode !== "1039",
    fact: "/customsCode",
    cite,
  };
}

/**
 * The export dates on which `decideRegime` can answer differently for the same other facts: each
 * VAT era's first day, the day after its last, and the day 无票免税 took effect. Between two of
 * them the decision is the same, so a caller deciding many exports may decide once per interval.
 */
export function regimeChangeDates(rules: TaxRules): string[] {
  const dates = [rules.noInvoiceExemption.effectiveFrom];
  for (const era of rules.vatEras) {
    dates.push(era.from);
    if (era.until !== null) dates.push(addDays(era.until, 1));
  }
  return [...new Set(dates)].sort();
}

/**
 * Evaluates every regime's grounds and picks the first that applies in AUTO_ORDER, except that goods
 * whose refund and exemption were cancelled are always taxed. Never picks a regime whose grounds fail.
 */
export function decideRegime(facts: RegimeFacts, rules: TaxRules): RegimeDecision {
  const era = vatEraFor(rules.vatEras, facts.exportDate);
  if (!era) throw new Error(`no VAT era covers ${facts.exportDate}`);
  const exemptCreditRefund = exemptCreditRefundEligibility(facts, rules, era);
  const exemptRefund = exemptRefundEligibility(facts, rules, era);
  const exempt = exemptEligibility(facts, rules, era);
  const all: Record<Regime, RegimeEligibility> = {
    "exempt-credit-refund": exemptCreditRefund,
    "exempt-refund": exemptRefund,
    exempt,
    "taxed-as-domestic": taxedEligibility(facts, era, { exemptCreditRefund, exemptRefund, exempt }),
  };
  const regime = AUTO_ORDER.find((r) => all[r].applies) ?? "taxed-as-domestic";
  return { regime, era, eligibility: all };
}

/** 免抵退税: a general-payer manufacturer exporting its own goods with vouchers. */
function exemptCreditRefundEligibility(facts: RegimeFacts, rules: TaxRules, era: VatEra): RegimeEligibility {
  return eligibility("exempt-credit-refund", [
    ground(
      "manufacturer-with-documents",
      {
        zh: "生产企业出口自产货物，免抵退税",
        en: "a manufacturer exporting its own goods: exempt, credit, refund",
      },
      era.exemptCreditRefundScope,
      [
        isKind(facts, "manufacturer", era.exemptCreditRefundScope),
        isPayer(facts, "general", era.exemptCreditRefundScope),
        hasVoucher(facts, era.exemptCreditRefundScope),
        notMarketProcurement(facts, rules.marketProcurement.cite),
        notExcluded(facts, era.taxedScope),
      ],
    ),
  ]);
}

/** 免退税: a general-payer trading company holding special VAT invoices. */
function exemptRefundEligibility(facts: RegimeFacts, rules: TaxRules, era: VatEra): RegimeEligibility {
  return eligibility("exempt-refund", [
    ground(
      "trader-special-invoice",
      {
        zh: "外贸企业凭增值税专用发票免退税",
        en: "a trading company holding special VAT invoices: exempt and refund",
      },
      era.exemptRefundScope,
      [
        isKind(facts, "trader", era.exemptRefundScope),
        isPayer(facts, "general", era.exemptRefundScope),
        invoiceIs(facts, "special", era.exemptRefundScope),
        notMarketProcurement(facts, rules.marketProcurement.cite),
        notExcluded(facts, era.taxedScope),
      ],
    ),
  ]);
}

/** 免税: market procurement, the pilot zones' no-invoice exemption, small-scale payers, ordinary invoices. */
function exemptEligibility(facts: RegimeFacts, rules: TaxRules, era: VatEra): RegimeEligibility {
  return eligibility("exempt", [
    ground(
      "market-procurement",
      { zh: "市场采购贸易方式出口免税", en: "market-procurement export: exempt" },
      rules.marketProcurement.cite,
      marketProcurementConditions(facts, rules, era),
    ),
    ground(
      "no-invoice-pilot-zone",
      {
        zh: "综试区跨境电商零售出口无票免税",
        en: "pilot-zone CBEC retail export without purchase vouchers: exempt",
      },
      rules.noInvoiceExemption.cite,
      noInvoiceConditions(facts, rules, facts.exportDate),
    ),
    ground(
      "small-scale",
      { zh: "小规模纳税人出口货物免税", en: "small-scale payer's export: exempt" },
      era.exemptScope,
      [
        isPayer(facts, "small_scale", era.exemptScope),
        hasVoucher(facts, era.exemptScope),
        notExcluded(facts, era.taxedScope),
      ],
    ),
    ground(
      "trader-ordinary-invoice",
      { zh: "外贸企业取得普通发票的货物免税", en: "trading company holding only ordinary invoices: exempt" },
      era.exemptScope,
      [
        isKind(facts, "trader", era.exemptScope),
        isPayer(facts, "general", era.exemptScope),
        invoiceIs(facts, "ordinary", era.exemptScope),
        notExcluded(facts, era.taxedScope),
      ],
    ),
  ]);
}

/** Market procurement (1039) under 国家税务总局公告2015年第89号, while it applies, for goods not excluded. */
function marketProcurementConditions(facts: RegimeFacts, rules: TaxRules, era: VatEra): Condition[] {
  const mp = rules.marketProcurement;
  return [
    {
      id: "market-procurement-code",
      zh: "海关监管方式为市场采购（1039）",
      en: "declared under market procurement (1039)",
      met: facts.customsCode === "1039",
      fact: "/customsCode",
      cite: mp.cite,
    },
    {
      id: "market-procurement-in-force",
      zh: "国家税务总局公告2015年第89号仍然有效（2026年以后未经确认）",
      en: "国家税务总局公告2015年第89号 still applies (unconfirmed after 2026)",
      met: mp.inForce,
      fact: "/parameters/marketProcurementInForce",
      cite: mp.cite,
    },
    notExcluded(facts, era.taxedScope),
  ];
}

/** The regimes before taxed-as-domestic in AUTO_ORDER, already evaluated. */
interface OtherRegimes {
  exemptCreditRefund: RegimeEligibility;
  exemptRefund: RegimeEligibility;
  exempt: RegimeEligibility;
}

/** 视同内销征税: goods whose refund and exemption were cancelled, or no other regime available. */
function taxedEligibility(facts: RegimeFacts, era: VatEra, others: OtherRegimes): RegimeEligibility {
  return eligibility("taxed-as-domestic", [
    excludedGoodsGround(facts, era),
    noOtherRegimeGround(era, others),
  ]);
}

/** Goods whose export refund and exemption were cancelled are taxed (财税〔2012〕39号 第七条第（一）项, from 2026 its successor). */
function excludedGoodsGround(facts: RegimeFacts, era: VatEra): Ground {
  return ground(
    "excluded-goods",
    {
      zh: "取消出口退（免）税的货物视同内销征税",
      en: "goods whose refund and exemption were cancelled: taxed",
    },
    era.taxedScope,
    [
      {
        ...notExcluded(facts, era.taxedScope),
        id: "goods-excluded",
        met: facts.goodsExcludedFromExemption,
      },
    ],
  );
}

/** Neither a refund nor an exemption is available: taxed (财税〔2012〕39号 第七条第（一）项, from 2026 its successor). */
function noOtherRegimeGround(era: VatEra, others: OtherRegimes): Ground {
  return ground(
    "no-other-regime",
    {
      zh: "既不能退（免）税也不能免税（如无有效进货凭证且不符合无票免税条件），视同内销征税",
      en: "neither a refund nor an exemption is available (e.g. no valid voucher and no no-invoice exemption): taxed",
    },
    era.taxedScope,
    [
      noOtherRegime(
        "exempt-credit-refund",
        others.exemptCreditRefund,
        {
          zh: "免抵退税",
          en: "exempt-credit-refund",
        },
        era.taxedScope,
      ),
      noOtherRegime(
        "exempt-refund",
        others.exemptRefund,
        { zh: "免退税", en: "exempt-refund" },
        era.taxedScope,
      ),
      noOtherRegime("exempt", others.exempt, { zh: "免税", en: "exemption" }, era.taxedScope),
    ],
  );
}

/** The condition that a regime before taxed-as-domestic does not apply. */
function noOtherRegime(regime: Regime, e: RegimeEligibility, text: Bilingual, cite: Cite): Condition {
  return {
    id: `not-${regime}`,
    zh: `不适用${text.zh}`,
    en: `${text.en} does not apply`,
    met: !e.applies,
    fact: "/enterprise",
    cite,
  };
}

/** The conditions that fail, ground by ground, for a regime that does not apply. */
export function failingConditions(e: RegimeEligibility): Condition[] {
  const seen = new Set<string>();
  const out: Condition[] = [];
  for (const g of e.grounds) {
    for (const c of g.conditions) {
      if (!c.met && !seen.has(`${g.id}/${c.id}`)) {
        seen.add(`${g.id}/${c.id}`);
        out.push(c);
      }
    }
  }
  return out;
}
