/**
 * Room for a chart's category labels (the names beside horizontal bars): wide enough for the
 * longest label at the chart's font size, so that none is cut off ("ommunist…"), but never more
 * than a share of the chart, beyond which the labels wrap onto a second line instead.
 */
let context: CanvasRenderingContext2D | null | undefined;

/** The width of `text` in px at `fontPx` (a per-character estimate where no canvas is available). */
export function textWidth(text: string, fontPx: number): number {
  if (context === undefined) context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!context) return text.length * fontPx * 0.6;
  context.font = `${fontPx}px system-ui, sans-serif`;
  return context.measureText(text).width;
}

export interface LabelRoom {
  /** The chart's left margin, px. */
  readonly margin: number;
  /** The axis labels' line width in ems (Plot's `lineWidth`): longer labels wrap. */
  readonly lineWidth: number;
}

/** The left margin for `labels` at `fontPx` in a chart `width` px wide (at most `maxShare` of it). */
export function labelRoom(labels: readonly string[], fontPx: number, width: number, maxShare = 0.4): LabelRoom {
  const widest = Math.max(0, ...labels.map((l) => textWidth(l, fontPx)));
  const margin = Math.ceil(Math.min(widest + 18, Math.max(90, width * maxShare)));
  return { margin, lineWidth: (margin - 14) / fontPx };
}
