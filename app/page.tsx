import { loadBank } from '@/lib/bank/load-bank';

export default function HomePage() {
  const bank = loadBank();
  const likert = bank.questions.filter((q) => q.type === 'likert').length;
  return (
    <main>
      <h1>Role Fit</h1>
      <p>
        A private self-assessment of how well you fit the Chief Technology Officer and Chief Product
        Officer roles: {bank.competencies.length} competencies, {likert} statements and{' '}
        {bank.questions.length - likert} workplace scenarios. The quiz itself is on its way.
      </p>
    </main>
  );
}
