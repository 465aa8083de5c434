// Package pdftext extracts the text that a PDF shows, for tests that check what a
// generated payslip or annual statement says (and does not say). It handles what
// Werkportaal's PDFs contain: content streams, zlib-compressed or not, with literal
// strings in the Windows-1252 code page of the core fonts. It is no general PDF parser.
package pdftext

import (
	"bytes"
	"compress/zlib"
	"errors"
	"io"
	"strings"
)

// Text returns the strings shown by the content streams of pdf, one per line.
func Text(pdf []byte) (string, error) {
	if !bytes.HasPrefix(pdf, []byte("%PDF-")) {
		return "", errors.New("pdftext: not a PDF")
	}
	var out strings.Builder
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
		body := rest[i+6:]
		body = bytes.TrimPrefix(body, []byte("\r"))
		body = bytes.TrimPrefix(body, []byte("\n"))
		j := bytes.Index(body, []byte("endstream"))
		if j < 0 {
			break
		}
		data := bytes.TrimRight(body[:j], "\r\n")
		rest = body[j+9:]
		if zr, err := zlib.NewReader(bytes.NewReader(data)); err == nil {
			if inflated, err := io.ReadAll(zr); err == nil {
				data = inflated
			}
		}
		if !bytes.Contains(data, []byte("BT")) {
			continue // fonts, images, metadata
		}
		for _, s := range literals(data) {
			out.WriteString(s)
			out.WriteByte('\n')
		}
	}
	return out.String(), nil
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
