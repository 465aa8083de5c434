package mail

import "testing"

// BenchmarkRenderInvitation is the rendering of one invitation with the standard
// Dutch texts, the CPU a collective grant spends per person beside its COPYs.
func BenchmarkRenderInvitation(b *testing.B) {
	t, ok := Standard(Invitation, NL)
	if !ok {
		b.Fatal("no standard invitation")
	}
	c, err := compile(Invitation, NL, t)
	if err != nil {
		b.Fatal(err)
	}
	vars := SampleVars(Invitation, NL)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := c.render(vars); err != nil {
			b.Fatal(err)
		}
	}
}
