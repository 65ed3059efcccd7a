import { css } from 'lit';

/* A wide table on a narrow screen scrolls sideways inside its own box, never the page. The box is a
   labelled region in the tab order (role="region", aria-label, tabindex="0"), so that keyboard users
   can scroll it with the arrow keys and screen readers announce what it holds. */
export const scrollRegionStyles = css`
  .table-scroll {
    max-width: 100%;
    overflow-x: auto;
    overscroll-behavior-x: contain;
  }

  .table-scroll:focus-visible {
    outline: var(--tl-focus-ring);
    outline-offset: var(--tl-focus-offset);
  }
`;
