/** What each pictogram of the home page's "What you will learn" cards draws, on a 48-unit square. */
const DRAWINGS = {
  // Two fits: a long CTO bar over a shorter CPO bar.
  fits: (
    <>
      <rect x="10" y="15.5" width="23.8" height="6" rx="3" fill="var(--cto)" />
      <rect x="10" y="26.5" width="15.4" height="6" rx="3" fill="var(--cpo)" />
    </>
  ),
  // Competency scores: three bars of different heights.
  bars: (
    <>
      <rect x="11" y="21.6" width="6" height="14.4" rx="3" fill="var(--accent)" />
      <rect x="21" y="12" width="6" height="24" rx="3" fill="var(--accent)" />
      <rect x="31" y="27.6" width="6" height="8.4" rx="3" fill="var(--accent)" />
    </>
  ),
  // A tension: a marker on a scale running from the CTO colour to the CPO colour.
  scale: (
    <>
      <linearGradient id="learn-glyph-scale">
        <stop offset="0" stopColor="var(--cto)" />
        <stop offset="1" stopColor="var(--cpo)" />
      </linearGradient>
      <rect x="10" y="22" width="28" height="4" rx="2" fill="url(#learn-glyph-scale)" />
      <circle cx="32.4" cy="24" r="5" fill="var(--surface)" stroke="var(--ink)" strokeWidth="2" />
    </>
  ),
  // An archetype: a target ring.
  ring: (
    <>
      <circle
        cx="24"
        cy="24"
        r="10"
        fill="var(--accent-soft)"
        stroke="var(--accent)"
        strokeWidth="4"
      />
      <circle cx="24" cy="24" r="4" fill="var(--accent)" />
    </>
  ),
};

/** A small decorative pictogram on a tinted square; screen readers skip it. */
export function LearnGlyph({ kind }: { kind: keyof typeof DRAWINGS }) {
  return (
    <svg viewBox="0 0 48 48" aria-hidden="true" focusable="false">
      <rect width="48" height="48" rx="12" fill="var(--accent-soft)" />
      {DRAWINGS[kind]}
    </svg>
  );
}
