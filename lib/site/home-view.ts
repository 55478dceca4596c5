import type { Form } from '@/lib/answers/schema';
import type { Competency, QuestionBank } from '@/lib/bank/schema';
import { fillPlural, fillTemplate } from '@/lib/copy/fill-template';
import { countQuestions, estimateMinutes } from '@/lib/quiz/estimate-minutes';
import type { CommonCopy } from '@/lib/report/copy/schema';

import type { ChromeCopy } from './copy/chrome-schema';
import type { HomeCopy } from './copy/home-schema';
import { numberWord } from './number-word';

/** One of the home page's "what you will learn" cards. */
export interface LearnCard {
  readonly glyph: 'fits' | 'bars' | 'scale' | 'ring';
  readonly title: string;
  readonly body: string;
}

/** Everything the home page says, worked out from the bank and the words of one language. */
export interface HomeView {
  readonly copy: HomeCopy;
  readonly forms: readonly { form: Form; name: string; time: string; detail: string }[];
  readonly learn: readonly LearnCard[];
  readonly measuresLead: string;
  readonly sides: readonly {
    side: Competency['side'];
    title: string;
    note: string;
    competencies: readonly { id: string; name: string }[];
  }[];
}

const FORMS: readonly Form[] = ['short', 'full'];
const SIDES: readonly Competency['side'][] = ['cto', 'cpo', 'shared'];

/** The home page's view model: the forms' lengths, the counts in its sentences, the sides. */
export function buildHomeView(
  bank: QuestionBank,
  words: { readonly home: HomeCopy; readonly chrome: ChromeCopy; readonly common: CommonCopy },
): HomeView {
  const { home, chrome, common } = words;
  const count = (n: number) => ({ count: numberWord(n, chrome.numberWords) });
  const titled = (glyph: LearnCard['glyph'], card: { title: string; body: string }, n = 0) => ({
    glyph,
    title: fillTemplate(card.title, count(n)),
    body: fillTemplate(card.body, count(n)),
  });
  return {
    copy: home,
    forms: FORMS.map((form) => {
      const minutes = estimateMinutes(bank, form);
      return {
        form,
        name: common.forms[form].title,
        time: fillPlural(home.forms.minutes, minutes, { count: minutes }),
        detail: fillTemplate(home.forms.questions, {
          count: countQuestions(bank, form),
          blurb: home.forms.blurbs[form],
        }),
      };
    }),
    learn: [
      titled('fits', home.learn.fits),
      {
        glyph: 'bars',
        title: home.learn.competencies.title,
        body: fillTemplate(home.learn.competencies.body, { count: bank.competencies.length }),
      },
      titled('scale', home.learn.tensions, bank.tensions.length),
      titled('ring', home.learn.archetypes, bank.archetypes.length),
    ],
    measuresLead: fillTemplate(home.measures.lead, {
      competencies: bank.competencies.length,
      scenarios: bank.questions.filter((q) => q.type === 'choice').length,
    }),
    sides: SIDES.map((side) => ({
      side,
      ...home.measures.sides[side],
      competencies: bank.competencies
        .filter((c) => c.side === side)
        .map(({ id, name }) => ({ id, name })),
    })),
  };
}
