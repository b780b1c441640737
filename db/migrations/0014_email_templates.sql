-- An email's body may now be rendered when it is sent (template + data), so text and html may be
-- null until then. SQLite cannot drop NOT NULL in place: the table is rebuilt, its rows kept.
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_emails` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`dedupe_key` text,
	`to` text NOT NULL,
	`subject` text NOT NULL,
	`template` text,
	`data` text,
	`text` text,
	`html` text,
	`status` text DEFAULT 'outbox' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` integer DEFAULT (cast(unixepoch('subsecond') * 1000 as integer)) NOT NULL,
	`lease_until` integer,
	`lease_token` text,
	`last_error` text,
	`printed_at` integer,
	`sent_at` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsecond') * 1000 as integer)) NOT NULL
);
--> statement-breakpoint
INSERT INTO `__new_emails`(`id`, `dedupe_key`, `to`, `subject`, `text`, `html`, `status`, `attempts`, `next_attempt_at`, `lease_until`, `lease_token`, `last_error`, `printed_at`, `sent_at`, `created_at`) SELECT `id`, `dedupe_key`, `to`, `subject`, `text`, `html`, `status`, `attempts`, `next_attempt_at`, `lease_until`, `lease_token`, `last_error`, `printed_at`, `sent_at`, `created_at` FROM `emails`;--> statement-breakpoint
DROP TABLE `emails`;--> statement-breakpoint
ALTER TABLE `__new_emails` RENAME TO `emails`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `emails_dedupeKey_unique` ON `emails` (`dedupe_key`);--> statement-breakpoint
CREATE INDEX `emails_due_idx` ON `emails` (`status`,`next_attempt_at`);
