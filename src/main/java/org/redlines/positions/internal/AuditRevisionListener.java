package org.redlines.positions.internal;

import org.hibernate.envers.RevisionListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Stamps each revision with the signed-in user, or "system" for start-up seeding. */
public class AuditRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        AuditRevision revision = (AuditRevision) revisionEntity;
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        revision.setUsername(
                auth == null || auth instanceof AnonymousAuthenticationToken || auth.getName() == null
                        ? "system"
                        : auth.getName());
    }
}
