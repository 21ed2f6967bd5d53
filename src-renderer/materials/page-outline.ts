/**
 * The page outline drawn over the live picture: an A4 sheet (portrait, 1 : √2) as large as the picture
 * allows with a margin. Only what lies inside it is sent for a page; main trims what is not paper.
 */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const A4_RATIO = Math.SQRT2;
const MARGIN = 0.04;

export function pageOutline(frameWidth: number, frameHeight: number): Rect {
  const maxW = frameWidth * (1 - 2 * MARGIN);
  const maxH = frameHeight * (1 - 2 * MARGIN);
  const height = Math.min(maxH, maxW * A4_RATIO);
  const width = height / A4_RATIO;
  return {
    x: Math.round((frameWidth - width) / 2),
    y: Math.round((frameHeight - height) / 2),
    width: Math.round(width),
    height: Math.round(height),
  };
}
