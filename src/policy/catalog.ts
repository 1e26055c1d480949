import { z } from "@hono/zod-openapi";
import catalogJson from "../../seeds/measures.json";

const provenance = z.enum(["document", "market-default", "unconfirmed"]);

const parameterSchema = z.object({
  name: z.string().min(1),
  value: z.unknown(),
  unit: z.string().optional(),
  provenance,
  note: z.string().optional(),
});

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/**
 * A rule a measure rests on: a catalog measure (when it is one), "document number + clause", and what
 * kind of thing it is. A bank product is granted by the bank, not by a government document.
 */
const ruleRefSchema = z.object({
  measure: z.string().optional(),
  source: z.string().min(1),
  kind: z.enum(["rule", "bank-product", "not-identified"]),
});

/** A fact of the catalog that was not confirmed against the published text, and why. */
const unconfirmedSchema = z.object({ field: z.string().min(1), note: z.string().min(1) });

const measureSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  jurisdiction: z.string().min(1),
  document: z.object({
    /** null: the document carries no number (文件未载明). */
    number: z.string().min(1).nullable(),
    title: z.string().min(1),
    /** null: the document does not state its issuer. */
    issuer: z.string().min(1).nullable(),
    /** null: the document does not state its date. */
    date: isoDate.nullable(),
  }),
  clause: z.string().min(1),
  summary: z.object({ zh: z.string().min(1), en: z.string().min(1) }),
  calculators: z.array(z.enum(["tax", "settlement", "fx", "financing", "cashflow"])).min(1),
  switch: z.string().optional(),
  basedOn: z.array(z.string()).optional(),
  parameters: z.array(parameterSchema),
  // From ruleset 2026.12.1 every measure carries the fields below; older catalogs lack them.
  /** First day in force (inclusive); null: not stated in the document. */
  validFrom: isoDate.nullable().optional(),
  /** Last day in force (inclusive); null: open-ended. */
  validTo: isoDate.nullable().optional(),
  /** Where the dates come from (the document's own words, or why they are open). */
  validity: z.object({ zh: z.string().min(1), en: z.string().min(1) }).optional(),
  /** The rules that grant the benefit (the one to cite once a promoting document lapsed). */
  grantedBy: z.array(ruleRefSchema).optional(),
  /** The documents that promote it (local measures restating a national rule or a bank product). */
  promotedBy: z.array(ruleRefSchema).optional(),
  /** document: from a seed or national document; unsourced-example: no source, shown only as an example. */
  sourceStatus: z.enum(["document", "unsourced-example"]).optional(),
  /** Facts not confirmed against the published text (title, date, clause numbers, dates in force). */
  unconfirmed: z.array(unconfirmedSchema).optional(),
});

const catalogSchema = z.object({
  ruleset: z.string().regex(/^\d{4}\.\d{1,2}\.\d+$/),
  published: z.string(),
  measures: z.array(measureSchema).min(1),
  marketDefaults: z.array(parameterSchema.extend({ since: z.string().optional() })),
});

export type Measure = z.infer<typeof measureSchema>;
export type RuleRef = z.infer<typeof ruleRefSchema>;
export type Catalog = z.infer<typeof catalogSchema>;

/** Validates a catalog document; a broken seed file must fail loudly at start, not mid-request. */
export function loadCatalog(raw: unknown): Catalog {
  const catalog = catalogSchema.parse(raw);
  const ids = new Set<string>();
  for (const m of catalog.measures) {
    if (ids.has(m.id)) throw new Error(`duplicate measure id ${m.id}`);
    ids.add(m.id);
  }
  for (const m of catalog.measures) {
    for (const base of m.basedOn ?? []) {
      if (!ids.has(base)) throw new Error(`measure ${m.id} is based on unknown ${base}`);
    }
    for (const ref of [...(m.grantedBy ?? []), ...(m.promotedBy ?? [])]) {
      if (ref.measure && !ids.has(ref.measure))
        throw new Error(`measure ${m.id} cites unknown ${ref.measure}`);
    }
    if (m.validFrom && m.validTo && m.validTo < m.validFrom)
      throw new Error(`measure ${m.id} ends before it starts`);
  }
  return catalog;
}

export const catalog: Catalog = loadCatalog(catalogJson);

/** The version of the rules every calculation carries. */
export const RULESET = catalog.ruleset;

/** Reads one catalog: measures, citations, parameters and market defaults. */
export interface CatalogReader {
  catalog: Catalog;
  findMeasure(id: string): Measure | undefined;
  measure(id: string): Measure;
  /**
   * "财税〔2018〕103号 第一条": the citation an explain step carries. `clause` names a narrower clause
   * of the same document than the catalog's (a measure cited for several of its articles).
   */
  citation(id: string, clause?: string): string;
  /** A measure parameter's default value (throws on a typo: parameters are part of the contract). */
  parameter<T = unknown>(measureId: string, name: string): T;
  marketDefault<T = unknown>(name: string): T;
}

/** A document's number, or its title when it carries none (a number is never made up). */
export function documentName(m: Measure): string {
  return m.document.number ?? `《${m.document.title}》`;
}

export function readerOf(catalog: Catalog): CatalogReader {
  const byId = new Map(catalog.measures.map((m) => [m.id, m]));
  const measure = (id: string): Measure => {
    const m = byId.get(id);
    if (!m) throw new Error(`unknown measure ${id}`);
    return m;
  };
  return {
    catalog,
    findMeasure: (id) => byId.get(id),
    measure,
    citation: (id, clause) => {
      const m = measure(id);
      return `${documentName(m)} ${clause ?? m.clause}`;
    },
    parameter: <T>(measureId: string, name: string): T => {
      const p = measure(measureId).parameters.find((x) => x.name === name);
      if (!p) throw new Error(`measure ${measureId} has no parameter ${name}`);
      return p.value as T;
    },
    marketDefault: <T>(name: string): T => {
      const p = catalog.marketDefaults.find((x) => x.name === name);
      if (!p) throw new Error(`no market default ${name}`);
      return p.value as T;
    },
  };
}

/** The catalog in force. */
export const currentCatalog: CatalogReader = readerOf(catalog);
export const { findMeasure, measure, citation, parameter, marketDefault } = currentCatalog;
