package mail

import (
	"strings"
	"text/template"
	"text/template/parse"
)

// plain is a subject or plain-text template made of the constructs a mail text may
// use ({{.Name}}, {{if .Name}} … {{else}} … {{end}}, comments), run as substitutions
// of the variables. Why: text/template evaluates each action by reflection, a sixth
// of the CPU of rendering a mail, which a collective grant spends 10,000 times
// beside its COPYs (issue #12). Plain text has no escaping, so the output is
// text/template's exactly: a variable prints its value, an if takes its branch when
// the value is not empty (TestPlainIsTextTemplate).
type plain []step

// step is one piece of a plain template: literal text, a variable, or an if.
type step struct {
	text            string
	name            string // a variable; with cond, the if's condition
	cond            bool
	then, otherwise plain
}

// plainOf returns the plain form of t, or nil when t uses anything else (a standard
// text may, as it is not checked like a saved one) or has no tree: then it runs as a
// text/template, with its errors.
func plainOf(t *template.Template) plain {
	if t.Tree == nil || t.Root == nil {
		return nil
	}
	p, ok := plainList(t.Root)
	if !ok {
		return nil
	}
	return p
}

func plainList(l *parse.ListNode) (plain, bool) {
	if l == nil {
		return plain{}, true
	}
	out := make(plain, 0, len(l.Nodes))
	for _, n := range l.Nodes {
		switch n := n.(type) {
		case *parse.TextNode:
			out = append(out, step{text: string(n.Text)})
		case *parse.CommentNode:
		case *parse.ActionNode:
			name, ok := plainField(n.Pipe)
			if !ok {
				return nil, false
			}
			out = append(out, step{name: name})
		case *parse.IfNode:
			name, ok := plainField(n.Pipe)
			if !ok {
				return nil, false
			}
			then, ok := plainList(n.List)
			if !ok {
				return nil, false
			}
			otherwise, ok := plainList(n.ElseList)
			if !ok {
				return nil, false
			}
			out = append(out, step{name: name, cond: true, then: then, otherwise: otherwise})
		default:
			return nil, false
		}
	}
	return out, true
}

// plainField is the variable of a pipeline that is exactly {{.Name}}, the one form of
// an action a saved text may use (checkPipe).
func plainField(p *parse.PipeNode) (string, bool) {
	if p == nil || len(p.Decl) > 0 || len(p.Cmds) != 1 || len(p.Cmds[0].Args) != 1 {
		return "", false
	}
	f, ok := p.Cmds[0].Args[0].(*parse.FieldNode)
	if !ok || len(f.Ident) != 1 {
		return "", false
	}
	return f.Ident[0], true
}

// run writes p with the variables d to b, failing beyond limit bytes.
func (p plain) run(b *strings.Builder, d map[string]string, limit int) error {
	for _, s := range p {
		switch {
		case s.cond && d[s.name] != "":
			if err := s.then.run(b, d, limit); err != nil {
				return err
			}
		case s.cond:
			if err := s.otherwise.run(b, d, limit); err != nil {
				return err
			}
		case s.name != "":
			b.WriteString(d[s.name])
		default:
			b.WriteString(s.text)
		}
		if b.Len() > limit {
			return errTooLong
		}
	}
	return nil
}
