package dev.verdict.repository;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What an admin fills in to connect a repository. The secret (token, password) is sealed on
 * save and never shown again; {@code convention} null means "detect it".
 */
public record NewRepository(
        @NotBlank(message = "Give the repository a name") @Size(max = 100, message = "Keep the name under 100 characters") String name,
        @NotBlank(message = "Enter the repository's URL") @Size(max = 1000) String url,
        @NotBlank(message = "Name the branch") @Size(max = 200) String branch,
        @Size(max = 200) String username,
        @Size(max = 6000, message = "The secret is too long") String secret,
        @Size(max = 1000, message = "The passphrase is too long") String passphrase,
        AdrConvention convention,
        @Size(max = 300) String summaryDir,
        PublishMode publishMode) {

    public static final String DEFAULT_SUMMARY_DIR = "docs/design-reviews";

    /** Without an ssh key passphrase. */
    public NewRepository(String name, String url, String branch, String username, String secret,
                         AdrConvention convention, String summaryDir) {
        this(name, url, branch, username, secret, null, convention, summaryDir, PublishMode.PUSH);
    }

    @Override
    public String toString() {
        return "NewRepository[name=" + name + ", url=" + url + ", branch=" + branch + ", username=" + username
                + ", secret=" + (secret == null || secret.isEmpty() ? "none" : "****") + "]";
    }
}
