import type { Bilingual, Lang } from "../api/i18n";
import { Decimal } from "../domain/money";
import { cny } from "./format";
import type { ReportProjection } from "./report";
import { REGIME_LABELS, tr } from "./text";

/**
 * The report's first sentence: when cash is tightest, how much must be borrowed from every source,
 * what no arranged financing covers, and where the cost goes. A seller reads this before any figure.
 */

/** Sources of funds as a seller names them (the projection's product ids). */
export const FUNDING_SOURCE_LABELS: Record<string, Bilingual> = {
  factoring: { zh: "保理", en: "factoring" },
  "order-financing": { zh: "订单融资", en: "order financing" },
  "tax-refund-loan": { zh: "退税贷", en: "tax-refund loan" },
  "payout-advance": { zh: "平台回款提前付", en: "payout advance" },
  "working-capital-loan": { zh: "流动资金贷款", en: "working-capital loan" },
};

/** "¥97.21万" in Chinese (figures a person says aloud), "¥972,105.60" in English. */
export function spoken(value: string, lang: Lang): string {
  const d = new Decimal(value);
  if (lang === "en" || d.abs().lt(10000)) return cny(value);
  return `¥${d.div(10000).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed()}万`;
}

function monthWords(month: string, lang: Lang): string {
  const [y, m] = month.split("-");
  return lang === "en" ? month : `${y}年${Number(m)}月`;
}

function borrowingSentence(p: ReportProjection, lang: Lang): string {
  const t = tr(lang);
  const s = p.summary;
  if (new Decimal(s.peakFinancingOutstanding).isZero()) {
    return t(
      "测算期内现金始终不低于最低留存现金，不需要借款",
      "Cash never falls below the minimum you keep: nothing needs to be borrowed",
    );
  }
  const month = s.peakFinancingMonth ?? s.peakFundingMonth;
  const sources = (s.peakFinancingBySource ?? [])
    .map(
      (x) =>
        `${(FUNDING_SOURCE_LABELS[x.product] ?? { zh: x.product, en: x.product })[lang]} ${spoken(x.amount, lang)}`,
    )
    .join(t("、", ", "));
  const total = spoken(s.peakFinancingOutstanding, lang);
  const when = month ? t(`现金在${monthWords(month, lang)}最紧，`, `Cash is tightest in ${month}: `) : "";
  const borrowed = sources
    ? t(`${when}需借入${total}（含${sources}）`, `${when}${total} must be borrowed (${sources})`)
    : t(`${when}需借入${total}`, `${when}${total} must be borrowed`);
  const uncovered = new Decimal(s.peakFundingNeed);
  if (uncovered.isZero()) return `${borrowed}${t("，无未覆盖缺口", "; no gap is left uncovered")}`;
  return `${borrowed}${t(
    `，其中最多${spoken(s.peakFundingNeed, lang)}没有融资产品覆盖，要靠企业自己的授信借入`,
    `; up to ${spoken(s.peakFundingNeed, lang)} of it no financing product covers and must come from the firm's own credit line`,
  )}`;
}

/** The largest cost, and the products taxed as domestic sales (the cost a seller most often misses). */
function costSentence(p: ReportProjection, lang: Lang): string {
  const t = tr(lang);
  const s = p.summary;
  const parts: [string, string][] = [
    [t("税费", "taxes"), s.taxes],
    [t("汇兑损失", "FX conversion"), s.fxCost],
    [t("银行手续费", "bank fees"), s.bankFees],
    [t("套保成本", "hedging"), s.hedgingCost],
    [t("融资成本", "financing"), s.financingCost],
  ];
  const [label, amount] = parts.reduce((a, b) => (new Decimal(b[1]).gt(a[1]) ? b : a));
  const domestic = p.lines.filter((l) => l.regime === "taxed-as-domestic").map((l) => l.name);
  const taxedAsDomestic = domestic.length
    ? t(
        `；${domestic.join("、")}按${REGIME_LABELS["taxed-as-domestic"].zh}缴纳增值税，原因见“各产品的税务处理”`,
        `; ${domestic.join(", ")} ${domestic.length > 1 ? "are" : "is"} taxed as a domestic sale (see how each product is taxed)`,
      )
    : "";
  return t(
    `总成本${spoken(s.totalCost, lang)}，最大一项是${label}${spoken(amount, lang)}${taxedAsDomestic}。`,
    `Total cost ${spoken(s.totalCost, lang)}, most of it ${label} (${spoken(amount, lang)})${taxedAsDomestic}.`,
  );
}

export function Verdict({ p, lang }: { p: ReportProjection; lang: Lang }) {
  return (
    <p class="verdict" id="verdict">
      <strong>{`${borrowingSentence(p, lang)}${tr(lang)("。", ".")}`}</strong> {costSentence(p, lang)}
    </p>
  );
}
