package dev.verdict.identity;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProvisionedUsers extends JpaRepository<ProvisionedUser, String> {

    Optional<ProvisionedUser> findByIssuerAndSubject(String issuer, String subject);
}
