package org.redlines.positions.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DatasetInfoRepository extends JpaRepository<DatasetInfo, Long> {}
