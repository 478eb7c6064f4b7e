-- Page data: each data item of each infobox rendered on a page (MediaWiki's page_props
-- kept per item). pd_infobox numbers the page's infoboxes from 0, pd_item the items of one
-- infobox; pd_template is the template the infobox came from ('' when on the page itself)
-- and pd_type its type attribute. pd_value is the value as plain text, pd_value_key the
-- same lower-cased for look-ups, pd_value_num the number it reads as (NULL when none).
-- Replaced with the link tables on every save and refreshLinks job.
CREATE TABLE page_data (
  pd_page INTEGER NOT NULL,
  pd_infobox INTEGER NOT NULL,
  pd_item INTEGER NOT NULL,
  pd_template TEXT NOT NULL DEFAULT '',
  pd_type TEXT NOT NULL DEFAULT '',
  pd_source TEXT NOT NULL,
  pd_label TEXT NOT NULL DEFAULT '',
  pd_value TEXT NOT NULL,
  pd_value_key TEXT NOT NULL,
  pd_value_num REAL,
  PRIMARY KEY (pd_page, pd_infobox, pd_item)
);
CREATE INDEX pd_source_value ON page_data (pd_source, pd_value_key, pd_page);
CREATE INDEX pd_source_num ON page_data (pd_source, pd_value_num);
