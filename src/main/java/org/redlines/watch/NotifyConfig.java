package org.redlines.watch;

import java.time.Duration;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Scheduled delivery: the jobs that send e-mail and post webhooks, each run by one instance at a time through
 * ShedLock's lock rows in the shared database (the database's clock, so instances' clocks may differ), and the
 * job that submits again the change events whose listener did not complete (docs/adr/0021).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class NotifyConfig {

    private static final Logger log = LoggerFactory.getLogger(NotifyConfig.class);

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }

    @Bean
    Resubmitter resubmitter(IncompleteEventPublications incomplete) {
        return new Resubmitter(incomplete);
    }

    /** Events whose listener failed or whose instance died are run again after two minutes. */
    static class Resubmitter {

        private final IncompleteEventPublications incomplete;

        Resubmitter(IncompleteEventPublications incomplete) {
            this.incomplete = incomplete;
        }

        @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1M")
        @SchedulerLock(name = "resubmit-events", lockAtMostFor = "PT5M")
        void resubmit() {
            try {
                incomplete.resubmitIncompletePublicationsOlderThan(Duration.ofMinutes(2));
            } catch (RuntimeException e) {
                log.warn("Could not resubmit incomplete event publications: {}", e.toString());
            }
        }
    }
}
