import { codeSession } from '../public/code-session.js';

/** The survey's code cookie (docs/adr/0008): `meetwerk_enquete`, for `/enquete` only. */
const session = codeSession({
  cookie: 'meetwerk_enquete',
  path: '/enquete',
  tokenPurpose: 'meetwerk-enquete-formulier',
});

export const RESIDENT_COOKIE = session.cookie;
export const setRespondentCookie = session.set;
export const clearRespondentCookie = session.clear;
export const respondentCode = session.code;
export const formToken = session.formToken;
export const validFormToken = session.validFormToken;
