import { Explainer, type ExplainStep } from "../explain";
import { type Decimal, fen, fixed } from "../money";
import type {
  CostCategory,
  FeeSchedule,
  PathResult,
  ReportOwed,
  SettlementComparison,
  SettlementInput,
  SettlementRules,
} from "./netting";

/** Categories 汇发〔2020〕11号 names; anything else netted rests on the bank's agreement. */
const NAMED_BY_DOCUMENT: readonly CostCategory[] = ["warehousing", "logistics", "tax"];

export const CATEGORY_ZH: Record<CostCategory, string> = {
  warehousing: "仓储",
  logistics: "物流",
  tax: "税费",
  platform: "平台佣金",
  advertising: "广告",
  other: "其他",
};

const REPORT_TEXT: Record<
  ReportOwed["key"],
  Partial<Record<ReportOwed["status"], { zh: string; en: string }>>
> = {
  "restored-gross": {
    owed: {
      zh: "轧差结算后须按规定申报实际收付数据和还原（全额）数据",
      en: "after netting, report the actual receipts and the restored gross figures",
    },
    "not-owed": { zh: "未轧差，无需还原数据申报", en: "nothing netted: no restored figures to report" },
  },
  "deferred-receipt": {
    owed: {
      zh: "收款晚于出口超过 {days} 天（延期收款），须自出口之日起 {within} 天内报告",
      en: "receipt more than {days} days after export (deferred receipt): report within {within} days of the export",
    },
    "not-owed": {
      zh: "收款未晚于出口 {days} 天以上，无需延期收款报告",
      en: "receipt not more than {days} days after export: no deferred-receipt report",
    },
    conditional: {
      zh: "若收款晚于出口超过 {days} 天（海外仓销售常见），须自出口之日起 {within} 天内报告延期收款；提供 exportDate 与 receiptDate 可自动判断",
      en: "if the receipt comes more than {days} days after export (common for warehouse sales), report the deferred receipt within {within} days of the export; give exportDate and receiptDate to check",
    },
  },
  "advance-receipt": {
    owed: {
      zh: "收款早于出口超过 {days} 天（预收货款），须自收款之日起 {within} 天内报告",
      en: "receipt more than {days} days before export (advance receipt): report within {within} days of the receipt",
    },
    "not-owed": {
      zh: "收款未早于出口 {days} 天以上，无需预收货款报告",
      en: "receipt not more than {days} days before export: no advance-receipt report",
    },
    conditional: {
      zh: "若收款早于出口超过 {days} 天，须自收款之日起 {within} 天内报告预收货款",
      en: "if the receipt comes more than {days} days before export, report the advance receipt within {within} days of the receipt",
    },
  },
};

function fill(text: string, days: number, within: number): string {
  return text.replace("{days}", String(days)).replace("{within}", String(within));
}

function reportText(r: ReportOwed, rules: SettlementRules): { zh: string; en: string } {
  const t = REPORT_TEXT[r.key][r.status]!;
  const days = r.key === "advance-receipt" ? rules.advanceReceiptReportDays : rules.deferredReceiptReportDays;
  const due = r.dueDate ? { zh: `（截止 ${r.dueDate}）`, en: ` (due ${r.dueDate})` } : { zh: "", en: "" };
  return {
    zh: fill(t.zh, days, rules.receiptReportWithinDays) + due.zh,
    en: fill(t.en, days, rules.receiptReportWithinDays) + due.en,
  };
}

function feeText(fee: FeeSchedule): string {
  return `clamp(${fee.rate} x amount, ${fee.min}, ${fee.max ?? "no cap"}) + ${fee.fixed}`;
}

function pathOut(p: PathResult) {
  return {
    inward: {
      amount: fen(p.inwardAmount),
      remittances: p.inwardRemittances,
      cny: fen(p.inwardCny),
      fxCost: fen(p.fxCostInward),
      fees: fen(p.feesInward),
    },
    outward: {
      amount: fen(p.outwardAmount),
      remittances: p.outwardRemittances,
      cny: fen(p.outwardCny),
      fxCost: fen(p.fxCostOutward),
      fees: fen(p.feesOutward),
    },
    fxCost: fen(p.fxCostInward.plus(p.fxCostOutward)),
    fees: fen(p.feesInward.plus(p.feesOutward)),
    filings: p.filings.map((f) => ({
      cost: f.cost,
      category: f.category,
      remittanceAmount: fen(f.remittanceAmount),
      usdEquivalent: fen(f.usdEquivalent),
      contracts: f.contracts,
      count: f.count,
    })),
    filingDelayDays: p.filingDelayDays,
    filingFundingCost: p.filingFundingCost ? fen(p.filingFundingCost) : null,
    totalCost: fen(p.totalCost),
    netCny: fen(p.netCny),
  };
}

/** The filings of a path: per remittance above the threshold, or once per contract (2021年第19号). */
function filingsStep(
  name: "gross" | "netted",
  label: { zh: string; en: string },
  p: PathResult,
  rules: SettlementRules,
): ExplainStep {
  const count = p.filings.reduce((n, f) => n + f.count, 0);
  const perContract = rules.filingOncePerContract && rules.citations.filingPerContract;
  const cite = perContract || rules.citations.filing;
  const rule = perContract
    ? {
        zh: `；同一合同多次付汇仅在首次付汇前备案一次（${perContract.source}），每项费用按一份合同计，除非另报合同数`,
        en: `; a contract paid in several remittances is filed once, before its first payment (${perContract.source}); each cost is one contract unless the number of contracts is given`,
      }
    : { zh: "", en: "" };
  return {
    key: `${name}.filings`,
    zh: `${label.zh}税务备案：单笔对外支付超过等值 ${rules.filingThresholdUsd} 美元（不含本数）须先备案（${rules.citations.filing.source}）${rule.zh}；共备案 ${count} 次，付款推迟 ${p.filingDelayDays} 天（各笔并行办理）`,
    en: `${label.en} tax filings: a single outward payment above USD ${rules.filingThresholdUsd} equivalent (exclusive) is filed first (${rules.citations.filing.source})${rule.en}; ${count} filing(s), delayed ${p.filingDelayDays} day(s) (filed in parallel)`,
    formula: perContract
      ? "for each cost whose remittance (amount / remittances x USD per unit) is above the threshold: one filing per contract"
      : "count of remittances with amount / remittances x USD per unit > threshold",
    inputs: Object.fromEntries(
      p.filings.flatMap((f) => [
        [`cost ${f.cost} (${f.category}) USD per remittance`, fen(f.usdEquivalent)],
        ...(perContract ? [[`cost ${f.cost} (${f.category}) contracts`, String(f.contracts)]] : []),
      ]),
    ),
    value: String(p.filingDelayDays),
    measure: cite.measure,
    source: cite.source,
  };
}

function pathSteps(
  x: Explainer,
  name: PathName,
  p: PathResult,
  input: SettlementInput,
  rules: SettlementRules,
) {
  const label =
    name === "gross" ? { zh: "全额路径", en: "gross path" } : { zh: "轧差路径", en: "netted path" };
  x.add(fxCostStep(name, label, p, input));
  x.add(feesStep(name, label, p, input));
  x.add(filingsStep(name, label, p, rules));
  if (p.filingFundingCost) x.add(filingFundingStep(name, label, p, input));
  x.add({
    key: `${name}.totalCost`,
    zh: `${label.zh}总成本 = 汇兑成本 + 手续费${p.filingFundingCost ? " + 备案资金成本" : "（备案延迟只计天数：未提供 fundingRate）"}`,
    en: `${label.en} total cost = FX cost + fees${p.filingFundingCost ? " + filing funding cost" : " (filing delay counted in days only: no fundingRate given)"}`,
    value: fen(p.totalCost),
  });
}

type PathName = "gross" | "netted";
type PathLabel = { zh: string; en: string };

/** A path's FX cost against the middle rate: bought at the bid going in, sold at the offer for costs. */
function fxCostStep(name: PathName, label: PathLabel, p: PathResult, input: SettlementInput): ExplainStep {
  const { fx } = input;
  return {
    key: `${name}.fxCost`,
    zh: `${label.zh}汇兑成本（相对中间价的损失）：汇入金额 x（中间价 - 买入价）+ 购汇付费金额 x（卖出价 - 中间价）`,
    en: `${label.en} FX cost (loss against the middle rate): inward amount x (mid - bid) + amount bought for costs x (offer - mid)`,
    formula: "inwardAmount x (mid - bid) + outwardAmount x (offer - mid)",
    inputs: {
      inwardAmount: fen(p.inwardAmount),
      outwardAmount: fen(p.outwardAmount),
      mid: fx.mid.toString(),
      bid: fx.bid.toString(),
      offer: fx.offer.toString(),
    },
    value: fen(p.fxCostInward.plus(p.fxCostOutward)),
  };
}

/** A path's bank fees on its remittances in and out. */
function feesStep(name: PathName, label: PathLabel, p: PathResult, input: SettlementInput): ExplainStep {
  return {
    key: `${name}.fees`,
    zh: `${label.zh}银行手续费：每笔汇款 clamp(费率 x 金额(按中间价折人民币), 下限, 上限) + 固定费用（电讯费）；等额分笔`,
    en: `${label.en} bank fees: per remittance clamp(rate x amount in CNY at mid, min, max) + fixed (cable) fee; a cost in n remittances is split equally`,
    formula: `inward ${p.inwardRemittances} x [${feeText(input.fees.inward)}] + outward per cost x [${feeText(input.fees.outward)}]`,
    inputs: {
      inwardRemittances: String(p.inwardRemittances),
      outwardRemittances: String(p.outwardRemittances),
      feesInward: fen(p.feesInward),
      feesOutward: fen(p.feesOutward),
    },
    value: fen(p.feesInward.plus(p.feesOutward)),
  };
}

/** The cost of money set aside while a path's filings are pending (only with a funding rate). */
function filingFundingStep(
  name: PathName,
  label: PathLabel,
  p: PathResult,
  input: SettlementInput,
): ExplainStep {
  return {
    key: `${name}.filingFundingCost`,
    zh: `${label.zh}备案等待期间预留资金的成本：备案付款额（按中间价）x 资金年利率 x 天数/365（ACT/365F）`,
    en: `${label.en} cost of money set aside while filings are pending: filed amount (CNY at mid) x funding rate x days / 365 (ACT/365F)`,
    formula: "filedCny x fundingRate x filingDelayDays / 365",
    inputs: { fundingRate: input.fundingRate!.toString(), filingDelayDays: String(p.filingDelayDays) },
    value: fen(p.filingFundingCost!),
  };
}

/** The JSON-ready form of a settlement comparison: strings rounded at reporting points, with explain. */
export function settlementReport(
  input: SettlementInput,
  result: SettlementComparison,
  rules: SettlementRules,
) {
  const x = new Explainer();
  const { gross, netted } = result;
  categorySteps(x, input, result, rules);
  const fxSaving = comparisonSteps(x, input, result, rules);
  const reports = deviationSteps(x, input, result, rules);
  if (result.advance) advanceStep(x, input, result.advance, rules);
  const dev = result.deviation;
  const { origin } = rules.citations;
  return {
    currency: input.currency,
    nettableCategories: result.resolved.nettable,
    nettedCosts: fen(result.nettedCosts),
    notNettedCosts: fen(result.notNettedCosts),
    gross: pathOut(gross),
    netted: pathOut(netted),
    saving: {
      cny: fen(result.saving.cny),
      spread: fen(fxSaving),
      fees: fen(gross.feesInward.plus(gross.feesOutward).minus(netted.feesInward).minus(netted.feesOutward)),
      filingFunding:
        gross.filingFundingCost && netted.filingFundingCost
          ? fen(gross.filingFundingCost.minus(netted.filingFundingCost))
          : null,
      days: result.saving.days,
    },
    deviation: {
      amount: fen(dev.amount),
      ratio: fixed(dev.ratio, 4),
      permitted: true as const,
      clause: origin.source,
      measure: origin.measure,
      threshold: dev.threshold.toString(),
      warning: dev.warning,
      receiptDays: dev.receiptDays ?? null,
      reportsOwed: reports,
    },
    advance: result.advance ? advanceOut(result.advance) : null,
    explain: x.steps,
  };
}

/** Which cost categories are netted (by default or as requested), and what they add up to. */
function categorySteps(
  x: Explainer,
  input: SettlementInput,
  result: SettlementComparison,
  rules: SettlementRules,
): void {
  const { resolved } = result;
  const { netting, origin } = rules.citations;
  const beyond = resolved.nettable.filter((c) => !NAMED_BY_DOCUMENT.includes(c));
  const platformDefaultOff = resolved.platformFromDefault && !resolved.nettable.includes("platform");
  x.add({
    key: "nettableCategories",
    zh: `可轧差费用类别：${resolved.nettable.map((c) => CATEGORY_ZH[c]).join("、") || "无"}${resolved.nettableFromDefault ? "（采用目录默认：仓储、物流、税费）" : "（按请求指定）"}${platformDefaultOff ? "；平台佣金按目录默认不轧差（未经确认）" : ""}${beyond.length ? `；${beyond.map((c) => CATEGORY_ZH[c]).join("、")}并非文件明列，须经银行认可` : ""}`,
    en: `Nettable cost categories: ${resolved.nettable.join(", ") || "none"}${resolved.nettableFromDefault ? " (catalog default: warehousing, logistics, tax)" : " (as requested)"}${platformDefaultOff ? "; platform fees not netted by catalog default (unconfirmed)" : ""}${beyond.length ? `; ${beyond.join(", ")} not named by the document: your bank must agree` : ""}`,
    value: resolved.nettable.join(","),
    measure: netting.measure,
    source: netting.source,
  });
  x.add({
    key: "nettedCosts",
    zh: "可轧差费用合计（境外直接从货款中扣除，不再购汇汇出）",
    en: "Nettable costs (deducted abroad from the proceeds, no longer bought and wired from China)",
    formula: "sum(amount of costs in nettable categories)",
    inputs: { currency: input.currency, notNetted: fen(result.notNettedCosts) },
    value: fen(result.nettedCosts),
    measure: origin.measure,
    source: origin.source,
  });
}

/** The gross path, the netted path and the saving between them; returns the spread saved. */
function comparisonSteps(
  x: Explainer,
  input: SettlementInput,
  result: SettlementComparison,
  rules: SettlementRules,
): Decimal {
  const { gross, netted } = result;
  const { netting } = rules.citations;
  pathSteps(x, "gross", gross, input, rules);
  x.add({
    key: "netted.inwardAmount",
    zh: "轧差后一次性汇回并结汇的净额 = 销售收入 - 可轧差费用；不可轧差的费用仍单独购汇支付",
    en: "Netted path repatriates and converts only the net = proceeds - nettable costs; costs not nettable are still bought and wired",
    formula: "salesProceeds - nettedCosts",
    inputs: { salesProceeds: fen(input.salesProceeds), nettedCosts: fen(result.nettedCosts) },
    value: fen(netted.inwardAmount),
    measure: netting.measure,
    source: netting.source,
  });
  pathSteps(x, "netted", netted, input, rules);
  const fxSaving = gross.fxCostInward
    .plus(gross.fxCostOutward)
    .minus(netted.fxCostInward)
    .minus(netted.fxCostOutward);
  x.add({
    key: "saving",
    zh: `轧差节省 = 全额路径总成本 - 轧差路径总成本（按全精度计算后四舍五入到分，可能与两者分别取整后的差相差 0.01）；其中点差节省 = 可轧差费用 x（卖出价 - 买入价）= ${fen(fxSaving)}；少等待 ${result.saving.days} 天`,
    en: `Saving = gross total cost - netted total cost (full precision, then rounded: may differ by 0.01 from the difference of the rounded totals); of which spread = netted costs x (offer - bid) = ${fen(fxSaving)}; ${result.saving.days} day(s) of filing delay avoided`,
    formula: "gross.totalCost - netted.totalCost",
    inputs: { gross: fen(gross.totalCost), netted: fen(netted.totalCost), spreadSaving: fen(fxSaving) },
    value: fen(result.saving.cny),
    measure: netting.measure,
    source: netting.source,
  });
  return fxSaving;
}

/**
 * The gap between sales proceeds and the declared value (permitted for overseas-warehouse sales),
 * against the warning threshold, and the receipt reports owed; returns those reports.
 */
function deviationSteps(
  x: Explainer,
  input: SettlementInput,
  result: SettlementComparison,
  rules: SettlementRules,
) {
  const { netting, origin } = rules.citations;
  const dev = result.deviation;
  x.add({
    key: "deviation",
    zh: `实际销售收入与出口报关金额的差额 ${fen(dev.amount)}，偏离率 ${fixed(dev.ratio, 4)}：海外仓销售允许二者不一致`,
    en: `Sales proceeds differ from the declared export value by ${fen(dev.amount)}, ratio ${fixed(dev.ratio, 4)}: permitted for overseas-warehouse sales`,
    formula: "(salesProceeds - declaredValue) / declaredValue",
    inputs: { salesProceeds: fen(input.salesProceeds), declaredValue: fen(input.declaredValue) },
    value: fixed(dev.ratio, 4),
    measure: origin.measure,
    source: origin.source,
  });
  x.add({
    key: "deviation.warning",
    zh: `偏离率绝对值与提示阈值 ${dev.threshold}${result.resolved.deviationFromDefault ? "（目录默认，未经确认：无公开监测标准）" : "（按请求指定）"}比较：${dev.warning ? "超过，准备好销售与费用凭证以备银行或外汇局问询" : "未超过"}`,
    en: `|ratio| against the warning threshold ${dev.threshold}${result.resolved.deviationFromDefault ? " (catalog default, unconfirmed: no public monitoring trigger)" : " (as requested)"}: ${dev.warning ? "above it; keep sales and cost records ready for the bank or SAFE" : "within it"}`,
    formula: "|ratio| > threshold",
    value: String(dev.warning),
    measure: netting.measure,
    source: netting.source,
  });
  const reports = dev.reports.map((r) => ({ ...r, ...reportText(r, rules) }));
  x.add({
    key: "deviation.reports",
    zh: reports.map((r) => r.zh).join("；"),
    en: reports.map((r) => r.en).join("; "),
    inputs: dev.receiptDays === undefined ? undefined : { receiptDays: String(dev.receiptDays) },
    value: reports
      .filter((r) => r.status === "owed")
      .map((r) => r.key)
      .join(","),
    measure: rules.citations.receiptReports.measure,
    source: rules.citations.receiptReports.source,
  });
  return reports;
}

/** A service firm's advance of some costs, repaid from the proceeds: a short financing, explained. */
function advanceStep(
  x: Explainer,
  input: SettlementInput,
  a: NonNullable<SettlementComparison["advance"]>,
  rules: SettlementRules,
): void {
  const { netting } = rules.citations;
  x.add({
    key: "advance",
    zh: `${a.firm} 代垫 ${a.categories.map((c) => CATEGORY_ZH[c]).join("、")} 费用 ${fen(a.amount)} ${input.currency}（按中间价 ${fen(a.amountCny)} 元），${a.repaymentDays} 天后从货款中偿还：视为短期融资，成本 ${fen(a.cost)} 元，折年化 ${fixed(a.annualizedRate, 4)}（ACT/365F）；不改变上面两条路径的比较，只把这些支出推后`,
    en: `${a.firm} advances ${a.categories.join(", ")} costs of ${fen(a.amount)} ${input.currency} (CNY ${fen(a.amountCny)} at mid), repaid from proceeds after ${a.repaymentDays} days: a short financing costing CNY ${fen(a.cost)}, ${fixed(a.annualizedRate, 4)} a year (ACT/365F); it does not change the comparison above, it moves these outflows later`,
    formula: a.basis === "fee" ? "amountCny x feeRate" : "amountCny x annualRate x repaymentDays / 365",
    inputs: { amountCny: fen(a.amountCny), repaymentDays: String(a.repaymentDays) },
    value: fen(a.cost),
    measure: netting.measure,
    source: netting.source,
  });
}

function advanceOut(a: NonNullable<SettlementComparison["advance"]>) {
  return {
    firm: a.firm,
    categories: a.categories,
    amount: fen(a.amount),
    amountCny: fen(a.amountCny),
    cost: fen(a.cost),
    basis: a.basis,
    annualizedRate: fixed(a.annualizedRate, 4),
    repaymentDays: a.repaymentDays,
  };
}
