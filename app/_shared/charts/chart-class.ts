import styles from './charts.module.css';

/** A class of charts.module.css as a plain string, as recharts' strict prop types want it. */
export function chartClass(name: string): string {
  return styles[name] ?? '';
}
