import type { QuestionBank } from '@/lib/bank/schema';
import { fillPlural, fillTemplate } from '@/lib/copy/fill-template';
import { estimateMinutes } from '@/lib/quiz/estimate-minutes';

import type { ChromeCopy } from './copy/chrome-schema';
import type { RolesCopy } from './copy/roles-schema';
import { numberWord } from './number-word';

/** The sentences of the role guide page that count something in the bank. */
export interface RolesView {
  readonly copy: RolesCopy;
  /** The page's table of contents: each section's anchor and title. */
  readonly toc: readonly { id: keyof RolesCopy['toc']; title: string }[];
  readonly tensionsLead: string;
  readonly closing: string;
  readonly shared: QuestionBank['competencies'];
}

const TOC: readonly (keyof RolesCopy['toc'])[] = ['cto', 'cpo', 'shared', 'tensions', 'together'];

/** The role guide page's view model, in one language's words. */
export function buildRolesView(
  bank: QuestionBank,
  words: { readonly roles: RolesCopy; readonly chrome: ChromeCopy },
): RolesView {
  const { roles, chrome } = words;
  const minutes = (count: number) => fillPlural(roles.closing.minutes, count, { count });
  return {
    copy: roles,
    toc: TOC.map((id) => ({ id, title: roles.toc[id] })),
    tensionsLead: fillTemplate(roles.tensions.lead, {
      count: numberWord(bank.tensions.length, chrome.numberWords),
    }),
    closing: fillTemplate(roles.closing.body, {
      short: minutes(estimateMinutes(bank, 'short')),
      full: minutes(estimateMinutes(bank, 'full')),
    }),
    shared: bank.competencies.filter((c) => c.side === 'shared'),
  };
}
