import { loadBank } from '@/lib/bank/load-bank';
import { loadTranslatedBank } from '@/lib/i18n/load-translated-bank';
import { LOCALES } from '@/lib/i18n/locales';
import { translateContent } from '@/lib/i18n/read-translation';
import { COMMON_COPY } from '@/lib/report/copy/common-copy';
import { CommonCopySchema } from '@/lib/report/copy/schema';
import { CHROME_COPY } from '@/lib/site/copy/chrome-copy';
import { ChromeCopySchema } from '@/lib/site/copy/chrome-schema';
import { HOME_COPY } from '@/lib/site/copy/home-copy';
import { HomeCopySchema } from '@/lib/site/copy/home-schema';
import { buildHomeView } from '@/lib/site/home-view';

const bank = loadBank();
const english = { home: HOME_COPY, chrome: CHROME_COPY, common: COMMON_COPY };

/** The home page's words in a language, validated as the schema reads them. */
function wordsIn(locale: (typeof LOCALES)[number]) {
  return {
    home: HomeCopySchema.parse(translateContent(locale, 'site/home.json', HOME_COPY)),
    chrome: ChromeCopySchema.parse(translateContent(locale, 'site/chrome.json', CHROME_COPY)),
    common: CommonCopySchema.parse(
      translateContent(locale, 'report-copy/common.json', COMMON_COPY),
    ),
  };
}

describe('buildHomeView', () => {
  const view = buildHomeView(bank, english);

  it('gives each form its length in minutes and its number of questions', () => {
    expect(view.forms.map((f) => [f.form, f.name])).toEqual([
      ['short', 'Short form'],
      ['full', 'Full form'],
    ]);
    const short = bank.questions.filter((q) => q.inShortForm).length;
    expect(view.forms[0]!.detail).toBe(`${short} questions. A quick first read on both roles.`);
    expect(view.forms[1]!.time).toMatch(/^About \d+ minutes$/);
  });

  it('counts the bank in its sentences: small counts as words, the rest as digits', () => {
    expect(view.learn.map((card) => card.title)).toContain(
      `Where you stand on ${['zero', 'one', 'two', 'three', 'four', 'five', 'six'][bank.tensions.length]} tensions`,
    );
    expect(view.measuresLead).toContain(`${bank.competencies.length} competencies`);
    expect(view.measuresLead).toContain(
      `${bank.questions.filter((q) => q.type === 'choice').length} workplace scenarios`,
    );
  });

  it('lists every competency once, under its side', () => {
    const listed = view.sides.flatMap((side) => side.competencies.map((c) => c.id));
    expect(listed.sort()).toEqual(bank.competencies.map((c) => c.id).sort());
  });

  it.each(LOCALES.filter((l) => l !== 'en'))(
    'says it all in %s, with the same counts and no English sentence',
    (locale) => {
      const translated = buildHomeView(loadTranslatedBank(2, locale)!, wordsIn(locale));
      const text = JSON.stringify(translated);
      expect(translated.forms.map((f) => f.detail.split(' ')[0])).toEqual(
        view.forms.map((f) => f.detail.split(' ')[0]),
      );
      for (const sentence of [HOME_COPY.promise, HOME_COPY.forms.note, view.measuresLead]) {
        expect(text).not.toContain(sentence);
      }
    },
  );
});

describe('the site copy', () => {
  it('is valid in English as the schemas read it', () => {
    expect(HomeCopySchema.parse(HOME_COPY)).toEqual(HOME_COPY);
    expect(ChromeCopySchema.parse(CHROME_COPY)).toEqual(CHROME_COPY);
  });
});
