import { describeEarlierVersion } from '@/lib/versions/describe-earlier-version';
import { VERSIONS_COPY } from '@/lib/versions/versions-copy';

describe('describeEarlierVersion', () => {
  it('marks a result of an earlier version and offers a retake', () => {
    expect(describeEarlierVersion(VERSIONS_COPY.earlier, 1, 2)).toMatchInlineSnapshot(`
      {
        "earlier": true,
        "notice": "Taken with an earlier version of the quiz (version 1; the current one is version 2). Its scores are shown exactly as they were then.",
        "retake": "Take the quiz again to see where you stand with the current version; your earlier result stays as it is.",
      }
    `);
  });

  it('says nothing about a result of the current version', () => {
    expect(describeEarlierVersion(VERSIONS_COPY.earlier, 2, 2)).toEqual({
      earlier: false,
      notice: '',
      retake: '',
    });
  });

  it('judges against the current released version by default', () => {
    expect(describeEarlierVersion(VERSIONS_COPY.earlier, 1).earlier).toBe(true);
    expect(describeEarlierVersion(VERSIONS_COPY.earlier, 2).earlier).toBe(false);
  });
});
