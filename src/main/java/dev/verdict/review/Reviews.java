package dev.verdict.review;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Reviews extends JpaRepository<Review, UUID> {

    @Query("select distinct r from Review r join r.members m where m.username = :username order by r.createdAt desc")
    List<Review> findByMember(String username);
}
