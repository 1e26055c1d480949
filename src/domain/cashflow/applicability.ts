import type { Bilingual } from "../explain";
import type { Condition } from "../tax/regime";
import type { ProjectionInputs } from "./inputs";
import type { Batch, OperatingBase } from "./lineOperations";
import type { MeasureSwitch } from "./scenario";
import type { TaxMeasures } from "./taxes";

/**
 * Why a measure touches nothing in a scenario, and what would make it apply: said to the seller in
 * the report and on the form (a measure that silently "does not apply" reads as a broken promise).
 * Each reason names the conditions of the measure's own document that the scenario does not meet.
 */
export type NotApplicable = Bilingual & { source: string };

interface Facts {
  inputs: ProjectionInputs;
  base: OperatingBase;
  taxes: TaxMeasures;
  hasPut: boolean;
}

const join = (parts: string[], sep: string) => parts.join(sep);

/** The conditions of the no-invoice ground (财税〔2018〕103号) a line's first batch does not meet. */
function unmetNoInvoiceConditions(facts: Facts, batch: Batch): Condition[] {
  const ground = facts.taxes
    .regimeOf(batch, true)
    .eligibility.exempt.grounds.find((g) => g.id === "no-invoice-pilot-zone");
  return ground?.conditions.filter((c) => !c.met && c.id !== "no-invoice-measure-on") ?? [];
}

/** One batch per product line (its first), for reasons stated per line. */
function firstBatches(base: OperatingBase): Batch[] {
  const seen = new Set<number>();
  return base.batches.filter((b) => !seen.has(b.line) && seen.add(b.line));
}

const REFUNDING: readonly string[] = ["exempt-credit-refund", "exempt-refund"];

function noInvoiceReason(facts: Facts): Bilingual {
  const perLine = firstBatches(facts.base).map((b) => ({
    name: facts.base.lines[b.line].line.name,
    unmet: unmetNoInvoiceConditions(facts, b),
    refunded: REFUNDING.includes(facts.taxes.regimeOf(b, false).regime),
  }));
  const blocked = perLine.filter((l) => !l.refunded && l.unmet.length > 0);
  const already = {
    zh: "有进货发票、出口可以退税的产品不需要无票免税（退税比免税更好）。",
    en: "Products with purchase invoices that get an export refund do not need it (a refund beats an exemption).",
  };
  if (blocked.length === 0) {
    return {
      zh: `${already.zh}本方案中各产品不用无票免税时的增值税处理也不变，所以这项措施不改变任何数字。`,
      en: `${already.en} Every product here is taxed the same without it, so the measure changes no figure.`,
    };
  }
  const unmet = (lang: "zh" | "en", quote: (name: string) => string, sep: string) =>
    blocked.map(
      (l) =>
        `${quote(l.name)}${sep}${join(
          l.unmet.map((c) => c[lang]),
          sep === "：" ? "；" : "; ",
        )}`,
    );
  return {
    zh: `无票免税要满足以下条件，本方案中不满足的是：${join(
      unmet("zh", (n) => `“${n}”`, "："),
      "。",
    )}。满足后这些产品不需要进货发票即可免征增值税。`,
    en: `The no-invoice exemption needs conditions this scenario does not meet: ${join(
      unmet("en", (n) => `"${n}"`, ": "),
      ". ",
    )}. Once met, these products are exempt from VAT without purchase invoices.`,
  };
}

function deemedProfitReason(facts: Facts): Bilingual {
  const notExempt = firstBatches(facts.base)
    .filter((b) => facts.taxes.regimeOf(b, true).eligibility.exempt.basis?.id !== "no-invoice-pilot-zone")
    .map((b) => facts.base.lines[b.line].line.name);
  return {
    zh: `核定征收只适用于全部出口都享受综试区无票免税的企业；本方案中${join(notExempt, "、")}不享受无票免税。先让这些产品满足无票免税的条件（见上一项），核定征收才适用。`,
    en: `Deemed-profit tax applies only to a firm whose exports all take the pilot-zone no-invoice exemption; here ${join(notExempt, ", ")} does not. Once those products meet the exemption's conditions, deemed-profit tax applies.`,
  };
}

function departureRefundReason(facts: Facts): Bilingual {
  const lines = facts.base.lines.map((l) => l.line);
  if (!lines.some((l) => l.customsCode === "9810")) {
    return {
      zh: "离境即退税只适用于以海关监管方式9810（跨境电商出口海外仓）申报的出口；本方案没有9810产品。",
      en: "The refund on departure applies only to exports declared under customs code 9810 (CBEC export to an overseas warehouse); no product here is 9810.",
    };
  }
  return {
    zh: "本方案的9810产品在出口时没有退税（适用免税或视同内销），或出口日期不在政策施行期内，所以没有可以提前拿到的退税。取得增值税专用发票、按免抵退或免退税申报后才适用。",
    en: "The 9810 products here get no refund at export (they are exempt or taxed as domestic sales), or ship outside the policy's dates, so there is no refund to receive earlier. It applies once the goods carry a special VAT invoice and are claimed under exempt-credit-refund or exempt-refund.",
  };
}

function optionWaiverReason(facts: Facts): Bilingual {
  if (!facts.inputs.scenario.company.firstTimeHedger) {
    return {
      zh: "减免只针对第一次在银行办理外汇期权的企业；本方案填写的是已经做过外汇衍生品交易。",
      en: "The waiver is for a firm's first FX option with its bank; this scenario says the firm has traded FX derivatives before.",
    };
  }
  if (!facts.hasPut) {
    return {
      zh: "本方案没有用期权（买入看跌期权）锁定汇率，所以没有可以减免的期权费用。在外汇设置里选择期权套保后即可测算。",
      en: "This scenario does not hedge with an option (a bought put), so there is no option fee to waive. Choose an option hedge in the FX settings to see it.",
    };
  }
  return {
    zh: "首笔期权的条件（企业规模、费用上限）在本方案中不满足，没有减免。",
    en: "The first option does not meet the waiver's conditions (firm size, fee cap) here, so nothing is waived.",
  };
}

function supplyChainReason(facts: Facts): Bilingual {
  if (facts.inputs.scenario.financing.products.length === 0) {
    return {
      zh: "本方案没有选择保理、订单融资、退税贷等融资产品。在融资设置里加上产品后即可比较。",
      en: "This scenario chooses no financing product (factoring, order financing, tax-refund loan...). Add one in the financing settings to compare.",
    };
  }
  return {
    zh: "所选融资产品在本方案中没有可以融资的应收款或退税（例如退税贷需要有退税）。",
    en: "The chosen financing products have nothing to lend against here (a tax-refund loan, for one, needs a refund).",
  };
}

const NETTING: Bilingual = {
  zh: "本方案没有在境外支付、可与货款轧差的费用（海外仓仓储、尾程物流、推广等）。在产品的境外费用里填写后即可测算轧差结算。",
  en: "This scenario has no costs paid abroad that could be netted against proceeds (overseas warehousing, last-mile delivery, marketing...). Enter a product's overseas costs to see netting.",
};

/**
 * For each measure that touches nothing here: why, and what would make it apply, with the measure's
 * document and clause.
 */
export function whyMeasuresDoNotApply(
  facts: Facts,
  applies: Record<MeasureSwitch, boolean>,
): Partial<Record<MeasureSwitch, NotApplicable>> {
  const reasons: Record<MeasureSwitch, () => Bilingual> = {
    netting: () => NETTING,
    noInvoiceExemption: () => noInvoiceReason(facts),
    deemedProfitTax: () => deemedProfitReason(facts),
    optionFeeWaiver: () => optionWaiverReason(facts),
    supplyChainFinance: () => supplyChainReason(facts),
    departureRefund: () => departureRefundReason(facts),
  };
  const out: Partial<Record<MeasureSwitch, NotApplicable>> = {};
  for (const s of Object.keys(reasons) as MeasureSwitch[]) {
    if (!applies[s]) out[s] = { ...reasons[s](), source: facts.inputs.rules.cite[s].source };
  }
  return out;
}
