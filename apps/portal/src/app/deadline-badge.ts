/**
 * Registers `<xf-deadline-badge>`. The work queue loads this with the store, after its first screen: the
 * element's module builds the core's default calendar (`chinaCalendar`) as it is evaluated.
 */
import { XfDeadlineBadge } from '@xinfang/elements';
import { defineOnce } from './define.js';

defineOnce('xf-deadline-badge', XfDeadlineBadge);
