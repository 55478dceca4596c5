import type { Answers } from '@/lib/answers/schema';

/**
 * A full-form answer set on the tiny bank that leans CTO, leaves the `market` competency and the
 * `risk` tension unanswered, and so shows "not measured" and a confidence reason.
 */
export const fixedAnswers: Answers = {
  'tech-01': 5,
  'tech-02': 4,
  'tech-03': 2,
  'infra-01': 4,
  'infra-02': 4,
  'infra-03': 2,
  'customer-01': 2,
  'customer-02': 3,
  'customer-03': 4,
  'lead-01': 4,
  'lead-02': 5,
  'lead-03': 1,
  'speed-1': 'tech',
};
