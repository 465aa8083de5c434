package documents_test

import (
	"testing"

	"github.com/werkportaal/werkportaal/ent/account"
	"github.com/werkportaal/werkportaal/server/testworld"
)

// TestR46NewDocumentMailInTheEmployeesLanguage: the new-document mail is Dutch for an
// employee who chose no language and English for one who chose English in the portal
// (R46, R26), in the same collective send.
func TestR46NewDocumentMailInTheEmployeesLanguage(t *testing.T) {
	f := testworld.NewPortal(t)
	// Bob wants the mail too, and chose English.
	f.C.Account.UpdateOne(f.Bob.Acc).SetNotifyNewDocuments(true).SetLanguage(account.LanguageEn).ExecX(f.Sys)
	if _, n := f.AddDoc(f.StaffA1, f.A1, nil, "Personeelshandboek", true); n != 2 {
		t.Fatalf("notified %d, want 2 (Ann and Bob)", n)
	}
	ms := f.NewDocMails()
	for addr, want := range map[string]string{"ann@prive.example": "nl", "bob@prive.example": "en"} {
		if len(ms[addr]) != 1 {
			t.Fatalf("%s got %d mails", addr, len(ms[addr]))
		}
		m := ms[addr][0]
		if string(m.Locale) != want {
			t.Errorf("%s: mail in %s, want %s", addr, m.Locale, want)
		}
	}
	if ann, bob := ms["ann@prive.example"][0], ms["bob@prive.example"][0]; ann.Subject == bob.Subject {
		t.Errorf("Dutch and English mails share the subject %q", ann.Subject)
	}
}
