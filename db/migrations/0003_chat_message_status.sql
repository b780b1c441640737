ALTER TABLE `chat_messages` ADD `status` text;--> statement-breakpoint
ALTER TABLE `chat_messages` ADD `refund_subjects` text;--> statement-breakpoint
CREATE INDEX `chat_messages_status_idx` ON `chat_messages` (`status`);