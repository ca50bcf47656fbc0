package dev.revnas.debian;

import java.io.IOException;

/** Where a build gets its pinned packages: apt in production, hand-made files in tests. */
public interface PackageSource {
    UnpackedPackage fetch(DebianPackage pkg) throws IOException;
}
