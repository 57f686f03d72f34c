package dev.verdict;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(Application.class);

    @Test
    void modules_depend_only_on_what_they_declare_and_form_no_cycles() {
        modules.verify();
    }

    @Test
    void writes_the_module_documentation() {
        new Documenter(modules).writeDocumentation();
    }
}
