package store_test

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"

	"entgo.io/ent/dialect/sql/schema"

	"github.com/werkportaal/werkportaal/ent/migrate"
)

var updateGolden = flag.Bool("update", false, "rewrite testdata/schema.golden from the ent schema")

// The tables ent derives from ent/schema, column by column with their indexes and
// foreign keys, are the ones in testdata/schema.golden. Declaring the tenant keys
// through mixins (docs/architecture.md, Tenancy) must not change a column, its order,
// an index or a key; TestMigrationsEqualSchema then proves the migrations give this
// schema on both databases, and make check-generated that no new migration is due.
func TestSchemaColumnsMatchGolden(t *testing.T) {
	var b strings.Builder
	for _, tbl := range migrate.Tables {
		fmt.Fprintf(&b, "table %s\n", tbl.Name)
		for _, c := range tbl.Columns {
			fmt.Fprintf(&b, "  column %s %s size=%d nullable=%t unique=%t default=%v types=%v enums=%v\n",
				c.Name, c.Type, c.Size, c.Nullable, c.Unique, c.Default, c.SchemaType, c.Enums)
		}
		for _, ix := range tbl.Indexes {
			fmt.Fprintf(&b, "  index %s unique=%t (%s)\n", ix.Name, ix.Unique, names(ix.Columns))
		}
		for _, fk := range tbl.ForeignKeys {
			fmt.Fprintf(&b, "  foreign key %s (%s) references %s (%s) on delete %s\n",
				fk.Symbol, names(fk.Columns), fk.RefTable.Name, names(fk.RefColumns), fk.OnDelete)
		}
	}
	// A constant path and owner-only permissions keep gosec (G304, G306) content; git
	// records no permission bits but the executable one.
	const path = "testdata/schema.golden"
	if *updateGolden {
		if err := os.WriteFile(path, []byte(b.String()), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := b.String(); got != string(want) {
		t.Errorf("the ent schema's tables differ from %s:\n%s", path, lineDiff(string(want), got))
	}
}

func names(cs []*schema.Column) string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = c.Name
	}
	return strings.Join(out, ", ")
}

// lineDiff lists the lines only in want (-) and only in got (+), in order.
func lineDiff(want, got string) string {
	in := func(s string) map[string]bool {
		m := map[string]bool{}
		for _, l := range strings.Split(s, "\n") {
			m[l] = true
		}
		return m
	}
	w, g := in(want), in(got)
	var out strings.Builder
	for _, l := range strings.Split(want, "\n") {
		if !g[l] {
			out.WriteString("- " + l + "\n")
		}
	}
	for _, l := range strings.Split(got, "\n") {
		if !w[l] {
			out.WriteString("+ " + l + "\n")
		}
	}
	return out.String()
}
