package org.redlines.positions.internal;

import java.util.List;
import java.util.Optional;
import org.redlines.positions.ActorInfo;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ActorRepository extends JpaRepository<Actor, Long> {

    @Query("select new org.redlines.positions.ActorInfo(a.code, a.name) from Actor a order by a.sortOrder")
    List<ActorInfo> findAllInfo();

    Optional<Actor> findByCode(String code);
}
