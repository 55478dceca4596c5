import { describeTrend, type TrendPoint } from '@/lib/history/describe-trend';
import { loadSiteWords } from '@/lib/i18n/load-site-words';

const english = loadSiteWords('en');
const spanish = loadSiteWords('es');

/** A result of the trend chart finished on `day`, with its two fits. */
function point(day: string, cto: number, cpo: number): TrendPoint {
  return { id: day, finishedAt: `${day}T00:00:00.000Z`, fit: { cto, cpo } };
}

describe('describeTrend', () => {
  it('says a fit stayed where it was, and counts a single point in the singular', () => {
    expect(
      describeTrend(english, [point('2026-01-01', 60, 40), point('2026-02-01', 60, 41)], (iso) =>
        iso.slice(0, 10),
      ),
    ).toBe(
      'Line chart of your CTO and CPO fit over 2 results, from 2026-01-01 to 2026-02-01: CTO fit stayed at 60; CPO fit rose from 40 to 41 (1 point).',
    );
  });

  it('words the change from the first result to the last, whatever lies between', () => {
    const points = [
      point('2026-01-01', 50, 50),
      point('2026-02-01', 90, 10),
      point('2026-03-01', 48, 53),
    ];
    expect(describeTrend(english, points, (iso) => iso.slice(5, 10))).toBe(
      'Line chart of your CTO and CPO fit over 3 results, from 01-01 to 03-01: CTO fit fell from 50 to 48 (2 points); CPO fit rose from 50 to 53 (3 points).',
    );
  });

  it('has nothing to say about no results at all', () => {
    expect(describeTrend(english, [], String)).toBe('Not enough results to show a change yet.');
  });

  it('words the same change in Spanish, with the same dates and numbers', () => {
    const points = [point('2026-01-01', 50, 50), point('2026-03-01', 48, 50)];
    expect(describeTrend(spanish, points, (iso) => iso.slice(5, 10))).toBe(
      'Gráfico de líneas de tu encaje como CTO y como CPO en 2 resultados, del 01-01 al 03-01: El encaje como CTO bajó de 50 a 48 (2 puntos); El encaje como CPO se mantuvo en 50.',
    );
    expect(describeTrend(spanish, [], String)).toBe(
      'Aún no hay suficientes resultados para mostrar un cambio.',
    );
  });
});
