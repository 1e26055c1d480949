/** A text in both languages. */
export interface Bilingual {
  zh: string;
  en: string;
}

/**
 * One step of a calculation as shown to the user: what was computed, how, from what, the result,
 * and the measure or document it comes from. Text is carried in both languages so that the same
 * result serves the Chinese form and an English-speaking bank without recomputation.
 */
export interface ExplainStep {
  /** Stable key of the figure this step produces, e.g. "refund". */
  key: string;
  zh: string;
  en: string;
  /** The formula in words (language-neutral notation). */
  formula?: string;
  /** Inputs as reported strings, so the step is reproducible by hand. */
  inputs?: Record<string, string>;
  value: string;
  /** Measure id in the catalog, when the step applies a measure. */
  measure?: string;
  /** Document number and clause, e.g. "财税〔2018〕103号 第一条". */
  source?: string;
}

/** Collects explain steps in the order they were computed. */
export class Explainer {
  readonly steps: ExplainStep[] = [];

  add(step: ExplainStep): string {
    this.steps.push(step);
    return step.value;
  }
}
