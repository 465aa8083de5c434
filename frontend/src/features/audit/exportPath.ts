/** The address of the CSV export of what the filters select (server/httpapi AuditExport). */
export function auditExportPath(filter: { employerId: string; personId: string | null; action: string | null; from: string | null; to: string | null }): string {
  const q = new URLSearchParams({ employerId: filter.employerId });
  if (filter.personId) q.set('personId', filter.personId);
  if (filter.action) q.set('action', filter.action);
  if (filter.from) q.set('from', filter.from);
  if (filter.to) q.set('to', filter.to);
  return `/downloads/logboek.csv?${q.toString()}`;
}
