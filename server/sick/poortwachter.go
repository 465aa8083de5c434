package sick

import (
	"github.com/werkportaal/werkportaal/server/date"
)

// The Poortwachter timeline (Wet verbetering poortwachter) of a sick case, computed from
// the first sick day. Sources, checked December 2026 (docs/domain.md, Verzuim):
//   - problem analysis by week 6, plan of action by week 8, the 42nd-week report to UWV,
//     the first-year evaluation in weeks 46–52 (UWV Werkwijzer Poortwachter, as summed
//     up in https://www.oprijk.nl/advocaten-adviseurs-arbeidsrecht/kennispunt-sociale-zekerheid/poortwachter-schema);
//   - the final evaluation and the re-integration report ready by week 91, the WIA
//     application with UWV before the end of week 93
//     (https://www.poortwachtersloket.nl/Informatie/Re-integratie/Wia_aanvraag);
//   - the end of the 104 weeks of continued pay (art. 7:629 BW).
//
// The 4-weken-regel (art. 7:629 lid 10 BW, art. 29 lid 10 ZW; UWV:
// https://www.uwv.nl/particulieren/ziek/ziek-met-werkgever/ik-ben-net-ziek/detail/ik-ben-in-loondienst-en-ben-ziek):
// sick periods that follow each other with a break of less than four weeks are added
// together; the break itself does not count, so every deadline moves by the length of
// the break (https://rviregister.nl/samenstellen-van-ziekteperiodes-hoe-zit-dat-nu-precies/).
// A partial recovery is still sickness: it never stops or restarts the clock.

// Spell is one sick report: the first sick day and, once recovered, the first day fully
// back at work (the last sick day is the day before).
type Spell struct {
	First     date.Date
	Recovered *date.Date
}

// breakDays is the 4-weken-regel: a break of fewer days continues the case.
const breakDays = 28

// Step is a step of the Poortwachter timeline.
type Step string

// The steps, in the order of the timeline.
const (
	StepProblemAnalysis     Step = "PROBLEM_ANALYSIS"      // week 6, by the company doctor
	StepPlanOfAction        Step = "PLAN_OF_ACTION"        // week 8, employer and employee
	StepUWVReport           Step = "UWV_REPORT"            // week 42, ziekmelding bij UWV
	StepFirstYearEvaluation Step = "FIRST_YEAR_EVALUATION" // weeks 46–52
	StepFinalEvaluation     Step = "FINAL_EVALUATION"      // week 91, eindevaluatie and re-integratieverslag
	StepWIAApplication      Step = "WIA_APPLICATION"       // week 93, by the employee
	StepEndOfWaitingPeriod  Step = "END_OF_WAITING_PERIOD" // week 104
)

// Steps lists the steps with the week that opens them (0: no window) and the week by
// whose end they are due.
var Steps = []struct {
	Step     Step
	FromWeek int
	DueWeek  int
	Markable bool // staff can mark it done; the end of the 104 weeks just comes
}{
	{StepProblemAnalysis, 0, 6, true},
	{StepPlanOfAction, 0, 8, true},
	{StepUWVReport, 0, 42, true},
	{StepFirstYearEvaluation, 46, 52, true},
	{StepFinalEvaluation, 0, 91, true},
	{StepWIAApplication, 0, 93, true},
	{StepEndOfWaitingPeriod, 0, 104, false},
}

// ValidStep reports whether s is a step staff can mark done.
func ValidStep(s Step) bool {
	for _, x := range Steps {
		if x.Step == s {
			return x.Markable
		}
	}
	return false
}

// Status of a step on a given day.
type Status string

// The statuses.
const (
	StatusDone     Status = "DONE"      // marked done by staff
	StatusOverdue  Status = "OVERDUE"   // due date passed, not marked done
	StatusThisWeek Status = "THIS_WEEK" // due within the coming seven days
	StatusUpcoming Status = "UPCOMING"  // later
	StatusPassed   Status = "PASSED"    // a moment (the end of the 104 weeks) that lies in the past
)

// Milestone is a step with its dates and status.
type Milestone struct {
	Step   Step
	Week   int
	Opens  *date.Date // the first day of the window, for the first-year evaluation
	Due    date.Date  // the last day of week Week of sickness
	DoneOn *date.Date
	Status Status
}

// CaseSpells returns the spells of the case the last spell belongs to: walking back
// from the last, a spell joins while the break after it is shorter than four weeks.
// spells must be in the order of their first days.
func CaseSpells(spells []Spell) []Spell {
	if len(spells) == 0 {
		return nil
	}
	i := len(spells) - 1
	for i > 0 {
		prev := spells[i-1]
		if prev.Recovered == nil || daysBetween(*prev.Recovered, spells[i].First) >= breakDays {
			break
		}
		i--
	}
	return spells[i:]
}

// dayOfSickness returns the date on which the case reaches sick day n (1-based),
// counting only sick days; the last spell is taken as still open.
func dayOfSickness(spells []Spell, n int) date.Date {
	left := n - 1
	for i, s := range spells {
		if i == len(spells)-1 || s.Recovered == nil {
			return s.First.AddDays(left)
		}
		length := daysBetween(s.First, *s.Recovered)
		if left < length {
			return s.First.AddDays(left)
		}
		left -= length
	}
	return date.Date{}
}

// Timeline computes the Poortwachter milestones of a case (its spells, from
// CaseSpells) on day today, with the steps staff marked done.
func Timeline(spells []Spell, done map[Step]date.Date, today date.Date) []Milestone {
	if len(spells) == 0 {
		return nil
	}
	out := make([]Milestone, 0, len(Steps))
	for _, s := range Steps {
		m := Milestone{Step: s.Step, Week: s.DueWeek, Due: dayOfSickness(spells, s.DueWeek*7)}
		if s.FromWeek > 0 {
			o := dayOfSickness(spells, (s.FromWeek-1)*7+1)
			m.Opens = &o
		}
		if d, ok := done[s.Step]; ok && s.Markable {
			m.DoneOn = &d
		}
		switch {
		case m.DoneOn != nil:
			m.Status = StatusDone
		case m.Due.Before(today) && !s.Markable:
			m.Status = StatusPassed
		case m.Due.Before(today):
			m.Status = StatusOverdue
		case m.Due.Before(today.AddDays(7)):
			m.Status = StatusThisWeek
		default:
			m.Status = StatusUpcoming
		}
		out = append(out, m)
	}
	return out
}

func daysBetween(a, b date.Date) int {
	return int(b.Time().Sub(a.Time()).Hours() / 24)
}
