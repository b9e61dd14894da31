/**
 * Every check the Node scripts run (check:data, the build, translations:confirm, the dev server's
 * plugin), from one module: scripts/load-ts.mjs bundles it once instead of once per file.
 */
export { validateStoryText } from './validate';
export { validateLocaleText } from './locale-check';
export { formatProblem, formatReport } from './problems';
export { staleTranslations, confirmTranslations } from './translation-record';
