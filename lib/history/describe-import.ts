/** What importing a history file did: `added` new results, `duplicates` already here. */
export function describeImport(name: string, added: number, duplicates: number): string {
  const count = (n: number) => (n === 1 ? 'one result' : `${n} results`);
  const already =
    duplicates === 0 ? '' : ` ${duplicates === 1 ? 'One was' : `${duplicates} were`} already here.`;
  if (added === 0) {
    return duplicates === 0
      ? `“${name}” holds no results.`
      : `Nothing new in “${name}”: every result in it is already here.`;
  }
  return `Added ${count(added)} from “${name}”.${already}`;
}
