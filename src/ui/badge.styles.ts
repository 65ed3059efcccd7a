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
    border-radius: 4px;
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
    border-color: var(--verified-border, #00795c);
    background: var(--verified-fill, #d9f2e9);
    color: var(--verified-ink, #00382a);
  }

  .badge.unverifiable {
    border-style: dashed;
    border-color: var(--unverifiable-border, #5d6670);
    background: var(--unverifiable-fill, #eef0f3);
    color: var(--unverifiable-ink, #1b1f24);
  }

  .badge.tampering {
    border-color: var(--tampering-border, #6e2700);
    background: var(--tampering-fill, #a63d00);
    color: var(--tampering-ink, #fff);
  }

  .badge.tag {
    padding: 0 6px;
    font-size: 0.85rem;
    letter-spacing: 0.02em;
  }
`;
