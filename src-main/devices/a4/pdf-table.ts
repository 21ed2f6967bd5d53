/**
 * A ruled table that flows over pages: rows are measured first, a row that does not fit is
 * moved whole to the next page (split by lines only when it is taller than a page), and the
 * header row is repeated at the top of every continuation page.
 */
import type { Flow } from './pdf-flow.js';
import { drawLine, lineHeight, wrapText } from './pdf-text.js';
import type { Doc, TextStyle } from './pdf-text.js';

export type Align = 'left' | 'center' | 'right';

export interface Column {
  header: string;
  width: number;
  align?: Align;
}

export interface Cell {
  text: string;
  /** Number of columns this cell covers (default 1). */
  colSpan?: number;
  align?: Align;
  bold?: boolean;
  /** Text colour, e.g. the 样表's example values (default black). */
  color?: string;
  /** Background fill, e.g. a light grey for label cells. */
  fill?: string;
}

export interface TableSpec {
  columns: Column[];
  rows: (Cell | string)[][];
  /** Draw a header row from the column titles (repeated on each new page). Default true. */
  header?: boolean;
  body: TextStyle;
  headerStyle?: TextStyle;
  headerFill?: string;
  padX?: number;
  padY?: number;
  ruleWidth?: number;
}

interface LaidCell {
  x: number;
  width: number;
  lines: string[];
  align: Align;
  style: TextStyle;
  fill: string | undefined;
}

interface LaidRow {
  cells: LaidCell[];
  /** Lines of the tallest cell. */
  lineCount: number;
  style: TextStyle;
}

const DEFAULTS = { padX: 4, padY: 3.5, ruleWidth: 0.5 };

function layoutRow(
  doc: Doc,
  spec: TableSpec,
  left: number,
  cells: (Cell | string)[],
  header: boolean,
): LaidRow {
  const padX = spec.padX ?? DEFAULTS.padX;
  const style = header ? (spec.headerStyle ?? spec.body) : spec.body;
  const laid: LaidCell[] = [];
  let col = 0;
  let x = left;
  for (const raw of cells) {
    const cell: Cell = typeof raw === 'string' ? { text: raw } : raw;
    const span = Math.max(1, cell.colSpan ?? 1);
    let width = 0;
    for (let i = col; i < col + span; i++) width += spec.columns[i]?.width ?? 0;
    let cellStyle: TextStyle = cell.bold === undefined ? style : { ...style, bold: cell.bold };
    if (cell.color) cellStyle = { ...cellStyle, color: cell.color };
    const lines = wrapText(doc, cell.text, width - 2 * padX, cellStyle);
    laid.push({
      x,
      width,
      lines,
      align: cell.align ?? (header ? 'center' : (spec.columns[col]?.align ?? 'left')),
      style: cellStyle,
      fill: cell.fill ?? (header ? spec.headerFill : undefined),
    });
    x += width;
    col += span;
  }
  const lineCount = Math.max(1, ...laid.map((c) => c.lines.length));
  return { cells: laid, lineCount, style };
}

function rowHeight(spec: TableSpec, row: LaidRow, lines = row.lineCount): number {
  const padY = spec.padY ?? DEFAULTS.padY;
  return lines * lineHeight(row.style) + 2 * padY;
}

/** Draws lines [from, to) of every cell of a row as one ruled band at `y`. */
function drawBand(doc: Doc, spec: TableSpec, row: LaidRow, y: number, from: number, to: number): number {
  const padX = spec.padX ?? DEFAULTS.padX;
  const padY = spec.padY ?? DEFAULTS.padY;
  const height = rowHeight(spec, row, to - from);
  const lh = lineHeight(row.style);
  for (const cell of row.cells) {
    if (cell.fill) doc.save().rect(cell.x, y, cell.width, height).fill(cell.fill).restore();
    const lines = cell.lines.slice(from, to);
    // Cells of a whole row are centred vertically; the parts of a split row start at the top.
    const whole = from === 0 && to === row.lineCount;
    const offset = whole ? ((to - from - lines.length) * lh) / 2 : 0;
    lines.forEach((line, i) => {
      const ly = y + padY + offset + i * lh;
      drawLine(doc, line, cell.x + padX, ly, cell.style, cell.align, cell.width - 2 * padX);
    });
  }
  doc
    .save()
    .lineWidth(spec.ruleWidth ?? DEFAULTS.ruleWidth)
    .strokeColor('black');
  for (const cell of row.cells) doc.rect(cell.x, y, cell.width, height).stroke();
  doc.restore();
  return height;
}

function drawRow(flow: Flow, spec: TableSpec, row: LaidRow, header: LaidRow | undefined): void {
  const doc = flow.doc;
  const headerHeight = header ? rowHeight(spec, header) : 0;
  const full = rowHeight(spec, row);
  const startPage = (): void => {
    flow.newPage();
    if (header) flow.y += drawBand(doc, spec, header, flow.y, 0, header.lineCount);
  };
  if (flow.y + full > flow.frame.bottom && full <= flow.pageCapacity - headerHeight) startPage();
  let from = 0;
  while (from < row.lineCount) {
    const fit = Math.floor(
      (flow.frame.bottom - flow.y - 2 * (spec.padY ?? DEFAULTS.padY)) / lineHeight(row.style) + 0.001,
    );
    // Only a row taller than a page gets here with fit < remaining lines; never leave a lone line.
    if (fit < Math.min(2, row.lineCount - from)) {
      startPage();
      continue;
    }
    const to = Math.min(row.lineCount, from + fit);
    flow.y += drawBand(doc, spec, row, flow.y, from, to);
    from = to;
    if (from < row.lineCount) startPage();
  }
}

/** Height of the header plus the first row: what a heading above the table should keep with it. */
export function tableLeadHeight(flow: Flow, spec: TableSpec): number {
  const left = flow.frame.left;
  const first = spec.rows[0];
  const head =
    spec.header === false ? 0 : rowHeight(spec, layoutRow(flow.doc, spec, left, headerCells(spec), true));
  const row = first ? rowHeight(spec, layoutRow(flow.doc, spec, left, first, false)) : 0;
  return Math.min(head + row, flow.pageCapacity);
}

function headerCells(spec: TableSpec): Cell[] {
  return spec.columns.map((c) => ({ text: c.header }));
}

export function drawTable(flow: Flow, spec: TableSpec): void {
  const doc = flow.doc;
  const left = flow.frame.left;
  const header = spec.header === false ? undefined : layoutRow(doc, spec, left, headerCells(spec), true);
  const rows = spec.rows.map((r) => layoutRow(doc, spec, left, r, false));
  if (header) {
    const first = rows[0];
    // Keep the header with the whole first row (or its first two lines when it is taller than a page).
    const headHeight = rowHeight(spec, header);
    const firstHeight = first ? rowHeight(spec, first) : 0;
    const lead =
      headHeight + firstHeight <= flow.pageCapacity
        ? headHeight + firstHeight
        : headHeight + (first ? rowHeight(spec, first, Math.min(first.lineCount, 2)) : 0);
    flow.ensure(lead);
    flow.y += drawBand(doc, spec, header, flow.y, 0, header.lineCount);
  }
  for (const row of rows) drawRow(flow, spec, row, header);
}
