package org.bianzhi.shared.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.logging.Logger;

/**
 * A directory of the service's own files (the embedded database, uploads holding full ID numbers, the search
 * index): readable by the service's account only (0700), whatever the umask gives the files inside it.
 */
public final class PrivateDirectory {

    private static final Logger LOG = Logger.getLogger(PrivateDirectory.class.getName());
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");
    private static final java.util.concurrent.atomic.AtomicBoolean WARNED = new java.util.concurrent.atomic.AtomicBoolean();
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private PrivateDirectory() {
    }

    /** Creates the directory (and missing parents) or tightens an existing one to owner-only; returns it. */
    public static Path ensure(Path dir) {
        try {
            Files.createDirectories(dir);
            // a file system without POSIX permissions (Windows) is left as it is, and said so once
            if (!POSIX) {
                if (WARNED.compareAndSet(false, true)) LOG.warning("No POSIX permissions here: restrict " + dir + " to the service's account by hand");
            } else if (!Files.getPosixFilePermissions(dir).equals(OWNER_ONLY)) {
                Files.setPosixFilePermissions(dir, OWNER_ONLY);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("无法创建或保护数据目录 " + dir, e);
        }
    }
}
