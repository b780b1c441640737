CREATE TABLE `free_use_devices` (
	`network` text NOT NULL,
	`subject` text NOT NULL,
	`alias` text,
	`first_seen_at` integer NOT NULL,
	PRIMARY KEY(`network`, `subject`)
);
--> statement-breakpoint
CREATE INDEX `free_use_devices_seen_idx` ON `free_use_devices` (`network`,`first_seen_at`);