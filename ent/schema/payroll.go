package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/dialect/entsql"
	entschema "entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/pid"
)

// The payroll results an integrator publishes into the portal (R23): payslips with
// their lines, annual statements and leave balances. Payroll itself runs elsewhere.
// Every row carries provider, employer and person keys, so tenant isolation and "an
// employee sees only their own" are one equality each (ent/schema/policy.go).
//
// Money is stored as integer euro cents, never as floating point.

// Payslip is the loonstrook of one employment for one pay period.
type Payslip struct{ ent.Schema }

// Mixin of the Payslip.
func (Payslip) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: pid.Payslip}, TimeMixin{}, ProviderKeyMixin{}, PersonKeyMixin{}}
}

// Fields of the Payslip.
func (Payslip) Fields() []ent.Field {
	return []ent.Field{
		field.String("employment_id").Immutable().NotEmpty().
			Annotations(entgql.Skip(entgql.SkipAll)).
			Comment("The employment (dienstverband) the payslip is for."),
		field.Enum("period_type").Values("MONTH", "FOUR_WEEKS").Immutable().
			Annotations(entgql.Skip(entgql.SkipWhereInput)).
			Comment("Length of the pay period: a calendar month (12 a year) or four weeks (13 a year)."),
		field.Int("year").Immutable().Range(2000, 2100).
			Annotations(entgql.Skip(entgql.SkipWhereInput)).
			Comment("Year of the pay period."),
		field.Int("period").Immutable().Range(1, 13).
			Annotations(entgql.Skip(entgql.SkipWhereInput)).
			Comment("Number of the pay period in the year: 1–12 for months, 1–13 for four-week periods."),
		field.Int("period_key").Immutable().
			Annotations(entgql.Skip(entgql.SkipType, entgql.SkipWhereInput), entgql.OrderField("PERIOD")).
			Comment("year×100 + period: orders payslips by period, newest first in the portal."),
		field.Other("run_date", date.Date{}).SchemaType(dateSchemaType).
			Annotations(entgql.Skip(entgql.SkipWhereInput)).
			Comment("Date payroll ran for this period (verloningsdatum)."),
		field.Other("visible_from", date.Date{}).SchemaType(dateSchemaType).
			Annotations(entgql.Skip(entgql.SkipWhereInput)).
			Comment("Date from which the employee sees the payslip in the portal (Dutch time); staff see it at once."),
		field.Int64("gross_cents").
			Annotations(entgql.Skip(entgql.SkipWhereInput)).
			Comment("Gross wage of the period (brutoloon) in euro cents."),
		field.Int64("net_cents").
			Annotations(entgql.Skip(entgql.SkipWhereInput)).
			Comment("Net wage paid out (nettoloon) in euro cents."),

		// What makes it a loonstrook as art. 7:626 BW and the Belastingdienst describe it
		// (R23, docs/domain.md). Every one is optional: an integrator that does not send it
		// leaves it empty (nil), and the portal then leaves it out instead of guessing.
		optionalDate("period_start", "First day of the pay period (tijdvak); empty when not sent."),
		optionalDate("period_end", "Last day of the pay period (tijdvak); empty when not sent."),
		optionalFloat("hours_per_week", "Agreed working hours per week (overeengekomen arbeidsduur, art. 7:626 lid 2 BW); empty when not sent."),
		optionalFloat("part_time_percentage", "Part-time factor as a percentage of a full-time job, e.g. 80; empty when not sent."),
		optionalFloat("hours_worked", "Hours paid in the period; empty when not sent."),
		optionalCents("minimum_hourly_wage_cents", "Statutory minimum hourly wage that applies to the employee (wettelijk minimumuurloon, art. 7:626 lid 1 BW) in euro cents; empty when not sent."),
		optionalCents("minimum_wage_cents", "Statutory minimum wage for the employee over the period (wettelijk minimumloon) in euro cents; empty when not sent."),
		field.Enum("tax_table_colour").Values("WHITE", "GREEN").Optional().Nillable().
			Annotations(entgql.Skip(entgql.SkipWhereInput)).
			Comment("Payroll tax table used: WHITE (witte tabel, wage from current employment) or GREEN (groene tabel, e.g. a benefit or pension); empty when not sent."),
		field.Enum("tax_table_period").Values("MONTH", "FOUR_WEEKS").Optional().Nillable().
			Annotations(entgql.Skip(entgql.SkipWhereInput)).
			Comment("Period of the payroll tax table used: the month table (maandtabel) or the four-week table (vierwekentabel); empty when not sent."),
		field.Bool("payroll_tax_credit_applied").Optional().Nillable().
			Annotations(entgql.Skip(entgql.SkipWhereInput)).
			Comment("Whether the payroll tax credit (loonheffingskorting) was applied in this period; empty when not sent."),
		optionalCents("sv_wage_cents", "Wage for the employee insurances (SV-loon) of the period in euro cents; empty when not sent."),
		optionalCents("taxable_wage_cents", "Wage for the payroll tax (loon voor de loonheffing) of the period in euro cents; empty when not sent."),
		optionalCents("ytd_gross_cents", "Gross wage of the year so far, this period included (cumulatief) in euro cents; empty when not sent."),
		optionalCents("ytd_sv_wage_cents", "SV-loon of the year so far (cumulatief) in euro cents; empty when not sent."),
		optionalCents("ytd_taxable_wage_cents", "Loon voor de loonheffing of the year so far (cumulatief) in euro cents; empty when not sent."),
		optionalCents("ytd_payroll_tax_cents", "Payroll tax withheld in the year so far (cumulatief) in euro cents; empty when not sent."),
		optionalCents("ytd_net_cents", "Net wage of the year so far (cumulatief) in euro cents; empty when not sent."),
		field.String("bank_account_masked").Optional().Nillable().MaxLen(50).
			Annotations(entgql.Skip(entgql.SkipWhereInput, entgql.SkipOrderField)).
			Comment("The account the net wage was paid to, masked: only the country code and the last four characters show (NL** **** **** **12 34). The full IBAN is never stored."),
	}
}

// optionalDate, optionalFloat and optionalCents are the optional loonstrook fields:
// nil when the integrator did not send them.
func optionalDate(name, comment string) ent.Field {
	return field.Other(name, date.Date{}).SchemaType(dateSchemaType).Optional().Nillable().
		Annotations(entgql.Skip(entgql.SkipWhereInput)).Comment(comment)
}

func optionalFloat(name, comment string) ent.Field {
	return field.Float(name).Optional().Nillable().
		Annotations(entgql.Skip(entgql.SkipWhereInput)).Comment(comment)
}

func optionalCents(name, comment string) ent.Field {
	return field.Int64(name).Optional().Nillable().
		Annotations(entgql.Skip(entgql.SkipWhereInput)).Comment(comment)
}

// Edges of the Payslip.
func (Payslip) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("employment", Employment.Type).Field("employment_id").
			Unique().Required().Immutable().
			Comment("The employment the payslip is for."),
		edge.To("lines", PayslipLine.Type).
			Annotations(entgql.Skip(entgql.SkipAll)).
			Comment("The lines of the payslip; the API orders them by position."),
	}
}

// Indexes of the Payslip.
func (Payslip) Indexes() []ent.Index {
	return []ent.Index{
		// One payslip per employment and period: publishing again updates it.
		index.Fields("employment_id", "period_type", "year", "period").Unique(),
		index.Fields("person_id", "period_key"),
		index.Fields("employer_id", "period_key"),
	}
}

// Annotations of the Payslip.
func (Payslip) Annotations() []entschema.Annotation {
	return []entschema.Annotation{
		entschema.Comment("A payslip (loonstrook) of one employment for one pay period, published by payroll. Amounts are euro cents."),
		entgql.RelayConnection(),
		entgql.Skip(entgql.SkipWhereInput),
	}
}

// PayslipLine is one line of a payslip (looncomponent).
type PayslipLine struct{ ent.Schema }

// Mixin of the PayslipLine.
func (PayslipLine) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: pid.PayslipLine}, ProviderKeyMixin{}, PersonKeyMixin{}}
}

// Fields of the PayslipLine.
func (PayslipLine) Fields() []ent.Field {
	return []ent.Field{
		field.String("payslip_id").Immutable().NotEmpty().
			Annotations(entgql.Skip(entgql.SkipAll)).
			Comment("The payslip the line belongs to."),
		field.Int("position").Immutable().NonNegative().
			Annotations(entgql.Skip(entgql.SkipAll)).
			Comment("Place of the line on the payslip, from 0."),
		field.String("code").Immutable().NotEmpty().MaxLen(20).
			Comment("Code of the wage component in the payroll software, e.g. 1000."),
		field.String("description").Immutable().NotEmpty().MaxLen(200).
			Comment("Description as printed, e.g. Salaris or Loonheffing."),
		field.Int64("amount_cents").Immutable().
			Comment("Amount in euro cents, positive in the sense of its category (a deduction of € 100 is 10000)."),
		field.Enum("category").Values("EARNINGS", "DEDUCTIONS", "EMPLOYER_CONTRIBUTIONS", "RESERVATIONS").Immutable().
			Comment("EARNINGS add to the gross wage; DEDUCTIONS are withheld from it; EMPLOYER_CONTRIBUTIONS are paid by the employer on top; RESERVATIONS are built up, e.g. holiday allowance."),
		field.Enum("kind").
			Values("SALARY", "ALLOWANCE", "OVERTIME", "HOLIDAY_ALLOWANCE_PAID", "HOLIDAY_ALLOWANCE_RESERVED", "PAYROLL_TAX", "PENSION_PREMIUM", "OTHER").
			Optional().Nillable().Immutable().
			Comment("What the line is, for the loonstrook's layout (R23): SALARY (basic gross salary), ALLOWANCE (toeslag), OVERTIME, HOLIDAY_ALLOWANCE_PAID (vakantiegeld paid out), HOLIDAY_ALLOWANCE_RESERVED (built up), PAYROLL_TAX (loonheffing), PENSION_PREMIUM (the employee's pension premium) or OTHER; empty when not sent."),
		field.Float("quantity").Optional().Nillable().Immutable().
			Comment("Quantity the amount is computed from, e.g. hours or days (at most two decimals); empty when not sent."),
		field.Int64("rate_cents").Optional().Nillable().Immutable().
			Comment("Rate per unit of the quantity in euro cents, e.g. an hourly wage; empty when not sent."),
	}
}

// Edges of the PayslipLine.
func (PayslipLine) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("payslip", Payslip.Type).Ref("lines").Field("payslip_id").
			Unique().Required().Immutable().
			Annotations(entgql.Skip(entgql.SkipAll)).
			Comment("The payslip the line belongs to."),
	}
}

// Indexes of the PayslipLine.
func (PayslipLine) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("payslip_id", "position"),
		index.Fields("person_id"),
	}
}

// Annotations of the PayslipLine.
func (PayslipLine) Annotations() []entschema.Annotation {
	return []entschema.Annotation{
		entschema.Comment("A line of a payslip: a wage component with its amount in euro cents."),
		entgql.Skip(entgql.SkipWhereInput, entgql.SkipOrderField),
	}
}

// AnnualStatement is the jaaropgave of one employment for one year.
type AnnualStatement struct{ ent.Schema }

// Mixin of the AnnualStatement.
func (AnnualStatement) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: pid.AnnualStatement}, TimeMixin{}, ProviderKeyMixin{}, PersonKeyMixin{}}
}

// Fields of the AnnualStatement.
func (AnnualStatement) Fields() []ent.Field {
	money := func(name, comment string) ent.Field {
		return field.Int64(name).Annotations(entgql.Skip(entgql.SkipWhereInput)).Comment(comment)
	}
	return []ent.Field{
		field.String("employment_id").Immutable().NotEmpty().
			Annotations(entgql.Skip(entgql.SkipAll)).
			Comment("The employment the annual statement is for."),
		field.Int("year").Immutable().Range(2000, 2100).
			Annotations(entgql.Skip(entgql.SkipWhereInput)).
			Comment("The calendar year."),
		money("wage_for_payroll_tax_cents", "Wages for payroll tax (loon voor de loonheffing) in euro cents."),
		money("withheld_payroll_tax_cents", "Payroll tax withheld (ingehouden loonheffing) in euro cents."),
		money("labour_tax_credit_cents", "Labour tax credit applied (toegepaste arbeidskorting) in euro cents."),
		money("zvw_wage_cents", "Wage for the Health Insurance Act (loon Zvw) in euro cents."),
		field.Bool("payroll_tax_credit_applied").
			Annotations(entgql.Skip(entgql.SkipWhereInput)).
			Comment("Whether the payroll tax credit (loonheffingskorting) was applied."),
		field.String("bsn").MaxLen(9).MinLen(9).
			Annotations(entgql.Skip(entgql.SkipWhereInput, entgql.SkipOrderField)).
			Comment("Citizen service number (BSN) of the employee, as the jaaropgave states it; never printed on a payslip."),
	}
}

// Edges of the AnnualStatement.
func (AnnualStatement) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("employment", Employment.Type).Field("employment_id").
			Unique().Required().Immutable().
			Comment("The employment the annual statement is for."),
	}
}

// Indexes of the AnnualStatement.
func (AnnualStatement) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("employment_id", "year").Unique(),
		index.Fields("person_id", "year"),
	}
}

// Annotations of the AnnualStatement.
func (AnnualStatement) Annotations() []entschema.Annotation {
	return []entschema.Annotation{
		entschema.Comment("An annual statement (jaaropgave) of one employment for one year. Amounts are euro cents."),
		entgql.Skip(entgql.SkipWhereInput, entgql.SkipOrderField),
	}
}

// SickReport is a ziekmelding and, once the employee is back, its herstelmelding (R25).
// There is deliberately no field for a diagnosis or any other medical detail.
type SickReport struct{ ent.Schema }

// Mixin of the SickReport.
func (SickReport) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: pid.SickReport}, TimeMixin{}, ProviderKeyMixin{}, PersonKeyMixin{}}
}

// Fields of the SickReport.
func (SickReport) Fields() []ent.Field {
	return []ent.Field{
		field.Other("first_sick_day", date.Date{}).SchemaType(dateSchemaType).
			Annotations(entgql.Skip(entgql.SkipWhereInput), entgql.OrderField("FIRST_SICK_DAY")).
			Comment("First day of sickness; never after the day it is reported (R25). Staff may correct it."),
		field.Float("hours_worked").Optional().Nillable().Min(0).Max(24).
			Annotations(entgql.Skip(entgql.SkipWhereInput)).
			Comment("Hours worked on the first sick day, 0–24; empty when not given (R25)."),
		field.Time("reported_at").Immutable().
			Annotations(entgql.Skip(entgql.SkipWhereInput)).
			Comment("When the sickness was reported."),
		field.Enum("reported_by_kind").Values("EMPLOYEE", "STAFF_USER", "API_CLIENT").Immutable().
			Annotations(entgql.Skip(entgql.SkipWhereInput)).
			Comment("Who reported it: the employee in the portal, or staff."),
		field.String("reported_by_id").Immutable().NotEmpty().
			Annotations(entgql.Skip(entgql.SkipAll)).
			Comment("ID of the account, user or API client that reported it."),
		field.String("reported_by_name").Immutable().NotEmpty().MaxLen(200).
			Annotations(entgql.Skip(entgql.SkipWhereInput)).
			Comment("Name of who reported it, at the time."),
		field.Other("recovery_date", date.Date{}).SchemaType(dateSchemaType).Optional().Nillable().
			Annotations(entgql.Skip(entgql.SkipWhereInput)).
			Comment("Date the employee is fully back at work (hersteld); empty while the report is open (R25)."),
		field.Time("recovery_reported_at").Optional().Nillable().
			Annotations(entgql.Skip(entgql.SkipWhereInput)).
			Comment("When the recovery was reported."),
		field.String("recovery_reported_by_name").Optional().Nillable().MaxLen(200).
			Annotations(entgql.Skip(entgql.SkipWhereInput)).
			Comment("Name of who reported the recovery: the employee, or staff on their behalf."),
		field.JSON("poortwachter_steps_done", map[string]string{}).Optional().
			Annotations(entgql.Skip(entgql.SkipAll)).
			Comment("Steps of the Wet verbetering poortwachter staff marked done: step key → ISO date it was done. Dates only."),
	}
}

// Edges of the SickReport.
func (SickReport) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("person", Person.Type).Field("person_id").
			Unique().Required().Immutable().
			Comment("The person who is (or was) sick."),
		edge.To("partial_recoveries", PartialRecovery.Type).
			Annotations(entgql.Skip(entgql.SkipAll)).
			Comment("Partial recoveries within the report, in the order of their dates."),
	}
}

// Indexes of the SickReport.
func (SickReport) Indexes() []ent.Index {
	return []ent.Index{
		// At most one open report per person.
		index.Fields("person_id").Unique().
			Annotations(entsql.IndexWhere("recovery_date IS NULL")),
		index.Fields("person_id", "first_sick_day"),
		index.Fields("employer_id", "first_sick_day"),
	}
}

// Annotations of the SickReport.
func (SickReport) Annotations() []entschema.Annotation {
	return []entschema.Annotation{
		entschema.Comment("A sick report (ziekmelding) of a person and its recovery (herstelmelding), as passed on to the employer (R25). It holds no diagnosis."),
		entgql.RelayConnection(),
		entgql.Skip(entgql.SkipWhereInput),
	}
}
