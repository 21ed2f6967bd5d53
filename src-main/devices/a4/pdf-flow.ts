/**
 * A vertical cursor over the content area of A4 pages: knows where the next block goes
 * and starts a new page when a block would cross the bottom edge of the content area.
 */
import type { Doc } from './pdf-text.js';

export interface Frame {
  left: number;
  right: number;
  /** Top of the content area on pages after the first. */
  top: number;
  /** Bottom of the content area (the footer lives below it). */
  bottom: number;
}

export class Flow {
  y: number;
  constructor(
    readonly doc: Doc,
    readonly frame: Frame,
    startY: number,
  ) {
    this.y = startY;
  }

  get width(): number {
    return this.frame.right - this.frame.left;
  }

  /** Height available on a fresh page. */
  get pageCapacity(): number {
    return this.frame.bottom - this.frame.top;
  }

  remaining(): number {
    return this.frame.bottom - this.y;
  }

  newPage(): void {
    this.doc.addPage();
    this.y = this.frame.top;
  }

  /** Starts a new page unless `height` fits below the cursor; true when it broke the page. */
  ensure(height: number): boolean {
    if (this.y + height <= this.frame.bottom + 0.01) return false;
    this.newPage();
    return true;
  }

  skip(height: number): void {
    this.y = Math.min(this.y + height, this.frame.bottom);
  }
}
