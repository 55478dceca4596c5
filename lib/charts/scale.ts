/** A linear map from a domain of values onto a span of the page (px or mm). */
export type Scale = (value: number) => number;

/**
 * The linear scale from `domain` onto `range`, clamped to the domain, so that nothing drawn
 * with it leaves the plot whatever value it is given.
 */
export function linearScale(
  domain: readonly [number, number],
  range: readonly [number, number],
): Scale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const low = Math.min(d0, d1);
  const high = Math.max(d0, d1);
  const span = d1 - d0 || 1;
  return (value) => {
    const clamped = Math.min(high, Math.max(low, Number.isFinite(value) ? value : low));
    return r0 + ((clamped - d0) / span) * (r1 - r0);
  };
}

/** The 0–100 scale every fit and competency score is drawn on. */
export const SCORE_DOMAIN = [0, 100] as const;

/** The −100…+100 scale of a tension, technology-first to product-first. */
export const TENSION_DOMAIN = [-100, 100] as const;
