'use client';

import { useState } from 'react';

import { useWords } from './page-words';

export type PageSize = 'a4' | 'letter';

/** Letter where it is the usual paper (the US and Canada, going by the browser's language), A4 elsewhere. */
function defaultPageSize(): PageSize {
  return /^[a-z]+-(US|CA)$/i.test(navigator.language) ? 'letter' : 'a4';
}

/** The PDF page size a person picked, starting from the usual paper where they are. */
export function usePageSize() {
  return useState<PageSize>(defaultPageSize);
}

/** A labelled choice between A4 and Letter for a PDF download. */
export function PageSizeSelect({
  value,
  onChange,
  className,
}: {
  value: PageSize;
  onChange: (size: PageSize) => void;
  className?: string | undefined;
}) {
  const words = useWords('common').exports.pageSize;
  return (
    <label className={className}>
      {words.label}{' '}
      <select value={value} onChange={(event) => onChange(event.currentTarget.value as PageSize)}>
        <option value="a4">{words.a4}</option>
        <option value="letter">{words.letter}</option>
      </select>
    </label>
  );
}
