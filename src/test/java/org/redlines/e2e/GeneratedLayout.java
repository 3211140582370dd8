package org.redlines.e2e;

import java.util.List;
import org.redlines.bench.DatasetGenerator;
import org.redlines.dataset.Dataset;

/**
 * The matrix on generated datasets with five, six and twelve parties: up to six, every party stays in view on a
 * laptop and a tablet with or without the detail panel; with more, ref and title stay put, the parties scroll,
 * and the page says how many are off screen.
 */
abstract class GeneratedLayout extends LayoutChecks {

    abstract String size();

    List<String> parties() {
        return DatasetGenerator.generate(DatasetGenerator.Size.parse(size())).actors().stream()
                .map(Dataset.ActorEntry::name)
                .toList();
    }
}
