import stdlibNormalCdf from "@stdlib/stats-base-dists-normal-cdf";

/**
 * Standard normal CDF, accurate to double precision (stdlib's erfc, a port of FreeBSD's).
 * A textbook 1e-7 polynomial would miss Haug's four-decimal tables; this one does not.
 */
export function normalCdf(x: number): number {
  return stdlibNormalCdf(x, 0, 1);
}

const INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);

/** Standard normal density. */
export function normalPdf(x: number): number {
  return INV_SQRT_2PI * Math.exp(-0.5 * x * x);
}
