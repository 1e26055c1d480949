import { csvOf, projectionResponse } from "../../src/api/cashflow";
import { scenarioSchemaUnder } from "../../src/api/scenario-schema";
import { fieldProblems } from "../../src/api/validation";
import { InputError } from "../../src/domain/errors";
import { cashflowRulesFor } from "../../src/policy/rulesets";
import { type GoldenCase, scenarioOf } from "./cases";

/**
 * A case's golden files under one ruleset: the projection's JSON exactly as the route serialises it
 * (c.json is JSON.stringify) and its CSV, or, for a scenario the ruleset refuses, the problem's status
 * and every field problem in both languages.
 */
export type GoldenFiles = { json: string; csv: string } | { problem: string };

/** The stable part of a refusal (no request id): what the golden file of a refused case holds. */
export function problemRecord(
  status: number,
  errors: readonly { pointer: string; en: string; zh: string }[],
): string {
  return `${JSON.stringify({ status, errors }, null, 2)}\n`;
}

export function goldenFiles(c: GoldenCase, ruleset: string): GoldenFiles {
  const raw = scenarioOf(c);
  const parsed = scenarioSchemaUnder(cashflowRulesFor(ruleset).behaviour).safeParse(raw);
  if (!parsed.success) return { problem: problemRecord(400, fieldProblems(parsed.error, raw)) };
  try {
    const body = projectionResponse(parsed.data, ruleset);
    return { json: JSON.stringify(body), csv: csvOf(body.periods) };
  } catch (err) {
    // the route's 422: well-formed, but not computable (app.onError)
    if (err instanceof InputError) return { problem: problemRecord(422, err.problems) };
    throw err;
  }
}
