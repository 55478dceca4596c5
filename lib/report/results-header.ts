import { RESULT_COPY } from './copy/report-copy';

/** The words of the results page's header: a line above the title, the h1 and a lead paragraph. */
export interface ResultsHeader {
  readonly eyebrow: string;
  readonly title: string;
  readonly lead: string;
}

/** The header before anything is read: what the page shows, painted by the server. */
export const READING_HEADER: ResultsHeader = RESULT_COPY.header;
