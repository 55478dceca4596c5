import { createElement, useEffect, useState } from 'react';

import FitChart from '@/app/_shared/charts/fit-chart';
import {
  FIT_CHART_CLASS_NAMES,
  type FitChartClasses,
} from '@/app/_shared/charts/fit-chart-classes';
import { createMarkupContainer } from '@/app/_shared/charts/markup-dom';
import { createMarkupRenderer } from '@/app/_shared/charts/render-markup';

const classes = Object.fromEntries(
  FIT_CHART_CLASS_NAMES.map((name) => [name, `c-${name}`]),
) as FitChartClasses;

type Range = { low: number; high: number };

/** A range of five points either side of a fit, within the scale. */
const around = (fit: number): Range => ({
  low: Math.max(0, fit - 5),
  high: Math.min(100, fit + 5),
});

const drawFitChart = (
  fit: { cto: number; cpo: number },
  width = 400,
  ranges: { cto: Range; cpo: Range } = { cto: around(fit.cto), cpo: around(fit.cpo) },
) =>
  createMarkupRenderer('test-')(
    createElement(FitChart, {
      fit,
      ranges,
      levels: { cto: 'Solid', cpo: 'Emerging' },
      ticks: [0, 45, 55, 70, 100],
      width,
      classes,
    }),
  );

/** The width of each bar (a `rect` with a fill class), in document order. */
const barWidths = (markup: string) =>
  [...markup.matchAll(/<rect [^>]*width="([\d.]+)"[^>]*class="c-(?:ctoFill|cpoOutline)"/g)].map(
    (match) => Number(match[1]),
  );

describe('the fit chart drawn without a document', () => {
  it('draws both bars, in proportion to the fits, with their numbers and levels', async () => {
    const markup = await drawFitChart({ cto: 60, cpo: 30 });
    expect(markup).toContain('<svg');
    const [cto, cpo] = barWidths(markup);
    expect(cto).toBeGreaterThan(0);
    expect(cpo).toBeCloseTo((cto ?? 0) / 2, 0);
    expect(markup).toContain('60 · Solid');
    expect(markup).toContain('30 · Emerging');
  });

  it('labels the axis at every level threshold and names both roles', async () => {
    const markup = await drawFitChart({ cto: 72, cpo: 51 });
    for (const tick of ['0', '45', '55', '70', '100']) {
      expect(markup).toMatch(new RegExp(`class="c-tickLabel"[^>]*>${tick}</text>`));
    }
    expect(markup).toMatch(/class="c-roleLabel"[^>]*>CTO<\/text>/);
    expect(markup).toMatch(/class="c-roleLabel"[^>]*>CPO<\/text>/);
  });

  it('moves close threshold numbers apart on a narrow screen, so that they never overlap', async () => {
    const markup = await drawFitChart({ cto: 50, cpo: 50 }, 240);
    const x = (tick: string) =>
      Number(
        markup.match(new RegExp(`<text x="([\\d.]+)"[^>]*class="c-tickLabel"[^>]*>${tick}<`))?.[1],
      );
    // Two-digit labels are about 16px wide; their centres must be at least that plus a gap apart.
    expect(x('55') - x('45')).toBeGreaterThanOrEqual(20);
    expect(x('70') - x('55')).toBeGreaterThanOrEqual(20);
  });

  it('draws each range as a bracket from its low to its high end, on a halo', async () => {
    const markup = await drawFitChart({ cto: 60, cpo: 30 }, 446, {
      cto: { low: 50, high: 70 },
      cpo: { low: 20, high: 40 },
    });
    // The plot runs from x 46 (after the role names) to 428 (before the right margin), 3.82px a
    // point: 50–70 is 237–313.4, 20–40 is 122.4–198.8.
    const brackets = [
      ...markup.matchAll(/<path d="M([\d.]+) [\d.]+H([\d.]+)M[^"]*" class="c-whisker"/g),
    ];
    expect(brackets.map((m) => [Number(m[1]), Number(m[2])])).toEqual([
      [237, 313.4],
      [122.4, 198.8],
    ]);
    expect(markup.match(/class="c-whiskerHalo"/g)).toHaveLength(2);
  });

  it('puts a label that does not fit left of the bracket after the bracket', async () => {
    const markup = await drawFitChart({ cto: 20, cpo: 20 }, 446, {
      cto: { low: 10, high: 45 },
      cpo: { low: 10, high: 45 },
    });
    const x = Number(markup.match(/<text x="([\d.]+)"[^>]*class="c-barLabelOutside"/)?.[1]);
    expect(x).toBeCloseTo(46 + 45 * 3.82 + 8, 1);
  });

  it('hatches the CPO bar, so that the two differ in more than colour', async () => {
    const markup = await drawFitChart({ cto: 40, cpo: 80 });
    expect(markup).toMatch(/<pattern id="test-fit-chart-hatch"/);
    expect(markup).toMatch(/fill="url\(#test-fit-chart-hatch\)"[^>]*class="c-cpoOutline"/);
  });

  it('keeps a short bar visible and puts its label beside it', async () => {
    const markup = await drawFitChart({ cto: 0, cpo: 3 }, 320);
    expect(barWidths(markup).every((width) => width >= 2)).toBe(true);
    expect(markup).toMatch(/class="c-barLabelOutside">0 · Solid</);
  });

  it('shortens a label to the number where neither the bar nor the space after it can hold it', async () => {
    const markup = await drawFitChart({ cto: 51, cpo: 50 }, 200);
    expect(markup).toMatch(/class="c-barLabel-cto">51</);
    expect(markup).toMatch(/class="c-barLabel-cpo">50</);
    expect(markup).not.toContain('· Solid');
    expect(markup).not.toContain('· Emerging');
  });

  it('gives every id its prefix, so that it cannot clash with a chart drawn on the page', async () => {
    const markup = await drawFitChart({ cto: 60, cpo: 40 });
    const ids = [...markup.matchAll(/ id="([^"]+)"/g)].map((match) => match[1] ?? '');
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((id) => id.startsWith('test-'))).toBe(true);
    for (const [, target] of markup.matchAll(/url\(#([^)]+)\)/g)) expect(ids).toContain(target);
  });

  it('draws again at a new size', async () => {
    const draw = createMarkupRenderer('resize-');
    const props = {
      fit: { cto: 50, cpo: 50 },
      ranges: { cto: around(50), cpo: around(50) },
      levels: { cto: 'a', cpo: 'b' },
      ticks: [0, 100],
      classes,
    };
    const narrow = await draw(createElement(FitChart, { ...props, width: 300 }));
    const wide = await draw(createElement(FitChart, { ...props, width: 600 }));
    expect(narrow).toContain('width="300"');
    expect(wide).toContain('width="600"');
    expect(barWidths(wide)[0]).toBeGreaterThan(barWidths(narrow)[0] ?? Infinity);
  });
});

describe('the markup renderer', () => {
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

describe('the markup document', () => {
  it('escapes text and attribute values', () => {
    const container = createMarkupContainer();
    const root = container.element as {
      ownerDocument: {
        createElementNS(ns: string, name: string): unknown;
        createTextNode(t: string): unknown;
      };
      appendChild(node: unknown): unknown;
    };
    const text = root.ownerDocument.createElementNS('http://www.w3.org/2000/svg', 'text') as {
      setAttribute(name: string, value: string): void;
      appendChild(node: unknown): unknown;
    };
    text.setAttribute('data-note', '"quoted" & <tagged>');
    text.appendChild(root.ownerDocument.createTextNode('a < b & c > d'));
    root.appendChild(text);
    expect(container.markup()).toBe(
      '<text data-note="&quot;quoted&quot; &amp; &lt;tagged&gt;">a &lt; b &amp; c &gt; d</text>',
    );
  });

  it('writes inline styles with their CSS names', () => {
    const container = createMarkupContainer();
    const root = container.element as {
      ownerDocument: { createElement(name: string): { style: Record<string, unknown> } };
      appendChild(node: unknown): unknown;
    };
    const box = root.ownerDocument.createElement('div');
    box.style.pointerEvents = 'none';
    (box.style.setProperty as (name: string, value: string) => void)('--level', '2');
    root.appendChild(box);
    expect(container.markup()).toBe('<div style="pointer-events:none;--level:2"></div>');
  });
});
