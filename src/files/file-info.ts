/**
 * A stored file as the parser sees it (DataAccess.getFile): its size, type and the URL of
 * the original under wgUploadPath.
 */
import type { FileInfo } from '../core/data-access.ts';
import type { SiteConfig } from '../core/site-config.ts';
import type { Title } from '../core/title.ts';
import { fileUrl } from '../render/image-url.ts';
import type { FileRecord } from '../storage/file-store.ts';

export function fileInfoOf(config: SiteConfig, title: Title, record: FileRecord): FileInfo {
  return {
    title,
    width: record.width,
    height: record.height,
    mime: record.mime,
    size: record.size,
    url: fileUrl(config, record.name),
  };
}
