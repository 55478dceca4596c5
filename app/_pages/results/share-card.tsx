import type { Ref } from 'react';

import type { ResultSummary } from '@/lib/export/build-summary';

/** The share image's size: what link previews and social posts expect. */
export const SHARE_CARD_SIZE = { width: 1200, height: 630 } as const;

// Fixed colours, not the page's theme: the image must look the same whoever makes it, in light
// or dark mode. The pairs keep WCAG AA contrast on the white card.
const INK = '#1a1d23';
const MUTED = '#4a5160';
const LINE = '#e4e1da';
const ROLE_COLOUR = { cto: '#1f5fbf', cpo: '#a34a06' } as const;

/**
 * The headline and fit chart of a result, laid out at 1200×630 for the share image. It is drawn
 * off screen and photographed by html-to-image; inline styles keep it independent of the page.
 */
export function ShareCard({ summary, ref }: { summary: ResultSummary; ref: Ref<HTMLDivElement> }) {
  return (
    <div
      ref={ref}
      style={{
        width: SHARE_CARD_SIZE.width,
        height: SHARE_CARD_SIZE.height,
        boxSizing: 'border-box',
        padding: '56px 64px',
        background: '#ffffff',
        color: INK,
        fontFamily: 'system-ui, sans-serif',
        display: 'flex',
        flexDirection: 'column',
        gap: 28,
        borderTop: `12px solid ${ROLE_COLOUR.cto}`,
      }}
    >
      <div style={{ display: 'flex', justifyContent: 'space-between', fontSize: 24, color: MUTED }}>
        <span style={{ fontWeight: 700, color: INK }}>{summary.shareCard.brand}</span>
        <span>{summary.date}</span>
      </div>
      <div style={{ fontSize: 60, fontWeight: 800, lineHeight: 1.1, letterSpacing: '-0.02em' }}>
        {summary.verdict.headline}
      </div>
      <div style={{ display: 'flex', flexDirection: 'column', gap: 22 }}>
        {[summary.fits.cto, summary.fits.cpo].map((fit) => {
          const { role } = fit;
          return (
            <div key={role} style={{ display: 'flex', alignItems: 'center', gap: 24 }}>
              <span style={{ width: 150, fontSize: 30, fontWeight: 700 }}>{fit.label}</span>
              <span
                style={{
                  flex: 1,
                  height: 40,
                  background: LINE,
                  borderRadius: 8,
                  overflow: 'hidden',
                  display: 'flex',
                }}
              >
                <span
                  style={{
                    width: `${fit.score}%`,
                    background:
                      role === 'cto'
                        ? ROLE_COLOUR.cto
                        : `repeating-linear-gradient(135deg, ${ROLE_COLOUR.cpo} 0 14px, #c0651f 14px 20px)`,
                  }}
                />
              </span>
              <span
                style={{
                  width: 300,
                  fontSize: 30,
                  whiteSpace: 'nowrap',
                  display: 'flex',
                  flexDirection: 'column',
                }}
              >
                <span>
                  <strong style={{ fontSize: 40 }}>{fit.score}</strong>
                  {summary.fits.outOfSuffix} · {fit.level}
                </span>
                <span style={{ fontSize: 24, color: MUTED }}>{fit.rangeLabel}</span>
              </span>
            </div>
          );
        })}
      </div>
      <div style={{ marginTop: 'auto', fontSize: 24, color: MUTED, lineHeight: 1.4 }}>
        {summary.archetype.nearest ? (
          <div>
            {summary.shareCard.nearest}
            <strong style={{ color: INK }}>{summary.archetype.nearest.name}</strong>
          </div>
        ) : null}
        <div>{summary.shareCard.footnote}</div>
      </div>
    </div>
  );
}
