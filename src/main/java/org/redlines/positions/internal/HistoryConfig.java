package org.redlines.positions.internal;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Starts the history of a database that held data before it had one, once the app is wired. */
@Configuration
class HistoryConfig {

    @Bean
    SmartInitializingSingleton historyBaselineOnStart(HistoryBaseline baseline) {
        return baseline::startIfMissing;
    }
}
