package mail

import (
	"strconv"
	"strings"
	"testing"
)

// The counting mails say "1 aanvraag" and "3 aanvragen", "1 werkdag" and "5 werkdagen", in
// both languages, in subject, text and HTML of the standard texts (R33, R35, R46).
func TestStandardTextsCountInSingularAndPlural(t *testing.T) {
	vars := func(count, days int, l Locale) map[string]string {
		return map[string]string{
			"Name": "Mia Jansen", "FirstName": "Mia", "EmployerName": "Voorbeeld MKB",
			"Count": strconv.Itoa(count), "Several": Several(count, l),
			"WorkingDays": strconv.Itoa(days), "SeveralDays": Several(days, l),
			"Requests": "een regel", "Tasks": "een regel",
			"QueueURL": "https://x.example/q", "MyTeamURL": "https://x.example/t", "AdminURL": "https://x.example/a",
		}
	}
	cases := []struct {
		k             Kind
		l             Locale
		count, days   int
		want, wantNot []string
	}{
		{LeaveRequestsDigest, NL, 1, 0, []string{"is er 1 nieuwe verlofaanvraag binnengekomen"}, []string{"verlofaanvragen binnengekomen"}},
		{LeaveRequestsDigest, NL, 3, 0, []string{"zijn er 3 nieuwe verlofaanvragen binnengekomen"}, nil},
		{LeaveRequestsDigest, EN, 1, 0, []string{"1 new leave request came in"}, []string{"requests came in"}},
		{LeaveRequestsDigest, EN, 3, 0, []string{"3 new leave requests came in"}, nil},
		{TeamTasksDigest, NL, 1, 0, []string{"Een aanvraag wacht op je in Mijn team (1)", "wacht 1 aanvraag op je beslissing"}, []string{"aanvragen op je beslissing"}},
		{TeamTasksDigest, NL, 2, 0, []string{"Aanvragen wachten op je in Mijn team (2)", "wachten 2 aanvragen op je beslissing"}, nil},
		{TeamTasksDigest, EN, 1, 0, []string{"A request waiting for you in My team (1)", "1 request is waiting"}, []string{"requests are waiting for your decision"}},
		{TeamTasksDigest, EN, 2, 0, []string{"2 requests are waiting"}, nil},
		{TaskEscalated, NL, 1, 1, []string{"Een aanvraag wacht al 1 werkdag op", "wacht 1 aanvraag al 1 werkdag of langer"}, []string{"werkdagen", "aanvragen al"}},
		{TaskEscalated, NL, 4, 5, []string{"Aanvragen wachten al 5 werkdagen op", "wachten 4 aanvragen al 5 werkdagen of langer"}, nil},
		{TaskEscalated, EN, 1, 1, []string{"A request waiting 1 working day for", "1 request has been waiting 1 working day or longer"}, []string{"days", "requests have"}},
		{TaskEscalated, EN, 4, 5, []string{"Requests waiting 5 working days for", "4 requests have been waiting 5 working days or longer"}, nil},
	}
	for _, c := range cases {
		texts, ok := Standard(c.k, c.l)
		if !ok {
			t.Fatalf("no standard text for %s/%s", c.k, c.l)
		}
		r, err := render(c.k, c.l, texts, vars(c.count, c.days, c.l))
		if err != nil {
			t.Fatalf("%s/%s: %v", c.k, c.l, err)
		}
		// The HTML marks the number up; compare its words without the markup.
		html := strings.NewReplacer("<strong>", "", "</strong>", "").Replace(r.HTML)
		all := r.Subject + "\n" + r.Text
		for _, w := range c.want {
			if !strings.Contains(all, w) {
				t.Errorf("%s/%s count %d days %d: %q missing from subject and text:\n%s", c.k, c.l, c.count, c.days, w, all)
			}
			if !strings.Contains(r.Subject, w) && !strings.Contains(html, w) {
				t.Errorf("%s/%s count %d days %d: %q missing from the HTML", c.k, c.l, c.count, c.days, w)
			}
		}
		for _, w := range c.wantNot {
			if strings.Contains(all, w) || strings.Contains(html, w) {
				t.Errorf("%s/%s count %d days %d: %q in the mail", c.k, c.l, c.count, c.days, w)
			}
		}
	}
	if Several(1, NL) != "" || Several(2, NL) != "ja" || Several(2, EN) != "yes" {
		t.Errorf("Several: %q %q %q", Several(1, NL), Several(2, NL), Several(2, EN))
	}
}
