import { describeVerdict } from '@/lib/scoring/describe-verdict';
import { findLean } from '@/lib/scoring/find-lean';
import { SCORING_COPY } from '@/lib/scoring/scoring-copy';

const verdictFor = (cto: number, cpo: number, evidence: 'enough' | 'none' | 'uniform' = 'enough') =>
  describeVerdict(SCORING_COPY, { cto, cpo }, findLean({ cto, cpo }), evidence);

describe('describeVerdict', () => {
  // The sentences people read, kept in __snapshots__/ so that a change of wording shows in review.
  it.each([
    ['calls a large CTO margin a clear lean and says how strong the CTO fit is', 78, 52],
    ['calls a small CPO margin a lean, noting the other side is close', 58, 66],
    ['calls two high, close fits a fit for both roles', 81, 76],
    ['calls close, middling fits balanced', 60, 62],
    ['says neither role fits when the better fit is below the emerging level', 40, 31],
  ])('%s', (_, cto, cpo) => {
    expect(verdictFor(cto, cpo)).toMatchSnapshot();
  });

  it('refuses to read uniform answers', () => {
    expect(verdictFor(75, 75, 'uniform')).toMatchInlineSnapshot(`
      {
        "headline": "Too uniform to read",
        "kind": "unclear",
        "summary": "Your CTO fit is 75 and your CPO fit is 75 out of 100. Your answers are too uniform to tell the two roles apart: almost every statement got the same answer. Answer each one on its own merits to get a result you can use.",
      }
    `);
  });

  it('says there is nothing to score without answers', () => {
    expect(verdictFor(0, 0, 'none')).toMatchObject({
      kind: 'unclear',
      headline: 'Nothing to score yet',
      summary: 'You have not answered any questions yet, so there is nothing to score.',
    });
  });
});
