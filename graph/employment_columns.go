package graph

import (
	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/werkportaal/werkportaal/ent/account"
	"github.com/werkportaal/werkportaal/ent/employment"
	"github.com/werkportaal/werkportaal/ent/person"
	"github.com/werkportaal/werkportaal/server/directory"
)

// The columns each field of a row of the employments page reads, by GraphQL field.
// A field of these types that is not listed reads every column of its type: a new
// field is correct before it is fast. The IDs and foreign keys are always read
// (directory.Columns), so fields that follow an edge (employer, person, invitation)
// need none. TestEmploymentsPageReadsWhatItsFieldsNeed asks every field of the three
// types both through the page and through nodes(ids:), which reads whole rows.
var (
	employmentFieldColumns = map[string][]string{
		"__typename": nil, "id": nil, "employer": nil,
		"createdAt":      {employment.FieldCreatedAt},
		"updatedAt":      {employment.FieldUpdatedAt},
		"employeeNumber": {employment.FieldEmployeeNumber},
		"startDate":      {employment.FieldStartDate},
		"endDate":        {employment.FieldEndDate},
		"inService":      {employment.FieldEndDate}, // directory.InServiceOn
		"jobTitle":       {employment.FieldJobTitle},
	}
	personFieldColumns = map[string][]string{
		"__typename": nil, "id": nil, "employer": nil,
		"createdAt":      {person.FieldCreatedAt},
		"updatedAt":      {person.FieldUpdatedAt},
		"initials":       {person.FieldInitials},
		"firstName":      {person.FieldFirstName},
		"lastNamePrefix": {person.FieldLastNamePrefix},
		"lastName":       {person.FieldLastName},
		"fullName":       {person.FieldFirstName, person.FieldLastNamePrefix, person.FieldLastName}, // directory.FullName
		"birthDate":      {person.FieldBirthDate},
		"email":          {person.FieldEmail},
		"phone":          {person.FieldPhone},
		"payrollKey":     {person.FieldPayrollKey},
		"street":         {person.FieldStreet},
		"postalCode":     {person.FieldPostalCode},
		"city":           {person.FieldCity},
	}
	accountFieldColumns = map[string][]string{
		"__typename": nil, "id": nil, "person": nil, "invitation": nil,
		"createdAt":          {account.FieldCreatedAt},
		"updatedAt":          {account.FieldUpdatedAt},
		"username":           {account.FieldUsername},
		"registeredEmail":    {account.FieldRegisteredEmail},
		"firstLoginAt":       {account.FieldFirstLoginAt},
		"lastLoginAt":        {account.FieldLastLoginAt},
		"lockedUntil":        {account.FieldLockedUntil},
		"inviteExpiresAt":    {account.FieldInviteExpiresAt},
		"blockedAt":          {account.FieldBlockedAt},
		"notifyNewDocuments": {account.FieldNotifyNewDocuments},
		"status":             {account.FieldState, account.FieldInviteExpiresAt, account.FieldLockedUntil}, // status.Of
		"hasLoggedIn":        {account.FieldFirstLoginAt},
		"canSendUsername":    {account.FieldState, account.FieldFirstLoginAt, account.FieldUsername}, // access.CanSendUsername
	}
)

// The types whose fragments apply to a row's objects, as gqlgen collects their fields.
var (
	employmentTypes = []string{"Employment", "Node"}
	personTypes     = []string{"Person", "Node"}
	accountTypes    = []string{"Account", "Node"}
)

// columnsAsk gathers the columns one type's fields read; all is set by a field that is
// not listed.
type columnsAsk struct {
	cols []string
	all  bool
}

// list is the ask as directory.Columns takes it: nil for all columns.
func (a *columnsAsk) list() []string {
	if a.all {
		return nil
	}
	if a.cols == nil {
		return []string{}
	}
	return a.cols
}

// add reads sel's fields of an object of types into a, by known; nested is the ask of
// the object field of that name, nil when the field is not an object of the page.
func (a *columnsAsk) add(oc *graphql.OperationContext, sel ast.SelectionSet, types []string, known map[string][]string, nested func(name string, sel ast.SelectionSet) bool) {
	for _, f := range graphql.CollectFields(oc, sel, types) {
		if nested != nil && nested(f.Name, f.Selections) {
			continue
		}
		cols, ok := known[f.Name]
		if !ok {
			a.all = true
			continue
		}
		a.cols = append(a.cols, cols...)
	}
}

// pageColumnsOf is what the rows of an employments connection read, by the
// connection field's selection.
func pageColumnsOf(oc *graphql.OperationContext, sel ast.SelectionSet) *directory.Columns {
	var emp, per, acc columnsAsk
	onPerson := func(name string, sel ast.SelectionSet) bool {
		if name != "account" {
			return false
		}
		acc.add(oc, sel, accountTypes, accountFieldColumns, nil)
		return true
	}
	onEmployment := func(name string, sel ast.SelectionSet) bool {
		if name != "person" {
			return false
		}
		per.add(oc, sel, personTypes, personFieldColumns, onPerson)
		return true
	}
	for _, f := range graphql.CollectFields(oc, sel, []string{"EmploymentConnection"}) {
		if f.Name != "edges" {
			continue
		}
		for _, e := range graphql.CollectFields(oc, f.Selections, []string{"EmploymentEdge"}) {
			if e.Name == "node" {
				emp.add(oc, e.Selections, employmentTypes, employmentFieldColumns, onEmployment)
			}
		}
	}
	return &directory.Columns{Employment: emp.list(), Person: per.list(), Account: acc.list()}
}
