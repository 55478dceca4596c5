import { parseBank } from '@/lib/bank/parse-bank';
import { buildSummary, formatCsvField, renderCsv } from '@/lib/export';
import { tinyBank, tinyBankContent } from '@/tests/fixtures/tiny-bank';

import { fixedAnswers } from './fixed-answers';
import { ENGLISH_WORDS } from '@/tests/support/english-words';

const date = '2026-11-28';

describe('renderCsv', () => {
  it('writes a header, the two fits and a row per competency, with an empty cell when not measured', () => {
    const csv = renderCsv(buildSummary(ENGLISH_WORDS, tinyBank, fixedAnswers, 'full', { date }));
    expect(csv.split('\r\n')).toMatchInlineSnapshot(`
      [
        "kind,id,name,score,answered,total,cto_importance,cpo_importance,level,range_low,range_high",
        "fit,cto,CTO fit,84,13,17,,,Strong,72,95",
        "fit,cpo,CPO fit,52,13,17,,,Emerging,40,64",
        "competency,tech,Competency tech,83,3,3,essential,peripheral,,67,100",
        "competency,infra,Competency infra,75,3,3,essential,useful,,58,92",
        "competency,customer,Competency customer,33,3,3,peripheral,essential,,17,50",
        "competency,market,Competency market,,0,3,useful,essential,,,",
        "competency,lead,Competency lead,92,3,3,important,important,,75,100",
        "archetype,technologist,Technologist,82,,,,,,,",
        "archetype,generalist,Generalist,75,,,,,,,",
        "archetype,product-lead,Product lead,52,,,,,,,",
        "",
      ]
    `);
  });

  it('ends every line, the last included, with CRLF and never with a bare LF', () => {
    const csv = renderCsv(buildSummary(ENGLISH_WORDS, tinyBank, fixedAnswers, 'full', { date }));
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('quotes names holding a comma, a quote or a line break, doubling the quotes', () => {
    const names: Record<string, string> = {
      tech: 'Build, buy or partner',
      infra: 'The "platform" team',
      customer: 'Customers\nand users',
    };
    const bank = parseBank({
      ...tinyBankContent,
      competencies: tinyBankContent.competencies.map((c) => ({
        ...c,
        name: names[c.id] ?? c.name,
      })),
    });
    const rows = renderCsv(buildSummary(ENGLISH_WORDS, bank, fixedAnswers, 'full', { date })).split(
      '\r\n',
    );
    expect(rows[3]).toBe(
      'competency,tech,"Build, buy or partner",83,3,3,essential,peripheral,,67,100',
    );
    expect(rows[4]).toBe('competency,infra,"The ""platform"" team",75,3,3,essential,useful,,58,92');
    expect(rows[5]).toBe(
      'competency,customer,"Customers\nand users",33,3,3,peripheral,essential,,17,50',
    );
  });
});

describe('formatCsvField', () => {
  it.each([
    ['plain text as it is', 'Leadership', 'Leadership'],
    ['a number as digits', 42, '42'],
    ['null as an empty cell', null, ''],
    ['a comma in quotes', 'a,b', '"a,b"'],
    ['a quote doubled, in quotes', 'say "hi"', '"say ""hi"""'],
    ['a line feed in quotes', 'a\nb', '"a\nb"'],
    ['a carriage return in quotes', 'a\rb', '"a\rb"'],
  ])('writes %s', (_, value, expected) => {
    expect(formatCsvField(value)).toBe(expected);
  });
});
