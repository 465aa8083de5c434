-- Create "assistant_intent_counts" table
CREATE TABLE `assistant_intent_counts` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `provider_id` text NOT NULL, `employer_id` text NOT NULL, `day` date NOT NULL, `intent` text NOT NULL, `answered` bool NOT NULL, `count` integer NOT NULL DEFAULT (0));
-- Create index "assistantintentcount_provider_id" to table: "assistant_intent_counts"
CREATE INDEX `assistantintentcount_provider_id` ON `assistant_intent_counts` (`provider_id`);
-- Create index "assistantintentcount_employer_id_day_intent_answered" to table: "assistant_intent_counts"
CREATE UNIQUE INDEX `assistantintentcount_employer_id_day_intent_answered` ON `assistant_intent_counts` (`employer_id`, `day`, `intent`, `answered`);
-- Create "insurance_offers" table
CREATE TABLE `insurance_offers` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `provider_id` text NOT NULL, `employer_id` text NULL, `insurer` text NOT NULL, `kind` text NOT NULL, `discount_text` text NULL, `discount_basis_points` integer NULL, `monthly_premium_from_cents` integer NULL, `conditions` text NULL, `url` text NOT NULL, `updated_by` text NOT NULL, PRIMARY KEY (`id`));
-- Create index "insuranceoffer_provider_id" to table: "insurance_offers"
CREATE INDEX `insuranceoffer_provider_id` ON `insurance_offers` (`provider_id`);
-- Create index "insuranceoffer_provider_id_employer_id" to table: "insurance_offers"
CREATE INDEX `insuranceoffer_provider_id_employer_id` ON `insurance_offers` (`provider_id`, `employer_id`);
