-- Create "rate_limit_windows" table
CREATE TABLE `rate_limit_windows` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `key` text NOT NULL, `window_start` datetime NOT NULL, `count` integer NOT NULL DEFAULT (0), `expires_at` datetime NOT NULL);
-- Create index "ratelimitwindow_key_window_start" to table: "rate_limit_windows"
CREATE UNIQUE INDEX `ratelimitwindow_key_window_start` ON `rate_limit_windows` (`key`, `window_start`);
-- Create index "ratelimitwindow_expires_at" to table: "rate_limit_windows"
CREATE INDEX `ratelimitwindow_expires_at` ON `rate_limit_windows` (`expires_at`);
