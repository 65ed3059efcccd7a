import { css } from 'lit';

/* Verdict badges and PASS / FAIL tags, shared by the table, the banner and the evidence panel.
   Okabe–Ito hues, told apart by more than hue: verified is a light fill with a solid border and ✓,
   unverifiable a grey fill with a dashed border and ?, tampering a dark fill with white text and ✗.
   Each always carries its word. Override with --verified-*, --unverifiable-*, --tampering-*. */
export const badgeStyles = css`
  .badge {
    display: inline-block;
    padding: 1px 8px;
    border: 2px solid transparent;
    border-radius: var(--tl-radius-sm);
    font-weight: 700;
    line-height: 1.35;
    white-space: nowrap;
  }

  .badge .symbol {
    display: inline-block;
    min-width: 0.9em;
    text-align: center;
  }

  .badge.verified {
    border-color: var(--verified-border, var(--tl-green));
    background: var(--verified-fill, var(--tl-green-fill));
    color: var(--verified-ink, var(--tl-green-ink));
  }

  .badge.unverifiable {
    border-style: dashed;
    border-color: var(--unverifiable-border, var(--tl-grey));
    background: var(--unverifiable-fill, var(--tl-fill));
    color: var(--unverifiable-ink, var(--tl-ink));
  }

  .badge.tampering {
    border-color: var(--tampering-border, var(--tl-vermillion-ink));
    background: var(--tampering-fill, var(--tl-vermillion-dark));
    color: var(--tampering-ink, var(--tl-white));
  }

  .badge.tag {
    padding: 0 6px;
    font-size: var(--tl-text-sm);
    letter-spacing: 0.02em;
  }
`;
