import type { BankStamp } from '@/lib/codecs/saved-progress-format';

/** The bank versions entries were answered with, oldest first: the banks to load before scoring them. */
export function historyVersions(entries: readonly { readonly bank: BankStamp }[]): number[] {
  return [...new Set(entries.map((entry) => entry.bank.version))].sort((a, b) => a - b);
}
