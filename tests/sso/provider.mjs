// A real OpenID Connect provider for the single sign-on tests (node's oidc-provider, not a
// mock): discovery, JWKS, authorization code flow with PKCE, signed ID tokens.
//
// Started by tests/sso/provider.py as `node tests/sso/provider.mjs` with its settings in the
// environment variable OIDC_SETTINGS (JSON):
//   port, issuer          where it listens and the issuer it names itself
//   clients               [{client_id, client_secret, redirect_uris}]
//   accounts              {login: {password, email, email_verified, name, given_name, family_name}}
//   jwks                  {keys: [private JWK]}: the tests sign forged tokens with the same key
//   idTokenSeconds        how long an ID token lasts
// It prints "ready" once it listens, and stops when its standard input closes.
//
// Its sign-in page is its own small form (labelled fields, no outside resources), which the
// browser test fills in and the other tests post with requests.
import { createServer } from 'node:http';

import Provider from 'oidc-provider';

const settings = JSON.parse(process.env.OIDC_SETTINGS);
const accounts = settings.accounts;

function claimsOf(login) {
  const { password: _password, ...claims } = accounts[login];
  return { sub: login, ...claims };
}

const provider = new Provider(settings.issuer, {
  clients: settings.clients.map((client) => ({
    grant_types: ['authorization_code'],
    response_types: ['code'],
    token_endpoint_auth_method: 'client_secret_basic',
    ...client,
  })),
  jwks: settings.jwks,
  pkce: { required: () => true },
  claims: {
    openid: ['sub'],
    email: ['email', 'email_verified'],
    profile: ['name', 'given_name', 'family_name'],
  },
  // The claims go in the ID token itself, as Entra ID puts them, not only behind userinfo.
  conformIdTokenClaims: false,
  features: { devInteractions: { enabled: false } },
  interactions: { url: (ctx, interaction) => `/interaction/${interaction.uid}` },
  findAccount: async (ctx, id) =>
    accounts[id] ? { accountId: id, claims: async () => claimsOf(id) } : undefined,
  // A first-party client: no consent screen, the scopes asked for are granted.
  loadExistingGrant: async (ctx) => {
    const grant = new ctx.oidc.provider.Grant({
      clientId: ctx.oidc.client.clientId,
      accountId: ctx.oidc.session.accountId,
    });
    grant.addOIDCScope('openid email profile');
    await grant.save();
    return grant;
  },
  cookies: { keys: ['prob-tests-only-cookie-key'] },
  ttl: {
    IdToken: settings.idTokenSeconds ?? 3600,
    AccessToken: 600,
    AuthorizationCode: 60,
    Interaction: 600,
    Session: 600,
    Grant: 600,
  },
});

function escape(text) {
  return String(text).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  );
}

function signInPage(uid, login, error) {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Test provider: sign in</title></head>
<body><main>
<h1>Test identity provider</h1>
${error ? `<p role="alert">${escape(error)}</p>` : ''}
<form method="post" action="/interaction/${escape(uid)}">
<p><label for="login">Username</label> <input id="login" name="login" value="${escape(login)}" required></p>
<p><label for="password">Password</label> <input id="password" name="password" type="password" required></p>
<p><button type="submit">Sign in at the provider</button></p>
</form>
</main></body></html>`;
}

async function body(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return new URLSearchParams(Buffer.concat(chunks).toString());
}

provider.use(async (ctx, next) => {
  const match = ctx.path.match(/^\/interaction\/([^/]+)$/);
  if (!match) {
    await next();
    return;
  }
  const details = await provider.interactionDetails(ctx.req, ctx.res);
  ctx.type = 'html';
  if (ctx.method === 'GET') {
    ctx.body = signInPage(details.uid, details.params.login_hint ?? '', '');
    return;
  }
  const form = await body(ctx.req);
  const login = form.get('login') ?? '';
  const account = accounts[login];
  if (!account || account.password !== form.get('password')) {
    ctx.body = signInPage(details.uid, login, 'Wrong username or password.');
    return;
  }
  const to = await provider.interactionResult(
    ctx.req,
    ctx.res,
    { login: { accountId: login } },
    { mergeWithLastSubmission: false },
  );
  ctx.status = 303;
  ctx.redirect(to);
});

const server = createServer(provider.callback());
server.listen(settings.port, '127.0.0.1', () => {
  process.stdout.write('ready\n');
});
process.stdin.resume();
process.stdin.on('end', () => server.close(() => process.exit(0)));
