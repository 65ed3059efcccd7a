import { css } from 'lit';

/* The page's design tokens, set on every component's host (each component lists `theme` first in
   its styles), so that the palette, type and shapes are written once.

   Colours: one colour-blind-safe palette, the Okabe–Ito hues (blue #0072b2, vermillion #d55e00,
   bluish green #009e73, reddish purple #cc79a7, orange #e69f00) with darker shades for text and
   borders on light fills, beside a cool grey scale. Meaning is never carried by hue alone: badges
   and marks also differ in symbol, border style and word.

   The semantic properties the components already expose (--ink, --muted, --line, --panel,
   --verified-*, …) keep working: they fall back to these tokens, and projector mode overrides them. */
export const theme = css`
  :host {
    /* Greys, darkest first. */
    --tl-ink: #1b1f24;
    --tl-ink-soft: #3a424b;
    --tl-muted: #4a525c;
    --tl-grey: #5d6670;
    --tl-grey-soft: #6a737d;
    --tl-border: #8a939d;
    --tl-border-dashed: #b9c0c8;
    --tl-line-strong: #c9ced4;
    --tl-line: #d5d9de;
    --tl-line-soft: #e6e9ec;
    --tl-fill: #eef0f3;
    --tl-panel: #f6f7f9;
    --tl-white: #fff;

    /* Okabe–Ito hues and their shades. */
    --tl-blue: #0072b2;
    --tl-blue-dark: #0b5cb8;
    --tl-blue-darker: #0b4f9c;
    --tl-vermillion: #d55e00;
    --tl-vermillion-dark: #a63d00;
    --tl-vermillion-ink: #6e2700;
    --tl-vermillion-fill: #fde3d3;
    --tl-vermillion-tint: #fff1e8;
    --tl-green: #00795c;
    --tl-green-ink: #00382a;
    --tl-green-fill: #d9f2e9;
    --tl-purple: #7a2f5c;
    --tl-purple-light: #a0527f;
    --tl-orange: #f0a300;
    --tl-orange-dark: #a35a00;

    /* Errors (the page's own problems, not a verdict): red, always with words. */
    --tl-error: #b3261e;
    --tl-error-fill: #fdecea;
    --tl-error-ink: #5c0f0a;

    /* Type. */
    --tl-font-sans: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Liberation Sans', sans-serif;
    --tl-font-mono: ui-monospace, 'SFMono-Regular', Menlo, Consolas, 'Liberation Mono', monospace;
    --tl-text-xxs: 0.75rem;
    --tl-text-xs: 0.8rem;
    --tl-text-sm: 0.85rem;
    --tl-text-md: 0.9rem;
    --tl-text-lg: 0.95rem;
    --tl-text-base: 1rem;
    --tl-text-xl: 1.1rem;
    --tl-text-xxl: 1.3rem;

    /* Shapes. */
    --tl-radius-sm: 4px;
    --tl-radius-md: 6px;
    --tl-radius-lg: 8px;

    /* Keyboard focus: a thick orange ring, clear of the control. */
    --tl-focus: var(--tl-orange);
    --tl-focus-ring: 3px solid var(--tl-orange);
    --tl-focus-offset: 2px;
  }
`;
