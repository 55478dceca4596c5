'use client';

import { useRef, useState } from 'react';

export type CopyState = 'idle' | 'copied' | 'manual';

/**
 * Copies a link to the clipboard; when the clipboard is out of reach, the state turns `manual`
 * and the field behind `fieldRef` (rendered for that state) is selected so the link can be copied
 * by hand.
 */
export function useCopyLink(link: () => string) {
  const [state, setState] = useState<CopyState>('idle');
  const fieldRef = useRef<HTMLInputElement>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link());
      setState('copied');
    } catch {
      setState('manual');
      // The field renders on this update; select it on the next frame.
      requestAnimationFrame(() => fieldRef.current?.select());
    }
  };
  return { state, copy, fieldRef };
}
