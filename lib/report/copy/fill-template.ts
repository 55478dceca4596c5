// The template filler lives in lib/copy/ so that the engine's layers below lib/report use it too.
export { fillPlural, fillTemplate, type TemplateValues } from '@/lib/copy/fill-template';
