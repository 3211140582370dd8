package org.redlines.exchange;

import java.io.IOException;
import java.io.InputStream;
import org.redlines.dataset.Dataset;
import org.redlines.dataset.DatasetException;
import org.redlines.dataset.DatasetReader;
import org.redlines.i18n.Messages;
import org.redlines.i18n.Words;
import org.redlines.positions.DatasetStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * Loads the configured dataset into an empty database, before the web server takes requests. A database that
 * holds data is left alone; an invalid dataset stops start-up with the list of its problems.
 */
@Component
class DatasetSeeder implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DatasetSeeder.class);

    private final DatasetStore store;
    private final ResourceLoader resources;
    private final String location;

    DatasetSeeder(
            DatasetStore store,
            ResourceLoader resources,
            @Value("${redlines.dataset.location:classpath:dataset/ukraine-peace-plans.json}") String location) {
        this.store = store;
        this.resources = resources;
        this.location = location;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!store.isEmpty()) {
            log.info("The database already holds a dataset; {} is not loaded", location);
            return;
        }
        Resource resource = resources.getResource(location);
        if (!resource.exists()) {
            throw new IllegalStateException("redlines.dataset.location: no dataset at " + location);
        }
        Dataset dataset;
        try (InputStream in = resource.getInputStream()) {
            dataset = DatasetReader.read(in);
        } catch (IOException e) {
            throw new IllegalStateException("redlines.dataset.location: cannot read " + location, e);
        } catch (DatasetException e) {
            // Said to whoever starts the app, in the server's log: in English, every problem on its own line.
            throw new IllegalStateException(
                    "The dataset at " + location + " is invalid and was not loaded. "
                            + Messages.get(
                                    Messages.ENGLISH,
                                    e.found() == 1 ? "dataset.problems.one" : "dataset.problems.many",
                                    String.valueOf(e.found()))
                            + "\n  " + String.join("\n  ", Words.problems(e)),
                    e);
        }
        store.save(dataset, org.redlines.positions.RevisionNotes.seeded(location));
        log.info(
                "Loaded dataset \"{}\" from {}: {} plans, {} points, {} positions",
                dataset.title(),
                location,
                dataset.plans().size(),
                dataset.points().size(),
                dataset.positions().size());
    }
}
