import { useCallback, useEffect, useRef } from 'react';

import { createStepTimer, type StepTimer } from '@/lib/quiz/step-timer';

/**
 * The quiz's step timer on the page's clock, created on first use (in the browser). Time with the
 * page hidden (another tab, a locked phone) is not time spent answering.
 */
export function useStepTimer(): () => StepTimer {
  const timerRef = useRef<StepTimer | null>(null);
  const timer = useCallback(
    () =>
      (timerRef.current ??= createStepTimer(
        () => performance.now(),
        () => document.visibilityState === 'visible',
      )),
    [],
  );
  useEffect(() => {
    const onVisibility = () =>
      document.visibilityState === 'visible' ? timer().resume() : timer().pause();
    document.addEventListener('visibilitychange', onVisibility);
    return () => document.removeEventListener('visibilitychange', onVisibility);
  }, [timer]);
  return timer;
}
