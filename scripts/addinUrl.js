/**
 * Where the built add-in lives. Everything is authored for the development server
 * (https://localhost:3000/); a production build points manifest.xml, functions.json and the
 * help links at ADDIN_BASE_URL instead, replacing every occurrence (not just the first).
 */
const DEV_URL = "https://localhost:3000/";

/** The base URL for a build: ADDIN_BASE_URL (https only, trailing slash added) or the dev URL. */
function baseUrl(dev, env = process.env) {
  const url = env.ADDIN_BASE_URL;
  if (dev || !url) return DEV_URL;
  if (!/^https:\/\/[^/\s]+/.test(url)) throw new Error(`ADDIN_BASE_URL must be an https URL, got "${url}"`);
  return url.endsWith("/") ? url : `${url}/`;
}

/**
 * Replaces every development URL in `text` with `url`, then any bare development origin (the
 * manifest's AppDomain) with the new origin.
 */
function rewriteUrls(text, url) {
  if (url === DEV_URL) return text;
  const devOrigin = new URL(DEV_URL).origin;
  return text.split(DEV_URL).join(url).split(devOrigin).join(new URL(url).origin);
}

module.exports = { DEV_URL, baseUrl, rewriteUrls };
