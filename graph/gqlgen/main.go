// Command gqlgen generates graph/generated as `gqlgen generate` does (make generate),
// except that the objects an answer holds many of are marshalled in the request's own
// goroutine instead of one goroutine per field and per list element.
//
// gqlgen resolves every field that takes a context, and marshals every element of a
// list of objects, in a goroutine of its own, so that resolvers doing I/O overlap. The
// fields of those objects do no I/O here: their edges are loaded with their rows (the
// staff list's one statement, server/directory; entgql's field collection elsewhere)
// and the rest is computed from the row and the clock. For the staff list's page of 50
// rows that was about 150 goroutines a request, most of whose cost was growing their
// stacks (runtime.copystack): in order, the time from the page's rows being read to its
// answer being written fell from 2.0 to 1.2 ms (p50, 1 client, search "jans" on 20,000
// employments, the bench dataset). An edge that was not loaded with its row is still
// read when it is marshalled, now one after another instead of side by side; pages do
// not read that way (their statement counts are fixed by tests and make bench).
//
// The objects that gather independent reads (the root query, me and its home, the
// viewer) keep gqlgen's concurrency, so their reads still overlap.
package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/99designs/gqlgen/api"
	"github.com/99designs/gqlgen/codegen"
	"github.com/99designs/gqlgen/codegen/config"
)

func main() {
	if err := generate(); err != nil {
		fmt.Fprintln(os.Stderr, "gqlgen:", err)
		os.Exit(1)
	}
}

func generate() error {
	cfg, err := config.LoadConfigFromDefaultLocations()
	if err != nil {
		return err
	}
	if err := api.Generate(cfg, api.AddPlugin(inOrder{})); err != nil {
		return err
	}
	return marshalListsInOrder(cfg.Exec.Filename)
}

// inOrder turns off gqlgen's concurrency for the objects that come in lists.
type inOrder struct{}

func (inOrder) Name() string { return "in-order" }

// GenerateCode runs before gqlgen writes the executable schema, on the same data.
func (inOrder) GenerateCode(data *codegen.Data) error {
	for _, o := range data.Objects {
		interfaces := make([]string, len(o.Implements))
		for i, d := range o.Implements {
			interfaces[i] = d.Name
		}
		if !o.Root && listed(o.Name, interfaces) {
			o.DisableConcurrency = true
		}
	}
	return nil
}

// listed tells the object types an answer may hold many of, by name and the names of
// the interfaces they implement: the ent nodes, and the connections and edges that
// page them.
func listed(name string, interfaces []string) bool {
	return strings.HasSuffix(name, "Connection") || strings.HasSuffix(name, "Edge") || slices.Contains(interfaces, "Node")
}

// gqlgen's template marshals each element of a list of objects in a goroutine of its
// own, with no option to do otherwise: the generated calls are pointed at
// marshalSliceInOrder (graph/generated/inorder.go), which has the same signature and
// the same per-element panic handling, in the caller's goroutine.
const (
	concurrentSlice = "graphql.MarshalSliceConcurrently("
	inOrderSlice    = "marshalSliceInOrder("
)

func marshalListsInOrder(filename string) error {
	filename = filepath.Clean(filename)
	info, err := os.Stat(filename)
	if err != nil {
		return err
	}
	src, err := os.ReadFile(filename)
	if err != nil {
		return err
	}
	if !bytes.Contains(src, []byte(concurrentSlice)) {
		return fmt.Errorf("%s: no call of %s: gqlgen's template changed, check marshalListsInOrder", filename, concurrentSlice)
	}
	out := bytes.ReplaceAll(src, []byte(concurrentSlice), []byte(inOrderSlice))
	return os.WriteFile(filename, out, info.Mode().Perm()) //nolint:gosec // G703: the exec filename of the project's own gqlgen.yml, which gqlgen has just written
}
