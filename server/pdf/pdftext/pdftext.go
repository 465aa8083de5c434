// Package pdftext extracts the text that a PDF shows: for tests that check what a
// generated payslip or annual statement says (and does not say), and per page for the
// regulations assistant's index (R42). It handles PDFs like those fpdf and most simple
// writers make: one content stream per page in page order, zlib-compressed or not,
// with literal strings in the Windows-1252 code page of the core fonts. It is no
// general PDF parser: text in hex strings or embedded CID fonts is not read, and such a
// PDF yields no text, which the callers report as such.
package pdftext

import (
	"bytes"
	"compress/zlib"
	"errors"
	"io"
	"strconv"
	"strings"
)

// Text returns the strings shown by the content streams of pdf, one per line.
func Text(pdf []byte) (string, error) {
	streams, err := contentStreams(pdf)
	if err != nil {
		return "", err
	}
	var out strings.Builder
	for _, data := range streams {
		for _, s := range literals(data) {
			out.WriteString(s)
			out.WriteByte('\n')
		}
	}
	return out.String(), nil
}

// contentStreams returns the streams of pdf that show text, inflated, in file order.
func contentStreams(pdf []byte) ([][]byte, error) {
	if !bytes.HasPrefix(pdf, []byte("%PDF-")) {
		return nil, errors.New("pdftext: not a PDF")
	}
	var out [][]byte
	rest := pdf
	for {
		i := bytes.Index(rest, []byte("stream"))
		if i < 0 {
			break
		}
		// "endstream" also contains "stream": skip it.
		if i >= 3 && string(rest[i-3:i]) == "end" {
			rest = rest[i+6:]
			continue
		}
		body := bytes.TrimPrefix(bytes.TrimPrefix(rest[i+6:], []byte("\r")), []byte("\n"))
		j := bytes.Index(body, []byte("endstream"))
		if j < 0 {
			break
		}
		// The compressed bytes are handed to zlib as they are: their checksum may end in a
		// byte that looks like a line end (trimming it lost a page's text now and then),
		// and zlib stops at its own checksum, so the line end before "endstream" is harmless.
		data := body[:j]
		rest = body[j+9:]
		if zr, err := zlib.NewReader(bytes.NewReader(data)); err == nil {
			if inflated, err := io.ReadAll(io.LimitReader(zr, 64<<20)); err == nil {
				data = inflated
			}
		}
		if !bytes.Contains(data, []byte("BT")) {
			continue // fonts, images, metadata
		}
		out = append(out, data)
	}
	return out, nil
}

// Line is a line of text on a page and its height from the bottom of the page.
type Line struct {
	Text string
	Y    float64
}

// Pages returns the lines of text of each page of pdf, in page order. Pages are the
// content streams that show text, in the order of the file.
func Pages(pdf []byte) ([][]Line, error) {
	streams, err := contentStreams(pdf)
	if err != nil {
		return nil, err
	}
	pages := make([][]Line, 0, len(streams))
	for _, data := range streams {
		pages = append(pages, lines(data))
	}
	return pages, nil
}

// lines reads the shown strings of a content stream with the height the text
// position operators (Td, TD, Tm) put them at; strings at one height form one line.
func lines(data []byte) []Line {
	var (
		out  []Line
		nums []float64
		y    float64
	)
	for i := 0; i < len(data); i++ {
		c := data[i]
		switch {
		case c == '(':
			end := closing(data, i)
			if ss := literals(data[i:end]); len(ss) == 1 {
				if n := len(out); n > 0 && out[n-1].Y == y {
					out[n-1].Text += ss[0]
				} else {
					out = append(out, Line{Text: ss[0], Y: y})
				}
			}
			i = end - 1
			nums = nums[:0]
		case c == '-' || c == '.' || (c >= '0' && c <= '9'):
			j := i
			for j < len(data) && (data[j] == '-' || data[j] == '.' || (data[j] >= '0' && data[j] <= '9')) {
				j++
			}
			if f, err := strconv.ParseFloat(string(data[i:j]), 64); err == nil {
				nums = append(nums, f)
			}
			i = j - 1
		case c >= 'A' && c <= 'z':
			j := i
			for j < len(data) && ((data[j] >= 'A' && data[j] <= 'Z') || (data[j] >= 'a' && data[j] <= 'z') || data[j] == '*') {
				j++
			}
			switch op := string(data[i:j]); op {
			case "BT":
				y = 0
			case "Td", "TD":
				if len(nums) >= 2 {
					y += nums[len(nums)-1]
				}
			case "Tm":
				if len(nums) >= 6 {
					y = nums[len(nums)-1]
				}
			}
			nums = nums[:0]
			i = j - 1
		}
	}
	return out
}

// closing returns the index just past the literal string that opens at data[i].
func closing(data []byte, i int) int {
	depth := 0
	for j := i; j < len(data); j++ {
		switch data[j] {
		case '\\':
			j++
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				return j + 1
			}
		}
	}
	return len(data)
}

// literals returns the literal strings (…) of a content stream, unescaped and decoded.
func literals(data []byte) []string {
	var out []string
	for i := 0; i < len(data); i++ {
		if data[i] != '(' {
			continue
		}
		var buf []byte
		depth := 1
		j := i + 1
		for ; j < len(data) && depth > 0; j++ {
			c := data[j]
			switch {
			case c == '\\' && j+1 < len(data):
				j++
				switch e := data[j]; e {
				case 'n':
					buf = append(buf, '\n')
				case 'r':
					buf = append(buf, '\r')
				case 't':
					buf = append(buf, '\t')
				case 'b', 'f':
				case '0', '1', '2', '3', '4', '5', '6', '7':
					v := 0
					k := 0
					for ; k < 3 && j+k < len(data) && data[j+k] >= '0' && data[j+k] <= '7'; k++ {
						v = v*8 + int(data[j+k]-'0')
					}
					j += k - 1
					buf = append(buf, byte(v))
				default:
					buf = append(buf, e)
				}
			case c == '(':
				depth++
				buf = append(buf, c)
			case c == ')':
				depth--
				if depth > 0 {
					buf = append(buf, c)
				}
			default:
				buf = append(buf, c)
			}
		}
		out = append(out, cp1252(buf))
		i = j - 1
	}
	return out
}

// win1252 holds the characters of 0x80–0x9F that differ from Latin-1.
var win1252 = map[byte]rune{
	0x80: '€', 0x82: '‚', 0x83: 'ƒ', 0x84: '„', 0x85: '…', 0x86: '†', 0x87: '‡', 0x88: 'ˆ', 0x89: '‰',
	0x8A: 'Š', 0x8B: '‹', 0x8C: 'Œ', 0x8E: 'Ž', 0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x95: '•',
	0x96: '–', 0x97: '—', 0x98: '˜', 0x99: '™', 0x9A: 'š', 0x9B: '›', 0x9C: 'œ', 0x9E: 'ž', 0x9F: 'Ÿ',
}

func cp1252(b []byte) string {
	var s strings.Builder
	for _, c := range b {
		if r, ok := win1252[c]; ok {
			s.WriteRune(r)
		} else {
			s.WriteRune(rune(c))
		}
	}
	return s.String()
}
