package org.redlines.positions;

import org.hibernate.envers.RevisionListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Stamps each revision with the signed-in user (or "system" for start-up seeding) and the writer's note. */
public class AuditRevisionListener implements RevisionListener {

    private static final ThreadLocal<String> NOTE = new ThreadLocal<>();

    /** Runs {@code work} with a note that the revisions it writes carry, such as the name of an imported file. */
    static void withNote(String note, Runnable work) {
        NOTE.set(note);
        try {
            work.run();
        } finally {
            NOTE.remove();
        }
    }

    @Override
    public void newRevision(Object revisionEntity) {
        AuditRevision revision = (AuditRevision) revisionEntity;
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        revision.setUsername(auth == null || auth instanceof AnonymousAuthenticationToken || auth.getName() == null
                ? "system" : auth.getName());
        revision.setNote(NOTE.get());
    }
}
