package strength

import (
	"fmt"
	"testing"
)

func TestZZDebug(t *testing.T) {
	cases := [][]string{
		{"zxcvbnm,./"}, {"wxcvbn,;:!"}, {"17031985xyz"}, {"17-03-1985!!"}, {"januarifebruari"}, {"devriesjansen"}, {"ajaxfeyenoord"},
		{"9876543210"}, {"98765432100"}, {"abcdefghijkl"}, {"W@chtw00rd"}, {"droowthcaw"}, {"zomer2024!"}, {"voetbal123!"},
		{"fiets jansen kaars wolk", "Jan Jansen"}, {"paard kaars 17031985", "1985-03-17"}, {"paard kaars 17-03-1985", "1985-03-17"},
		{"pietbakker-fiets-wolk", "p.bakker@gemeente-utrecht.nl"}, {"bakkerij wolk fiets kaars", "Bakkerij Visser B.V."},
		{"J4ns3n-kaars-fiets-wolk", "Jan Jansen"}, {"nesnaj kaars fiets wolk", "jansen"}, {"bosbessen paard wolk", "Jan Bos"},
		{"ik fiets graag naar de bakker"}, {"Ëën paardenbloem in de wind"}, {"kx8#Lq2!v"}, {"🐴🚲🌧🐈🌷🧀🚂🎻🦉🌙"},
		{"Gemeente Utrecht 2024!"}, {"maandagochtend"}, {"Zondagmiddag!"}, {"Bos en Lommer 1965"}, {"fietsbos1234"},
		{"vandenberg1985", "Van den Berg"}, {"hendriks-peters"}, {"HalloWereld2024"}, {"ijsje zon strand zee"},
	}
	d := loadDictionary()
	for _, c := range cases {
		r := Check(c[0], c[1:]...)
		a := &analyzer{d: d}
		pd := buildPersonal(c[1:])
		a.personal, a.personalMax = pd.soft, pd.maxLen
		est := a.estimate([]rune(c[0]), 0)
		var parts []string
		for _, m := range est.seq {
			parts = append(parts, fmt.Sprintf("%d:%q(%d k%d %.0f)", m.pattern, string([]rune(c[0])[m.i:m.j+1]), m.i, m.kind, partGuesses(&m, len([]rune(c[0])))))
		}
		fmt.Printf("%-30q ok=%v score=%d code=%s log10=%.1f adv=%v\n     %v\n", c[0], r.OK, r.Score, r.Code, r.GuessesLog10(), r.Advice, parts)
	}
}
