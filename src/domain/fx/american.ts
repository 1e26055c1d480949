import { InputError } from "../errors";
import { brent } from "./brent";
import { normalCdf as N, normalPdf as phi } from "./normal";
import type { Greeks, OptionInputs } from "./options";

/**
 * American FX options by the Andersen–Lake–Offengelder fixed-point method (Andersen, Lake &
 * Offengelder, "High-performance American option pricing", J. Comput. Finance 20(1), 2016; "ALO"
 * below), as in QuantLib's QdFpAmericanEngine (K. Spanderen, 2022):
 *
 * 1. the exercise boundary of a put B(τ) (τ = time to expiry) starts from Li's QD+ approximation,
 *    solved at Chebyshev nodes in √τ by Halley's method;
 * 2. it is stored as H(z) = ln(B/xmax)², z = 2√(τ/T) − 1, a smooth function a Chebyshev
 *    interpolation holds well, and refined by the fixed-point system B = K e^{−(r−q)τ} N(τ,B)/D(τ,B)
 *    (ALO eqs. 24 and 28), its integrals by Gauss–Legendre in √(time): one Jacobi–Newton step (ALO
 *    section 4.3), then Newton's method on the whole collocation system (below);
 * 3. the price is the European plus the early-exercise premium, an integral over the boundary by
 *    tanh–sinh quadrature.
 *
 * A call is the put with spot and strike, and the two rates, exchanged (McDonald & Schroder 1998):
 * C(S, K, rd, rf) = P(K, S, rf, rd). In put terms r is the domestic rate and q the foreign one.
 *
 * Every step has a fixed size (nodes, iterations, quadrature points), so the price is a smooth
 * function of its inputs and finite differences of it are clean.
 */

/** Resolution of the method; aloSchemeFor picks what the API uses. */
export interface AloScheme {
  /** Chebyshev nodes of the boundary (including τ = 0): ALO's n + 1. */
  nodes: number;
  /** Fixed-point iterations before the Newton steps (ALO's m); the first jacobiNewtonSteps of them Jacobi–Newton. */
  iterations: number;
  jacobiNewtonSteps: number;
  /** Newton steps on the whole collocation system of equation B after the fixed-point iterations. */
  newtonSteps: number;
  /** Gauss–Legendre points of the fixed-point integrals (ALO's l). */
  legendrePoints: number;
  /** Step of the tanh–sinh rule of the premium integral (in place of ALO's p Legendre points). */
  tanhSinhStep: number;
  /**
   * The boundary is interpolated in z = 2 (τ/T)^{1/timePower} − 1 and the fixed-point integrals
   * over [0, τ] taken in u = τ sin^{timePower}θ: 2 is ALO's √τ, 4 the fourth root (below).
   */
  timePower: 2 | 4;
}

/**
 * The API's schemes (aloSchemeFor), chosen by measurement against the method run far past them
 * (48 nodes in √τ, 30 plain fixed-point iterations, 64 Legendre points, tanh–sinh step 1/64, itself
 * within 3e-11 of a finer run) on the tests' cases (QuantLib's ten, 24 seeded random ones), 120
 * more random ones over the same ranges (strike ±20%, rates 0.2–6.2%, vol 2–32%, 0.02–3 years), a
 * wider random set (rates 0–10%, vol 1–50%, up to 5 years, strike ±30%) and a grid around r = q:
 *
 * - r ≥ q (in put terms; a call with rf ≥ rd, a put with rd ≥ rf): price within 2e-10 relative over
 *   the tests' ranges, 1.6e-8 over the wider set (prices near 1e-4), 1.2e-9 around r = q; the
 *   boundary today within 2e-7.
 * - r < q (the exporter's USD put while CNY rates are below USD ones): price within 3e-9 relative,
 *   6e-9 over the wider set, 1e-8 just below r = q at 3% vol; the boundary today within 3e-5.
 *
 * Why these sizes:
 * - Nodes: with r ≥ q the boundary goes as K(1 − σ√(τ ln 1/τ)) near expiry: H = ln(B/K)² tames
 *   it, but in ALO's √τ the Chebyshev error still falls only algebraically (12 nodes leave 2e-7, 16
 *   leave 4e-8, 20 leave 9e-9 and 1.9e-8 on another random set, 24 leave 3e-9 to 1.3e-8; QuantLib's
 *   accurate scheme, ALO's (l, m, n) = (25, 5, 13) with 14 nodes, is near 1e-7 here). In τ^{1/4} the
 *   same log term is two orders smoother: 14 nodes leave 5e-10, 16 leave 1e-10. With r < q the
 *   boundary starts at xmax = K r/q as xmax(1 − c√τ), turning to the log shape after a time that
 *   shrinks as q − r does; τ^{1/4} loses that turn (it failed to converge at q − r = 8e-4, vol 25%),
 *   √τ holds it with 24 nodes. Each scheme stays good a little across r = q (τ^{1/4} to
 *   r = q − 3e-5), so the greeks' rate bumps (1e-5) keep the base scheme.
 * - Legendre points: about as many as the nodes; fewer than 0.8 × nodes alias (24 nodes with 16
 *   points leave 5e-8), more than 20 gain nothing at 24 nodes.
 * - Iterations: ALO's Jacobi–Newton step keeps only the terms outside the integrals, so its
 *   iterations converge linearly, about a factor 4 a step (10 of them still leave 1e-7; the earlier
 *   default took 14). Newton's method with the integrals' dependence on the nodes in its Jacobian
 *   converges quadratically: one Jacobi–Newton step from QD+ (about 1e-3 off) and two Newton steps
 *   reach the scheme's own limit; from QD+ without the Jacobi–Newton step two Newton steps stop at 2e-8.
 * - Premium integral: tanh–sinh converges slowly here (the integrand vanishes like e^{−c/t} at
 *   t = 0, an essential singularity): step 1/8 leaves 3e-7, 1/12 is at the limit, 1/16 keeps a margin.
 */
export const ALO_SCHEMES = {
  rAtLeastQ: {
    nodes: 16,
    iterations: 1,
    jacobiNewtonSteps: 1,
    newtonSteps: 2,
    legendrePoints: 14,
    tanhSinhStep: 1 / 16,
    timePower: 4,
  },
  rBelowQ: {
    nodes: 24,
    iterations: 1,
    jacobiNewtonSteps: 1,
    newtonSteps: 2,
    legendrePoints: 20,
    tanhSinhStep: 1 / 16,
    timePower: 2,
  },
} as const satisfies Record<string, AloScheme>;

/**
 * The API's scheme for an option: by the sign of r − q of the put it is (see ALO_SCHEMES); with
 * q < 0 √τ too (the τ^(1/4) nodes sit so near expiry that D can vanish there).
 */
export function aloSchemeFor(o: OptionInputs): AloScheme {
  const put = asPut(o);
  return put.r >= put.q && put.q >= 0 ? ALO_SCHEMES.rAtLeastQ : ALO_SCHEMES.rBelowQ;
}

/** A put in the method's own terms: spot S, strike K, rate r earned on cash, yield q on the underlying. */
interface Put {
  S: number;
  K: number;
  r: number;
  q: number;
  vol: number;
  T: number;
}

/** The put's exercise boundary, solved once for a strike, the rates, vol and expiry. */
export interface PutBoundary {
  /** xmax, the boundary at expiry. */
  top: number;
  /** H = ln(B/xmax)² at the scheme's Chebyshev nodes; interpolated in z = 2√(τ/T) − 1. */
  H: Float64Array;
  tables: SchemeTables;
  /** B(T): below this spot, exercising today is optimal. */
  today: number;
}

/* ---------- Gauss–Legendre and tanh–sinh rules ---------- */

const legendreCache = new Map<number, { x: Float64Array; w: Float64Array }>();

/** Gauss–Legendre nodes and weights on [−1, 1] by Newton's method on P_n (Golub–Welsch would do too). */
function gaussLegendre(n: number): { x: Float64Array; w: Float64Array } {
  const cached = legendreCache.get(n);
  if (cached) return cached;
  const x = new Float64Array(n);
  const w = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let root = Math.cos((Math.PI * (i + 0.75)) / (n + 0.5));
    let derivative = 0;
    for (let iteration = 0; iteration < 100; iteration++) {
      let p0 = 1;
      let p1 = root;
      for (let k = 2; k <= n; k++) {
        const p2 = ((2 * k - 1) * root * p1 - (k - 1) * p0) / k;
        p0 = p1;
        p1 = p2;
      }
      derivative = (n * (root * p1 - p0)) / (root * root - 1);
      const step = p1 / derivative;
      root -= step;
      if (Math.abs(step) < 1e-16) break;
    }
    x[i] = root;
    w[i] = 2 / ((1 - root * root) * derivative * derivative);
  }
  const rule = { x, w };
  legendreCache.set(n, rule);
  return rule;
}

const tanhSinhCache = new Map<number, { x: Float64Array; complement: Float64Array; w: Float64Array }>();

/**
 * Tanh–sinh nodes on [−1, 1] at step h, with 1 − |x| kept exactly (the integrand's endpoints are
 * where the boundary is singular), truncated where the weights fall below 1e-20.
 */
function tanhSinh(h: number) {
  const cached = tanhSinhCache.get(h);
  if (cached) return cached;
  const x: number[] = [];
  const complement: number[] = [];
  const w: number[] = [];
  for (let k = -Math.ceil(4 / h); k <= Math.ceil(4 / h); k++) {
    const t = k * h;
    const u = (Math.PI / 2) * Math.sinh(t);
    const weight = (h * (Math.PI / 2) * Math.cosh(t)) / Math.cosh(u) ** 2;
    if (weight < 1e-20) continue;
    // 1 − tanh|u| = 2 / (1 + e^{2|u|}), without cancellation
    const rest = 2 / (1 + Math.exp(2 * Math.abs(u)));
    x.push(Math.sign(u) * (1 - rest));
    complement.push(rest);
    w.push(weight);
  }
  const rule = {
    x: Float64Array.from(x),
    complement: Float64Array.from(complement),
    w: Float64Array.from(w),
  };
  tanhSinhCache.set(h, rule);
  return rule;
}

/* ---------- the boundary as a Chebyshev interpolation of H(z) = ln(B/xmax)² ---------- */

/** Chebyshev points of the second kind, ascending: z_i = −cos(iπ/(n−1)). */
function chebyshevNodes(n: number): Float64Array {
  return Float64Array.from({ length: n }, (_, i) => -Math.cos((i * Math.PI) / (n - 1)));
}

/** Barycentric weights of the Chebyshev points of the second kind: (−1)^i, halved at the ends. */
function barycentricWeights(n: number): Float64Array {
  return Float64Array.from(
    { length: n },
    (_, i) => (i % 2 === 0 ? 1 : -1) * (i === 0 || i === n - 1 ? 0.5 : 1),
  );
}

/** The highest the put boundary reaches, at expiry: K min(1, r/q) (K when q <= 0). */
function xMax(K: number, r: number, q: number): number {
  return q > 0 ? K * Math.min(1, r / q) : K;
}

/* ---------- step 1: Li's QD+ boundary ---------- */

/**
 * Li (2005) QD+ early-exercise condition for the put at time to expiry τ, with its first two
 * derivatives in the spot (as QuantLib's QdPlusBoundaryEvaluator): its root is the QD+ boundary.
 */
function qdPlusCondition(p: Put, tau: number) {
  const { K, r, q, vol } = p;
  const sigma2 = vol * vol;
  const v = vol * Math.sqrt(tau);
  const dr = Math.exp(-r * tau);
  const dq = Math.exp(-q * tau);
  const omega = (2 * (r - q)) / sigma2;
  const root = Math.sqrt((omega - 1) ** 2 + (8 * r) / (sigma2 * (1 - dr)));
  const lambda = 0.5 * (-(omega - 1) - root);
  const lambdaPrime = (2 * r) / (sigma2 * (1 - dr) ** 2 * root);
  const alpha = (2 * dr * r) / (sigma2 * (2 * lambda + omega - 1));
  const beta = alpha * (1 / (1 - dr) + lambdaPrime / (2 * lambda + omega - 1)) - lambda;
  return (spot: number) => {
    const S = Math.max(Number.EPSILON, spot);
    const dp = Math.log((S * dq) / (K * dr)) / v + 0.5 * v;
    const dm = dp - v;
    const PhiDp = N(-dp);
    const PhiDm = N(-dm);
    const phiDp = phi(dp);
    const npv = dr * K * PhiDm - S * dq * PhiDp;
    const theta = r * K * dr * PhiDm - q * S * dq * PhiDp - ((sigma2 * S) / (2 * v)) * dq * phiDp;
    const charm = -dq * (phiDp * ((r - q) / v - dm / (2 * tau)) + q * PhiDp);
    const gap = K - S - npv;
    const value =
      Math.abs(gap) < 1e-14 * K
        ? (1 - dq * PhiDp) * S + (alpha * theta) / (dr * r)
        : (1 - dq * PhiDp) * S + (-beta + (alpha * theta) / (dr * r * gap)) * gap;
    const gamma = (phiDp * dq) / (v * S);
    const colour = gamma * (q + ((r - q) * dp) / v + (1 - dp * dm) / (2 * tau));
    return {
      value,
      slope: 1 - dq * PhiDp + (dq / v) * phiDp + beta * (1 - dq * PhiDp) + (alpha / (r * dr)) * charm,
      curvature:
        dq * (phiDp / (S * v) - (phiDp * dp) / (S * v * v)) + beta * gamma + (alpha / (r * dr)) * colour,
    };
  };
}

/** The QD+ boundary at τ by Halley's method from xmax, with Brent as the safety net. */
function qdPlusBoundary(p: Put, tau: number): number {
  const top = xMax(p.K, p.r, p.q);
  if (tau < Number.EPSILON) return top;
  const condition = qdPlusCondition(p, tau);
  const low = Number.EPSILON * 1e4 * Math.min(0.5 * (p.K + p.S), top);
  let x = top;
  for (let i = 0; i < 20; i++) {
    const { value, slope, curvature } = condition(x);
    const lf = (value * curvature) / (slope * slope);
    const next = Math.max(low, x - value / slope / (1 - 0.5 * lf));
    const done = Math.abs(next - x) < 0.5e-10 * p.K;
    x = next;
    if (done) return x;
  }
  let high = Math.max(0.5 * (top + p.S), top);
  const atLow = condition(low).value;
  for (let i = 0; i < 60 && condition(high).value * atLow > 0; i++) high *= 2;
  return brent((s) => condition(s).value, low, high, 1e-12 * p.K).root;
}

/* ---------- the scheme's tables: everything that does not depend on the option ---------- */

/**
 * Per scheme, computed once: the Chebyshev nodes z_i (τ_i = T (1 + z_i)²/4), the Gauss–Legendre
 * points of the fixed-point integrals in θ ∈ [0, π/2] (u = τ sin²θ), the tanh–sinh points of the
 * premium integral (t = T sin²θ), and for each quadrature point the row of the barycentric
 * interpolation that gives H there from the node values. None of them depends on T: a fixed-point
 * point of node i sits at z = (1 + z_i) sinθ − 1, a premium point at z = 2 cosθ − 1.
 */
interface SchemeTables {
  nodes: number;
  z: Float64Array;
  /** τ_i / T. */
  tauShare: Float64Array;
  /**
   * Fixed-point integrals over u in [0, τ], per Legendre point j: u/τ = sin^p θ_j, √(1 − u/τ), and
   * the weight times du/(τ dx).
   */
  uShare: Float64Array;
  leftRoot: Float64Array;
  duShare: Float64Array;
  /** rows[((i − 1) · points + j) · nodes + k]: weight of node value k in H at point j of node i ≥ 1. */
  rows: Float64Array;
  /** Premium integral, per tanh–sinh point: sinθ, cosθ (each kept accurate near its own end), weight × dθ/dx, row. */
  premiumSin: Float64Array;
  premiumCos: Float64Array;
  premiumWeight: Float64Array;
  premiumRows: Float64Array;
  /** Scratch space of a solve, reused by the next one (a solve runs to completion synchronously). */
  work: Workspace;
}

interface Workspace {
  /** e^{ru} and e^{qu} at every fixed-point point of every node: [(i − 1) · points + j]. */
  growR: Float64Array;
  growQ: Float64Array;
  /** Newton: the Jacobian (row-major) and residual, then the step. */
  jacobian: Float64Array;
  step: Float64Array;
  /** Newton, per point of the current node: the integrands' slopes in x and d√H/dH. */
  slopeN: Float64Array;
  slopeD: Float64Array;
  viaH: Float64Array;
  /** Newton: the current node's row of dG/dy, and √y at every node. */
  towards: Float64Array;
  root: Float64Array;
}

/** Writes into `row` the barycentric weights (Berrut & Trefethen 2004) of the node values at `at`. */
function interpolationRow(z: Float64Array, weight: Float64Array, at: number, row: Float64Array): void {
  const n = z.length;
  let total = 0;
  for (let k = 0; k < n; k++) {
    const gap = at - z[k];
    if (gap === 0) {
      row.fill(0);
      row[k] = 1;
      return;
    }
    row[k] = weight[k] / gap;
    total += row[k];
  }
  for (let k = 0; k < n; k++) row[k] /= total;
}

function schemeTablesOf(scheme: AloScheme): SchemeTables {
  const n = scheme.nodes;
  const z = chebyshevNodes(n);
  const weight = barycentricWeights(n);
  const legendre = gaussLegendre(scheme.legendrePoints);
  const points = legendre.x.length;
  const theta = Float64Array.from(legendre.x, (x) => (Math.PI / 4) * (1 + x));
  const p = scheme.timePower;
  return {
    nodes: n,
    z,
    tauShare: Float64Array.from(z, (zi) => (0.5 * (1 + zi)) ** p),
    ...fixedPointShares(theta, legendre.w, p),
    rows: fixedPointRows(z, weight, theta),
    ...premiumPoints(z, weight, scheme.tanhSinhStep, p),
    work: workspaceFor(n, points),
  };
}

/** The barycentric rows of every fixed-point point of every node i ≥ 1. */
function fixedPointRows(z: Float64Array, weight: Float64Array, theta: Float64Array): Float64Array {
  const n = z.length;
  const points = theta.length;
  const rows = new Float64Array((n - 1) * points * n);
  for (let i = 1; i < n; i++) {
    for (let j = 0; j < points; j++) {
      // (u/T)^{1/p} = (τ_i/T)^{1/p} sinθ
      const at = (1 + z[i]) * Math.sin(theta[j]) - 1;
      interpolationRow(
        z,
        weight,
        at,
        rows.subarray(((i - 1) * points + j) * n, ((i - 1) * points + j + 1) * n),
      );
    }
  }
  return rows;
}

/** Per Legendre point θ_j of the fixed-point integrals: u/τ = sin^p θ, √(1 − u/τ), the weight times du/(τ dx). */
function fixedPointShares(
  theta: Float64Array,
  legendreWeight: Float64Array,
  p: AloScheme["timePower"],
): Pick<SchemeTables, "uShare" | "leftRoot" | "duShare"> {
  return {
    uShare: Float64Array.from(theta, (t) => Math.sin(t) ** p),
    // 1 − sin^p = cos² (1 + sin² + … + sin^{p−2}), without cancellation near θ = π/2
    leftRoot: Float64Array.from(
      theta,
      (t) =>
        Math.cos(t) *
        Math.sqrt(Array.from({ length: p / 2 }, (_, k) => Math.sin(t) ** (2 * k)).reduce((a, b) => a + b)),
    ),
    duShare: Float64Array.from(
      legendreWeight,
      (wj, j) => (Math.PI / 4) * wj * p * Math.sin(theta[j]) ** (p - 1) * Math.cos(theta[j]),
    ),
  };
}

/** The premium integral's tanh–sinh points (t = T sin²θ): sinθ, cosθ, weight × dθ/dx and each one's row. */
function premiumPoints(
  z: Float64Array,
  weight: Float64Array,
  step: number,
  p: AloScheme["timePower"],
): Pick<SchemeTables, "premiumSin" | "premiumCos" | "premiumWeight" | "premiumRows"> {
  const n = z.length;
  const { x, complement, w } = tanhSinh(step);
  // θ in [0, π/2] from x in [−1, 1]; near either end take the small angle from the complement
  const near = Float64Array.from(complement, (c) => (Math.PI / 4) * c);
  const premiumSin = Float64Array.from(near, (a, i) => (x[i] < 0 ? Math.sin(a) : Math.cos(a)));
  const premiumCos = Float64Array.from(near, (a, i) => (x[i] < 0 ? Math.cos(a) : Math.sin(a)));
  const premiumRows = new Float64Array(x.length * n);
  for (let i = 0; i < x.length; i++) {
    // τ = T cos²θ
    interpolationRow(z, weight, 2 * premiumCos[i] ** (2 / p) - 1, premiumRows.subarray(i * n, (i + 1) * n));
  }
  return {
    premiumSin,
    premiumCos,
    premiumWeight: Float64Array.from(w, (wi) => (Math.PI / 4) * wi),
    premiumRows,
  };
}

/** A solve's scratch space for n nodes and the given Legendre points. */
function workspaceFor(n: number, points: number): Workspace {
  return {
    growR: new Float64Array((n - 1) * points),
    growQ: new Float64Array((n - 1) * points),
    jacobian: new Float64Array((n - 1) * (n - 1)),
    step: new Float64Array(n - 1),
    slopeN: new Float64Array(points),
    slopeD: new Float64Array(points),
    viaH: new Float64Array(points),
    towards: new Float64Array(n),
    root: new Float64Array(n),
  };
}

const tablesCache = new Map<string, SchemeTables>();

function tablesFor(scheme: AloScheme): SchemeTables {
  const key = `${scheme.nodes}/${scheme.legendrePoints}/${scheme.tanhSinhStep}/${scheme.timePower}`;
  let tables = tablesCache.get(key);
  if (!tables) {
    tables = schemeTablesOf(scheme);
    tablesCache.set(key, tables);
  }
  return tables;
}

/* ---------- step 2: the fixed-point system ---------- */

/** d+ and d− of the Black formula for time t and moneyness z (spot over boundary or strike). */
function d(p: Put, t: number, z: number): [number, number] {
  const v = p.vol * Math.sqrt(t);
  const plus = (Math.log(z) + (p.r - p.q) * t) / v + 0.5 * v;
  return [plus, plus - v];
}

export type Equation = "A" | "B";

/** Fills the workspace's e^{ru} and e^{qu} at every fixed-point point of every node, once per solve. */
function fillGrowths(p: Put, tables: SchemeTables): void {
  const points = tables.uShare.length;
  const { growR, growQ } = tables.work;
  for (let i = 1; i < tables.nodes; i++) {
    const tau = tables.tauShare[i] * p.T;
    for (let j = 0; j < points; j++) {
      const u = tau * tables.uShare[j];
      growR[(i - 1) * points + j] = Math.exp(p.r * u);
      growQ[(i - 1) * points + j] = Math.exp(p.q * u);
    }
  }
}

/**
 * N, D and the fixed-point value f = K e^{−(r−q)τ} N/D at node i whose boundary value is b, for
 * equation A (ALO eq. 28, stable when r ≈ q) or B (eq. 24). The integrals over [0, τ] are taken in
 * u = τ sin²θ, smooth at both ends (√u = √τ sinθ where the boundary is steep, √(τ − u) = √τ cosθ
 * where d± divide by it); lnTop − √H is ln B at each point.
 */
function fixedPoint(
  p: Put,
  equation: Equation,
  tables: SchemeTables,
  i: number,
  y: Float64Array,
  lnTop: number,
  b: number,
) {
  const { K, r, q, vol } = p;
  const { nodes: n, rows, leftRoot, duShare } = tables;
  const { growR, growQ } = tables.work;
  const points = duShare.length;
  const tau = tables.tauShare[i] * p.T;
  const sqrtTau = Math.sqrt(tau);
  const lnB = Math.log(b);
  let first = 0;
  let second = 0;
  for (let j = 0; j < points; j++) {
    const at = (i - 1) * points + j;
    let H = 0;
    for (let k = 0; k < n; k++) H += rows[at * n + k] * y[k];
    // per point: σ√(τ − u), weight × du, weight × du / (σ√(τ − u)), (r − q)(τ − u)
    const v = vol * sqrtTau * leftRoot[j];
    const du = duShare[j] * tau;
    const drift = (r - q) * tau * leftRoot[j] * leftRoot[j];
    const mp = (lnB - lnTop + Math.sqrt(Math.max(0, H)) + drift) / v + 0.5 * v;
    const mm = mp - v;
    if (equation === "B") {
      first += du * growR[at] * N(mm);
      second += du * growQ[at] * N(mp);
    } else {
      const duOverV = du / v;
      first += duOverV * growR[at] * phi(mm);
      second += growQ[at] * (du * N(mp) + duOverV * phi(mp));
    }
  }
  const [dp, dm] = d(p, tau, b / K);
  const v = vol * sqrtTau;
  const numerator = equation === "B" ? N(dm) + r * first : phi(dm) / v + r * first;
  const denominator = equation === "B" ? N(dp) + q * second : phi(dp) / v + N(dp) + q * second;
  return { numerator, denominator, value: (K * Math.exp(-(r - q) * tau) * numerator) / denominator };
}

/** d N / d b and d D / d b at a node, the integrals' dependence left out (ALO section 4.3). */
function fixedPointSlopes(p: Put, equation: Equation, tau: number, b: number): [number, number] {
  const { K, vol } = p;
  const [dp, dm] = d(p, tau, b / K);
  if (equation === "B") {
    const scale = b * vol * Math.sqrt(tau);
    return [phi(dm) / scale, phi(dp) / scale];
  }
  return [
    (-phi(dm) * dm) / (b * vol * vol * tau),
    (-phi(dp) * dp) / (b * vol * vol * tau) + phi(dp) / (b * vol * Math.sqrt(tau)),
  ];
}

/** Solves A x = b in place (b becomes x) by Gaussian elimination with partial pivoting; A is m × m, row-major. */
function solveLinear(A: Float64Array, b: Float64Array, m: number): void {
  for (let c = 0; c < m; c++) {
    let pivot = c;
    for (let r = c + 1; r < m; r++) if (Math.abs(A[r * m + c]) > Math.abs(A[pivot * m + c])) pivot = r;
    if (pivot !== c) {
      for (let k = 0; k < m; k++) {
        const swap = A[c * m + k];
        A[c * m + k] = A[pivot * m + k];
        A[pivot * m + k] = swap;
      }
      const swap = b[c];
      b[c] = b[pivot];
      b[pivot] = swap;
    }
    for (let r = c + 1; r < m; r++) {
      const f = A[r * m + c] / A[c * m + c];
      if (f === 0) continue;
      for (let k = c; k < m; k++) A[r * m + k] -= f * A[c * m + k];
      b[r] -= f * b[c];
    }
  }
  for (let r = m - 1; r >= 0; r--) {
    let sum = b[r];
    for (let k = r + 1; k < m; k++) sum -= A[r * m + k] * b[k];
    b[r] = sum / A[r * m + r];
  }
}

/**
 * One Newton step on the whole collocation system of equation B, in x_i = ln B(τ_i) = lnTop − √y_i:
 * residual G_i = x_i − ln(K e^{−(r−q)τ_i} N_i / D_i), and its Jacobian with the integrals'
 * dependence on every node value through the interpolation as well as on x_i itself (ALO's
 * Jacobi–Newton step keeps only the terms outside the integrals, so its iterations converge
 * linearly, at about a factor 4 a step here; this converges quadratically). Writes the new y to next.
 */
function newtonStep(p: Put, tables: SchemeTables, y: Float64Array, lnTop: number, next: Float64Array): void {
  const { nodes: n } = tables;
  const { jacobian, step, root: s } = tables.work;
  for (let k = 0; k < n; k++) s[k] = Math.sqrt(y[k]);
  for (let i = 1; i < n; i++) newtonRow(p, tables, y, lnTop, i);
  solveLinear(jacobian, step, n - 1);
  for (let i = 1; i < n; i++) next[i] = Math.max(0, s[i] - step[i - 1]) ** 2;
}

/**
 * Node i's row of the Newton system: the residual −G_i into step[i − 1] and dG_i/dx_k into row
 * i − 1 of the Jacobian. Reads √y from the workspace's root.
 */
function newtonRow(p: Put, tables: SchemeTables, y: Float64Array, lnTop: number, i: number): void {
  const { K, r, q, vol } = p;
  const { nodes: n } = tables;
  const { jacobian, step, towards, root: s } = tables.work;
  const m = n - 1;
  const lnK = Math.log(K);
  const tau = tables.tauShare[i] * p.T;
  const x = lnTop - s[i];
  const sums = newtonIntegrals(p, tables, y, lnTop, i, x);
  const v = vol * Math.sqrt(tau);
  const dp = (x - lnK + (r - q) * tau) / v + 0.5 * v;
  const dm = dp - v;
  const numerator = N(dm) + r * sums.first;
  const denominator = N(dp) + q * sums.second;
  step[i - 1] = -(x - lnK + (r - q) * tau - Math.log(numerator) + Math.log(denominator));
  throughInterpolation(p, tables, i, numerator, denominator);
  const dNdx = phi(dm) / v + r * sums.localN;
  const dDdx = phi(dp) / v + q * sums.localD;
  for (let k = 1; k < n; k++) {
    // dy_k/dx_k = −2√y_k
    let entry = towards[k] * -2 * s[k];
    if (k === i) entry += 1 - dNdx / numerator + dDdx / denominator;
    jacobian[(i - 1) * m + (k - 1)] = entry;
  }
}

/**
 * The integrals of N and D at node i (boundary x = ln B), their slopes in x at each point (into
 * the workspace's slopeN and slopeD, with d√H/dH into viaH) and the slopes' sums.
 */
function newtonIntegrals(p: Put, tables: SchemeTables, y: Float64Array, lnTop: number, i: number, x: number) {
  const { r, q, vol } = p;
  const { nodes: n, rows, leftRoot, duShare } = tables;
  const { growR, growQ, slopeN, slopeD, viaH } = tables.work;
  const points = duShare.length;
  const tau = tables.tauShare[i] * p.T;
  const sqrtTau = Math.sqrt(tau);
  let first = 0;
  let second = 0;
  let localN = 0;
  let localD = 0;
  for (let j = 0; j < points; j++) {
    const at = (i - 1) * points + j;
    let H = 0;
    for (let k = 0; k < n; k++) H += rows[at * n + k] * y[k];
    const root = Math.sqrt(Math.max(0, H));
    const v = vol * sqrtTau * leftRoot[j];
    const du = duShare[j] * tau;
    const mp = (x - lnTop + root + (r - q) * tau * leftRoot[j] * leftRoot[j]) / v + 0.5 * v;
    const mm = mp - v;
    const growN = du * growR[at];
    const growD = du * growQ[at];
    first += growN * N(mm);
    second += growD * N(mp);
    slopeN[j] = (growN * phi(mm)) / v;
    slopeD[j] = (growD * phi(mp)) / v;
    viaH[j] = root > 0 ? 0.5 / root : 0;
    localN += slopeN[j];
    localD += slopeD[j];
  }
  return { first, second, localN, localD };
}

/**
 * dG_i/dy_k through H at every point of node i, into the workspace's towards:
 * Σ_j (−r slopeN_j / N_i + q slopeD_j / D_i) d√H_j/dH rows_jk.
 */
function throughInterpolation(
  p: Put,
  tables: SchemeTables,
  i: number,
  numerator: number,
  denominator: number,
): void {
  const { r, q } = p;
  const { nodes: n, rows } = tables;
  const { slopeN, slopeD, viaH, towards } = tables.work;
  const points = slopeN.length;
  towards.fill(0);
  for (let j = 0; j < points; j++) {
    const c = ((-r * slopeN[j]) / numerator + (q * slopeD[j]) / denominator) * viaH[j];
    if (c === 0) continue;
    const at = ((i - 1) * points + j) * n;
    for (let k = 1; k < n; k++) towards[k] += c * rows[at + k];
  }
}

/** One fixed-point step (ALO eq. 24 or 28), Jacobi–Newton or plain, from node values y to next. */
function fixedPointStep(
  p: Put,
  equation: Equation,
  tables: SchemeTables,
  y: Float64Array,
  jacobiNewton: boolean,
  next: Float64Array,
): void {
  const top = xMax(p.K, p.r, p.q);
  const lnTop = Math.log(top);
  const h = (b: number) => Math.log(b / top) ** 2;
  for (let i = 1; i < y.length; i++) {
    const b = top * Math.exp(-Math.sqrt(y[i]));
    const f = fixedPoint(p, equation, tables, i, y, lnTop, b);
    if (jacobiNewton) {
      const tau = tables.tauShare[i] * p.T;
      const [dN, dD] = fixedPointSlopes(p, equation, tau, b);
      const slope =
        p.K * Math.exp(-(p.r - p.q) * tau) * (dN / f.denominator - (dD * f.numerator) / f.denominator ** 2);
      next[i] = h(b - (f.value - b) / (slope - 1));
    } else {
      next[i] = h(f.value);
    }
  }
}

/**
 * A Newton step; where it fails (a node value not finite: with q < 0, D can reach zero at a node
 * next to expiry) a Jacobi–Newton step instead, so a valid input never gives NaN.
 */
function newtonOrFixedPointStep(
  p: Put,
  equation: Equation,
  tables: SchemeTables,
  y: Float64Array,
  next: Float64Array,
): void {
  newtonStep(p, tables, y, Math.log(xMax(p.K, p.r, p.q)), next);
  if (!next.every(Number.isFinite)) fixedPointStep(p, equation, tables, y, true, next);
}

/** Solves the put's exercise boundary (steps 1 and 2). */
export function putBoundary(p: Put, scheme: AloScheme, equation: Equation): PutBoundary {
  const tables = tablesFor(scheme);
  const top = xMax(p.K, p.r, p.q);
  fillGrowths(p, tables);
  const h = (b: number) => Math.log(b / top) ** 2;
  // index 0 (τ = 0, B = xmax, H = 0) is never written
  let y: Float64Array = Float64Array.from(tables.tauShare, (share) => h(qdPlusBoundary(p, share * p.T)));
  let next: Float64Array = new Float64Array(y.length);
  for (let step = 0; step < scheme.iterations; step++) {
    fixedPointStep(p, equation, tables, y, step < scheme.jacobiNewtonSteps, next);
    [y, next] = [next, y];
  }
  for (let step = 0; step < scheme.newtonSteps; step++) {
    newtonOrFixedPointStep(p, equation, tables, y, next);
    [y, next] = [next, y];
  }
  return { top, H: y, tables, today: top * Math.exp(-Math.sqrt(y[y.length - 1])) };
}

/**
 * The boundary of put p by one Newton step from the solved boundary of a put a small bump away
 * (the greeks' vega and rhos): the start is off by O(bump), the step leaves O(bump²), which is the
 * same for +bump and −bump to leading order and so cancels in the central (and in the one-sided
 * three-point) difference.
 */
function boundaryNear(p: Put, scheme: AloScheme, equation: Equation, near: PutBoundary): PutBoundary {
  const tables = tablesFor(scheme);
  const top = xMax(p.K, p.r, p.q);
  const lnTop = Math.log(top);
  fillGrowths(p, tables);
  // the same ln B at each node, measured from this put's xmax (which moves with the rates when q > r)
  const lnNearTop = Math.log(near.top);
  const start = Float64Array.from(near.H, (h, i) =>
    i === 0 ? 0 : Math.max(0, lnTop - (lnNearTop - Math.sqrt(h))) ** 2,
  );
  const H = new Float64Array(start.length);
  newtonOrFixedPointStep(p, equation, tables, start, H);
  return { top, H, tables, today: top * Math.exp(-Math.sqrt(H[H.length - 1])) };
}

/* ---------- step 3: the price from the boundary ---------- */

function europeanPut(p: Put): number {
  const { S, K, r, q, T } = p;
  const [dp, dm] = d(p, T, S / K);
  return Math.max(0, K * Math.exp(-r * T) * N(-dm) - S * Math.exp(-q * T) * N(-dp));
}

/**
 * The early-exercise premium ∫_0^T e^{−rt}(rK Φ(−d−) − qS e^{(r−q)t} Φ(−d+)) dt, d± at S over
 * B(T − t), with its first two derivatives in the spot (the boundary does not depend on the spot).
 * In t = T sin²θ, smooth at both ends (√t where d± divide by it, √(T − t) where the boundary is
 * steep), by tanh–sinh in θ.
 */
function premium(p: Put, boundary: PutBoundary) {
  const { S, K, r, q, vol, T } = p;
  const { premiumSin, premiumCos, premiumWeight, premiumRows, nodes: n } = boundary.tables;
  const y = boundary.H;
  let value = 0;
  let delta = 0;
  let gamma = 0;
  for (let i = 0; i < premiumSin.length; i++) {
    const sin = premiumSin[i];
    const cos = premiumCos[i];
    let H = 0;
    for (let k = 0; k < n; k++) H += premiumRows[i * n + k] * y[k];
    const b = boundary.top * Math.exp(-Math.sqrt(Math.max(0, H)));
    const t = T * sin * sin;
    const v = vol * Math.sqrt(T) * sin;
    if (!(v > 0) || !(b > 0)) continue;
    const dr = Math.exp(-r * t);
    const dq = Math.exp(-q * t);
    const dp = Math.log((S * dq) / (b * dr)) / v + 0.5 * v;
    const dm = dp - v;
    const weight = premiumWeight[i] * 2 * T * sin * cos;
    value += weight * (r * K * dr * N(-dm) - q * S * dq * N(-dp));
    // d/dS: Φ'(−d) (−1/(S v)) for both terms; the product rule on qS Φ(−d+)
    const densityP = phi(dp);
    const densityM = phi(dm);
    delta += weight * ((-r * K * dr * densityM) / (S * v) - q * dq * N(-dp) + (q * dq * densityP) / v);
    gamma +=
      weight *
      ((r * K * dr * densityM * (1 + dm / v)) / (S * S * v) +
        (q * dq * densityP) / (S * v) -
        (q * dq * densityP * dp) / (S * v * v));
  }
  return { value, delta, gamma };
}

/** A put's price, delta and gamma from its boundary; immediate exercise below B(T). */
function americanPut(p: Put, boundary: PutBoundary) {
  if (p.S <= boundary.today) return { price: p.K - p.S, delta: -1, gamma: 0 };
  const european = europeanPut(p);
  const [dp] = d(p, p.T, p.S / p.K);
  const dq = Math.exp(-p.q * p.T);
  const extra = premium(p, boundary);
  const gammaE = (dq * phi(dp)) / (p.S * p.vol * Math.sqrt(p.T));
  return {
    price: Math.max(european + Math.max(0, extra.value), p.K - p.S),
    delta: -dq * N(-dp) + extra.delta,
    gamma: gammaE + extra.gamma,
  };
}

/** The fixed-point equation for these rates: A when r ≈ q, where B's ratio is ill-conditioned (as QuantLib). */
function equationFor(r: number, q: number): Equation {
  return Math.abs(r - q) < 0.001 ? "A" : "B";
}

/** The put that a call is (C(S, K, rd, rf) = P(K, S, rf, rd)), or the put itself, in the method's terms. */
function asPut(o: OptionInputs): Put {
  return o.type === "put"
    ? { S: o.spot, K: o.strike, r: o.domesticRate, q: o.foreignRate, vol: o.vol, T: o.years }
    : { S: o.strike, K: o.spot, r: o.foreignRate, q: o.domesticRate, vol: o.vol, T: o.years };
}

export interface AloValue {
  price: number;
  delta: number;
  gamma: number;
  /**
   * The spot beyond which (call: above; put: below) exercising today is optimal, from the solved
   * boundary; null when early exercise never pays.
   */
  criticalSpot: number | null;
}

/**
 * Early exercise never pays for the put when r <= 0 and r <= q (QuantLib's edge case; for a call
 * the same with the rates exchanged): the American is the European. Below r < 0 with q < r the
 * put has two exercise boundaries, which the method does not cover.
 */
function europeanOnly(put: Put): boolean {
  return put.r <= 0 && put.r <= put.q;
}

/** Which case the put is in: European only, one boundary (the method's case), or two (refused). */
function regime(o: OptionInputs): "european" | "one boundary" | "two boundaries" {
  const put = asPut(o);
  return europeanOnly(put) ? "european" : put.r <= 0 ? "two boundaries" : "one boundary";
}

/**
 * American price, delta and gamma by the Andersen–Lake–Offengelder method, and the critical spot.
 * Delta and gamma differentiate the premium integral in the spot (the boundary does not depend
 * on it); for a call they come from the put's by homogeneity in (spot, strike).
 */
export function andersenLakeOffengelder(
  o: OptionInputs,
  scheme: AloScheme = aloSchemeFor(o),
  equation: Equation = equationFor(asPut(o).r, asPut(o).q),
): AloValue {
  return solve(o, scheme, equation).value;
}

/** The value, and the put's solved boundary (null when early exercise never pays). */
function solve(
  o: OptionInputs,
  scheme: AloScheme,
  equation: Equation,
): { value: AloValue; boundary: PutBoundary | null } {
  const put = asPut(o);
  if (europeanOnly(put)) {
    const p = europeanPut(put);
    const [dp] = d(put, put.T, put.S / put.K);
    const dq = Math.exp(-put.q * put.T);
    const delta = -dq * N(-dp);
    const gamma = (dq * phi(dp)) / (put.S * put.vol * Math.sqrt(put.T));
    return { value: fromPut(o, { price: p, delta, gamma }, null), boundary: null };
  }
  if (put.r <= 0) {
    throw new InputError([
      {
        pointer: o.type === "put" ? "/domesticRate" : "/foreignRate",
        en: `with the ${o.type === "put" ? "domestic" : "foreign"} rate at or below zero and the ${o.type === "put" ? "foreign" : "domestic"} rate below it, this ${o.type} has two exercise boundaries, which the default American model does not cover; use model lattice`,
        zh: `${o.type === "put" ? "本币" : "外币"}利率不高于零且${o.type === "put" ? "外币" : "本币"}利率更低时，该期权有两条提前行权边界，默认美式模型不适用，请改用 lattice 模型`,
      },
    ]);
  }
  const boundary = putBoundary(put, scheme, equation);
  return { value: fromPut(o, americanPut(put, boundary), boundary.today), boundary };
}

/** Maps the put's results back to the option asked for (a call by symmetry). */
function fromPut(
  o: OptionInputs,
  v: { price: number; delta: number; gamma: number },
  boundaryToday: number | null,
): AloValue {
  if (o.type === "put") return { ...v, criticalSpot: boundaryToday };
  // C(S, K) = P(K, S) = S p(K/S) for p(x) = P(x, 1): dC/dS = (P − K dP/dK') / S, d²C/dS² = (K/S)² Γ_P
  const S = o.spot;
  const K = o.strike;
  return {
    price: v.price,
    delta: (v.price - K * v.delta) / S,
    gamma: (K / S) ** 2 * v.gamma,
    // the put on K with strike S is exercised when K <= B; by homogeneity the call when S >= K S / B
    criticalSpot: boundaryToday === null ? null : (K * S) / boundaryToday,
  };
}

export interface AloGreeks extends AloValue {
  greeks: Greeks;
}

type Bumped = "vol" | "domesticRate" | "foreignRate";

/**
 * Price and greeks by the method. Delta and gamma come with the price (above); theta from the
 * Garman–Kohlhagen equation, which the American price satisfies where holding on is optimal:
 * θ = rd V − (rd − rf) S Δ − σ²S²Γ/2 (0 where exercising today is optimal); vega and the rhos by
 * central differences of the price with small steps (vol × 1e-4, rates 1e-5: truncation ~h² below
 * 1e-9, rounding ~1e-16/h near 1e-11; the price is smooth in its inputs), each bumped boundary one
 * Newton step from the solved one (boundaryNear), so the six bumps cost about two solves; the
 * base's scheme and fixed-point equation are kept for every bump, so all come from one smooth
 * function even where a bump crosses r = q. Where a
 * rate bump would cross into another case (a rate through zero), a one-sided three-point difference
 * from full solves.
 */
export function andersenLakeOffengelderGreeks(o: OptionInputs): AloGreeks {
  const put = asPut(o);
  const equation = equationFor(put.r, put.q);
  const scheme = aloSchemeFor(o);
  const { value: base, boundary: solved } = solve(o, scheme, equation);
  const at = (field: Bumped, x: number) => {
    const bumped = { ...o, [field]: x };
    if (solved === null || regime(bumped) !== "one boundary")
      return andersenLakeOffengelder(bumped, scheme, equation).price;
    const bumpedPut = asPut(bumped);
    return americanPut(bumpedPut, boundaryNear(bumpedPut, scheme, equation, solved)).price;
  };
  const sameCase = (field: Bumped, x: number) => regime({ ...o, [field]: x }) === regime(o);
  const derivative = (field: Bumped, h: number) => {
    const x = o[field];
    if (sameCase(field, x - h) && sameCase(field, x + h))
      return (at(field, x + h) - at(field, x - h)) / (2 * h);
    const side = sameCase(field, x + 2 * h) ? 1 : -1;
    return (side * (-3 * base.price + 4 * at(field, x + side * h) - at(field, x + 2 * side * h))) / (2 * h);
  };
  const exercised =
    base.criticalSpot !== null &&
    (o.type === "put" ? o.spot <= base.criticalSpot : o.spot >= base.criticalSpot);
  const theta = exercised
    ? 0
    : o.domesticRate * base.price -
      (o.domesticRate - o.foreignRate) * o.spot * base.delta -
      0.5 * o.vol * o.vol * o.spot * o.spot * base.gamma;
  return {
    ...base,
    greeks: {
      delta: base.delta,
      gamma: base.gamma,
      vega: derivative("vol", 1e-4 * o.vol),
      theta,
      thetaPerDay: theta / 365,
      rhoDomestic: derivative("domesticRate", 1e-5),
      rhoForeign: derivative("foreignRate", 1e-5),
    },
  };
}
