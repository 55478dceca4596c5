import {
  buildCompetencyRows,
  describeTensions,
  summariseCompetencyChart,
  summariseFitChart,
  summariseTensionChart,
} from '@/lib/report';
import { scoreAnswers } from '@/lib/scoring';
import { endorseOnly } from '@/tests/fixtures/answer-builders';
import { tinyBank } from '@/tests/fixtures/tiny-bank';
import { SCORING_COPY } from '@/lib/scoring/scoring-copy';
import { RESULT_COPY } from '@/lib/report/copy/result-copy';
import { ENGLISH_WORDS } from '@/tests/support/english-words';

describe('chart summaries', () => {
  it('reads the fit chart as both numbers with their levels and ranges', () => {
    expect(
      summariseFitChart(
        ENGLISH_WORDS,
        { cto: 78, cpo: 52 },
        { cto: { low: 71, high: 85 }, cpo: { low: 44, high: 60 } },
      ),
    ).toMatchInlineSnapshot(
      `"Bar chart of your fit on a 0 to 100 scale, each bar with the range it probably lies in: CTO 78 (strong, range 71–85), CPO 52 (emerging, range 44–60)."`,
    );
  });

  it('reads the competency chart as its highest, lowest and unmeasured competencies', () => {
    // Two competencies at 100 and two at 0: a 0 among the "highest" would misread the chart.
    const answers = { ...endorseOnly(tinyBank, ['tech', 'lead']) };
    delete answers['market-01'];
    delete answers['market-02'];
    delete answers['market-03'];
    const rows = buildCompetencyRows(
      ENGLISH_WORDS,
      tinyBank,
      scoreAnswers(tinyBank, answers, SCORING_COPY),
    );
    const summary = summariseCompetencyChart(ENGLISH_WORDS, rows);
    const highest = /Highest: ([^.]*)\./.exec(summary)?.[1] ?? '';
    const lowest = /Lowest: ([^.]*)\./.exec(summary)?.[1] ?? '';
    expect(highest).toContain('Competency tech 100');
    expect(highest).toContain('Competency lead 100');
    expect(highest).not.toMatch(/ 0 \(/);
    expect(lowest).not.toMatch(/ 100 \(/);
    expect(summary).toMatchInlineSnapshot(
      `"Bar chart of your score on each of 5 competencies, each bar with the range it probably lies in, and markers for where the CTO and the CPO role would ideally be. Highest: Competency tech 100 (range 86–100), Competency lead 100 (range 86–100). Lowest: Competency customer 0 (range 0–14), Competency infra 0 (range 0–14). 1 competency was not measured. The table below the chart lists every value and range."`,
    );
  });

  it('names the only measured competency as the highest and no lowest', () => {
    const rows = buildCompetencyRows(
      ENGLISH_WORDS,
      tinyBank,
      scoreAnswers(tinyBank, endorseOnly(tinyBank, ['tech']), SCORING_COPY),
    ).map((row) => (row.id === 'tech' ? row : { ...row, score: null, range: null }));
    const summary = summariseCompetencyChart(ENGLISH_WORDS, rows);
    expect(summary).toContain('Highest: Competency tech 100');
    expect(summary).not.toContain('Lowest');
    expect(summary).toContain('4 competencies were not measured.');
  });

  it('reads the tension chart as each tension’s placement', () => {
    const rows = describeTensions(
      ENGLISH_WORDS,
      tinyBank,
      scoreAnswers(tinyBank, { 'speed-1': 'product' }, SCORING_COPY),
    );
    expect(summariseTensionChart(RESULT_COPY, rows)).toMatchInlineSnapshot(
      `"Diverging bar chart of where you sit on 2 tensions, from technology-first (−100) to product-first (+100). Tension speed: product-first (+100); Tension risk: not measured."`,
    );
  });
});
