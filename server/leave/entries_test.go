package leave_test

import (
	"testing"

	"github.com/werkportaal/werkportaal/ent/leaveentry"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/leave"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// R28: staff and integrators record ledger entries in a batch with a result per row;
// a bad row changes nothing and names its field; a reference recorded before is a
// duplicate; every recorded entry is audited; the balance is summed from the ledger.
func TestRecordEntriesPerRow(t *testing.T) {
	f := newFixture(t)
	job := f.employment(f.A2, "Ann", date.New(2020, 1, 1))
	a1job := f.employment(f.A1, "Cas", date.New(2020, 1, 1))
	b1job := f.employment(f.B1, "Dirk", date.New(2020, 1, 1))
	stat := f.typeOf(f.A2, leave.Statutory)
	a1stat := f.typeOf(f.A1, leave.Statutory)
	ig := integrator(f.P1, viewer.ManagePayrollData)
	rows := []leave.EntryInput{
		{EmploymentID: job.ID, LeaveTypeID: stat.ID, Kind: leave.KindAccrual, Hours: 160, Date: date.New(2026, 1, 1), Reference: ptr("run-1/1")},
		{EmploymentID: job.ID, LeaveTypeID: stat.ID, Kind: leave.KindTaken, Hours: 7.6, Date: date.New(2026, 2, 2), Reference: ptr("run-1/2")},
		{EmploymentID: job.ID, LeaveTypeID: stat.ID, Kind: leave.KindCorrection, Hours: -2.5, Date: date.New(2026, 2, 3), Reason: "te veel opgebouwd"},
		{EmploymentID: job.ID, LeaveTypeID: stat.ID, Kind: leave.KindCorrection, Hours: 4, Date: date.New(2026, 2, 3)},                           // 3: no reason
		{EmploymentID: job.ID, LeaveTypeID: stat.ID, Kind: leave.KindTaken, Hours: -8, Date: date.New(2026, 2, 3)},                               // 4: negative
		{EmploymentID: job.ID, LeaveTypeID: stat.ID, Kind: "HOLIDAY", Hours: 8, Date: date.New(2026, 2, 3)},                                      // 5: kind
		{EmploymentID: b1job.ID, LeaveTypeID: stat.ID, Kind: leave.KindTaken, Hours: 8, Date: date.New(2026, 2, 3)},                              // 6: other provider
		{EmploymentID: job.ID, LeaveTypeID: a1stat.ID, Kind: leave.KindTaken, Hours: 8, Date: date.New(2026, 2, 3)},                              // 7: other employer's type
		{EmploymentID: job.ID, LeaveTypeID: stat.ID, Kind: leave.KindTaken, Hours: 0.001, Date: date.New(2026, 2, 3)},                            // 8: under a minute
		{EmploymentID: job.ID, LeaveTypeID: stat.ID, Kind: leave.KindAccrual, Hours: 160, Date: date.New(2026, 1, 1), Reference: ptr("run-1/1")}, // 9: duplicate in batch
		{EmploymentID: job.ID, LeaveTypeID: stat.ID, Kind: leave.KindPlanned, Hours: 16, Date: date.New(2026, 8, 3)},
	}
	res, err := f.svc.RecordEntries(ig, rows)
	if err != nil {
		t.Fatal(err)
	}
	wantErr := map[int]apperr.UserCode{3: leave.CodeInvalidEntry, 4: leave.CodeInvalidEntry, 5: leave.CodeInvalidEntry,
		6: leave.CodeEmploymentNotFound, 7: leave.CodeLeaveTypeNotFound, 8: leave.CodeInvalidEntry}
	for i, r := range res {
		if code, bad := wantErr[i]; bad {
			if r.Error == nil || r.Error.Code != code || r.Entry != nil || r.Error.Field[0] != "entries" {
				t.Errorf("row %d: %+v, want %s", i, r, code)
			}
			continue
		}
		if r.Error != nil || r.Entry == nil {
			t.Errorf("row %d: %+v", i, r.Error)
		}
	}
	if !res[9].Duplicate || res[9].Entry.ID != res[0].Entry.ID {
		t.Errorf("duplicate in batch: %+v", res[9])
	}
	if res[1].Entry.Minutes != -h(7.6) || res[2].Entry.Minutes != -h(2.5) || res[0].Entry.Source != leave.SourceIntegrator {
		t.Errorf("signs or source: %+v %+v %+v", res[0].Entry, res[1].Entry, res[2].Entry)
	}
	if n := f.c.LeaveEntry.Query().CountX(f.sys); n != 4 {
		t.Errorf("%d entries stored, want 4", n)
	}
	if n := f.audits(string(leave.ActionEntryRecorded)); n != 4 {
		t.Errorf("%d LEAVE_ENTRY_RECORDED events, want 4", n)
	}
	// The same run again: duplicates, nothing new.
	again, err := f.svc.RecordEntries(staff(f.A2, all()...), rows[:2])
	if err != nil || !again[0].Duplicate || !again[1].Duplicate {
		t.Fatalf("again: %+v, %v", again, err)
	}
	if n := f.c.LeaveEntry.Query().CountX(f.sys); n != 4 {
		t.Errorf("%d entries after the repeat, want 4", n)
	}
	// The balance: 160 − 7.6 − 2.5 − 16 planned = 133.9.
	bs, err := f.svc.Balances(staff(f.A2, viewer.ViewEmployees), job.ID)
	if err != nil || len(bs) != 2 {
		t.Fatalf("balances %+v, %v", bs, err)
	}
	if b := bs[0]; b.Type.ID != stat.ID || b.Balance() != h(133.9) || b.Accrued != h(160) || b.Taken != h(7.6) || b.Planned != h(16) || b.Corrected != -h(2.5) {
		t.Errorf("statutory balance %+v = %v", b.Summary, b.Balance().Hours())
	}
	if bs[1].Balance() != 0 {
		t.Errorf("extra-statutory balance %v", bs[1].Balance())
	}
	led, err := f.svc.Ledger(provider(f.P1, viewer.ViewEmployees), job.ID, stat.ID)
	if err != nil || len(led) != 4 || led[0].Kind != leave.KindAccrual || led[3].Kind != leave.KindPlanned {
		t.Fatalf("the provider reads the ledger %+v, %v", led, err)
	}
	// Rights and tenants.
	_, err = f.svc.RecordEntries(staff(f.A2, without(viewer.ManagePayrollData)...), rows[:1])
	wantCode(t, err, apperr.Forbidden)
	_, err = f.svc.RecordEntries(employee(job), rows[:1])
	wantCode(t, err, apperr.Forbidden)
	res, err = f.svc.RecordEntries(staff(f.A1, all()...), []leave.EntryInput{
		{EmploymentID: job.ID, LeaveTypeID: stat.ID, Kind: leave.KindTaken, Hours: 8, Date: date.New(2026, 2, 3)},
		{EmploymentID: a1job.ID, LeaveTypeID: a1stat.ID, Kind: leave.KindTaken, Hours: 8, Date: date.New(2026, 2, 3), Reference: ptr("run-1/1")},
	})
	if err != nil || res[0].Error == nil || res[0].Error.Code != leave.CodeEmploymentNotFound {
		t.Fatalf("A1 staff records on A2's employment: %+v, %v", res, err)
	}
	if res[1].Duplicate || res[1].Entry == nil {
		t.Errorf("a reference is per employer; A1's run-1/1 is its own: %+v", res[1])
	}
	_, err = f.svc.Ledger(provider(f.P2, all()...), job.ID, "")
	wantCode(t, err, apperr.NotFound)
	_, err = f.svc.Ledger(employee(job), job.ID, "")
	wantCode(t, err, apperr.Forbidden) // until the portal's leave card reads the ledger (R22)
	_, err = f.svc.Balances(staff(f.A1, all()...), job.ID)
	wantCode(t, err, apperr.NotFound)
	_, err = f.svc.Balances(staff(f.A2, without(viewer.ViewEmployees)...), job.ID)
	wantCode(t, err, apperr.Forbidden)
	_, err = f.svc.RecordEntries(ig, nil)
	wantUser(t, err, leave.CodeTooManyEntries)
	// The ledger is append-only, even for those who may record.
	if _, err := f.c.LeaveEntry.Delete().Where(leaveentry.EmploymentID(job.ID)).Exec(staff(f.A2, all()...)); err == nil {
		t.Error("an entry was deleted")
	}
}
