/**
 * An independent reference for American FX options, for tests only: Crank–Nicolson on a uniform
 * grid in x = ln S (Rannacher start: four implicit half steps), the early-exercise constraint by
 * Brennan–Schwartz (exact for a single exercise region), and Richardson extrapolation over two
 * grids (each dimension doubled). Calls are solved directly, not through put–call symmetry.
 */
export interface FdInputs {
  type: "call" | "put";
  spot: number;
  strike: number;
  domesticRate: number;
  foreignRate: number;
  vol: number;
  years: number;
}

function solve(o: FdInputs, intervalsPerUnit: number, steps: number): number {
  const { spot: S, strike: K, domesticRate: r, foreignRate: q, vol, years: T } = o;
  const half = 7 * vol * Math.sqrt(T) + Math.abs(r - q) * T;
  // put ln S on a node, and ln K on one too, so the payoff's kink sits on the grid
  const gap = Math.log(K / S);
  const target = (2 * half) / intervalsPerUnit;
  const dx = gap === 0 ? target : Math.abs(gap) / Math.max(1, Math.round(Math.abs(gap) / target));
  const below = Math.ceil(half / dx);
  const M = 2 * below;
  const x0 = Math.log(S) - below * dx;
  const s = Float64Array.from({ length: M + 1 }, (_, j) => Math.exp(x0 + j * dx));
  const sign = o.type === "call" ? 1 : -1;
  const payoff = Float64Array.from(s, (sj) => Math.max(sign * (sj - K), 0));
  let v = Float64Array.from(payoff);
  const a = (0.5 * vol * vol) / (dx * dx);
  const b = (r - q - 0.5 * vol * vol) / (2 * dx);
  const lower = a - b;
  const diag = -2 * a - r;
  const upper = a + b;
  const dt = T / steps;
  const rhs = new Float64Array(M + 1);
  const dPrime = new Float64Array(M + 1);
  const rPrime = new Float64Array(M + 1);
  const step = (theta: number, h: number) => {
    for (let j = 1; j < M; j++) {
      const lv = lower * v[j - 1] + diag * v[j] + upper * v[j + 1];
      rhs[j] = v[j] + (1 - theta) * h * lv;
    }
    const l = -theta * h * lower;
    const dd = 1 - theta * h * diag;
    const u = -theta * h * upper;
    const next = new Float64Array(M + 1);
    // far boundaries: exercised deep in the money, worthless deep out of it
    next[0] = payoff[0];
    next[M] = payoff[M];
    if (sign < 0) {
      // put: eliminate from the top, then substitute upwards applying the constraint
      dPrime[M - 1] = dd;
      rPrime[M - 1] = rhs[M - 1] - u * next[M];
      for (let j = M - 2; j >= 1; j--) {
        dPrime[j] = dd - (u * l) / dPrime[j + 1];
        rPrime[j] = rhs[j] - (u * rPrime[j + 1]) / dPrime[j + 1];
      }
      for (let j = 1; j < M; j++) next[j] = Math.max(payoff[j], (rPrime[j] - l * next[j - 1]) / dPrime[j]);
    } else {
      // call: the mirror image
      dPrime[1] = dd;
      rPrime[1] = rhs[1] - l * next[0];
      for (let j = 2; j < M; j++) {
        dPrime[j] = dd - (l * u) / dPrime[j - 1];
        rPrime[j] = rhs[j] - (l * rPrime[j - 1]) / dPrime[j - 1];
      }
      for (let j = M - 1; j >= 1; j--)
        next[j] = Math.max(payoff[j], (rPrime[j] - u * next[j + 1]) / dPrime[j]);
    }
    v = next;
  };
  for (let i = 0; i < 4; i++) step(1, dt / 2);
  for (let i = 2; i < steps; i++) step(0.5, dt);
  return v[below];
}

/** Richardson-extrapolated Crank–Nicolson price (second order in both grid steps). */
export function fdAmerican(o: FdInputs, intervals = 1600, steps = 1600): number {
  const coarse = solve(o, intervals, steps);
  const fine = solve(o, 2 * intervals, 2 * steps);
  return (4 * fine - coarse) / 3;
}
