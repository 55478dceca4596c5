/** @vitest-environment jsdom */
import { renderHook, waitFor } from '@testing-library/react';

import type { ReactNode } from 'react';

import { LocaleProvider } from '@/app/_shared/locale-context';
import { useReleasedBanks } from '@/app/_shared/use-released-banks';
import { loadBank, loadBankVersion } from '@/lib/bank/load-bank';
import { loadCurrentBank, loadTranslatedBank } from '@/lib/i18n/load-translated-bank';

const current = loadBank();

describe('useReleasedBanks', () => {
  it('has the current bank at once, with nothing to load', () => {
    const { result } = renderHook(() => useReleasedBanks(current, [current.version, null]));
    expect(result.current.loading).toBe(false);
    expect(result.current.lookup(current.version)).toBe(current);
  });

  it('fetches an earlier released version, loading meanwhile', async () => {
    const { result } = renderHook(() => useReleasedBanks(current, [1]));
    expect(result.current.lookup(1)).toBeNull();
    await waitFor(() => expect(result.current.loading).toBe(false));
    expect(result.current.lookup(1)).toEqual(loadBankVersion(1));
    expect(result.current.failed).toBeNull();
  });

  it("fetches an earlier version in the page's language, so its texts read like the page", async () => {
    const spanish = loadCurrentBank('es');
    const wrapper = ({ children }: { children: ReactNode }) => (
      <LocaleProvider locale="es">{children}</LocaleProvider>
    );
    const { result } = renderHook(() => useReleasedBanks(spanish, [1]), { wrapper });
    await waitFor(() => expect(result.current.loading).toBe(false));
    expect(result.current.lookup(1)).toEqual(loadTranslatedBank(1, 'es'));
  });

  it('leaves a version never released out, without waiting for it', () => {
    const { result } = renderHook(() => useReleasedBanks(current, [7]));
    expect(result.current.loading).toBe(false);
    expect(result.current.lookup(7)).toBeNull();
  });
});
