package org.redlines.positions.internal;

import java.util.List;
import java.util.Optional;
import org.redlines.positions.TopicInfo;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TopicRepository extends JpaRepository<Topic, Long> {

    @Query("select new org.redlines.positions.TopicInfo(t.code, t.name) from Topic t order by t.sortOrder")
    List<TopicInfo> findAllInfo();

    Optional<Topic> findByCode(String code);
}
