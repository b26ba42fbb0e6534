import { buildConfig } from '../build-config';

/** The signed-in user's Google email from the OpenID userinfo endpoint (email scope), or null. */
export async function userEmail(token: string): Promise<string | null> {
  try {
    const response = await fetch(buildConfig.userInfoUrl, { headers: { Authorization: `Bearer ${token}` } });
    if (!response.ok) return null;
    const body = (await response.json()) as { email?: unknown };
    return typeof body.email === 'string' && body.email.includes('@') ? body.email : null;
  } catch {
    return null;
  }
}
