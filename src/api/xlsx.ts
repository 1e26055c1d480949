import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { Decimal } from "../domain/money";

/**
 * A minimal Office Open XML (SpreadsheetML) writer: what our workbooks need and nothing more.
 * Text goes inline (no shared-string table), numbers as numbers with a display format, a bold
 * header row, frozen panes and column widths. Zipped with fflate at a fixed timestamp, so the same
 * workbook is always the same bytes.
 */

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Number formats (Excel format codes) the workbooks share. */
export const FORMAT = {
  /** Money to the fen. */
  fen: "#,##0.00",
  /** Whole numbers: units, days, years. */
  integer: "0",
  /** As the number is: no padding, no rounding shown. */
  general: "General",
} as const;

/**
 * A cell: text, or a number with its display format (an Excel format code). A number is a decimal
 * string as our money travels, or a JS number; "" is an empty cell that keeps the format for what a
 * user types in it.
 */
export type Cell = string | null | { number: string | number; format: string } | { bold: string };

export interface Sheet {
  name: string;
  rows: Cell[][];
  /** Column widths in characters. */
  widths?: number[];
  /** The format of what a user types into each column's empty cells (tables; with `widths`). */
  columnFormats?: (string | undefined)[];
  /** Rows frozen at the top (a header). */
  frozenRows?: number;
  /** Drop-down lists: the cells (a reference or range) and the values they allow. */
  validations?: { ref: string; values: readonly string[] }[];
  /** 0-based columns hidden from view (machine keys). */
  hiddenColumns?: number[];
}

/**
 * A format that shows `decimals` decimals (and more up to `upTo`, never rounding a typed digit away
 * on screen), with a thousands separator when `grouped`. Whole numbers show as they are (General):
 * "#,##0.##" would print "38." with a dangling point.
 */
export function decimalsFormat(decimals: number, grouped: boolean, upTo = decimals): string {
  if (decimals === 0) return FORMAT.general;
  return `${grouped ? "#,##0" : "0"}.${"0".repeat(decimals)}${"#".repeat(Math.max(0, upTo - decimals))}`;
}

/**
 * The significant digits a double carries both ways: a decimal of at most 15 significant digits,
 * read into a double and printed shortest, comes back digit for digit (IEEE 754 binary64 holds
 * 15.95 decimal digits; C's DBL_DIG = 15). Longer figures could come back changed, so they stay text.
 */
export const DOUBLE_DIGITS = 15;

const DECIMAL_TEXT = /^-?\d+(\.\d+)?$/;

/** Whether a decimal string survives the trip through a spreadsheet's double unchanged. */
export function fitsDouble(decimal: string): boolean {
  const digits = decimal.replace(/^-/, "").replace(".", "").replace(/^0+/, "").replace(/0+$/, "");
  return digits.length <= DOUBLE_DIGITS;
}

/** A number written as text, digit for digit, because a double would not carry all its digits. */
function keptAsText(cell: Cell): cell is { number: string; format: string } {
  return (
    typeof cell === "object" &&
    cell !== null &&
    "number" in cell &&
    typeof cell.number === "string" &&
    cell.number !== "" &&
    !fitsDouble(cell.number)
  );
}

/** The references of a sheet's numbers kept as text (more than DOUBLE_DIGITS significant digits). */
export function numbersKeptAsText(sheet: Sheet): string[] {
  return sheet.rows.flatMap((row, r) =>
    row.flatMap((cell, c) => (keptAsText(cell) ? [`${columnName(c)}${r + 1}`] : [])),
  );
}

/** The cell styles of one workbook: 0 plain, 1 bold, then one per number format in order of first use. */
class Styles {
  private readonly formats: string[] = [];

  /** The style index of a number format. */
  of(format: string): number {
    if (format === FORMAT.general) return 0;
    let i = this.formats.indexOf(format);
    if (i < 0) i = this.formats.push(format) - 1;
    return i + 2;
  }

  static readonly bold = 1;

  xml(): string {
    const numFmts = this.formats
      .map((code, i) => `<numFmt numFmtId="${164 + i}" formatCode="${escapeXml(code)}"/>`)
      .join("");
    const xfs = this.formats.map((_, i) => `<xf numFmtId="${164 + i}" applyNumberFormat="1"/>`).join("");
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${
      this.formats.length ? `<numFmts count="${this.formats.length}">${numFmts}</numFmts>` : ""
    }<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="${
      this.formats.length + 2
    }"><xf/><xf fontId="1" applyFont="1"/>${xfs}</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;
  }
}

function escapeXml(text: string): string {
  return (
    text
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      // XML 1.0 has no place for control characters other than tab and line breaks
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, "")
  );
}

/** "A", "B", ... "Z", "AA": the column letters of a 0-based index. */
export function columnName(index: number): string {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

const styleAttr = (style: number) => (style ? ` s="${style}"` : "");

function inlineText(ref: string, text: string, style: number): string {
  return `<c r="${ref}"${styleAttr(style)} t="inlineStr"><is><t xml:space="preserve">${escapeXml(text)}</t></is></c>`;
}

function cellXml(cell: Cell, ref: string, styles: Styles): string {
  if (cell === null || cell === "") return "";
  if (typeof cell === "string") return inlineText(ref, cell, 0);
  if ("bold" in cell) return inlineText(ref, cell.bold, Styles.bold);
  const style = styles.of(cell.format);
  if (cell.number === "") return `<c r="${ref}"${styleAttr(style)}/>`;
  if (keptAsText(cell)) return inlineText(ref, cell.number, style);
  return `<c r="${ref}"${styleAttr(style)}><v>${cell.number}</v></c>`;
}

/** Text that reads as a number (codes like an HS code, figures kept as text): on purpose, so no warning. */
function numericText(sheet: Sheet): string[] {
  return sheet.rows.flatMap((row, r) =>
    row.flatMap((cell, c) =>
      (typeof cell === "string" && DECIMAL_TEXT.test(cell.trim())) || keptAsText(cell)
        ? [`${columnName(c)}${r + 1}`]
        : [],
    ),
  );
}

/** Excel refuses an inline list longer than this; longer lists go on a hidden sheet. */
const MAX_INLINE_LIST = 255;
const LISTS_SHEET = "lists";

function sheetXml(sheet: Sheet, styles: Styles, listRef: (values: readonly string[]) => string): string {
  const rows = sheet.rows
    .map((row, r) => {
      const cells = row.map((cell, c) => cellXml(cell, `${columnName(c)}${r + 1}`, styles)).join("");
      return `<row r="${r + 1}">${cells}</row>`;
    })
    .join("");
  const frozen = sheet.frozenRows
    ? `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${sheet.frozenRows}" topLeftCell="A${sheet.frozenRows + 1}" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>`
    : "";
  const hidden = (i: number) => (sheet.hiddenColumns?.includes(i) ? ' hidden="1"' : "");
  const columnStyle = (i: number) => {
    const format = sheet.columnFormats?.[i];
    // CT_Col names its default style "style" (a cell says "s")
    return format ? ` style="${styles.of(format)}"` : "";
  };
  const cols = sheet.widths?.length
    ? `<cols>${sheet.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w || 10}"${columnStyle(i)} customWidth="1"${hidden(i)}/>`).join("")}</cols>`
    : "";
  const lists = sheet.validations?.length
    ? `<dataValidations count="${sheet.validations.length}">${sheet.validations
        .map(
          (v) =>
            `<dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="${v.ref}"><formula1>${listRef(v.values)}</formula1></dataValidation>`,
        )
        .join("")}</dataValidations>`
    : "";
  const asText = numericText(sheet);
  const ignored = asText.length
    ? `<ignoredErrors><ignoredError sqref="${asText.join(" ")}" numberStoredAsText="1"/></ignoredErrors>`
    : "";
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${frozen}${cols}<sheetData>${rows}</sheetData>${lists}${ignored}</worksheet>`;
}

/** Sheet names: at most 31 characters, none of : \ / ? * [ ]. */
function sheetName(name: string): string {
  return escapeXml(name.replace(/[:\\/?*[\]]/g, " ").slice(0, 31));
}

/** Every byte fixed: the zip entries carry this date, not the clock's. */
const FIXED_MTIME = new Date("2026-01-01T00:00:00Z");

/**
 * The lists of the drop-downs: inline when short, else a column of a hidden sheet (Excel caps an
 * inline list at 255 characters).
 */
function dropDownLists(sheets: Sheet[]): { ref: (values: readonly string[]) => string; sheet?: Sheet } {
  const long: (readonly string[])[] = [];
  const key = (values: readonly string[]) => values.join("\n");
  for (const v of sheets.flatMap((s) => s.validations ?? [])) {
    if (v.values.join(",").length > MAX_INLINE_LIST && !long.some((l) => key(l) === key(v.values))) {
      long.push(v.values);
    }
  }
  const ref = (values: readonly string[]) => {
    const column = long.findIndex((l) => key(l) === key(values));
    if (column < 0) return `"${escapeXml(values.join(","))}"`;
    const c = columnName(column);
    return `'${LISTS_SHEET}'!$${c}$1:$${c}$${values.length}`;
  };
  if (long.length === 0) return { ref };
  const depth = Math.max(...long.map((l) => l.length));
  const rows = Array.from({ length: depth }, (_, r) => long.map((l) => l[r] ?? null));
  return { ref, sheet: { name: LISTS_SHEET, rows } };
}

export function writeWorkbook(given: Sheet[]): Uint8Array<ArrayBuffer> {
  const lists = dropDownLists(given);
  const sheets = lists.sheet ? [...given, lists.sheet] : given;
  const styles = new Styles();
  const sheetFiles = sheets.map((sheet) => strToU8(sheetXml(sheet, styles, lists.ref)));
  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8(contentTypesXml(sheets)),
    "_rels/.rels": strToU8(ROOT_RELS),
    "xl/workbook.xml": strToU8(workbookXml(sheets, lists.sheet)),
    "xl/_rels/workbook.xml.rels": strToU8(workbookRelsXml(sheets)),
    "xl/styles.xml": strToU8(styles.xml()),
  };
  sheetFiles.forEach((xml, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = xml;
  });
  // fflate allocates its own ArrayBuffer (never a shared one)
  return zipSync(files, { level: 6, mtime: FIXED_MTIME }) as Uint8Array<ArrayBuffer>;
}

/** The package's content types: the workbook, its styles and each sheet. */
function contentTypesXml(sheets: Sheet[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${sheets
    .map(
      (_, i) =>
        `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    )
    .join("")}</Types>`;
}

/** The package's root relationship: the workbook part. */
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;

/** The workbook part: the sheets by name in order, the drop-down lists' sheet hidden. */
function workbookXml(sheets: Sheet[], listsSheet: Sheet | undefined): string {
  const state = (s: Sheet) => (s === listsSheet ? ' state="hidden"' : "");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheets
    .map((s, i) => `<sheet name="${sheetName(s.name)}" sheetId="${i + 1}"${state(s)} r:id="rId${i + 1}"/>`)
    .join("")}</sheets></workbook>`;
}

/** The workbook's relationships: each sheet's part, then the styles. */
function workbookRelsXml(sheets: Sheet[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
    .map(
      (_, i) =>
        `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
    )
    .join(
      "",
    )}<Relationship Id="rId${sheets.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`;
}

/**
 * A cell as read back: its text (numbers as written in the file), whether it was a number, and for
 * a number the decimals its format shows at least (2 for "#,##0.00", 4 for "0.00%" of a fraction).
 */
export interface ReadCell {
  text: string;
  number: boolean;
  decimals?: number;
}

export interface ReadSheet {
  name: string;
  /** Cells by reference ("B2"). */
  cells: Map<string, ReadCell>;
}

/** The most one part of an uploaded workbook may unpack to. */
const MAX_PART_BYTES = 8 * 1024 * 1024;

/** Why a workbook could not be read at all (not a zip, no workbook part...). */
export class WorkbookError extends Error {}

function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp|#\d+|#x[0-9a-f]+);/gi, (_, e: string) => {
    const named: Record<string, string> = { lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" };
    if (e[0] !== "#") return named[e.toLowerCase()];
    return String.fromCodePoint(
      e[1] === "x" || e[1] === "X" ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1)),
    );
  });
}

/** The text of every <t> inside an element (rich text runs included). */
function textOf(xml: string): string {
  return [...xml.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map((m) => unescapeXml(m[1])).join("");
}

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

/** Excel's built-in number formats that show decimals (ECMA-376 part 1, 18.8.30): id -> format. */
const BUILT_IN_FORMATS: Record<string, string> = {
  "2": "0.00",
  "4": "#,##0.00",
  "8": "#,##0.00",
  "10": "0.00%",
  "11": "0.00E+00",
  "40": "#,##0.00",
  "44": "#,##0.00",
};

/**
 * The decimals a number format shows at least: the zeros after its point, in its first (positive)
 * section, two more for a percentage (the cell holds the fraction).
 */
export function formatDecimals(code: string): number {
  const positive = code.replace(/"[^"]*"|\\.|\[[^\]]*\]|[_*]./g, "").split(";")[0];
  if (/E[+-]/i.test(positive)) return 0;
  const zeros = /\.(0*)/.exec(positive)?.[1].length ?? 0;
  return zeros + (positive.includes("%") ? 2 : 0);
}

/** The decimals each cell style (index into cellXfs) shows at least. */
function styleDecimals(stylesXml: string): number[] {
  const custom = new Map(
    [...stylesXml.matchAll(/<numFmt\b[^>]*>/g)].map((m) => [
      attribute(m[0], "numFmtId"),
      unescapeXml(attribute(m[0], "formatCode") ?? ""),
    ]),
  );
  const cellXfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(stylesXml)?.[1] ?? "";
  return [...cellXfs.matchAll(/<xf\b[^>]*>/g)].map((m) => {
    const id = attribute(m[0], "numFmtId") ?? "0";
    return formatDecimals(custom.get(id) ?? BUILT_IN_FORMATS[id] ?? "General");
  });
}

/**
 * A cell's value as a decimal string. A number is read back through its double: the shortest
 * decimal that is the same double (what JavaScript prints), with at least the decimals its format
 * shows, so "14.00" written under "0.00" comes back "14.00" and 0.30000000000000004 stays itself.
 */
export function decimalText(cell: ReadCell): string {
  const value = Number(cell.text);
  if (!cell.number || !Number.isFinite(value)) return cell.text.trim();
  const shortest = new Decimal(value);
  return shortest.toFixed(Math.max(shortest.decimalPlaces(), cell.decimals ?? 0));
}

/**
 * Reads the cell values of a workbook written by us, Excel, WPS or LibreOffice: shared strings,
 * inline strings, numbers (with the decimals their format shows), booleans and cached formula
 * results. Formulas themselves are ignored.
 */
export function readWorkbook(bytes: Uint8Array): ReadSheet[] {
  const files = unzipParts(bytes);
  const text = (name: string) => (files[name] ? strFromU8(files[name]) : undefined);
  const workbook = text("xl/workbook.xml");
  const rels = text("xl/_rels/workbook.xml.rels");
  if (!workbook || !rels) throw new WorkbookError("no xl/workbook.xml: not an .xlsx workbook");
  const targets = new Map(
    [...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => [
      attribute(m[0], "Id"),
      attribute(m[0], "Target"),
    ]),
  );
  const decimalsOfStyle = styleDecimals(text("xl/styles.xml") ?? "");
  const shared = [...(text("xl/sharedStrings.xml") ?? "").matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
    textOf(m[1]),
  );
  return [...workbook.matchAll(/<sheet\b[^>]*>/g)].map((m) => {
    const name = unescapeXml(attribute(m[0], "name") ?? "");
    const target = (targets.get(attribute(m[0], "r:id")) ?? "").replace(/^\/?(xl\/)?/, "");
    return { name, cells: sheetCells(text(`xl/${target}`) ?? "", shared, decimalsOfStyle) };
  });
}

/** The workbook's XML parts and relationships unpacked; a part over MAX_PART_BYTES (a zip bomb) refused. */
function unzipParts(bytes: Uint8Array): Record<string, Uint8Array> {
  let files: Record<string, Uint8Array>;
  let oversized = "";
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        const wanted =
          (file.name.startsWith("xl/") && file.name.endsWith(".xml")) || file.name.endsWith(".rels");
        // a small upload must not unpack into a huge one (a zip bomb)
        if (wanted && file.originalSize > MAX_PART_BYTES) oversized = file.name;
        return wanted && !oversized;
      },
    });
  } catch {
    throw new WorkbookError("not a zip archive");
  }
  if (oversized)
    throw new WorkbookError(`${oversized} unpacks to more than ${MAX_PART_BYTES / 1024 / 1024} MiB`);
  return files;
}

/** A sheet part's cells by reference, each read by its type (formulas ignored, their cached values kept). */
function sheetCells(xml: string, shared: string[], decimalsOfStyle: number[]): Map<string, ReadCell> {
  const cells = new Map<string, ReadCell>();
  for (const c of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const ref = attribute(c[1], "r");
    const body = c[2] ?? "";
    if (!ref) continue;
    const type = attribute(c[1], "t");
    const value = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
    if (type === "inlineStr") cells.set(ref, { text: textOf(body), number: false });
    else if (type === "s" && value !== undefined)
      cells.set(ref, { text: shared[Number(value)] ?? "", number: false });
    else if (type === "str" || type === "e")
      cells.set(ref, { text: unescapeXml(value ?? ""), number: false });
    else if (type === "b") cells.set(ref, { text: value === "1" ? "TRUE" : "FALSE", number: false });
    else if (value !== undefined) {
      const decimals = decimalsOfStyle[Number(attribute(c[1], "s") ?? 0)] ?? 0;
      cells.set(ref, { text: value, number: true, decimals });
    }
  }
  return cells;
}
