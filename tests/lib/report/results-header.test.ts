import { describe, expect, it } from 'vitest';

import { loadSiteWords } from '@/lib/i18n/load-site-words';
import { describeImportedNotice } from '@/lib/report';

const english = loadSiteWords('en').result;

describe('the results page header and states', () => {
  it('puts the export date into the imported-result notice and keeps its emphasis', () => {
    const notice = describeImportedNotice(english.page, '3 December 2026');
    expect(notice.strong).toBe('Showing an imported result');
    expect(`${notice.before}${notice.strong}${notice.after}`).toBe(
      'Showing an imported result, exported on 3 December 2026. It is not saved in this browser, and nothing saved here has changed.',
    );
  });

  it('says the imported-result notice in the language of the words it is given', () => {
    const notice = describeImportedNotice(
      loadSiteWords('es').result.page,
      '3 de diciembre de 2026',
    );
    expect(`${notice.before}${notice.strong}${notice.after}`).toMatchInlineSnapshot(
      `"Se muestra un resultado importado, exportado el 3 de diciembre de 2026. No está guardado en este navegador y no ha cambiado nada de lo guardado aquí."`,
    );
  });

  it.each(['en', 'es', 'de'] as const)(
    'leaves no placeholder in any of the states it shows without a result (%s)',
    (locale) => {
      const { header, page } = loadSiteWords(locale).result;
      const texts = [
        ...Object.values(header),
        page.nothingYet,
        page.problemLead,
        page.savedProblemTitle,
        ...Object.values(page.linkProblem),
        ...Object.values(page.waysOn),
      ];
      for (const text of texts) expect(text).not.toMatch(/\{\w+\}/);
    },
  );
});
