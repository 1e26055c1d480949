import { decimalOf, type Fixed, fixedOf, mul, UNIT } from "../fixed";
import { forwardRate } from "../fx/forward";
import { garmanKohlhagen } from "../fx/options";
import { applyOptionWaiver, handlingFee } from "../fx/waiver";
import { dec, fromFloat, ZERO } from "../money";
import { type LineSetup, memo, type NormalisedLine, newLedger, type ProjectionInputs } from "./inputs";
import type { Ledger } from "./ledger";
import type { Converted } from "./remittances";

/** Premium and handling fee (CNY) of the put bought on a batch's hedged receipts. */
export interface PutCost {
  premium: Fixed;
  fee: Fixed;
}

/** When a share of a batch's money arrives (a put's term is measured on these). */
export interface Arrival {
  payDay: number;
  share: number;
}

/**
 * How the hedged part of a receipt converts: at the outright forward for its term (the FX domain's
 * covered-parity rate, once per currency and term), at the put's strike when it beats the bid, else
 * at the bid.
 */
export function hedgeConverter(inputs: ProjectionInputs) {
  const { fx } = inputs.scenario;
  const forwardOf = memo((key) => {
    const [currency, days] = key.split("|");
    const rate = fx.rates.find((r) => r.currency === currency)!;
    return fixedOf(
      forwardRate(rate.spot, fx.domesticRate, rate.foreignRate, Number(days), "ACT/365F", rate.dayCount)
        .forward,
    );
  });
  return (setup: LineSetup, hedged: Fixed, days: number): Converted => {
    if (hedged === 0n) return { cny: 0n, spread: 0n };
    if (fx.hedge.strategy === "forward") {
      const forward = forwardOf(`${setup.line.currency}|${Math.max(1, days)}`);
      const dealt = mul(forward, UNIT - inputs.bidSpread);
      return { cny: mul(hedged, dealt), spread: mul(hedged, forward - dealt) };
    }
    // On the flat spot path a put is exercised when its strike beats the bank's bid.
    if (setup.strike !== null && setup.strike > setup.bid)
      return { cny: mul(hedged, setup.strike), spread: 0n };
    return { cny: mul(hedged, setup.bid), spread: mul(hedged, setup.mid - setup.bid) };
  };
}

/**
 * The put bought on a batch's hedged receipts, for their average time to arrival: premium by
 * Garman-Kohlhagen in floating point kept to 8 decimals, handling fee on the CNY notional.
 */
export function putOfBatch(
  inputs: ProjectionInputs,
  line: NormalisedLine,
  units: bigint,
  shipDay: number,
  arrivals: readonly Arrival[],
): PutCost {
  const { fx } = inputs.scenario;
  const { unit, rate, setup } = line;
  const exposurePerUnit = line.payout ? unit.netPrice - unit.nettable : unit.sellingPrice;
  const notional = mul(exposurePerUnit * units, inputs.hedgeRatio);
  const days = arrivals.reduce((sum, a) => sum + a.share * Math.max(1, a.payDay - shipDay), 0);
  const price = garmanKohlhagen({
    type: "put",
    spot: rate.spot.toNumber(),
    strike: line.strikeDecimal!.toNumber(),
    domesticRate: fx.domesticRate.toNumber(),
    foreignRate: rate.foreignRate.toNumber(),
    years: days / 365,
    vol: rate.vol.toNumber(),
  }).price;
  return {
    premium: mul(notional, fixedOf(dec(fromFloat(price, 8)))),
    fee: fixedOf(
      handlingFee(decimalOf(mul(notional, setup.mid)), {
        rate: fx.hedge.handlingFeeRate,
        minimum: ZERO,
        fixed: ZERO,
      }),
    ),
  };
}

/** The waiver rules applied to the firm's first option deal (premium and fee in CNY). */
export function firstDealWaiver(inputs: ProjectionInputs, put: PutCost) {
  return applyOptionWaiver(
    {
      product: "bought-option",
      premium: decimalOf(put.premium),
      handlingFee: decimalOf(put.fee),
      margin: ZERO,
    },
    { size: inputs.scenario.company.size, firstDerivativeWithBank: true },
    inputs.rules.optionWaivers,
  );
}

/**
 * The waiver switch's part of the ledger: each put's premium and fee paid at shipment, the firm's
 * first deal (when it has never hedged) at its waived cost when the switch is on.
 */
export function hedgingLedger(
  inputs: ProjectionInputs,
  putsByShipment: readonly { shipDay: number; put: PutCost | null }[],
  waiver: boolean,
): Ledger {
  const ledger = newLedger(inputs);
  let first = inputs.scenario.company.firstTimeHedger;
  for (const batch of putsByShipment) {
    if (!batch.put) continue;
    let cost = batch.put.premium + batch.put.fee;
    if (first) {
      const outcome = firstDealWaiver(inputs, batch.put);
      if (waiver && outcome.applied.length > 0) cost = fixedOf(outcome.after.cost);
      first = false;
    }
    ledger.addDay(batch.shipDay, "hedging", -cost);
  }
  return ledger;
}
