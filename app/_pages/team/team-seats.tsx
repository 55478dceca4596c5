import { Card, Section, TwoColumn } from '@/app/_shared/ui';
import type { TeamView } from '@/lib/team/team-view';

/** Who is best placed for each seat, the runner-up, what to recruit for, and equal alternatives. */
export function TeamSeats({ seats }: { seats: TeamView['seats'] }) {
  return (
    <Section titleId="seats-title" title={seats.heading} lead={seats.intro}>
      <TwoColumn as="ul">
        {[seats.cto, seats.cpo].map((seat) => (
          <Card as="li" key={seat.role} data-testid={`seat-${seat.role}`}>
            <h3>{seat.title}</h3>
            <p>
              <strong>{seat.sentence}</strong>
            </p>
            <p>{seat.runnerUpSentence}</p>
            {seat.recruit && <p>{seat.recruit.sentence}</p>}
          </Card>
        ))}
      </TwoColumn>
      {seats.tie && <p>{seats.tie}</p>}
    </Section>
  );
}
