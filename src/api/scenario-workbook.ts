import { CUSTOMS_CODES, FINANCING_PRODUCTS, MEASURE_SWITCHES } from "../domain/cashflow/scenario";
import { DAY_COUNTS } from "../domain/dates";
import type { FieldProblem } from "../domain/errors";
import type { Bilingual } from "../domain/explain";
import { FIRM_SIZES } from "../domain/fx/waiver";
import { WAIVER_READINGS } from "../domain/fx/waiverReadings";
import { CITIES } from "../domain/grants/award";
import { COST_SHARE_CATEGORIES } from "../domain/grants/cost-share";
import { MONEY_LIMITS, RATE_LIMITS } from "../domain/money";
import { COST_CATEGORIES } from "../domain/settlement/netting";
import { CASHFLOW_RULES } from "../policy/cashflow";
import { DISTRICT_PAID, GROWTH_AVERAGES, GROWTH_YEARS, TRAINING_PAYEES } from "./grant-facts-schema";
import { type Lang, pick } from "./i18n";
import { FEE_BASES, GRANT_PROGRAMME_IDS, SCENARIO_LIMITS } from "./scenario-schema";
import {
  type Cell,
  columnName,
  DOUBLE_DIGITS,
  decimalsFormat,
  decimalText,
  FORMAT,
  numbersKeptAsText,
  type ReadCell,
  type ReadSheet,
  type Sheet,
  writeWorkbook,
} from "./xlsx";

/**
 * A scenario as a workbook and back. Each sheet is either a list of fields (label, value, and a
 * hidden column with the field's path) or a table with one row per item. Numbers are numeric cells
 * whose format shows the decimals the scenario holds ("0.30" under "0.00##...", "38" as is), and
 * import reads those decimals back from the format: a preset's workbook gives back the preset's
 * scenario exactly. An amount a double cannot carry digit for digit stays text (the Notes sheet
 * says which and why).
 */

/** money: CNY or the line's currency, with a thousands separator; decimal: rates as fractions, ratios, spot rates. */
type Kind = "money" | "decimal" | "int" | "bool" | "text" | "date" | readonly string[];

interface Field {
  path: string;
  label: Bilingual;
  kind: Kind;
  optional?: boolean;
}

const f = (path: string, zh: string, en: string, kind: Kind, optional = false): Field => ({
  path,
  label: { zh, en },
  kind,
  optional,
});

const BOOL = "bool" as const;

const COMPANY_FIELDS: Field[] = [
  f("horizonMonths", "预测月数", "Months projected", "int"),
  f("startDate", "开始日期", "Start date", "date"),
  f("openingCash", "期初现金（元）", "Opening cash (CNY)", "money"),
  f("minimumCash", "最低现金（元）", "Minimum cash (CNY)", "money"),
  f("company.kind", "企业类型", "Kind of exporter", ["manufacturer", "trader"]),
  f("company.vatPayer", "纳税人类型", "VAT payer", ["general", "small_scale"]),
  f("company.pilotZone.registered", "在综试区注册", "Registered in a pilot zone", BOOL),
  f("company.pilotZone.platformRecorded", "在综试区线上平台登记", "Recorded on the zone's platform", BOOL),
  f("company.pilotZone.zoneCustoms", "在综试区所在地海关申报", "Declared at the zone city's customs", BOOL),
  f("company.employees", "从业人数", "Employees", "int"),
  f("company.totalAssets", "资产总额（元）", "Total assets (CNY)", "money"),
  f("company.size", "企业规模", "Enterprise size", FIRM_SIZES),
  f("company.firstTimeHedger", "首次办理外汇衍生品", "First-time hedger", BOOL),
  f(
    "company.waiverReading",
    "首笔期权减免的理解（留空为减免办理费）",
    "Reading of the first-option waiver (blank: handling fee)",
    WAIVER_READINGS,
    true,
  ),
  f(
    "company.waiverConfirmedByBank",
    "银行确认首笔期权减免仍在执行",
    "Bank confirmed the first-option waiver still runs",
    BOOL,
    true,
  ),
  ...MEASURE_SWITCHES.map((s) =>
    f(
      `measures.${s}`,
      `措施：${CASHFLOW_RULES.cite[s].title.zh}`,
      `Measure: ${CASHFLOW_RULES.cite[s].title.en}`,
      BOOL,
    ),
  ),
];

const TIMING_FIELDS: Field[] = [
  f("supplierDepositShare", "下单时预付供应商比例", "Supplier deposit share", "decimal"),
  f("supplierBalanceDays", "发货后几天付供应商尾款", "Supplier balance days after shipment", "int"),
  f("productionDays", "生产（采购）天数", "Production days", "int"),
  f("transitDays", "运输天数", "Transit days", "int"),
  f("checkInDays", "入仓到首单天数", "Check-in days", "int"),
  f("sellThroughDays", "售完天数", "Sell-through days", "int"),
  f("refundDays", "退税到账天数", "Refund days", "int"),
];

const FX_FIELDS: Field[] = [
  f("fx.domesticRate", "人民币货币市场利率", "CNY money-market rate", "decimal"),
  f("fx.bidSpread", "银行买入价低于中间价", "Bank bid spread", "decimal"),
  f("fx.offerSpread", "银行卖出价高于中间价", "Bank offer spread", "decimal"),
  ...(["inwardFee", "outwardFee"] as const).flatMap((fee) => {
    const [zh, en] = fee === "inwardFee" ? ["汇入手续费", "Inward fee"] : ["汇出手续费", "Outward fee"];
    return [
      f(`fx.${fee}.rate`, `${zh}：费率`, `${en}: rate`, "decimal"),
      f(`fx.${fee}.min`, `${zh}：最低（元）`, `${en}: minimum (CNY)`, "money"),
      f(`fx.${fee}.max`, `${zh}：最高（元）`, `${en}: maximum (CNY)`, "money"),
      f(`fx.${fee}.fixed`, `${zh}：每笔电报费（元）`, `${en}: cable fee (CNY)`, "money"),
    ];
  }),
  f("fx.hedge.strategy", "套保方式", "Hedge strategy", ["none", "forward", "put"]),
  f("fx.hedge.ratio", "套保比例", "Hedge ratio", "decimal"),
  f("fx.hedge.strikeRatio", "期权执行价 / 即期汇率", "Put strike / spot", "decimal"),
  f("fx.hedge.handlingFeeRate", "期权手续费率", "Option handling fee rate", "decimal"),
];

const FINANCING_FIELDS: Field[] = [
  f("financing.workingCapitalRate", "流动资金贷款利率", "Working-capital loan rate", "decimal"),
  f("financing.dayCount", "计息基准", "Day count", DAY_COUNTS),
];

const LINE_COLUMNS: Field[] = [
  f("name", "产品线", "Product line", "text"),
  f("hsCode", "HS编码", "HS code", "text"),
  f("customsCode", "监管方式", "Customs mode", CUSTOMS_CODES),
  f("market", "目的市场", "Market", "text"),
  f("currency", "币种", "Currency", "text"),
  f(
    "monthlyUnits",
    "每月件数（逐月不同则留空，填月销量表）",
    "Units a month (blank: see Monthly units)",
    "int",
    true,
  ),
  f("unitCost", "单位成本（元，不含税）", "Unit cost (CNY, excl. VAT)", "money"),
  f("purchaseInvoice", "进货发票", "Purchase invoice", ["special", "ordinary", "none"]),
  f("invoiceVatRate", "发票税率", "Invoice VAT rate", "decimal"),
  f("declaredUnitValue", "单位报关价", "Declared unit value", "money"),
  f("sellingPrice", "售价", "Selling price", "money"),
  f("returnsRate", "退货率", "Returns rate", "decimal"),
  f("freightPerUnit", "单位头程运费（元）", "Freight per unit (CNY)", "money"),
  f("sales.channel", "销售渠道", "Sales channel", ["marketplace", "b2b"]),
  f("sales.payoutRule", "平台回款规则", "Payout rule", "text", true),
  f("vatRate", "增值税率（留空按税率表）", "VAT rate (blank: from the table)", "decimal", true),
  f("refundRate", "退税率（留空按税率表）", "Refund rate (blank: from the table)", "decimal", true),
  ...TIMING_FIELDS.map((t) =>
    f(`timing.${t.path}`, `本线时间：${t.label.zh}`, `Own timing: ${t.label.en}`, t.kind, true),
  ),
];

const RATE_COLUMNS: Field[] = [
  f("currency", "币种", "Currency", "text"),
  f("spot", "中间价", "Middle rate", "decimal"),
  f("foreignRate", "外币利率", "Foreign rate", "decimal"),
  f("dayCount", "计息基准（留空按币种惯例）", "Day count (blank: the currency's)", DAY_COUNTS, true),
  f("vol", "年化波动率", "Volatility", "decimal"),
];
const PRODUCT_COLUMNS: Field[] = [
  f("product", "融资产品", "Product", FINANCING_PRODUCTS),
  f("annualRate", "年利率", "Annual rate", "decimal"),
  f("advanceRate", "融资比例", "Advance rate", "decimal"),
  f("feeRate", "一次性费率", "Fee rate", "decimal"),
  f("feeBase", "费用计收基数（留空按产品惯例）", "Fee charged on (blank: the product's)", FEE_BASES, true),
];
/**
 * A grant row is an amount on a date (name, amount, date, measure) or a programme the engine
 * estimates (programme and, when known, the payment date): every column may be blank here, and
 * `grantOf` checks the row is one or the other.
 */
const GRANT_COLUMNS: Field[] = [
  f("name", "补贴名称", "Grant", "text", true),
  f("amount", "金额（元）", "Amount (CNY)", "money", true),
  f("date", "日期（按项目估算时可留空）", "Date (blank for a programme: its own)", "date", true),
  f("measure", "措施编号", "Measure id", "text", true),
  f(
    "programme",
    "按政策项目估算（填此项则名称、金额留空）",
    "Programme to estimate (then no name or amount)",
    GRANT_PROGRAMME_IDS,
    true,
  ),
];

/** The firm's facts that the named programmes test (the scenario's grantFacts). */
const FACT_FIELDS: Field[] = [
  f("city", "注册城市", "City registered in", CITIES, true),
  f("district", "所在区", "District", "text", true),
  f(
    "growthReading.average",
    "平均增长率算法（留空为几何平均）",
    "Average growth (blank: compound)",
    GROWTH_AVERAGES,
    true,
  ),
  f(
    "growthReading.years",
    "增长率取哪两年（留空为突破当年之前）",
    "Growth years (blank: before the break year)",
    GROWTH_YEARS,
    true,
  ),
  f("honghu.listedYear", "入选“鸿鹄”企业年份", "Year listed as a Honghu firm", "int", true),
  f("honghu.firstListing", "首次入选“鸿鹄”", "First Honghu listing", BOOL, true),
  f(
    "trainingPaidTo",
    "技能补贴领取人（留空为劳动者本人）",
    "Skill subsidy paid to (blank: the employees)",
    TRAINING_PAYEES,
    true,
  ),
];
const YEAR = (zh: string, en: string) => f("year", zh, en, "int");
const SALES_COLUMNS: Field[] = [
  YEAR("年度", "Year"),
  f("amount", "实物商品网上零售额（元）", "Online retail sales of goods (CNY)", "money"),
];
const TRAINEE_COLUMNS: Field[] = [
  f("certificate", "证书（职业/工种）", "Certificate", "text"),
  f("count", "取证人数", "Trainees certified", "int"),
  YEAR("发证年度", "Year issued"),
  f("perTrainee", "每人补贴（元，留空按文件）", "Per trainee (CNY; blank: the document's)", "money", true),
];
const SPEND_COLUMNS: Field[] = [
  f("category", "支出类别", "Category", COST_SHARE_CATEGORIES),
  f("amount", "金额（元）", "Amount (CNY)", "money"),
  f("date", "支出日期", "Date spent", "date"),
];
const TERMS_COLUMNS: Field[] = [
  f("category", "支出类别", "Category", COST_SHARE_CATEGORIES),
  f("share", "补贴比例", "Share paid back", "decimal"),
  f("cap", "单项上限（元，留空为无上限）", "Cap (CNY; blank: none)", "money", true),
  f("paidAfterMonths", "支出后几个月到账", "Months to payment", "int"),
];
const AWARD_COLUMNS: Field[] = [
  f("programme", "政策项目", "Programme", DISTRICT_PAID),
  f("amount", "区级奖励金额（元）", "District award (CNY)", "money"),
  YEAR("发放年度", "Year paid"),
];
const LINE_NUMBER = f("line", "产品线序号", "Product line number", "int");
const COST_COLUMNS: Field[] = [
  LINE_NUMBER,
  f("category", "费用类别", "Category", COST_CATEGORIES),
  f("perUnit", "每件金额", "Per unit", "money"),
  f("shareOfSales", "占销售额比例", "Share of sales", "decimal"),
];
const TERM_COLUMNS: Field[] = [
  LINE_NUMBER,
  f("share", "比例", "Share", "decimal"),
  f("daysAfterShipment", "发货后天数（负数为发货前）", "Days after shipment (negative: before)", "int"),
];

type SheetSpec =
  | { id: string; name: Bilingual; fields: Field[]; table?: undefined }
  | { id: string; name: Bilingual; table: Field[]; fields?: undefined };

const S = {
  company: { id: "company", name: { zh: "公司与措施", en: "Company and measures" }, fields: COMPANY_FIELDS },
  lines: { id: "lines", name: { zh: "产品线", en: "Product lines" }, table: LINE_COLUMNS },
  units: { id: "units", name: { zh: "月销量", en: "Monthly units" }, table: [] },
  costs: { id: "costs", name: { zh: "海外费用", en: "Overseas costs" }, table: COST_COLUMNS },
  terms: { id: "terms", name: { zh: "付款条件", en: "Payment terms" }, table: TERM_COLUMNS },
  timing: { id: "timing", name: { zh: "时间", en: "Timing" }, fields: TIMING_FIELDS },
  fx: { id: "fx", name: { zh: "汇率与套保", en: "FX and hedging" }, fields: FX_FIELDS },
  rates: { id: "rates", name: { zh: "汇率表", en: "Exchange rates" }, table: RATE_COLUMNS },
  financing: { id: "financing", name: { zh: "融资", en: "Financing" }, fields: FINANCING_FIELDS },
  products: { id: "products", name: { zh: "融资产品", en: "Financing products" }, table: PRODUCT_COLUMNS },
  grants: { id: "grants", name: { zh: "补贴", en: "Grants" }, table: GRANT_COLUMNS },
  facts: { id: "facts", name: { zh: "补贴企业情况", en: "Grant facts" }, fields: FACT_FIELDS },
  sales: { id: "sales", name: { zh: "网上零售额", en: "Online retail sales" }, table: SALES_COLUMNS },
  trainees: { id: "trainees", name: { zh: "技能培训", en: "Trainees" }, table: TRAINEE_COLUMNS },
  spend: { id: "spend", name: { zh: "补贴支出", en: "Eligible spend" }, table: SPEND_COLUMNS },
  shareTerms: {
    id: "shareTerms",
    name: { zh: "支出补贴条款", en: "Cost-share terms" },
    table: TERMS_COLUMNS,
  },
  awards: { id: "awards", name: { zh: "区级奖励", en: "District awards" }, table: AWARD_COLUMNS },
} satisfies Record<string, SheetSpec>;

// ---- writing -------------------------------------------------------------------------------

type Json = Record<string, unknown>;

function at(obj: unknown, path: string): unknown {
  return path
    .split(".")
    .reduce<unknown>((o, k) => (o && typeof o === "object" ? (o as Json)[k] : undefined), obj);
}

/** The most decimals the schema takes: moneyIn's for money, rateIn's and decimalIn's for the rest. */
const MAX_DECIMALS = { money: MONEY_LIMITS.maxDecimals, decimal: RATE_LIMITS.maxDecimals } as const;

/** The format of a figure written with `decimals` decimals: those shown (so they are read back), more when typed. */
function numberFormat(kind: "money" | "decimal", decimals: number): string {
  return decimalsFormat(decimals, kind === "money", MAX_DECIMALS[kind]);
}

/** What a user types into an empty cell of the kind shows as: money to the fen, whole numbers whole. */
function typedFormat(kind: Kind): string | undefined {
  if (kind === "money") return numberFormat("money", 2);
  if (kind === "int") return FORMAT.integer;
  return undefined;
}

const DECIMAL = /^-?\d+(\.(\d+))?$/;

function cellOf(value: unknown, kind: Kind): Cell {
  const blank = value === undefined || value === null || value === "";
  if (blank) {
    const format = typedFormat(kind);
    return format ? { number: "", format } : null;
  }
  if (kind === "int" && typeof value === "number") return { number: value, format: FORMAT.integer };
  if (kind === "bool") return value ? "TRUE" : "FALSE";
  const text = String(value);
  const decimal = DECIMAL.exec(text);
  if ((kind === "money" || kind === "decimal") && decimal) {
    return { number: text, format: numberFormat(kind, decimal[2]?.length ?? 0) };
  }
  return text;
}

function choices(kind: Kind): readonly string[] | undefined {
  if (kind === BOOL) return ["TRUE", "FALSE"];
  return Array.isArray(kind) ? kind : undefined;
}

function fieldSheet(spec: { name: Bilingual; fields: Field[] }, source: unknown, lang: Lang): Sheet {
  const rows: Cell[][] = [
    [
      { bold: pick({ zh: "项目", en: "Field" }, lang) },
      { bold: pick({ zh: "数值", en: "Value" }, lang) },
      "path",
    ],
    ...spec.fields.map((field) => [
      pick(field.label, lang),
      cellOf(at(source, field.path), field.kind),
      field.path,
    ]),
  ];
  const validations = spec.fields.flatMap((field, i) => {
    const values = choices(field.kind);
    return values ? [{ ref: `B${i + 2}`, values }] : [];
  });
  return {
    name: pick(spec.name, lang),
    rows,
    widths: [40, 24, 0],
    frozenRows: 1,
    validations,
    hiddenColumns: [2],
  };
}

function tableSheet(
  spec: { name: Bilingual; table: Field[] },
  items: Json[],
  lang: Lang,
  minRows = 20,
): Sheet {
  const rows: Cell[][] = [
    spec.table.map((c) => ({ bold: pick(c.label, lang) })),
    ...items.map((item) => spec.table.map((c) => cellOf(at(item, c.path), c.kind))),
  ];
  const last = Math.max(items.length, minRows) + 1;
  const validations = spec.table.flatMap((c, i) => {
    const values = choices(c.kind);
    return values ? [{ ref: `${columnName(i)}2:${columnName(i)}${last}`, values }] : [];
  });
  return {
    name: pick(spec.name, lang),
    rows,
    widths: spec.table.map(() => 18),
    columnFormats: spec.table.map((c) => typedFormat(c.kind)),
    frozenRows: 1,
    validations,
  };
}

/** The firm's grant facts as the workbook's rows: the record of cost-share terms as a table by category. */
function factTables(facts: Json) {
  const list = (key: string) => (facts[key] as Json[] | undefined) ?? [];
  const terms = Object.entries((facts.costShareTerms as Record<string, Json> | undefined) ?? {});
  return {
    sales: list("onlineRetailSales"),
    trainees: list("trainees"),
    spend: list("spend"),
    shareTerms: terms.map(([category, t]) => ({ category, ...t })),
    awards: list("districtAwards"),
  };
}

/** How to fill the workbook in, and which figures are text and why. */
function notesSheet(sheets: Sheet[], lang: Lang): Sheet {
  const asText = sheets.flatMap((s) => numbersKeptAsText(s).map((ref) => `${s.name}!${ref}`));
  const none = { zh: "没有。", en: "none." };
  const notes: Bilingual[] = [
    {
      zh: "比例按小数填写：0.13 即 13%。金额单位为人民币元；售价、报关价、海外费用按该产品线的币种。",
      en: "Rates are fractions: 0.13 means 13%. Amounts are in CNY; prices, declared values and overseas costs are in the product line's currency.",
    },
    {
      zh: "数字是数值单元格，显示方案中填写的小数位（如 14.00、0.30），导入时按单元格格式原样读回；在空白单元格中输入的金额显示到分。",
      en: "Numbers are numeric cells showing the decimals the scenario holds (14.00, 0.30); import reads them back as shown by the cell's format. Amounts typed into empty cells show to the fen.",
    },
    {
      zh: "HS编码、监管方式等代码是文本（前导零有意义），不是数字。",
      en: "Codes (HS code, customs mode) are text, not numbers: their leading zeros matter.",
    },
    {
      zh: `有效数字超过 ${DOUBLE_DIGITS} 位的金额保存为文本：电子表格以二进制双精度数保存数字，只能准确保存 ${DOUBLE_DIGITS} 位有效数字；保存为文本才能逐位原样读回。本工作簿中以文本保存的数字：${asText.join("、") || none.zh}`,
      en: `An amount with more than ${DOUBLE_DIGITS} significant digits is kept as text: a spreadsheet stores numbers as binary doubles, which carry ${DOUBLE_DIGITS} significant digits exactly, and only as text does every digit come back. Numbers kept as text here: ${asText.join(", ") || none.en}`,
    },
    {
      zh: `“${S.grants.name.zh}”表每行是一笔已知补贴（名称、金额、日期），或一个按政策项目估算的补贴（只填项目，日期可留空）；按项目估算时须填写“${S.facts.name.zh}”及其后各表。`,
      en: `Each row of "${S.grants.name.en}" is a known grant (name, amount, date) or a programme to estimate (the programme only; the date may stay blank); a programme needs "${S.facts.name.en}" and the sheets after it.`,
    },
  ];
  return {
    name: pick({ zh: "说明", en: "Notes" }, lang),
    rows: [
      [{ bold: pick({ zh: "填写说明", en: "How to fill this workbook in" }, lang) }],
      ...notes.map((n) => [pick(n, lang)]),
    ],
    widths: [160],
  };
}

/** The template (blank scenario) or a scenario's workbook, in Chinese or English. */
export function scenarioWorkbook(scenario: Json, lang: Lang): Uint8Array<ArrayBuffer> {
  const lines = (scenario.productLines as Json[]) ?? [];
  const { lineRows, costs, terms } = lineTables(lines);
  const months = Number(scenario.horizonMonths ?? 12);
  const fx = (scenario.fx as Json) ?? {};
  const financing = (scenario.financing as Json) ?? {};
  const facts = (scenario.grantFacts as Json) ?? {};
  const factRows = factTables(facts);
  const sheets = [
    fieldSheet(S.company, scenario, lang),
    tableSheet(S.lines, lineRows, lang, SCENARIO_LIMITS.productLines),
    unitsSheet(lines, months, lang),
    tableSheet(S.costs, costs, lang),
    tableSheet(S.terms, terms, lang),
    fieldSheet(S.timing, scenario.timing, lang),
    fieldSheet(S.fx, scenario, lang),
    tableSheet(S.rates, (fx.rates as Json[]) ?? [], lang, 8),
    fieldSheet(S.financing, scenario, lang),
    tableSheet(S.products, (financing.products as Json[]) ?? [], lang, FINANCING_PRODUCTS.length),
    tableSheet(S.grants, (scenario.grants as Json[]) ?? [], lang, SCENARIO_LIMITS.grants),
    fieldSheet(S.facts, facts, lang),
    tableSheet(S.sales, factRows.sales, lang),
    tableSheet(S.trainees, factRows.trainees, lang),
    tableSheet(S.spend, factRows.spend, lang),
    tableSheet(S.shareTerms, factRows.shareTerms, lang, COST_SHARE_CATEGORIES.length),
    tableSheet(S.awards, factRows.awards, lang),
  ];
  return writeWorkbook([...sheets, notesSheet(sheets, lang)]);
}

/**
 * The product lines as the workbook's rows (month-by-month units on their own sheet), and their
 * overseas costs and B2B payment terms as tables, each row with its line's number.
 */
function lineTables(lines: Json[]) {
  const withNumber = (line: number) => (x: Json) => ({ ...x, line: line + 1 });
  const costs = lines.flatMap((l, i) => ((l.overseasCosts as Json[]) ?? []).map(withNumber(i)));
  const terms = lines.flatMap((l, i) => {
    const sales = l.sales as Json | undefined;
    return sales?.channel === "b2b" ? ((sales.terms as Json[]) ?? []).map(withNumber(i)) : [];
  });
  const lineRows = lines.map((l) => ({
    ...l,
    monthlyUnits: Array.isArray(l.monthlyUnits) ? undefined : l.monthlyUnits,
  }));
  return { lineRows, costs, terms };
}

/** Month-by-month units: a row per product line, a column per month of the horizon. */
function unitsSheet(lines: Json[], months: number, lang: Lang): Sheet {
  return {
    name: pick(S.units.name, lang),
    rows: [
      [
        { bold: pick(S.lines.name, lang) },
        ...Array.from({ length: months }, (_, m) => ({ bold: `M${m + 1}` })),
      ],
      ...lines.map((l) => [
        String(l.name ?? ""),
        ...(Array.isArray(l.monthlyUnits) ? l.monthlyUnits.map((u) => cellOf(u, "int")) : []),
      ]),
    ],
    frozenRows: 1,
    widths: [24],
  };
}

// ---- reading -------------------------------------------------------------------------------

/** A product line's keys in the schema's order (and the presets'), so the same bytes come back. */
const LINE_KEYS = [
  "name",
  "hsCode",
  "customsCode",
  "market",
  "currency",
  "monthlyUnits",
  "unitCost",
  "purchaseInvoice",
  "invoiceVatRate",
  "declaredUnitValue",
  "sellingPrice",
  "returnsRate",
  "freightPerUnit",
  "overseasCosts",
  "sales",
  "timing",
  "vatRate",
  "refundRate",
];

/** Where each value of the scenario came from, so a problem names the sheet and the cell. */
export interface Located {
  scenario: Json;
  /** JSON pointer into the scenario -> "Sheet!B3". */
  cells: Map<string, string>;
  problems: FieldProblem[];
}

function put(obj: Json, path: string[], value: unknown): void {
  let o = obj;
  for (const k of path.slice(0, -1)) {
    if (o[k] === undefined) o[k] = {};
    o = o[k] as Json;
  }
  o[path[path.length - 1]] = value;
}

/** Excel stores a typed date as days since 1899-12-30. */
function excelDate(serial: number): string {
  return new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10);
}

const TRUE = new Set(["true", "是", "1", "yes"]);
const FALSE = new Set(["false", "否", "0", "no"]);

/** A table's row as read: its values, its row number and the sheet's name as the workbook spells it. */
interface Row {
  item: Json;
  row: number;
  sheet: string;
}

class Reader {
  readonly scenario: Json = {};
  readonly cells = new Map<string, string>();
  readonly problems: FieldProblem[] = [];

  constructor(private readonly sheets: ReadSheet[]) {}

  problem(where: string, en: string, zh: string): void {
    this.problems.push({
      pointer: `/sheets/${where.replace("!", "/")}`,
      en: `${where}: ${en}`,
      zh: `${where}：${zh}`,
    });
  }

  sheet(spec: { name: Bilingual }): ReadSheet | undefined {
    const found = this.sheets.find((s) => s.name === spec.name.zh || s.name === spec.name.en);
    if (!found) {
      this.problems.push({
        pointer: `/sheets/${spec.name.en}`,
        en: `the workbook has no sheet "${spec.name.en}" (or "${spec.name.zh}"): start from GET /v1/scenarios/template.xlsx`,
        zh: `工作簿缺少工作表“${spec.name.zh}”，请从模板开始填写`,
      });
    }
    return found;
  }

  /** Re-keys the cells read under a staging pointer to where the values went in the scenario. */
  moveCells(from: string, to: string): void {
    for (const [pointer, where] of [...this.cells]) {
      if (pointer.startsWith(`${from}/`)) this.cells.set(to + pointer.slice(from.length), where);
    }
  }

  /** A cell's value as the field's kind; undefined when blank. */
  value(sheet: ReadSheet, ref: string, field: Field, pointer: string): unknown {
    const cell: ReadCell | undefined = sheet.cells.get(ref);
    const text = cell ? decimalText(cell) : "";
    const where = `${sheet.name}!${ref}`;
    this.cells.set(pointer, where);
    if (text === "") {
      if (!field.optional) this.problem(where, "is empty; fill it in", "未填写，请填写");
      return undefined;
    }
    if (field.kind === "int") {
      if (!/^-?\d+$/.test(text)) this.problem(where, `"${text}" is not a whole number`, `“${text}”不是整数`);
      return Number(text);
    }
    if (field.kind === BOOL) {
      const lower = text.toLowerCase();
      if (TRUE.has(lower)) return true;
      if (FALSE.has(lower)) return false;
      this.problem(where, `"${text}" is not TRUE or FALSE`, `“${text}”应为 TRUE 或 FALSE`);
      return undefined;
    }
    if (field.kind === "date" && cell?.number) return excelDate(Number(text));
    if (Array.isArray(field.kind) && !field.kind.includes(text)) {
      this.problem(
        where,
        `"${text}" is not one of ${field.kind.join(", ")}`,
        `“${text}”不在可选值 ${field.kind.join("、")} 中`,
      );
    }
    return text;
  }

  fields(spec: { name: Bilingual; fields: Field[] }, base: string[]): void {
    const sheet = this.sheet(spec);
    if (!sheet) return;
    const rowOf = new Map<string, number>();
    for (const [ref, cell] of sheet.cells)
      if (ref.startsWith("C")) rowOf.set(cell.text, Number(ref.slice(1)));
    for (const field of spec.fields) {
      const row = rowOf.get(field.path);
      if (row === undefined) {
        this.problem(
          `${sheet.name}!C1`,
          `no row for ${field.path} (${field.label.en})`,
          `缺少“${field.label.zh}”一行`,
        );
        continue;
      }
      const path = [...base, ...field.path.split(".")];
      const value = this.value(sheet, `B${row}`, field, `/${path.join("/")}`);
      if (value !== undefined) put(this.scenario, path, value);
    }
  }

  /** The table's rows (from row 2 to the first blank row) as objects, with each one's row number. */
  table(spec: { name: Bilingual; table: Field[] }, pointerOf: (i: number) => string): Row[] {
    const sheet = this.sheet(spec);
    if (!sheet) return [];
    spec.table.forEach((c, i) => {
      const header = sheet.cells.get(`${columnName(i)}1`)?.text.trim();
      if (header !== c.label.zh && header !== c.label.en) {
        this.problem(
          `${sheet.name}!${columnName(i)}1`,
          `expected the header "${c.label.en}"`,
          `表头应为“${c.label.zh}”`,
        );
      }
    });
    const out: Row[] = [];
    for (
      let row = 2;
      spec.table.some((_, i) => sheet.cells.get(`${columnName(i)}${row}`)?.text.trim());
      row++
    ) {
      const item: Json = {};
      const base = pointerOf(out.length);
      spec.table.forEach((c, i) => {
        const value = this.value(sheet, `${columnName(i)}${row}`, c, `${base}/${c.path.replace(/\./g, "/")}`);
        if (value !== undefined) put(item, c.path.split("."), value);
      });
      out.push({ item, row, sheet: sheet.name });
    }
    return out;
  }
}

function lineNumber(r: Reader, entry: Row, lines: number): number | null {
  const n = entry.item.line as number;
  delete entry.item.line;
  if (Number.isInteger(n) && n >= 1 && n <= lines) return n - 1;
  r.problem(
    `${entry.sheet}!A${entry.row}`,
    `no product line ${n} (there are ${lines})`,
    `没有第 ${n} 条产品线（共 ${lines} 条）`,
  );
  return null;
}

/** The scenario a workbook describes, with where each value came from; problems name sheet and cell. */
export function readScenarioWorkbook(sheets: ReadSheet[]): Located {
  const r = new Reader(sheets);
  r.fields(S.company, []);
  const lines = readLines(r);
  readMonthlyUnits(r, lines);
  placeOverseasCosts(r, lines);
  placeSalesTerms(r, lines);
  put(
    r.scenario,
    ["productLines"],
    lines.map((line) => Object.fromEntries(LINE_KEYS.filter((k) => k in line).map((k) => [k, line[k]]))),
  );
  r.fields(S.timing, ["timing"]);
  r.fields(S.fx, []);
  put(
    r.scenario,
    ["fx", "rates"],
    r.table(S.rates, (i) => `/fx/rates/${i}`).map((e) => e.item),
  );
  r.fields(S.financing, []);
  put(
    r.scenario,
    ["financing", "products"],
    r.table(S.products, (i) => `/financing/products/${i}`).map((e) => e.item),
  );
  r.scenario.grants = r.table(S.grants, (i) => `/grants/${i}`).map((e) => grantOf(r, e));
  const facts = readFacts(r);
  if (facts) r.scenario.grantFacts = facts;
  return { scenario: ordered(r.scenario), cells: r.cells, problems: r.problems };
}

/** The product lines sheet, each line with an empty list of overseas costs (their own sheet fills it). */
function readLines(r: Reader): Json[] {
  return r
    .table(S.lines, (i) => `/productLines/${i}`)
    .map(({ item }) => {
      const sales = item.sales as Json;
      if (sales?.channel === "b2b") delete sales.payoutRule;
      if (item.timing && Object.keys(item.timing as Json).length === 0) delete item.timing;
      return { ...item, overseasCosts: [] as Json[] } as Json;
    });
}

/** Month-by-month units from their sheet (row i + 2 for line i), where the line gives no single figure. */
function readMonthlyUnits(r: Reader, lines: Json[]): void {
  const units = r.sheet(S.units);
  lines.forEach((line, i) => {
    if (line.monthlyUnits !== undefined || !units) return;
    const monthly: unknown[] = [];
    for (let m = 1; units.cells.get(`${columnName(m)}${i + 2}`)?.text.trim(); m++) {
      monthly.push(
        r.value(units, `${columnName(m)}${i + 2}`, LINE_NUMBER, `/productLines/${i}/monthlyUnits/${m - 1}`),
      );
    }
    r.cells.set(`/productLines/${i}/monthlyUnits`, `${units.name}!B${i + 2}`);
    line.monthlyUnits = monthly;
  });
}

/** Each overseas cost row onto the product line its number names. */
function placeOverseasCosts(r: Reader, lines: Json[]): void {
  r.table(S.costs, (i) => `/overseasCosts/${i}`).forEach((entry, i) => {
    const n = lineNumber(r, entry, lines.length);
    if (n === null) return;
    const costs = lines[n].overseasCosts as Json[];
    r.moveCells(`/overseasCosts/${i}`, `/productLines/${n}/overseasCosts/${costs.length}`);
    costs.push(entry.item);
  });
}

/** Each B2B payment-terms row onto the sales of the product line its number names. */
function placeSalesTerms(r: Reader, lines: Json[]): void {
  r.table(S.terms, (i) => `/terms/${i}`).forEach((entry, i) => {
    const n = lineNumber(r, entry, lines.length);
    const sales = n === null ? undefined : (lines[n].sales as Json);
    if (!sales) return;
    if (sales.terms === undefined) sales.terms = [];
    const terms = sales.terms as Json[];
    r.moveCells(`/terms/${i}`, `/productLines/${n}/sales/terms/${terms.length}`);
    terms.push(entry.item);
  });
}

const AMOUNT_ON_A_DATE = ["name", "amount", "date"];

/**
 * A grant row as the scenario takes it: a programme (and its payment date, when known), or an
 * amount on a date; a row mixing the two, or missing part of an amount on a date, is named by cell.
 */
function grantOf(r: Reader, { item, row, sheet }: Row): Json {
  const cell = (key: string) =>
    `${sheet}!${columnName(GRANT_COLUMNS.findIndex((c) => c.path === key))}${row}`;
  if (item.programme === undefined) {
    for (const key of AMOUNT_ON_A_DATE.filter((k) => item[k] === undefined)) {
      r.problem(
        cell(key),
        "is empty; fill it in, or choose a programme to estimate instead",
        "未填写：请填写，或改为选择按政策项目估算",
      );
    }
    return item;
  }
  for (const key of ["name", "amount", "measure"].filter((k) => item[k] !== undefined)) {
    r.problem(
      cell(key),
      `a grant estimated from a programme takes no ${key === "measure" ? "measure id" : key}: clear this cell, or clear the programme`,
      "按政策项目估算的补贴不填名称、金额和措施编号：请清空此格，或清空政策项目",
    );
  }
  return item.date === undefined
    ? { programme: item.programme }
    : { programme: item.programme, date: item.date };
}

/** The firm's facts for grant programmes, in the schema's order; undefined when the sheets are blank. */
function readFacts(r: Reader): Json | undefined {
  const base = "/grantFacts";
  r.fields(S.facts, ["grantFacts"]);
  const given = (r.scenario.grantFacts as Json | undefined) ?? {};
  const rows = (spec: { name: Bilingual; table: Field[] }, key: string) =>
    r.table(spec, (i) => `${base}/${key}/${i}`).map((e) => e.item);
  const terms: Json = {};
  r.table(S.shareTerms, (i) => `${base}/costShareTerms/${i}`).forEach(({ item, row, sheet }, i) => {
    const { category, ...rest } = item;
    const key = String(category);
    if (key in terms) {
      r.problem(`${sheet}!A${row}`, `${key} is given twice`, `${key} 重复填写`);
    }
    r.moveCells(`${base}/costShareTerms/${i}`, `${base}/costShareTerms/${key}`);
    terms[key] = rest;
  });
  const facts: Json = {
    city: given.city,
    district: given.district,
    onlineRetailSales: rows(S.sales, "onlineRetailSales"),
    growthReading: given.growthReading,
    honghu: given.honghu,
    trainees: rows(S.trainees, "trainees"),
    trainingPaidTo: given.trainingPaidTo,
    spend: rows(S.spend, "spend"),
    costShareTerms: terms,
    districtAwards: rows(S.awards, "districtAwards"),
  };
  // what is blank is absent, as the schema's defaults read it
  const present = Object.entries(facts).filter(
    ([, v]) =>
      v !== undefined &&
      !(Array.isArray(v) && v.length === 0) &&
      !(typeof v === "object" && v !== null && Object.keys(v).length === 0),
  );
  delete r.scenario.grantFacts;
  return present.length > 0 ? Object.fromEntries(present) : undefined;
}

/** The scenario's keys in the order of the schema (and of the presets), so the same bytes come back. */
function ordered(s: Json): Json {
  const keys = [
    "horizonMonths",
    "startDate",
    "openingCash",
    "minimumCash",
    "company",
    "productLines",
    "timing",
    "fx",
    "financing",
    "grants",
    "measures",
    // after the switches, as the presets write it
    "grantFacts",
  ];
  const fx = (s.fx ?? {}) as Json;
  const financing = (s.financing ?? {}) as Json;
  return Object.fromEntries(
    keys
      .filter((k) => s[k] !== undefined)
      .map((k) => {
        if (k === "fx") return [k, { rates: fx.rates, ...fx }];
        if (k === "financing")
          return [
            k,
            {
              workingCapitalRate: financing.workingCapitalRate,
              dayCount: financing.dayCount,
              products: financing.products,
            },
          ];
        return [k, s[k]];
      }),
  );
}
