import { DataTable } from '@/app/_shared/ui/data-table';
import type { ComparisonView } from '@/lib/compare/comparison-view';

/** Both people's score on every competency, with what the two scores mean for the pair. */
export function CompetencyTable({
  competencies,
}: {
  competencies: ComparisonView['competencies'];
}) {
  return (
    <DataTable
      caption={competencies.caption}
      columns={competencies.columns}
      rows={competencies.rows.map((c) => ({
        key: c.id,
        header: c.name,
        cells: [...c.cells, c.note],
      }))}
    />
  );
}
