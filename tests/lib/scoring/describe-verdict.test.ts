import { describeVerdict } from '@/lib/scoring/describe-verdict';
import { findLean } from '@/lib/scoring/find-lean';

const verdictFor = (cto: number, cpo: number, evidence: 'enough' | 'none' | 'uniform' = 'enough') =>
  describeVerdict({ cto, cpo }, findLean({ cto, cpo }), evidence);

describe('describeVerdict', () => {
  it('calls a large CTO margin a clear lean and says how strong the CTO fit is', () => {
    expect(verdictFor(78, 52)).toMatchInlineSnapshot(`
      {
        "headline": "A clear lean towards the CTO role",
        "kind": "clear-cto",
        "summary": "Your CTO fit is 78 and your CPO fit is 52 out of 100. You are drawn to building and running technology: systems, architecture and the engineers behind them. For the CTO role that is a strong match.",
      }
    `);
  });

  it('calls a small CPO margin a lean, noting the other side is close', () => {
    expect(verdictFor(58, 66)).toMatchInlineSnapshot(`
      {
        "headline": "Leaning towards the CPO role",
        "kind": "leans-cpo",
        "summary": "Your CTO fit is 58 and your CPO fit is 66 out of 100. You lean to customers, markets and deciding what to build next, but the CTO side is not far behind. For the CPO role that is a solid match with some gaps.",
      }
    `);
  });

  it('calls two high, close fits a fit for both roles', () => {
    expect(verdictFor(81, 76)).toMatchInlineSnapshot(`
      {
        "headline": "A fit for both roles",
        "kind": "fits-both",
        "summary": "Your CTO fit is 81 and your CPO fit is 76 out of 100. You score well on both the technology and the product side, an unusual mix that suits hybrid roles such as a technical product leader or a founder.",
      }
    `);
  });

  it('calls close, middling fits balanced', () => {
    expect(verdictFor(60, 62)).toMatchInlineSnapshot(`
      {
        "headline": "Balanced between the two roles",
        "kind": "balanced",
        "summary": "Your CTO fit is 60 and your CPO fit is 62 out of 100. Neither side dominates: your strengths are spread across technology and product work. For both roles that is a solid match with some gaps.",
      }
    `);
  });

  it('says neither role fits when the better fit is below the emerging level', () => {
    expect(verdictFor(40, 31)).toMatchInlineSnapshot(`
      {
        "headline": "Neither role fits yet",
        "kind": "fits-neither",
        "summary": "Your CTO fit is 40 and your CPO fit is 31 out of 100. Neither executive role matches your answers closely yet. Your growth areas show what to build first.",
      }
    `);
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
