/**
 * Larger files are refused before they are parsed: a full export is a few tens of kilobytes. A
 * module of its own, so that the file field can check a size without bringing the export format.
 */
export const EXPORT_MAX_BYTES = 1_000_000;
