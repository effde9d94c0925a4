package org.sitegen.publish;

import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Swaps two folders in one step with Linux's {@code renameat2(…, RENAME_EXCHANGE)} (through JNA): at every moment
 * each path holds one complete folder, so the output path is never missing and never half-written.
 */
final class RenameExchange {
    private static final int AT_FDCWD = -100;
    private static final int RENAME_EXCHANGE = 2;
    private static final int EINVAL = 22;
    private static final int ENOSYS = 38;
    private static final int EOPNOTSUPP = 95;

    /** The C library function, bound on first use. */
    interface CLibrary extends Library {
        int renameat2(int oldDirFd, byte[] oldPath, int newDirFd, byte[] newPath, int flags) throws LastErrorException;
    }

    private CLibrary library;
    private boolean unavailable;

    /**
     * Exchanges {@code a} and {@code b}, which must both exist.
     *
     * @return false, with nothing changed, where the system or file system has no rename-exchange
     * @throws IOException when the exchange is possible but failed
     */
    boolean exchange(Path a, Path b) throws IOException {
        CLibrary c = library();
        if (c == null) {
            return false;
        }
        try {
            c.renameat2(AT_FDCWD, nativePath(a), AT_FDCWD, nativePath(b), RENAME_EXCHANGE);
            return true;
        } catch (LastErrorException e) {
            if (e.getErrorCode() == ENOSYS || e.getErrorCode() == EINVAL || e.getErrorCode() == EOPNOTSUPP) {
                return false;
            }
            throw new IOException("cannot exchange " + a + " and " + b + ": " + e.getMessage(), e);
        } catch (UnsatisfiedLinkError e) {
            unavailable = true; // a C library older than glibc 2.28
            return false;
        }
    }

    private CLibrary library() {
        if (library == null && !unavailable) {
            try {
                if (Platform.isLinux()) {
                    library = Native.load("c", CLibrary.class);
                } else {
                    unavailable = true;
                }
            } catch (UnsatisfiedLinkError | RuntimeException e) {
                unavailable = true; // no JNA native part for this platform
            }
        }
        return library;
    }

    /** The path as the NUL-terminated bytes Java itself would pass to the system. */
    private static byte[] nativePath(Path path) {
        String name = System.getProperty("sun.jnu.encoding", "UTF-8");
        Charset encoding = Charset.isSupported(name) ? Charset.forName(name) : StandardCharsets.UTF_8;
        byte[] bytes = path.toAbsolutePath().toString().getBytes(encoding);
        return Arrays.copyOf(bytes, bytes.length + 1);
    }
}
