package calendar

import (
	"strings"
	"testing"
	"time"

	"github.com/werkportaal/werkportaal/server/date"
)

// RFC 5545 §3.3.11 and §3.1: TEXT values are escaped, lines are folded at 75 octets
// without splitting a UTF-8 sequence, and unfolding gives the line back.
func TestICSEscapingAndFolding(t *testing.T) {
	if got := escapeText("a\\b;c,d\ne"); got != `a\\b\;c\,d\ne` {
		t.Errorf("escape: %q", got)
	}
	long := "Anne-Marie van den Berg-Čapek, Ölçek; " + strings.Repeat("ëü", 60)
	p := &Person{ID: "per_1", Name: long, Days: []Day{
		{Date: date.New(2026, 12, 1), Status: Absent, source: "vla_1"},
		{Date: date.New(2026, 12, 2), Status: Absent, source: "vla_1"},
		{Date: date.New(2026, 12, 4), Status: Absent, source: "vla_1"},
	}}
	ics := string(encodeICS([]*Person{p}, "en", time.Date(2026, 11, 24, 9, 0, 0, 0, time.UTC)))
	if !strings.HasSuffix(ics, "END:VCALENDAR\r\n") || strings.Contains(strings.ReplaceAll(ics, "\r\n", ""), "\n") {
		t.Fatalf("lines must end in CRLF:\n%q", ics)
	}
	for _, l := range strings.Split(strings.TrimSuffix(ics, "\r\n"), "\r\n") {
		if len(l) > 75 {
			t.Errorf("line of %d octets: %q", len(l), l)
		}
		if !strings.HasPrefix(l, " ") && !strings.Contains(l, ":") {
			t.Errorf("line without a name: %q", l)
		}
	}
	unfolded := strings.ReplaceAll(ics, "\r\n ", "")
	if !strings.Contains(unfolded, "SUMMARY:"+escapeText(long)+": away\r\n") {
		t.Errorf("unfolded summary wrong:\n%s", unfolded)
	}
	// A gap splits a run: 1–2 December, then 4 December.
	if strings.Count(ics, "BEGIN:VEVENT") != 2 || !strings.Contains(ics, "DTSTART;VALUE=DATE:20261201\r\nDTEND;VALUE=DATE:20261203\r\n") {
		t.Errorf("runs:\n%s", ics)
	}
	for _, l := range strings.Split(unfolded, "\r\n") {
		if strings.HasPrefix(l, "UID:") && (strings.Contains(l, "vla_") || strings.Contains(l, "per_")) {
			t.Errorf("UID tells its source: %s", l)
		}
	}
}
