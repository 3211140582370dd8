package org.redlines.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.redlines.access.Role;
import org.redlines.positions.AuditLogService;
import org.redlines.positions.CurationService;
import org.redlines.positions.DatasetExportService;
import org.redlines.positions.DatasetImportService;
import org.redlines.positions.DatasetStore;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Every service method that writes, and every admin read, is refused to anonymous users and viewers whatever the
 * UI shows, called directly on the Spring beans as a crafted request would reach them; the database stays as it
 * was.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:write-access;DB_CLOSE_DELAY=-1")
@DirtiesContext
class WriteAccessTest {

    /** The services whose every public method changes data or reads what only some roles may read. */
    static final List<Class<?>> GUARDED = List.of(
            CurationService.class,
            DatasetImportService.class,
            UserService.class,
            DatasetExportService.class,
            org.redlines.exchange.BackupService.class);

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    private List<Method> guardedMethods(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic())
                .filter(m -> !(type == UserService.class
                        && (m.getName().equals("loadUserByUsername")
                                || m.getName().equals("createInitialAdmin"))))
                .filter(m -> !(type == DatasetExportService.class && m.getName().equals("latestRevision")))
                .toList();
    }

    private long rows() {
        return jdbc.queryForObject(
                "select (select count(*) from position_entry) + (select count(*) from point)"
                        + " + (select count(*) from source) + (select count(*) from plan) + (select count(*) from app_user)"
                        + " + (select count(*) from audit_revision)",
                Long.class);
    }

    @Test
    void every_writing_method_says_which_role_it_needs() {
        List<String> unguarded = new ArrayList<>();
        for (Class<?> type : GUARDED) {
            for (Method m : guardedMethods(type)) {
                if (!AnnotatedElementUtils.hasAnnotation(m, PreAuthorize.class)) {
                    unguarded.add(type.getSimpleName() + "." + m.getName());
                }
            }
        }
        assertThat(unguarded).isEmpty();
        assertThat(AuditLogService.class.getMethods())
                .filteredOn(m -> m.getName().equals("audit") || m.getName().equals("changesIn"))
                .allSatisfy(m -> assertThat(AnnotatedElementUtils.hasAnnotation(m, PreAuthorize.class))
                        .isTrue());
    }

    private List<String> callEverything(Class<? extends RuntimeException> expected) throws Exception {
        return callEverything(expected, List.of());
    }

    /** {@code allowed}: methods this user may call (their own password), which must then pass the role check. */
    private List<String> callEverything(Class<? extends RuntimeException> expected, List<String> allowed)
            throws Exception {
        List<String> wrong = new ArrayList<>();
        List<Object[]> targets = new ArrayList<>();
        for (Class<?> type : GUARDED) {
            for (Method m : guardedMethods(type)) {
                targets.add(new Object[] {context.getBean(type), m});
            }
        }
        targets.add(new Object[] {
            context.getBean(AuditLogService.class), AuditLogService.class.getMethod("changesIn", long.class)
        });
        targets.add(new Object[] {
            context.getBean(AuditLogService.class),
            AuditLogService.class.getMethod("audit", AuditLogService.AuditFilter.class)
        });
        targets.add(new Object[] {
            context.getBean(DatasetStore.class),
            DatasetStore.class.getMethod("replaceAll", org.redlines.dataset.Dataset.class, String.class)
        });
        for (Object[] t : targets) {
            Object bean = t[0];
            Method m = (Method) t[1];
            assertThat(AopUtils.isAopProxy(bean)).as(m.getName()).isTrue();
            Object[] args = Arrays.stream(m.getParameterTypes())
                    .map(WriteAccessTest::dummy)
                    .toArray();
            if (allowed.contains(m.getName())) {
                try {
                    m.invoke(bean, args);
                } catch (InvocationTargetException e) {
                    if (e.getCause() instanceof AccessDeniedException) {
                        wrong.add(m.getName() + " was refused though every signed-in user may call it");
                    }
                }
                continue;
            }
            try {
                m.invoke(bean, args);
                wrong.add(m.getDeclaringClass().getSimpleName() + "." + m.getName() + " ran");
            } catch (InvocationTargetException e) {
                if (!expected.isInstance(e.getCause())) {
                    wrong.add(m.getDeclaringClass().getSimpleName() + "." + m.getName() + " threw " + e.getCause());
                }
            }
        }
        return wrong;
    }

    private static Object dummy(Class<?> type) {
        if (type == long.class) {
            return 1L;
        }
        if (type == int.class) {
            return 1;
        }
        if (type == boolean.class) {
            return true;
        }
        if (type == String.class) {
            return "US-28";
        }
        if (type == Role.class) {
            return Role.ADMIN;
        }
        return null;
    }

    @Test
    @WithAnonymousUser
    void anonymous_users_are_refused_everywhere() throws Exception {
        long before = rows();
        assertThat(callEverything(AccessDeniedException.class)).isEmpty();
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void calls_without_any_user_are_refused_everywhere() throws Exception {
        long before = rows();
        assertThat(callEverything(AuthenticationCredentialsNotFoundException.class))
                .isEmpty();
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    @WithMockUser(username = "vera", roles = "VIEWER")
    void viewers_are_refused_everywhere_but_their_own_password_and_address() throws Exception {
        long before = rows();
        assertThat(callEverything(
                        AccessDeniedException.class, List.of("changeOwnPassword", "setMyContact", "myContact")))
                .isEmpty();
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    @WithMockUser(
            username = "ana",
            roles = {"VIEWER", "ANALYST"})
    void analysts_are_refused_what_only_administrators_do() {
        assertThatThrownBy(() -> context.getBean(DatasetImportService.class).apply(null, 1, "x"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> context.getBean(UserService.class).create("x", "long-enough-pw", Role.ADMIN))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> context.getBean(CurationService.class).renameTopic("territory", 0, "Land"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> context.getBean(AuditLogService.class).changesIn(1))
                .isInstanceOf(AccessDeniedException.class);
    }
}
