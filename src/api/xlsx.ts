import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";

/**
 * A minimal Office Open XML (SpreadsheetML) writer: what our workbooks need and nothing more.
 * Text goes inline (no shared-string table), numbers as numbers with a display format, a bold
 * header row, frozen panes and column widths. Zipped with fflate at a fixed timestamp, so the same
 * workbook is always the same bytes.
 */

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** A cell: text, or a number (a decimal string as our money travels, or a JS number) with its format. */
export type Cell =
  | string
  | null
  | { number: string | number; format: "fen" | "rate" | "integer" }
  | { bold: string };

export interface Sheet {
  name: string;
  rows: Cell[][];
  /** Column widths in characters. */
  widths?: number[];
  /** Rows frozen at the top (a header). */
  frozenRows?: number;
  /** Drop-down lists: the cells (a reference or range) and the values they allow. */
  validations?: { ref: string; values: readonly string[] }[];
  /** 0-based columns hidden from view (machine keys). */
  hiddenColumns?: number[];
}

/** Style ids in styles.xml below: 0 text, 1 fen (#,##0.00), 2 rate (0.0000), 3 integer, 4 bold. */
const STYLE = { fen: 1, rate: 2, integer: 3, bold: 4 } as const;

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="2"><numFmt numFmtId="164" formatCode="#,##0.00"/><numFmt numFmtId="165" formatCode="0.0000"/></numFmts><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="5"><xf/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="165" applyNumberFormat="1"/><xf numFmtId="1" applyNumberFormat="1"/><xf fontId="1" applyFont="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

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

function cellXml(cell: Cell, ref: string): string {
  if (cell === null || cell === "") return "";
  if (typeof cell === "string") {
    return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(cell)}</t></is></c>`;
  }
  if ("bold" in cell) {
    return `<c r="${ref}" s="${STYLE.bold}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(cell.bold)}</t></is></c>`;
  }
  return `<c r="${ref}" s="${STYLE[cell.format]}"><v>${cell.number}</v></c>`;
}

function sheetXml(sheet: Sheet): string {
  const rows = sheet.rows
    .map((row, r) => {
      const cells = row.map((cell, c) => cellXml(cell, `${columnName(c)}${r + 1}`)).join("");
      return `<row r="${r + 1}">${cells}</row>`;
    })
    .join("");
  const frozen = sheet.frozenRows
    ? `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${sheet.frozenRows}" topLeftCell="A${sheet.frozenRows + 1}" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>`
    : "";
  const hidden = (i: number) => (sheet.hiddenColumns?.includes(i) ? ' hidden="1"' : "");
  const cols = sheet.widths?.length
    ? `<cols>${sheet.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w || 10}" customWidth="1"${hidden(i)}/>`).join("")}</cols>`
    : "";
  const lists = sheet.validations?.length
    ? `<dataValidations count="${sheet.validations.length}">${sheet.validations
        .map(
          (v) =>
            `<dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="${v.ref}"><formula1>"${escapeXml(v.values.join(","))}"</formula1></dataValidation>`,
        )
        .join("")}</dataValidations>`
    : "";
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${frozen}${cols}<sheetData>${rows}</sheetData>${lists}</worksheet>`;
}

/** Sheet names: at most 31 characters, none of : \ / ? * [ ]. */
function sheetName(name: string): string {
  return escapeXml(name.replace(/[:\\/?*[\]]/g, " ").slice(0, 31));
}

/** Every byte fixed: the zip entries carry this date, not the clock's. */
const FIXED_MTIME = new Date("2026-01-01T00:00:00Z");

export function writeWorkbook(sheets: Sheet[]): Uint8Array<ArrayBuffer> {
  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${sheets
        .map(
          (_, i) =>
            `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
        )
        .join("")}</Types>`,
    ),
    "_rels/.rels": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    "xl/workbook.xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheets
        .map((s, i) => `<sheet name="${sheetName(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
        .join("")}</sheets></workbook>`,
    ),
    "xl/_rels/workbook.xml.rels": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
        .map(
          (_, i) =>
            `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
        )
        .join(
          "",
        )}<Relationship Id="rId${sheets.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
    ),
    "xl/styles.xml": strToU8(STYLES),
  };
  sheets.forEach((sheet, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(sheetXml(sheet));
  });
  // fflate allocates its own ArrayBuffer (never a shared one)
  return zipSync(files, { level: 6, mtime: FIXED_MTIME }) as Uint8Array<ArrayBuffer>;
}

/** A cell as read back: its text (numbers as written in the file) and whether it was a number. */
export interface ReadCell {
  text: string;
  number: boolean;
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

/**
 * Reads the cell values of a workbook written by us, Excel, WPS or LibreOffice: shared strings,
 * inline strings, numbers, booleans and cached formula results. Formats, styles and formulas
 * themselves are ignored.
 */
export function readWorkbook(bytes: Uint8Array): ReadSheet[] {
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
  const shared = [...(text("xl/sharedStrings.xml") ?? "").matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
    textOf(m[1]),
  );
  return [...workbook.matchAll(/<sheet\b[^>]*>/g)].map((m) => {
    const name = unescapeXml(attribute(m[0], "name") ?? "");
    const target = (targets.get(attribute(m[0], "r:id")) ?? "").replace(/^\/?(xl\/)?/, "");
    const xml = text(`xl/${target}`) ?? "";
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
      else if (value !== undefined) cells.set(ref, { text: value, number: true });
    }
    return { name, cells };
  });
}
