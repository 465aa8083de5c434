package strength

import "strings"

// keyboard is an adjacency graph of keys, as zxcvbn's: neighbours are listed per
// direction, so a change of direction is a turn.
type keyboard struct {
	name    string
	keyOf   map[rune]keyRef
	adj     [][]int16 // per key, the neighbour in each direction or -1
	starts  float64   // number of keys
	degree  float64   // average number of neighbours
	shifted bool      // the second character of a key needs shift
}

type keyRef struct {
	key     int16
	shifted bool
}

// Layouts, row by row, each key as its unshifted and shifted character. "··" and "·"
// are places without a key, so that rows line up: in a slanted layout a key touches
// the keys above it at the same and the next column.
var (
	qwertyRows = []string{
		"`~ 1! 2@ 3# 4$ 5% 6^ 7& 8* 9( 0) -_ =+",
		"·· qQ wW eE rR tT yY uU iI oO pP [{ ]} \\|",
		"·· aA sS dD fF gG hH jJ kK lL ;: '\"",
		"·· zZ xX cC vV bB nN mM ,< .> /?",
	}
	// French/Belgian azerty: the digits are shifted.
	azertyRows = []string{
		"·· &1 é2 \"3 '4 (5 -6 è7 _8 ç9 à0 )° =+",
		"·· aA zZ eE rR tT yY uU iI oO pP ^¨ $£",
		"·· qQ sS dD fF gG hH jJ kK lL mM ù% *µ",
		"<> wW xX cC vV bB nN ,? ;. :/ !§",
	}
	keypadRows = []string{
		"· / * -",
		"7 8 9 +",
		"4 5 6",
		"1 2 3",
		"· 0 .",
	}
)

var keyboards = []*keyboard{
	newKeyboard("qwerty", qwertyRows, true),
	newKeyboard("azerty", azertyRows, true),
	newKeyboard("keypad", keypadRows, false),
}

func newKeyboard(name string, rows []string, slanted bool) *keyboard {
	kb := &keyboard{name: name, keyOf: map[rune]keyRef{}}
	type xy struct{ x, y int }
	pos := map[xy]int16{}
	for y, row := range rows {
		for x, tok := range strings.Fields(row) {
			if strings.Trim(tok, "·") == "" {
				continue
			}
			k := int16(len(kb.adj)) //nolint:gosec // G115: the layouts above have fewer than 100 keys
			kb.adj = append(kb.adj, nil)
			pos[xy{x, y}] = k
			for n, r := range []rune(tok) {
				if _, dup := kb.keyOf[r]; !dup {
					kb.keyOf[r] = keyRef{key: k, shifted: n == 1}
				}
			}
			kb.shifted = kb.shifted || len([]rune(tok)) > 1
		}
	}
	// zxcvbn's direction order: left, up (and up-right when slanted), right, down.
	dirs := []xy{{-1, 0}, {-1, -1}, {0, -1}, {1, -1}, {1, 0}, {1, 1}, {0, 1}, {-1, 1}}
	if slanted {
		dirs = []xy{{-1, 0}, {0, -1}, {1, -1}, {1, 0}, {0, 1}, {-1, 1}}
	}
	total := 0
	for p, k := range pos {
		nb := make([]int16, len(dirs))
		for d, dir := range dirs {
			nb[d] = -1
			if o, ok := pos[xy{p.x + dir.x, p.y + dir.y}]; ok {
				nb[d] = o
				total++
			}
		}
		kb.adj[k] = nb
	}
	kb.starts = float64(len(kb.adj))
	kb.degree = float64(total) / kb.starts
	return kb
}

// matches finds keyboard walks of three keys or more ("qwerty", "zxcvbn", "azerty",
// "1qaz2wsx", "7894561"), as zxcvbn's spatial matching.
func (kb *keyboard) matches(ms []match, pw []rune) []match {
	n := len(pw)
	for i := 0; i < n-1; {
		j := i + 1
		lastDir, turns, shifted := -1, 0, 0
		if r, ok := kb.keyOf[pw[i]]; ok && r.shifted {
			shifted = 1
		}
		for {
			found := false
			if j < n {
				prev, ok1 := kb.keyOf[pw[j-1]]
				cur, ok2 := kb.keyOf[pw[j]]
				if ok1 && ok2 {
					for dir, nb := range kb.adj[prev.key] {
						if nb == cur.key {
							found = true
							if cur.shifted {
								shifted++
							}
							if dir != lastDir {
								turns++
								lastDir = dir
							}
							break
						}
					}
				}
			}
			if found {
				j++
				continue
			}
			if j-i > 2 {
				ms = append(ms, match{i: i, j: j - 1, guesses: kb.guesses(j-i, turns, shifted), pattern: patSpatial,
					turns: uint8(min(turns, 255))})
			}
			i = j
			break
		}
	}
	return ms
}

// guesses is zxcvbn's count of walks of up to length keys with up to turns turns,
// times the ways to shift some of the keys.
func (kb *keyboard) guesses(length, turns, shifted int) float64 {
	g := 0.0
	for i := 2; i <= length; i++ {
		for j := 1; j <= min(turns, i-1); j++ {
			g += nCk(i-1, j-1) * kb.starts * pow(kb.degree, j)
		}
	}
	if shifted > 0 {
		unshifted := length - shifted
		if unshifted == 0 {
			g *= 2
		} else {
			v := 0.0
			for i := 1; i <= min(shifted, unshifted); i++ {
				v += nCk(shifted+unshifted, i)
			}
			g *= v
		}
	}
	return g
}

func pow(x float64, n int) float64 {
	r := 1.0
	for ; n > 0; n-- {
		r *= x
	}
	return r
}
