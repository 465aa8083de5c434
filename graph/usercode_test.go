package graph

import (
	"go/ast"
	"go/constant"
	"go/types"
	"testing"

	"golang.org/x/tools/go/packages"

	"github.com/werkportaal/werkportaal/graph/model"
)

// TestUserCodesAreInTheSchema fails when a domain package can return a userError code
// that the GraphQL enum UserErrorCode lacks: the payload would then carry a value the
// schema does not allow, and clients could not branch on it. It type-checks the server
// packages and reads every constant of type apperr.UserCode (named, or a literal given
// where a code is expected); a code built from a non-constant string fails as well,
// since no test could say which values it takes.
func TestUserCodesAreInTheSchema(t *testing.T) {
	if testing.Short() {
		t.Skip("type-checks the server packages")
	}
	cfg := &packages.Config{Mode: packages.NeedName | packages.NeedTypes | packages.NeedTypesInfo | packages.NeedSyntax, Dir: ".."}
	pkgs, err := packages.Load(cfg, "github.com/werkportaal/werkportaal/server/...")
	if err != nil {
		t.Fatal(err)
	}
	codes := map[string]string{} // code → where it was first seen
	for _, pkg := range pkgs {
		for _, e := range pkg.Errors {
			t.Fatalf("%s: %v", pkg.PkgPath, e)
		}
		for expr, tv := range pkg.TypesInfo.Types {
			if !isUserCode(tv.Type) || tv.IsType() {
				continue
			}
			pos := pkg.Fset.Position(expr.Pos()).String()
			if tv.Value != nil {
				if constant.StringVal(tv.Value) == "" {
					continue // the zero code: "no refusal" in the domain's own checks
				}
				if _, seen := codes[constant.StringVal(tv.Value)]; !seen {
					codes[constant.StringVal(tv.Value)] = pos
				}
				continue
			}
			if call, ok := expr.(*ast.CallExpr); ok && pkg.TypesInfo.Types[call.Fun].IsType() {
				t.Errorf("%s: a UserCode converted from a non-constant string; declare the codes as constants", pos)
			}
		}
	}
	// The scan must see the codes it is meant to check, or it proves nothing.
	for _, known := range []string{"INVALID_CREDENTIALS", "PASSWORD_TOO_SHORT", "MAIL_NOT_FAILED", "ADDENDUM_REQUIRED", "INVALID_BSN"} {
		if _, ok := codes[known]; !ok {
			t.Errorf("the scan did not find the code %s; it no longer reads the domain packages", known)
		}
	}
	for code, pos := range codes {
		if !model.UserErrorCode(code).IsValid() {
			t.Errorf("%s: code %s is not a value of the GraphQL enum UserErrorCode (graph/schema)", pos, code)
		}
	}
}

func isUserCode(t types.Type) bool {
	n, ok := t.(*types.Named)
	return ok && n.Obj().Name() == "UserCode" && n.Obj().Pkg() != nil &&
		n.Obj().Pkg().Path() == "github.com/werkportaal/werkportaal/server/apperr"
}
