/** Supply-chain financing: product pricing, the PBoC annualized rate, product comparison. */
export * from "./compare";
export * from "./products";
export * from "./rate";
export * from "./report";
