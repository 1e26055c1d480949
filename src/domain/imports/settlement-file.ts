import { type Decimal, dec } from "../money";

/**
 * Reads Amazon Seller Central's settlement flat file V2 (GET_V2_SETTLEMENT_REPORT_DATA_FLAT_FILE_V2):
 * tab-separated, a header row naming the columns, then one summary row (settlement-id, the three
 * dates, total-amount, currency; the rest empty) and one row per amount posted. Several reports may
 * come one after another, each starting with its own header row. Columns are found by name, so the
 * order (and columns this reader does not use, such as promotion-id) does not matter.
 */

/** The columns this reader needs; a header without one of them is not a settlement report. */
export const REQUIRED_COLUMNS = [
  "settlement-id",
  "settlement-start-date",
  "settlement-end-date",
  "deposit-date",
  "total-amount",
  "currency",
  "transaction-type",
  "order-id",
  "amount-type",
  "amount-description",
  "amount",
  "posted-date",
  "sku",
  "quantity-purchased",
] as const;
type Column = (typeof REQUIRED_COLUMNS)[number];

/** A malformed file: where (1-based line and column) and what, in both languages. */
export class SettlementFileError extends Error {
  constructor(
    readonly line: number,
    readonly column: string | null,
    readonly en: string,
    readonly zh: string,
  ) {
    super(`line ${line}${column ? `, column ${column}` : ""}: ${en}`);
    this.name = "SettlementFileError";
  }
}

export interface SettlementRow {
  /** 1-based line of the file. */
  line: number;
  transactionType: string;
  orderId: string;
  amountType: string;
  amountDescription: string;
  amount: Decimal;
  postedDate: string | null;
  sku: string;
  quantity: number;
}

export interface SettlementReport {
  /** Line of the report's header row. */
  line: number;
  settlementId: string;
  startDate: string;
  endDate: string;
  depositDate: string;
  totalAmount: Decimal;
  currency: string;
  rows: SettlementRow[];
}

/** "2026-07-01", "2026-07-01 08:00:00 UTC", "2026-07-01T08:00:00+00:00", "2026/07/01 ...", "01.07.2026 ..." (EU). */
const ISO_DATE = /^(\d{4})[-/](\d{2})[-/](\d{2})(?:[ T].*)?$/;
const DOTTED_DATE = /^(\d{2})\.(\d{2})\.(\d{4})(?:\s.*)?$/;
/** Amounts as Amazon writes them: a dot (US, UK, JP) or a comma (EU sites) before at most two decimals. */
const AMOUNT = /^-?\d+(?:[.,]\d{1,2})?$/;

function cell(fields: string[], index: number): string {
  return (fields[index] ?? "").trim();
}

/** A column's position, or -1. */
type Columns = Record<Column, number>;

function headerColumns(fields: string[]): Columns | Column[] {
  const names = fields.map((f) => f.trim().toLowerCase());
  const missing = REQUIRED_COLUMNS.filter((c) => !names.includes(c));
  if (missing.length > 0) return missing;
  return Object.fromEntries(REQUIRED_COLUMNS.map((c) => [c, names.indexOf(c)])) as Columns;
}

function isHeader(fields: string[]): boolean {
  return fields.some((f) => f.trim().toLowerCase() === "settlement-id");
}

function readDate(text: string, line: number, column: Column): string {
  const iso = ISO_DATE.exec(text);
  const dotted = iso ? null : DOTTED_DATE.exec(text);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : dotted ? [dotted[3], dotted[2], dotted[1]] : [];
  const date = y ? `${y}-${m}-${d}` : "";
  const parsed = new Date(`${date}T00:00:00Z`);
  if (!y || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date) {
    throw new SettlementFileError(
      line,
      column,
      `"${text}" is not a date (2026-07-01, 2026-07-01 08:00:00 UTC or 01.07.2026)`,
      `“${text}”不是日期（应为 2026-07-01、2026-07-01 08:00:00 UTC 或 01.07.2026）`,
    );
  }
  return date;
}

function readAmount(text: string, line: number, column: Column): Decimal {
  if (!AMOUNT.test(text)) {
    throw new SettlementFileError(
      line,
      column,
      `"${text}" is not an amount (digits with at most two decimals, e.g. -12.34)`,
      `“${text}”不是金额（最多两位小数的数字，如 -12.34）`,
    );
  }
  return dec(text.replace(",", "."));
}

function readQuantity(text: string, line: number): number {
  if (text === "") return 0;
  if (!/^\d{1,7}$/.test(text)) {
    throw new SettlementFileError(
      line,
      "quantity-purchased",
      `"${text}" is not a whole number of units`,
      `“${text}”不是整数件数`,
    );
  }
  return Number(text);
}

function readSummary(fields: string[], at: Columns, line: number, headerLine: number): SettlementReport {
  const settlementId = cell(fields, at["settlement-id"]);
  const currency = cell(fields, at.currency);
  if (!settlementId) {
    throw new SettlementFileError(
      line,
      "settlement-id",
      "the summary row has no settlement id",
      "汇总行缺少结算编号",
    );
  }
  if (!/^[A-Z]{3}$/.test(currency)) {
    throw new SettlementFileError(
      line,
      "currency",
      `"${currency}" is not a currency code such as USD`,
      `“${currency}”不是 USD 这样的货币代码`,
    );
  }
  const report: SettlementReport = {
    line: headerLine,
    settlementId,
    startDate: readDate(cell(fields, at["settlement-start-date"]), line, "settlement-start-date"),
    endDate: readDate(cell(fields, at["settlement-end-date"]), line, "settlement-end-date"),
    depositDate: readDate(cell(fields, at["deposit-date"]), line, "deposit-date"),
    totalAmount: readAmount(cell(fields, at["total-amount"]), line, "total-amount"),
    currency,
    rows: [],
  };
  if (report.endDate < report.startDate) {
    throw new SettlementFileError(
      line,
      "settlement-end-date",
      "the settlement ends before it starts",
      "结算结束日早于开始日",
    );
  }
  return report;
}

function readRow(fields: string[], at: Columns, line: number, report: SettlementReport): SettlementRow {
  const settlementId = cell(fields, at["settlement-id"]);
  if (settlementId !== report.settlementId) {
    throw new SettlementFileError(
      line,
      "settlement-id",
      `settlement id "${settlementId}" differs from the report's "${report.settlementId}" (line ${report.line}); start each report with its header row`,
      `结算编号“${settlementId}”与本报告（第 ${report.line} 行起）的“${report.settlementId}”不同；每份报告须以表头行开始`,
    );
  }
  const posted = cell(fields, at["posted-date"]);
  return {
    line,
    transactionType: cell(fields, at["transaction-type"]),
    orderId: cell(fields, at["order-id"]),
    amountType: cell(fields, at["amount-type"]),
    amountDescription: cell(fields, at["amount-description"]),
    amount: readAmount(cell(fields, at.amount), line, "amount"),
    postedDate: posted ? readDate(posted, line, "posted-date") : null,
    sku: cell(fields, at.sku),
    quantity: readQuantity(cell(fields, at["quantity-purchased"]), line),
  };
}

function noSummary(headerLine: number): SettlementFileError {
  return new SettlementFileError(
    headerLine + 1,
    "total-amount",
    `the header row (line ${headerLine}) must be followed by the report's summary row (settlement id, dates, total-amount, currency)`,
    `表头行（第 ${headerLine} 行）之后应是报告的汇总行（结算编号、日期、total-amount、货币）`,
  );
}

/** The reports in a file, in order; throws SettlementFileError at the first malformed line. */
export function readSettlementFile(text: string): SettlementReport[] {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  while (lines.length > 0 && lines[lines.length - 1].trim() === "") lines.pop();
  const state: Reading = { reports: [], columns: null, headerLine: 0, width: 0, report: null };
  lines.forEach((raw, i) => {
    readLine(state, raw, i + 1);
  });
  if (state.reports.length === 0 || !state.report) throw noSummary(Math.max(1, state.headerLine));
  return state.reports;
}

/** Where the reading is: the reports so far and the header (columns, line, width) the next rows follow. */
interface Reading {
  reports: SettlementReport[];
  columns: Columns | null;
  headerLine: number;
  width: number;
  /** The report being filled; null right after a header, before its summary row. */
  report: SettlementReport | null;
}

/** One line: a header starts a report, the row after it is the summary, the rest are the report's amounts. */
function readLine(state: Reading, raw: string, line: number): void {
  if (raw.trim() === "") return;
  const fields = raw.split("\t");
  if (isHeader(fields)) {
    startReport(state, fields, line);
    return;
  }
  const columns = state.columns;
  if (!columns) throw notSettlementFile(raw, fields, line);
  if (fields.length !== state.width) {
    throw new SettlementFileError(
      line,
      null,
      `${fields.length} tab-separated columns where the header (line ${state.headerLine}) has ${state.width}`,
      `本行有 ${fields.length} 列，表头（第 ${state.headerLine} 行）有 ${state.width} 列`,
    );
  }
  if (!state.report) {
    if (cell(fields, columns["total-amount"]) === "") throw noSummary(state.headerLine);
    state.report = readSummary(fields, columns, line, state.headerLine);
    state.reports.push(state.report);
    return;
  }
  state.report.rows.push(readRow(fields, columns, line, state.report));
}

/** A header row: its columns are what the next report's rows follow (the report before must have had its summary). */
function startReport(state: Reading, fields: string[], line: number): void {
  const found = headerColumns(fields);
  if (Array.isArray(found)) {
    throw new SettlementFileError(
      line,
      found[0],
      `not a settlement flat file V2: the header has no column ${found.join(", ")}`,
      `不是结算报告（V2 平面文件）：表头缺少列 ${found.join("、")}`,
    );
  }
  if (state.columns && !state.report) throw noSummary(state.headerLine);
  state.columns = found;
  state.headerLine = line;
  state.width = fields.length;
  state.report = null;
}

/** A first line that is not a header: a CSV (commas, no tabs) is named as such. */
function notSettlementFile(raw: string, fields: string[], line: number): SettlementFileError {
  const tabs = fields.length === 1 && raw.includes(",");
  return new SettlementFileError(
    line,
    null,
    tabs
      ? "not a settlement flat file V2: the lines are not tab-separated (was it saved as CSV?)"
      : "not a settlement flat file V2: the first line must be its header row (settlement-id, settlement-start-date, ...)",
    tabs
      ? "不是结算报告（V2 平面文件）：各列不是以制表符分隔（是否另存成了 CSV？）"
      : "不是结算报告（V2 平面文件）：第一行应为表头（settlement-id、settlement-start-date 等）",
  );
}
