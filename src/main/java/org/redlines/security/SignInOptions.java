package org.redlines.security;

/**
 * How people sign in here, as the sign-in page offers it: through the organisation's identity provider (when one
 * is configured, named {@code providerName}), with a local name and password (unless
 * {@code redlines.security.local-accounts=false}), or both.
 */
public record SignInOptions(boolean sso, String providerName, boolean localAccounts) {

    /** Where a browser starts the sign-in through the provider. */
    public String ssoStart() {
        return SsoSettings.START;
    }
}
