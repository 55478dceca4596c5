import type { HistoryRow } from '@/lib/history/build-history-rows';
import { describeHistoryEntry } from '@/lib/history/describe-history-entry';
import { loadSiteWords } from '@/lib/i18n/load-site-words';
import { describeEarlierVersion } from '@/lib/versions/describe-earlier-version';

const english = loadSiteWords('en');
const spanish = loadSiteWords('es');

/** Dates worded so that a test can tell which of the two formats the entry chose. */
const DATES = {
  day: (iso: string) => `day ${iso.slice(0, 10)}`,
  dayAndTime: (iso: string) => `at ${iso}`,
};

const base = {
  id: 'a',
  finishedAt: '2026-03-01T09:30:00.000Z',
  form: 'full',
  carriedOver: false,
} as const;

const scored = {
  ...base,
  kind: 'scored',
  fit: { cto: 60, cpo: 40 },
  verdict: { kind: 'leans-cto', headline: 'Leans CTO' },
  bankVersion: 2,
  earlierVersion: false,
  shareCode: 'CODE',
  compareWithEarlier: null,
} satisfies HistoryRow;

describe('describeHistoryEntry', () => {
  it('words a scored result by its day and time and form, with links to open it and delete it', () => {
    expect(describeHistoryEntry(english, scored, DATES)).toEqual({
      datePrefix: '',
      date: 'at 2026-03-01T09:30:00.000Z',
      separator: ' · ',
      form: 'Full form',
      carriedOver: null,
      earlierVersion: null,
      otherVersion: null,
      open: {
        label: 'Open',
        hidden: 'the result of at 2026-03-01T09:30:00.000Z',
        href: '/results#CODE',
      },
      compare: null,
      remove: { label: 'Delete', hidden: 'the result of at 2026-03-01T09:30:00.000Z' },
    });
  });

  it('offers a comparison named by the earlier result’s day', () => {
    const row: HistoryRow = {
      ...scored,
      compareWithEarlier: { finishedAt: '2026-01-15T08:00:00.000Z', compareCode: 'PAIR' },
    };
    expect(describeHistoryEntry(english, row, DATES).compare).toEqual({
      label: 'Compare with day 2026-01-15',
      hidden: '(the result of at 2026-03-01T09:30:00.000Z)',
      href: '/compare#PAIR',
    });
  });

  it('gives a carried-over result its day alone, "on or before", and says why', () => {
    const words = describeHistoryEntry(
      english,
      { ...scored, carriedOver: true, form: 'short' },
      DATES,
    );
    expect(words.datePrefix).toBe('On or before ');
    expect(words.date).toBe('day 2026-03-01');
    expect(words.form).toBe('Short form');
    expect(words.carriedOver).toBe(
      'Finished before Role Fit kept a history, so its exact date is not known.',
    );
    expect(words.remove.hidden).toBe('the result of day 2026-03-01');
  });

  it('notes a result of an earlier version and offers to take the quiz again', () => {
    const words = describeHistoryEntry(
      english,
      { ...scored, bankVersion: 1, earlierVersion: true },
      DATES,
    );
    expect(words.earlierVersion).toEqual({
      notice:
        'Taken with an earlier version of the quiz (version 1; the current one is version 2). Its scores are shown exactly as they were then.',
      retake: 'Take the quiz again',
    });
  });

  it('says a result of a version it cannot read stays kept, and offers no link to open it', () => {
    const row: HistoryRow = {
      ...base,
      kind: 'other-version',
      bank: { id: 'role-fit', version: 9 },
    };
    const words = describeHistoryEntry(english, row, DATES);
    expect(words.otherVersion).toEqual({
      title: 'From another version of the quiz',
      detail:
        'This result was made with a newer version of the quiz (questions version 9; this site has up to version 2), so it cannot be shown here. Open it on the site it came from, or take the quiz here. It stays in your history and in your exports.',
    });
    expect(words.open).toBeNull();
    expect(words.compare).toBeNull();
    expect(words.remove.label).toBe('Delete');
  });

  it('words an entry in Spanish, with the same links and dates', () => {
    const row: HistoryRow = {
      ...scored,
      bankVersion: 1,
      earlierVersion: true,
      compareWithEarlier: { finishedAt: '2026-01-15T08:00:00.000Z', compareCode: 'PAIR' },
    };
    const words = describeHistoryEntry(spanish, row, DATES);
    expect(words).toMatchObject({
      form: 'Formato completo',
      open: { label: 'Abrir', href: '/results#CODE' },
      compare: { label: 'Comparar con el del day 2026-01-15', href: '/compare#PAIR' },
      remove: { label: 'Eliminar', hidden: 'el resultado del at 2026-03-01T09:30:00.000Z' },
    });
    expect(words.earlierVersion?.retake).toBe('Repetir el cuestionario');
    expect(words.earlierVersion?.notice).toBe(
      describeEarlierVersion(spanish.versions.earlier, 1).notice,
    );
  });
});
