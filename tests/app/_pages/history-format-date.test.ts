import { dateLocales, historyDates } from '@/app/_pages/history/format-date';

describe('dateLocales', () => {
  it('prefers the browser’s own variant of the page’s language, then the language itself', () => {
    expect(dateLocales('en', ['en-GB', 'de-DE'])).toEqual(['en-GB', 'en']);
    expect(dateLocales('es', ['es-MX', 'es'])).toEqual(['es-MX', 'es']);
  });

  it('never words a date in a browser language other than the page’s', () => {
    expect(dateLocales('es', ['en-US', 'de'])).toEqual(['es']);
    expect(dateLocales('de', [])).toEqual(['de']);
  });
});

describe('historyDates', () => {
  const at = '2026-11-28T09:30:00.000Z';

  it('names the month in the page’s language', () => {
    expect(historyDates(['es']).day(at)).toBe('28 nov 2026');
    expect(historyDates(['de']).day(at)).toBe('28.11.2026');
    expect(historyDates(['de']).axis(at)).toBe('28. Nov.');
    expect(historyDates(['en']).day(at)).toBe('Nov 28, 2026');
  });

  it('words the time with the day, and the axis with the day and month alone', () => {
    const dates = historyDates(['de']);
    expect(dates.finishedAt(at)).toContain(dates.day(at));
    expect(dates.axis(at)).not.toMatch(/2026/);
  });
});
