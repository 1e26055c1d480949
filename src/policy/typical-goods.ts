import goodsJson from "../../seeds/typical-goods.json";

/**
 * Typical prices and purchase costs by kind of goods (seeds/typical-goods.json), from the presets and
 * their sources. The web form proposes them when a seller leaves the price or cost empty; they are
 * assumptions, never a ruleset's data.
 */

type Words = { zh: string; en: string };
export interface TypicalGoods {
  name: Words;
  keywords: string[];
  hsPrefixes: string[];
  /** A unit's selling price, in `currency`. */
  price: string;
  currency: string;
  /** The purchase cost as a fraction of the selling price. */
  costShare: string;
  source: string;
}

export const TYPICAL_GOODS = (goodsJson as { categories: TypicalGoods[] }).categories;

/** The kind of goods a product's name or HS code names, if the table knows it. */
export function typicalGoodsOf(name: string, hsCode: string): TypicalGoods | undefined {
  const lower = name.toLowerCase();
  return (
    TYPICAL_GOODS.find((c) => c.keywords.some((k) => lower.includes(k.toLowerCase()))) ??
    TYPICAL_GOODS.find((c) => c.hsPrefixes.some((p) => hsCode.startsWith(p)))
  );
}
