package org.redlines.security;

import java.util.Set;
import org.jsoup.nodes.Document;
import org.redlines.i18n.Messages;
import org.redlines.i18n.PlainPage;
import org.redlines.routes.Routes;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The plain page for someone the identity provider signed in but Redlines refuses: their claims map to no role,
 * an administrator disabled their account, or a local account holds their name. It says which, and where to read
 * without signing in.
 */
@RestController
class SsoRefusedPage {

    private static final Set<String> REASONS = Set.of("no-role", "disabled", "name-taken");

    @GetMapping("/" + Routes.SSO_REFUSED)
    ResponseEntity<String> refused(@RequestParam(name = "reason", required = false) String reason) {
        Document page = PlainPage.start(Messages.t("sso.refused.title"));
        String known = REASONS.contains(reason) ? reason : "other";
        page.body().appendElement("p").attr("id", "sso-refused-reason").text(Messages.t("sso.refused." + known));
        page.body()
                .appendElement("p")
                .appendElement("a")
                .attr("href", Routes.MATRIX)
                .text(Messages.t("login.read-without-signing-in"));
        return PlainPage.answer(page, 403);
    }
}
