/** The `format` every Role Fit export file names, so other JSON is recognised as such. */
export const EXPORT_FORMAT = 'role-fit-export';

/** Raised whenever the layout of an export file changes. */
export const EXPORT_FORMAT_VERSION = 1;

export { EXPORT_MAX_BYTES } from './export-max-bytes';
