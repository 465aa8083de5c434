package calendar

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"time"
	"unicode/utf8"
)

// The iCalendar text of a feed (RFC 5545): one all-day VEVENT per run of consecutive
// days of one person, one source (request or sick report) and one status, with the
// same privacy as the month view because it is built from the same rows.

// labels are the words of a feed, in the owner's language (R46).
var labels = map[string]map[Status]string{
	"nl": {Absent: "afwezig", Requested: "aangevraagd", Leave: "verlof"},
	"en": {Absent: "away", Requested: "requested", Leave: "leave"},
}

var calendarName = map[string]string{"nl": "Verlofkalender", "en": "Leave calendar"}

// run is consecutive days of one person with the same source, status and type.
type run struct {
	person     *Person
	first      Day
	start, end time.Time // end is exclusive, as DTEND of an all-day event
}

func runsOf(people []*Person) []run {
	var out []run
	for _, p := range people {
		var cur *run
		for _, d := range p.Days {
			t := d.Date.Time()
			if cur != nil && cur.first.source == d.source && cur.first.Status == d.Status &&
				cur.first.LeaveType == d.LeaveType && cur.end.Equal(t) {
				cur.end = t.AddDate(0, 0, 1)
				continue
			}
			out = append(out, run{person: p, first: d, start: t, end: t.AddDate(0, 0, 1)})
			cur = &out[len(out)-1]
		}
	}
	return out
}

// summary is the event's title: a colleague's name and afwezig, never why (R32); the
// leave type where the owner may see it.
func summary(r run, lang string) string {
	l := labels[lang]
	var what string
	switch {
	case r.first.Status == Absent:
		what = l[Absent]
	case r.first.Status == Requested:
		what = r.first.LeaveType + " (" + l[Requested] + ")"
	case r.first.LeaveType != "":
		what = r.first.LeaveType
	default:
		what = l[Leave]
	}
	if r.person.Self {
		return what
	}
	return r.person.Name + ": " + what
}

// uid is stable for the same run of the same source, and tells nothing about it.
func uid(r run) string {
	sum := sha256.Sum256([]byte("werkportaal-verlofkalender:" + r.first.source + ":" + r.person.ID + ":" + r.start.Format("20060102")))
	return hex.EncodeToString(sum[:16]) + "@werkportaal"
}

func encodeICS(people []*Person, lang string, now time.Time) []byte {
	if _, ok := labels[lang]; !ok {
		lang = "nl"
	}
	var b bytes.Buffer
	line := func(name, value string) { writeFolded(&b, name+":"+value) }
	line("BEGIN", "VCALENDAR")
	line("VERSION", "2.0")
	line("PRODID", "-//Werkportaal//Verlofkalender//NL")
	line("CALSCALE", "GREGORIAN")
	line("METHOD", "PUBLISH")
	line("X-WR-CALNAME", escapeText(calendarName[lang]))
	line("X-WR-TIMEZONE", "Europe/Amsterdam")
	stamp := now.UTC().Format("20060102T150405Z")
	for _, r := range runsOf(people) {
		line("BEGIN", "VEVENT")
		line("UID", uid(r))
		line("DTSTAMP", stamp)
		line("DTSTART;VALUE=DATE", r.start.Format("20060102"))
		line("DTEND;VALUE=DATE", r.end.Format("20060102"))
		line("SUMMARY", escapeText(summary(r, lang)))
		line("TRANSP", "TRANSPARENT")
		if r.first.Status == Requested {
			line("STATUS", "TENTATIVE")
		} else {
			line("STATUS", "CONFIRMED")
		}
		line("END", "VEVENT")
	}
	line("END", "VCALENDAR")
	return b.Bytes()
}

// escapeText escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and
// line breaks.
func escapeText(s string) string {
	r := strings.NewReplacer(`\`, `\\`, ";", `\;`, ",", `\,`, "\r\n", `\n`, "\n", `\n`, "\r", `\n`)
	return r.Replace(s)
}

// writeFolded writes a content line folded at 75 octets (RFC 5545 §3.1), never inside a
// UTF-8 sequence, each line ended by CRLF.
func writeFolded(b *bytes.Buffer, s string) {
	const limit = 75
	width := limit
	for len(s) > width {
		cut := width
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		b.WriteString(s[:cut])
		b.WriteString("\r\n ")
		s = s[cut:]
		width = limit - 1 // the leading space counts
	}
	b.WriteString(s)
	b.WriteString("\r\n")
}
