/** The site's shared UI parts; their styles are in ui.module.css (decision 020). */
export { Button, BUTTON_CLASS, type ButtonVariant } from './button';
export { Card } from './card';
export { classNames } from './class-names';
export { LinkButton } from './link-button';
export { Notice, type NoticeTone } from './notice';
export { Section } from './section';
export { StepsList } from './steps-list';
export { TwoColumn } from './two-column';
