-- Add column "period_start" to table: "payslips"
ALTER TABLE `payslips` ADD COLUMN `period_start` date NULL;
-- Add column "period_end" to table: "payslips"
ALTER TABLE `payslips` ADD COLUMN `period_end` date NULL;
-- Add column "hours_per_week" to table: "payslips"
ALTER TABLE `payslips` ADD COLUMN `hours_per_week` real NULL;
-- Add column "part_time_percentage" to table: "payslips"
ALTER TABLE `payslips` ADD COLUMN `part_time_percentage` real NULL;
-- Add column "hours_worked" to table: "payslips"
ALTER TABLE `payslips` ADD COLUMN `hours_worked` real NULL;
-- Add column "minimum_hourly_wage_cents" to table: "payslips"
ALTER TABLE `payslips` ADD COLUMN `minimum_hourly_wage_cents` integer NULL;
-- Add column "minimum_wage_cents" to table: "payslips"
ALTER TABLE `payslips` ADD COLUMN `minimum_wage_cents` integer NULL;
-- Add column "tax_table_colour" to table: "payslips"
ALTER TABLE `payslips` ADD COLUMN `tax_table_colour` text NULL;
-- Add column "tax_table_period" to table: "payslips"
ALTER TABLE `payslips` ADD COLUMN `tax_table_period` text NULL;
-- Add column "payroll_tax_credit_applied" to table: "payslips"
ALTER TABLE `payslips` ADD COLUMN `payroll_tax_credit_applied` bool NULL;
-- Add column "sv_wage_cents" to table: "payslips"
ALTER TABLE `payslips` ADD COLUMN `sv_wage_cents` integer NULL;
-- Add column "taxable_wage_cents" to table: "payslips"
ALTER TABLE `payslips` ADD COLUMN `taxable_wage_cents` integer NULL;
-- Add column "ytd_gross_cents" to table: "payslips"
ALTER TABLE `payslips` ADD COLUMN `ytd_gross_cents` integer NULL;
-- Add column "ytd_sv_wage_cents" to table: "payslips"
ALTER TABLE `payslips` ADD COLUMN `ytd_sv_wage_cents` integer NULL;
-- Add column "ytd_taxable_wage_cents" to table: "payslips"
ALTER TABLE `payslips` ADD COLUMN `ytd_taxable_wage_cents` integer NULL;
-- Add column "ytd_payroll_tax_cents" to table: "payslips"
ALTER TABLE `payslips` ADD COLUMN `ytd_payroll_tax_cents` integer NULL;
-- Add column "ytd_net_cents" to table: "payslips"
ALTER TABLE `payslips` ADD COLUMN `ytd_net_cents` integer NULL;
-- Add column "bank_account_masked" to table: "payslips"
ALTER TABLE `payslips` ADD COLUMN `bank_account_masked` text NULL;
-- Add column "kind" to table: "payslip_lines"
ALTER TABLE `payslip_lines` ADD COLUMN `kind` text NULL;
-- Add column "quantity" to table: "payslip_lines"
ALTER TABLE `payslip_lines` ADD COLUMN `quantity` real NULL;
-- Add column "rate_cents" to table: "payslip_lines"
ALTER TABLE `payslip_lines` ADD COLUMN `rate_cents` integer NULL;
