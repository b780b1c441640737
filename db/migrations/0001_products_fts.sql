-- Full-text search over products: name, description and tags, with the Porter stemmer so
-- "tomato" finds "tomatoes". An external-content table kept in step by triggers.
CREATE VIRTUAL TABLE `products_fts` USING fts5(`name`, `description`, `tags`, content='products', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE TRIGGER `products_fts_insert` AFTER INSERT ON `products` BEGIN
  INSERT INTO `products_fts`(rowid, `name`, `description`, `tags`) VALUES (new.`id`, new.`name`, new.`description`, new.`tags`);
END;
--> statement-breakpoint
CREATE TRIGGER `products_fts_delete` AFTER DELETE ON `products` BEGIN
  INSERT INTO `products_fts`(`products_fts`, rowid, `name`, `description`, `tags`) VALUES ('delete', old.`id`, old.`name`, old.`description`, old.`tags`);
END;
--> statement-breakpoint
CREATE TRIGGER `products_fts_update` AFTER UPDATE OF `name`, `description`, `tags` ON `products` BEGIN
  INSERT INTO `products_fts`(`products_fts`, rowid, `name`, `description`, `tags`) VALUES ('delete', old.`id`, old.`name`, old.`description`, old.`tags`);
  INSERT INTO `products_fts`(rowid, `name`, `description`, `tags`) VALUES (new.`id`, new.`name`, new.`description`, new.`tags`);
END;
