import { css } from 'lit';

/* The share lines use the Okabe–Ito hues by rank (1st blue, 2nd vermillion, 3rd bluish green, others grey);
   every swatch has its name written beside it, so nothing depends on colour alone. */
export const realSeriesViewStyles = css`
  .legend {
    display: grid;
    grid-template-columns: repeat(5, max-content);
    justify-content: start;
    gap: 2px 14px;
    margin-bottom: 6px;
    /* Legends stay legible from the back of a classroom: never under 14 px. */
    font-size: max(14px, var(--tl-text-sm));
  }

  #cumulative-title + .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 18px;
  }

  .legend-row {
    display: contents;
  }

  /* On a phone: one row per source, its names wrapping. */
  @media (max-width: 699px) {
    .legend {
      display: block;
    }

    .legend-row {
      display: flex;
      flex-wrap: wrap;
      gap: 2px 12px;
      margin-bottom: 4px;
    }
  }

  .source {
    font-weight: 700;
  }

  .item {
    display: inline-flex;
    align-items: center;
    gap: 5px;
    /* Names wrap on a phone rather than push the page sideways. */
    white-space: normal;
    min-width: 0;
  }

  .swatch {
    display: inline-block;
    width: 14px;
    height: 14px;
    border-radius: 3px;
  }

  .swatch.line {
    width: 22px;
    height: 4px;
    border-radius: 2px;
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

  .caption {
    margin-top: 16px;
    padding: 10px 14px;
    border: 1px solid var(--line, var(--tl-line));
    border-radius: var(--tl-radius-lg);
    background: var(--panel, var(--tl-panel));
    font-size: var(--tl-text-lg);
  }

  .caption p {
    margin: 0 0 4px;
  }

  .caption ul {
    margin: 0;
    padding-left: 1.2em;
  }
`;
