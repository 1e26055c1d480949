import notesZh from "../../seeds/measure-notes.zh.json";
import type { Bilingual, Lang } from "../api/i18n";
import { pick } from "../api/i18n";
import type { Measure } from "../policy/catalog";
import { cny, groupDigits, percentOf } from "./format";
import { OVERSEAS_COST_LABELS, tr } from "./text";

/**
 * A measure's parameters for people: each named in words, its value with its unit (rates as
 * percentages, money with separators, codes in words), and its provenance in the page's language.
 * The catalog (seeds/measures.json) keeps its keys and English notes for the API; the Chinese of
 * those notes is in seeds/measure-notes.zh.json.
 */

const b = (zh: string, en: string): Bilingual => ({ zh, en });

/** The name of each catalog parameter (a test checks that every parameter has one). */
export const PARAMETER_LABELS: Record<string, Bilingual> = {
  nettableCategories: b("可轧差的费用类别", "Costs that may be netted"),
  platformFeesNettable: b("平台佣金可否轧差", "Marketplace commission may be netted"),
  deviationWarningRatio: b(
    "收汇与报关金额偏差的提示线",
    "Warning when receipts differ from the declared value by",
  ),
  loanSpreadOverLpr: b("贷款利率加点", "Loan spread"),
  policyFinancingAdvanceRate: b("保单融资比例", "Policy financing advance"),
  creditInsurancePremiumRate: b("出口信用保险费率", "Credit insurance premium"),
  amount: b("补助金额", "Grant amount"),
  costShareCategory: b("资助的费用类别", "Spending supported"),
  costShareTerms: b("资助比例、上限和拨付时间", "Share, cap and payment date"),
  waivedHandlingFeeShare: b("减免的办理费比例", "Share of the handling fee waived"),
  waivedPremiumShare: b("减免的期权费比例", "Share of the premium waived"),
  requiresFirstTime: b("须为首次办理", "First deal only"),
  eligibleSizes: b("适用的企业规模", "Firm sizes eligible"),
  reportedUntil: b("活动报告至", "Campaign reported to"),
  handlingFeeRate: b("期权办理费率", "Option handling fee"),
  handlingFeeMinCny: b("每笔最低办理费", "Minimum handling fee"),
  handlingFeeFixedCny: b("每笔固定收费", "Fixed charge"),
  marginShare: b("保证金补助比例", "Share of the margin supported"),
  capCny: b("补助上限", "Cap"),
  taxRefundLoanAdvanceRate: b("退税贷融资比例", "Tax-refund loan advance"),
  guaranteeFeeRate: b("担保费率", "Guarantee fee"),
  payoutAdvanceRate: b("平台回款融资比例", "Payout financing advance"),
  payoutAdvanceAnnualRate: b("平台回款融资年利率", "Payout financing rate"),
  factoringAdvanceRate: b("保理融资比例", "Factoring advance"),
  factoringFeeRate: b("保理手续费率", "Factoring fee"),
  orderFinancingAdvanceRate: b("订单融资比例", "Order financing advance"),
  paidPerCertificate: b("按证书已付补贴", "Subsidy paid by certificate"),
  payee: b("补贴发给谁", "Paid to"),
  inForceRule: b("现行规定", "Rule in force"),
  principle: b("资金安排原则", "Funding principle"),
  fundCny: b("专项资金规模", "Fund size"),
  reimbursementShare: b("市对区的补助比例", "City's reimbursement of the district"),
  tiers: b("奖励档次", "Reward tiers"),
  salesYears: b("计算销售额的年度", "Sales years counted"),
  paidYearAfterSales: b("销售年度后第几年兑现", "Paid this many years after the sales year"),
  reward: b("奖励金额", "Reward"),
  selectionYears: b("评选年度", "Selection years"),
  paymentYear: b("兑现年度", "Year paid"),
  qualifyingCustomsCodes: b("适用的海关监管方式", "Customs modes that qualify"),
  effectiveFrom: b("施行日期", "In force from"),
  deemedProfitRate: b("应税所得率", "Deemed profit rate"),
  advanceReceiptReportDays: b("预收货款报告期限", "Advance receipts reported after"),
  deferredReceiptReportDays: b("延期收款报告期限", "Deferred receipts reported after"),
  receiptReportWithinDays: b("报告时限", "Report within"),
  thresholdUsd: b("需要税务备案的单笔付汇金额（超过）", "Single payment needing a tax filing (above)"),
  filingDelayDays: b("备案所需时间", "Time the filing takes"),
  validUntil: b("执行至", "In force to"),
  filingDeadlineMonths: b("退（免）税申报期限", "Refund claim deadline"),
  stillInForce: b("是否仍然有效", "Still in force"),
  maxTaxableIncome: b("年应纳税所得额上限", "Taxable income at most"),
  maxEmployees: b("从业人数上限（人）", "Employees at most"),
  maxTotalAssets: b("资产总额上限", "Total assets at most"),
  effectiveRate: b("实际税负", "Effective rate"),
  surtaxReliefFactor: b("附加税费减征比例", "Surtax relief"),
  monthlyExemptSalesCny: b("按月申报的免税销售额", "Monthly sales exempt up to"),
  quarterlyExemptSalesCny: b("按季申报的免税销售额", "Quarterly sales exempt up to"),
  reducedFromLevyRate: b("原征收率", "Levy rate reduced from"),
  reducedLevyRate: b("减按征收率", "Reduced levy rate"),
  standardLevyRate: b("小规模纳税人征收率", "Small-scale levy rate"),
  urbanConstructionRate: b("城市维护建设税税率", "Urban maintenance and construction tax"),
  educationRate: b("教育费附加征收率", "Education surcharge"),
  localEducationRate: b("地方教育附加征收率", "Local education surcharge"),
  filingsPerContract: b("同一合同的备案次数", "Filings per contract"),
  prepaymentDueDays: b("季度预缴期限", "Quarterly prepayment due"),
  annualSettlementMonths: b("年度汇算清缴期限", "Annual settlement due"),
  standardRate: b("基本税率", "Standard rate"),
};

type Shown = "percent" | "money" | "count";

/** Each catalog unit in words, and how a value in it is shown. */
export const UNIT_LABELS: Record<string, Bilingual & { shown: Shown }> = {
  fraction: { zh: "", en: "", shown: "percent" },
  "fraction of declared value": { zh: "（占报关金额）", en: " of the declared value", shown: "percent" },
  "fraction of insured receivable": {
    zh: "（占投保的应收账款）",
    en: " of the insured receivable",
    shown: "percent",
  },
  "fraction of insured value": { zh: "（占投保金额）", en: " of the insured value", shown: "percent" },
  "fraction of invoice": { zh: "（占发票金额）", en: " of the invoice", shown: "percent" },
  "fraction of notional": { zh: "（占期权名义本金）", en: " of the notional", shown: "percent" },
  "fraction of order": { zh: "（占订单金额）", en: " of the order", shown: "percent" },
  "fraction of recent payouts": { zh: "（占近期平台回款）", en: " of recent payouts", shown: "percent" },
  "fraction of refund due": { zh: "（占应退税额）", en: " of the refund due", shown: "percent" },
  "fraction of revenue": { zh: "（占收入）", en: " of revenue", shown: "percent" },
  "fraction of the base": { zh: "（占计税依据）", en: " of the base", shown: "percent" },
  "per year": { zh: "（年利率）", en: " a year", shown: "percent" },
  "per year of guaranteed amount": {
    zh: "（每年，按担保金额）",
    en: " a year of the amount guaranteed",
    shown: "percent",
  },
  "per year over the 1-year LPR": {
    zh: "（每年，在1年期贷款市场报价利率之上）",
    en: " a year over the 1-year loan prime rate",
    shown: "percent",
  },
  CNY: { zh: "", en: "", shown: "money" },
  "CNY per deal": { zh: "（每笔）", en: " per deal", shown: "money" },
  "CNY of sales excluding VAT a month, inclusive": {
    zh: "（每月不含税销售额，含本数）",
    en: " of sales excluding VAT a month, inclusive",
    shown: "money",
  },
  "CNY of sales excluding VAT a quarter, inclusive": {
    zh: "（每季度不含税销售额，含本数）",
    en: " of sales excluding VAT a quarter, inclusive",
    shown: "money",
  },
  "CNY paid / trainees, 2020 to 2023-06": {
    zh: "（2020年至2023年6月）",
    en: " (2020 to June 2023)",
    shown: "money",
  },
  USD: { zh: " 美元", en: " USD", shown: "count" },
  days: { zh: " 天", en: " days", shown: "count" },
  "days after quarter end": { zh: " 天（季度终了后）", en: " days after the quarter ends", shown: "count" },
  months: { zh: " 个月", en: " months", shown: "count" },
  "months after year end": { zh: " 个月（年度终了后）", en: " months after the year ends", shown: "count" },
  filings: { zh: " 次", en: " filing(s)", shown: "count" },
};

/** Code words that appear as parameter values, in words. */
const VALUE_WORDS: Record<string, Bilingual> = {
  ...OVERSEAS_COST_LABELS,
  tax: b("境外税费", "Taxes abroad"),
  micro: b("微型企业", "micro firms"),
  small: b("小型企业", "small firms"),
  individual: b("个体工商户", "individual businesses"),
  employees: b(
    "参训职工本人（企业仅在您说明收到时计入）",
    "the trained employees (the firm only if you say it receives it)",
  ),
  overseasWarehouse: b("海外仓", "overseas warehouses"),
  exhibition: b("境外展会", "trade fairs abroad"),
  platform: b("平台和独立站", "marketplaces and own sites"),
  rent: b("厂房租金", "factory rent"),
  loanInterest: b("贷款利息", "loan interest"),
};

/** The parts of the structured values (tiers, certificates, a rule), each named and shown. */
const PART_LABELS: Record<string, Bilingual & { shown?: Shown | "date" | "year" }> = {
  certificate: b("证书", "certificate"),
  paid: { ...b("已付", "paid"), shown: "money" },
  trainees: { ...b("培训人数", "trainees"), shown: "count" },
  salesAbove: { ...b("年网络零售额超过", "online retail sales above"), shown: "money" },
  minGrowth: { ...b("增长不低于", "growth at least"), shown: "percent" },
  reward: { ...b("奖励", "reward"), shown: "money" },
  source: b("文号", "number"),
  title: b("标题", "title"),
  issuer: b("发文机关", "issuer"),
  date: { ...b("日期", "date"), shown: "date" },
  first: { ...b("自", "from"), shown: "year" },
  last: { ...b("至", "to"), shown: "year" },
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DECIMAL = /^-?\d+(\.\d+)?$/;

function dateText(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split("-").map(Number);
  return lang === "zh" ? `${y}年${m}月${d}日` : iso;
}

function scalar(value: string | number, shown: Shown | "date" | "year" | undefined, lang: Lang): string {
  const text = String(value);
  if (shown === "date" || ISO_DATE.test(text)) return dateText(text, lang);
  if (shown === "year") return lang === "zh" ? `${text}年` : text;
  if (!DECIMAL.test(text)) return pick(VALUE_WORDS[text] ?? b(text, text), lang);
  if (shown === "percent") return `${percentOf(text)}%`;
  if (shown === "money") return lang === "zh" ? `${groupDigits(text, 0)} 元` : cny(text).replace(/\.00$/, "");
  // Years and small counts read as they are; larger numbers with separators.
  if (!text.includes(".") && Math.abs(Number(text)) < 10000) return text;
  return groupDigits(text, text.includes(".") ? text.split(".")[1].length : 0);
}

/** A structured part ({salesAbove, minGrowth, reward}) as one line: "label value, label value". */
function partsText(part: Record<string, unknown>, lang: Lang): string {
  return Object.entries(part)
    .map(([k, v]) => {
      const label = PART_LABELS[k];
      const value = scalar(v as string | number, label?.shown, lang);
      return label ? `${pick(label, lang)} ${value}` : value;
    })
    .join(lang === "zh" ? "，" : ", ");
}

/** A parameter's value for people; lists and structures as lists. */
export function ParameterValue(props: { value: unknown; unit: string | undefined; lang: Lang }) {
  const { value, lang } = props;
  const t = tr(lang);
  const unit = props.unit ? UNIT_LABELS[props.unit] : undefined;
  const after = unit ? pick(unit, lang) : "";
  if (value === null || value === undefined) return <>{t("由您按实际填写", "you enter it")}</>;
  if (typeof value === "boolean") return <>{value ? t("是", "yes") : t("否", "no")}</>;
  if (Array.isArray(value) && value.every((v) => typeof v !== "object")) {
    const words = value.map((v, i) => {
      const word = scalar(v, undefined, lang);
      // An English list reads "Warehousing, fulfilment and logistics", not "..., Fulfilment and ...".
      return lang === "en" && i > 0 ? word.charAt(0).toLowerCase() + word.slice(1) : word;
    });
    return <>{words.join(lang === "zh" ? "、" : ", ")}</>;
  }
  if (Array.isArray(value)) {
    return (
      <ul class="param-list">
        {value.map((v) => (
          <li>{partsText(v as Record<string, unknown>, lang)}</li>
        ))}
        {after ? <li class="note">{after.replace(/^（|）$/g, "")}</li> : null}
      </ul>
    );
  }
  if (typeof value === "object") return <>{partsText(value as Record<string, unknown>, lang)}</>;
  // A bare decimal below 1 with no unit is a rate (5%, 25%); other numbers are counts.
  const shown = unit?.shown ?? (DECIMAL.test(String(value)) && Number(value) < 1 ? "percent" : undefined);
  return <>{`${scalar(value as string | number, shown, lang)}${after}`}</>;
}

interface ZhNotes {
  parameters: Record<string, string>;
  unconfirmed: Record<string, string>;
}
const ZH = notesZh as unknown as ZhNotes;

/** Latin words of three letters or more: English prose (document numbers and codes have none). */
const ENGLISH = /[A-Za-z]{3,}/;

/**
 * A catalog note in the page's language. English pages show the catalog's note; Chinese pages show
 * a note already in Chinese, or its Chinese from seeds/measure-notes.zh.json. Notes written "English /
 * 中文" are split.
 */
export function noteIn(note: string, key: string, kind: keyof ZhNotes, lang: Lang): string {
  const [en, zh] = note.includes(" / ") ? note.split(" / ") : [note, undefined];
  if (lang === "en") return en;
  return zh ?? (ENGLISH.test(note) ? ZH[kind][key] : note) ?? note;
}

/** The notes of the catalog that need a Chinese text (for the test that none is missing). */
export function notesNeedingChinese(measures: readonly Measure[]): { kind: keyof ZhNotes; key: string }[] {
  return measures.flatMap((m) => [
    ...m.parameters
      .filter((p) => p.note && ENGLISH.test(p.note) && !p.note.includes(" / "))
      .map((p) => ({ kind: "parameters" as const, key: `${m.id}/${p.name}` })),
    ...(m.unconfirmed ?? [])
      .filter((u) => ENGLISH.test(u.note) && !u.note.includes(" / "))
      .map((u) => ({ kind: "unconfirmed" as const, key: `${m.id}/${u.field}` })),
  ]);
}

/** What an unconfirmed fact is about (the catalog names the field). */
const FIELD_LABELS: Record<string, Bilingual> = {
  validFrom: b("施行日期", "Start date"),
  validTo: b("截止日期", "End date"),
  document: b("文件", "Document"),
  "document.number": b("文号", "Document number"),
  "document.title": b("标题", "Title"),
  "document.date": b("发文日期", "Date of issue"),
  clause: b("条款", "Clause"),
  grantedBy: b("授予规则", "Granting rule"),
  parameters: b("参数", "Parameters"),
};

export function fieldLabel(field: string, lang: Lang): string {
  const parameter = /^parameters\.(.+)$/.exec(field)?.[1];
  const label = parameter ? PARAMETER_LABELS[parameter] : FIELD_LABELS[field];
  return label ? pick(label, lang) : field;
}

const PROVENANCE: Record<string, Bilingual> = {
  document: b("文件规定", "stated by the document"),
  "market-default": b("市场常见值，请按实际修改", "typical value, override it"),
  unconfirmed: b("未经核实", "unconfirmed"),
};

/** The table of a measure's parameters: name, value with unit, and where it comes from. */
export function ParameterTable({ m, lang }: { m: Measure; lang: Lang }) {
  const t = tr(lang);
  if (!m.parameters.length) return null;
  return (
    <section class="table-wrap" aria-labelledby="params" tabindex={0}>
      <table class="params stack">
        <caption id="params">{t("测算用的参数", "Parameters used")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("参数", "Parameter")}</th>
            <th scope="col">{t("取值", "Value")}</th>
            <th scope="col">{t("来源", "Provenance")}</th>
          </tr>
        </thead>
        <tbody>
          {m.parameters.map((p) => (
            <tr>
              <th scope="row">{pick(PARAMETER_LABELS[p.name] ?? b(p.name, p.name), lang)}</th>
              <td data-col={t("取值：", "Value: ")}>
                <ParameterValue value={p.value} unit={p.unit} lang={lang} />
              </td>
              <td data-col={t("来源：", "Provenance: ")}>
                {pick(PROVENANCE[p.provenance], lang)}
                {p.note ? (
                  <span class="note">{` · ${noteIn(p.note, `${m.id}/${p.name}`, "parameters", lang)}`}</span>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
