import { type OptionInputs, type PricingModel, pricer, valueOption } from "../../src/domain/fx/options";
import { type Timing, time } from "./stats";

/** The American call (S 7.411, K 6.7079, rd 0.8%, rf 3.48%, vol 16.91%, 469 days). */
const AMERICAN_CALL: OptionInputs = {
  type: "call",
  spot: 7.411,
  strike: 6.7079,
  domesticRate: 0.008,
  foreignRate: 0.0348,
  vol: 0.1691,
  years: 469 / 365,
};

/**
 * An exporter's USD put while CNY rates are below USD ones (rd 1.5%, rf 4.3%, a year): r < q in the
 * put's terms, the Andersen–Lake–Offengelder method's slower node set (american.ts, ALO_SCHEMES).
 */
const EXPORTER_PUT: OptionInputs = {
  type: "put",
  spot: 7.1,
  strike: 7.2,
  domesticRate: 0.015,
  foreignRate: 0.043,
  vol: 0.05,
  years: 1,
};

export interface FxPricingTiming extends Timing {
  name: string;
}

/** Time per price and per price-with-greeks of each option model, in-process (domain only). */
export async function timeFxPricing(): Promise<FxPricingTiming[]> {
  const models: { model: PricingModel; style: "european" | "american" }[] = [
    { model: "garman-kohlhagen", style: "european" },
    { model: "andersen-lake-offengelder", style: "american" },
    { model: "barone-adesi-whaley", style: "american" },
    { model: "lattice", style: "american" },
  ];
  const out: FxPricingTiming[] = [];
  for (const { model, style } of models) {
    const choice = { model, style, latticeSteps: 801 };
    const price = pricer(choice);
    out.push({
      name: `${model} price (${style} call, 469 days)`,
      ...(await time(() => price(AMERICAN_CALL))),
    });
    out.push({
      name: `${model} price with greeks`,
      ...(await time(() => valueOption(AMERICAN_CALL, choice))),
    });
    if (model === "andersen-lake-offengelder") {
      out.push({
        name: `${model} price (american put, rd < rf, 1 year)`,
        ...(await time(() => price(EXPORTER_PUT))),
      });
      out.push({
        name: `${model} price with greeks (that put)`,
        ...(await time(() => valueOption(EXPORTER_PUT, choice))),
      });
    }
  }
  return out;
}
