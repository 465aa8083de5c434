package pdftext_test

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"strings"
	"testing"

	"github.com/werkportaal/werkportaal/server/pdf/pdftext"
)

// A compressed content stream whose last byte (of the zlib checksum) is a line-end byte
// must still be read: the export's gegevens.pdf lost all its text now and then when the
// reader trimmed line ends from the compressed bytes.
func TestCompressedStreamEndingInLineEndByte(t *testing.T) {
	for _, last := range []byte{'\n', '\r'} {
		var z []byte
		var content string
		for n := 0; ; n++ {
			content = fmt.Sprintf("BT /F1 10 Tf 10 800 Td (Geboortedatum) Tj 0 -12 Td (regel %d) Tj ET", n)
			var buf bytes.Buffer
			w := zlib.NewWriter(&buf)
			if _, err := w.Write([]byte(content)); err != nil {
				t.Fatal(err)
			}
			if err := w.Close(); err != nil {
				t.Fatal(err)
			}
			if b := buf.Bytes(); b[len(b)-1] == last {
				z = b
				break
			}
		}
		doc := fmt.Sprintf("%%PDF-1.3\n1 0 obj\n<</Filter /FlateDecode /Length %d>>\nstream\n%s\nendstream\nendobj\n%%%%EOF\n", len(z), z)
		text, err := pdftext.Text([]byte(doc))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(text, "Geboortedatum") {
			t.Errorf("stream ending in %q: text %q", last, text)
		}
		pages, err := pdftext.Pages([]byte(doc))
		if err != nil || len(pages) != 1 || pages[0][0].Text != "Geboortedatum" {
			t.Errorf("stream ending in %q: pages %v, %v", last, pages, err)
		}
	}
}
