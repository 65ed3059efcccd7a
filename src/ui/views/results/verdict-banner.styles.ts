import { css } from 'lit';

/* The banner's left bar and heading symbol repeat the badge colours; the status is always also in words. */
export const verdictBanner = css`
  :host {
    display: block;
    margin: 12px 0 16px;
  }

  .banner {
    padding: 10px 18px 12px;
    border: 1px solid var(--tl-line-strong);
    border-left: 10px solid var(--bar, var(--tl-grey));
    border-radius: var(--tl-radius-lg);
    background: var(--fill, var(--tl-panel));
  }

  .banner.verified {
    --bar: var(--tl-green);
    --fill: #eef9f5;
  }

  .banner.unverifiable {
    --bar: var(--tl-grey);
    --fill: #f3f4f6;
    border-left-style: double;
  }

  .banner.tampering {
    --bar: var(--tl-vermillion-dark);
    --fill: var(--tl-vermillion-tint);
  }

  h2 {
    margin: 0;
    font-size: 1.35rem;
  }

  h2 .symbol {
    display: inline-block;
    min-width: 1.3em;
    height: 1.3em;
    margin-right: 4px;
    border-radius: 50%;
    background: var(--bar);
    color: var(--tl-white);
    font-size: 0.9em;
    line-height: 1.3em;
    text-align: center;
  }

  .reason {
    margin: 4px 0 6px;
    font-size: 1.05rem;
  }

  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 4px 24px;
  }

  .counts {
    margin: 0;
    font-size: var(--tl-text-lg);
  }

  .confirmed {
    margin-left: 6px;
  }

  .publication {
    margin: 6px 0 0;
    padding-top: 6px;
    border-top: 1px solid var(--tl-line);
    font-size: var(--tl-text-md);
    color: #2c333b;
  }

  .sep {
    color: #6b737c;
  }

  /* On a phone the banner keeps the verdict and its reason; what was published and checked is
     listed, check by check, in the evidence below it. */
  @media (max-width: 699px) {
    .banner {
      padding: 8px 12px 10px;
    }

    h2 {
      font-size: 1.2rem;
    }

    .reason {
      font-size: var(--tl-text-md);
    }

    .publication {
      display: none;
    }
  }
`;
