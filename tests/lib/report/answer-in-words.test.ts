import { answerInWords } from '@/lib/report/answer-in-words';

const scale = ['Strongly disagree', 'Disagree', 'Neutral', 'Agree', 'Strongly agree'];
const scenario = {
  type: 'choice' as const,
  options: [
    { id: 'ship', text: 'Ship on Monday.' },
    { id: 'wait', text: 'Wait a week.' },
  ],
};

describe('answerInWords', () => {
  it('gives a statement’s answer as its label on the scale', () => {
    expect(answerInWords({ type: 'likert' }, 4, scale)).toBe('Agree');
  });

  it('gives a scenario’s answer as the chosen option’s text', () => {
    expect(answerInWords(scenario, 'wait', scale)).toBe('Wait a week.');
  });

  it('is null for an unanswered question or an option the scenario does not have', () => {
    expect(answerInWords({ type: 'likert' }, undefined, scale)).toBeNull();
    expect(answerInWords(scenario, undefined, scale)).toBeNull();
    expect(answerInWords(scenario, 'later', scale)).toBeNull();
  });
});
