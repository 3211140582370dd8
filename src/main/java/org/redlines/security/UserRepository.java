package org.redlines.security;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface UserRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    Optional<UserAccount> findBySsoIssuerAndSsoSubject(String ssoIssuer, String ssoSubject);

    List<UserAccount> findAllByOrderByUsername();

    List<UserAccount> findByUsernameIn(java.util.Collection<String> usernames);
}
