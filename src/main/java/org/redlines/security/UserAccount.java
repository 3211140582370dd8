package org.redlines.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.redlines.access.Role;

/** Someone who signs in: a name, a hashed password and one role, which includes the roles below it. */
@Entity
@Table(name = "app_user")
class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
    @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 1)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 100)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Role role;

    @Column(nullable = false)
    private boolean enabled = true;

    /** Where notifications go; none until the user gives one. */
    @Column(length = 320)
    private String email;

    /** The language of their notifications (a language tag), taken from the interface when they set the address. */
    @Column(length = 16)
    private String locale;

    /** The identity provider and its subject for an account made by single sign-on; null for a local account. */
    @Column(name = "sso_issuer", length = 500)
    private String ssoIssuer;

    @Column(name = "sso_subject", length = 255)
    private String ssoSubject;

    protected UserAccount() {}

    String getSsoIssuer() {
        return ssoIssuer;
    }

    void linkSso(String issuer, String subject) {
        this.ssoIssuer = issuer;
        this.ssoSubject = subject;
    }

    String getEmail() {
        return email;
    }

    String getLocale() {
        return locale;
    }

    void setContact(String email, String locale) {
        this.email = email;
        this.locale = locale;
    }

    UserAccount(String username, String passwordHash, Role role) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.role = role;
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    String getUsername() {
        return username;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    Role getRole() {
        return role;
    }

    void setRole(Role role) {
        this.role = role;
    }

    boolean isEnabled() {
        return enabled;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}
