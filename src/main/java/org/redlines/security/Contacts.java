package org.redlines.security;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where users are told of changes, for the notifier's background jobs (no signed-in user there): kept apart from
 * {@link UserService}, whose every public method needs a signed-in user with a role.
 */
@Service
public class Contacts {

    private final UserRepository users;

    Contacts(UserRepository users) {
        this.users = users;
    }

    /** The addresses of these users; users without an address, or disabled, are left out. */
    @Transactional(readOnly = true)
    public Map<String, UserService.Contact> of(Collection<String> usernames) {
        Map<String, UserService.Contact> out = new HashMap<>();
        for (UserAccount account : users.findByUsernameIn(usernames)) {
            UserService.contact(account).ifPresent(c -> out.put(c.username(), c));
        }
        return out;
    }
}
