/** The export tax engine: pure functions over Decimals, with the rules passed in. */
export * from "./cit";
export * from "./exportVat";
export * from "./incomeTax";
export * from "./refundRates";
export * from "./regime";
export * from "./rules";
export * from "./smallScaleRelief";
export * from "./surtax";
export * from "./timing";
export * from "./vat";
