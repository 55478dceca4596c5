import { renderToStaticMarkup } from 'react-dom/server';

import { FitChart } from '@/app/_shared/charts/fit-chart';
import { fitChartGeometry } from '@/lib/charts/fit-chart';

const geometry = fitChartGeometry({
  fit: { cto: 62, cpo: 48 },
  ranges: { cto: { low: 55, high: 69 }, cpo: { low: 40, high: 56 } },
  levels: { cto: 'Solid', cpo: 'Emerging' },
  ticks: [0, 45, 55, 70, 100],
  width: 640,
});

/** The chart as the server renders it: no browser, no worker, no effects. */
const markup = () => renderToStaticMarkup(<FitChart geometry={geometry} />);

describe('the headline fit chart', () => {
  it('renders on the server as one SVG, kept out of the accessibility tree', () => {
    const html = markup();
    expect(html.startsWith('<svg')).toBe(true);
    expect(html).toContain('aria-hidden="true"');
    expect(html).toContain('width="640"');
  });

  it('names both roles and writes each fit with its level word', () => {
    const html = markup();
    expect(html).toContain('>CTO<');
    expect(html).toContain('>CPO<');
    expect(html).toContain('62 · Solid');
    expect(html).toContain('48 · Emerging');
  });

  it('draws a bracket with its halo across each bar for its range', () => {
    const html = markup();
    expect(html.match(/<path d="M[^"]*"/g)).toHaveLength(4);
    for (const bar of geometry.bars) {
      expect(html).toContain(`M${bar.bracket.x1} ${bar.bracket.y}H${bar.bracket.x2}`);
    }
  });

  it('draws a grid line and a number for every level threshold', () => {
    const html = markup();
    expect(html.match(/<line /g)).toHaveLength(5);
    for (const tick of ['0', '45', '55', '70', '100']) expect(html).toContain(`>${tick}</text>`);
  });

  it('hatches the CPO bar, so that the two bars differ in more than colour', () => {
    const html = markup();
    expect(html).toContain('<pattern id="fit-chart-hatch"');
    expect(html.match(/fill="url\(#fit-chart-hatch\)"/g)).toHaveLength(1);
  });
});
