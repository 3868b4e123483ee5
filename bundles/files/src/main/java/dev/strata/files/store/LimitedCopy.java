package dev.strata.files.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/** Copies a stream into a file channel, stopping at a number of bytes. */
final class LimitedCopy {

    private static final int BUFFER_BYTES = 64 * 1024;

    private LimitedCopy() {}

    /**
     * Copies until the stream ends or {@code most} bytes were copied, whichever comes first.
     *
     * @return how many bytes were copied, at most {@code most}
     */
    static long copy(InputStream content, FileChannel channel, long most) throws IOException {
        byte[] buffer = new byte[BUFFER_BYTES];
        long copied = 0;
        while (copied < most) {
            int read = content.read(buffer, 0, (int) Math.min(buffer.length, most - copied));
            if (read < 0) {
                break;
            }
            ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, read);
            while (chunk.hasRemaining()) {
                channel.write(chunk);
            }
            copied += read;
        }
        return copied;
    }
}
