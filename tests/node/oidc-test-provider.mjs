// A real OpenID Connect provider on loopback for the Entra ID sign-in tests (oidc-provider), over HTTPS.
//   node oidc-test-provider.mjs <settings.json>
// settings: {"tenantId", "tlsCertificate": PEM path, "tlsKey": PEM path, "clients": [oidc-provider client metadata]}
// (a client has a client_secret, or a jwks with the public key its client assertions are signed with).
// Prints one JSON line {"issuer": "..."} when ready. The issuer ends in /<tenant-id>/v2.0, like Entra's.
// Test-only routes (loopback only, never in the portal):
//   POST /test/accounts {"sub": "...", "claims": {...}}   an account the login form can sign in as
//   POST /test/tamper   {"mode": "audience|issuer|nonce|expired|signature|tenant"}   alters the next id_token
//   GET  /interaction/:uid  a login form (a consent prompt is answered at once);  POST /interaction/:uid/login  login=<sub>
import https from 'node:https';
import fs from 'node:fs';
import net from 'node:net';
import Provider from 'oidc-provider';
import * as jose from 'jose';

const settings = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const { tenantId } = settings;
const port = await freePort();
const prefix = `/${tenantId}/v2.0`;
const issuer = `https://127.0.0.1:${port}${prefix}`;

const { privateKey } = await jose.generateKeyPair('RS256', { extractable: true });
const signingJwk = { ...(await jose.exportJWK(privateKey)), kid: 'tenant-key-1', alg: 'RS256', use: 'sig' };
const forger = (await jose.generateKeyPair('RS256', { extractable: true })).privateKey;

const otherTenant = '00000000-0000-0000-0000-00000000beef';
const accounts = new Map();
let tamper = null;

const provider = new Provider(issuer, {
  clients: settings.clients.map((client) => ({ grant_types: ['authorization_code'], response_types: ['code'], ...client })),
  jwks: { keys: [signingJwk] },
  pkce: { required: () => true },
  features: { devInteractions: { enabled: false } },
  interactions: { url: (ctx, interaction) => `${prefix}/interaction/${interaction.uid}` },
  claims: {
    openid: ['sub', 'tid', 'oid', 'roles', 'idp'],
    profile: ['name', 'preferred_username'],
    email: ['email', 'xms_edov'],
  },
  // Entra puts these claims in the id_token itself, which is what the portal reads.
  conformIdTokenClaims: false,
  cookies: { keys: ['traininghub-test-cookies'] },
  findAccount: (ctx, sub) => accounts.has(sub) ? { accountId: sub, claims: () => ({ sub, ...accounts.get(sub) }) } : undefined,
  // The portal is a first-party app: consent is given by the tenant's admin, so no consent screen.
  loadExistingGrant: async (ctx) => {
    const grantId = ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
    if (grantId) return ctx.oidc.provider.Grant.find(grantId);
    const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
    grant.addOIDCScope('openid profile email');
    await grant.save();
    return grant;
  },
});

provider.use(async (ctx, next) => {
  const { path } = ctx;
  if (ctx.method === 'POST' && path === '/test/accounts') {
    const { sub, claims } = JSON.parse(await body(ctx));
    accounts.set(sub, claims);
    ctx.status = 204;
    return;
  }
  if (ctx.method === 'POST' && path === '/test/tamper') {
    tamper = JSON.parse(await body(ctx)).mode;
    ctx.status = 204;
    return;
  }
  const interaction = path.match(/^\/interaction\/([^/]+)(\/login)?$/);
  if (interaction) return interact(ctx, interaction[1], interaction[2]);
  await next();
  if (path === '/token' && ctx.method === 'POST' && tamper && ctx.body?.id_token) {
    ctx.body = { ...ctx.body, id_token: await altered(ctx.body.id_token, tamper) };
    tamper = null;
  }
});

async function interact(ctx, uid, login) {
  const details = await provider.interactionDetails(ctx.req, ctx.res);
  if (details.uid !== uid) ctx.throw(400, 'interaction mismatch');
  // The provider asks a native app (the loopback-port client) for consent after every login; the tenant's admin
  // consented for this first-party app, so the test provider answers that prompt itself, as Entra does.
  if (details.prompt.name === 'consent') {
    const grant = (details.grantId && await provider.Grant.find(details.grantId))
      || new provider.Grant({ clientId: details.params.client_id, accountId: details.session.accountId });
    grant.addOIDCScope('openid profile email');
    const grantId = await grant.save();
    return ctx.redirect(await provider.interactionResult(ctx.req, ctx.res, { consent: { grantId } }, { mergeWithLastSubmission: true }));
  }
  if (!login) {
    ctx.type = 'html';
    ctx.body = `<!doctype html><title>Sign in</title><form method="post" action="${prefix}/interaction/${uid}/login">` +
      `<label>Account <input name="login"></label><button>Sign in</button></form>`;
    return;
  }
  const accountId = new URLSearchParams(await body(ctx)).get('login');
  if (!accounts.has(accountId)) ctx.throw(400, 'unknown account');
  const redirectTo = await provider.interactionResult(ctx.req, ctx.res, { login: { accountId } }, { mergeWithLastSubmission: false });
  ctx.redirect(redirectTo);
}

async function altered(idToken, mode) {
  const claims = jose.decodeJwt(idToken);
  const now = Math.floor(Date.now() / 1000);
  if (mode === 'audience') claims.aud = 'another-application';
  if (mode === 'issuer') claims.iss = `https://127.0.0.1:${port}/another-tenant/v2.0`;
  if (mode === 'nonce') claims.nonce = 'a-nonce-from-another-sign-in';
  // Another tenant's token names that tenant both as its issuer and in tid.
  if (mode === 'tenant') Object.assign(claims, { tid: otherTenant, iss: `https://127.0.0.1:${port}/${otherTenant}/v2.0` });
  if (mode === 'expired') Object.assign(claims, { iat: now - 3600, nbf: now - 3600, exp: now - 1800 });
  const key = mode === 'signature' ? forger : privateKey;
  return new jose.SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: signingJwk.kid, typ: 'JWT' }).sign(key);
}

function body(ctx) {
  return new Promise((resolve, reject) => {
    let data = '';
    ctx.req.setEncoding('utf8');
    ctx.req.on('data', (chunk) => { data += chunk; });
    ctx.req.on('end', () => resolve(data));
    ctx.req.on('error', reject);
  });
}

function freePort() {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port: found } = probe.address();
      probe.close(() => resolve(found));
    });
  });
}

// Routes are served under the issuer's path, like login.microsoftonline.com/<tenant>/v2.0.
const app = provider.callback();
const tls = { cert: fs.readFileSync(settings.tlsCertificate), key: fs.readFileSync(settings.tlsKey) };
const server = https.createServer(tls, (req, res) => {
  // oidc-provider finds its mount path from originalUrl, as behind express: every URL it writes keeps the prefix.
  req.originalUrl = req.url;
  if (req.url.startsWith(prefix)) req.url = req.url.slice(prefix.length) || '/';
  return app(req, res);
});
server.listen(port, '127.0.0.1', () => console.log(JSON.stringify({ issuer })));
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
