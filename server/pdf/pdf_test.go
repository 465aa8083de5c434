package pdf_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/werkportaal/werkportaal/server/pdf"
	"github.com/werkportaal/werkportaal/server/pdf/pdftext"
	"github.com/werkportaal/werkportaal/server/testworld"
)

// The extractor must see what is there, or the BSN check above proves nothing.
func TestPDFTextExtractorFindsText(t *testing.T) {
	data := testworld.Must[[]byte](t)(pdf.TextPDF("Proef (één)", []string{"BSN 999999990 en € 1.234,56 \\ klaar"}, testworld.PortalStart))
	text := testworld.Must[string](t)(pdftext.Text(data))
	for _, want := range []string{"Proef (één)", "999999990", "€ 1.234,56 \\ klaar"} {
		if !strings.Contains(text, want) {
			t.Errorf("extracted text lacks %q:\n%s", want, text)
		}
	}
	if bytes.Contains(data, []byte("999999990")) {
		t.Error("the content stream is not compressed; the raw-bytes check would prove little")
	}
	if _, err := pdftext.Text([]byte("not a pdf")); err == nil {
		t.Error("Text accepted a non-PDF")
	}
}
