import { css } from 'lit';

/* Shares, gaps and the swing use Okabe–Ito hues; every swatch has its name beside it, and every chart has its
   numbers written out below it, so nothing depends on colour alone. */
export const forensicsViewStyles = css`
  .intro {
    margin: 0 0 12px;
  }

  .chart {
    margin-top: 20px;
  }

  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 2px 14px;
    margin-bottom: 6px;
    /* Legends stay legible from the back of a classroom: never under 14 px. */
    font-size: max(14px, var(--tl-text-sm));
  }

  .item {
    display: inline-flex;
    align-items: center;
    gap: 5px;
    white-space: nowrap;
  }

  .swatch {
    display: inline-block;
    width: 14px;
    height: 14px;
    border-radius: 3px;
  }

  /* Charts are drawn at their box's width: nothing to scroll. */
  .plot {
    overflow: hidden;
  }

  .plot svg {
    display: block;
    max-width: 100%;
    height: auto;
  }

  .figure {
    margin: 6px 0;
  }

  .caption {
    margin: 6px 0 0;
    padding: 8px 14px;
    border: 1px solid var(--line, var(--tl-line));
    border-radius: var(--tl-radius-lg);
    background: var(--panel, var(--tl-panel));
  }
`;
