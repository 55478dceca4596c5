/** The `format` every Role Fit export file names, so other JSON is recognised as such. */
export const EXPORT_FORMAT = 'role-fit-export';

/** Raised whenever the layout of an export file changes. */
export const EXPORT_FORMAT_VERSION = 1;

/** Larger files are refused before they are parsed: a full export is a few tens of kilobytes. */
export const EXPORT_MAX_BYTES = 1_000_000;
