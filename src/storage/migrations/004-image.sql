-- Uploaded files (MediaWiki's image and oldimage tables). `image` holds the current version
-- of each file by name (DB key, no namespace); a re-upload moves the row it replaces to
-- `oldimage`, whose oi_archive_name ("20240101120000!Name.png") names the stored copy under
-- images/archive/. img_description is the upload comment; img_description_rev the revision
-- of the File: page the upload wrote. Sizes in bytes, dimensions in pixels (0 for audio),
-- sha1 in base 36 as MediaWiki keeps it.
CREATE TABLE image (
  img_name TEXT PRIMARY KEY,
  img_size INTEGER NOT NULL,
  img_width INTEGER NOT NULL,
  img_height INTEGER NOT NULL,
  img_bits INTEGER NOT NULL DEFAULT 0,
  img_media_type TEXT NOT NULL,
  img_major_mime TEXT NOT NULL,
  img_minor_mime TEXT NOT NULL,
  img_description TEXT NOT NULL,
  img_user_text TEXT NOT NULL,
  img_timestamp TEXT NOT NULL,
  img_sha1 TEXT NOT NULL,
  img_description_rev INTEGER
);
CREATE INDEX img_timestamp ON image (img_timestamp);
CREATE INDEX img_sha1 ON image (img_sha1);

CREATE TABLE oldimage (
  oi_name TEXT NOT NULL,
  oi_archive_name TEXT NOT NULL,
  oi_size INTEGER NOT NULL,
  oi_width INTEGER NOT NULL,
  oi_height INTEGER NOT NULL,
  oi_bits INTEGER NOT NULL DEFAULT 0,
  oi_media_type TEXT NOT NULL,
  oi_major_mime TEXT NOT NULL,
  oi_minor_mime TEXT NOT NULL,
  oi_description TEXT NOT NULL,
  oi_user_text TEXT NOT NULL,
  oi_timestamp TEXT NOT NULL,
  oi_sha1 TEXT NOT NULL,
  oi_description_rev INTEGER,
  PRIMARY KEY (oi_name, oi_archive_name)
);
CREATE INDEX oi_name_timestamp ON oldimage (oi_name, oi_timestamp);
CREATE INDEX oi_sha1 ON oldimage (oi_sha1);
