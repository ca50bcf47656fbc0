package dev.revnas.debian;

import dev.revnas.InvalidInputException;

/**
 * A Debian package pinned by name and exact version. {@code license} is stated only where the
 * package's copyright file has no DEP-5 "Files: *" licence to read.
 */
public record DebianPackage(String name, String version, String license) {
    public DebianPackage {
        if (name == null || !name.matches("[a-z0-9][a-z0-9+.-]+")) {
            throw new InvalidInputException("'" + name + "' is not a Debian package name");
        }
        if (version == null || !version.matches("[0-9A-Za-z.+~:-]+")) {
            throw new InvalidInputException("package " + name + ": '" + version + "' is not a Debian version");
        }
    }

    public DebianPackage(String name, String version) {
        this(name, version, null);
    }

    /** name=version, as apt-get takes it. */
    public String pin() {
        return name + "=" + version;
    }
}
