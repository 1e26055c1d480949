import type { Bilingual } from "../api/i18n";
import type { FieldProblem } from "../domain/errors";
import { Decimal } from "../domain/money";
import { findRefundRate } from "../domain/tax/refundRates";
import { CASHFLOW_RULES } from "../policy/cashflow";
import { type FeeDefault, feeDefaults } from "../policy/marketplace-fees";
import { type TypicalGoods, typicalGoodsOf } from "../policy/typical-goods";
import { parseAmount } from "./amount";
import { DECIMAL_TEXT, getAt, isWire, lines, type Wire } from "./wire";

/**
 * The entries a seller knows, turned into what the scenario needs: sales a month into units, the
 * share sold through an overseas warehouse into the product's two channels. Each stage runs after
 * the form's fields are applied and reads the scenario they built.
 */

const b = (zh: string, en: string): Bilingual => ({ zh, en });

export const NOT_A_NUMBER = b(
  "请填写数字，例如 300000、30万 或 1.5亿",
  "Enter a number, e.g. 300000 or 300k",
);

export const salesText = (values: Record<string, string | undefined>, line: number | undefined) =>
  line === undefined ? "" : (values[`l${line}.monthlySales`] ?? "").trim();

/** CNY per unit of a currency, as the scenario (the form's rate fields applied) has it. */
function spotOf(scenario: Wire, currency: string): Decimal | undefined {
  const rates = getAt(scenario, "/fx/rates");
  const rate = Array.isArray(rates) ? (rates as Wire[]).find((r) => r.currency === currency) : undefined;
  const spot = String(rate?.spot ?? "");
  return DECIMAL_TEXT.test(spot) && new Decimal(spot).gt(0) ? new Decimal(spot) : undefined;
}

/**
 * Units a month from sales a month, as the page states the rule: sales ÷ price per unit, rounded
 * half up to whole units, an amount in CNY first converted to the sale currency at the form's
 * rate. With no sales entered, the units field is the entry (and one of the two is needed).
 */
export function unitsOfLine(
  scenario: Wire,
  index: number,
  values: Record<string, string | undefined>,
): FieldProblem[] {
  const line = lines(scenario)[index];
  const text = salesText(values, index);
  const salesPointer = `/productLines/${index}/monthlySales`;
  if (!text) {
    if (line.monthlyUnits !== undefined || (values[`l${index}.monthlyUnits`] ?? "").trim()) return [];
    return [
      {
        pointer: `/productLines/${index}/monthlyUnits`,
        ...b("请填写月销售额或每月发货量", "Enter the sales per month or the units"),
      },
    ];
  }
  const amount = parseAmount(text);
  if (!amount || amount.value.startsWith("-")) return [{ pointer: salesPointer, ...NOT_A_NUMBER }];
  const saleCurrency = String(line.currency ?? "");
  const price = String(line.sellingPrice ?? "");
  // Without a usable price the price field carries its own message; nothing to divide by.
  if (!DECIMAL_TEXT.test(price) || new Decimal(price).lte(0)) return [];
  const currency = amount.currency ?? "CNY";
  let perUnit: Decimal | undefined;
  if (currency === saleCurrency) perUnit = new Decimal(price);
  else if (currency === "CNY") perUnit = spotOf(scenario, saleCurrency)?.times(price);
  else {
    return [
      {
        pointer: salesPointer,
        ...b(`请按人民币或${saleCurrency}填写月销售额`, `Enter the sales in CNY or in ${saleCurrency}`),
      },
    ];
  }
  if (!perUnit) return [];
  line.monthlyUnits = Number(new Decimal(amount.value).div(perUnit).toFixed(0, Decimal.ROUND_HALF_UP));
  return [];
}

/**
 * Direct parcels (9610) go by air, 5–10 days to the US (../shared/domain/presets.md, common market
 * facts; the Shaxi preset takes 10), and are sold before they ship: no check-in, no sell-through.
 */
const DIRECT_TIMING = { transitDays: 10, checkInDays: 0, sellThroughDays: 0 };
/** The overseas costs of a warehouse (fulfilment from it, storage in it) that parcels never incur. */
const WAREHOUSE_COSTS = ["logistics", "warehousing"];
/**
 * An air parcel to the US, per unit, when the seller gives no figure: about USD 3.80
 * (../shared/domain/presets.md, the Shaxi seller), a typical figure the form shows as such.
 */
export const TYPICAL_PARCEL_USD = "3.80";

const sharePointer = (index: number) => `/productLines/${index}/warehouseShare`;

/** The share of a 9810 line sold through the overseas warehouse (blank = all of it). */
function warehouseShare(
  values: Record<string, string | undefined>,
  index: number,
): { share: Decimal } | { problem: FieldProblem } {
  const text = (values[`l${index}.warehouseShare`] ?? "").trim();
  if (!text) return { share: new Decimal(1) };
  const n = (parseAmount(text.replace(/[%％]$/, ""))?.value ?? "").replace(/^\+/, "");
  if (!DECIMAL_TEXT.test(n) || new Decimal(n).lt(0) || new Decimal(n).gt(100)) {
    return {
      problem: {
        pointer: sharePointer(index),
        ...b("请填写 0 到 100 之间的百分比，例如 60", "Enter a percentage from 0 to 100, e.g. 60"),
      },
    };
  }
  return { share: new Decimal(n).div(100) };
}

/** Units of each month split by a share: the warehouse's rounded half up, the parcels' the rest. */
function splitUnits(units: unknown, share: Decimal): [unknown, unknown] | undefined {
  const all = Array.isArray(units) ? units : [units];
  if (!all.every((u) => Number.isInteger(u) && (u as number) >= 0)) return undefined;
  const warehouse = all.map((u) => Number(share.times(u as number).toFixed(0, Decimal.ROUND_HALF_UP)));
  const direct = all.map((u, m) => (u as number) - warehouse[m]);
  return Array.isArray(units) ? [warehouse, direct] : [warehouse[0], direct[0]];
}

/** The parcel postage per unit in CNY: the seller's, else the typical air parcel at the form's rate. */
function parcelFreight(
  scenario: Wire,
  index: number,
  values: Record<string, string | undefined>,
): { value: string } | { problem: FieldProblem } {
  const pointer = `/productLines/${index}/directFreight`;
  const text = (values[`l${index}.directFreight`] ?? "").trim();
  if (text) {
    const amount = parseAmount(text);
    if (!amount || amount.value.startsWith("-")) return { problem: { pointer, ...NOT_A_NUMBER } };
    if (amount.currency && amount.currency !== "CNY") {
      const spot = spotOf(scenario, amount.currency);
      if (!spot) return { problem: { pointer, ...b("请按人民币填写", "Enter it in CNY") } };
      return { value: spot.times(amount.value).toFixed() };
    }
    return { value: amount.value };
  }
  const usd = spotOf(scenario, "USD");
  if (!usd) return { problem: { pointer, ...b("请填写直邮每件运费", "Enter the parcel postage per unit") } };
  return { value: usd.times(TYPICAL_PARCEL_USD).toFixed() };
}

/**
 * A 9810 line sold partly through the overseas warehouse and partly as 9610 parcels becomes the
 * product's two channels: the line keeps the warehouse's units, and a copy appended after the
 * form's lines carries the parcels (customs code 9610, air timing, no warehouse costs, the parcel
 * postage as its freight). `origins` says which form line each appended line comes from.
 */
export function splitByWarehouse(
  scenario: Wire,
  lineCount: number,
  values: Record<string, string | undefined>,
): { problems: FieldProblem[]; origins: number[] } {
  const problems: FieldProblem[] = [];
  const origins: number[] = [];
  const en = values.lang === "en";
  for (let i = 0; i < lineCount; i++) {
    const line = lines(scenario)[i];
    if (line.customsCode !== "9810") continue;
    const found = warehouseShare(values, i);
    if ("problem" in found) {
      problems.push(found.problem);
      continue;
    }
    if (found.share.eq(1)) continue;
    const units = splitUnits(line.monthlyUnits, found.share);
    const freight = parcelFreight(scenario, i, values);
    if ("problem" in freight) problems.push(freight.problem);
    if (!units || "problem" in freight) continue;
    const direct = parcelsOf(scenario, line, units[1], freight.value);
    const name = String(line.name ?? "");
    const pct = found.share.times(100).toFixed();
    const rest = new Decimal(100).minus(pct).toFixed();
    if (found.share.isZero()) {
      Object.assign(line, direct);
      continue;
    }
    line.monthlyUnits = units[0];
    line.name = en ? `${name} (overseas warehouse ${pct}%)` : `${name}（海外仓 ${pct}%）`;
    direct.name = en ? `${name} (parcels ${rest}%)` : `${name}（直邮 ${rest}%）`;
    (scenario.productLines as Wire[]).push(direct);
    origins.push(i);
  }
  return { problems, origins };
}

/** The parcel channel of a line: its copy shipped as 9610 parcels. */
function parcelsOf(scenario: Wire, line: Wire, units: unknown, freight: string): Wire {
  const timing = (line.timing ?? scenario.timing) as Wire | undefined;
  const costs = Array.isArray(line.overseasCosts) ? (line.overseasCosts as Wire[]) : [];
  return {
    ...JSON.parse(JSON.stringify(line)),
    customsCode: "9610",
    monthlyUnits: units,
    freightPerUnit: freight,
    overseasCosts: costs.filter((c) => !WAREHOUSE_COSTS.includes(String(c.category))),
    ...(timing ? { timing: { ...timing, ...DIRECT_TIMING } } : {}),
  };
}

/** Problems the API finds on an appended channel line, said on the form line it comes from. */
export function onFormLines(problems: FieldProblem[], lineCount: number, origins: number[]): FieldProblem[] {
  const seen = new Set<string>();
  return problems.flatMap((p) => {
    const m = /^\/productLines\/(\d+)(\/.*)?$/.exec(p.pointer);
    const k = m ? Number(m[1]) : -1;
    const pointer =
      k >= lineCount && origins[k - lineCount] !== undefined
        ? `/productLines/${origins[k - lineCount]}${m?.[2] ?? ""}`
        : p.pointer;
    const key = `${pointer} ${p.zh}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ ...p, pointer }];
  });
}

/**
 * Whether the form fills a line's empty costs from the marketplace fee table: only a line whose
 * base states no costs of its own (the blank form, an added product). A preset or a shared
 * scenario that states its costs keeps them, an empty input there meaning 0 as before.
 */
export function fillsFees(baseLine: unknown): boolean {
  if (!isWire(baseLine)) return true;
  return !Array.isArray(baseLine.overseasCosts) || baseLine.overseasCosts.length === 0;
}

/** A line's price in USD (the fee table's bands are in USD), at the form's rates. */
export function priceInUsd(scenario: Wire, line: Wire): Decimal | undefined {
  const price = String(line.sellingPrice ?? "");
  if (!DECIMAL_TEXT.test(price)) return undefined;
  const currency = String(line.currency ?? "");
  if (currency === "USD") return new Decimal(price);
  const own = spotOf(scenario, currency);
  const usd = spotOf(scenario, "USD");
  return own && usd ? own.times(price).div(usd) : undefined;
}

/** A USD amount a unit in the line's sale currency, to the cent, at the form's rates. */
function inSaleCurrency(scenario: Wire, line: Wire, usd: string): string | undefined {
  const currency = String(line.currency ?? "");
  if (currency === "USD") return usd;
  const own = spotOf(scenario, currency);
  const dollar = spotOf(scenario, "USD");
  return own && dollar ? dollar.times(usd).div(own).toFixed(2, Decimal.ROUND_HALF_UP) : undefined;
}

/** The fee-table costs of a marketplace line, for the form to fill or show. */
export function lineFees(scenario: Wire, line: Wire): FeeDefault[] {
  const sales = isWire(line.sales) ? line.sales : {};
  if (sales.channel !== "marketplace") return [];
  return feeDefaults(String(sales.payoutRule ?? ""), String(line.hsCode ?? ""), priceInUsd(scenario, line));
}

/** A fee as the cost input shows it: a share of sales as a fraction, a unit cost in the sale currency. */
export function feeValue(scenario: Wire, line: Wire, fee: FeeDefault): string | undefined {
  return fee.part === "perUnit" ? inSaleCurrency(scenario, line, fee.value) : fee.value;
}

/**
 * Fills the costs a seller left empty on a line the fee table serves: the marketplace's commission,
 * fulfilment and storage, and the ads assumption. Never a silent zero for a fee the marketplace
 * always charges; what is filled is shown beside the input and in the report's assumptions.
 */
export function fillMarketplaceFees(
  scenario: Wire,
  index: number,
  values: Record<string, string | undefined>,
): void {
  const line = lines(scenario)[index];
  const costs = Array.isArray(line.overseasCosts) ? (line.overseasCosts as Wire[]) : [];
  for (const fee of lineFees(scenario, line)) {
    if ((values[`l${index}.costs.${fee.category}`] ?? "").trim()) continue;
    const item = costs.find((c) => isWire(c) && c.category === fee.category);
    const value = feeValue(scenario, line, fee);
    if (item && value !== undefined) item[fee.part] = value;
  }
}

/**
 * The code the form writes for a product whose HS code the seller does not know. HS chapters run
 * from 01, so 0000 is no real code; the line carries its rates, so no table is looked up for it.
 */
export const UNKNOWN_HS_CODE = "0000";
/**
 * The usual rates for goods the refund-rate table does not list: VAT 13%, refund 13%. Since
 * 财政部 税务总局 海关总署公告2019年第39号 most manufactured goods are taxed at 13% and refunded at
 * 13%, and every group of the table that has not had its refund cut carries 13%/13%.
 */
export const USUAL_RATES = { vatRate: "0.13", refundRate: "0.13" };

const DONT_KNOW = /^(不知道|不清楚|不确定|没有|unknown|don'?t know|\?|？)$/i;

/** Whether the dated refund-rate table lists a code at all (any row of a matching prefix). */
export function listedCode(hsCode: string): boolean {
  const found = findRefundRate(CASHFLOW_RULES.tax.refundRates, hsCode, "9999-12-31");
  return found.found || found.reason !== "unknown-code";
}

/**
 * An HS code left empty or answered 不知道 becomes UNKNOWN_HS_CODE, and such a line, or one whose code
 * the table does not list, takes the usual rates for the rates the seller left empty. The report's
 * assumptions say so.
 */
export function usualRates(scenario: Wire, index: number, values: Record<string, string | undefined>): void {
  const line = lines(scenario)[index];
  const text = (values[`l${index}.hsCode`] ?? "").trim();
  if (!text || DONT_KNOW.test(text)) line.hsCode = UNKNOWN_HS_CODE;
  const code = String(line.hsCode ?? "");
  if (code !== UNKNOWN_HS_CODE && (!/^\d{4,10}$/.test(code) || listedCode(code))) return;
  if (line.vatRate === undefined) line.vatRate = USUAL_RATES.vatRate;
  if (line.refundRate === undefined) line.refundRate = USUAL_RATES.refundRate;
}

/** Reported scenario figures (Decimals) as the wire strings the stages above read. */
interface ReadLine {
  name: string;
  hsCode: string;
  currency: string;
  sellingPrice: { toFixed(): string };
  vatRate?: { toFixed(): string };
  refundRate?: { toFixed(): string };
  sales: { channel: string; payoutRule?: string };
  overseasCosts: { category: string; perUnit: { toFixed(): string }; shareOfSales: { toFixed(): string } }[];
}

/** What the report says a line's rates rest on, when the form assumed them (else undefined). */
export function ratesAssumed(line: ReadLine): "unknown-code" | "unlisted-code" | undefined {
  const usual = line.vatRate?.toFixed() === "0.13" && line.refundRate?.toFixed() === "0.13";
  if (line.hsCode === UNKNOWN_HS_CODE) return "unknown-code";
  return usual && !listedCode(line.hsCode) ? "unlisted-code" : undefined;
}

/** Each overseas cost of a line with the fee-table entry it equals, if any (the form's default). */
export function costsWithSources(
  rates: { currency: string; spot: { toFixed(): string } }[],
  line: ReadLine,
): { category: string; text: string; fee?: FeeDefault }[] {
  const wire: Wire = { fx: { rates: rates.map((r) => ({ currency: r.currency, spot: r.spot.toFixed() })) } };
  const lineWire: Wire = {
    hsCode: line.hsCode,
    currency: line.currency,
    sellingPrice: line.sellingPrice.toFixed(),
    sales: line.sales,
  };
  const fees = lineFees(wire, lineWire);
  return line.overseasCosts.flatMap((c) => {
    const share = c.shareOfSales.toFixed();
    const perUnit = c.perUnit.toFixed();
    if (share === "0" && perUnit === "0") return [];
    const text = [
      share !== "0" ? `${new Decimal(share).times(100).toFixed()}%` : "",
      perUnit !== "0" ? `${perUnit} ${line.currency}` : "",
    ]
      .filter(Boolean)
      .join(" + ");
    const fee = fees.find((f) => {
      if (f.category !== c.category) return false;
      const value = feeValue(wire, lineWire, f);
      return value !== undefined && new Decimal(value).eq(f.part === "perUnit" ? perUnit : share);
    });
    return [{ category: c.category, text, fee }];
  });
}

/**
 * A declared value left empty: the unit cost in the sale currency at the form's rate, to the cent.
 * The cautious choice: the FOB value is at least the cost, and a lower value claims a smaller refund.
 */
export function declaredAtCost(scenario: Wire, index: number): void {
  const line = lines(scenario)[index];
  if (line.declaredUnitValue !== undefined) return;
  const cost = String(line.unitCost ?? "");
  const spot = spotOf(scenario, String(line.currency ?? ""));
  if (!DECIMAL_TEXT.test(cost) || !spot) return;
  line.declaredUnitValue = new Decimal(cost).div(spot).toFixed(2, Decimal.ROUND_HALF_UP);
}

/**
 * Whether the form may propose a typical price and cost for a line: only one whose base states
 * neither (the blank form, an added product). A preset or a shared link keeps its own.
 */
export function fillsTypical(baseLine: unknown): boolean {
  if (!isWire(baseLine)) return true;
  return !String(baseLine.sellingPrice ?? "") && !String(baseLine.unitCost ?? "");
}

/** The typical price and cost of a line's goods: price in the sale currency to the cent, cost in CNY to the fen. */
export function typicalFigures(
  scenario: Wire,
  line: { name: string; hsCode: string; currency: string; sellingPrice?: string },
): { goods: TypicalGoods; price: string; cost: string } | undefined {
  const goods = typicalGoodsOf(line.name, line.hsCode);
  if (!goods) return undefined;
  const own = spotOf(scenario, line.currency);
  const theirs = spotOf(scenario, goods.currency);
  if (!own || !theirs) return undefined;
  const price = line.sellingPrice ?? theirs.times(goods.price).div(own).toFixed(2, Decimal.ROUND_HALF_UP);
  const cost = own.times(price).times(goods.costShare).toFixed(2, Decimal.ROUND_HALF_UP);
  return { goods, price, cost };
}

const priceFilled = (values: Record<string, string | undefined>, i: number, key: string) =>
  (values[`l${i}.${key}`] ?? "").trim() !== "";

/**
 * A price or unit cost left empty on a line the form may fill: the typical figure of the goods the
 * line names (units then follow from the sales at that price). Goods the table does not know get a
 * plain request for the price, never a silent default.
 */
export function fillTypical(
  scenario: Wire,
  index: number,
  values: Record<string, string | undefined>,
): FieldProblem[] {
  const line = lines(scenario)[index];
  const ownPrice = priceFilled(values, index, "sellingPrice");
  if (ownPrice && priceFilled(values, index, "unitCost")) return [];
  const price = String(line.sellingPrice ?? "");
  const found = typicalFigures(scenario, {
    name: String(line.name ?? ""),
    hsCode: String(line.hsCode ?? ""),
    currency: String(line.currency ?? ""),
    sellingPrice: ownPrice && DECIMAL_TEXT.test(price) ? price : undefined,
  });
  if (!found) {
    const key = ownPrice ? "unitCost" : "sellingPrice";
    return [
      {
        pointer: `/productLines/${index}/${key}`,
        ...(ownPrice
          ? b(
              "请填写每件成本（无法从产品名称判断典型值）",
              "Enter the cost per unit (no typical figure for these goods)",
            )
          : b(
              "请填写每件售价（无法从产品名称判断典型值）",
              "Enter the price per unit (no typical figure for these goods)",
            )),
      },
    ];
  }
  if (!ownPrice) line.sellingPrice = found.price;
  if (!priceFilled(values, index, "unitCost")) line.unitCost = found.cost;
  return [];
}

/** Which of a reported line's price and cost equal the typical figures of its goods (the form's default). */
export function typicalAssumed(
  rates: { currency: string; spot: { toFixed(): string } }[],
  line: {
    name: string;
    hsCode: string;
    currency: string;
    sellingPrice: { toFixed(): string };
    unitCost: { toFixed(): string };
  },
): { goods: TypicalGoods; price: boolean; cost: boolean } | undefined {
  const wire: Wire = { fx: { rates: rates.map((r) => ({ currency: r.currency, spot: r.spot.toFixed() })) } };
  const typical = typicalFigures(wire, { name: line.name, hsCode: line.hsCode, currency: line.currency });
  if (!typical) return undefined;
  const own = typicalFigures(wire, { ...line, sellingPrice: line.sellingPrice.toFixed() });
  const price = new Decimal(typical.price).eq(line.sellingPrice.toFixed());
  const cost = own !== undefined && new Decimal(own.cost).eq(line.unitCost.toFixed());
  return price || cost ? { goods: typical.goods, price, cost } : undefined;
}
