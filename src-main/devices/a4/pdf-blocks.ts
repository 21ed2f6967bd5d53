/** Blocks every A4 sheet draws at the flow's cursor: numbered section headings and wrapped paragraphs. */
import type { Flow } from './pdf-flow.js';
import { drawSectionHeading } from './pdf-page.js';
import { drawLine, lineHeight, wrapText, type TextStyle } from './pdf-text.js';

/** Numbers a sheet's sections in order; each heading stays on the page of what follows it. */
export class SectionHeadings {
  private next = 0;
  constructor(
    private readonly flow: Flow,
    private readonly style: TextStyle,
    /** Space between the heading and its content. */
    private readonly gap: number,
  ) {}

  /** Draws the next heading, kept on the same page as `keepWith` points below it. */
  draw(title: string, keepWith: number): void {
    drawSectionHeading(this.flow, this.next, title, this.style, this.gap, keepWith);
    this.next += 1;
  }
}

/** A paragraph wrapped to the frame's width, breaking pages between lines. */
export function drawParagraph(flow: Flow, text: string, style: TextStyle): void {
  const lh = lineHeight(style);
  for (const line of wrapText(flow.doc, text, flow.width, style)) {
    flow.ensure(lh);
    drawLine(flow.doc, line, flow.frame.left, flow.y, style);
    flow.y += lh;
  }
}
