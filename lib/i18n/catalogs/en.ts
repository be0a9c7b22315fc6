// English is the source language and the fallback: every key exists here first.
import { area } from '../catalog';
import app from '../locales/en/app.json';
import background from '../locales/en/background.json';
import creators from '../locales/en/creators.json';
import csv from '../locales/en/csv.json';
import errors from '../locales/en/errors.json';
import finder from '../locales/en/finder.json';
import guard from '../locales/en/guard.json';
import health from '../locales/en/health.json';
import healthui from '../locales/en/healthui.json';
import memory from '../locales/en/memory.json';
import memorypage from '../locales/en/memorypage.json';
import options from '../locales/en/options.json';
import pages from '../locales/en/pages.json';
import panel from '../locales/en/panel.json';
import popup from '../locales/en/popup.json';
import queue from '../locales/en/queue.json';
import report from '../locales/en/report.json';
import rules from '../locales/en/rules.json';
import settings from '../locales/en/settings.json';
import shell from '../locales/en/shell.json';
import templates from '../locales/en/templates.json';

// Wrapped in a pure call: the spread of `area()` calls would otherwise stay in every bundle that
// imports lib/i18n, used or not.
export const EN = /* @__PURE__ */ (() => ({
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
}))();
