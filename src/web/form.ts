import type { Bilingual } from "../api/i18n";
import { type ScenarioInput, ScenarioSchema } from "../api/scenario-schema";
import { fieldProblems } from "../api/validation";
import { CUSTOMS_CODES, MEASURE_SWITCHES } from "../domain/cashflow/scenario";
import type { FieldProblem } from "../domain/errors";
import { Decimal } from "../domain/money";
import { BLANK_SCENARIO } from "../policy/blank-scenario";
import { MEASURE_TITLES } from "../policy/cashflow";
import type { FeeDefault } from "../policy/marketplace-fees";
import { PAYOUT_RULE_PRESETS } from "../policy/settlement";
import { TYPICAL_GOODS } from "../policy/typical-goods";
import { parseAmount } from "./amount";
import { fractionOf, percentOf } from "./format";
import { applyGrantForm } from "./grants-form";
import {
  declaredAtCost,
  feeValue,
  fillMarketplaceFees,
  fillsFees,
  fillsTypical,
  fillTypical,
  lineFees,
  NOT_A_NUMBER,
  salesText,
  splitByWarehouse,
  TYPICAL_PARCEL_USD,
  typicalFigures,
  unitsOfLine,
  usualRates,
} from "./seller-entries";
import { clone, DECIMAL_TEXT, getAt, isWire, lines, setAt, type Wire } from "./wire";

export type { Wire };

/**
 * The web form as a thin view of ScenarioSchema: each field names the JSON pointer it fills, so a
 * problem+json from the API lands on the input it is about. Fields the form does not show keep the
 * value of the base scenario (a preset, a shared link, or the blank template).
 */

type Kind =
  | "money"
  | "decimal"
  | "percent"
  | "int"
  | "text"
  | "select"
  | "check"
  | "units"
  | "terms"
  | "date"
  | "sales";

export interface Option {
  value: string;
  label: Bilingual;
}

export interface Field {
  /** The form parameter name (also the input's id, with dots replaced). */
  name: string;
  /** JSON pointer into the scenario. */
  pointer: string;
  kind: Kind;
  label: Bilingual;
  hint?: Bilingual;
  unit?: Bilingual;
  options?: Option[];
  /** Shown up front; the rest goes under "more". */
  main: boolean;
  /** The schema fills a default when absent (an empty input is then fine). */
  optional?: boolean;
  /** An empty input means 0 (written as "0", so a shared link says so). */
  zeroWhenBlank?: boolean;
  /** Shown together as one group (the line's overseas costs). */
  group?: "overseasCosts";
  /** Which product line it belongs to (undefined for scenario fields). */
  line?: number;
  /** Only meaningful for one sales channel. */
  channel?: "marketplace" | "b2b";
  /**
   * A form entry the scenario has no field for (monthly sales): the form derives scenario values
   * from it, and its pointer, outside the schema, only routes the form's own messages to it.
   */
  formOnly?: boolean;
}

const b = (zh: string, en: string): Bilingual => ({ zh, en });

const YUAN = b("元", "CNY");
const PERCENT = b("%", "%");
const DAYS = b("天", "days");

type FieldSpec = Omit<Field, "name" | "line">;

const CUSTOMS_LABELS: Record<(typeof CUSTOMS_CODES)[number], Bilingual> = {
  "9810": b("9810 跨境电商出口海外仓（先备货到海外仓再卖）", "9810 CBEC export to an overseas warehouse"),
  "9610": b("9610 跨境电商零售（小包直邮给消费者）", "9610 CBEC retail parcels to consumers"),
  "9710": b("9710 跨境电商B2B直接出口（卖给海外企业）", "9710 CBEC B2B direct export"),
  "0110": b("0110 一般贸易", "0110 general trade"),
  "1039": b("1039 市场采购贸易", "1039 market procurement"),
};

const SCENARIO_FIELDS: Record<string, FieldSpec> = {
  kind: {
    pointer: "/company/kind",
    kind: "select",
    main: true,
    label: b("企业类型", "Kind of business"),
    hint: b(
      "自己生产的选生产企业；买货再出口的选外贸企业",
      "Make the goods yourself, or buy and export them",
    ),
    options: [
      { value: "manufacturer", label: b("生产企业（自己生产）", "Manufacturer") },
      { value: "trader", label: b("外贸企业（采购后出口）", "Trading company") },
    ],
  },
  openingCash: {
    pointer: "/openingCash",
    kind: "money",
    main: true,
    unit: YUAN,
    label: b("现在账上可用的资金", "Cash available now"),
    hint: b("预测开始时公司能动用的现金", "Cash the business can use at the start"),
  },
  minimumCash: {
    pointer: "/minimumCash",
    kind: "money",
    main: true,
    optional: true,
    zeroWhenBlank: true,
    unit: YUAN,
    label: b("账上至少要留的钱", "Minimum cash to keep"),
    hint: b(
      "低于这个数就要借款补上（工资、房租等应急用）；不填按 0",
      "Below this the business borrows (payroll, rent, emergencies); empty = 0",
    ),
  },
  horizonMonths: {
    pointer: "/horizonMonths",
    kind: "int",
    main: true,
    unit: b("个月", "months"),
    label: b("预测多长时间", "Months to project"),
    hint: b("1 到 60 个月", "1 to 60 months"),
  },
  workingCapitalRate: {
    pointer: "/financing/workingCapitalRate",
    kind: "percent",
    main: true,
    unit: PERCENT,
    label: b("流动资金贷款年利率", "Working-capital loan rate"),
    hint: b("一年期LPR 3.0% 加银行加点，例如 3.5", "1-year LPR 3.0% plus the bank's spread, e.g. 3.5"),
  },
  startDate: {
    pointer: "/startDate",
    kind: "date",
    main: false,
    label: b("从哪天开始预测", "Start date"),
    hint: b("第一个月的第一天", "First day of the first month"),
  },
  vatPayer: {
    pointer: "/company/vatPayer",
    kind: "select",
    main: false,
    label: b("增值税纳税人类型", "VAT status"),
    options: [
      { value: "general", label: b("一般纳税人", "General VAT payer") },
      { value: "small_scale", label: b("小规模纳税人", "Small-scale VAT payer") },
    ],
  },
  size: {
    pointer: "/company/size",
    kind: "select",
    main: false,
    label: b("企业规模", "Enterprise size"),
    hint: b("小微企业才能享受期权手续费减免", "Only small and micro firms get the option-fee waiver"),
    options: [
      { value: "micro", label: b("微型", "Micro") },
      { value: "small", label: b("小型", "Small") },
      { value: "medium", label: b("中型", "Medium") },
      { value: "large", label: b("大型", "Large") },
    ],
  },
  employees: {
    pointer: "/company/employees",
    kind: "int",
    main: false,
    unit: b("人", "people"),
    label: b("员工人数", "Employees"),
    hint: b("用于判断是否为小型微利企业", "Decides the small low-profit income-tax relief"),
  },
  totalAssets: {
    pointer: "/company/totalAssets",
    kind: "money",
    main: false,
    unit: YUAN,
    label: b("资产总额", "Total assets"),
    hint: b("用于判断是否为小型微利企业", "Decides the small low-profit income-tax relief"),
  },
  firstTimeHedger: {
    pointer: "/company/firstTimeHedger",
    kind: "check",
    main: false,
    label: b("从未在银行做过外汇衍生品（远期、期权）", "Has never traded an FX derivative with its bank"),
  },
  zoneRegistered: {
    pointer: "/company/pilotZone/registered",
    kind: "check",
    main: false,
    label: b("在跨境电商综试区注册", "Registered in a CBEC pilot zone"),
  },
  zonePlatform: {
    pointer: "/company/pilotZone/platformRecorded",
    kind: "check",
    main: false,
    label: b("出口信息在综试区线上综合服务平台登记", "Exports recorded on the zone's online platform"),
  },
  zoneCustoms: {
    pointer: "/company/pilotZone/zoneCustoms",
    kind: "check",
    main: false,
    label: b("在综试区所在地海关办理电子商务出口申报", "Declared through the zone city's customs"),
  },
  depositShare: {
    pointer: "/timing/supplierDepositShare",
    kind: "percent",
    main: false,
    unit: PERCENT,
    label: b("下单时付给供应商的定金比例", "Deposit paid to suppliers on order"),
    hint: b("其余在发货时付", "The rest is paid at shipment"),
  },
  balanceDays: {
    pointer: "/timing/supplierBalanceDays",
    kind: "int",
    main: false,
    unit: DAYS,
    label: b("发货后几天付清供应商尾款", "Days after shipment the supplier balance is paid"),
  },
  productionDays: {
    pointer: "/timing/productionDays",
    kind: "int",
    main: false,
    unit: DAYS,
    label: b("生产或采购需要几天", "Days to produce or buy a batch"),
  },
  transitDays: {
    pointer: "/timing/transitDays",
    kind: "int",
    main: false,
    unit: DAYS,
    label: b("运输在途天数", "Days in transit"),
    hint: b("海运到美西约 22–47 天，空运 5–10 天", "Sea to the US West Coast 22-47 days, air 5-10"),
  },
  checkInDays: {
    pointer: "/timing/checkInDays",
    kind: "int",
    main: false,
    unit: DAYS,
    label: b("到海外仓后几天上架开卖", "Days from arrival to first sale"),
  },
  sellThroughDays: {
    pointer: "/timing/sellThroughDays",
    kind: "int",
    main: false,
    unit: DAYS,
    label: b("一批货多少天卖完", "Days to sell a batch"),
    hint: b("直接交货给买家（B2B）填 0", "0 when the buyer takes delivery (B2B)"),
  },
  refundDays: {
    pointer: "/timing/refundDays",
    kind: "int",
    main: false,
    unit: DAYS,
    label: b("申报退税后几天到账", "Days from refund claim to money"),
  },
  hedge: {
    pointer: "/fx/hedge/strategy",
    kind: "select",
    main: false,
    label: b("汇率避险方式", "FX hedge"),
    options: [
      { value: "none", label: b("不做避险", "None") },
      { value: "forward", label: b("远期结汇", "Forward sale") },
      { value: "put", label: b("买入外币看跌期权", "Buy a put on the currency") },
    ],
  },
  hedgeRatio: {
    pointer: "/fx/hedge/ratio",
    kind: "percent",
    main: false,
    unit: PERCENT,
    label: b("避险比例", "Share of each receipt hedged"),
  },
  bidSpread: {
    pointer: "/fx/bidSpread",
    kind: "percent",
    main: false,
    unit: PERCENT,
    label: b("银行结汇价比中间价低多少", "Bank's buying rate below the middle rate"),
    hint: b("例如 0.15", "e.g. 0.15"),
  },
};

const LINE_FIELDS: Record<string, FieldSpec> = {
  name: {
    pointer: "/name",
    kind: "text",
    main: true,
    label: b("产品名称", "Product"),
    hint: b("自己认得出的名字即可", "Any name you recognise"),
  },
  customsCode: {
    pointer: "/customsCode",
    kind: "select",
    main: true,
    label: b("出口方式（海关监管方式）", "Export mode (customs code)"),
    options: CUSTOMS_CODES.map((code) => ({ value: code, label: CUSTOMS_LABELS[code] })),
  },
  warehouseShare: {
    pointer: "/warehouseShare",
    kind: "percent",
    formOnly: true,
    main: true,
    optional: true,
    unit: PERCENT,
    label: b("经海外仓销售的比例", "Share sold through an overseas warehouse"),
    hint: b(
      "出口方式为 9810 时填写，不填为全部；其余按 9610 小包直邮，报告分成这个产品的两个渠道",
      "With 9810; empty = all. The rest goes as 9610 parcels: the report shows the product's two channels",
    ),
  },
  hsCode: {
    pointer: "/hsCode",
    kind: "text",
    main: true,
    optional: true,
    label: b("商品编码（HS编码）", "HS code"),
    hint: b(
      "报关单上的 4–10 位数字。不知道就空着或填“不知道”：按增值税 13%、退税率 13% 估算（多数工业制成品的税率），报告会写明",
      "4 to 10 digits from the declaration. Leave empty if unknown: VAT 13% and refund 13% are assumed (most manufactured goods), and the report says so",
    ),
  },
  vatRate: {
    pointer: "/vatRate",
    kind: "percent",
    main: false,
    optional: true,
    unit: PERCENT,
    label: b("增值税率（可不填）", "VAT rate (optional)"),
    hint: b(
      "不填则按商品编码查退税率表（灯具、小家电、服装、家具等）；表中没有或不知道编码的按 13%",
      "Empty: the rate table by HS code (lamps, small appliances, clothing, furniture...); 13% for other or unknown codes",
    ),
  },
  refundRate: {
    pointer: "/refundRate",
    kind: "percent",
    main: false,
    optional: true,
    unit: PERCENT,
    label: b("出口退税率（可不填）", "Export refund rate (optional)"),
    hint: b("同上；不退税的商品填 0", "As above; 0 for goods without a refund"),
  },
  monthlySales: {
    pointer: "/monthlySales",
    kind: "sales",
    formOnly: true,
    main: true,
    optional: true,
    unit: b("元/月，或写明外币", "CNY a month, or name the currency"),
    label: b("月销售额", "Sales per month"),
    hint: b(
      "如 30万 或 4万美元；按售价换算成件数",
      "e.g. 300000 or 40000 USD; turned into units at the price",
    ),
  },
  monthlyUnits: {
    pointer: "/monthlyUnits",
    kind: "units",
    main: true,
    optional: true,
    unit: b("件", "units"),
    label: b("每月发货量", "Units shipped per month"),
    hint: b("不填月销售额时填；各月不同用逗号分开", "Instead of the sales; one per month, comma separated"),
  },
  unitCost: {
    pointer: "/unitCost",
    kind: "money",
    main: true,
    unit: b("元/件", "CNY per unit"),
    label: b("每件成本（不含税）", "Cost per unit (excl. VAT)"),
    hint: b("采购价或生产成本，不含增值税", "Purchase or production cost, without VAT"),
  },
  purchaseInvoice: {
    pointer: "/purchaseInvoice",
    kind: "select",
    main: true,
    label: b("进货有没有发票", "Purchase invoice"),
    options: [
      { value: "special", label: b("增值税专用发票（专票）", "Special VAT invoice") },
      { value: "ordinary", label: b("普通发票（普票）", "Ordinary invoice") },
      { value: "none", label: b("没有发票（无票）", "No invoice") },
    ],
  },
  currency: {
    pointer: "/currency",
    kind: "select",
    main: true,
    label: b("收款币种", "Currency of sale"),
  },
  sellingPrice: {
    pointer: "/sellingPrice",
    kind: "decimal",
    main: true,
    unit: b("外币/件", "per unit, in that currency"),
    label: b("每件售价", "Selling price per unit"),
    hint: b("买家或平台消费者实际支付的单价", "What the buyer or customer pays per unit"),
  },
  declaredUnitValue: {
    pointer: "/declaredUnitValue",
    kind: "decimal",
    main: true,
    unit: b("外币/件", "per unit, in that currency"),
    optional: true,
    label: b("报关单价（离岸价 FOB）", "Declared customs value (FOB)"),
    hint: b(
      "报关单上的单价，海外仓模式通常低于售价；不填按每件成本折算成外币（偏保守：报关价低，算出的退税少）",
      "The declaration's unit value; empty = the unit cost in that currency (cautious: a lower value, a smaller refund)",
    ),
  },
  channel: {
    pointer: "/sales/channel",
    kind: "select",
    main: true,
    label: b("货款怎么收回来", "How the money comes back"),
    options: [
      { value: "marketplace", label: b("平台店铺（平台定期打款）", "Marketplace payouts") },
      { value: "b2b", label: b("卖给海外企业（按合同账期付款）", "A business buyer on payment terms") },
    ],
  },
  payoutRule: {
    pointer: "/sales/payoutRule",
    kind: "select",
    main: true,
    channel: "marketplace",
    label: b("平台回款规则", "Marketplace payout rule"),
    hint: b("决定平台多久打一次款", "Decides how often the marketplace pays out"),
  },
  terms: {
    pointer: "/sales/terms",
    kind: "terms",
    main: true,
    channel: "b2b",
    label: b("买家付款条件", "Buyer's payment terms"),
    hint: b(
      "比例@发货后天数，多笔用逗号分开，负数表示发货前。例：30%@-20, 70%@-3",
      "share@days after shipment, comma separated; negative = before shipment. E.g. 30%@-20, 70%@-3",
    ),
  },
  market: {
    pointer: "/market",
    kind: "text",
    main: false,
    label: b("销售市场", "Market"),
    hint: b("国家或地区，如 US、DE", "Country or region, e.g. US, DE"),
  },
  invoiceVatRate: {
    pointer: "/invoiceVatRate",
    kind: "percent",
    main: false,
    unit: PERCENT,
    label: b("进货发票税率", "VAT rate on the purchase invoice"),
    hint: b("专票上的增值税税率，如 13；没有发票时不必填", "e.g. 13; not used when there is no invoice"),
  },
  returnsRate: {
    pointer: "/returnsRate",
    kind: "percent",
    main: false,
    optional: true,
    unit: PERCENT,
    label: b("退货率", "Returns"),
  },
  directFreight: {
    pointer: "/directFreight",
    kind: "money",
    formOnly: true,
    main: false,
    optional: true,
    unit: b("元/件", "CNY per unit"),
    label: b("直邮每件运费（国际小包）", "Parcel postage per unit"),
    hint: b(
      `只用于直邮部分；不填按航空小包典型值 ${TYPICAL_PARCEL_USD} 美元/件折算`,
      `Only for the parcels; empty = a typical air parcel, USD ${TYPICAL_PARCEL_USD}`,
    ),
  },
  freightPerUnit: {
    pointer: "/freightPerUnit",
    kind: "money",
    main: false,
    optional: true,
    unit: b("元/件", "CNY per unit"),
    label: b("头程运费", "First-mile freight"),
    hint: b("从工厂到海外仓或买家的运费，发货时付", "Paid in China at shipment"),
  },
};

/** The overseas costs the form edits, one input each; a category's other part keeps its value. */
const COST_FIELDS: { category: string; part: "perUnit" | "shareOfSales"; spec: FieldSpec }[] = [
  {
    category: "platform",
    part: "shareOfSales",
    spec: {
      pointer: "",
      kind: "percent",
      main: false,
      unit: b("占售价 %", "% of the price"),
      label: b("平台佣金", "Marketplace commission"),
      hint: b(
        "平台按售价抽取的佣金（销售佣金、交易费），例如 15；不在平台销售填 0",
        "The marketplace's cut of each sale (referral or transaction fee), e.g. 15; 0 off-marketplace",
      ),
    },
  },
  {
    category: "advertising",
    part: "shareOfSales",
    spec: {
      pointer: "",
      kind: "percent",
      main: false,
      unit: b("占售价 %", "% of the price"),
      label: b("广告费", "Advertising"),
      hint: b("站内广告等推广花费占销售额的比例，例如 10", "Ad spend as a share of sales, e.g. 10"),
    },
  },
  {
    category: "logistics",
    part: "perUnit",
    spec: {
      pointer: "",
      kind: "decimal",
      main: false,
      unit: b("外币/件", "per unit, in that currency"),
      label: b("尾程/配送费", "Last-mile delivery and fulfilment"),
      hint: b(
        "从海外仓或平台仓送到买家的费用（如亚马逊 FBA 配送费），按每件",
        "Warehouse-to-customer delivery (e.g. Amazon FBA fulfilment fee), per unit",
      ),
    },
  },
  {
    category: "warehousing",
    part: "perUnit",
    spec: {
      pointer: "",
      kind: "decimal",
      main: false,
      unit: b("外币/件", "per unit, in that currency"),
      label: b("仓储费", "Storage"),
      hint: b("海外仓或平台仓库的仓储费，摊到每件", "Overseas or marketplace warehouse storage, per unit"),
    },
  },
  {
    category: "tax",
    part: "perUnit",
    spec: {
      pointer: "",
      kind: "decimal",
      main: false,
      unit: b("外币/件", "per unit, in that currency"),
      label: b("进口关税等", "Import duties and taxes"),
      hint: b(
        "在销售国缴纳的进口关税、增值税等，摊到每件",
        "Import duty, VAT and other taxes paid in the country of sale, per unit",
      ),
    },
  },
];

/** The cost categories the form has inputs for; other items are carried over as they are. */
export const FORM_COST_CATEGORIES: readonly string[] = COST_FIELDS.map((c) => c.category);
const COST_PARTS = ["perUnit", "shareOfSales"] as const;

const isZeroText = (value: unknown) =>
  value === undefined || (DECIMAL_TEXT.test(String(value)) && new Decimal(String(value)).isZero());

/** Both parts absent or numbers: costs that can be summed (anything else is left to the schema). */
const numericParts = (cost: Wire) =>
  COST_PARTS.every((part) => cost[part] === undefined || DECIMAL_TEXT.test(String(cost[part])));

/**
 * A line's overseas costs as the form edits them: the base's items in order, with one item per
 * category the form covers (several of one category summed into the first) and any other item as it
 * was, then the covered categories the base lacks, appended at zero in a fixed order. The layout
 * depends on the base alone, so each input's pointer is the same before and after it is edited.
 * `kept` is how many items came from the base.
 */
function costLayout(line: unknown): { items: unknown[]; kept: number } {
  const raw = isWire(line) && Array.isArray(line.overseasCosts) ? line.overseasCosts : [];
  const items: unknown[] = [];
  for (const cost of raw) {
    const first =
      isWire(cost) && FORM_COST_CATEGORIES.includes(String(cost.category))
        ? (items.find((i) => isWire(i) && i.category === cost.category) as Wire | undefined)
        : undefined;
    if (first && numericParts(first) && numericParts(cost as Wire)) {
      for (const part of COST_PARTS) {
        const add = (cost as Wire)[part];
        if (add !== undefined)
          first[part] = new Decimal(String(first[part] ?? "0")).plus(String(add)).toFixed();
      }
    } else {
      items.push(isWire(cost) ? { ...cost } : cost);
    }
  }
  const kept = items.length;
  for (const category of FORM_COST_CATEGORIES) {
    if (!items.some((i) => isWire(i) && i.category === category)) {
      items.push({ category, perUnit: "0", shareOfSales: "0" });
    }
  }
  return { items, kept };
}

/** Every line of a scenario with its overseas costs laid out as the form edits them. */
function withCostLayout(scenario: Wire): Wire {
  const copy = clone(scenario);
  for (const line of lines(copy)) if (isWire(line)) line.overseasCosts = costLayout(line).items;
  return copy;
}

/** Drops the appended categories still at zero from the end (earlier pointers stay valid). */
function trimAppendedCosts(line: Wire, kept: number, hadCosts: boolean): void {
  const items = line.overseasCosts as unknown[];
  while (items.length > kept) {
    const last = items[items.length - 1] as Wire;
    if (!COST_PARTS.every((part) => isZeroText(last[part]))) break;
    items.pop();
  }
  if (!items.length && !hadCosts) delete line.overseasCosts;
}

function currencies(scenario: Wire): string[] {
  const rates = getAt(scenario, "/fx/rates");
  return Array.isArray(rates) ? rates.map((r) => String((r as Wire).currency)) : [];
}

/** The marketplace payout rules the form offers (seeds/payout-rules.json), with their names. */
const PAYOUT_OPTIONS: Option[] = PAYOUT_RULE_PRESETS.map((r) => ({ value: r.id, label: r.name }));

const scenarioField = (name: string): Field => ({ name, ...SCENARIO_FIELDS[name] });

/** Line `i`'s main and "more" fields; its currency offers the base's, its payout rule the catalog's. */
function lineFields(base: Wire, i: number, known: string[]): Field[] {
  return Object.entries(LINE_FIELDS).map(([key, spec]) => {
    const field: Field = {
      ...spec,
      name: `l${i}.${key}`,
      pointer: `/productLines/${i}${spec.pointer}`,
      line: i,
    };
    if (key === "currency") field.options = known.map((c) => ({ value: c, label: b(c, c) }));
    if (key === "payoutRule") {
      const current = getAt(lines(base)[i], "/sales/payoutRule");
      // A rule id the catalog does not know stays selectable, so the API can say what is wrong with it.
      const unknown =
        typeof current === "string" && !PAYOUT_OPTIONS.some((o) => o.value === current) ? [current] : [];
      field.options = [...PAYOUT_OPTIONS, ...unknown.map((r) => ({ value: r, label: b(r, r) }))];
    }
    return field;
  });
}

/** Line `i`'s overseas-cost inputs, each pointing at its category's item as the form lays the costs out. */
function costFields(base: Wire, i: number): Field[] {
  const layout = costLayout(lines(base)[i] ?? addedLine(base)).items;
  return COST_FIELDS.map(({ category, part, spec }) => {
    const index = layout.findIndex((c) => isWire(c) && c.category === category);
    return {
      ...spec,
      name: `l${i}.costs.${category}`,
      pointer: `/productLines/${i}/overseasCosts/${index}/${part}`,
      line: i,
      main: true,
      optional: true,
      zeroWhenBlank: true,
      group: "overseasCosts" as const,
    };
  });
}

/** One middle rate per currency the scenario sells in. */
function fxFields(known: string[]): Field[] {
  return known.map((currency, k) => ({
    name: `fx.${currency}`,
    pointer: `/fx/rates/${k}/spot`,
    kind: "decimal" as const,
    main: true,
    unit: b(`元/${currency}`, `CNY per ${currency}`),
    label: b(`${currency} 汇率（银行中间价）`, `${currency}/CNY middle rate`),
    hint: b("1 单位外币兑多少人民币，如 7.10", "CNY per unit of the currency, e.g. 7.10"),
  }));
}

/** A tick box per measure switch, titled as the measure. */
function measureFields(): Field[] {
  return MEASURE_SWITCHES.map((s) => ({
    name: `m.${s}`,
    pointer: `/measures/${s}`,
    kind: "check" as const,
    main: true,
    label: MEASURE_TITLES[s],
  }));
}

/** Every form field for a base scenario with `lineCount` product lines, in display order. */
export function formFields(base: Wire, lineCount: number): Field[] {
  const known = currencies(base);
  return [
    ...["kind", "openingCash", "minimumCash", "horizonMonths"].map(scenarioField),
    ...Array.from({ length: lineCount }, (_, i) => [
      ...lineFields(base, i, known),
      ...costFields(base, i),
    ]).flat(),
    ...fxFields(known),
    scenarioField("workingCapitalRate"),
    ...measureFields(),
    ...Object.keys(SCENARIO_FIELDS)
      .filter((name) => !SCENARIO_FIELDS[name].main)
      .map(scenarioField),
  ];
}

/** "30%@-20, 70%@-3" from the wire's payment terms. */
function termsText(terms: unknown): string {
  if (!Array.isArray(terms)) return "";
  return terms
    .map((t) => `${percentOf(String((t as Wire).share))}%@${String((t as Wire).daysAfterShipment)}`)
    .join(", ");
}

/** What a form input shows for a scenario value. */
function display(field: Field, value: unknown): string {
  if (value === undefined || value === null) return "";
  switch (field.kind) {
    case "check":
      return value === true ? "on" : "";
    case "percent":
      return DECIMAL_TEXT.test(String(value)) ? percentOf(String(value)) : String(value);
    case "units":
      if (Array.isArray(value)) {
        const all = value.map(String);
        return all.every((v) => v === all[0]) ? all[0] : all.join(", ");
      }
      return String(value);
    case "terms":
      return termsText(value);
    default:
      return String(value);
  }
}

/** Shown in the other channel's field, so switching a line's channel starts from a visible example. */
const CHANNEL_EXAMPLES: Record<string, string> = { terms: "100%@60" };

/** A fee, or a typical price or cost, the form fills when its input is left empty, as the input would show it. */
export interface ShownFee {
  fee?: FeeDefault;
  /** For a typical price or cost: where the figure comes from, in words. */
  typical?: Bilingual;
  /** The input's name. */
  field: string;
  shown: string;
}

/** The typical price and cost a line left empty would take, for the inputs' placeholders. */
function typicalShown(
  scenario: Wire,
  base: Wire,
  i: number,
  values: Record<string, string | undefined>,
): ShownFee[] {
  const line = lines(scenario)[i];
  if (!fillsTypical(lines(base)[i])) return [];
  const price = String(line.sellingPrice ?? "");
  const found = typicalFigures(scenario, {
    name: String(line.name ?? ""),
    hsCode: String(line.hsCode ?? ""),
    currency: String(line.currency ?? ""),
    sellingPrice: DECIMAL_TEXT.test(price) ? price : undefined,
  });
  if (!found) {
    const kinds = TYPICAL_GOODS.map((g) => g.name);
    const ask = b(
      `所卖商品的典型值（${kinds.map((k) => k.zh).join("、")}）；其他商品请填写`,
      `the typical figure of the goods (${kinds.map((k) => k.en).join(", ")}); other goods: enter it`,
    );
    return [{ typical: ask, field: `l${i}.sellingPrice`, shown: "" }].filter((f) => !values[f.field]?.trim());
  }
  const g = found.goods;
  const typical = b(
    `${g.name.zh}典型值，可修改（售价约 ${g.price} ${g.currency}，成本约为售价的 ${percentOf(g.costShare)}%）`,
    `${g.name.en}: typical, change it (price about ${g.currency} ${g.price}, cost about ${percentOf(g.costShare)}% of it)`,
  );
  const shown: ShownFee[] = [
    { typical, field: `l${i}.sellingPrice`, shown: found.price },
    { typical, field: `l${i}.unitCost`, shown: found.cost },
  ];
  return shown.filter((f) => !values[f.field]?.trim());
}

/**
 * The fees and typical figures the form fills on each line left empty, for the page to show beside
 * the inputs (the submitted values decide the goods, the marketplace, the HS code, the price and the rates).
 */
export function feesShown(
  base: Wire,
  lineCount: number,
  values: Record<string, string | undefined>,
): ShownFee[][] {
  const { scenario } = formScenario(base, lineCount, values);
  return lines(scenario).map((line, i) => [
    ...typicalShown(scenario, base, i, values),
    ...(fillsFees(lines(base)[i])
      ? lineFees(scenario, line).flatMap((fee) => {
          const value = feeValue(scenario, line, fee);
          if (value === undefined) return [];
          return [
            {
              fee,
              field: `l${i}.costs.${fee.category}`,
              shown: fee.part === "perUnit" ? value : percentOf(value),
            },
          ];
        })
      : []),
  ]);
}

/** A 9810 line is all through the overseas warehouse until the seller says otherwise. */
function formOnlyValue(field: Field, scenario: Wire): string {
  const line = field.line === undefined ? undefined : lines(scenario)[field.line];
  return field.name.endsWith(".warehouseShare") && line?.customsCode === "9810" ? "100" : "";
}

/** The form's values for a scenario (a preset, a shared link, the blank template). */
export function valuesOf(scenario: Wire, fields: Field[]): Record<string, string> {
  const values: Record<string, string> = {};
  const laidOut = withCostLayout(scenario);
  for (const f of fields) {
    values[f.name] = f.formOnly ? formOnlyValue(f, laidOut) : display(f, getAt(laidOut, f.pointer));
    // A line that states no costs shows them empty: the marketplace's fees fill them (see fillsFees).
    if (f.group === "overseasCosts" && fillsFees(lines(scenario)[f.line ?? -1])) values[f.name] = "";
    if (f.channel && !values[f.name]) values[f.name] = CHANNEL_EXAMPLES[f.name.split(".")[1]] ?? "";
  }
  return values;
}

/** Money as people type it: "2,000,000", "¥ 38", "38元", "30万", full-width digits. */
function cleanNumber(text: string): string {
  return parseAmount(text)?.value ?? text.replace(/[,，\s¥￥元]/g, "").replace(/^\+/, "");
}

/** An amount in the field's currency; a number written in another currency is named, not converted. */
function parseMoney(text: string, currency: string | undefined): Parsed {
  const amount = parseAmount(text);
  // What was typed stays in the scenario, so the line keeps its shape and the API sees it too.
  if (!amount) return { value: text, problem: NOT_A_NUMBER };
  if (amount.currency && currency && amount.currency !== currency) {
    return {
      problem: b(
        `此处按${currency === "CNY" ? "人民币" : currency}填写，请换算后再填`,
        `This is in ${currency}: convert the amount first`,
      ),
    };
  }
  return { value: amount.value };
}

const REQUIRED = b("请填写此项", "Please fill this in");
/** The fields a typical figure of the goods may fill (seeds/typical-goods.json). */
const TYPICAL_KEYS = /\.(sellingPrice|unitCost)$/;

interface Parsed {
  value?: unknown;
  problem?: Bilingual;
}

/** Units a month: one whole number, or one per month separated by commas (any comma, space or 、). */
function parseUnits(text: string): Parsed {
  const parts = text.split(/[,，、;；\s]+/).filter(Boolean);
  if (!parts.every((p) => /^\d+$/.test(p))) {
    return {
      problem: b(
        "请填写整数，或用逗号分开的每月数量",
        "Enter a whole number, or one per month separated by commas",
      ),
    };
  }
  const units = parts.map(Number);
  return { value: units.length === 1 ? units[0] : units };
}

/** Payment terms as "share@days" parts, "30%@-20, 70%@-3" (days after shipment; negative is before it). */
function parseTerms(text: string): Parsed {
  const terms = [];
  for (const part of text.split(/[,，;；]+/).filter((p) => p.trim())) {
    const m = /^\s*(\d+(?:\.\d+)?)\s*%\s*@\s*(-?\d+)\s*$/.exec(part);
    if (!m) {
      return {
        problem: b("写法为 比例@天数，例如 30%@-20, 70%@-3", "Write share@days, e.g. 30%@-20, 70%@-3"),
      };
    }
    terms.push({ share: fractionOf(m[1]), daysAfterShipment: Number(m[2]) });
  }
  return { value: terms };
}

/** A field's typed text as the scenario's value, or the problem the form can see in it. */
function parse(field: Field, raw: string, currency?: string): Parsed {
  const text = raw.trim();
  if (field.kind === "check") return { value: text !== "" };
  if (text === "") return field.zeroWhenBlank ? { value: "0" } : field.optional ? {} : { problem: REQUIRED };
  switch (field.kind) {
    case "money":
    case "decimal":
      return parseMoney(text, currency);
    case "percent": {
      const n = cleanNumber(text).replace(/%$/, "");
      return DECIMAL_TEXT.test(n) ? { value: fractionOf(n) } : { value: n };
    }
    case "int": {
      const n = cleanNumber(text);
      return /^-?\d+$/.test(n) ? { value: Number(n) } : { problem: b("请填写整数", "Enter a whole number") };
    }
    case "units":
      return parseUnits(text);
    case "terms":
      return parseTerms(text);
    default:
      return { value: text };
  }
}

/** The currency an amount is in: yuan fields in CNY, "外币" fields in their line's sale currency. */
function currencyOfField(field: Field, values: Record<string, string | undefined>): string | undefined {
  const unit = field.unit?.zh ?? "";
  if (unit.startsWith("元")) return "CNY";
  if (unit.startsWith("外币") && field.line !== undefined) {
    return values[`l${field.line}.currency`]?.trim().toUpperCase();
  }
  return undefined;
}

/** A product line the user added to a base scenario: the blank line, in the base's first currency. */
function addedLine(base: Wire): Wire {
  const line = clone(lines(BLANK_SCENARIO)[0]);
  const first = currencies(base)[0];
  if (first) line.currency = first;
  return line;
}

/**
 * The scenario (wire form) a submitted form describes: the base with every form field applied.
 * Problems are the ones the form itself can see (an empty field, "30%@x"); the rest is the API's.
 */
export function scenarioOf(
  base: Wire,
  lineCount: number,
  values: Record<string, string | undefined>,
): { scenario: Wire; problems: FieldProblem[]; origins: number[] } {
  const built = formScenario(base, lineCount, values);
  const split = splitByWarehouse(built.scenario, lineCount, values);
  return {
    scenario: built.scenario,
    problems: [...built.problems, ...split.problems],
    origins: split.origins,
  };
}

type Values = Record<string, string | undefined>;

/**
 * Lays every line's overseas costs out as the form edits them, and answers what `trimAppendedCosts`
 * needs afterwards to take the categories the form appended back off.
 */
function layOutCosts(scenario: Wire) {
  return (scenario.productLines as Wire[]).map((line) => {
    if (!isWire(line)) return undefined;
    const { items, kept } = costLayout(line);
    const hadCosts = line.overseasCosts !== undefined;
    line.overseasCosts = items;
    return { line, kept, hadCosts };
  });
}

/** Whether a field is written by another stage (a channel's own field, sales, a typical figure to fill). */
function writtenElsewhere(field: Field, base: Wire, values: Values): boolean {
  if (field.kind === "select" && field.pointer.endsWith("/sales/channel")) return true;
  if (field.channel || field.formOnly) return true;
  if (field.kind === "units" && salesText(values, field.line)) return true;
  // An empty price or cost the goods' typical figure fills (fillTypical) is not yet a problem.
  return (
    TYPICAL_KEYS.test(field.name) &&
    !values[field.name]?.trim() &&
    fillsTypical(lines(base)[field.line ?? -1])
  );
}

/** Each field's typed value written at its pointer; what cannot be read is a problem on that pointer. */
function applyFields(scenario: Wire, base: Wire, fields: Field[], values: Values): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const field of fields) {
    if (writtenElsewhere(field, base, values)) continue;
    const parsed = parse(field, values[field.name] ?? "", currencyOfField(field, values));
    if (parsed.problem) problems.push({ pointer: field.pointer, ...parsed.problem });
    setAt(scenario, field.pointer, parsed.value);
  }
  return problems;
}

/** The sales object is one of two shapes; only the chosen channel's field belongs in it. */
function applySalesChannels(
  scenario: Wire,
  fields: Field[],
  lineCount: number,
  values: Values,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (let i = 0; i < lineCount; i++) {
    const channel = values[`l${i}.channel`] === "b2b" ? "b2b" : "marketplace";
    const field = fields.find((f) => f.line === i && f.channel === channel)!;
    const parsed = parse(field, values[field.name] ?? "");
    if (parsed.problem) problems.push({ pointer: field.pointer, ...parsed.problem });
    const key = channel === "b2b" ? "terms" : "payoutRule";
    (scenario.productLines as Wire[])[i].sales = { channel, [key]: parsed.value };
  }
  return problems;
}

/** What each line derives from its entries: typical figures, units from sales, usual rates, fees. */
function completeLines(scenario: Wire, base: Wire, lineCount: number, values: Values): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (let i = 0; i < lineCount; i++) {
    if (fillsTypical(lines(base)[i])) problems.push(...fillTypical(scenario, i, values));
    problems.push(...unitsOfLine(scenario, i, values));
    usualRates(scenario, i, values);
    declaredAtCost(scenario, i);
    if (fillsFees(lines(base)[i])) fillMarketplaceFees(scenario, i, values);
  }
  return problems;
}

/** The scenario the form's lines describe, one scenario line per form line. */
function formScenario(
  base: Wire,
  lineCount: number,
  values: Values,
): { scenario: Wire; problems: FieldProblem[] } {
  const scenario = clone(base);
  const baseLines = lines(scenario);
  scenario.productLines = Array.from({ length: lineCount }, (_, i) => baseLines[i] ?? addedLine(base));
  const costsKept = layOutCosts(scenario);
  const fields = formFields(base, lineCount);
  const problems = [
    ...applyFields(scenario, base, fields, values),
    ...applySalesChannels(scenario, fields, lineCount, values),
    ...completeLines(scenario, base, lineCount, values),
  ];
  for (const c of costsKept) if (c) trimAppendedCosts(c.line, c.kept, c.hadCosts);
  applyGrantForm(scenario, values);
  return { scenario, problems: withoutInvoiceRates(scenario, problems) };
}

/**
 * A line bought without an invoice has no invoice VAT rate: the form writes 0 for it, whatever the
 * hidden "more" field still holds (the blank form's 13%), so choosing 没有发票 is one choice, not two.
 */
function withoutInvoiceRates(scenario: Wire, problems: FieldProblem[]): FieldProblem[] {
  const cleared = new Set<string>();
  (scenario.productLines as Wire[]).forEach((line, i) => {
    if (!isWire(line) || line.purchaseInvoice !== "none") return;
    line.invoiceVatRate = "0";
    cleared.add(`/productLines/${i}/invoiceVatRate`);
  });
  return problems.filter((p) => !cleared.has(p.pointer));
}

/**
 * The form with product line `index` taken out: the scenario the submitted form describes, without
 * that line, becomes the new base (so the data of each later line that the form does not show moves
 * up with it), and the submitted values of later lines move up one (so whatever was typed, even what
 * does not parse yet, stays on its line).
 */
export function withoutLine(
  base: Wire,
  lineCount: number,
  values: Record<string, string | undefined>,
  index: number,
): { scenario: Wire; values: Record<string, string> } {
  const { scenario } = formScenario(base, lineCount, values);
  scenario.productLines = lines(scenario).filter((_, i) => i !== index);
  const moved: Record<string, string> = {};
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined) continue;
    const m = /^l(\d+)\.(.+)$/.exec(name);
    const line = m ? Number(m[1]) : -1;
    if (line === index) continue;
    moved[m && line > index ? `l${line - 1}.${m[2]}` : name] = value;
  }
  return { scenario, values: moved };
}

/** Runs the API's own request schema over a scenario: the same messages the API would answer. */
export function validate(
  scenario: unknown,
): { ok: true; input: ScenarioInput } | { ok: false; problems: FieldProblem[] } {
  const result = ScenarioSchema.safeParse(scenario);
  if (result.success) return { ok: true, input: result.data };
  return { ok: false, problems: fieldProblems(result.error, scenario) };
}

/** The form's own problems first; an API problem on a pointer the form already flagged is noise. */
export function mergeProblems(form: FieldProblem[], api: FieldProblem[]): FieldProblem[] {
  const flagged = new Set(form.map((p) => p.pointer));
  return [
    ...form,
    ...api.filter((p) => ![...flagged].some((f) => p.pointer === f || p.pointer.startsWith(`${f}/`))),
  ];
}

/** The field a problem is about: the one whose pointer is the longest prefix of the problem's. */
export function fieldFor(pointer: string, fields: Field[]): Field | undefined {
  let best: Field | undefined;
  for (const f of fields) {
    if (
      (pointer === f.pointer || pointer.startsWith(`${f.pointer}/`)) &&
      (!best || f.pointer.length > best.pointer.length)
    ) {
      best = f;
    }
  }
  return best;
}

/** The number of product lines a form shows: the submitted count, else the base's, within limits. */
export function lineCountOf(base: Wire, requested: string | undefined, max: number): number {
  const n = Number(requested);
  if (Number.isInteger(n) && n >= 1) return Math.min(n, max);
  return Math.max(1, Math.min(lines(base).length, max));
}

export function inputId(name: string): string {
  return `f-${name.replace(/\./g, "-")}`;
}
