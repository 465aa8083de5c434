package graph

import (
	"fmt"
	"strings"

	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"github.com/vektah/gqlparser/v2/parser"
)

// DocumentLimits bound a document that is not one of the web app's persisted documents
// (an integrator's, or anyone's in dev), checked on the parsed document before gqlgen
// validates it. Validation is quadratic in fields that share a response name, and a
// fragment spread twice in each of n nested fragments stands for 2^n selections, so a
// small document could otherwise cost seconds of CPU. A zero field takes its default.
type DocumentLimits struct {
	// MaxBytes bounds the query text; MaxTokens its lexical tokens, counted while parsing.
	MaxBytes  int
	MaxTokens int
	// MaxSelections bounds the fields, inline fragments and fragment spreads of the
	// operations with every fragment spread expanded.
	MaxSelections int
	// MaxRepeated bounds the fields whose response name another field already has in
	// the same selection set, once inline fragments and spreads are merged into it: what
	// validation compares pairwise.
	MaxRepeated   int
	MaxAliases    int
	MaxFragments  int
	MaxDirectives int
}

// DefaultDocumentLimits fit every document of the web app with room to spare (a test
// checks that) and keep the work before execution to about a millisecond.
var DefaultDocumentLimits = DocumentLimits{
	MaxBytes:      1 << 20, // the body limit of a browser request; most of it may be a comment
	MaxTokens:     5000,
	MaxSelections: 1000,
	MaxRepeated:   100,
	MaxAliases:    100,
	MaxFragments:  50,
	MaxDirectives: 50,
}

func (l DocumentLimits) withDefaults() DocumentLimits {
	d := DefaultDocumentLimits
	for _, f := range []struct{ v, def *int }{
		{&l.MaxBytes, &d.MaxBytes}, {&l.MaxTokens, &d.MaxTokens}, {&l.MaxSelections, &d.MaxSelections},
		{&l.MaxRepeated, &d.MaxRepeated}, {&l.MaxAliases, &d.MaxAliases}, {&l.MaxFragments, &d.MaxFragments},
		{&l.MaxDirectives, &d.MaxDirectives},
	} {
		if *f.v <= 0 {
			*f.v = *f.def
		}
	}
	return l
}

// checkDocument parses query within the token limit and refuses it when it is over a
// limit, before any validation. visits counts the AST nodes it looked at: every
// selection once as written, at most MaxSelections more for the operations' expanded
// selections, and as many again for the merged selection sets.
func checkDocument(query string, lim DocumentLimits, maxDepth int, visits *int) *gqlerror.Error {
	if len(query) > lim.MaxBytes {
		return limitError(fmt.Sprintf("the query text has %d bytes; at most %d are allowed", len(query), lim.MaxBytes))
	}
	doc, err := parser.ParseQueryWithTokenLimit(&ast.Source{Input: query}, lim.MaxTokens)
	if err != nil {
		gqlErr, ok := err.(*gqlerror.Error)
		if !ok {
			gqlErr = gqlerror.Wrap(err)
		}
		errcode.Set(gqlErr, errcode.ParseFailed)
		return gqlErr
	}
	if n := len(doc.Fragments); n > lim.MaxFragments {
		return limitError(fmt.Sprintf("the query defines %d fragments; at most %d are allowed", n, lim.MaxFragments))
	}
	c := docCheck{doc: doc, capped: lim.MaxSelections + 1, frags: map[string]*fragExtent{}}
	defer func() { *visits += c.visits }()

	for _, op := range doc.Operations {
		c.directives += len(op.Directives)
		for _, v := range op.VariableDefinitions {
			c.directives += len(v.Directives)
		}
		c.written(op.SelectionSet)
	}
	for _, f := range doc.Fragments {
		c.directives += len(f.Directives)
		c.written(f.SelectionSet)
	}
	if c.aliases > lim.MaxAliases {
		return limitError(fmt.Sprintf("the query has %d aliases; at most %d are allowed", c.aliases, lim.MaxAliases))
	}
	if c.directives > lim.MaxDirectives {
		return limitError(fmt.Sprintf("the query has %d directives; at most %d are allowed", c.directives, lim.MaxDirectives))
	}

	size, depth := 0, 0
	for _, op := range doc.Operations {
		s, h, err := c.extent(op.SelectionSet)
		if err != nil {
			return err
		}
		size, depth = min(size+s, c.capped), max(depth, h)
	}
	if size > lim.MaxSelections {
		return limitError(fmt.Sprintf("the query has more than %d selections once its fragments are spread; ask for fewer fields", lim.MaxSelections))
	}
	if depth > maxDepth {
		return limitError(fmt.Sprintf("the query is nested %d levels deep; at most %d are allowed", depth, maxDepth))
	}
	// Validation would only say so, after walking them.
	for _, f := range doc.Fragments {
		if c.frags[f.Name] == nil {
			return limitError(fmt.Sprintf("fragment %s is never used", f.Name))
		}
	}
	repeated := 0
	for _, op := range doc.Operations {
		repeated += c.repeated([]ast.SelectionSet{op.SelectionSet})
	}
	if repeated > lim.MaxRepeated {
		return limitError(fmt.Sprintf("%d fields repeat a response name in their selection set; at most %d may", repeated, lim.MaxRepeated))
	}
	return nil
}

type docCheck struct {
	doc                 *ast.QueryDocument
	capped              int // sizes saturate here: one over the limit is refused like any other
	frags               map[string]*fragExtent
	aliases, directives int
	visits              int
}

// fragExtent is a fragment's expanded size and height; while it is being measured it
// is not done, so meeting it again is a cycle.
type fragExtent struct {
	size, height int
	done         bool
}

// written counts aliases and directives of a selection set as it is written.
func (c *docCheck) written(set ast.SelectionSet) {
	for _, s := range set {
		c.visits++
		switch s := s.(type) {
		case *ast.Field:
			if s.Alias != s.Name {
				c.aliases++
			}
			c.directives += len(s.Directives)
			c.written(s.SelectionSet)
		case *ast.InlineFragment:
			c.directives += len(s.Directives)
			c.written(s.SelectionSet)
		case *ast.FragmentSpread:
			c.directives += len(s.Directives)
		}
	}
}

// extent returns the number of selections of set with its fragments spread (saturating
// at c.capped) and its height in the walker's sense (introspection fields do not count).
// Each fragment is measured once.
func (c *docCheck) extent(set ast.SelectionSet) (size, height int, _ *gqlerror.Error) {
	for _, s := range set {
		c.visits++
		var n, h int
		switch s := s.(type) {
		case *ast.Field:
			sub, sh, err := c.extent(s.SelectionSet)
			if err != nil {
				return 0, 0, err
			}
			n = 1 + sub
			if !strings.HasPrefix(s.Name, "__") {
				h = 1 + sh
			}
		case *ast.InlineFragment:
			sub, sh, err := c.extent(s.SelectionSet)
			if err != nil {
				return 0, 0, err
			}
			n, h = 1+sub, sh
		case *ast.FragmentSpread:
			fe, err := c.fragment(s.Name)
			if err != nil {
				return 0, 0, err
			}
			n, h = 1+fe.size, fe.height
		}
		size, height = min(size+n, c.capped), max(height, h)
	}
	return size, height, nil
}

func (c *docCheck) fragment(name string) (fragExtent, *gqlerror.Error) {
	if fe, ok := c.frags[name]; ok {
		if !fe.done {
			return fragExtent{}, limitError(fmt.Sprintf("fragment %s spreads itself", name))
		}
		return *fe, nil
	}
	f := c.doc.Fragments.ForName(name)
	if f == nil {
		return fragExtent{done: true}, nil // validation reports the unknown fragment
	}
	fe := &fragExtent{}
	c.frags[name] = fe
	size, height, err := c.extent(f.SelectionSet)
	if err != nil {
		return fragExtent{}, err
	}
	*fe = fragExtent{size: size, height: height, done: true}
	return *fe, nil
}

// repeated counts, over the merged selection sets below sets (the sets validation
// compares field by field), the fields whose response name an earlier field of the
// same merged set has. It runs after extent, so there are no cycles and at most
// MaxSelections nodes to visit.
func (c *docCheck) repeated(sets []ast.SelectionSet) int {
	byName := map[string][]*ast.Field{}
	var order []string
	var collect func(ast.SelectionSet)
	collect = func(set ast.SelectionSet) {
		for _, s := range set {
			c.visits++
			switch s := s.(type) {
			case *ast.Field:
				if _, ok := byName[s.Alias]; !ok {
					order = append(order, s.Alias)
				}
				byName[s.Alias] = append(byName[s.Alias], s)
			case *ast.InlineFragment:
				collect(s.SelectionSet)
			case *ast.FragmentSpread:
				if f := c.doc.Fragments.ForName(s.Name); f != nil {
					collect(f.SelectionSet)
				}
			}
		}
	}
	for _, set := range sets {
		collect(set)
	}
	n := 0
	for _, name := range order {
		fields := byName[name]
		n += len(fields) - 1
		var subs []ast.SelectionSet
		for _, f := range fields {
			if len(f.SelectionSet) > 0 {
				subs = append(subs, f.SelectionSet)
			}
		}
		if len(subs) > 0 {
			n += c.repeated(subs)
		}
	}
	return n
}
