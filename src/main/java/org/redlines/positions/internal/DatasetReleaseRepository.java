package org.redlines.positions.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DatasetReleaseRepository extends JpaRepository<DatasetRelease, Long> {

    Optional<DatasetRelease> findByName(String name);

    /** Newest first: by revision, then by when it was published. */
    List<DatasetRelease> findAllByOrderByRevisionDescPublishedAtDescIdDesc();

    List<DatasetRelease> findByRevisionOrderByIdAsc(long revision);
}
