package regulations

import (
	"math"
	"strings"

	"github.com/werkportaal/werkportaal/server/pdf/pdftext"
)

// Passage is a piece of a regulation's text: a paragraph of one page, or part of a
// long one.
type Passage struct {
	Page int
	Text string
}

// maxPassageChars bounds a passage: a long paragraph is cut at a line.
const maxPassageChars = 900

// Passages reads the text of a PDF and cuts it into passages per page. A paragraph ends
// where the gap between two lines is clearly wider than the page's usual line gap.
func Passages(pdf []byte) ([]Passage, error) {
	pages, err := pdftext.Pages(pdf)
	if err != nil {
		return nil, err
	}
	var out []Passage
	for i, lines := range pages {
		usual := usualGap(lines)
		var cur []string
		size := 0
		flush := func() {
			text := strings.Join(strings.Fields(strings.Join(cur, " ")), " ")
			if text != "" {
				out = append(out, Passage{Page: i + 1, Text: text})
			}
			cur, size = nil, 0
		}
		for j, l := range lines {
			if j > 0 {
				gap := math.Abs(lines[j-1].Y - l.Y)
				if gap > usual*1.3 || size+len(l.Text) > maxPassageChars {
					flush()
				}
			}
			cur = append(cur, l.Text)
			size += len(l.Text) + 1
		}
		flush()
	}
	return out, nil
}

// usualGap is the most frequent gap between consecutive lines, to a tenth of a point.
func usualGap(lines []pdftext.Line) float64 {
	count := map[float64]int{}
	best, n := math.Inf(1), 0
	for j := 1; j < len(lines); j++ {
		g := math.Round(math.Abs(lines[j-1].Y-lines[j].Y)*10) / 10
		if g == 0 {
			continue
		}
		count[g]++
		if count[g] > n || (count[g] == n && g < best) {
			best, n = g, count[g]
		}
	}
	return best
}
