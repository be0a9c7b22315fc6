// Indonesian; loaded only when the page or the browser uses it. Keys must match catalogs/en.ts.
import { area, type Catalog } from '../catalog';
import app from '../locales/id/app.json';
import background from '../locales/id/background.json';
import creators from '../locales/id/creators.json';
import csv from '../locales/id/csv.json';
import errors from '../locales/id/errors.json';
import finder from '../locales/id/finder.json';
import guard from '../locales/id/guard.json';
import health from '../locales/id/health.json';
import healthui from '../locales/id/healthui.json';
import memory from '../locales/id/memory.json';
import memorypage from '../locales/id/memorypage.json';
import options from '../locales/id/options.json';
import pages from '../locales/id/pages.json';
import panel from '../locales/id/panel.json';
import popup from '../locales/id/popup.json';
import queue from '../locales/id/queue.json';
import report from '../locales/id/report.json';
import rules from '../locales/id/rules.json';
import settings from '../locales/id/settings.json';
import shell from '../locales/id/shell.json';
import templates from '../locales/id/templates.json';

export const ID: Catalog = {
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
