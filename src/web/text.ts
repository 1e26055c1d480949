import type { Bilingual, Lang } from "../api/i18n";
import type { MeasureSwitch } from "../domain/cashflow/scenario";

/** `t("中文", "English")` in the page's language. */
export type Tr = (zh: string, en: string) => string;

export function tr(lang: Lang): Tr {
  return (zh, en) => (lang === "en" ? en : zh);
}

/** Names of the cash categories of a month (ledger categories). */
export const CATEGORY_LABELS: Record<string, Bilingual> = {
  salesReceipts: { zh: "销售回款", en: "Sales receipts" },
  vatRefunds: { zh: "出口退税", en: "VAT refunds" },
  grants: { zh: "政府补贴", en: "Grants" },
  suppliers: { zh: "付供应商", en: "Suppliers" },
  freight: { zh: "头程运费", en: "Freight" },
  overseasCosts: { zh: "海外费用", en: "Overseas costs" },
  bankFees: { zh: "银行手续费", en: "Bank fees" },
  hedging: { zh: "套期保值", en: "Hedging" },
  vat: { zh: "增值税", en: "VAT" },
  surtaxes: { zh: "附加税", en: "Surtaxes" },
  incomeTax: { zh: "企业所得税", en: "Income tax" },
};

/** The CSV's columns for people (the API's own CSV keeps its field names). */
export const CSV_LABELS: Record<string, Bilingual> = {
  month: { zh: "月份", en: "Month" },
  openingBalance: { zh: "月初余额", en: "Opening balance" },
  ...CATEGORY_LABELS,
  financingDrawn: { zh: "融资借入", en: "Financing drawn" },
  financingRepaid: { zh: "融资还款", en: "Financing repaid" },
  interest: { zh: "利息", en: "Interest" },
  financingFees: { zh: "融资费用", en: "Financing fees" },
  financingOutstanding: { zh: "融资余额", en: "Financing owed" },
  net: { zh: "净现金流", en: "Net cash flow" },
  closingBalance: { zh: "月末余额", en: "Closing balance" },
};

/** What each measure does to the cash, in plain words (how the projection models it). */
export const MEASURE_PLAIN: Record<MeasureSwitch, Bilingual> = {
  netting: {
    zh: "海外仓储、物流等费用直接从海外货款中扣除，只把差额汇回结汇：少换一次汇、少付一笔汇款手续费，这些费用也不用先从国内垫付出去。",
    en: "Overseas warehousing and logistics costs are deducted from the sales proceeds abroad and only the difference is brought home: one conversion and one remittance fee fewer, and no advance of those costs from China.",
  },
  noInvoiceExemption: {
    zh: "没有进货发票的出口货物，满足综试区三个条件时免征增值税，而不是按内销缴税。",
    en: "Exports bought without invoices are exempt from VAT, instead of being taxed as domestic sales, when the three pilot-zone conditions are met.",
  },
  deemedProfitTax: {
    zh: "企业所得税不按账面利润算，而是按收入的 4% 核定应纳税所得额，再按税率缴纳；不需要用发票证明成本。",
    en: "Income tax is charged on a deemed profit of 4% of revenue instead of book profit; no invoices are needed to prove costs.",
  },
  optionFeeWaiver: {
    zh: "小微企业第一次在银行买入外汇期权时，免收期权的办理费用，锁汇成本更低。",
    en: "A small or micro firm buying its first FX option from the bank pays no handling fee, so hedging costs less.",
  },
  supplyChainFinance: {
    zh: "用未到账的退税款、平台回款或应收账款向银行融资，利率通常低于流动资金贷款，也不占用企业自己的授信额度。",
    en: "Borrow against refunds, marketplace payouts or receivables not yet received, usually cheaper than a working-capital loan and outside the firm's own credit line.",
  },
  departureRefund: {
    zh: "以 9810 方式出口到海外仓的货物，离境后即可申报退税，不必等到在海外卖出，退税款提前到账。",
    en: "Goods exported to an overseas warehouse under 9810 can claim the VAT refund on departure, without waiting for the sale abroad, so the refund arrives earlier.",
  },
};

/** The VAT treatments of an export line, as the tax office names them. */
export const REGIME_LABELS: Record<string, Bilingual> = {
  "exempt-credit-refund": { zh: "免抵退税", en: "Exempt, credit and refund" },
  "exempt-refund": { zh: "免退税", en: "Exempt and refund" },
  exempt: { zh: "免税（不退税）", en: "Exempt, no refund" },
  "taxed-as-domestic": { zh: "视同内销征税", en: "Taxed as a domestic sale" },
};

/** Overseas cost categories (the projection's netting decides by category). */
export const OVERSEAS_COST_LABELS: Record<string, Bilingual> = {
  warehousing: { zh: "海外仓储", en: "Warehousing" },
  logistics: { zh: "海外配送物流", en: "Fulfilment and logistics" },
  tax: { zh: "境外税费", en: "Taxes abroad" },
  platform: { zh: "平台佣金", en: "Marketplace commission" },
  advertising: { zh: "广告", en: "Advertising" },
  other: { zh: "其他", en: "Other" },
};
