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

const measureSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  jurisdiction: z.string().min(1),
  document: z.object({
    number: z.string().min(1),
    title: z.string().min(1),
    issuer: z.string().min(1),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
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
});

const catalogSchema = z.object({
  ruleset: z.string().regex(/^\d{4}\.\d{1,2}\.\d+$/),
  published: z.string(),
  measures: z.array(measureSchema).min(1),
  marketDefaults: z.array(parameterSchema.extend({ since: z.string().optional() })),
});

export type Measure = z.infer<typeof measureSchema>;
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
      return `${m.document.number} ${clause ?? m.clause}`;
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
