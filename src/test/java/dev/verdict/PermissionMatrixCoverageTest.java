package dev.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Service;
import org.springframework.util.ClassUtils;

/**
 * Keeps {@link PermissionMatrixIT} whole: every public method of the services it covers is called
 * by some row, no row names a method that is not there, and every service that takes an id (a
 * review's, a repository's) is one of those services. Needs no application: the rows are only
 * listed, not run.
 */
class PermissionMatrixCoverageTest {

    private static final Set<String> OBJECT_METHODS = Arrays.stream(Object.class.getMethods()).map(Method::getName)
            .collect(Collectors.toSet());

    @Test
    void every_public_service_method_is_called_by_a_row_of_the_permission_matrix() {
        Set<String> publicMethods = new TreeSet<>();
        PermissionMatrixIT.SERVICES.forEach(service -> Arrays.stream(service.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic() && !m.isBridge())
                .filter(m -> !OBJECT_METHODS.contains(m.getName()))
                .forEach(m -> publicMethods.add(service.getSimpleName() + "::" + m.getName())));
        Set<String> covered = new PermissionMatrixIT().covered();

        Set<String> uncovered = new TreeSet<>(publicMethods);
        uncovered.removeAll(covered);
        assertThat(uncovered).as("public service methods no row of PermissionMatrixIT calls: give each a row"
                + " (or a call in the row that checks the same thing)").isEmpty();
        Set<String> unknown = new TreeSet<>(covered);
        unknown.removeAll(publicMethods);
        assertThat(unknown).as("rows of PermissionMatrixIT naming methods the services do not have (renamed? no longer"
                + " public?)").isEmpty();
    }

    @Test
    void every_service_that_takes_an_id_is_in_the_permission_matrix() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Service.class));
        Set<String> takingIds = new TreeSet<>();
        for (var candidate : scanner.findCandidateComponents("dev.verdict")) {
            Class<?> service = ClassUtils.forName(candidate.getBeanClassName(), getClass().getClassLoader());
            boolean takesAnId = Arrays.stream(service.getDeclaredMethods())
                    .filter(m -> Modifier.isPublic(m.getModifiers()))
                    .anyMatch(m -> Arrays.asList(m.getParameterTypes()).contains(UUID.class));
            if (takesAnId) {
                takingIds.add(service.getName());
            }
        }
        assertThat(takingIds).as("services with public methods taking an id; add new ones to PermissionMatrixIT.SERVICES")
                .isNotEmpty()
                .isSubsetOf(PermissionMatrixIT.SERVICES.stream().map(Class::getName).toList());
    }
}
