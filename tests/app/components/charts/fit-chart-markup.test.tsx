import { parseHTML } from 'linkedom';
import { createElement, useEffect, useState } from 'react';

import FitChart from '@/app/components/charts/fit-chart';
import {
  FIT_CHART_CLASS_NAMES,
  type FitChartClasses,
} from '@/app/components/charts/fit-chart-classes';
import { createMarkupRenderer } from '@/app/components/charts/render-markup';

const classes = Object.fromEntries(
  FIT_CHART_CLASS_NAMES.map((name) => [name, `c-${name}`]),
) as FitChartClasses;

const drawFitChart = (fit: { cto: number; cpo: number }, width = 400) =>
  createMarkupRenderer('test-')(
    createElement(FitChart, {
      fit,
      levels: { cto: 'Solid', cpo: 'Emerging' },
      ticks: [0, 45, 55, 70, 100],
      width,
      classes,
    }),
  );

/** The markup read back by an HTML parser, as the page reads it when it shows the chart. */
const parse = (markup: string) => {
  const { document } = parseHTML(`<!doctype html><html><body>${markup}</body></html>`);
  return document.body;
};

/** The elements matching `selector` in the markup, in document order. */
const select = (markup: string, selector: string) => [...parse(markup).querySelectorAll(selector)];

/** The width of each bar (a `rect` with a fill class), in document order. */
const barWidths = (markup: string) =>
  select(markup, 'rect.c-ctoFill, rect.c-cpoOutline').map((bar) =>
    Number(bar.getAttribute('width')),
  );

/** The texts of the elements matching `selector`. */
const texts = (markup: string, selector: string) =>
  select(markup, selector).map((element) => element.textContent);

describe('the fit chart drawn without a document', () => {
  it('draws both bars, in proportion to the fits, with their numbers and levels', async () => {
    const markup = await drawFitChart({ cto: 60, cpo: 30 });
    expect(select(markup, 'svg')).toHaveLength(1);
    const [cto, cpo] = barWidths(markup);
    expect(cto).toBeGreaterThan(0);
    expect(cpo).toBeCloseTo((cto ?? 0) / 2, 0);
    expect(markup).toContain('60 · Solid');
    expect(markup).toContain('30 · Emerging');
  });

  it('labels the axis at every level threshold and names both roles', async () => {
    const markup = await drawFitChart({ cto: 72, cpo: 51 });
    expect(texts(markup, 'text.c-tickLabel')).toEqual(['0', '45', '55', '70', '100']);
    expect(texts(markup, 'text.c-roleLabel')).toEqual(['CTO', 'CPO']);
  });

  it('moves close threshold numbers apart on a narrow screen, so that they never overlap', async () => {
    const markup = await drawFitChart({ cto: 50, cpo: 50 }, 240);
    const x = new Map(
      select(markup, 'text.c-tickLabel').map((label) => [
        label.textContent,
        Number(label.getAttribute('x')),
      ]),
    );
    // Two-digit labels are about 16px wide; their centres must be at least that plus a gap apart.
    expect((x.get('55') ?? NaN) - (x.get('45') ?? NaN)).toBeGreaterThanOrEqual(20);
    expect((x.get('70') ?? NaN) - (x.get('55') ?? NaN)).toBeGreaterThanOrEqual(20);
  });

  it('hatches the CPO bar, so that the two differ in more than colour', async () => {
    const markup = await drawFitChart({ cto: 40, cpo: 80 });
    expect(select(markup, 'pattern#test-fit-chart-hatch')).toHaveLength(1);
    expect(select(markup, 'rect.c-cpoOutline')[0]?.getAttribute('fill')).toBe(
      'url(#test-fit-chart-hatch)',
    );
  });

  it('keeps a short bar visible and puts its label beside it', async () => {
    const markup = await drawFitChart({ cto: 0, cpo: 3 }, 320);
    expect(barWidths(markup)).toHaveLength(2);
    expect(barWidths(markup).every((width) => width >= 2)).toBe(true);
    expect(texts(markup, '.c-barLabelOutside')).toContain('0 · Solid');
  });

  it('shortens a label to the number where neither the bar nor the space after it can hold it', async () => {
    const markup = await drawFitChart({ cto: 51, cpo: 50 }, 200);
    expect(texts(markup, '.c-barLabel-cto')).toEqual(['51']);
    expect(texts(markup, '.c-barLabel-cpo')).toEqual(['50']);
    expect(markup).not.toContain('· Solid');
    expect(markup).not.toContain('· Emerging');
  });

  it('gives every id its prefix, so that it cannot clash with a chart drawn on the page', async () => {
    const markup = await drawFitChart({ cto: 60, cpo: 40 });
    const ids = select(markup, '[id]').map((element) => element.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((id) => id.startsWith('test-'))).toBe(true);
    for (const [, target] of markup.matchAll(/url\(#([^)]+)\)/g)) expect(ids).toContain(target);
  });

  it('draws again at a new size', async () => {
    const draw = createMarkupRenderer('resize-');
    const props = {
      fit: { cto: 50, cpo: 50 },
      levels: { cto: 'a', cpo: 'b' },
      ticks: [0, 100],
      classes,
    };
    const narrow = await draw(createElement(FitChart, { ...props, width: 300 }));
    const wide = await draw(createElement(FitChart, { ...props, width: 600 }));
    expect(select(narrow, 'svg')[0]?.getAttribute('width')).toBe('300');
    expect(select(wide, 'svg')[0]?.getAttribute('width')).toBe('600');
    expect(barWidths(wide)[0]).toBeGreaterThan(barWidths(narrow)[0] ?? Infinity);
  });
});

describe('the markup renderer', () => {
  it('escapes text and quotes attribute values, so that an HTML parser reads both back unchanged', async () => {
    const note = '"quoted" & <tagged>';
    const markup = await createMarkupRenderer('escape-')(
      createElement('text', { 'data-note': note }, 'a < b & c > d'),
    );
    expect(markup).toContain('>a &lt; b &amp; c &gt; d</text>');
    const [text] = select(markup, 'text');
    expect(text?.getAttribute('data-note')).toBe(note);
    expect(text?.textContent).toBe('a < b & c > d');
  });

  it('writes inline styles with their CSS names', async () => {
    const markup = await createMarkupRenderer('style-')(
      createElement('div', { style: { pointerEvents: 'none', '--level': 2 } }),
    );
    expect(markup).toBe('<div style="pointer-events:none;--level:2"></div>');
  });

  it('waits for the updates that effects set off, one turn of the event loop after another', async () => {
    function Countdown() {
      const [left, setLeft] = useState(8);
      useEffect(() => {
        if (left === 0) return undefined;
        const timer = setTimeout(() => setLeft(left - 1), 0);
        return () => clearTimeout(timer);
      }, [left]);
      return createElement('g', { 'data-left': left }, left === 0 ? 'done' : `${left} to go`);
    }
    expect(await createMarkupRenderer('wait-')(createElement(Countdown))).toBe(
      '<g data-left="0">done</g>',
    );
  });
});
