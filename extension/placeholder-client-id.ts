/** The placeholder client id a build without OAUTH_CLIENT_ID carries; sign-in explains it instead of failing obscurely. */
export const PLACEHOLDER_CLIENT_ID = 'SET-OAUTH_CLIENT_ID-AT-BUILD-TIME.apps.googleusercontent.com';
