import presetsJson from "../../seeds/presets.json";

/**
 * The golden cases: every preset as it is, plus variants that each touch one versioned behaviour.
 * A variant is a preset and a patch: JSON pointers (RFC 6901) into the preset's scenario and the
 * values to put there. The same scenarios are computed under every ruleset the server carries;
 * tests/golden/<ruleset>/<case>.json holds the answer, byte for byte (`npm run golden`).
 * Kept free of src/ imports, so that an older checkout's code can compute the same cases.
 */
export interface GoldenCase {
  name: string;
  preset: string;
  patch?: Record<string, unknown>;
}

const LED = "guzhen-led-9810-amazon";
const SHAXI = "shaxi-apparel-9610-no-invoice";
const DACHONG = "dachong-furniture-0110-factoring";
const NANTOU = "nantou-appliance-9710-first-option";
const LIGHTING = "guzhen-lighting-1039-market-procurement";

const forward = { "/fx/hedge/strategy": "forward", "/fx/hedge/ratio": "0.8" };

/** The Shaxi T-shirt line sold in another currency (price and customs value in that currency). */
function inCurrency(currency: string, spot: string, foreignRate: string, price: string) {
  return {
    "/productLines/0/currency": currency,
    "/productLines/0/sellingPrice": price,
    "/productLines/0/declaredUnitValue": price,
    "/fx/rates/0/currency": currency,
    "/fx/rates/0/spot": spot,
    "/fx/rates/0/foreignRate": foreignRate,
    ...forward,
  };
}

/** The patch a preset's variant applies from a ruleset on (seeds/presets.json `rulesetVariants`). */
function variantPatch(preset: string, from: string): Record<string, unknown> {
  const seeds = (
    presetsJson as { presets: { id: string; rulesetVariants?: { from: string; patch: object }[] }[] }
  ).presets;
  const variant = seeds.find((p) => p.id === preset)?.rulesetVariants?.find((v) => v.from === from);
  if (!variant) throw new Error(`golden cases: preset ${preset} has no variant from ${from}`);
  return variant.patch as Record<string, unknown>;
}

const PRESET_CASES: GoldenCase[] = (presetsJson as { presets: { id: string }[] }).presets.map((p) => ({
  name: p.id,
  preset: p.id,
}));

const VARIANTS: GoldenCase[] = [
  // currencies, each with a forward hedge (the foreign rate's day count)
  { name: "fx-usd-forward", preset: SHAXI, patch: forward },
  { name: "fx-eur-forward", preset: SHAXI, patch: inCurrency("EUR", "7.7000", "0.020", "13.99") },
  { name: "fx-gbp-forward", preset: SHAXI, patch: inCurrency("GBP", "9.0000", "0.045", "11.99") },
  { name: "fx-jpy-forward", preset: SHAXI, patch: inCurrency("JPY", "0.0475", "0.004", "2200") },
  { name: "fx-hkd-forward", preset: SHAXI, patch: inCurrency("HKD", "0.9100", "0.035", "116") },
  { name: "fx-mxn-forward", preset: SHAXI, patch: inCurrency("MXN", "0.3900", "0.095", "270") },
  {
    name: "fx-mxn-forward-day-count-named",
    preset: SHAXI,
    patch: { ...inCurrency("MXN", "0.3900", "0.095", "270"), "/fx/rates/0/dayCount": "ACT/360" },
  },
  // Issue 18's probe: the LED preset sold in GBP at the preset's rates, all of it sold forward.
  {
    name: "issue-18-probe-gbp-forward-led",
    preset: LED,
    patch: {
      ...Object.fromEntries([0, 1, 2, 3, 4].map((i) => [`/productLines/${i}/currency`, "GBP"])),
      "/fx/rates/0/currency": "GBP",
      "/fx/hedge/strategy": "forward",
      "/fx/hedge/ratio": "1",
    },
  },
  // the Shaxi preset as 2026.12.1 serves it: the training subsidy estimated and paid to the workers
  { name: "shaxi-training-subsidy-to-workers", preset: SHAXI, patch: variantPatch(SHAXI, "2026.12.1") },
  // put hedges, with and without the first-option waiver
  { name: "put-waived", preset: NANTOU },
  { name: "put-without-waiver", preset: NANTOU, patch: { "/measures/optionFeeWaiver": false } },
  {
    name: "put-usd-not-first-time",
    preset: DACHONG,
    patch: {
      "/fx/hedge/strategy": "put",
      "/fx/hedge/ratio": "0.5",
      "/fx/hedge/strikeRatio": "0.97",
      "/measures/optionFeeWaiver": true,
    },
  },
  // customs modes other than the presets' own
  { name: "customs-9610-as-0110", preset: SHAXI, patch: { "/productLines/0/customsCode": "0110" } },
  { name: "customs-9810-as-9710", preset: LED, patch: { "/productLines/0/customsCode": "9710" } },
  { name: "customs-0110-as-9810", preset: DACHONG, patch: { "/productLines/0/customsCode": "9810" } },
  { name: "customs-1039-as-9610", preset: LIGHTING, patch: { "/productLines/0/customsCode": "9610" } },
  // B2B terms
  {
    name: "b2b-deposit-and-balance",
    preset: DACHONG,
    patch: {
      "/productLines/0/sales/terms": [
        { share: "0.3", daysAfterShipment: -30 },
        { share: "0.7", daysAfterShipment: 45 },
      ],
    },
  },
  // VAT payer and company kind
  { name: "shaxi-general-payer", preset: SHAXI, patch: { "/company/vatPayer": "general" } },
  { name: "dachong-small-scale", preset: DACHONG, patch: { "/company/vatPayer": "small_scale" } },
  { name: "lighting-manufacturer", preset: LIGHTING, patch: { "/company/kind": "manufacturer" } },
  { name: "dachong-trader", preset: DACHONG, patch: { "/company/kind": "trader" } },
  // earlier years: the dated tax rules (surtax halving, small low-profit bands, regime dates)
  { name: "shaxi-from-2020", preset: SHAXI, patch: { "/startDate": "2020-01-01", "/grants": [] } },
  {
    name: "dachong-small-scale-from-2021",
    preset: DACHONG,
    patch: { "/startDate": "2021-01-01", "/company/vatPayer": "small_scale" },
  },
  { name: "led-from-2019-04", preset: LED, patch: { "/startDate": "2019-04-01" } },
  { name: "lighting-from-2027-07", preset: LIGHTING, patch: { "/startDate": "2027-07-01" } },
  {
    name: "shaxi-taxed-from-2027-07",
    preset: SHAXI,
    patch: { "/startDate": "2027-07-01", "/grants": [], "/measures/noInvoiceExemption": false },
  },
  {
    name: "shaxi-taxed-from-2019-04",
    preset: SHAXI,
    patch: { "/startDate": "2019-04-01", "/grants": [], "/measures/noInvoiceExemption": false },
  },
  // refused (422): the dated refund-rate table starts on 2019-04-01
  { name: "led-before-the-refund-table", preset: LED, patch: { "/startDate": "2019-01-01" } },
  { name: "lighting-from-2022", preset: LIGHTING, patch: { "/startDate": "2022-07-01" } },
  // line inputs: stated rates, units by month, an ordinary invoice, an invoice-less general trader
  {
    name: "led-line-rates-stated",
    preset: LED,
    patch: { "/productLines/0/vatRate": "0.13", "/productLines/0/refundRate": "0.09" },
  },
  {
    name: "shaxi-units-by-month",
    preset: SHAXI,
    patch: {
      "/productLines/0/monthlyUnits": [0, 2000, 4000, 6000, 8000, 9000, 9000, 12000, 15000, 9000, 6000, 4000],
    },
  },
  {
    name: "dachong-ordinary-invoice",
    preset: DACHONG,
    patch: { "/productLines/0/purchaseInvoice": "ordinary", "/productLines/0/invoiceVatRate": "0.03" },
  },
  {
    name: "lighting-no-invoice",
    preset: LIGHTING,
    patch: { "/productLines/0/purchaseInvoice": "none", "/productLines/0/invoiceVatRate": "0" },
  },
  // a long horizon, a second currency, supply-chain products of every kind
  { name: "dachong-60-months", preset: DACHONG, patch: { "/horizonMonths": 60 } },
  {
    name: "led-second-currency-eur",
    preset: LED,
    patch: {
      "/productLines/1/currency": "EUR",
      "/fx/rates/1": { currency: "EUR", spot: "7.7000", foreignRate: "0.020", vol: "0.06" },
      "/fx/hedge/strategy": "put",
      "/fx/hedge/ratio": "0.5",
      "/fx/hedge/strikeRatio": "0.99",
    },
  },
  {
    name: "nantou-every-product-financed",
    preset: NANTOU,
    patch: {
      "/minimumCash": "3000000",
      "/measures/supplyChainFinance": true,
      "/financing/products": [
        { product: "tax-refund-loan", annualRate: "0.032", advanceRate: "0.8", feeRate: "0" },
        { product: "payout-advance", annualRate: "0.08", advanceRate: "0.5", feeRate: "0" },
        { product: "factoring", annualRate: "0.038", advanceRate: "0.8", feeRate: "0.003" },
        { product: "order-financing", annualRate: "0.045", advanceRate: "0.6", feeRate: "0.002" },
      ],
    },
  },
  // supply-chain finance and each measure switch off
  { name: "led-no-supply-chain-finance", preset: LED, patch: { "/measures/supplyChainFinance": false } },
  {
    name: "dachong-no-supply-chain-finance",
    preset: DACHONG,
    patch: { "/measures/supplyChainFinance": false },
  },
  { name: "led-no-netting", preset: LED, patch: { "/measures/netting": false } },
  { name: "led-no-departure-refund", preset: LED, patch: { "/measures/departureRefund": false } },
  { name: "shaxi-no-invoice-exemption-off", preset: SHAXI, patch: { "/measures/noInvoiceExemption": false } },
  { name: "shaxi-deemed-profit-off", preset: SHAXI, patch: { "/measures/deemedProfitTax": false } },
  {
    name: "led-all-measures-off",
    preset: LED,
    patch: {
      "/measures": {
        netting: false,
        noInvoiceExemption: false,
        deemedProfitTax: false,
        optionFeeWaiver: false,
        supplyChainFinance: false,
        departureRefund: false,
      },
    },
  },
];

export const GOLDEN_CASES: readonly GoldenCase[] = [...PRESET_CASES, ...VARIANTS];

/** The scenario of a case: its preset's scenario with the patch applied (the preset is not touched). */
export function scenarioOf(c: GoldenCase): Record<string, unknown> {
  const preset = (presetsJson as { presets: { id: string; scenario: unknown }[] }).presets.find(
    (p) => p.id === c.preset,
  );
  if (!preset) throw new Error(`golden case ${c.name}: no preset ${c.preset}`);
  const scenario = structuredClone(preset.scenario) as Record<string, unknown>;
  for (const [pointer, value] of Object.entries(c.patch ?? {})) {
    const keys = pointer.split("/").slice(1);
    const last = keys.pop();
    let at: any = scenario;
    for (const key of keys) {
      if (at?.[key] === undefined) throw new Error(`golden case ${c.name}: ${pointer} is not in the preset`);
      at = at[key];
    }
    if (last === undefined) throw new Error(`golden case ${c.name}: empty pointer`);
    at[last] = structuredClone(value);
  }
  return scenario;
}
