/** One thing wrong with the caller's input, in both languages, located by a JSON pointer. */
export interface FieldProblem {
  /** RFC 6901 JSON pointer into the request body ("" for the body as a whole). */
  pointer: string;
  en: string;
  zh: string;
}

/**
 * Input that is well-formed but cannot be computed (costs above proceeds, no rate exists...).
 * The API answers it with 422 problem+json; it is the user's mistake, never a crash.
 */
export class InputError extends Error {
  constructor(readonly problems: FieldProblem[]) {
    super(problems.map((p) => `${p.pointer || "/"}: ${p.en}`).join("; "));
    this.name = "InputError";
  }
}

/** Throws an InputError with a single problem. */
export function reject(pointer: string, en: string, zh: string): never {
  throw new InputError([{ pointer, en, zh }]);
}
