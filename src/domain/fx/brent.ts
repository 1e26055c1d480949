/**
 * Brent's root finder (bracketing, inverse quadratic interpolation with bisection fallback) on a
 * function with f(a) and f(b) of opposite signs. Returns the root and the iterations used.
 */
export function brent(
  f: (x: number) => number,
  a0: number,
  b0: number,
  tolerance: number,
  maxIterations = 100,
): { root: number; iterations: number } {
  const fa = f(a0);
  const fb = f(b0);
  if (fa * fb > 0) throw new Error("brent: root not bracketed");
  const s: Bracket = { a: a0, b: b0, c: a0, fa, fb, fc: fa, d: b0 - a0, e: b0 - a0 };
  for (let i = 1; i <= maxIterations; i++) {
    keepBracket(s);
    const tol = 2 * Number.EPSILON * Math.abs(s.b) + 0.5 * tolerance;
    const m = 0.5 * (s.c - s.b);
    if (Math.abs(m) <= tol || s.fb === 0) return { root: s.b, iterations: i };
    chooseStep(s, m, tol);
    s.a = s.b;
    s.fa = s.fb;
    s.b += Math.abs(s.d) > tol ? s.d : m > 0 ? tol : -tol;
    s.fb = f(s.b);
  }
  return { root: s.b, iterations: maxIterations };
}

/**
 * Brent's state: b the best estimate, c the other end of the bracket (f(b), f(c) of opposite
 * signs), a the previous b; d the last step, e the one before it.
 */
interface Bracket {
  a: number;
  b: number;
  c: number;
  fa: number;
  fb: number;
  fc: number;
  d: number;
  e: number;
}

/** Keeps the root between b and c (c moves back to a when it is not), and b the end with the smaller |f|. */
function keepBracket(s: Bracket): void {
  if (s.fb * s.fc > 0) {
    s.c = s.a;
    s.fc = s.fa;
    s.d = s.b - s.a;
    s.e = s.d;
  }
  if (Math.abs(s.fc) < Math.abs(s.fb)) {
    s.a = s.b;
    s.b = s.c;
    s.c = s.a;
    s.fa = s.fb;
    s.fb = s.fc;
    s.fc = s.fa;
  }
}

/**
 * Sets the step d (and e, the step before): the interpolated one when the last steps shrank and it
 * stays well inside the bracket, else bisection (m, half the bracket).
 */
function chooseStep(s: Bracket, m: number, tol: number): void {
  if (Math.abs(s.e) >= tol && Math.abs(s.fa) > Math.abs(s.fb)) {
    const [p, q] = interpolatedStep(s, m);
    if (2 * p < Math.min(3 * m * q - Math.abs(tol * q), Math.abs(s.e * q))) {
      s.e = s.d;
      s.d = p / q;
      return;
    }
  }
  s.d = m;
  s.e = s.d;
}

/** The interpolated step as p / q with p ≥ 0: secant when a = c, else inverse quadratic through a, b, c. */
function interpolatedStep(s: Bracket, m: number): [number, number] {
  const ratio = s.fb / s.fa;
  let p: number;
  let q: number;
  if (s.a === s.c) {
    p = 2 * m * ratio;
    q = 1 - ratio;
  } else {
    const qa = s.fa / s.fc;
    const r = s.fb / s.fc;
    p = ratio * (2 * m * qa * (qa - r) - (s.b - s.a) * (r - 1));
    q = (qa - 1) * (r - 1) * (ratio - 1);
  }
  return p > 0 ? [p, -q] : [-p, q];
}
