// Vietnamese; loaded only when the page or the browser uses it. Keys must match catalogs/en.ts.
import { area, type Catalog } from '../catalog';
import app from '../locales/vi/app.json';
import background from '../locales/vi/background.json';
import creators from '../locales/vi/creators.json';
import csv from '../locales/vi/csv.json';
import errors from '../locales/vi/errors.json';
import finder from '../locales/vi/finder.json';
import guard from '../locales/vi/guard.json';
import health from '../locales/vi/health.json';
import healthui from '../locales/vi/healthui.json';
import memory from '../locales/vi/memory.json';
import memorypage from '../locales/vi/memorypage.json';
import options from '../locales/vi/options.json';
import pages from '../locales/vi/pages.json';
import panel from '../locales/vi/panel.json';
import popup from '../locales/vi/popup.json';
import queue from '../locales/vi/queue.json';
import report from '../locales/vi/report.json';
import rules from '../locales/vi/rules.json';
import settings from '../locales/vi/settings.json';
import shell from '../locales/vi/shell.json';
import templates from '../locales/vi/templates.json';

export const VI: Catalog = {
  ...area('app', app),
  ...area('rules', rules),
  ...area('settings', settings),
  ...area('queue', queue),
  ...area('csv', csv),
  ...area('pages', pages),
  ...area('creators', creators),
  ...area('health', health),
  ...area('background', background),
  ...area('errors', errors),
  ...area('popup', popup),
  ...area('options', options),
  ...area('panel', panel),
  ...area('guard', guard),
  ...area('finder', finder),
  ...area('healthui', healthui),
  ...area('shell', shell),
  ...area('report', report),
  ...area('memory', memory),
  ...area('memorypage', memorypage),
  ...area('templates', templates),
};
