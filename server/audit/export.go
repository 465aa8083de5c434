package audit

import (
	"context"
	"encoding/csv"
	"io"
	"maps"
	"slices"
	"strings"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/auditevent"
	"github.com/werkportaal/werkportaal/ent/employer"
	"github.com/werkportaal/werkportaal/ent/person"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/clock"
	"github.com/werkportaal/werkportaal/server/directory"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// exportBatch is how many events the export reads at a time: its memory does not grow
// with the size of the trail.
const exportBatch = 500

// CheckExport says whether the caller may export the trail f selects: the same right
// and scope as the auditEvents query (VIEW_AUDIT_LOG; an employer outside the caller's
// scope is NOT_FOUND; ent privacy narrows the events themselves to the tenant) and a
// range that does not end before it starts. Call it before the first byte is written.
func CheckExport(ctx context.Context, client *ent.Client, f Filter) error {
	if _, err := viewer.Require(ctx, viewer.ViewAuditLog); err != nil {
		return err
	}
	if err := f.Check(); err != nil {
		return err
	}
	if f.EmployerID != "" {
		ok, err := client.Employer.Query().Where(employer.ID(f.EmployerID)).Exist(ctx)
		if err != nil {
			return err
		}
		if !ok {
			return apperr.NotFoundf("no employer with ID %q", f.EmployerID)
		}
	}
	return nil
}

// ExportHeader is the CSV's first line.
var ExportHeader = []string{"Datum en tijd", "Actie", "Door", "Soort", "Werkgever", "Werknemer", "Betreft", "Details", "Verzoek"}

// Export writes the trail f selects, newest first, as CSV for Dutch Excel: UTF-8 with a
// byte-order mark, ';' between the fields, CRLF, times as dd-mm-jjjj uu:mm:ss in the
// Netherlands. It reads the events in batches (keyset on created_at, id), so any size
// streams in bounded memory; names of persons (for a caller with VIEW_EMPLOYEES) and
// employers are looked up per batch.
// Call CheckExport first.
func Export(ctx context.Context, client *ent.Client, f Filter, w io.Writer) error {
	if _, err := io.WriteString(w, "\ufeff"); err != nil {
		return err
	}
	out := csv.NewWriter(w)
	out.Comma = ';'
	out.UseCRLF = true
	if err := out.Write(ExportHeader); err != nil {
		return err
	}
	var last *ent.AuditEvent
	for {
		q := Query(client, f).Order(ent.Desc(auditevent.FieldCreatedAt), ent.Desc(auditevent.FieldID)).Limit(exportBatch)
		if last != nil {
			q.Where(auditevent.Or(
				auditevent.CreatedAtLT(last.CreatedAt),
				auditevent.And(auditevent.CreatedAtEQ(last.CreatedAt), auditevent.IDLT(last.ID)),
			))
		}
		events, err := q.All(ctx)
		if err != nil {
			return err
		}
		if len(events) == 0 {
			break
		}
		persons, employers, err := names(ctx, client, events)
		if err != nil {
			return err
		}
		for _, e := range events {
			if err := out.Write(exportRow(e, persons, employers)); err != nil {
				return err
			}
		}
		out.Flush()
		if err := out.Error(); err != nil {
			return err
		}
		if f, ok := w.(interface{ Flush() }); ok {
			f.Flush()
		}
		if len(events) < exportBatch {
			break
		}
		last = events[len(events)-1]
	}
	out.Flush()
	return out.Error()
}

func names(ctx context.Context, client *ent.Client, events []*ent.AuditEvent) (persons, employers map[string]string, err error) {
	personIDs, employerIDs := map[string]bool{}, map[string]bool{}
	for _, e := range events {
		if e.PersonID != nil {
			personIDs[*e.PersonID] = true
		}
		if e.EmployerID != nil {
			employerIDs[*e.EmployerID] = true
		}
	}
	persons, employers = map[string]string{}, map[string]string{}
	// Names of persons only for a caller who may see them (VIEW_EMPLOYEES), as on the page.
	if v := viewer.FromContext(ctx); len(personIDs) > 0 && v != nil && v.Has(viewer.ViewEmployees) {
		ps, err := client.Person.Query().Where(person.IDIn(slices.Collect(maps.Keys(personIDs))...)).All(ctx)
		if err != nil {
			return nil, nil, err
		}
		for _, p := range ps {
			persons[p.ID] = directory.FullName(p)
		}
	}
	if len(employerIDs) > 0 {
		es, err := client.Employer.Query().Where(employer.IDIn(slices.Collect(maps.Keys(employerIDs))...)).All(ctx)
		if err != nil {
			return nil, nil, err
		}
		for _, e := range es {
			employers[e.ID] = e.Name
		}
	}
	return persons, employers, nil
}

func exportRow(e *ent.AuditEvent, persons, employers map[string]string) []string {
	var personName, employerName string
	if e.PersonID != nil {
		personName = persons[*e.PersonID]
	}
	if e.EmployerID != nil {
		employerName = employers[*e.EmployerID]
	}
	details := make([]string, 0, len(e.Details))
	for _, k := range slices.Sorted(maps.Keys(e.Details)) {
		details = append(details, k+"="+e.Details[k])
	}
	target := e.TargetType
	if e.TargetID != "" {
		target += " " + e.TargetID
	}
	return []string{
		e.CreatedAt.In(clock.Amsterdam).Format("02-01-2006 15:04:05"),
		cell(e.Action), cell(e.ActorName), cell(string(e.ActorKind)), cell(employerName), cell(personName),
		cell(target), cell(strings.Join(details, ", ")), cell(e.RequestID),
	}
}

// cell keeps a spreadsheet from reading a value as a formula (CSV injection): a value
// that starts with = + - @ or a tab gets a leading apostrophe, which Excel shows not.
func cell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
