ALTER TABLE `orders` ADD `canceled_at` integer;--> statement-breakpoint
ALTER TABLE `products` ADD `photo` text;