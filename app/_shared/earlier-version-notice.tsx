import { useWords } from '@/app/_shared/page-words';
import { SiteLink } from '@/app/_shared/site-link';
import { describeEarlierVersion } from '@/lib/versions/describe-earlier-version';

interface Props {
  /** The bank versions of the results on screen, each with the name of whose it is, if several. */
  readonly results: readonly { readonly version: number; readonly name?: string }[];
  /** The version the quiz is taken with now. */
  readonly current: number;
  /**
   * The page's own style for a notice. A style sheet shared by several pages would make the
   * pages' styles share a chunk, and each page would then inline the others' (decision 012).
   */
  readonly className: string | undefined;
}

/**
 * Marks results taken with an earlier version of the quiz, in the words every page and export
 * shares, with an offer to take the quiz again. Renders nothing when every result is current.
 */
export function EarlierVersionNotice({ results, current, className }: Props) {
  const versions = useWords('versions');
  const history = useWords('history');
  const earlier = results.flatMap((result) => {
    const note = describeEarlierVersion(versions.earlier, result.version, current);
    return note.earlier ? [{ ...result, note }] : [];
  });
  const first = earlier[0];
  if (!first) return null;
  return (
    <div className={className} role="note" data-testid="earlier-version">
      {earlier.map(({ name, note }, i) => (
        <p key={`${name ?? ''}-${i}`}>
          {name !== undefined && <strong>{name}: </strong>}
          {note.notice}
        </p>
      ))}
      <p>
        {first.note.retake} <SiteLink href="/quiz">{history.page.entry.retake}</SiteLink>
      </p>
    </div>
  );
}
