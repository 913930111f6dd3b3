/**
 * Entry point of the portal: sets the document language and starts the shell. Everything else is
 * loaded on demand by the routes.
 */
import { langTag } from './app/i18n.js';
import './app/portal-shell.js';

document.documentElement.lang = langTag();
