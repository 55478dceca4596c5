import styles from './charts.module.css';

/**
 * A reader of a CSS module's classes as plain strings, as recharts' strict prop types want them;
 * a class the module lacks reads as no class.
 */
export function classReader(module: Readonly<Record<string, string>>): (name: string) => string {
  return (name) => module[name] ?? '';
}

/** A class of charts.module.css. */
export const chartClass = classReader(styles);
