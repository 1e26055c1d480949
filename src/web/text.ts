import type { Bilingual, Lang } from "../api/i18n";
import type { MeasureSwitch } from "../domain/cashflow/scenario";

/** `t("中文", "English")` in the page's language. */
export type Tr = (zh: string, en: string) => string;

export function tr(lang: Lang): Tr {
  return (zh, en) => (lang === "en" ? en : zh);
}

/** Short names of the measure switches, as a factory owner would say them. */
export const MEASURE_LABELS: Record<MeasureSwitch, Bilingual> = {
  netting: { zh: "海外费用轧差结算", en: "Netting overseas costs against proceeds" },
  noInvoiceExemption: { zh: "无票免税", en: "VAT exemption without purchase invoices" },
  deemedProfitTax: { zh: "所得税核定征收（应税所得率4%）", en: "Deemed-profit income tax (4%)" },
  optionFeeWaiver: { zh: "首次买入期权免手续费", en: "Waived fee on a first FX option" },
  supplyChainFinance: { zh: "供应链融资（退税贷、回款贷、保理等）", en: "Supply-chain finance" },
  departureRefund: { zh: "离境即退税（9810）", en: "VAT refund on departure (9810)" },
};

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
