import { codeSession } from '../../public/code-session.js';

/** The monitor's code cookie (docs/adr/0010): `meetwerk_monitor`, for `/monitor` only. */
const session = codeSession({
  cookie: 'meetwerk_monitor',
  path: '/monitor',
  tokenPurpose: 'meetwerk-monitor-formulier',
});

export const MONITOR_COOKIE = session.cookie;
export const setMonitorCookie = session.set;
export const clearMonitorCookie = session.clear;
export const monitorCode = session.code;
export const monitorFormToken = session.formToken;
export const validMonitorToken = session.validFormToken;
