import { loadSiteWords } from '@/lib/i18n/load-site-words';
import { describeRestoreNotice, noticeOfRestore } from '@/lib/quiz/restore-notice';

const en = loadSiteWords('en');
const progress = { form: 'short', answers: {}, step: 0, finished: false } as const;
const dropped = { questionId: 'x', message: 'not a question' };

describe('noticeOfRestore', () => {
  it('says nothing of a clean restore, nor of an earlier version (the quiz offers to carry it over)', () => {
    expect(noticeOfRestore({ status: 'restored', progress, dropped: [] }, 'raw')).toBeNull();
    expect(
      noticeOfRestore(
        {
          status: 'older-version',
          savedVersion: 1,
          finished: false,
          carryOver: { form: 'short', answers: {}, count: 0, total: 0 },
        },
        'raw',
      ),
    ).toBeNull();
  });

  it('says nothing before anything was read', () => {
    expect(noticeOfRestore(null, 'raw')).toBeNull();
    expect(noticeOfRestore({ status: 'corrupted', detail: 'x' }, null)).toBeNull();
  });

  it('names the answers left out, and keeps the stored text to download', () => {
    expect(noticeOfRestore({ status: 'restored', progress, dropped: [dropped] }, 'raw')).toEqual({
      kind: 'dropped',
      dropped: [dropped],
      raw: 'raw',
    });
  });

  it('passes on why unreadable progress could not be read', () => {
    expect(noticeOfRestore({ status: 'corrupted', detail: 'not JSON' }, 'raw')).toEqual({
      kind: 'corrupted',
      detail: 'not JSON',
      raw: 'raw',
    });
  });
});

describe('describeRestoreNotice', () => {
  it('counts the answers left out, and says that nothing was deleted', () => {
    expect(describeRestoreNotice(en, { kind: 'dropped', dropped: [dropped, dropped], raw: '' }))
      .toMatchInlineSnapshot(`
      [
        "We restored your progress, but 2 saved answers no longer match the questions and were left out.",
        "Nothing was deleted: a copy of what was saved is kept aside in this browser, and you can download it.",
      ]
    `);
  });

  it('speaks of one answer left out in the singular', () => {
    expect(
      describeRestoreNotice(en, { kind: 'dropped', dropped: [dropped], raw: '' })[0],
    ).toContain('one saved answer no longer matches the questions and was left out');
  });

  it('says a fresh start keeps the earlier answers aside', () => {
    expect(describeRestoreNotice(en, { kind: 'declined', raw: '' })).toMatchInlineSnapshot(`
      [
        "Starting fresh. Your answers from the earlier version are kept aside in this browser, and you can download them.",
      ]
    `);
  });
});

describe('describeRestoreNotice in another language', () => {
  it('counts the answers left out in Spanish, passing the decoder’s detail on as it is', () => {
    const es = loadSiteWords('es');
    expect(describeRestoreNotice(es, { kind: 'dropped', dropped: [dropped, dropped], raw: '' }))
      .toMatchInlineSnapshot(`
      [
        "Recuperamos tu progreso, pero 2 respuestas guardadas ya no coinciden con las preguntas y se dejaron fuera.",
        "No se borró nada: una copia de lo guardado se conserva aparte en este navegador y puedes descargarla.",
      ]
    `);
    expect(
      describeRestoreNotice(es, { kind: 'corrupted', detail: 'DETAIL', raw: '' })[0],
    ).toContain('DETAIL');
  });
});
