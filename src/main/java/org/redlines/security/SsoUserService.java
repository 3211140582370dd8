package org.redlines.security;

import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * After the provider has signed someone in: their local account (made or brought up to date by {@link SsoUsers})
 * and its role's authorities, named by the configured user-name claim. A refusal becomes an OAuth2 error whose code
 * starts with {@value #REFUSED}, which the sign-in's failure handler turns into the plain refusal page.
 */
class SsoUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    static final String REFUSED = "redlines-refused-";

    private final OidcUserService provider = new OidcUserService();
    private final SsoUsers users;
    private final SsoSettings settings;

    SsoUserService(SsoUsers users, SsoSettings settings) {
        this.users = users;
        this.settings = settings;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = provider.loadUser(request);
        String nameClaim = user.getClaims().containsKey(settings.usernameClaim()) ? settings.usernameClaim() : "sub";
        String username = user.getClaimAsString(nameClaim);
        UserInfo account;
        try {
            account = users.signIn(
                    String.valueOf(user.getIssuer()),
                    user.getSubject(),
                    username,
                    user.getEmail(),
                    user.getClaims().get(settings.roleClaim()));
        } catch (SsoUsers.Refused refused) {
            throw new OAuth2AuthenticationException(
                    new OAuth2Error(REFUSED + refused.reason(), refused.getMessage(), null), refused.getMessage());
        }
        List<GrantedAuthority> authorities = account.role().granted().stream()
                .map(r -> (GrantedAuthority) new SimpleGrantedAuthority(r.authority()))
                .toList();
        return new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo(), nameClaim);
    }
}
